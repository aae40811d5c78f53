"""Feeds in the app: `R`, adding a URL from the palette, sources, dates, deleting, offline."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from feed_server import FeedServer, running
from feed_site import ARTICLES, page, rss

from reader.feeds import Fetcher, Store
from reader.paths import data_dir
from reader.ui.app import ReaderApp
from reader.ui.screens.add_url import AddUrlScreen
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.library import LibraryList


def subscribe(url: str) -> None:
    store = Store()
    with store.locked():
        store.add_feed(url, "Actu IA")
        store.save()


async def wait_for(pilot, condition, steps: int = 300) -> None:
    for _ in range(steps):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met")


def said(app: ReaderApp, text: str) -> bool:
    """Whether a notification (a toast, or the status line's) says `text`."""
    return any(text in str(note.message) for note in app._notifications)


def rows(app: ReaderApp) -> list[str]:
    library = app.query_one(LibraryList)
    return [str(library.get_option_at_index(n).prompt) for n in range(library.option_count)]


async def test_R_refreshes_in_the_background_and_keeps_the_place(site: FeedServer) -> None:
    subscribe(site.url("/feed.xml"))
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        opened = app.current
        assert len(app.library.articles) == 5
        await pilot.press("space")
        place = app.query_one(ArticleView).first_visible()
        await pilot.press("R")
        await wait_for(pilot, lambda: len(app.library.articles) == 8)
        await pilot.pause()
        assert app.current is opened
        assert app.query_one(ArticleView).first_visible() == place
        new = [r for r in rows(app) if "Actu IA" in r]
        assert len(new) == 3 and all(r.startswith("●") for r in new)  # unread
        assert any("2026-03-02 · Actu IA · fr" in r for r in new)
        # The library's title line says what the refresh brought.
        assert re.fullmatch(r"\d unread of 8 · 3 new · ↓id",
                            str(app.query_one(LibraryList).border_title))
        await wait_for(pilot, lambda: said(app, "3 new articles"))


async def test_quitting_cancels_a_refresh_in_flight(server: FeedServer) -> None:
    server.serve("/feed.xml", b"", mode="hang")
    subscribe(server.url("/feed.xml"))
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await wait_for(pilot, lambda: bool(server.requests))
        workers = [w for w in app.workers if w.group == "feeds"]
        assert workers and workers[0].is_running
    # Leaving run_test quit the app: the worker was cancelled, not waited for (30 s hang).
    assert workers[0].is_cancelled


async def test_add_url_from_the_palette_checks_it_first(site: FeedServer) -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.press(*"Add a feed")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, AddUrlScreen))
        await pilot.press(*"ftp://site.example/x", "enter")
        await pilot.pause()
        error = app.screen.query_one("#add-url-error")
        assert "only http and https" in str(error.render())
        assert isinstance(app.screen, AddUrlScreen)
        assert site.requests == []
        field = app.screen.query_one("#add-url-input")
        field.value = site.url("/feed.xml")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(app.library.articles) == 8)
        assert [f["url"] for f in Store().load().feeds] == [site.url("/feed.xml")]


async def test_sources_dates_delete_and_mark_read(site: FeedServer) -> None:
    Fetcher(deadline=5).add(site.url("/feed.xml"))
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        library = app.query_one(LibraryList)
        assert len(app.library.articles) == 8
        while library.sort != "date":
            await pilot.press("s")
        assert [a.title for a in library.articles[:3]] == [a.title for a in ARTICLES]
        app.show_source("Actu IA")
        await pilot.pause()
        assert len(library.articles) == 3
        app.mark_source_read("Actu IA")
        assert all(app.is_read(a) for a in library.articles)
        await pilot.press("escape")
        assert len(library.articles) == 8
        target = next(a for a in app.library.articles if a.title == ARTICLES[1].title)
        app.open_article(target)
        await pilot.pause()
        app.action_delete_article()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.path.exists()
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not target.path.exists()
        assert target not in library.articles and app.current is not target
        assert len(app.library.articles) == 7
    # A refresh does not bring a deleted article back.
    site.serve("/feed.xml", rss(site.base) + " ", "application/rss+xml")
    Fetcher(deadline=5).refresh()
    assert len(list((data_dir() / "library").rglob("*.md"))) == 2


async def test_bundled_articles_cannot_be_deleted() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_delete_article()
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert app.current.path.exists()


async def test_saved_articles_read_offline() -> None:
    with running() as server:
        server.serve("/feed.xml", rss(server.base), "application/rss+xml")
        for article in ARTICLES:
            server.serve(f"/articles/{article.slug}", page(article))
        Fetcher(deadline=5).add(server.url("/feed.xml"))
    # The server is gone: the library opens and the saved article reads as before.
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        saved = next(a for a in app.library.articles if a.title == ARTICLES[0].title)
        app.open_article(saved)
        await pilot.pause()
        text = "\n".join(block.text for block in saved.blocks)
        assert ARTICLES[0].paragraphs[2] in text
        assert app.title.startswith(ARTICLES[0].title[:30])
        await pilot.press("R")
        await wait_for(pilot, lambda: said(app, "failed"))
        assert len(app.library.articles) == 8  # a failed refresh takes nothing away


async def test_summary_only_is_said_in_the_header(server: FeedServer) -> None:
    items = ("<item><title>Brève</title><guid>b1</guid>"
             "<description>Une brève sans page.</description></item>")
    server.serve("/b.xml", rss(server.base, [], extra=items), "application/rss+xml")
    Fetcher(deadline=5).add(server.url("/b.xml"))
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        brief = next(a for a in app.library.articles if a.title == "Brève")
        app.open_article(brief)
        await pilot.pause()
        assert app.title == "Brève (summary only)"
        row = rows(app)[app.query_one(LibraryList).articles.index(brief)]
        assert "summary only" in row


def test_start_up_does_not_import_the_fetching_libraries() -> None:
    code = (
        "import asyncio, json, sys\n"
        "from reader.ui.app import ReaderApp\n"
        "async def main():\n"
        "    app = ReaderApp()\n"
        "    async with app.run_test(size=(120, 40)) as pilot:\n"
        "        await pilot.pause()\n"
        "asyncio.run(main())\n"
        "heavy = ('feedparser', 'trafilatura', 'lxml', 'justext', 'htmldate', 'courlan')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []



async def test_palette_offers_the_source_address(site: FeedServer) -> None:
    Fetcher(deadline=5).add(site.url("/feed.xml"))
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        saved = next(a for a in app.library.articles if a.title == ARTICLES[2].title)
        app.open_article(saved)
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.press(*"Open the article")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        detail = str(app.screen.query_one(".detail").render())
        assert detail == site.url(f"/articles/{ARTICLES[2].slug}")
        await pilot.press("n")


async def test_a_refresh_that_cannot_lock_says_so_and_R_works_again(site: FeedServer) -> None:
    subscribe(site.url("/feed.xml"))
    (data_dir() / "feeds.lock").unlink(missing_ok=True)
    (data_dir() / "feeds.lock").mkdir()  # a broken data dir: the lock file cannot be opened
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await wait_for(pilot, lambda: said(app, "feeds.lock"))
        (data_dir() / "feeds.lock").rmdir()
        await pilot.press("R")
        await wait_for(pilot, lambda: len(app.library.articles) == 8)
