"""Feeds and web pages into the library: fetch, extract, save as Markdown the user owns.

Nothing here imports Textual; feedparser, trafilatura and lxml are imported only when a feed or
page is actually parsed, so neither start-up nor `reader list` pays for them.
"""

from __future__ import annotations

from pathlib import Path

from reader.feeds.net import FetchError, check_url
from reader.feeds.service import FeedReport, Fetcher, Outcome, Result
from reader.feeds.store import Store, StoreError


def read_marks():
    """`is_read(path)` from the reading state, for retention and `reader feeds` counts."""
    from reader.articles import LoadError, load_article
    from reader.storage import StateStore

    state = StateStore()
    state.load()

    def is_read(path: Path) -> bool:
        try:
            article = load_article(path)
        except LoadError:
            return False
        return state.article(path.resolve(), article.digest).read

    return is_read


__all__ = [
    "FeedReport",
    "FetchError",
    "Fetcher",
    "Outcome",
    "Result",
    "Store",
    "StoreError",
    "check_url",
    "read_marks",
]
