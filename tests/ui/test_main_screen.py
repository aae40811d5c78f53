"""The panes' keys belong to the main screen: another screen on top takes them away."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey
from workers import workers_done

from reader.ui import main
from reader.ui.app import ReaderApp
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.partnership_map import EvidenceScreen, PartnershipMap
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.library import LibraryList

# Reading and library keys: next/previous article, library, translation, highlighting, sort,
# read/unread, next mention, links, mentions panel.
READING_KEYS = ("n", "p", "l", "t", "h", "s", "r", "full_stop", "o", "m")


def make_library(tmp_path: Path) -> list[Path]:
    a = tmp_path / "a.md"
    a.write_text("# a\n\nNvidia et OpenAI, voir [le site](https://example.org/a).\n",
                 encoding="utf-8")
    b = tmp_path / "b.md"
    b.write_text("# b\n\nMeta et Llama 2.\n", encoding="utf-8")
    return [a, b]


def what_shows(app: ReaderApp) -> tuple:
    """The article in the header, the library's width and order, the mode, the highlighting."""
    view = app.query_one(ArticleView)
    library = app.query_one(LibraryList)
    return (app.title, app.query_one("#library-pane").region.width,
            [a.title for a in library.articles], view.mode, view.highlight,
            app.is_read(app.current), len(app.screen_stack))


def footer_labels(screen) -> list[str]:
    return [key.description for key in screen.query(FooterKey)]


@pytest.mark.parametrize("cover", ["help", "confirm", "map"])
async def test_reading_keys_do_nothing_under_another_screen(
        tmp_path: Path, cover: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Under load the keys take seconds: the short article would be read for being shown whole.
    monkeypatch.setattr(main, "SEEN_WHOLE", 600.0)
    app = ReaderApp(make_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        await pilot.pause()
        before = what_shows(app)
        assert before[0] == "a" and before[1] > 0
        if cover == "help":
            await pilot.press("question_mark")
            kind, keys = HelpScreen, READING_KEYS
        elif cover == "confirm":
            await app.run_action("screen.open_link(1,0)")  # a click on the link
            kind, keys = ConfirmScreen, tuple(k for k in READING_KEYS if k != "n")  # n is "No"
        else:
            await pilot.press("M")
            kind, keys = PartnershipMap, READING_KEYS
        await pilot.pause()
        assert isinstance(app.screen, kind)
        screens = len(app.screen_stack)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, kind) and len(app.screen_stack) == screens
        await pilot.press("escape")
        await pilot.pause()
        assert what_shows(app) == before
        # The same keys act once the main screen is on top again.
        await pilot.press("n")
        await pilot.pause()
        assert app.title == "b"


async def test_the_maps_footer_offers_no_article_key_under_its_evidence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The evidence dialog over the map used to bring back n, p, l, m, t into the map's Footer:
    # keys for the article out of sight, which did nothing.
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await workers_done(app)
        await pilot.press("M")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        the_map = app.screen
        alone = footer_labels(the_map)
        await pilot.press("enter")  # the first enter shows the evidence
        await workers_done(app)
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        under = footer_labels(the_map)
        assert "Close" in alone and "Help" in alone
        for label in ("Next", "Prev", "Library", "Mentions", "English"):
            assert label not in alone and label not in under, (alone, under)
