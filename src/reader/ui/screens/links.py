"""The `o` panel: the open article's links, to open in the browser or copy."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from reader.articles import Article
from reader.links import Link, article_links, copied_address, web_address
from reader.ui.screens.table import TableScreen
from reader.ui.widgets.footer import ReaderFooter

SOURCE_TEXT = "Source of this article"
SOURCE_MARK = "↗"


class LinksScreen(TableScreen[None]):
    """Number, text and address of every link; enter opens (after asking), y copies."""

    BINDINGS = [
        # priority: above the table's own (hidden) enter, so the Footer shows it.
        Binding("enter", "open", "Open", id="links-open", priority=True),
        Binding("y", "copy", "Copy address", id="links-copy"),
        Binding("escape,q,o", "dismiss(None)", "Close", id="links-close"),
    ]

    DEFAULT_CSS = """
    LinksScreen { align: center middle; }
    LinksScreen > Vertical {
        width: 100; max-width: 100%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    LinksScreen DataTable { height: auto; }
    LinksScreen .hint { color: $chrome-muted; dock: bottom; height: auto; }
    """

    def __init__(self, article: Article) -> None:
        super().__init__()
        self._title = article.title
        # A saved web article offers the page it came from first, unnumbered (not in the text).
        source = web_address(article.meta.get("url", ""))
        self.links: list[Link] = [Link(0, SOURCE_TEXT, source)] if source else []
        self.links += article_links(article.blocks)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            title = self._title if len(self._title) <= 40 else self._title[:39] + "…"
            box.border_title = f"Links · {title}"
            if not self.links:
                yield Static(Content("This article has no links."))
            else:
                table: DataTable = DataTable(cursor_type="row", zebra_stripes=True)
                # Number, then text and address sharing what is left (cells pad 1 each side).
                room = max(20, min(100, self.app.size.width) - 4 - 2 - 6 - 4)
                number = max(len(SOURCE_MARK), len(str(len(self.links))))
                text = min(max(len(link.text) for link in self.links), room // 2)
                table.add_column("#", width=number)
                table.add_column("Text", width=max(6, text))
                table.add_column("Address", width=max(10, room - number - text))
                for link in self.links:
                    table.add_row(str(link.number or SOURCE_MARK), Content(link.text),
                                  Content(link.href))
                yield table
            hint = ("enter: open in the browser · y: copy the address · escape" if self.links
                    else "escape closes")  # enter and y have nothing to act on
            yield Static(Content(hint), classes="hint")
        yield ReaderFooter()  # this dialog's keys, not those of the screen under it

    def on_mount(self) -> None:
        for table in self.query(DataTable):
            # The Footer's row is not the box's to use.
            table.styles.max_height = max(3, int((self.size.height - 1) * 0.9) - 4)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # No links: the Footer offers no key that would act on one.
        return bool(self.links) or action not in ("open", "copy")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        # DataTable takes `enter` itself and reports it as a selected row.
        event.stop()
        self.action_open()

    def _chosen(self) -> Link | None:
        tables = self.query(DataTable)
        if not self.links or not tables:
            return None
        return self.links[tables.first().cursor_row]

    def action_open(self) -> None:
        link = self._chosen()
        if link is None:
            return
        address = web_address(link.href)
        if address is None:
            self.notify(f"Not opened: only http and https links open ({link.href[:80]})",
                        severity="warning", markup=False)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.open_url(address)

        from reader.ui.screens.confirm import ConfirmScreen

        self.app.push_screen(ConfirmScreen("Open this link in your browser?", address), answer)

    def action_copy(self) -> None:
        link = self._chosen()
        if link is None:
            return
        address = copied_address(link.href)
        if address is None:
            self.notify(f"Not copied: only http and https addresses are copied ({link.href[:80]})",
                        severity="warning", markup=False)
            return
        # Textual sends it to the terminal as OSC 52: the one OSC 52 reader emits, and only
        # ever with an address cleaned by web_address().
        self.app.copy_to_clipboard(address)
        self.notify(f"Copied {address[:80]}", markup=False, timeout=3)

