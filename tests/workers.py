"""Waiting for an app's background work in Pilot tests."""

from __future__ import annotations

import contextlib

from textual.worker import WorkerCancelled


async def workers_done(app) -> None:
    """Wait until no worker runs. A worker superseded by the app ends cancelled, and that is
    not a failure: the article's background parse is cancelled when something needs the whole
    article at once (a mention step, a find, the matcher built early under load) and the view
    finishes the parse itself, so `wait_for_complete` would raise on a normal run."""
    for _ in range(20):
        running = [w for w in app.workers if not w.is_finished]
        if not running:
            return
        for worker in running:
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
