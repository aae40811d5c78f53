"""Unexpected errors (issue 10, item 24): the log keeps the traceback, the reader gets one line.

A mixin of ReaderApp (before `App` in its bases), like `reader.ui.feeds`: it only overrides
how Textual reports a crash or a failed worker.
"""

from __future__ import annotations

import logging

log = logging.getLogger("reader")


class CrashReport:
    """Crash and worker-failure reports for ReaderApp (which provides notify, features...)."""

    def _handle_exception(self, error: Exception) -> None:
        # Textual would print its crash screen (a traceback): the log keeps the traceback,
        # the reader gets one line saying where it is.
        from reader.paths import state_dir

        log.error("unexpected error", exc_info=error)
        self._crash_line = (
            f"reader: {type(error).__name__}: {error} (details in {state_dir() / 'reader.log'})"
        )
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        line = getattr(self, "_crash_line", None)
        if line is not None and "debug" not in self.features:
            self._exit_renderables.clear()
            self.error_console.print(line, markup=False, highlight=False, emoji=False)
        super()._print_error_renderables()

    def on_worker_state_changed(self, event) -> None:
        """A background job failed: its traceback goes to the log, one line to the screen."""
        from textual.worker import WorkerState

        error = event.worker.error
        if event.state == WorkerState.ERROR and error is not None:
            log.error("%s failed", event.worker.name, exc_info=error)
            self.notify(f"{event.worker.name} failed: {type(error).__name__}: {error}",
                        severity="error", markup=False)
