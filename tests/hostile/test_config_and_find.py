"""Hostile user files (config.toml, entities.toml) and hostile queries typed into the find bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from hostile.helpers import notes, run_pilot, screen_text, settle, visible_text
from reader import entities
from reader.paths import config_dir
from reader.ui.app import ReaderApp
from reader.ui.screens.mentions import MentionsScreen
from reader.ui.widgets.article import SEARCH_DELAY

SIZE = (120, 40)
TEXT = ("Le [bold]gras[/] et (parenthèses) puis \\ antislash, .* étoile, État et ÉTAT, "
        "OpenAI et Zorglub.")


@pytest.fixture
def fresh_matcher() -> Iterator[None]:
    """The matcher is built once per process; rebuild it so this test's entities.toml counts."""
    entities.default_matcher.cache_clear()
    yield
    entities.default_matcher.cache_clear()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.md"
    path.write_text(f"# Page\n\n{TEXT}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "notice"),
    [
        (b"theme = \n[reading\n", "not valid TOML"),
        (b"theme = \"reader-dark\"\x00\x01\x02", "not valid TOML"),
        (b"theme = \"\xe9t\xe9\"\n", "not UTF-8 text; using defaults"),
        (b'theme = "[@click=app.quit]x"\n[reading]\nwidth = "large"\nhighlight = "oui"\n'
         b"[translation]\nbeam_size = 10000\nthreads = -3\n", "using"),
        (b"[[reading]]\nwidth = 1\n[reading.width]\nx = 1\n", "using"),
    ],
    ids=["invalid-toml", "nul-bytes", "not-utf8", "wrong-values", "wrong-shapes"],
)
async def test_hostile_settings_file_is_reported_and_defaults_used(
    page: Path, content: bytes, notice: str
) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "config.toml").write_bytes(content)
    app = ReaderApp([page])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("config.toml" in n and notice in n for n in notes(app)), notes(app)
        assert TEXT in visible_text(app)
        assert app.theme == "reader-dark"
        await pilot.press("t", "h", "m", "escape")
        assert app.is_running


async def test_markup_in_a_user_entity_name_is_shown_literally(
    page: Path, fresh_matcher: None
) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "entities.toml").write_text(
        '[[entity]]\nname = "[@click=app.quit]Zorglub[/]"\nkind = "company"\nforms = ["Zorglub"]\n',
        encoding="utf-8",
    )
    app = ReaderApp([page])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MentionsScreen)
        assert "[@click=app.quit]Zorglub[/]" in screen_text(app)
        await pilot.click("DataTable", offset=(3, 1))  # the row: jump to the first mention
        await settle(pilot)
        assert app.is_running and not isinstance(app.screen, MentionsScreen)


async def test_bad_user_entities_are_reported(page: Path, fresh_matcher: None) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "entities.toml").write_text(
        '[[entity]]\nname = 5\nkind = "company"\n\n[[entity]]\nname = "X"\nkind = "planète"\n',
        encoding="utf-8",
    )
    app = ReaderApp([page])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "escape", "full_stop")
        await pilot.pause(0.5)
        assert app.is_running
        assert any("entities.toml" in n for n in notes(app)), notes(app)


QUERIES = {
    "markup": ("[bold]", "1 match"),
    "close-tag": ("[/]", "1 match"),
    "paren": ("(", "1 match"),
    "backslash": ("\\", "1 match"),
    "regex": (".*", "1 match"),
    "accents": ("etat", "2 matches"),
    "long": ("é" * 500, "no match"),
    "escape": ("\x1b]0;pwned\x07", "no match"),
    "click-markup": ("[@click=app.quit]", "no match"),
    "bidi-combining-zwj": ("\u202e\u0301\U0001f469\u200d\U0001f469", "no match"),
}


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, bool, str]]:
    """Each query typed into one app's find bar in turn: (count shown, running, article text)."""
    root = tmp_path_factory.mktemp("find")
    page = root / "page.md"
    page.write_text(f"# Page\n\n{TEXT}\n", encoding="utf-8")

    async def scenario(app: ReaderApp, pilot) -> dict[str, tuple[str, bool, str]]:
        seen = {}
        for name, (query, _) in QUERIES.items():
            await pilot.press("slash")
            await pilot.pause()
            app.screen.query_one("#find-input", Input).value = query
            await pilot.pause(SEARCH_DELAY + 0.2)  # the find runs once typing pauses
            count = str(app.screen.query_one("#find-count").render())
            if count != "no match":
                await pilot.press("enter", "n", "N")
            await pilot.press("escape")
            await settle(pilot)
            seen[name] = (count, app.is_running, visible_text(app))
        return seen

    return run_pilot([page], scenario, root)


@pytest.mark.parametrize("name", list(QUERIES))
def test_find_takes_any_query_as_plain_text(
    found: dict[str, tuple[str, bool, str]], name: str
) -> None:
    count, running, text = found[name]
    assert count == QUERIES[name][1]
    assert running and TEXT in text
