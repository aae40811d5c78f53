"""The line under the article that says how the translation is going, or why there is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from reader.wording import counted, plural

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

    # Only a type: importing it would load the whole translation package (http, zip, regexes)
    # on every start-up, before the article is painted.
    from reader.translation.models import DownloadProgress


class TranslationStatus(Horizontal):
    """Progress of the English column: blocks done, or a download, or the missing-model advice."""

    DEFAULT_CSS = """
    TranslationStatus { height: auto; display: none; padding: 0 2; background: $panel; }
    TranslationStatus.shown { display: block; }
    TranslationStatus > Static { width: 1fr; height: auto; color: $chrome-muted; }
    /* The bar, a space and "100%": 36 cells cut the percentage to its digits. */
    TranslationStatus > ProgressBar { width: 40; display: none; }
    TranslationStatus.busy > ProgressBar { display: block; }
    """

    def compose(self) -> ComposeResult:
        yield Static(Content(""), markup=False)

    def _bar(self) -> ProgressBar:
        # Mounted (and imported) on first use: start-up builds one widget less.
        from textual.widgets import ProgressBar

        bars = self.query(ProgressBar)
        if bars:
            return bars.first()
        bar = ProgressBar(total=100, show_eta=False)
        self.mount(bar)
        return bar

    def hide(self) -> None:
        self.remove_class("shown", "busy")

    def say(self, text: str) -> None:
        from reader.text import one_line

        self.add_class("shown")
        self.remove_class("busy")
        # Messages quote package names, server replies and exceptions: the gate runs here.
        self.query_one(Static).update(Content(one_line(text, 500)))

    def progress(self, done: int, total: int) -> None:
        if total == 0 or done >= total:
            self.say(f"English: all {counted(total, 'block')} translated (offline)." if total else
                     "Nothing to translate in this article.")
            return
        self.add_class("shown", "busy")
        text = f"Translating offline: {done}/{total} {plural(total, 'block')}"
        self.query_one(Static).update(Content(text))
        self._bar().update(total=total, progress=done)

    def no_model(self, reason: str = "") -> None:
        advice = (
            "No French→English model is installed. Press d to download it (about 66 MB), "
            "or run `reader models install FILE.argosmodel` on a machine without internet."
        )
        self.say(f"{reason} {advice}".strip())

    def download_progress(self, progress: DownloadProgress) -> None:
        self.add_class("shown", "busy")
        done_mb = progress.done / 1e6
        speed = progress.speed / 1e6
        if progress.total:
            text = f"Downloading the model: {done_mb:.1f} / {progress.total / 1e6:.1f} MB"
        else:
            text = f"Downloading the model: {done_mb:.1f} MB"
        self.query_one(Static).update(Content(f"{text} · {speed:.1f} MB/s"))
        bar = self._bar()
        if progress.total:
            bar.update(total=progress.total, progress=progress.done)
        else:
            bar.update(total=None)
