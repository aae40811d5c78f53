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
