"""What the UI lays over an article's text: marks (mentions, find hits), styled by class name.

The text itself is laid out by `reader.layout` (no Textual); the article view draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.layout import block_links as links

__all__ = ["Mark", "links", "unexpected"]


@dataclass(frozen=True, slots=True)
class Mark:
    """An extra styled range over a block's text (a mention, a search hit), styled by class."""

    start: int
    end: int
    style: str


def unexpected(error: BaseException) -> str:
    """One line for a failure nobody foresaw (the traceback is in the log)."""
    from reader.text import one_line

    return f"unexpected {type(error).__name__}: {one_line(error, 200)} (details in reader.log)"
