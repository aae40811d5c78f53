"""Defects found walking the app as a new user (tmux, four sizes), each pinned by what is seen."""

from __future__ import annotations

import pytest
from textual.widgets import Footer
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.screens.partnership_map import PartnershipMap


@pytest.fixture(autouse=True)
def _dirs(tmp_path, monkeypatch):
    for name in ("CACHE", "STATE", "CONFIG", "DATA"):
        monkeypatch.setenv(f"READER_{name}_DIR", str(tmp_path / name.lower()))


def _footer_keys(screen) -> list[str]:
    footer = screen.query_one(Footer)
    return [key.description for key in footer.query("FooterKey")]


async def test_the_map_hides_and_refuses_keys_meant_for_the_article_behind_it() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        first = app.current
        await pilot.press("M")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        assert isinstance(app.screen, PartnershipMap)
        shown = _footer_keys(app.screen)
        assert "Close" in shown and "Help" in shown
        for hidden in ("Next", "Prev", "Library", "Mentions", "English"):
            assert hidden not in shown
        read_before = app.is_read(first)
        await pilot.press("n", "r", "l", "t")
        await pilot.pause()
        # Nothing happened out of sight: same article, same read mark, still on the map.
        assert app.current is first
        assert app.is_read(first) == read_before
        assert app.article_view.mode == "original"
        assert isinstance(app.screen, PartnershipMap)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, PartnershipMap)
        await pilot.press("escape")
        await pilot.pause()
        assert "Next" in _footer_keys(app.screen)


SAVED = """---
title: "Les alliances de l'IA"
url: "https://actu.example/alliances"
source: "actu.example"
date: "2026-03-02T08:30:00Z"
lang: "fr"
---
OpenAI, Anthropic, Google, Meta, Microsoft, Nvidia, Amazon, Apple, Mistral AI et Cohere
signent des accords. Les modèles GPT-4, Claude, Gemini et Llama sont concernés. OpenAI,
Anthropic, Google, Meta et Microsoft en parlent encore.
"""


async def test_a_saved_articles_last_row_line_keeps_its_model_count() -> None:
    from reader.paths import data_dir
    from reader.ui.widgets.library import ROW_HEIGHT, LibraryList

    folder = data_dir() / "library" / "actu.example"
    folder.mkdir(parents=True)
    (folder / "2026-03-02-les-alliances-de-l-ia.md").write_text(SAVED, encoding="utf-8")
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        await pilot.pause()
        library = app.query_one(LibraryList)
        row = next(n for n, a in enumerate(library.articles) if a.title.startswith("Les alliances"))
        library.scroll_to(y=row * ROW_HEIGHT, animate=False, immediate=True)
        await pilot.pause()
        y = row * ROW_HEIGHT - round(library.scroll_y)
        last = library.render_line(y + 3).text.rstrip()
        # Both counts are there, whole; the reading time and word count give way to them.
        assert last == "  10 companies · 4 models", last


async def test_the_links_panel_of_an_article_without_links_offers_no_link_keys() -> None:
    from textual.widgets import Static

    from reader.ui.screens.links import LinksScreen

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LinksScreen)
        texts = [str(w.render()) for w in screen.query(Static)]
        assert "This article has no links." in texts
        assert not any("enter" in t or "copy" in t for t in texts), texts


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)])
async def test_evidence_columns_fit_the_box_without_scrolling_sideways(size) -> None:
    from textual.widgets import DataTable

    from reader.ui.screens.partnership_map import EvidenceScreen

    app = ReaderApp()
    async with app.run_test(size=size) as pilot:
        await workers_done(app)
        await pilot.press("M")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        await pilot.press("enter")  # the first enter shows the evidence
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        table = app.screen.query_one(DataTable)
        await pilot.pause()
        assert table.max_scroll_x == 0, (table.virtual_size.width, table.scrollable_content_region)


async def test_a_long_name_in_the_map_ends_in_an_ellipsis_not_mid_word() -> None:
    from textual.widgets import DataTable

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        await pilot.press("M")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        table = app.screen.query_one("#map-companies", DataTable)
        lines = [table.render_line(y).text for y in range(table.size.height)]
        (line,) = [t for t in lines if "Meta Superintel" in t]
        assert "Meta Superintel…" in line, line


async def test_library_counts_name_the_companies_and_models_the_mentions_panel_lists() -> None:
    from reader.ui.widgets.library import LibraryList

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.query_one(LibraryList)
        # The analysis starts after the first paint: wait for the counts to be shown.
        for _ in range(200):
            await workers_done(app)
            await pilot.pause(0.05)
            row = str(library.get_option_at_index(0).prompt).splitlines()[-1].strip()
            if "companies" in row:
                break
        await pilot.press("m")
        await pilot.pause()
        rows = app.screen._rows
        companies = sum(kind == "company" for _, kind, _ in rows)
        models = sum(kind == "model" for _, kind, _ in rows)
        # "28 companies" for an article naming six of them, 28 times, read as 28 companies.
        assert (companies, models) == (6, 4)
        assert row == "6 companies · 4 models"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_every_footer_key_is_whole_at_80_columns(size) -> None:
    app = ReaderApp()
    async with app.run_test(size=size) as pilot:
        await workers_done(app)
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        keys = [k for k in footer.query("FooterKey") if not k.has_class("-command-palette")]
        (palette,) = footer.query("FooterKey.-command-palette")
        assert "English" in [k.description for k in keys]
        # A key cut by the palette key ("t En") tells the reader nothing.
        assert all(key.region.right <= palette.region.x for key in keys), [
            (k.description, k.region, palette.region) for k in keys]


async def test_the_help_screen_pages_like_the_article() -> None:
    from textual.containers import VerticalScroll

    from reader.ui.screens.help import HelpScreen

    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one(VerticalScroll)
        await pilot.press("space")
        await pilot.pause()
        assert scroll.scroll_y > 5
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0
