"""Contrast of what the app actually draws around the article, in every theme it offers.

Colours are read from the rendered segments of a Pilot run (what the terminal gets), not from
the theme files: the TCSS, component classes and Textual's own widgets all have their say. Every
text cell outside the article view must read at 4.5:1 (WCAG AA) on its background: library rows
selected and not, focused and not, the header, footer, legend, find bar, library filter, the
translation status line, the mentions and links panels, help and the confirm dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import ColorType
from textual.color import Color
from textual.geometry import Region

from reader.paths import seeds_dir
from reader.ui.app import ReaderApp
from reader.ui.theme_commands import all_theme_names
from reader.ui.themes import contrast
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.library import LibraryList
from reader.ui.widgets.translation import TranslationStatus

AA = 4.5
# Drawn with the terminal's own palette: the colours are whatever the terminal says.
ANSI_THEMES = {"ansi-dark", "ansi-light"}


def low_contrast(app: ReaderApp, inside: Region | None = None,
                 outside: Region | None = None) -> list[str]:
    """Text cells under 4.5:1 in the screen as rendered (`inside` a region, or `outside` one)."""
    problems = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            text, style = segment.text, segment.style
            start, x = x, x + len(text)
            if style is None or not any(c.isalnum() for c in text):
                continue
            if inside is not None and not inside.contains(start, y):
                continue
            if outside is not None and outside.contains(start, y):
                continue
            fg, bg = style.color, style.bgcolor
            assert fg is not None and bg is not None, (text, style)
            assert fg.type in (ColorType.TRUECOLOR, ColorType.EIGHT_BIT), (text, style)
            colour, ground = Color.from_rich_color(fg), Color.from_rich_color(bg)
            if style.dim:
                colour = ground.blend(colour, 0.5)
            ratio = contrast(colour, ground)
            if ratio < AA:
                problems.append(f"{text.strip()[:30]!r} {ratio:.2f}:1")
    return problems


THEMES = [name for name in all_theme_names()[0] if name not in ANSI_THEMES]
# Four runs of a few themes each, so that parallel test workers share the work.
GROUPS = [THEMES[n::4] for n in range(4)]


def test_every_offered_theme_is_measured() -> None:
    names = all_theme_names()[0]
    assert {"reader-dark", "reader-paper", "textual-dark", "nord"} <= set(names)
    assert set(names) >= ANSI_THEMES
    assert sorted(name for group in GROUPS for name in group) == sorted(THEMES)


@pytest.mark.parametrize("themes", GROUPS, ids=[f"themes-{n}" for n in range(4)])
async def test_every_pair_drawn_outside_the_article_reads_in_every_theme(
    tmp_path: Path, themes: list[str]
) -> None:
    links = tmp_path / "liens.md"
    links.write_text("# Liens\n\nVoir [l’annonce](https://exemple.fr/a) et "
                     "[la suite](https://exemple.fr/b).\n", encoding="utf-8")
    app = ReaderApp([seeds_dir(), links])
    found: dict[str, list[str]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ArticleView)
        library = app.query_one(LibraryList)

        async def look(scene: str, inside_selector: str | None = None) -> None:
            await pilot.pause()
            if inside_selector is None:
                problems = low_contrast(app, outside=view.region)
            else:
                problems = low_contrast(app, inside=app.screen.query_one(inside_selector).region)
            if problems:
                found[f"{app.theme} / {scene}"] = problems[:4]

        for name in themes:
            app.theme = name
            view.focus()
            await look("article focused, library row selected")
            library.focus()
            await look("library focused, its row selected")
            await pilot.press("j")
            await look("library focused, cursor moved")
            await pilot.press("slash")
            await look("library filter, placeholder")
            await pilot.press(*"meta")
            await look("library filter, typed")
            await pilot.press("escape")
            view.focus()
            await pilot.press("slash")
            await look("find bar, placeholder")
            await pilot.press(*"google")
            await pilot.pause(0.3)
            await look("find bar, typed and counted")
            await pilot.press("escape")
            status = app.query_one(TranslationStatus)
            status.say("No French→English model is installed. Press d to download it.")
            await look("translation status line")
            status.progress(57, 100)
            await look("translation progress")
            status.hide()
            await pilot.press("m")
            await look("mentions panel", "MentionsScreen > Vertical")
            await pilot.press("j", "j")
            await look("mentions panel, cursor moved", "MentionsScreen > Vertical")
            await pilot.press("escape", "question_mark")
            await look("help", "HelpScreen > VerticalScroll")
            await pilot.press("escape")
            app.open_article(app.library.articles[-1])
            await pilot.press("o")
            await look("links panel", "LinksScreen > Vertical")
            await pilot.press("enter")
            await look("confirm dialog", "ConfirmScreen > Vertical")
            await pilot.press("n", "escape")
            app.open_article(app.library.articles[0])
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_ansi_themes_are_drawn_in_terminal_colours() -> None:
    # Left out above for that reason only: their colours are the terminal's palette.
    from textual.theme import BUILTIN_THEMES

    from reader.ui.themes import is_ansi

    assert all(is_ansi(BUILTIN_THEMES[name]) for name in ANSI_THEMES)


@pytest.mark.parametrize("themes", GROUPS, ids=[f"themes-{n}" for n in range(4)])
async def test_the_article_s_own_text_reads_in_every_theme(
    tmp_path: Path, themes: list[str]
) -> None:
    # `$text` is "auto 87%" in Textual themes: resolved against nothing it was white, so a
    # top-level heading was near-white on the paper and solarized-light backgrounds.
    article = tmp_path / "titre.md"
    article.write_text("# Un grand titre\n\nUn paragraphe sur Mistral AI et son modèle.\n\n"
                       "## Une section\n\nEt une autre phrase.\n", encoding="utf-8")
    app = ReaderApp([article])
    found: dict[str, list[str]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        for name in themes:
            app.theme = name
            await pilot.pause()
            problems = low_contrast(app, inside=view.region)
            if problems:
                found[name] = problems[:4]
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
