"""The line under the article that says how the translation is going, or why there is none."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from reader.ui.render import unexpected
from reader.wording import counted, plural

log = logging.getLogger("reader")

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

    MODEL_WATCH_INTERVAL = 2.0  # seconds between looks for a model installed from another shell

    class ModelInstalled(Message):
        """A model is there now: downloaded here (`downloaded`), or installed from a shell."""

        def __init__(self, message: str, downloaded: bool) -> None:
            super().__init__()
            self.message = message
            self.downloaded = downloaded

    class DownloadFailed(Message):
        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.downloading = False
        self._model_watch = None  # a Timer while the pane says no model is installed
        self._no_model_shown = False  # the one-line advice, fitted again on a resize

    def compose(self) -> ComposeResult:
        yield Static(Content(""), markup=False)

    # ---- the model: noticed when installed elsewhere, or downloaded here --------------------

    def watch_for_model(self) -> None:
        """`reader models install` in another shell is noticed without a restart."""
        if self._model_watch is None:
            self._model_watch = self.set_interval(self.MODEL_WATCH_INTERVAL, self._look)

    def stop_watching(self) -> None:
        if self._model_watch is not None:
            self._model_watch.stop()
            self._model_watch = None

    def _look(self) -> None:
        from reader.translation.packages import find_package

        if self.downloading or find_package() is None:
            return
        self.stop_watching()
        self.post_message(self.ModelInstalled("A French→English model is installed now", False))

    def download(self) -> None:
        if not self.downloading:
            self.downloading = True
            self._download()

    @work(thread=True, exclusive=True, group="download", exit_on_error=False)
    def _download(self) -> None:
        from textual.worker import get_current_worker

        from reader.translation import DownloadCancelled, TranslationError
        from reader.translation.models import install_pair

        worker = get_current_worker()
        call = self.app.call_from_thread
        call(self.say, "Looking for the French→English model…")
        try:
            package = install_pair(
                "fr", "en",
                progress=lambda p: call(self.download_progress, p),
                cancelled=lambda: worker.is_cancelled,
            )
        except DownloadCancelled:
            # Quitting: the partial download and the staging folder are already gone.
            if not worker.is_cancelled:
                call(self._download_done, "Download cancelled.", False)
            return
        except TranslationError as error:
            call(self._download_done, f"Download failed: {error}", False)
            return
        except Exception as error:
            log.exception("model download failed")
            call(self._download_done, f"Download failed: {unexpected(error)}", False)
            return
        call(self._download_done, f"Installed {package.name} {package.version}.", True)

    def _download_done(self, message: str, ok: bool) -> None:
        from reader.text import one_line

        self.downloading = False
        message = one_line(message, 400)
        if ok:
            self.stop_watching()
            self.post_message(self.ModelInstalled(message, True))
        else:
            self.no_model(message)
            self.post_message(self.DownloadFailed(message))

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

        self._no_model_shown = False
        self.add_class("shown")
        self.remove_class("busy")
        # Messages quote package names, server replies and exceptions: the gate runs here.
        self.query_one(Static).update(Content(one_line(text, 500)))

    def progress(self, done: int, total: int) -> None:
        if total == 0 or done >= total:
            self.say(f"English: all {counted(total, 'block')} translated (offline)." if total else
                     "Nothing to translate in this article.")
            return
        self._no_model_shown = False
        self.add_class("shown", "busy")
        text = f"Translating offline: {done}/{total} {plural(total, 'block')}"
        self.query_one(Static).update(Content(text))
        self._bar().update(total=total, progress=done)

    def no_model(self, reason: str = "") -> None:
        """Say that no model is installed: one line, or with `reason` (a download that failed,
        offline most likely) the whole way to install one without internet."""
        if not reason:
            self.say(_no_model_line(self._room()))
            self._no_model_shown = True
            return
        from reader.translation.errors import OFFLINE_HINT

        advice = (
            "No French→English model is installed. Press d to download it (about 66 MB). "
            + OFFLINE_HINT
        )
        self.say(f"{reason} {advice}")

    def _room(self) -> int:
        # Before its first layout the line has the screen's width less the pane's padding.
        width = self.content_region.width or self.app.size.width - 4
        return max(width, 1)

    def on_resize(self) -> None:
        if self._no_model_shown:
            self.query_one(Static).update(Content(_no_model_line(self._room())))

    def download_progress(self, progress: DownloadProgress) -> None:
        self._no_model_shown = False
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


# The no-model line, longest first: the first that fits is shown. The way to install a model
# without internet is one command away (`reader models list` prints it), and comes in full
# when a download fails. Four lines of it took 7 of an 80x24 screen's 24 rows.
NO_MODEL_LINES = (
    "No French→English model is installed · d downloads it (about 66 MB) · "
    "without internet: reader models list says how",
    "No French→English model installed · d downloads it (about 66 MB) · "
    "offline: reader models list",
    "No French→English model · d downloads it (66 MB) · offline: reader models list",
    "No French→English model · d downloads it · offline: reader models list",
    "No fr→en model · d downloads it · offline: reader models list",
    "No French→English model · d downloads it",
)


def _no_model_line(room: int) -> str:
    return next((line for line in NO_MODEL_LINES if len(line) <= room), NO_MODEL_LINES[-1])
