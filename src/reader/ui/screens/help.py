"""The `?` screen: every key, generated from the key map so it cannot drift from the bindings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.keys import help_rows
from reader.ui.widgets.footer import ReaderFooter

KEY_WIDTH = 18  # the key column, when the screen is wide enough for it


Section = tuple[str, list[tuple[str, str]]]


def help_content(width: int = 68, first: Section | None = None) -> Content:
    """The key table for `width` cells: a description wraps under itself, never the keys;
    `first` (the keys of the screen it was opened on) before the app's."""
    import textwrap

    key_width = KEY_WIDTH if width >= 48 else 0
    parts: list[Content | str] = []
    for title, rows in ([first] if first else []) + list(help_rows()):
        parts.append(Content.styled(f"{title}\n", "bold"))
        for key, text in rows:
            if key_width:
                lines = textwrap.wrap(text, max(10, width - key_width - 2)) or [""]
                if len(key) > key_width - 3:
                    # A key longer than its column ("g / G, home / end") ran into its text:
                    # it takes its own line, the text goes under the column.
                    parts.append(Content.styled(f"  {key}\n", "$chrome-key"))
                    parts += [" " * key_width + line + "\n" for line in lines]
                    continue
                parts.append(Content.styled(f"  {key:<{key_width - 2}}", "$chrome-key"))
                parts.append(lines[0] + "\n")
                parts += [" " * key_width + line + "\n" for line in lines[1:]]
            else:
                # Narrow: the key on its line, what it does indented under it.
                parts.append(Content.styled(f"{key}\n", "$chrome-key"))
                parts += ["  " + line + "\n" for line in textwrap.wrap(text, max(10, width - 2))]
        parts.append("\n")
    parts.append(Content.styled("escape, q or ? closes this screen", "$chrome-muted"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Keys and what they do."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close"),
        Binding("j,down", "scroll('down')", "Down", show=False),
        Binding("k,up", "scroll('up')", "Up", show=False),
        # The article's paging keys, so the help reads the way the help says reading works.
        Binding("space,pagedown", "scroll('page_down')", "Page down", show=False),
        Binding("b,pageup", "scroll('page_up')", "Page up", show=False),
        Binding("g,home", "scroll('home')", "Top", show=False),
        Binding("G,end", "scroll('end')", "Bottom", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 100%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 2;
    }
    """

    def __init__(self, first: Section | None = None) -> None:
        super().__init__()
        self.first = first

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            yield Static(help_content(self._text_width(), self.first), markup=False)
        yield ReaderFooter()  # this dialog's keys, not those of the screen under it

    def _text_width(self) -> int:
        # The box is 72 wide at most; its border and padding take 6 cells, the scrollbar 2.
        return max(16, min(72, self.app.size.width) - 8)

    def on_resize(self) -> None:
        self.query_one(Static).update(help_content(self._text_width(), self.first))

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one(VerticalScroll)
        move = {"down": scroll.scroll_down, "up": scroll.scroll_up,
                "page_down": scroll.scroll_page_down, "page_up": scroll.scroll_page_up,
                "home": scroll.scroll_home, "end": scroll.scroll_end}[direction]
        move(animate=False)
