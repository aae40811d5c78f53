"""Hostile shapes: absurd nesting, bracket floods, a 2 MB line, a 50 MB file. No text is lost."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hostile.helpers import notes, screen_text, settle, visible_text
from reader.articles import load_article
from reader.ui.app import ReaderApp
from reader.ui.widgets.article import ArticleView

SIZE = (100, 30)


async def _top_and_bottom(path: Path) -> tuple[str, str, list[str]]:
    """The article's text at the top and after G (end), and the notices, in a running app."""
    top, bottom, _, found = await _drawn(path)
    return top, bottom, found


async def _drawn(path: Path) -> tuple[str, str, str, list[str]]:
    """As `_top_and_bottom`, with the text the view draws for every block (off screen too)."""
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        top = visible_text(app)
        await pilot.press("G")
        await settle(pilot, 3)
        bottom = visible_text(app)
        assert app.is_running
        whole = "\n".join(app.query_one(ArticleView).visible_blocks(everything=True))
        return top, bottom, whole, notes(app)


@pytest.mark.parametrize(
    ("source", "first", "last"),
    [
        (">" * 10_000 + " fond du puits\n\nAprès le puits.\n", "fond du puits", "Après le puits."),
        ("- " * 2_000 + "fond de la liste\n\nAprès la liste.\n", "fond de la liste",
         "Après la liste."),
        ("1. " * 2_000 + "fond numéroté\n\nAprès les numéros.\n", "fond numéroté",
         "Après les numéros."),
        ("> - " * 1_000 + "fond mêlé\n\nAprès le mélange.\n", "fond mêlé", "Après le mélange."),
        ("".join(f"{'  ' * i}- niveau {i}\n" for i in range(60)) + "\nAprès l'escalier.\n",
         "niveau 0", "Après l'escalier."),
    ],
    ids=["quotes-10000", "lists-2000", "ordered-2000", "quote-list-1000", "lists-60-lines"],
)
async def test_deep_nesting_keeps_every_word(
    tmp_path: Path, source: str, first: str, last: str
) -> None:
    page = tmp_path / "nesting.md"
    page.write_text(source, encoding="utf-8")
    top, bottom, whole, _ = await _drawn(page)
    assert first in top
    assert last in bottom
    if "niveau 0" in first:
        # Past markdown-it's nesting limit, the deeper levels' lines are still drawn.
        assert all(f"niveau {i}" in whole for i in range(60))


async def test_fifty_thousand_open_brackets(tmp_path: Path) -> None:
    page = tmp_path / "brackets.md"
    page.write_text("[" * 50_000 + " crochets ouverts\n\nFin.\n", encoding="utf-8")
    top, bottom, whole, _ = await _drawn(page)
    assert top.startswith("[" * 100)
    assert whole.count("[") == 50_000  # every bracket drawn, over many screens
    assert "crochets ouverts" in whole and bottom.endswith("Fin.")


async def test_two_megabyte_single_line(tmp_path: Path) -> None:
    words = [f"mot{i}" for i in range(300_000)]
    line = " ".join(words)
    line = line[: 2 * 1024 * 1024]
    page = tmp_path / "line.md"
    page.write_text(line + "\n", encoding="utf-8")
    last_word = line.rsplit(" ", 1)[1]
    started = time.monotonic()
    top, bottom, found = await _top_and_bottom(page)
    assert top.startswith("mot0 mot1 mot2")
    assert bottom.endswith(last_word)
    # Shown as blocks of at most 2,000 characters, mounted as the reader goes: what is on
    # top is the line's beginning, piece after piece, and the pieces make the whole line.
    assert line.startswith(top.replace("\n", ""))
    assert "".join(block.text for block in load_article(page).blocks) == line
    assert found == []
    # A regression guard, not a benchmark: generous for a loaded 2-core machine.
    assert time.monotonic() - started < 120


async def test_fifty_megabyte_file_is_skipped_with_a_message(tmp_path: Path) -> None:
    big = tmp_path / "énorme.md"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    (tmp_path / "normal.md").write_text("# Normal\n\nUn article ordinaire.\n", encoding="utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [a.id for a in app.library.articles] == ["normal"]
        assert "Un article ordinaire." in visible_text(app)
        assert "énorme.md: too large (52.4 MB; limit 5 MB)" in " ".join(notes(app))


async def test_fifty_megabyte_file_alone_leaves_an_empty_reader_that_says_why(
    tmp_path: Path,
) -> None:
    big = tmp_path / "seul.md"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    app = ReaderApp([big])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current is None
        assert any("seul.md: too large" in note for note in notes(app))
        assert "No article to show." in screen_text(app)
        await pilot.press("j", "G", "n", "r", "m", "t")
        assert app.is_running
