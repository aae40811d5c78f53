"""How long `reader` takes from launch to first paint of its article, against a minimal Textual app.

Run: python benchmarks/startup.py [--runs 7] [--size 120x40] [--no-warm] [--compare EXE ...]

Both programs start in one tmux server at a fixed size; the clock runs from the `tmux new-window`
that launches them until `tmux capture-pane` (polled about every 10 ms) shows the first words of
the first bundled article. The reference is the smallest Textual app that paints the same thing:
a Header, a Static holding that first paragraph, and a Footer, written to a temp file and run
with the same Python. Runs of the programs are interleaved (the order rotates every round) so
that load from other processes on the machine falls on all of them alike.

`reader` runs with fresh, empty state/cache/data/config dirs for every run ("fresh": what a
first launch costs), and, unless --no-warm, also with dirs kept from its earlier runs ("warm":
saved state, language cache). One unmeasured launch of each program first fills the OS file
cache and writes bytecode: PYTHONDONTWRITEBYTECODE is dropped for the launched programs, since
a `pip install` compiles bytecode (with it set, an editable install would recompile every
module of reader on every launch, a cost no user pays).

Besides wall time, the table gives the CPU time each program had used when its first paint was
seen (/proc/PID/stat): on a loaded machine wall times swell and scatter, CPU time barely moves.

--compare adds other reader-like executables (say, a build with a candidate fix), measured the
same way with fresh state in the same rounds, so a change can be judged under the same load.

Target (issue 2): median reader / median minimal <= 1.3.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from reader.articles import load_library
from reader.paths import seeds_dir

TARGET = 1.3
POLL = 0.01  # seconds between two looks at the screen
DIRS = ("STATE", "CACHE", "DATA", "CONFIG")

MINIMAL_APP = '''\
"""The smallest Textual app that paints the first paragraph: the benchmark's reference."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

PARAGRAPH = {paragraph!r}


class Minimal(App[None]):
    TITLE = {title!r}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(PARAGRAPH, markup=False)
        yield Footer()


if __name__ == "__main__":
    Minimal().run()
'''


@dataclass
class Program:
    """One thing to launch, and the launch times measured for it."""

    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    fresh_dirs: bool = False  # new empty reader dirs before every run
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


class Tmux:
    """A private tmux server whose one session has the terminal size under test."""

    def __init__(self, width: int, height: int, env: dict[str, str]) -> None:
        self.socket = f"reader-bench-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.env = env
        self.run("-f", os.devnull, "new-session", "-d", "-s", "bench", "-x", str(width),
                 "-y", str(height), "sleep 86400")
        self.socket_path = self.run("display-message", "-p", "#{socket_path}").strip()

    def run(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True,
                              text=True, env=self.env, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def launch(self, argv: list[str], env: dict[str, str], marker: str,
               timeout: float) -> tuple[float, float | None]:
        """Seconds from launching `argv` in a new window until `marker` is on its screen, and
        the CPU seconds the program had used by then (None where /proc cannot tell)."""
        env_args = [item for key, value in env.items() for item in ("-e", f"{key}={value}")]
        start = time.perf_counter()
        pane, pid = self.run("new-window", "-d", "-t", "bench", "-P", "-F",
                             "#{pane_id} #{pane_pid}", *env_args, shlex.join(argv)).split()
        try:
            while True:
                if marker in self.run("capture-pane", "-p", "-t", pane):
                    return time.perf_counter() - start, _cpu_seconds(int(pid))
                if time.perf_counter() - start > timeout:
                    screen = self.run("capture-pane", "-p", "-t", pane)
                    raise RuntimeError(f"{argv[-1]}: no {marker!r} after {timeout}s:\n{screen}")
                time.sleep(POLL)
        finally:
            self.run("kill-pane", "-t", pane)
            _wait_gone(int(pid))

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True,
                       env=self.env, check=False)
        if self.socket_path:  # tmux 3.3 leaves its socket file behind
            Path(self.socket_path).unlink(missing_ok=True)


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a running process: unlike wall time, barely moved by load."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # Fields 14 and 15 of stat(5) (utime, stime), counted here from field 3 (state).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_gone(pid: int, timeout: float = 10.0) -> None:
    """Let a killed program finish exiting, so its exit costs no CPU to the next launch."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return
        if state == "Z":
            return
        time.sleep(0.02)


def first_article() -> tuple[str, str]:
    """Title and first paragraph of the article `reader` opens first (the seeds sorted by id)."""
    library = load_library([seeds_dir()])
    article = min(library.articles, key=lambda a: a.id)
    paragraph = next(b.text for b in article.blocks if b.kind == "paragraph")
    return article.title, paragraph


def reader_dirs(root: Path) -> dict[str, str]:
    root.mkdir(parents=True, exist_ok=True)
    return {f"READER_{name}_DIR": str(root / name.lower()) for name in DIRS}


def saved_library(root: Path, count: int) -> dict[str, str]:
    """Reader dirs whose library holds `count` articles saved as `reader add` saves them."""
    from reader.feeds.store import Store

    env = reader_dirs(root)
    store = Store(Path(env["READER_DATA_DIR"]))
    paragraphs = [b.text for a in load_library([seeds_dir()]).articles for b in a.blocks
                  if b.kind == "paragraph"]
    for n in range(count):
        body = "\n\n".join(paragraphs[(n + k) % len(paragraphs)] for k in range(8))
        store.save_article({"title": f"Article enregistré {n}", "url": f"https://ex.fr/{n}",
                            "source": f"Site {n % 10}", "date": f"2026-02-{1 + n % 28:02d}",
                            "lang": "fr", "feed": "https://ex.fr/rss",
                            "fetched": "2026-03-01T00:00:00Z"}, body, feed="https://ex.fr/rss",
                           guid=str(n))
    store.save()
    return env


def summary(times: list[float]) -> tuple[float, float, float]:
    return statistics.median(times), min(times), max(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured launches of each program")
    parser.add_argument("--size", default="120x40", help="terminal size, WIDTHxHEIGHT")
    parser.add_argument("--no-warm", action="store_true", help="skip reader with kept state")
    parser.add_argument("--reader", type=Path, default=Path(sys.executable).parent / "reader",
                        help="the reader executable (default: beside this Python)")
    parser.add_argument("--compare", type=Path, action="append", default=[], metavar="EXE",
                        help="another executable to measure like reader (fresh state)")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--saved", type=int, default=300,
                        help="also measure with this many saved web articles (0: skip)")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        parser.error("tmux is not installed")
    if not args.reader.exists():
        parser.error(f"{args.reader} not found: install reader into this environment")
    width, height = (int(n) for n in args.size.lower().split("x"))

    title, paragraph = first_article()
    marker = " ".join(paragraph.split()[:5])  # fits on one line in both programs
    # Children get our environment minus what would skew them: terminal size overrides (set by
    # readline under some parents) and the no-bytecode switch (see the module docstring).
    base_env = {k: v for k, v in os.environ.items()
                if k not in ("COLUMNS", "LINES", "PYTHONDONTWRITEBYTECODE")}

    with tempfile.TemporaryDirectory(prefix="reader-startup-") as tmp:
        root = Path(tmp)
        minimal = root / "minimal_app.py"
        minimal.write_text(MINIMAL_APP.format(paragraph=paragraph, title=title),
                           encoding="utf-8")
        programs = [
            Program("minimal Textual app", [sys.executable, str(minimal)]),
            Program("reader, fresh state", [str(args.reader)], fresh_dirs=True),
        ]
        if not args.no_warm:
            programs.append(Program("reader, warm state", [str(args.reader)],
                                    env=reader_dirs(root / "warm")))
        if args.saved:
            programs.append(Program(f"reader, {args.saved} saved articles", [str(args.reader)],
                                    env=saved_library(root / "saved", args.saved)))
        for exe in args.compare:
            programs.append(Program(exe.name, [str(exe.resolve())], fresh_dirs=True))

        tmux = Tmux(width, height, base_env)
        try:
            fresh = 0
            for round_ in range(args.runs + 1):  # round 0 warms caches and is not counted
                order = programs[round_ % len(programs):] + programs[:round_ % len(programs)]
                for program in order:
                    env = program.env
                    if program.fresh_dirs:
                        fresh += 1
                        env = reader_dirs(root / f"fresh-{fresh}")
                    elapsed, cpu = tmux.launch(program.argv, env, marker, args.timeout)
                    if round_:
                        program.times.append(elapsed)
                        if cpu is not None:
                            program.cpu.append(cpu)
        finally:
            tmux.close()

    print(f"launch to first paint of the article, {width}x{height}, {args.runs} runs each "
          f"(tmux, screen polled every {POLL * 1000:.0f} ms), Python {sys.version.split()[0]}")
    label = max(len(p.name) for p in programs) + 2
    print(f"{'':<{label}}{'median':>9}{'min':>9}{'max':>9}{'CPU median':>12}")
    for program in programs:
        med, low, high = summary(program.times)
        cpu = f"{statistics.median(program.cpu):>11.3f}s" if program.cpu else f"{'-':>12}"
        print(f"{program.name:<{label}}{med:>8.3f}s{low:>8.3f}s{high:>8.3f}s{cpu}")
    base = programs[0]
    for program in programs[1:]:
        ratio = statistics.median(program.times) / statistics.median(base.times)
        verdict = "ok" if ratio <= TARGET else "over"
        line = f"ratio {program.name} / minimal: {ratio:.2f}x (target <= {TARGET}x: {verdict})"
        if program.cpu and base.cpu:
            line += f"; CPU {statistics.median(program.cpu) / statistics.median(base.cpu):.2f}x"
        print(line)
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs; wall times are inflated, "
              "the CPU column is the steadier comparison")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
