"""The header line: the article's title and how far along the reader is, fitted to the width."""

from __future__ import annotations

from rich.cells import cell_len

from reader.articles import WORDS_PER_MINUTE

# Textual's Header centres its title over the whole width, under its icon (8 cells) on the
# left and the clock space (10) on the right: text must stay clear of both.
_HEADER_EDGES = 2 * 10
_SEPARATOR = " — "


def progress_line(progress: float, words_left: int) -> str:
    """"  7% · 3 min left": always as wide, so the centred title does not shift as it changes."""
    minutes = round(words_left / WORDS_PER_MINUTE)
    left = "done" if words_left == 0 and progress >= 1 else f"{max(minutes, 1)} min left"
    return f"{round(progress * 100):>3}% · {left:<11}"


def fit_title(title: str, sub_title: str, width: int) -> str:
    """`title` cut (once, with one …) so that "title — progress" fits the header whole."""
    room = max(8, width - _HEADER_EDGES - len(_SEPARATOR) - cell_len(sub_title))
    if cell_len(title) <= room:
        return title
    cut = title
    while cut and cell_len(cut) > room - 1:
        cut = cut[:-1]
    return cut.rstrip() + "…"
