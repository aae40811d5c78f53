"""What the hostile-input suite looks at: the app's screen under Pilot, and `reader` in a pty.

Pilot runs the app in-process (fast); the pty runs the installed script in a pseudo-terminal and
keeps every byte it writes, for what only a terminal would see (escape sequences, colours).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import pytest
from textual.pilot import Pilot

from reader.ui.app import ReaderApp
from reader.ui.widgets.article import ArticleView

READER = Path(sys.executable).parent / "reader"
DIRS = ("STATE", "DATA", "CACHE", "CONFIG")
T = TypeVar("T")


# ---- Pilot -------------------------------------------------------------------------------


def visible_text(app: ReaderApp) -> str:
    """The text of each block on screen (source and translation columns), one per line."""
    return "\n".join(app.query_one(ArticleView).visible_blocks())


def screen_text(app: ReaderApp) -> str:
    """Every cell of the screen as text, header, library, notifications and footer included."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def notes(app: ReaderApp) -> list[str]:
    """The notifications the app raised (shown as toasts), oldest first."""
    return [str(note.message) for note in app._notifications]


def library_rows(app: ReaderApp) -> list[str]:
    from reader.ui.widgets.library import LibraryList

    library = app.query_one(LibraryList)
    return [str(library.get_option_at_index(i).prompt) for i in range(library.option_count)]


async def settle(pilot: Pilot, rounds: int = 2) -> None:
    """Let mounts, layout and the first scroll report run."""
    for _ in range(rounds):
        await pilot.pause()


async def wait_until(pilot: Pilot, condition: Callable[[], object], what: str,
                     steps: int = 1200) -> None:
    """Run the app until `condition()` holds: a loaded machine only makes it take longer.

    `steps` bounds a wait that would otherwise hang the suite when the condition never comes
    (a minute and more of app time, far beyond any load seen); `what` names it in the failure.
    """
    for _ in range(steps):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


def run_pilot(
    paths: list[Path],
    scenario: Callable[[ReaderApp, Pilot], Awaitable[T]],
    root: Path,
    size: tuple[int, int] = (120, 40),
    **app_options: Any,
) -> T:
    """Run the app once, outside any test, for a module fixture several checks share.

    reader's dirs are set to folders under `root` for the run (a module fixture runs before the
    per-test fixture that does this for single tests).
    """
    with pytest.MonkeyPatch.context() as patch:
        for name in DIRS:
            patch.setenv(f"READER_{name}_DIR", str(root / name.lower()))

        async def main() -> T:
            app = ReaderApp(paths, **app_options)
            async with app.run_test(size=size) as pilot:
                await settle(pilot)
                return await scenario(app, pilot)

        return asyncio.run(main())


# ---- pty -----------------------------------------------------------------------------------

# What Textual writes around the text: CSI, OSC (ended by BEL or ST), charset and keypad modes.
_TERMINAL_CODES = re.compile(
    r"\x1b\[[0-9;?<>=!]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
    r"|\x1b[()][0-9A-Za-z]|\x1b[=>78]"
)


def plain_text(output: bytes) -> str:
    """Terminal output without the codes Textual writes: what shows as characters."""
    return _TERMINAL_CODES.sub("", output.decode("utf-8", errors="replace"))


def reader_env(dirs: Mapping[str, Path] | None = None, **extra: str) -> dict[str, str]:
    """The environment for a real reader: a known terminal, reader's dirs in temporary places.

    `dirs` maps STATE/DATA/CACHE/CONFIG to folders; without it the READER_*_DIR values the test
    fixture put in os.environ are used (never the real home).
    """
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["TERM"] = "xterm-256color"
    env.pop("NO_COLOR", None)
    for name in DIRS:
        key = f"READER_{name}_DIR"
        if dirs is not None:
            env[key] = str(dirs[name])
        if not env.get(key):
            raise RuntimeError(f"{key} is not set: a real reader would use the real home")
    env.update(extra)
    return env


class Terminal:
    """The installed `reader` running in a pseudo-terminal; a thread keeps all it writes."""

    def __init__(
        self,
        args: list[str],
        env: Mapping[str, str],
        size: tuple[int, int] = (100, 30),
        cwd: Path | None = None,
    ) -> None:
        self.master, slave = os.openpty()
        self._set_size(slave, size)
        self.proc = subprocess.Popen(
            [str(READER), *args],
            stdin=slave, stdout=slave, stderr=slave,
            env=dict(env), cwd=cwd, start_new_session=True, close_fds=True,
        )
        os.close(slave)
        self._output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._pump, daemon=True)
        self._reader.start()

    @staticmethod
    def _set_size(fd: int, size: tuple[int, int]) -> None:
        columns, rows = size
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))

    def _pump(self) -> None:
        # Read until the child closes the terminal: an unread pty would block its writes.
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self._output.extend(data)

    @property
    def output(self) -> bytes:
        """Every byte the reader wrote to the terminal so far."""
        with self._lock:
            return bytes(self._output)

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", errors="replace")

    @property
    def plain(self) -> str:
        """The output without the codes Textual writes: what shows as characters."""
        return plain_text(self.output)

    def wait_for(self, needle: str, timeout: float = 30.0) -> bool:
        """Wait until `needle` shows on the terminal (or the reader exits)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.plain:
                return True
            if self.proc.poll() is not None:
                time.sleep(0.1)  # let the pump take the last bytes
                return needle in self.plain
            time.sleep(0.05)
        return False

    def wait_for_bytes(self, needle: bytes, timeout: float = 30.0) -> bool:
        """Wait until the reader writes `needle` (a terminal code, say), or exits."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            if needle in self.output:
                return True
            time.sleep(0.02)
        return needle in self.output

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def press_until(self, key: bytes, needle: str, attempts: int = 10) -> bool:
        """Send `key` until `needle` shows: keys typed while the app starts can go nowhere."""
        for _ in range(attempts):
            self.send(key)
            if self.wait_for(needle, timeout=2):
                return True
        return False

    def resize(self, columns: int, rows: int) -> None:
        """Change the window size as a terminal emulator does: new size, then SIGWINCH."""
        self._set_size(self.master, (columns, rows))
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGWINCH)

    def wait(self, timeout: float = 20.0) -> int | None:
        """The exit status, or None when the reader is still running after `timeout`."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def quit(self, timeout: float = 20.0) -> int | None:
        """Press q and wait for the exit status."""
        if self.proc.poll() is None:
            self.send(b"q")
        return self.wait(timeout)

    def close(self) -> None:
        """Kill the reader if it is still running (this process started it) and free the pty."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._reader.join(5)
        with contextlib.suppress(OSError):
            os.close(self.master)
