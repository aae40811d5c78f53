"""Themes in the app: every bundled theme's look, readable mentions in every theme, switching
with ctrl+t and the palette, the choice remembered, user themes (bad ones skipped)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from textual.color import Color
from workers import workers_done

from reader.paths import config_dir, themes_dir
from reader.settings import Settings
from reader.storage import StateStore
from reader.ui.app import ReaderApp
from reader.ui.themes import MIN_CONTRAST, contrast
from reader.ui.widgets.article import ArticleView

BUNDLED = sorted(path.stem for path in themes_dir().glob("*.toml"))

WiredApp = ReaderApp  # the app itself now carries the theme and settings wiring


def make_article(tmp_path: Path) -> Path:
    page = tmp_path / "ia.md"
    page.write_text(
        "# Nvidia et OpenAI\n\n"
        "Selon la presse, OpenAI présente GPT-4o face à Mistral AI.\n\n"
        "Un paragraphe sans nom propre.\n",
        encoding="utf-8",
    )
    return page


def segments(app: ReaderApp, index: int) -> list[tuple[str, Style]]:
    """What the source block `index` draws: (text, style) per segment, blank ones left out."""
    return app.query_one(ArticleView).block_segments(index)


def style_of(app: ReaderApp, index: int, text: str) -> Style:
    return next(style for seen, style in segments(app, index) if seen == text)


def opaque(style: Style) -> tuple[Color, Color]:
    assert style.color is not None and style.bgcolor is not None
    return Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)


async def _settle(pilot) -> None:
    await workers_done(pilot.app)
    await pilot.pause()


async def show_english(pilot) -> None:
    """Open the English column (t) and fill it as the translation worker would (tests have no
    model); move down and back so the block at the top is marked current."""
    app = pilot.app
    await pilot.press("t")
    await workers_done(app)
    view = app.query_one(ArticleView)
    view.set_translations({
        index: "OpenAI and Mistral AI: what GPT-4o changes for readers."
        for index, block in enumerate(app.current.blocks[:12])
        if block.kind in ("paragraph", "heading", "list_item")
    })
    await pilot.press("space", "g")
    await pilot.pause()


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_theme_snapshot(name: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        pilot.app.theme = name
        await show_english(pilot)
        await _settle(pilot)

    assert snap_compare(WiredApp(), terminal_size=(100, 30), run_before=run_before)


async def test_mono_marks_mentions_and_current_block_by_style_alone(tmp_path: Path) -> None:
    page = make_article(tmp_path)
    filler = "\n\n".join(f"Paragraphe de remplissage {n}." for n in range(30))
    page.write_text(page.read_text(encoding="utf-8") + "\n" + filler, encoding="utf-8")
    app = WiredApp([page], theme="reader-mono")
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)  # the analysis worker builds the matcher: one pause was not enough
        body = style_of(app, 1, "Selon la presse, ")
        company, model = style_of(app, 1, "OpenAI"), style_of(app, 1, "GPT-4o")
        assert company.color == body.color and model.color == body.color
        assert company.bold and not company.underline
        assert model.underline and not model.bold
        assert not body.bold and not body.underline
        await show_english(pilot)
        # The current block is marked in the margin, not reversed: a reversed block would hide
        # the reversed mention that `.` steps to.
        current = app.query_one(ArticleView).current_block
        assert segments(app, current)[0][0].startswith("▎")
        assert not any(style.reverse for _, style in segments(app, current))
        other = current + 1
        assert not any("▎" in text for text, _ in segments(app, other))
        # The same spans in the default theme carry colour: the check above can tell.
        app.theme = "reader-dark"
        await pilot.pause()
        assert style_of(app, 1, "OpenAI").color != style_of(app, 1, "Selon la presse, ").color


async def test_themes_draw_mentions_readably(tmp_path: Path) -> None:
    """Bundled, built-in and ANSI themes alike: rendered colours, measured on screen.

    (tests/test_themes.py checks every built-in from its variables; this checks that the app
    really draws with them, on a sample: a light one, one whose panel reader corrects, ANSI.)
    """
    app = WiredApp([make_article(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        names = [*BUNDLED, "textual-light", "tokyo-night", "ansi-dark"]
        assert set(names) <= set(app.available_themes)
        for name in names:
            app.theme = name
            await pilot.pause()
            company, model = style_of(app, 1, "OpenAI"), style_of(app, 1, "GPT-4o")
            assert company.bold and model.underline, name
            if app.current_theme.ansi:
                continue  # the terminal's own colours: no contrast to measure
            for style in (company, model):
                fg, bg = opaque(style)
                assert contrast(fg, bg) >= MIN_CONTRAST, (name, fg.hex, bg.hex)


async def test_ctrl_t_cycles_reader_themes_and_the_choice_is_remembered(tmp_path: Path) -> None:
    page = make_article(tmp_path)
    app = WiredApp([page])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "reader-dark" and app.theme_names[0] == "reader-dark"
        await pilot.press("ctrl+t")
        assert app.theme == app.theme_names[1]
        await pilot.press("ctrl+t")
        chosen = app.theme_names[2]
        assert app.theme == chosen
    assert StateStore().view("theme") is None  # not loaded yet: check through a new run
    second = WiredApp([page])
    async with second.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert second.theme == chosen
    # --theme wins for one run and is not remembered.
    third = WiredApp([page], theme="solarized-light")
    async with third.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert third.theme == "solarized-light"
    state = StateStore()
    state.load()
    assert state.view("theme") == chosen


async def test_palette_finds_themes_by_name(tmp_path: Path) -> None:
    app = WiredApp([make_article(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"reader-paper")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "reader-paper"
    state = StateStore()
    state.load()
    assert state.view("theme") == "reader-paper"


async def test_user_themes_load_and_a_broken_one_is_skipped_with_a_notice(
    tmp_path: Path,
) -> None:
    folder = config_dir() / "themes"
    folder.mkdir(parents=True)
    (folder / "sepia.toml").write_text(
        'name = "sepia"\ndark = false\nprimary = "#704214"\nbackground = "#f4ecd8"\n'
        'foreground = "#3b2f1e"\n\n[variables]\nmention-company = "#7a3b00"\n'
        'mention-company-style = "italic"\n',
        encoding="utf-8",
    )
    (folder / "broken.toml").write_text('name = "broken"\nprimary = \n', encoding="utf-8")
    app = WiredApp([make_article(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        notices = [n.message for n in app._notifications]
        assert any("broken.toml" in n and "not valid TOML" in n for n in notices), notices
        assert "broken" not in app.available_themes
        assert app.theme_names[-1] == "sepia"
        app.theme = "sepia"
        await pilot.pause()
        company = style_of(app, 1, "OpenAI")
        assert company.italic and not company.bold
        assert opaque(company)[0].hex == "#7A3B00"
        # The derived model colour of a theme that names none still reads.
        assert contrast(*opaque(style_of(app, 1, "GPT-4o"))) >= MIN_CONTRAST


async def test_reading_width_comes_from_the_settings(tmp_path: Path) -> None:
    app = WiredApp([make_article(tmp_path)], settings=Settings(reading_width=50))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        widest = max(len(line.strip()) for i in range(3) for line in view.block_lines(i))
        assert 40 < widest <= 50
