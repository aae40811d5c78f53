"""Finding text: in the article (both columns), in the library, and from the palette."""

from __future__ import annotations

from pathlib import Path

from reader.ui.app import ReaderApp
from reader.ui.widgets.article import SEARCH_DELAY, ArticleView
from reader.ui.widgets.library import LibraryList


def hits_in(app: ReaderApp, index: int) -> list[tuple[str, str]]:
    spans = app.query_one(ArticleView).block_spans(index)
    return [(text, style) for text, style in spans if "search" in style]


def count_text(app: ReaderApp) -> str:
    return str(app.query_one("#find-count").render())


def library(tmp_path: Path) -> list[Path]:
    first = tmp_path / "a.md"
    first.write_text(
        "# L’État et l’IA\n\n"
        + "\n\n".join(f"Paragraphe {i} sans rien." for i in range(30))
        + "\n\nUn rapport de l'ETAT sur l’IA.\n\nEt encore un état des lieux.\n"
    )
    second = tmp_path / "b.md"
    second.write_text("# Autre sujet\n\nRien sur la politique publique ici.\n")
    return [first, second]


async def test_find_is_case_and_accent_insensitive_with_count_and_steps(tmp_path: Path) -> None:
    app = ReaderApp(library(tmp_path))
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.press(*"etat")
        await pilot.pause(SEARCH_DELAY + 0.2)  # the find runs once typing pauses
        assert count_text(app) == "3 matches"
        assert hits_in(app, 0) == [("État", ".search--hit")]
        await pilot.press("enter")
        assert count_text(app) == "1 of 3"
        assert app.focused is app.query_one(ArticleView)
        await pilot.press("n")  # next match, not next article, while the find is active
        assert app.current.id == "a"
        assert count_text(app) == "2 of 3"
        await pilot.pause()
        last = len(app.current.blocks) - 2
        assert ("ETAT", ".search--current") in hits_in(app, last)
        view = app.query_one(ArticleView)
        assert view.scroll_y <= view.block_top(last) < view.scroll_y + view.size.height
        await pilot.press("N")
        assert count_text(app) == "1 of 3"
        await pilot.press("escape")
        assert app.query_one(ArticleView).find_query is None
        assert not app.query_one("#find").has_class("active")
        assert hits_in(app, 0) == []
        await pilot.press("n")  # find over: n is next article again
        assert app.current.id == "b"


async def test_find_searches_the_translation_column_too(tmp_path: Path) -> None:
    app = ReaderApp(library(tmp_path))
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.set_mode("side")
        view.set_translations({0: "The State and AI"})
        await pilot.pause()
        await pilot.press("slash", *"state")
        await pilot.pause(SEARCH_DELAY + 0.2)
        assert count_text(app) == "1 match"
        assert ("State", ".search--hit") in view.block_spans(0, "translation")


async def test_library_filter_by_title_and_text(tmp_path: Path) -> None:
    app = ReaderApp(library(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        lib = app.query_one(LibraryList)
        if app.focused is not lib:
            await pilot.press("shift+tab")
        await pilot.press("slash", *"politique")
        assert [a.id for a in lib.articles] == ["b"]  # found in the text, not the title
        await pilot.press(*["backspace"] * 9)
        await pilot.press(*"ETAT")
        assert [a.id for a in lib.articles] == ["a"]
        await pilot.press("enter")
        assert app.focused is lib
        await pilot.press("escape")
        assert [a.id for a in lib.articles] == ["a", "b"]


async def test_palette_searches_every_article_and_opens_at_the_match(tmp_path: Path) -> None:
    app = ReaderApp(library(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        assert app.current.id == "b"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"rapport de l'etat")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current.id == "a"
        block = len(app.current.blocks) - 2
        assert app.query_one(ArticleView).first_visible() <= block
        assert count_text(app) == "1 of 1"


async def test_palette_puts_a_command_the_words_name_above_articles_that_contain_them() -> None:
    # The bundled articles all say "partenariat"; "part" still names the map first.
    from textual.command import CommandPalette

    app = ReaderApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"part")
        await pilot.pause(0.8)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        lines = [strip.text for strip in palette._compositor.render_strips()]
        rows = [line.strip() for line in lines if line.strip()]
        rows = rows[next(i for i, row in enumerate(rows) if "🔎 part" in row) + 1 :]
        first = next(i for i, row in enumerate(rows) if "Partnership map" in row)
        articles = [i for i, row in enumerate(rows) if "Apple et Meta" in row]
        assert articles and first < min(articles), rows


def footer_keys(app: ReaderApp) -> list[tuple[str, str]]:
    """The keys the footer shows in full (left of the palette key): (key, what it does)."""
    keys = list(app.screen.query("FooterKey"))
    palette = next(k for k in keys if k.has_class("-command-palette"))
    return [(k.key_display, k.description) for k in keys
            if k is not palette and k.region.width and k.region.right <= palette.region.x]


async def test_the_footer_says_what_n_and_n_do_in_a_find(tmp_path: Path) -> None:
    app = ReaderApp(library(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert ("n", "Next") in footer_keys(app)
        await pilot.press("slash", *"etat")
        await pilot.pause(SEARCH_DELAY + 0.2)
        # Typing: n and N go into the field; enter goes to the first match, escape ends the find.
        assert footer_keys(app) == [("⏎", "Go"), ("esc", "End find")]
        await pilot.press("enter")
        await pilot.pause()
        shown = footer_keys(app)
        assert shown[:3] == [("n", "Next match"), ("N", "Prev match"), ("esc", "End find")]
        assert ("n", "Next") not in shown
        await pilot.press("n")
        assert count_text(app) == "2 of 3" and app.current.id == "a"
        # From the library n is the next article again; N still steps back through the find.
        app.query_one(LibraryList).focus()
        await pilot.pause()
        shown = footer_keys(app)
        assert ("n", "Next") in shown and ("N", "Prev match") in shown
        app.query_one(ArticleView).focus()
        await pilot.pause()
        # A find with no match: n and N have nothing to step to, and the footer offers neither.
        await pilot.press("slash", *["backspace"] * 4, *"zzz")
        await pilot.pause(SEARCH_DELAY + 0.2)
        await pilot.press("enter")
        await pilot.pause()
        assert count_text(app) == "no match"
        shown = footer_keys(app)
        assert ("esc", "End find") in shown
        assert not [key for key, _ in shown if key in ("n", "N")], shown
        await pilot.press("n")
        assert app.current.id == "a"  # still the find's key: the article stays
        await pilot.press("escape")
        await pilot.pause()
        shown = footer_keys(app)
        assert ("n", "Next") in shown and ("esc", "End find") not in shown


async def choose(pilot, title: str) -> None:
    """Moves the palette's highlight to the entry named `title` (providers answer in any order)."""
    from textual.command import CommandList

    options = pilot.app.screen.query_one(CommandList)
    await pilot.press("down")
    for _ in range(options.option_count):
        if title in str(options.get_option_at_index(options.highlighted).prompt):
            break
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause(0.3)


async def test_search_the_library_leaves_you_in_a_search_box(tmp_path: Path) -> None:
    # Chosen from ctrl+p, the palette used to close with a toast: "Nvidia" then went to the app
    # as keys (v toggled the view, d started a download).
    from textual.command import CommandPalette

    app = ReaderApp(library(tmp_path))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        await choose(pilot, "Search the library")
        mode = app.query_one(ArticleView).mode
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"rapport de l'etat v")
        await pilot.pause(0.5)
        assert app.query_one(ArticleView).mode == mode
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any("Words to find" in line or "rapport de l'etat" in line for line in lines)
        await pilot.press("backspace", "backspace")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        assert app.current.id == "a"
        assert count_text(app) == "1 of 1"


async def test_a_palette_hit_cuts_a_long_title_between_words_with_an_ellipsis(
    tmp_path: Path,
) -> None:
    page = tmp_path / "long.md"
    page.write_text("# Mistral AI et Nvidia s'associent pour un nouveau modèle ouvert\n\n"
                    "Le partenariat vise les développeurs européens.\n")
    app = ReaderApp([page])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"developpeurs")
        await pilot.pause(0.8)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        (hit,) = [line.strip() for line in lines if "partenariat vise" in line]
        assert hit.startswith(
            "Mistral AI et Nvidia s'associent pour un nouveau…  …partenariat vise les")
