"""Ask before leaving the terminal for a browser."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.widgets.footer import ReaderFooter


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; the text is plain (a URL is data, never markup)."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape,q", "answer(False)", "No", id="confirm-no"),
    ]
    ASKS = True  # no command palette over it (the app's `check_action`)

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 70; max-width: 100%; height: auto; border: round $warning;
        background: $surface; padding: 1 2;
    }
    ConfirmScreen .hint { color: $chrome-muted; margin-top: 1; }
    """

    def __init__(self, question: str, detail: str) -> None:
        super().__init__()
        self._question = question
        self._detail = detail

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self._question), markup=False)
            yield Static(Content(self._detail), markup=False, classes="detail")
            yield Static(Content("y: yes   n: no"), markup=False, classes="hint")
        yield ReaderFooter()  # this dialog's keys, not those of the screen under it

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
