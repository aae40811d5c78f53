"""Ask for a feed or page URL; it is checked here, before anything is fetched."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.ui.widgets.footer import ReaderFooter


def url_problem(value: str) -> str | None:
    """Why `value` cannot be fetched, in a few words; None when it can."""
    from reader.feeds.net import FetchError, check_url

    if not value.strip():
        return "Type or paste an address starting with https://"
    try:
        check_url(completed(value))
    except FetchError as error:
        return str(error)
    return None


def completed(value: str) -> str:
    """The address as typed, with https:// (http:// for localhost or an IP) when it had none."""
    from reader.feeds.urls import with_scheme

    return with_scheme(value) or value.strip()


class AddUrlScreen(ModalScreen[str | None]):
    """One input; enter adds (when the address is valid), escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="add-url-cancel")]
    ASKS = True  # no command palette over it (the app's `check_action`)

    DEFAULT_CSS = """
    AddUrlScreen { align: center middle; }
    AddUrlScreen > Vertical {
        width: 80; max-width: 100%; height: auto; border: round $accent;
        background: $surface; padding: 1 2;
    }
    AddUrlScreen #add-url-error { color: $error; height: auto; }
    AddUrlScreen .hint { color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Add a feed or page URL"
            yield Input(placeholder="https://site.example/feed.xml", id="add-url-input")
            yield Static(Content(""), markup=False, id="add-url-error")
            yield Static(
                Content("A feed subscribes; a page is saved; a home page subscribes to its feed.\n"
                        "No scheme typed: https:// (http:// for localhost or an IP address).\n"
                        "enter: add   escape: cancel"),
                markup=False, classes="hint",
            )
        yield ReaderFooter()  # this dialog's keys, not those of the screen under it

    @on(Input.Submitted, "#add-url-input")
    def _submitted(self, event: Input.Submitted) -> None:
        problem = url_problem(event.value)
        if problem:
            self.query_one("#add-url-error", Static).update(Content(problem))
            return
        self.dismiss(completed(event.value))

    @on(Input.Changed, "#add-url-input")
    def _changed(self, event: Input.Changed) -> None:
        self.query_one("#add-url-error", Static).update(Content(""))

    def action_cancel(self) -> None:
        self.dismiss(None)
