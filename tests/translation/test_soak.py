"""Quick switches and jumps with the English pane on: the app stays up and its memory flat.

(Issue 10, items 24 and 25: 80 to 250 quick `n`/`G`/`p`/`g` with the pane on crashed the app in
ArticleView.progress, and memory grew by about 5 MB every 80 switches.)
"""

from __future__ import annotations

import asyncio
import gc
import io
import logging
import os

import pytest
from rich.console import Console
from textual import events

from reader.ui.app import ReaderApp

ROUNDS = 10
KEYS_PER_ROUND = 200  # 2,000 switches and jumps in all
MAX_GROWTH = 30 * 1024 * 1024
KEY_GAP = 0.02  # seconds between keys (the crash was seen at 0.05)


def rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def test_two_thousand_switches_and_jumps_stay_up_with_flat_memory(installed_copy) -> None:
    app = ReaderApp()
    keys = ["n", "G", "n", "g", "p", "G", "p", "g"]  # back where it started every eight
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await app.workers.wait_for_complete()
        warm = 0
        for number in range(ROUNDS):
            for press in range(KEYS_PER_ROUND):
                # Quick keys, as a reader holding them sends them: Pilot's press would wait
                # for the app to go idle after each, and with translation running it never is.
                key = keys[press % len(keys)]
                app.post_message(events.Key(key, key))
                await asyncio.sleep(KEY_GAP)
            await pilot.pause()
            gc.collect()
            if number == 1:
                warm = rss()  # after two rounds: caches, fonts of the model, imports are in
        await app.workers.wait_for_complete()
        await pilot.pause()
        gc.collect()
        grown = rss() - warm
        assert app.is_running
        assert app.screen is app.screen_stack[0]
        assert grown <= MAX_GROWTH, f"RSS grew {grown / 2**20:.1f} MB after warm-up"


async def test_an_unexpected_error_is_logged_whole_and_shown_as_one_line(caplog) -> None:
    app = ReaderApp()
    printed = io.StringIO()
    with pytest.raises(RuntimeError, match="boom"):  # Pilot hands the error on to the test
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.error_console = Console(file=printed, width=200)
            with caplog.at_level(logging.ERROR, logger="reader"):
                app._handle_exception(RuntimeError("boom"))
            app._print_error_renderables()
    record = next(r for r in caplog.records if r.getMessage() == "unexpected error")
    assert record.exc_info is not None and record.exc_info[1].args == ("boom",)
    lines = printed.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: RuntimeError: boom (details in ")
    assert lines[0].endswith("reader.log)")


async def test_a_failing_background_job_is_logged_and_said_in_one_line(caplog) -> None:
    app = ReaderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        def fail() -> None:
            raise ValueError("no luck")

        with caplog.at_level(logging.ERROR, logger="reader"):
            worker = app.run_worker(fail, name="analysis", thread=True, exit_on_error=False)
            for _ in range(100):
                if worker.is_finished:
                    break
                await pilot.pause(0.05)
            await pilot.pause()
        assert app.is_running
        notes = [str(n.message) for n in app._notifications]
        assert "analysis failed: ValueError: no luck" in notes
    record = next(r for r in caplog.records if r.getMessage() == "analysis failed")
    assert record.exc_info is not None
