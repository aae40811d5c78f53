"""The find bar under the article: a query, and how many matches there are."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Static

from reader.ui import keys


class FindInput(Input):
    """The find field: enter is shown in the Footer as "Go"."""

    BINDINGS = keys.bindings(keys.FIND)


class FindBar(Horizontal):
    """Shown while a find is active; `n`/`N` step through matches, escape ends it."""

    DEFAULT_CSS = """
    FindBar { height: 1; display: none; background: $panel; padding: 0 1; }
    FindBar.active { display: block; }
    FindBar > Input { width: 1fr; height: 1; border: none; padding: 0 1; background: $boost; }
    /* Input:focus brings back its tall border, and one row then shows only that border. */
    FindBar > Input:focus { border: none; }
    FindBar > Static { width: auto; min-width: 16; padding: 0 1; color: $chrome-muted; }
    """

    # Between `open` and the field taking focus, keys already queued would reach the article
    # (a fast typist's "/gemini": g to the top, m to the mentions): they are typed in instead.
    catching = False

    def compose(self) -> ComposeResult:
        # Nothing until the first find: the start-up screen has fewer widgets to build.
        return iter(())

    def on_descendant_focus(self) -> None:
        self.catching = False

    def catch(self, character: str) -> bool:
        """Type `character` into the field if it is still on its way to focus."""
        if not self.catching:
            return False
        field = self.query_one(Input)
        if field.has_focus:
            self.catching = False
            return False
        field.insert_text_at_cursor(character)
        return True

    def open(self, query: str = "") -> None:
        self.add_class("active")
        if not self.children:
            self.mount(
                FindInput(placeholder="Find in this article (enter: go, escape: end)",
                          id="find-input"),
                Static(Content(""), id="find-count", markup=False),
            )
        field = self.query_one(Input)
        if query:
            field.value = query
        self.catching = not field.has_focus
        field.focus()

    def close(self) -> None:
        self.catching = False
        self.remove_class("active")
        for field in self.query(Input):
            field.value = ""
        self.count("")

    def count(self, text: str) -> None:
        for label in self.query(Static):
            label.update(Content(text))
