"""The seventeenth walk as a new user (tmux, 80x24 and 120x40): each item as it was met."""

from __future__ import annotations

from pathlib import Path

import pytest
from workers import workers_done

from reader.ui.app import ReaderApp

DEAL = "# Accord\n\nMicrosoft et OpenAI signent un partenariat.\n\nUn second paragraphe.\n"
OTHER = "# Autre\n\nNvidia publie un rapport sur ses puces.\n"


def screen_lines(app: ReaderApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(OTHER, "utf-8")
    (tmp_path / "b.md").write_text(DEAL, "utf-8")
    return tmp_path


def article_in_front(app: ReaderApp) -> bool:
    return (app.article_view.region.width > 0
            and app.query_one("#library-pane").region.width == 0)


async def test_a_sentence_opened_from_the_map_comes_out_from_under_the_library(
        two_articles: Path) -> None:
    # 80 columns, `l` (the library full width), then M, enter, enter: the header changed to
    # the sentence's article, but the library list stayed in front of it.
    from reader.ui.screens.partnership_map import PartnershipMap

    app = ReaderApp([two_articles])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await workers_done(app)
        assert app.current.id == "a"
        await pilot.press("l")
        await pilot.pause()
        assert not article_in_front(app)
        await pilot.press("M")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        assert isinstance(app.screen, PartnershipMap)
        await pilot.press("enter")  # the evidence of the first relation
        await pilot.pause()
        await pilot.press("enter")  # open the article at its sentence
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert app.current.id == "b"
        assert article_in_front(app), screen_lines(app)[:4]
        assert app.focused is app.article_view


async def test_a_mention_jumped_to_from_the_panel_comes_out_from_under_the_library(
        two_articles: Path) -> None:
    from reader.ui.screens.mentions import MentionsScreen

    app = ReaderApp([two_articles])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await workers_done(app)
        await pilot.press("l", "m")
        await pilot.pause()
        assert isinstance(app.screen, MentionsScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert article_in_front(app), screen_lines(app)[:4]


async def test_a_file_changed_on_disk_leaves_the_library_in_front(two_articles: Path) -> None:
    # Not the reader's choice: the list being read stays where it is.
    app = ReaderApp([two_articles], watch_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        (two_articles / "a.md").write_text(OTHER + "\nUne ligne de plus.\n", "utf-8")
        await pilot.pause(0.3)
        assert "Une ligne de plus." in app.current.body
        assert not article_in_front(app)


COHERE = """# Cohere investit dans une pépite française

Le canadien Cohere a pris une participation minoritaire dans la start-up française LightOn, \
qui développe des modèles pour les entreprises. Selon des rumeurs, Cohere envisagerait même \
de racheter entièrement LightOn d'ici l'été.

Cohere et Mistral AI se livrent une concurrence acharnée sur le marché des modèles souverains.
"""


async def test_the_header_progress_follows_a_resize_that_makes_the_article_fit(
        tmp_path: Path) -> None:
    # Narrowed to 80x12 the article fits, but a scrollbar of the layout before the narrow
    # one went away afterwards: "0% · 1 min left" stayed until a key was pressed.
    (tmp_path / "cohere.md").write_text(COHERE, "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for size in ((110, 14), (80, 12)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.pause()
        view = app.article_view
        assert view.max_scroll_y == 0  # the whole article is on screen
        assert app.sub_title == "100% · done", (app.sub_title, screen_lines(app)[:3])


def article_rows(app: ReaderApp) -> list[str]:
    view = app.article_view
    region = view.region
    return [line[region.x : region.right] for line in screen_lines(app)[region.y : region.bottom]]


async def test_without_a_model_side_by_side_keeps_the_french_at_full_width(
        tmp_path: Path) -> None:
    # 120 columns, library hidden, `t`: the French was squeezed into the left half beside an
    # empty right half, and the view is saved, so every later start showed it so.
    from reader.ui.widgets.translation import TranslationStatus

    (tmp_path / "cohere.md").write_text(COHERE, "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        french = article_rows(app)
        await pilot.press("t")
        await workers_done(app)
        await pilot.pause()
        assert app.article_view.mode == "side"
        assert article_rows(app)[:8] == french[:8]  # the same lines as in the French view
        status = app.query_one(TranslationStatus)
        assert status.region.height == 1
    again = ReaderApp([tmp_path])
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await workers_done(again)
        await pilot.pause()
        assert again.article_view.mode == "side"
        assert article_rows(again)[:8] == french[:8]


async def test_without_a_model_the_notice_takes_one_line_at_80x24(tmp_path: Path) -> None:
    # It took four lines (and with the legend, the header and the footer, 7 of 24).
    from reader.ui.widgets.translation import TranslationStatus

    (tmp_path / "cohere.md").write_text(COHERE, "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await workers_done(app)
        await pilot.pause()
        status = app.query_one(TranslationStatus)
        assert status.region.height == 1
        row = screen_lines(app)[status.region.y].strip()
        assert row == "No French→English model · d downloads it · offline: reader models list"
        assert app.article_view.region.height >= 24 - 4  # header, status, legend, footer
        await pilot.resize_terminal(120, 24)  # more room: the line says more
        await pilot.pause()
        row = screen_lines(app)[status.region.y]
        assert "d downloads it (66 MB)" in row, row


async def palette_rows(app: ReaderApp, pilot, query: str) -> list[str]:
    from textual.command import CommandList

    await pilot.press("ctrl+p", *query)
    await pilot.pause(0.6)
    options = app.screen.query_one(CommandList)
    rows = [str(options.get_option_at_index(n).prompt).split("\n")[0]
            for n in range(options.option_count)]
    await pilot.press("escape")
    await pilot.pause()
    return rows


@pytest.mark.parametrize(("query", "first"), [
    ("search", "Search the library…"),
    ("settings", "Settings (config.toml)"),
    ("config", "Settings (config.toml)"),
    ("width", "Settings (config.toml)"),  # a word of its help
])
async def test_the_palette_finds_its_commands_by_their_words(
        two_articles: Path, query: str, first: str) -> None:
    # "search" listed articles with those letters but not "Search the library…", and
    # "settings" or "config" found nothing at all.
    app = ReaderApp([two_articles])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        rows = await palette_rows(app, pilot, query)
        assert rows and rows[0] == first, rows


async def test_the_settings_command_says_where_the_file_is(two_articles: Path) -> None:
    from reader.settings import config_path

    app = ReaderApp([two_articles])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"settings")
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
        assert str(config_path()) in said and "not created yet" in said, said
        assert "reader config show" in said


async def test_marking_a_whole_source_read_asks_first(
        two_articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui import main
    from reader.ui.screens.confirm import ConfirmScreen

    monkeypatch.setattr(main, "SEEN_WHOLE", 600.0)  # the article shown is not read by itself

    for name in ("a.md", "b.md"):
        text = (two_articles / name).read_text("utf-8")
        (two_articles / name).write_text(f"---\nsource: actu.example\n---\n{text}", "utf-8")
    app = ReaderApp([two_articles])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"Mark source read")
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Mark 2 unread articles from actu.example read?" in " ".join(screen_lines(app))
        await pilot.press("n")
        await pilot.pause()
        assert not any(app.is_read(a) for a in app.library.articles)
        await pilot.press("ctrl+p", *"Mark source read")
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert all(app.is_read(a) for a in app.library.articles)


async def test_a_filter_that_keeps_nothing_says_so_and_offers_no_open(
        two_articles: Path) -> None:
    # A blank list, and the Footer still offered "⏎ Open".
    from reader.ui.widgets.library import LibraryList

    app = ReaderApp([two_articles])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        library = app.query_one(LibraryList)
        library.focus()
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"zzzz", "enter")
        await pilot.pause()
        assert library.articles == [] and app.focused is library
        region = library.content_region
        rows = [line[region.x : region.right].strip()
                for line in screen_lines(app)[region.y : region.y + 2]]
        assert rows == ["No article matches “zzzz”.", "escape clears the filter"], rows
        footer = screen_lines(app)[-1]
        assert "Open" not in footer, footer
        await pilot.press("enter")  # nothing to open, nothing happens
        await pilot.press("escape")
        await pilot.pause()
        assert len(library.articles) == 2
        assert "Open" in screen_lines(app)[-1]


async def test_the_map_of_a_filter_that_keeps_nothing_says_how_to_clear_it(
        two_articles: Path) -> None:
    # "0 relations among 0 names in 0 articles (filter “zzzz”)": no word of the way out.
    from textual.widgets import Static

    from reader.ui.widgets.library import LibraryList

    app = ReaderApp([two_articles])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        app.query_one(LibraryList).set_query("zzzz")
        await pilot.press("M")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        status = str(app.screen.query_one("#map-status", Static).render())
        assert status == ("No relation: library filter “zzzz” keeps 0 articles · "
                          "escape twice clears it"), status
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.query_one(LibraryList).articles) == 2


async def test_letters_typed_right_after_slash_go_into_the_library_filter(
        two_articles: Path) -> None:
    # tmux send-keys "/ zzzz": the field appeared empty, the letters went to the list (lost),
    # as the article's find did before it caught them.
    from textual import events
    from textual.widgets import Input

    from reader.ui.widgets.library import LibraryList

    app = ReaderApp([two_articles])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        app.query_one(LibraryList).focus()
        await pilot.pause()
        for event in [events.Key("slash", "/")] + [events.Key(c, c) for c in "nvid"]:
            app._driver.send_message(event)
        await pilot.pause()
        await pilot.pause(0.3)
        assert app.query_one("#library-filter", Input).value == "nvid"
        assert [a.id for a in app.query_one(LibraryList).articles] == ["a"]
