"""The `?` screen: every key, generated from the key map so it cannot drift from the bindings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.keys import help_rows


def help_content() -> Content:
    parts: list[Content | str] = []
    for title, rows in help_rows():
        parts.append(Content.styled(f"{title}\n", "bold"))
        for key, text in rows:
            parts.append(Content.styled(f"  {key:<18}", "$accent"))
            parts.append(f"{text}\n")
        parts.append("\n")
    parts.append(Content.styled("escape, q or ? closes this screen", "dim"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Keys and what they do."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close"),
        Binding("j,down", "scroll('down')", "Down", show=False),
        Binding("k,up", "scroll('up')", "Up", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 100%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 2;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            yield Static(help_content(), markup=False)

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one(VerticalScroll)
        (scroll.scroll_down if direction == "down" else scroll.scroll_up)(animate=False)
