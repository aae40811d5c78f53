"""Odd terminals: tiny sizes, resize storms while loading, NO_COLOR, TERM=dumb, LANG=C.

No crash anywhere, and the reading position is kept by block, not by screen line.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.events import Resize
from textual.geometry import Size

from hostile.helpers import (
    DIRS,
    Terminal,
    plain_text,
    reader_env,
    screen_text,
    settle,
    visible_text,
    wait_until,
)
from reader.ui.app import ReaderApp
from reader.ui.widgets.article import ArticleView

# Every key of the app, dialogs opened and closed on the way.
KEYS = ["j", "space", "G", "g", "n", "p", "l", "l", "r", "s", "h", "full_stop", "ctrl+o",
        "t", "question_mark", "escape", "m", "escape", "tab", "enter"]


def _long_article(folder: Path, name: str = "long.md", blocks: int = 400) -> Path:
    path = folder / name
    paragraphs = [
        f"Paragraphe {i} : OpenAI, Mistral AI et Google publient des modèles, "
        "et l'été à Paris la presse en parle longuement, encore et encore." for i in range(blocks)
    ]
    path.write_text("# Un long article\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    return _long_article(tmp_path)


@pytest.fixture
def small_library(tmp_path: Path) -> Path:
    _long_article(tmp_path, blocks=60)
    (tmp_path / "court.md").write_text("Court.\n", encoding="utf-8")
    return tmp_path


# ---- Pilot ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(20, 5), (1, 1)], ids=["20x5", "1x1"])
async def test_tiny_terminal_survives_every_key(small_library: Path, size: tuple[int, int]) -> None:
    app = ReaderApp([small_library])
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for key in KEYS:
            await pilot.press(key)
        await settle(pilot)
        assert app.is_running
        lines = screen_text(app).split("\n")
        assert len(lines) == size[1] and all(len(line) <= size[0] for line in lines)
    assert app.return_code in (None, 0)


async def _storm(app: ReaderApp, sizes: list[tuple[int, int]]) -> None:
    """Resize events as a window manager sends them while dragging: many, barely processed."""
    for n, (width, height) in enumerate(sizes):
        size = Size(width, height)
        app._driver._size = size  # the headless driver's "terminal"
        app.post_message(Resize(size, size))
        if n % 4 == 3:
            await asyncio.sleep(0)  # let some land mid-way through loading and layout


async def test_resize_storm_while_loading(tmp_path: Path) -> None:
    for n in range(30):
        _long_article(tmp_path, f"article-{n:02}.md", blocks=40)
    long_article = _long_article(tmp_path, "zz-long.md", blocks=1500)
    sizes = [(1, 1), (200, 60), (20, 5), (3, 80), (120, 2), (80, 24)] * 8
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        # No pause first: the storm lands while the library and the first article load.
        await _storm(app, sizes)
        app.open_article(app.library.by_id("zz-long"))
        await _storm(app, [*reversed(sizes), (100, 30)])
        # Loading and layout finish when they finish (later under load): wait for what shows.
        await wait_until(pilot, lambda: app.screen.size == Size(100, 30)
                         and len(app.library.articles) == 31
                         and "Un long article" in visible_text(app),
                         "the whole library, and the long article laid out at 100x30")
        assert app.is_running and app.size == Size(100, 30)
        assert app.current is not None and app.current.path == long_article
        await pilot.press("G")
        await wait_until(pilot, lambda: "Paragraphe 1499" in visible_text(app),
                         "the end of the long article shown")


async def test_position_is_kept_across_a_restart_at_another_size(long_article: Path) -> None:
    first = ReaderApp([long_article])
    async with first.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        first.query_one(ArticleView).go_to_block(150)
        await settle(pilot, 3)
        assert first.query_one(ArticleView).first_visible() == 150
    second = ReaderApp([long_article])
    async with second.run_test(size=(40, 12)) as pilot:
        await settle(pilot, 3)
        assert second.query_one(ArticleView).first_visible() == 150


async def test_position_is_kept_by_block_across_a_resize(long_article: Path) -> None:
    app = ReaderApp([long_article])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        view.go_to_block(150)
        await settle(pilot, 3)
        assert view.first_visible() == 150
        tops = []
        for size in [(40, 12), (160, 50)]:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            # What would be saved as the reading place, as well as what is shown.
            saved = app.state.article(app.current.path.resolve(), app.current.digest).block
            tops.append((size, view.first_visible(), saved))
        assert tops == [(size, 150, 150) for size, _, _ in tops]


# ---- real terminals ------------------------------------------------------------------------

ACCENTS = "Été à Paris : ça coûte cher, dit l'élève."


@dataclass
class Run:
    term: Terminal
    status: int | None
    settled: int = 0  # how many bytes the reader had written when the storm's resizes were handled


VARIANTS = {
    "no-color": {"NO_COLOR": "1"},
    "term-dumb": {"TERM": "dumb"},
    "lang-c": {"LANG": "C", "LC_ALL": "C", "LC_CTYPE": "C"},
    "resize-storm": {},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    """The real reader under each variant, all at once (the machine has two cores to share)."""
    root = tmp_path_factory.mktemp("terminals")
    library = root / "library"
    library.mkdir()
    (library / "a.md").write_text(f"# Accents\n\n{ACCENTS}\n", encoding="utf-8")
    _long_article(library, "b.md", blocks=300)
    terms = {}
    for name, extra in VARIANTS.items():
        dirs = {d: root / name / d.lower() for d in DIRS}
        terms[name] = Terminal([str(library)], reader_env(dirs, **extra), size=(100, 30))
    try:
        storm = terms["resize-storm"]
        # The storm starts once Textual has switched to the alternate screen, its SIGWINCH handler
        # in place: before that a resize is only a size Textual reads when it starts (nothing is
        # stormed), and how far the interpreter had got under load decided which case a run tested.
        assert storm.wait_for_bytes(b"\x1b[?1049h", timeout=120), storm.plain[-1500:]
        for width, height in [(1, 1), (200, 60), (20, 5), (3, 40), (120, 2)] * 8:
            storm.resize(width, height)
            time.sleep(0.01)  # a drag's pace: the storm lands while the library loads
        storm.resize(90, 25)
        results = {}
        for name, term in terms.items():
            # Generous ceilings: four readers start at once on a shared two-core machine.
            painted = term.wait_for("dit l'élève.", timeout=120)
            # Move, next article, to its end.
            painted = painted and term.press_until(b"n", "Paragraphe 0 :", attempts=30)
            # Every resize was handled before the key that showed "Paragraphe 0": what the
            # reader writes from here on is laid out for the last size.
            settled = len(term.output)
            painted = painted and term.press_until(b"G", "Paragraphe 299", attempts=30)
            results[name] = Run(term, term.quit() if painted else None, settled)
        yield results
    finally:
        for term in terms.values():
            term.close()


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_real_terminal_variant_runs_and_quits(runs: dict[str, Run], variant: str) -> None:
    run = runs[variant]
    assert run.status == 0, run.term.plain[-3000:]
    assert "Traceback" not in run.term.plain
    assert ACCENTS in run.term.plain  # UTF-8 text intact even under LANG=C


def _hues(output: bytes) -> set[str]:
    """The colours in the SGR sequences of `output` that are not a shade of grey."""
    found: set[str] = set()
    for params in re.findall(rb"\x1b\[([0-9;]*)m", output):
        codes = [int(p) for p in params.split(b";") if p]
        i = 0
        while i < len(codes):
            code = codes[i]
            if code in (38, 48) and i + 1 < len(codes) and codes[i + 1] == 5:
                n = codes[i + 2]
                cube = n - 16
                grey = (n in (0, 7, 8, 15) or n >= 232
                        or (0 <= cube < 216 and cube // 36 == cube // 6 % 6 == cube % 6))
                if not grey:
                    found.add(f"{code};5;{n}")
                i += 3
            elif code in (38, 48) and i + 1 < len(codes) and codes[i + 1] == 2:
                r, g, b = codes[i + 2 : i + 5]
                if not r == g == b:
                    found.add(f"{code};2;{r};{g};{b}")
                i += 5
            else:
                if 31 <= code <= 36 or 41 <= code <= 46 or 91 <= code <= 96 or 101 <= code <= 106:
                    found.add(str(code))
                i += 1
    return found


def test_no_color_writes_only_shades_of_grey(runs: dict[str, Run]) -> None:
    # Textual honours NO_COLOR by rendering in monochrome: greys for contrast, no hue.
    assert _hues(runs["term-dumb"].term.output)  # the check does see colours
    assert _hues(runs["no-color"].term.output) == set()


def test_resize_storm_ends_at_the_last_size(runs: dict[str, Run]) -> None:
    # The frames after the storm are laid out for 90 columns: Textual moves the cursor to column
    # 90 at most. (Not "the last 20,000 bytes": how much was written after the storm varies.)
    run = runs["resize-storm"]
    after = run.term.output[run.settled:]
    assert "Paragraphe 299" in plain_text(after)
    columns = [int(c) for c in re.findall(rb"\x1b\[\d+;(\d+)H", after)]
    assert columns and max(columns) <= 90
