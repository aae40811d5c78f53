"""The header line: the article's title and how far along the reader is, fitted to the width."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

from reader.articles import WORDS_PER_MINUTE, Article

# Textual's Header keeps 8 cells on the left for its icon and 10 on the right for the clock
# space; the title (aligned left in reader.tcss, so it never moves) has the rest.
_HEADER_EDGES = 8 + 10 + 1
_SEPARATOR = " — "


def progress_line(progress: float, words_left: int) -> str:
    """"  7% · 3 min left": the percentage always as wide, so what follows it stays put."""
    if words_left == 0:
        # Nothing left is done, also for an article with no words (it said "0% · 1 min left").
        return "100% · done"
    minutes = round(words_left / WORDS_PER_MINUTE)
    # Words left is not 100%: rounding up showed "100% · 1 min left" near a long article's end.
    return f"{min(int(progress * 100), 99):>3}% · {max(minutes, 1)} min left"


def header_content(title: str, sub_title: str) -> Content:
    """What the header shows: the title, then the progress in a colour that reads on it."""
    if not sub_title:
        return Content(title)
    return Content.assemble(Content(title), (_SEPARATOR + sub_title, "$chrome-muted"))


def fit_title(title: str, sub_title: str, width: int) -> str:
    """`title` cut (once, with one …) so that "title — progress" fits the header whole."""
    room = max(8, width - _HEADER_EDGES - len(_SEPARATOR) - cell_len(sub_title))
    if cell_len(title) <= room:
        return title
    cut = title
    while cut and cell_len(cut) > room - 1:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def header_lines(article: Article, progress: float, words_left: int | None,
                 width: int) -> tuple[str, str]:
    """(title, sub-title) for `article`: no progress while a long article's length is unknown."""
    sub_title = progress_line(progress, words_left) if words_left is not None else ""
    title = article.title
    if article.meta.get("summary_only") == "true":
        title += " (summary only)"
    return fit_title(title, sub_title, width), sub_title
