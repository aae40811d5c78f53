"""Textual's Footer, minus a start-up cost.

Each `FooterKey` starts `compact` and is then bound to the Footer's `compact` (False): the
class `-compact` is added and removed again, and each change restyles the key. With twenty keys
that was about a fifth of the work before the first paint. Keys made here start with the
Footer's value, so neither change happens; the look is Textual's own.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

COMPACT_BELOW = 100  # columns; narrower, the keys lose their padding so "t English" stays whole
# While a find is on, its keys come first: at 80 columns the last keys are cut off.
FIRST = ("submit", "next_match", "previous_match", "end_find")


class ReaderFooter(Footer):
    def on_resize(self) -> None:
        self.compact = self.size.width < COMPACT_BELOW

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        for widget in widgets:
            # The palette key is not bound to `compact` and stays compact, as in Textual.
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
        first = [w for w in widgets if isinstance(w, FooterKey) and w.action in FIRST]
        first.sort(key=lambda key: FIRST.index(key.action))
        yield from first
        yield from (w for w in widgets if w not in first)
