"""Pilot tests: what a reader sees and does in the app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.paths import seeds_dir
from reader.storage import StateStore
from reader.ui.app import ReaderApp
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.library import LibraryList

SEED_IDS = sorted(p.stem for p in seeds_dir().glob("*.md"))


def visible_text(app: ReaderApp) -> str:
    """The text of each block on screen, one per line."""
    return "\n".join(app.query_one(ArticleView).visible_blocks())


async def test_opens_first_seed_with_library(tmp_path: Path) -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        library = app.query_one(LibraryList)
        assert [a.id for a in library.articles] == SEED_IDS
        assert app.current is not None and app.current.id == SEED_IDS[0]
        assert "Apple et Meta, autrefois rivaux" in visible_text(app)
        assert app.title == app.current.title
        assert app.sub_title.lstrip().startswith("0% · ")
        assert app.focused is app.query_one(ArticleView)


async def test_tab_at_once_focuses_the_library(tmp_path: Path) -> None:
    # Pressed before anything settles: every pane can take focus from the first frame on.
    app = ReaderApp(state=StateStore(tmp_path / "state.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.query_one(LibraryList)
        await pilot.pause()
        footer = [key.description for key in app.screen.query("FooterKey")]
        assert "Filter" in footer and "Find" not in footer


async def test_next_previous_and_back() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        assert app.current.id == SEED_IDS[1]
        await pilot.press("n", "n")
        assert app.current.id == SEED_IDS[3]
        await pilot.press("p")
        assert app.current.id == SEED_IDS[2]
        await pilot.press("ctrl+o")
        assert app.current.id == SEED_IDS[3]


async def test_scroll_keys_move_and_report_progress() -> None:
    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y > 10
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        assert app.sub_title.lstrip().startswith("100% · done")
        # Reaching the end marks the article read.
        assert app.is_read(app.current)
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert view.scroll_y > 0


async def test_library_keyboard_open() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        library = app.query_one(LibraryList)
        if app.focused is not library:
            await pilot.press("shift+tab")
        assert app.focused is library
        await pilot.press("j", "j", "enter")
        assert app.current.id == SEED_IDS[2]
        assert app.focused is app.query_one(ArticleView)
        await pilot.press("tab")
        await pilot.press("G", "enter")
        assert app.current.id == SEED_IDS[-1]


async def test_read_toggle_and_sort() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        library = app.query_one(LibraryList)
        await pilot.press("r")
        assert app.is_read(app.current)
        assert "●" not in str(library.get_option_at_index(0).prompt)
        assert "●" in str(library.get_option_at_index(1).prompt)
        await pilot.press("s")
        assert library.sort == "title"
        from reader.search import fold

        titles = [fold(a.title) for a in library.articles]  # "Ça" with the c's
        assert titles == sorted(titles)
        await pilot.press("s")
        assert library.sort == "unread"
        assert library.articles[-1] is app.current  # the read one sinks
        await pilot.press("r")
        assert not app.is_read(app.current)


async def test_help_screen_lists_every_key() -> None:
    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        for key in ("j / ↓", "space / pgdn", "G / end", "ctrl+o", "ctrl+p", "Next article",
                    "Mark the article read or unread", "Sort the library"):
            assert key in text, key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_palette_keys_opens_the_help_screen() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.press(*"Keys")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_narrowing_with_the_library_focused_gives_the_keys_to_the_article() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.query_one(LibraryList)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        footer = [key.description for key in app.screen.query("FooterKey")]
        assert "Find" in footer
        view = app.query_one(ArticleView)
        top = view.first_visible()
        await pilot.press("space")
        await pilot.pause()
        assert view.first_visible() > top  # the page key reached the article


async def test_library_toggle_and_narrow_collapse() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        library = app.query_one(LibraryList)
        assert library.display and library.region.width > 0
        await pilot.press("l")
        await pilot.pause()
        assert library.region.width == 0
        await pilot.press("l")
        await pilot.pause()
        assert library.region.width > 0
    narrow = ReaderApp()
    async with narrow.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        library = narrow.query_one(LibraryList)
        assert library.region.width == 0
        assert narrow.query_one(ArticleView).region.width == 80
        await pilot.press("l")
        await pilot.pause()
        assert library.region.width == 80
        await pilot.press("j", "enter")
        await pilot.pause()
        assert narrow.current.id == SEED_IDS[1]


async def test_state_persists_across_runs() -> None:
    first = ReaderApp()
    async with first.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "r")
        await pilot.press("space")
        await pilot.pause()
        block = first.query_one(ArticleView).first_visible()
        assert block > 0
    second = ReaderApp()
    async with second.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert second.current.id == SEED_IDS[2]
        assert second.is_read(second.current)
        assert second.query_one(ArticleView).first_visible() == block


async def test_two_instances_keep_both_marks() -> None:
    one, two = ReaderApp(), ReaderApp()
    async with one.run_test(size=(120, 40)) as p1, two.run_test(size=(120, 40)) as p2:
        await p1.pause()
        await p2.pause()
        await p1.press("r")  # first article read in instance one
        await p2.press("n", "r")  # second article read in instance two
    store = StateStore()
    store.load()
    seeds = {p.stem: p for p in seeds_dir().glob("*.md")}
    from reader.articles import load_article

    for article_id in SEED_IDS[:2]:
        article = load_article(seeds[article_id])
        assert store.article(article.path.resolve(), article.digest).read, article_id


async def test_article_text_is_never_markup(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "# [bold red]Titre[/]\n\n[@click=app.quit]clic[/] et [link=file:///etc/passwd]x[/link]"
        " \x1b]0;pwned\x07 fin &#27;[2J\n",
        encoding="utf-8",
    )
    app = ReaderApp([hostile])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = visible_text(app)
        assert "[bold red]Titre[/]" in text
        assert "[@click=app.quit]clic[/]" in text
        assert "[link=file:///etc/passwd]x[/link]" in text
        assert "\x1b" not in text and "pwned" not in text
        await pilot.click(ArticleView, offset=(5, 3))
        assert app.is_running


async def test_links_open_only_http_after_confirmation(tmp_path: Path, monkeypatch) -> None:
    page = tmp_path / "links.md"
    page.write_text("Voir [le site](https://example.org/a) ou [ceci](file:///etc/passwd).\n")
    opened: list[str] = []
    app = ReaderApp([page])
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        # The link is numbered, then its address follows.
        assert "le site[1] ‹https://example.org/a›" in visible_text(app)
        await app.run_action("screen.open_link(0,1)")  # what a click on link 1 runs
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert opened == []
        await app.run_action("screen.open_link(0,0)")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert opened == []
        await app.run_action("screen.open_link(0,0)")
        await pilot.pause()
        await pilot.press("y")
        assert opened == ["https://example.org/a"]


async def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Bon\n\nTexte.\n")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert [a.id for a in app.query_one(LibraryList).articles] == ["good"]
        notes = [str(n.message) for n in app._notifications]
        assert any("image.md: not a text file" in n for n in notes)
        assert any("big.txt: too large" in n for n in notes)


async def test_huge_article_opens_and_scrolls(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    huge.write_text("\n\n".join(f"Paragraphe numéro {i}." for i in range(10_000)))
    app = ReaderApp([huge])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert not view.children  # drawn line by line: nothing is mounted per block
        await pilot.press("G")
        await pilot.pause()
        await pilot.pause()
        assert "Paragraphe numéro 9999." in visible_text(app)
        assert app.sub_title.startswith("100%")
        await pilot.press("g")
        await pilot.pause()
        await pilot.pause()
        assert view.first_visible() == 0
        for _ in range(30):
            await pilot.press("space")
        await pilot.pause()
        assert view.first_visible() > 150  # thirty pages down
        assert not view.children  # drawn line by line: nothing is mounted per block


async def test_file_changed_on_disk_is_reloaded(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Avant\n\nPremier texte.\n")
    app = ReaderApp([page], watch_interval=0.1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        page.write_text("# Après\n\nTexte modifié sur le disque.\n")
        os.utime(page, ns=(1, 10**18))
        await pilot.pause(0.4)
        assert "Texte modifié sur le disque." in visible_text(app)
        assert app.title == "Après"


@pytest.mark.parametrize("bad", ["{not json", "[1, 2]", '{"version": 1, "articles": 7}'])
async def test_corrupt_state_is_reported(bad: str) -> None:
    from reader.paths import state_dir

    state_dir().mkdir(parents=True, exist_ok=True)
    (state_dir() / "state.json").write_text(bad)
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.current is not None
        notes = " ".join(str(n.message) for n in app._notifications)
        if bad != '{"version": 1, "articles": 7}':
            assert "moved aside" in notes or "corrupt" in notes
