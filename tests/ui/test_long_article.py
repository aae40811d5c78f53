"""A long article shows its first screen before it is parsed whole, and nothing else changes.

Past `articles.LAZY_CHARS` an article's Markdown is parsed a piece at a time: the first screen
from its first pieces, the rest in a worker, its mentions in another. `G`, a find and the
mention keys pressed before then wait for the whole article (the tests stop the worker, so the
keys always come first), and every count and place is the one the whole article gives.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from workers import workers_done

from reader import document
from reader.articles import LAZY_CHARS
from reader.entities import find_in_blocks
from reader.ui.app import ReaderApp
from reader.ui.widgets.article import SEARCH_DELAY, ArticleView
from ui.test_article_view import screen_lines

PARAGRAPHS = 1500


def write_long(folder: Path) -> Path:
    paragraphs = [
        f"Paragraphe {n} : le texte suit son cours, page après page, sans rien de notable "
        "à signaler ici." for n in range(PARAGRAPHS)
    ]
    paragraphs[2] = "Paragraphe 2 : Mistral AI ouvre le bal."
    paragraphs[1000] = "Paragraphe 1000 : plus loin, Anthropic publie Claude 3.5 Sonnet."
    paragraphs[-1] = f"Paragraphe {PARAGRAPHS - 1} : le mot singulier clôt l'article."
    path = folder / "long.md"
    path.write_text("# Un très long article\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    assert path.stat().st_size > LAZY_CHARS * 2
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    (tmp_path / "a-court.md").write_text("# Court\n\nUn article d'une ligne.\n", encoding="utf-8")
    write_long(tmp_path)
    return tmp_path


@pytest.fixture
def no_background_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rest of the article is not parsed in the background: keys come before it is."""
    monkeypatch.setattr(ArticleView, "_parse_rest", lambda self, article: None)


async def settled(app: ReaderApp, pilot) -> None:
    await pilot.pause()
    await workers_done(app)
    await pilot.pause()


async def until(pilot, done, seconds: float = 20.0) -> None:
    """Wait for background work that starts in steps (the parse, then the mentions)."""
    for _ in range(round(seconds / 0.05)):
        if done():
            return
        await pilot.pause(0.05)
    assert done()


async def test_the_first_screen_shows_before_the_article_is_parsed(library: Path) -> None:
    app = ReaderApp([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        long = app.library.by_id("long")
        assert long is not None and not long.parsed
        app.open_article(long)
        # Drawn now, before the worker parsing the rest has run at all.
        assert not long.parsed
        lines = screen_lines(app)
        assert any("Un très long article" in line for line in lines)
        assert any(line.strip().startswith("Paragraphe 0 :") for line in lines)
        view = app.query_one(ArticleView)
        await until(pilot, lambda: not view.parsing)
        assert long.parsed
        assert view.blocks == document.parse(long.body, long.body_line)
        # The mentions, found in a worker against the whole article, are drawn.
        await until(pilot, lambda: ("Mistral AI", ".mention--company") in view.block_spans(3))
        await pilot.pause()
        # The header gives the whole article's length.
        words = sum(b.words for b in view.blocks)
        assert app.sub_title == f"  0% · {round(words / 230)} min left"


async def test_g_pressed_before_the_parse_is_done_goes_to_the_end(
    library: Path, no_background_parse: None
) -> None:
    app = ReaderApp([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("n", "G")
        await pilot.pause()
        assert app.current is not None and app.current.id == "long"
        lines = screen_lines(app)
        assert any(f"Paragraphe {PARAGRAPHS - 1} :" in line for line in lines), lines
        assert app.current.parsed


async def test_a_find_before_the_parse_is_done_searches_the_whole_article(
    library: Path, no_background_parse: None
) -> None:
    app = ReaderApp([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("n", "slash", *"singulier")
        await pilot.pause(SEARCH_DELAY + 0.2)
        await pilot.press("enter")
        await pilot.pause()
        assert str(app.query_one("#find-count").render()).strip() == "1 of 1"
        assert any("le mot singulier" in line for line in screen_lines(app))


async def test_mention_keys_before_the_parse_is_done_see_the_whole_article(
    library: Path, no_background_parse: None
) -> None:
    app = ReaderApp([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("n", "full_stop", "full_stop")
        await pilot.pause()
        # The second mention is far past the blocks parsed for the first screen.
        assert any("plus loin, Anthropic" in line for line in screen_lines(app))
        view = app.query_one(ArticleView)
        article = app.current
        assert article is not None
        found = find_in_blocks(document.parse(article.body, article.body_line))
        whole = Counter((m.canonical, m.kind) for m in found.in_order())
        assert sorted(view.mention_counts() or []) == sorted(
            (name, kind, n) for (name, kind), n in whole.items()
        )
        assert len(whole) >= 3


async def test_the_end_of_the_parsed_blocks_is_not_the_end_of_the_article(
    library: Path, no_background_parse: None
) -> None:
    app = ReaderApp([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.parsing
        view.scroll_end(animate=False, immediate=True)  # the end of the first pieces
        await pilot.pause()
        article = app.current
        assert article is not None and not app.is_read(article)
        assert view.progress() < 0.5


async def test_a_place_deep_in_a_long_article_is_kept_across_a_restart(library: Path) -> None:
    first = ReaderApp([library / "long.md"])
    async with first.run_test(size=(100, 30)) as pilot:
        await settled(first, pilot)
        first.query_one(ArticleView).go_to_block(1200)
        await settled(first, pilot)
    second = ReaderApp([library / "long.md"])
    async with second.run_test(size=(100, 30)) as pilot:
        await settled(second, pilot)
        view = second.query_one(ArticleView)
        assert view.first_visible() == 1200
        assert "Paragraphe 1199 :" in screen_lines(second)[0]
