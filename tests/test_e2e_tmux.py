"""End to end: the installed `reader` in a real terminal (tmux), driven by keys, read off screen."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

READER = Path(sys.executable).parent / "reader"
TMUX = shutil.which("tmux")
DIRS = ("STATE", "CACHE", "DATA", "CONFIG")
WAIT = 20.0  # seconds: first paint on a loaded 2-core CI machine stays well under this

# What a user sees of the bundled articles (library sorted by id, the first one opened).
FIRST_WORDS = "Apple et Meta, autrefois rivaux dans l'univers technologique"
FIRST_HEADING = "Pourquoi ce partenariat maintenant ?"
FIRST_TITLE = "Apple et Meta explorent désormais des voies de collaboration"
SECOND_TITLE = "Meta Platforms envisage de s'associer à ses principaux concurrents"
SECOND_WORDS = "Meta Platforms envisage de s'associer à ses principaux concurrents pour"
# The library wraps long titles; these beginnings fit on one line at 120 columns.
LIBRARY_TITLES = (
    "Apple et Meta explorent",
    "Meta Platforms envisage de",
    "Meta secoue le monde de l",
    "Apple obtient un soulagement",
    "Ça sent le roussi pour Google",
)
EXIT_LINE = re.compile(r"^\[reader exited: (\d+)\]$", re.MULTILINE)
FOOTER_KEYS = ("q Quit", "? Help", "n Next", "p Prev", "l Library")

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")


class Terminal:
    """One tmux server on a private socket, holding one pane that runs `reader`."""

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.socket = f"reader-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.env = env
        # The server copies its environment into every pane. GNU readline (pulled in under
        # pytest) setenv()s COLUMNS/LINES in the C environment, which children inherit and which
        # would override the pane's real size, so hand tmux a clean copy of os.environ instead.
        self.server_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        self.socket_path = ""
        # remain-on-exit keeps a finished pane, so its last screen stays readable.
        self.conf = root / "tmux.conf"
        self.conf.write_text("set -g remain-on-exit on\n", encoding="utf-8")

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            [TMUX or "tmux", "-L", self.socket, "-f", str(self.conf), *args],
            capture_output=True, text=True, timeout=10, check=False, env=self.server_env,
        )
        if done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def start(self, *args: str, size: tuple[int, int], cwd: Path) -> None:
        # stderr is not redirected: Textual paints the screen on it. The pane's shell reports
        # the exit status on screen and stays: with tmux 3.3, #{pane_dead_status} can stay empty
        # (a missed SIGCHLD leaves `reader` a zombie), and a pane whose last process ends at
        # once can lose its final output.
        command = (f'{shlex.join([str(READER), *args])}; echo "[reader exited: $?]"; '
                   "exec sleep 600")
        env = [item for key, value in self.env.items() for item in ("-e", f"{key}={value}")]
        self.tmux("new-session", "-d", "-x", str(size[0]), "-y", str(size[1]),
                  "-c", str(cwd), *env, command)
        self.socket_path = self.tmux("display-message", "-p", "#{socket_path}").strip()

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p")

    def expect(
        self,
        *shows: str,
        absent: tuple[str, ...] = (),
        header: tuple[str, ...] = (),
        footer: tuple[str, ...] = (),
        timeout: float = WAIT,
    ) -> str:
        """Wait until the screen shows all of `shows` (header and footer: first and last line)."""

        def missing(screen: str) -> list[str]:
            lines = screen.splitlines() or [""]
            return (
                [f"{t!r} on screen" for t in shows if t not in screen]
                + [f"no {t!r} on screen" for t in absent if t in screen]
                + [f"{t!r} in the header" for t in header if t not in lines[0]]
                + [f"{t!r} in the footer" for t in footer if t not in lines[-1]]
            )

        # A screen can be caught half-painted, so every expectation is polled, none asserted once.
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            wanted = missing(screen)
            if not wanted:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"after {timeout:.0f}s still waiting for {'; '.join(wanted)}. Screen:\n{screen}"
                )
            time.sleep(0.05)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def exit_status(self, timeout: float = WAIT) -> int:
        """Wait for `reader` to end and return its exit status, as the pane's shell reports it."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            found = EXIT_LINE.search(screen)
            if found:
                return int(found.group(1))
            if time.monotonic() > deadline:
                raise AssertionError(f"reader still runs after {timeout:.0f}s:\n{screen}")
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run([TMUX or "tmux", "-L", self.socket, "kill-server"],
                       capture_output=True, timeout=10, check=False, env=self.server_env)
        if self.socket_path:  # tmux 3.3 leaves its socket file behind
            Path(self.socket_path).unlink(missing_ok=True)


@pytest.fixture
def reader_env(tmp_path: Path) -> dict[str, str]:
    """Fresh state, cache, data and config dirs for the real binary (never the real home)."""
    if not READER.exists():
        pytest.fail(f"{READER} is missing: install the project into this environment first")
    return {f"READER_{name}_DIR": str(tmp_path / "dirs" / name.lower()) for name in DIRS}


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working directory far from the source tree: the bundled seeds must still be found."""
    path = tmp_path / "elsewhere"
    path.mkdir()
    return path


@pytest.fixture
def terminal(tmp_path: Path, reader_env: dict[str, str]) -> Iterator[Terminal]:
    term = Terminal(tmp_path, reader_env)
    try:
        yield term
    finally:
        term.close()


def test_reads_the_bundled_articles_by_keyboard_at_120x40(
    terminal: Terminal, elsewhere: Path
) -> None:
    terminal.start(size=(120, 40), cwd=elsewhere)
    # At the top of a 382-word article: nothing read yet, about two minutes to go.
    screen = terminal.expect(FIRST_WORDS, FIRST_HEADING, *LIBRARY_TITLES,
                             header=(FIRST_TITLE, "—   0% · 2 min left"), footer=FOOTER_KEYS)

    # `j` scrolls one line: the article's first line leaves the view, its second is at the top.
    # (the library's title line has no border beside it: its width is cut off instead; the `▎`
    # in the margin marks the block the reader is at)
    first_line, second_line = (
        (line.split("▕")[-1] if "▕" in line else line[36:]).strip().lstrip("▎").strip()
        for line in screen.splitlines()[1:3]
    )
    assert first_line.startswith(FIRST_WORDS[:30])
    terminal.keys("j")
    screen = terminal.expect(second_line, absent=(first_line,))
    assert second_line in screen.splitlines()[1]

    terminal.keys("space")
    terminal.expect(absent=(second_line,))

    terminal.keys("G")
    terminal.expect("aux utilisateurs finaux.", header=("100%",))  # the article's last words

    terminal.keys("n")
    terminal.expect(SECOND_WORDS, header=(SECOND_TITLE, "—   0% ·"))

    terminal.keys("?")
    # The help's first rows (it scrolls when it is taller than the terminal).
    terminal.expect("Keys", "Everywhere", "Quit", "This help", "Next article in the library",
                    "Previous article", "Show or hide the library")

    # Wait for the help to close before `q`: ESC followed at once by q reads as alt+q.
    terminal.keys("Escape")
    terminal.expect(SECOND_WORDS, absent=("Next article in the library",))

    terminal.keys("q")
    assert terminal.exit_status() == 0
    final = terminal.screen()
    assert "Traceback" not in final and "reader:" not in final, final


def test_small_terminal_collapses_the_library_at_80x24(
    terminal: Terminal, elsewhere: Path
) -> None:
    terminal.start(size=(80, 24), cwd=elsewhere)
    # Below 100 columns the library is collapsed: only the article shows.
    screen = terminal.expect(FIRST_WORDS, absent=("Meta Platforms envisage",),
                             header=(FIRST_TITLE[:40],), footer=FOOTER_KEYS)
    assert max(len(line) for line in screen.splitlines()) <= 80

    terminal.keys("l")
    # The library slides over the article, with focus: the Footer offers enter to open.
    terminal.expect(SECOND_TITLE, footer=("⏎ Open",))

    terminal.keys("l")
    terminal.expect(FIRST_WORDS, absent=("Meta Platforms envisage", "⏎ Open"))
    terminal.keys("q")
    assert terminal.exit_status() == 0


def test_second_launch_reopens_the_last_article_where_it_was_left(
    tmp_path: Path, reader_env: dict[str, str], elsewhere: Path
) -> None:
    first = Terminal(tmp_path, reader_env)
    try:
        first.start(size=(120, 40), cwd=elsewhere)
        first.expect(FIRST_WORDS, footer=FOOTER_KEYS)
        first.keys("n")
        first.expect(SECOND_WORDS, header=(SECOND_TITLE,))
        first.keys("G")
        first.expect("lisent déjà notre newsletter", "L'objectif est clair. Meta souhaite",
                     header=("100%",))
        first.keys("q")
        assert first.exit_status() == 0
    finally:
        first.close()

    second = Terminal(tmp_path, reader_env)
    try:
        second.start(size=(120, 40), cwd=elsewhere)
        # Back in the article last read, where the view's top was (its top paragraph when the
        # first run quit), not at the article's start. Read to the end in the first run, it
        # lost its unread dot; the first article keeps its own ("\n" pins a library line start).
        second.expect(
            "L'objectif est clair. Meta souhaite", "\n  Meta Platforms envisage",
            "\n● Apple et Meta explorent",
            absent=(SECOND_WORDS,), header=(SECOND_TITLE,), footer=FOOTER_KEYS,
        )
        second.keys("q")
        assert second.exit_status() == 0
    finally:
        second.close()


def test_missing_path_exits_2_with_one_line(
    reader_env: dict[str, str], elsewhere: Path
) -> None:
    missing = "/nonexistent"
    assert not Path(missing).exists()
    done = subprocess.run(
        [str(READER), missing], cwd=elsewhere, env={**os.environ, **reader_env},
        capture_output=True, text=True, timeout=30, check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"reader: no such file or directory: {missing}\n"


def test_find_and_filter_show_what_is_typed_at_100x30(
    terminal: Terminal, elsewhere: Path
) -> None:
    terminal.start(size=(100, 30), cwd=elsewhere)
    terminal.expect(FIRST_WORDS[:30], footer=FOOTER_KEYS)
    terminal.keys("/")
    terminal.expect("Find in this article")
    terminal.keys("g", "o", "o", "g", "l", "e")
    # The typed word is on the find bar's one row, with the count, before any enter.
    screen = terminal.expect("match")
    bar = next(line for line in screen.splitlines() if "match" in line)
    assert "google" in bar, screen
    terminal.keys("Escape")
    terminal.expect(absent=("match",))
    terminal.keys("Tab", "/")
    terminal.expect("Filter: title or text")
    terminal.keys("m", "e", "t", "a")
    screen = terminal.expect("filter “meta”")
    assert screen.splitlines()[1][:34].strip() == "meta", screen
    # Wait for the filter to clear before `q`: ESC followed at once by q reads as alt+q.
    terminal.keys("Escape")
    terminal.expect("5 articles", absent=("filter “meta”",))
    terminal.keys("q")
    assert terminal.exit_status() == 0


def test_narrow_library_enter_shows_the_chosen_article_at_80x24(
    terminal: Terminal, elsewhere: Path
) -> None:
    terminal.start(size=(80, 24), cwd=elsewhere)
    terminal.expect(FIRST_WORDS[:30], footer=FOOTER_KEYS)
    terminal.keys("l")
    terminal.expect(SECOND_TITLE, footer=("⏎ Open",))
    terminal.keys("j", "Enter")
    # The library gives way: the second article's words show, the header is at its top.
    terminal.expect(SECOND_WORDS[:40], absent=("⏎ Open",), header=("0% ·",))
    terminal.keys("space")
    terminal.expect(absent=(SECOND_WORDS[:40],), header=("min left",))


def test_partnership_map_from_the_palette_follows_a_sentence_into_its_article(
    terminal: Terminal, elsewhere: Path
) -> None:
    terminal.start(size=(120, 40), cwd=elsewhere)
    terminal.expect(FIRST_WORDS, header=(FIRST_TITLE,))
    terminal.keys("C-p")
    terminal.expect("Search")
    terminal.keys("-l", "Partnership map")
    terminal.expect("Partnership map")
    terminal.keys("Enter")
    terminal.expect("relations among", "Meta", "partner")
    time.sleep(0.5)  # the palette's own enter must be over before ours
    # tab moves to the company's relations (enter would show the first one's evidence at
    # once); the second is Microsoft (Llama 2 deal).
    terminal.keys("Tab")
    time.sleep(0.3)
    terminal.keys("j")
    time.sleep(0.2)
    terminal.keys("Enter")
    terminal.expect("Meta · partner · Microsoft", "Ça sent le roussi pour Google")
    # Two articles say so: 002's talks first, then 004's deal, the one to follow.
    time.sleep(0.3)
    terminal.keys("j")
    time.sleep(0.2)
    terminal.keys("Enter")
    terminal.expect("Microsoft et Meta", header=("Ça sent le roussi",), absent=("relations among",))
    terminal.keys("C-o")
    terminal.expect("relations among", "Microsoft")
    terminal.keys("Escape")
    terminal.expect(FIRST_WORDS, absent=("relations among",))
    terminal.keys("q")
    assert terminal.exit_status() == 0


def at_first_paint(terminal: Terminal) -> None:
    """Return as the first words show: polled as fast as tmux answers, so the key sent next
    arrives with the first frame that has the text."""
    deadline = time.monotonic() + WAIT
    while FIRST_WORDS not in terminal.screen():
        assert time.monotonic() < deadline, terminal.screen()


def test_tab_pressed_at_the_first_paint_focuses_the_library(
    terminal: Terminal, elsewhere: Path
) -> None:
    terminal.start(size=(120, 40), cwd=elsewhere)
    at_first_paint(terminal)
    terminal.keys("Tab")
    # The Footer offers the filter only while the library has focus.
    terminal.expect(FIRST_WORDS, footer=("/ Filter",))
    terminal.keys("q")
    assert terminal.exit_status() == 0


def test_end_pressed_at_the_first_paint_goes_to_the_end(
    terminal: Terminal, elsewhere: Path
) -> None:
    terminal.start(size=(120, 40), cwd=elsewhere)
    at_first_paint(terminal)
    terminal.keys("G")
    terminal.expect("aux utilisateurs finaux.", header=("100%",))
    terminal.keys("q")
    assert terminal.exit_status() == 0
