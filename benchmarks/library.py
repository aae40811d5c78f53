"""`reader` on a library of 10,000 articles: first paint against a minimal Textual app, memory,
and how long the library takes to be listed and analysed, cold and warm.

Run: python benchmarks/library.py [--articles 10000] [--runs 3] [--paints 4] [--size 120x40]

The library is generated in a temp dir from the bundled seeds: article N is seed N mod 5 without
its front matter, under a heading "# Article N : <seed title>" (so every file is distinct, valid
Markdown, and without front matter: its language is detected, as for most real files). Files are
named article-00001.md ...; `reader` opens article 1 first.

All programs run in one tmux server at a fixed size. Each round has:

- a full launch of `reader DIR` with fresh, empty state/cache/data/config dirs ("cold");
- between that and the next, --paints launches to first paint only of each of: the minimal
  Textual app of benchmarks/startup.py (Header, the first paragraph, Footer), reader cold (fresh
  dirs again), reader warm (the dirs the cold launch left), in rotating order, so that load
  from other processes on this shared machine falls on all of them alike;
- a full launch of reader on those dirs again ("warm": catalog.json and language.json hold
  what the cold launch worked out).

First paint: from the launch until the first words of article 1's first paragraph are on screen
(the same marker as the minimal app's). A full launch goes on: `tab` to the library and `G` to
its last row, repeated until that row is article N ("listed"), then until its meta line shows a
word count instead of "… words" ("analysed": analysis goes in library order, so the last row is
the last one done), then until the caches are written and the process is idle. The peak
resident memory (VmHWM in /proc/PID/status) is read then, so it covers loading and analysis.
A round 0 (the minimal app and reader, to first paint) fills the OS file cache and writes
bytecode, and is not counted. Besides wall time, the CPU time each program had used by then is
given (/proc/PID/stat): on a loaded machine wall times swell and scatter, CPU time barely moves.

Targets: first paint of reader <= 1.5x the minimal app's (issue 12; issue 6 asked <= 3x),
cold and warm; RSS <= 250 MB (issue 6).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.articles import load_article
from reader.paths import seeds_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
# benchmarks/ is no package: startup.py is found through sys.path.
from startup import (
    MINIMAL_APP,
    Tmux,
    _cpu_seconds,
    _wait_gone,
    first_article,
    reader_dirs,
)

PAINT_TARGET = 1.5
RSS_TARGET_MB = 250
POLL = 0.01  # seconds between two looks at the screen, waiting for the first paint
SLOW_POLL = 0.1  # the same while waiting for the library (each look costs tmux some CPU)
IDLE_WINDOW = 1.0  # seconds in which a settled reader uses under IDLE_SHARE of one CPU
IDLE_SHARE = 0.05
SETTLE_TIMEOUT = 60.0
# After a reader of ~250 MB is killed, the next launch here (a VM that hands freed memory back
# to its host) took up to 50% more CPU to paint: programs start after a pause instead (this
# after a full launch, a sixth of it after one to first paint).
PAUSE = 3.0
WORDS = re.compile(r"\d[\d,]* words")


# ---- the library ---------------------------------------------------------------------------


def make_library(folder: Path, count: int) -> int:
    """Write `count` articles made from the seeds into `folder`; return their total size."""
    seeds = [load_article(path) for path in sorted(seeds_dir().glob("*.md"))]
    bodies = [(seed.title, seed.body.lstrip("\n")) for seed in seeds]
    width = len(str(count))
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for number in range(1, count + 1):
        title, body = bodies[(number - 1) % len(bodies)]
        data = f"# Article {number} : {title}\n\n{body}".encode()
        (folder / f"article-{number:0{width}d}.md").write_bytes(data)
        total += len(data)
    return total


def last_row_state(screen: str, title: str) -> str | None:
    """Of the library row whose title starts with `title`: "analysed" when its meta line
    gives a word count, "listed" while it does not yet, None when the row is not on screen."""
    lines = screen.splitlines()
    for number, line in enumerate(lines):
        if title in line.split("▕", 1)[0] and number + 2 < len(lines):
            # Rows are: title, title continued, meta ("fr · 577 words · 3 min"), counts.
            meta = lines[number + 2].split("▕", 1)[0]
            return "analysed" if WORDS.search(meta) else "listed"
    return None


# ---- launching -----------------------------------------------------------------------------


@dataclass
class Launch:
    """What one launch of reader measured (seconds from launch; memory in MB)."""

    paint: float
    paint_cpu: float | None
    listed: float
    analysed: float
    analysed_cpu: float
    peak_mb: float
    rss_mb: float


@dataclass
class Figures:
    """The launches of one kind (cold or warm), summed up for the report."""

    name: str
    launches: list[Launch] = field(default_factory=list)

    def values(self, attribute: str) -> list[float]:
        return [getattr(run, attribute) for run in self.launches]


class Session(Tmux):
    """The startup benchmark's tmux server, with a program kept running to be driven."""

    def start(self, argv: list[str], env: dict[str, str]) -> tuple[str, int, float]:
        env_args = [item for key, value in env.items() for item in ("-e", f"{key}={value}")]
        start = time.perf_counter()
        pane, pid = self.run("new-window", "-d", "-t", "bench", "-P", "-F",
                             "#{pane_id} #{pane_pid}", *env_args, shlex.join(argv)).split()
        return pane, int(pid), start

    def screen(self, pane: str) -> str:
        return self.run("capture-pane", "-p", "-t", pane)

    def keys(self, pane: str, *keys: str) -> None:
        self.run("send-keys", "-t", pane, *keys)

    def stop(self, pane: str, pid: int) -> None:
        self.run("kill-pane", "-t", pane)
        _wait_gone(pid)


def _status_mb(pid: int, key: str) -> float:
    """A memory figure of /proc/PID/status (VmHWM: the peak resident set) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {key} in /proc/{pid}/status")


class Timeout(RuntimeError):
    """reader did not get where it was expected to in time (the message holds its screen)."""


def _wait(session: Session, pane: str, start: float, timeout: float, poll: float,
          seen: Callable[[str], bool], what: str, each: Callable[[], None] | None = None) -> str:
    """Poll the screen until `seen(screen)` is true; return that screen."""
    while True:
        if each is not None:
            each()
        screen = session.screen(pane)
        if seen(screen):
            return screen
        if time.perf_counter() - start > timeout:
            raise Timeout(f"no {what} after {timeout:.0f}s; the screen:\n{screen}")
        time.sleep(poll)


def measure_reader(session: Session, argv: list[str], env: dict[str, str], marker: str,
                   last_title: str, cache: Path, timeouts: tuple[float, float]) -> Launch:
    paint_timeout, analysis_timeout = timeouts
    pane, pid, start = session.start(argv, env)
    try:
        _wait(session, pane, start, paint_timeout, POLL, lambda s: marker in s, "first paint")
        paint = time.perf_counter() - start
        paint_cpu = _cpu_seconds(pid)
        # The footer offers "Filter" only while the library has focus.
        session.keys(pane, "Tab")
        _wait(session, pane, start, paint_timeout, SLOW_POLL,
              lambda s: "Filter" in s.splitlines()[-1], "focus on the library")
        _wait(session, pane, start, analysis_timeout, SLOW_POLL,
              lambda s: last_row_state(s, last_title) is not None, f"{last_title!r} listed",
              each=lambda: session.keys(pane, "G"))
        listed = time.perf_counter() - start
        _wait(session, pane, start, analysis_timeout, SLOW_POLL,
              lambda s: last_row_state(s, last_title) == "analysed",
              f"words for {last_title!r}")
        analysed = time.perf_counter() - start
        analysed_cpu = _cpu_seconds(pid) or 0.0
        _settle(pid, cache)
        return Launch(paint, paint_cpu, listed, analysed, analysed_cpu,
                      _status_mb(pid, "VmHWM"), _status_mb(pid, "VmRSS"))
    finally:
        session.stop(pane, pid)
        time.sleep(PAUSE)


def _settle(pid: int, cache: Path) -> None:
    """Wait until the caches are on disk and the process is idle."""
    deadline = time.perf_counter() + SETTLE_TIMEOUT
    files = [cache / "catalog.json", cache / "language.json"]
    before = _cpu_seconds(pid) or 0.0
    while time.perf_counter() < deadline:
        time.sleep(IDLE_WINDOW)
        now = _cpu_seconds(pid) or 0.0
        if all(f.exists() for f in files) and now - before < IDLE_WINDOW * IDLE_SHARE:
            return
        before = now
    missing = [f.name for f in files if not f.exists()]
    raise Timeout(f"reader not idle {SETTLE_TIMEOUT:.0f}s after the analysis"
                  + (f" ({', '.join(missing)} not written)" if missing else ""))


# ---- the report ----------------------------------------------------------------------------


@dataclass
class Paints:
    """First paints of one program: every launch of it, full or paint-only."""

    name: str
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, elapsed: float, cpu: float | None) -> None:
        self.times.append(elapsed)
        if cpu is not None:
            self.cpu.append(cpu)


def _row(label: str, width: int, values: list[float], unit: str = "s") -> str:
    med, low, high = statistics.median(values), min(values), max(values)
    if unit == "s":
        return f"{label:<{width}}{med:>8.2f}s{low:>8.2f}s{high:>8.2f}s"
    return f"{label:<{width}}{med:>7.0f}MB{low:>7.0f}MB{high:>7.0f}MB"


def report(paints: list[Paints], cold: Figures, warm: Figures, articles: int,
           header: str) -> None:
    print(header)
    width = 46
    print(f"{'':<{width}}{'median':>9}{'min':>9}{'max':>9}")
    for program in paints:
        print(_row(f"first paint, {program.name} ({len(program.times)})", width, program.times))
        if program.cpu:
            print(_row("  CPU used by then", width, program.cpu))
    for figures in (cold, warm):
        runs = len(figures.launches)
        print(_row(f"library listed ({articles:,} rows), {figures.name} ({runs})", width,
                   figures.values("listed")))
        print(_row(f"library analysed, {figures.name} ({runs})", width,
                   figures.values("analysed")))
        print(_row("  CPU used by then", width, figures.values("analysed_cpu")))
    for figures in (cold, warm):
        print(_row(f"peak RSS (VmHWM), {figures.name}", width, figures.values("peak_mb"), "MB"))
        print(_row(f"RSS once idle, {figures.name}", width, figures.values("rss_mb"), "MB"))
    base = paints[0]
    for program in paints[1:]:
        ratio = statistics.median(program.times) / statistics.median(base.times)
        verdict = "ok" if ratio <= PAINT_TARGET else "over"
        line = (f"ratio first paint {program.name} / minimal: {ratio:.2f}x "
                f"(target <= {PAINT_TARGET:g}x: {verdict})")
        if program.cpu and base.cpu:
            line += f"; CPU {statistics.median(program.cpu) / statistics.median(base.cpu):.2f}x"
        print(line)
    peak = max(statistics.median(cold.values("peak_mb")),
               statistics.median(warm.values("peak_mb")))
    verdict = "ok" if peak <= RSS_TARGET_MB else "over"
    print(f"peak RSS after the full analysis: {peak:.0f} MB (the larger median, cold or warm; "
          f"target <= {RSS_TARGET_MB} MB: {verdict})")
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs; wall times are inflated, "
              "the CPU figures are the steadier comparison")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="size of the library")
    parser.add_argument("--runs", type=int, default=3,
                        help="rounds, each with a full cold and a full warm launch")
    parser.add_argument("--paints", type=int, default=4,
                        help="extra launches of each program per round, to first paint only")
    parser.add_argument("--size", default="120x40", help="terminal size, WIDTHxHEIGHT")
    parser.add_argument("--reader", type=Path, default=Path(sys.executable).parent / "reader",
                        help="the reader executable (default: beside this Python)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds allowed for a first paint")
    parser.add_argument("--analysis-timeout", type=float, default=900.0,
                        help="seconds allowed from launch until the library is analysed")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        parser.error("tmux is not installed")
    if not args.reader.exists():
        parser.error(f"{args.reader} not found: install reader into this environment")
    if min(args.articles, args.runs, args.paints) < 1:
        parser.error("--articles, --runs and --paints must be at least 1")
    width, height = (int(n) for n in args.size.lower().split("x"))
    if width < 100:
        parser.error("--size: the library is beside the article from 100 columns on")

    title, paragraph = first_article()
    marker = " ".join(paragraph.split()[:5])
    last_title = f"Article {args.articles} :"
    # As in startup.py: no terminal size overrides, and bytecode written as an install would.
    base_env = {k: v for k, v in os.environ.items()
                if k not in ("COLUMNS", "LINES", "PYTHONDONTWRITEBYTECODE")}
    timeouts = (args.timeout, args.analysis_timeout)
    started = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="reader-library-") as tmp:
        root = Path(tmp)
        library = root / "library"
        clock = time.perf_counter()
        size = make_library(library, args.articles)
        made = time.perf_counter() - clock
        minimal_app = root / "minimal_app.py"
        minimal_app.write_text(MINIMAL_APP.format(paragraph=paragraph, title=title),
                               encoding="utf-8")
        minimal_argv = [sys.executable, str(minimal_app)]
        reader_argv = [str(args.reader), str(library)]
        paints = [Paints("minimal Textual app"), Paints("reader cold"), Paints("reader warm")]
        minimal, cold_paints, warm_paints = paints
        cold, warm = Figures("reader cold"), Figures("reader warm")
        fresh = 0

        def say(text: str) -> None:
            # Progress on stderr: a default run takes minutes.
            print(text, file=sys.stderr, flush=True)

        session = Session(width, height, base_env)
        try:
            # Round 0, not counted: OS file cache, bytecode, the library's pages in memory.
            session.launch(minimal_argv, {}, marker, args.timeout)
            session.launch(reader_argv, reader_dirs(root / "round-0"), marker, args.timeout)
            for round_ in range(1, args.runs + 1):
                dirs = reader_dirs(root / f"round-{round_}")
                cache = Path(dirs["READER_CACHE_DIR"])
                for figures, program in ((cold, cold_paints), (warm, warm_paints)):
                    # The cold launch fills `dirs`; the warm one is the second launch on them.
                    run = measure_reader(session, reader_argv, dirs, marker, last_title, cache,
                                         timeouts)
                    figures.launches.append(run)
                    program.add(run.paint, run.paint_cpu)
                    say(f"round {round_}, {figures.name}: first paint {run.paint:.2f} s "
                        f"(CPU {run.paint_cpu}), listed {run.listed:.1f} s, analysed "
                        f"{run.analysed:.1f} s, peak {run.peak_mb:.0f} MB")
                    if figures is warm:
                        break
                    # Between the two, paint-only launches of all three, in rotating order.
                    for number in range(args.paints * 3):
                        program_ = paints[(number + round_) % 3]
                        env: dict[str, str] = {}
                        argv_ = reader_argv
                        if program_ is minimal:
                            argv_ = minimal_argv
                        elif program_ is cold_paints:
                            fresh += 1
                            env = reader_dirs(root / f"fresh-{fresh}")
                        else:
                            env = dirs
                        elapsed, cpu = session.launch(argv_, env, marker, args.timeout)
                        program_.add(elapsed, cpu)
                        time.sleep(PAUSE / 6)
                        say(f"round {round_}, {program_.name}: first paint {elapsed:.2f} s "
                            f"(CPU {cpu})")
        finally:
            session.close()

    header = (
        f"reader on {args.articles:,} generated articles ({size / 1e6:.0f} MB, written in "
        f"{made:.1f} s), terminal {width}x{height}, {args.runs} rounds, "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}; whole run {time.perf_counter() - started:.0f} s"
    )
    report(paints, cold, warm, args.articles, header)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
