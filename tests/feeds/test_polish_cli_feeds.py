"""`reader add` and `reader feeds` as a new user types them (polish-cli walk, items 4 and 7)."""

from __future__ import annotations

import io

from feed_server import FeedServer
from feed_site import ARTICLES, page, rss

from reader.feeds.cli import run_add, run_feeds
from reader.feeds.urls import with_scheme
from reader.ui.screens.add_url import completed, url_problem


def test_add_a_local_feed_typed_without_its_scheme(site: FeedServer) -> None:
    bare = site.url("/feed.xml").removeprefix("http://")
    assert bare.startswith("127.0.0.1:")
    out, err = io.StringIO(), io.StringIO()
    assert run_add([bare], None, False, out, err) == 0, err.getvalue()
    assert f"has no http:// or https://: using http://{bare}" in err.getvalue()
    assert "subscribed to" in err.getvalue()
    listed = io.StringIO()
    assert run_feeds([], out=listed) == 0
    assert f"http://{bare}" in listed.getvalue()


def test_feeds_counts_one_article_in_the_singular(server: FeedServer) -> None:
    server.serve("/one.xml", rss(server.base, ARTICLES[:1]), "application/rss+xml")
    server.serve(f"/articles/{ARTICLES[0].slug}", page(ARTICLES[0]))
    assert run_add([server.url("/one.xml")], None, False, io.StringIO(), io.StringIO()) == 0
    out = io.StringIO()
    assert run_feeds([], out=out) == 0
    assert " · 1 article · " in out.getvalue(), out.getvalue()


def test_the_add_dialog_accepts_a_bare_host_and_says_what_it_assumes() -> None:
    assert url_problem("127.0.0.1:8765/atom.xml") is None
    assert completed("127.0.0.1:8765/atom.xml") == "http://127.0.0.1:8765/atom.xml"
    assert completed("mistral.ai/news") == "https://mistral.ai/news"
    assert completed(" https://mistral.ai/ ") == "https://mistral.ai/"


def test_which_scheme_a_bare_address_gets() -> None:
    assert with_scheme("localhost:8765/feed") == "http://localhost:8765/feed"
    assert with_scheme("[::1]:8080/atom.xml") == "http://[::1]:8080/atom.xml"
    assert with_scheme("www.lemonde.fr/pixels/rss_full.xml") == \
        "https://www.lemonde.fr/pixels/rss_full.xml"
    # A missing file is not an address, and a scheme or a path is left as typed.
    for text in ("notes.md", "page.html", "./a.md", "/tmp/x", "mailto:a@b.fr", "foo",
                 "https://x.fr/", "site.fr:99999/x", "a b.fr"):
        assert with_scheme(text) is None, text
