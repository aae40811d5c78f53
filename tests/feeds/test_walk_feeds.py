"""Feeds defects found walking the CLI as a new user: what `reader add` then `reader feeds` say."""

from __future__ import annotations

import io

from feed_server import FeedServer
from feed_site import ARTICLES

from reader.feeds import Fetcher, Store
from reader.feeds.cli import run_feeds


def test_feeds_lists_the_fetch_made_by_add(site: FeedServer) -> None:
    assert Fetcher(deadline=5).add(site.url("/feed.xml")).ok
    out = io.StringIO()
    assert run_feeds([], out=out) == 0
    assert "last fetch never" not in out.getvalue()
    assert Store().load().feeds[0].get("last_fetch")


def test_adding_a_deleted_page_again_saves_it_again(site: FeedServer) -> None:
    url = site.url(f"/articles/{ARTICLES[0].slug}")
    (first,) = Fetcher(deadline=5).add(url).outcomes
    assert first.status == "new" and first.path.is_file()
    store = Store().load()
    with store.locked():
        store.delete(store.rel_of(first.path))
        store.save()
    assert not first.path.exists()
    # Asked for by its address: the reader wants it back (a refresh alone would not do it).
    (again,) = Fetcher(deadline=5).add(url).outcomes
    assert again.status == "new"
    assert again.path == first.path and again.path.is_file()
    assert ARTICLES[0].paragraphs[0][:40] in again.path.read_text(encoding="utf-8")


async def wait_for(pilot, condition, steps: int = 300) -> None:
    for _ in range(steps):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met")


async def test_refresh_and_delete_toasts_read_as_sentences(site: FeedServer) -> None:
    from reader.ui.app import ReaderApp

    assert Fetcher(deadline=5).add(site.url("/feed.xml")).ok
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()

        def toasts() -> list[str]:
            return [str(n.message) for n in app._notifications]

        await pilot.press("R")
        await wait_for(pilot, lambda: any("new article" in t for t in toasts()))
        assert "No new articles" in toasts(), toasts()
        target = next(a for a in app.library.articles if a.title == ARTICLES[0].title)
        app.open_article(target)
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: any(t.startswith("Deleted") for t in toasts()))
        (deleted,) = [t for t in toasts() if t.startswith("Deleted")]
        # A title too long for the toast is cut at a word, and says so.
        assert deleted.endswith("…”") and " ses modè" not in deleted, deleted
