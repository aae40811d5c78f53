"""A local news site for the feed tests: never the internet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from feed_server import FeedServer, running
from feed_site import ARTICLES, page, rss


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running() as state:
        yield state


@pytest.fixture
def site(server: FeedServer) -> FeedServer:
    """The site: its RSS feed (with validators) and the three article pages."""
    server.serve("/feed.xml", rss(server.base), "application/rss+xml; charset=utf-8",
                 etag='"v1"', last_modified="Mon, 02 Mar 2026 09:00:00 GMT")
    for article in ARTICLES:
        server.serve(f"/articles/{article.slug}", page(article))
    return server
