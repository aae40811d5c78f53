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
# When not every key fits, these go first (in this order) so a key that only shows when it
# applies (`d Download` with the English on and no model) is not the one cut off: the library
# list and `?` help step through articles too.
DROP_FIRST = ("previous_article", "next_article")


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
    after it go (Textual cut it under the palette, leaving "t E" or a stray "d" at the edge),
    unless leaving out keys of DROP_FIRST makes all the others fit."""
    palette = [w for w in widgets if isinstance(w, FooterKey) and w.has_class("-command-palette")]
    # Widths as Textual's Footer CSS lays them out (measured at 80 and 100 columns): a key is
    # its label and a margin (compact) or its padding; the palette key its label, its border
    # and one more column (its padding, or the column the compact row leaves free).
    room = width - sum(_label(key) + 2 for key in palette)

    def cost(key: FooterKey) -> int:
        return _label(key) + (1 if compact else 2)

    keys = [w for w in widgets if isinstance(w, FooterKey) and w not in palette]
    need = sum(cost(key) for key in keys)
    spare = [w for action in DROP_FIRST for w in keys if w.action == action]
    # Only as many as make every other key fit; else the row is cut at its end as before.
    for n in range(1, len(spare) + 1):
        if need <= room:
            break
        if need - sum(cost(w) for w in spare[:n]) <= room:
            widgets = [w for w in widgets if w not in spare[:n]]
            break
    kept = []
    for widget in widgets:
        if isinstance(widget, FooterKey) and widget not in palette:
            room -= cost(widget)
            if room < 0:
                break
        kept.append(widget)
    return kept + [w for w in palette if w not in kept]
