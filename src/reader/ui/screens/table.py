"""A modal list drawn as a table, stepped with the reader's own keys (j/k, g/G)."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import DataTable

Result = TypeVar("Result")


class TableScreen(ModalScreen[Result]):
    """The cursor keys every table panel shares; a subclass adds its own actions."""

    BINDINGS = [
        Binding("j", "cursor('down')", "Down", show=False),
        Binding("k", "cursor('up')", "Up", show=False),
        Binding("g", "cursor('first')", "First", show=False),
        Binding("G", "cursor('last')", "Last", show=False),
        # priority: the focused table binds home/end itself, to scroll sideways.
        Binding("home", "cursor('first')", "First", show=False, priority=True),
        Binding("end", "cursor('last')", "Last", show=False, priority=True),
    ]

    def action_cursor(self, direction: str) -> None:
        tables = self.query(DataTable)
        if not tables:
            return
        table = tables.first()
        if direction in ("first", "last"):
            table.move_cursor(row=0 if direction == "first" else table.row_count - 1)
        else:
            (table.action_cursor_down if direction == "down" else table.action_cursor_up)()
