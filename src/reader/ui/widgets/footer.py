"""Textual's Footer, minus a start-up cost.

Each `FooterKey` starts `compact` and is then bound to the Footer's `compact` (False): the
class `-compact` is added and removed again, and each change restyles the key. With twenty keys
that was about a fifth of the work before the first paint. Keys made here start with the
Footer's value, so neither change happens; the look is Textual's own.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

COMPACT_BELOW = 100  # columns; narrower, the keys lose their padding so "t English" stays whole
# While a find is on, its keys come first: at 80 columns the last keys are cut off.
FIRST = ("submit", "next_match", "previous_match", "end_find")


class ReaderFooter(Footer):
    _composed_for = 0  # the app's width the keys were chosen for

    def on_resize(self) -> None:
        self.compact = self.size.width < COMPACT_BELOW
        if self._composed_for and self._composed_for != self.app.size.width:
            self.refresh(recompose=True)  # which keys fit whole depends on the width

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        for widget in widgets:
            # The palette key is not bound to `compact` and stays compact, as in Textual.
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
        first = [w for w in widgets if isinstance(w, FooterKey) and w.action in FIRST]
        first.sort(key=lambda key: FIRST.index(key.action))
        self._composed_for = self.app.size.width
        yield from _whole_keys(first + [w for w in widgets if w not in first],
                               self.app.size.width, self.app.size.width < COMPACT_BELOW)


def _label(key: FooterKey) -> int:
    return cell_len(key.key_display) + (cell_len(key.description) + 1 if key.description else 0)


def _whole_keys(widgets: list, width: int, compact: bool) -> list:
    """The keys that fit left of the palette key, whole: the first that does not fit and those
    after it go (Textual cut it under the palette, leaving "t E" or a stray "d" at the edge)."""
    palette = [w for w in widgets if isinstance(w, FooterKey) and w.has_class("-command-palette")]
    # Widths as Textual's Footer CSS lays them out (measured at 80 and 100 columns): a key is
    # its label and a margin (compact) or its padding; the palette key its label, its border
    # and one more column (its padding, or the column the compact row leaves free).
    room = width - sum(_label(key) + 2 for key in palette)
    kept = []
    for widget in widgets:
        if isinstance(widget, FooterKey) and widget not in palette:
            room -= _label(widget) + (1 if compact else 2)
            if room < 0:
                break
        kept.append(widget)
    return kept + [w for w in palette if w not in kept]
