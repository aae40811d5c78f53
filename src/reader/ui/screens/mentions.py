"""The `m` panel: companies and models of the open article, to jump to or filter by."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from reader.ui.screens.table import TableScreen
from reader.ui.widgets.footer import ReaderFooter


@dataclass(frozen=True)
class MentionChoice:
    """What the reader chose in the panel: jump to the entity, or filter the library by it."""

    canonical: str
    kind: str
    action: str  # "jump" or "filter"


class MentionsScreen(TableScreen[MentionChoice | None]):
    """Entity, kind and count for the open article."""

    BINDINGS = [
        # priority: above the table's own (hidden) enter, so the Footer shows it.
        Binding("enter", "choose('jump')", "Jump to first", id="mentions-jump", priority=True),
        Binding("f", "choose('filter')", "Filter library", id="mentions-filter"),
        Binding("escape,q,m", "dismiss(None)", "Close", id="mentions-close"),
    ]
    HINT = ("enter: jump to first", "f: show articles that mention it", "escape: close")

    DEFAULT_CSS = """
    MentionsScreen { align: center middle; }
    MentionsScreen > Vertical {
        width: 64; max-width: 100%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    /* The table takes what the hint leaves, and scrolls: the hint is always on screen. */
    MentionsScreen DataTable { height: auto; max-height: 30; }
    MentionsScreen .hint { color: $chrome-muted; dock: bottom; height: auto; }
    """

    def __init__(self, title: str, rows: list[tuple[str, str, int]]) -> None:
        super().__init__()
        self._title = title
        self._rows = rows

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            title = self._title if len(self._title) <= 40 else self._title[:39] + "…"
            box.border_title = f"Mentions · {title}"
            if not self._rows:
                yield Static(Content("No company or model is mentioned in this article."))
            else:
                table: DataTable = DataTable(cursor_type="row", zebra_stripes=True)
                # Content cells are not measured for auto width: size the columns ourselves.
                widest = max(len(name) for name, _, _ in self._rows)
                # Kind and Count whole, and the name in what is left (cells pad 1 each side).
                room = min(64, self.app.size.width) - 4 - (7 + 2) - (5 + 2) - 2 - 2
                table.add_column("Entity", width=max(6, min(widest, 36, room)))
                table.add_column("Kind", width=7)
                table.add_column("Count", width=5)
                for name, kind, count in self._rows:
                    style = "$mention-company bold" if kind == "company" else (
                        "$mention-model underline"
                    )
                    table.add_row(Content.styled(name, style), kind, str(count))
                yield table
            yield Static(self._hint(), classes="hint")
        yield ReaderFooter()  # this dialog's keys, not those of the screen under it

    def _hint(self) -> Content:
        """The keys, whole fields to a line: at 80 columns a bare "escape" wrapped alone."""
        room = min(64, self.app.size.width) - 4  # the box's border and padding
        lines = [""]
        for field in self.HINT:
            joined = f"{lines[-1]} · {field}" if lines[-1] else field
            if len(joined) <= room or not lines[-1]:
                lines[-1] = joined
            else:
                lines.append(field)
        return Content("\n".join(lines))

    def on_resize(self) -> None:
        self.query_one(".hint", Static).update(self._hint())
        self.on_mount()

    def on_mount(self) -> None:
        # A docked hint is laid out first; the table gets the rest of the box's height.
        box = self.query_one(Vertical)
        hint = len(self._hint().plain.splitlines())  # 1 to 3 lines, as wide as the box
        for table in self.query(DataTable):
            # The Footer's row is not the box's to use.
            table.styles.max_height = max(3, min(30, int((self.size.height - 1) * 0.9) - 2 - hint))
        box.refresh(layout=True)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        # DataTable takes `enter` itself and reports it as a selected row.
        event.stop()
        self.action_choose("jump")

    def action_choose(self, action: str) -> None:
        if not self._rows:
            self.dismiss(None)
            return
        row = self.query_one(DataTable).cursor_row
        name, kind, _ = self._rows[row]
        self.dismiss(MentionChoice(name, kind, action))

