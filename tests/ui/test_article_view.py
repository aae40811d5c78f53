"""What the article view must draw right, read from the screen (issue 12's list).

Each test reads the cells the app draws (the compositor's lines) or their styles, so it holds for
any way of building the view.
"""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.widgets.article import SEARCH_DELAY, ArticleView


def _article_strips(app: ReaderApp):
    """The screen's lines over the article pane, cut to its width."""
    region = app.query_one("#article").region
    strips = app.screen._compositor.render_strips()
    return [strip.crop(region.x, region.right) for strip in strips[region.y : region.bottom]]


def screen_lines(app: ReaderApp) -> list[str]:
    return [strip.text for strip in _article_strips(app)]


def cells(app: ReaderApp, words: str) -> list[tuple[str, Style]]:
    """(text, style) of the segments of the first article line holding `words`."""
    for strip in _article_strips(app):
        if words in strip.text:
            return [(s.text, s.style) for s in strip if s.text.strip() and s.style]
    raise AssertionError(f"{words!r} not on screen: {screen_lines(app)!r}")


def style_of(app: ReaderApp, text: str) -> Style:
    for strip in _article_strips(app):
        for segment in strip:
            if segment.text == text and segment.style is not None:
                return segment.style
    raise AssertionError(f"no segment {text!r} in {[list(s) for s in _article_strips(app)]!r}")


def row_of(app: ReaderApp, words: str) -> int:
    return next(y for y, line in enumerate(screen_lines(app)) if words in line)


def article(tmp_path: Path, name: str, text: str) -> Path:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return page


MENTIONS = (
    "# Nvidia et les autres\n\nSelon la presse, OpenAI prépare GPT-4o avec Microsoft.\n\n"
    + "\n\n".join(f"Paragraphe de remplissage {n} sans aucun nom." for n in range(60))
    + "\n\nPlus bas, Anthropic publie Claude 3.5 Sonnet.\n\n"
    + "\n\n".join(f"Suite sans nom {n}." for n in range(40))
    + "\n"
)


async def test_stepping_shows_where_it_went_without_scrolling(tmp_path: Path) -> None:
    app = ReaderApp([article(tmp_path, "m.md", MENTIONS)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        before = screen_lines(app)
        await pilot.press("full_stop", "full_stop")  # Nvidia, then OpenAI: both on screen
        await pilot.pause()
        assert screen_lines(app) != before  # something on screen says where `.` went
        line = next(line for line in screen_lines(app) if "Selon la presse" in line)
        assert "▎" in line.split("Selon")[0]


async def test_after_g_stepping_starts_from_the_top(tmp_path: Path) -> None:
    app = ReaderApp([article(tmp_path, "m.md", MENTIONS)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        for _ in range(5):
            await pilot.press("full_stop")
        await pilot.press("g", "full_stop")
        await pilot.pause()
        # The first mention at or below the top: Nvidia in the heading, reversed.
        assert style_of(app, "Nvidia").reverse


async def test_a_jump_lands_a_third_down_with_context_above(tmp_path: Path) -> None:
    app = ReaderApp([article(tmp_path, "m.md", MENTIONS)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        for _ in range(5):  # Nvidia, OpenAI, GPT-4o, Microsoft, then Anthropic far below
            await pilot.press("full_stop")
        await pilot.pause()
        row = row_of(app, "Anthropic publie")
        assert 30 // 5 <= row <= 30 // 2, screen_lines(app)
        assert "Paragraphe de remplissage 59" in "\n".join(screen_lines(app)[:row])


async def test_current_match_differs_from_the_others_with_and_without_colour(
    tmp_path: Path,
) -> None:
    page = article(tmp_path, "f.md", "Une puce, une autre puce, encore une puce.\n")
    app = ReaderApp([page], theme="reader-dark")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("slash", *"puce")
        await pilot.pause(SEARCH_DELAY + 0.2)
        await pilot.press("enter")
        await pilot.pause()
        found = [style for text, style in cells(app, "encore") if text == "puce"]
        assert len(found) == 3
        current, other = found[0], found[1]
        # Without colour: other matches are reversed; the current one is bold and underlined.
        assert other.reverse and not other.bold
        assert current.bold and current.underline and not current.reverse
        assert current.bgcolor != other.bgcolor


async def test_without_colour_each_mark_has_its_own_text_style(tmp_path: Path) -> None:
    page = article(
        tmp_path, "s.md",
        "Selon [la presse](https://example.org), OpenAI prépare GPT-4o.\n",
    )
    app = ReaderApp([page], theme="reader-mono")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        for _ in range(200):  # the matcher is built after the first paint; slow under load
            if app.query_one(ArticleView).matcher_ready:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        company, model = style_of(app, "OpenAI"), style_of(app, "GPT-4o")
        link = style_of(app, "la presse")
        flags = [
            (bool(s.bold), bool(s.italic), bool(s.underline), bool(s.reverse))
            for s in (company, model, link)
        ]
        assert len(set(flags)) == 3, flags
        # The current block is marked in the margin (a glyph, not a colour).
        assert "▎" in next(line for line in screen_lines(app) if "Selon" in line)


async def test_side_by_side_at_120_columns_with_the_library_hidden(tmp_path: Path) -> None:
    page = article(tmp_path, "p.md", "Premier paragraphe de l'article.\n")
    app = ReaderApp([page])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("l", "t")  # the library hidden, the English pane on
        await workers_done(app)
        await pilot.pause()
        app.query_one("#article").set_translations({0: "First paragraph of the article."})
        await pilot.pause()
        line = next(line for line in screen_lines(app) if "Premier paragraphe" in line)
        assert "First paragraph of the article." in line


async def test_lists_quotes_and_code_are_laid_out(tmp_path: Path) -> None:
    page = article(
        tmp_path, "l.md",
        "- un\n- deux\n\n  ```\n  code sous deux\n  ```\n\nAprès la liste.\n\n"
        "> cité\n>\n> > plus profond\n\n"
        "- ```\n  code d'abord\n  ```\n\n"
        "```\n" + "une ligne de code qui ne se coupe pas " * 4 + "\n```\n\n"
        "| nom | nombre |\n|:--|--:|\n| a | 1 |\n| bb | 22 |\n",
    )
    app = ReaderApp([page])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.3)
        lines = [line.rstrip() for line in screen_lines(app)]
        deux = row_of(app, "• deux")
        bullet = lines[deux].index("•")
        code = lines[deux + 1].index("code sous deux")
        assert code > bullet + 1  # the code sits under its item's text
        after = row_of(app, "Après la liste.")
        assert lines[after - 1].strip() == ""  # a blank line after the list
        assert "│ │ plus profond" in lines[row_of(app, "plus profond")]
        assert "• " in lines[row_of(app, "code d'abord")]  # the item keeps its bullet
        assert sum("une ligne de code" in line for line in lines) == 1  # not wrapped
        # The right-aligned column ends its numbers in the same cell.
        twenty_two = next(line for line in lines if line.endswith("22"))
        one = next(line for line in lines if line.endswith(" 1"))
        assert len(twenty_two) == len(one)
        assert twenty_two.index("bb") == one.index("a ")


async def test_w_shows_a_wide_table_at_full_width(tmp_path: Path) -> None:
    cell = "une cellule bien trop longue pour la colonne de lecture"
    page = article(tmp_path, "t.md", f"| a | b |\n|---|---|\n| {cell} | {cell} |\n")
    app = ReaderApp([page])
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause(0.3)
        assert not any(cell in line for line in screen_lines(app))  # fitted: cells wrap
        await pilot.press("w")
        await pilot.pause()
        row = next(line for line in screen_lines(app) if "une cellule" in line)
        assert cell in row  # the first cell whole on one line
        await pilot.press("end")
        await pilot.pause()
        for _ in range(60):
            await pilot.press("right")
        await pilot.pause()
        assert any(line.rstrip().endswith("lecture") for line in screen_lines(app))
