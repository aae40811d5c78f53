"""User themes speak when chosen, not at every start; body text is checked too (polish-cli)."""

from __future__ import annotations

import io
from pathlib import Path

from reader.paths import config_dir
from reader.settings import THEME_NOTES
from reader.storage import StateStore
from reader.ui.app import ReaderApp
from reader.ui.themes import contrast, contrast_problems, load_all_themes, parse_colour

DIM = ('name = "dim"\nprimary = "#336699"\nbackground = "#111111"\nforeground = "#222222"\n'
       "dark = true\n")
GHOST = ('name = "ghost"\nprimary = "#336699"\nbackground = "#202020"\nforeground = "#dddddd"\n'
         '[variables]\nmention-company = "#222222"\n')
FINE = ('name = "fine"\nprimary = "#336699"\nbackground = "#101010"\nforeground = "#e0e0e0"\n'
        "dark = true\n")


def _themes() -> None:
    folder = config_dir() / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("dim.toml", DIM), ("ghost.toml", GHOST), ("fine.toml", FINE)):
        (folder / name).write_text(text, encoding="utf-8")


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text("# Titre\n\nMistral AI lève des fonds.\n", encoding="utf-8")
    return path


def _notes(app: ReaderApp) -> list[str]:
    return [str(note.message) for note in app._notifications]


def test_body_text_too_close_to_its_background_is_replaced_and_said() -> None:
    _themes()
    themes, messages = load_all_themes()
    dim = next(t for t in themes if t.name == "dim")
    assert contrast_problems(dim) == []
    assert contrast(parse_colour(dim.foreground), parse_colour("#111111")) >= 4.5
    note = THEME_NOTES["dim"]
    assert "dim.toml" in note and "#222222" in note and "under 4.5:1" in note
    assert f"USING {dim.foreground.upper()}" in note.upper()
    assert "\n" not in note and messages == []
    assert "fine" not in THEME_NOTES


async def test_no_theme_notes_at_start_until_one_is_chosen(tmp_path: Path) -> None:
    _themes()
    app = ReaderApp([_article(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "reader-dark"
        assert not any("dim" in n or "ghost" in n for n in _notes(app)), _notes(app)
        app.theme = "fine"
        await pilot.pause()
        assert not any("theme fine" in n for n in _notes(app))
        app.theme = "dim"
        await pilot.pause()
        said = [n for n in _notes(app) if n.startswith("theme dim (dim.toml): body text")]
        assert len(said) == 1, _notes(app)


async def test_the_start_theme_says_its_note_once_at_start(tmp_path: Path) -> None:
    _themes()
    app = ReaderApp([_article(tmp_path)], theme="ghost")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = _notes(app)
        assert sum("theme ghost (ghost.toml)" in n for n in notes) == 1, notes
        assert not any("dim" in n for n in notes)


def test_config_show_says_the_chosen_themes_note(capsys) -> None:
    from reader.cli import main

    _themes()
    state = StateStore()
    state.load()
    state.set_view("theme", "dim")
    state.save()
    assert main(["config", "show"]) == 0
    err = capsys.readouterr().err
    assert err.count("theme dim (dim.toml)") == 1, err
    assert "ghost" not in err


def _config(theme: str) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "config.toml").write_text(f'theme = "{theme}"\n', encoding="utf-8")


def test_config_show_says_when_the_apps_choice_overrides_the_config_theme(capsys) -> None:
    from reader.cli import main

    _config("reader-paper")
    state = StateStore()
    state.load()
    state.set_view("theme", "solarized-dark")
    state.save()
    assert main(["config", "show"]) == 0
    captured = capsys.readouterr()
    assert "config.toml: theme 'reader-paper' is overridden by 'solarized-dark', chosen in the " \
        "app" in captured.err
    assert 'theme = "solarized-dark"' in captured.out


async def test_the_app_says_once_that_its_choice_overrides_the_config_theme(
    tmp_path: Path,
) -> None:
    _config("reader-paper")
    state = StateStore()
    state.load()
    state.set_view("theme", "solarized-dark")
    state.save()
    article = _article(tmp_path)
    for run, expected in ((1, 1), (2, 0)):
        app = ReaderApp([article])
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.theme == "solarized-dark"
            said = [n for n in _notes(app) if "is overridden by 'solarized-dark'" in n]
            assert len(said) == expected, (run, _notes(app))
    _config("solarized-light")  # another theme named: said again
    app = ReaderApp([article])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("'solarized-light' is overridden" in n for n in _notes(app))


def test_reader_themes_says_what_was_replaced_in_each_theme() -> None:
    from reader.ui.theme_commands import run_themes

    _themes()
    out, err = io.StringIO(), io.StringIO()
    assert run_themes([], out, err) == 0
    lines = err.getvalue().splitlines()
    assert sum(line.startswith("reader: theme dim (dim.toml)") for line in lines) == 1
    assert sum(line.startswith("reader: theme ghost (ghost.toml)") for line in lines) == 1
    assert "  dim" in out.getvalue().splitlines()
