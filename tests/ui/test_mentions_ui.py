"""Mentions in the app: highlighting by kind, the panel, stepping, and filtering the library."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.screens.mentions import MentionsScreen
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.library import LibraryList


def spans_of(app: ReaderApp, index: int) -> list[tuple[str, str]]:
    """(text, style) of the styled spans of one mounted block."""
    return app.query_one(ArticleView).block_spans(index)


async def highlights_ready(app: ReaderApp, pilot) -> None:
    """Wait for the matcher built after the first paint (the worker may not exist yet)."""
    view = app.query_one(ArticleView)
    for _ in range(200):
        await workers_done(app)
        await pilot.pause(0.05)
        if view.matcher_ready:
            break
    await pilot.pause()


def make_article(tmp_path: Path) -> Path:
    page = tmp_path / "ia.md"
    filler = "\n\n".join(f"Paragraphe de remplissage numéro {i} sans nom." for i in range(40))
    page.write_text(
        "# Nvidia et OpenAI\n\n"
        "Selon la presse, d’OpenAI et de Mistral AI viennent deux modèles : GPT-4o et Le Chat.\n\n"
        "- Meta AI arrive sur WhatsApp.\n\n"
        f"{filler}\n\n"
        "Enfin, Anthropic présente Claude 3.5 Sonnet.\n",
        encoding="utf-8",
    )
    return page


async def test_mentions_are_styled_by_kind_and_h_toggles(tmp_path: Path) -> None:
    app = ReaderApp([make_article(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        # Highlights arrive once the matcher is built in the background.
        await highlights_ready(app, pilot)
        heading = spans_of(app, 0)
        assert ("Nvidia", ".mention--company") in heading
        assert ("OpenAI", ".mention--company") in heading
        paragraph = spans_of(app, 1)
        assert ("OpenAI", ".mention--company") in paragraph  # elision: d’ left out
        assert ("Mistral AI", ".mention--company") in paragraph
        assert ("GPT-4o", ".mention--model") in paragraph
        assert ("Le Chat", ".mention--model") in paragraph
        item = spans_of(app, 2)
        assert ("Meta AI", ".mention--model") in item
        assert not any(text == "WhatsApp" for text, _ in item)
        await pilot.press("h")
        assert not any("mention" in style for _, style in spans_of(app, 1))
        assert not app.query_one("#legend").display
        await pilot.press("h")
        assert ("GPT-4o", ".mention--model") in spans_of(app, 1)


async def test_step_through_mentions_scrolls_and_emphasises(tmp_path: Path) -> None:
    app = ReaderApp([make_article(tmp_path)])
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("full_stop")
        assert ("Nvidia", ".mention--current") in spans_of(app, 0)
        for _ in range(7):  # OpenAI, OpenAI, Mistral AI, GPT-4o, Le Chat, Meta AI, Anthropic
            await pilot.press("full_stop")
        await pilot.pause()
        last = len(app.current.blocks) - 1
        assert ("Anthropic", ".mention--current") in spans_of(app, last)
        assert view.scroll_y <= view.block_top(last) < view.scroll_y + view.size.height
        await pilot.press("full_stop")
        assert ("Claude 3.5 Sonnet", ".mention--current") in spans_of(app, last)
        await pilot.press("comma", "comma")
        await pilot.pause()
        assert ("Meta AI", ".mention--current") in spans_of(app, 2)
        assert view.scroll_y <= view.block_top(2) < view.scroll_y + view.size.height
        await pilot.pause(1.7)
        assert not any("current" in style for _, style in spans_of(app, 2))


async def test_panel_jumps_and_filters_library(tmp_path: Path) -> None:
    page = make_article(tmp_path)
    other = tmp_path / "autre.md"
    other.write_text("# Autre\n\nUn texte sur Samsung et Galaxy AI, sans les autres.\n")
    app = ReaderApp([page, other])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.current.id == "autre"
        await pilot.press("n")
        assert app.current.id == "ia"
        await pilot.press("m")
        assert isinstance(app.screen, MentionsScreen)
        table = app.screen.query_one(DataTable)
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert names[0] == "OpenAI"  # the most mentioned comes first
        assert set(names) >= {"Nvidia", "Mistral AI", "GPT-4o", "Le Chat", "Meta AI", "Anthropic"}
        anthropic = names.index("Anthropic")
        for _ in range(anthropic):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, MentionsScreen)
        assert app.query_one(ArticleView).first_visible() > 10
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.query_one(ArticleView).first_visible() == 0
        await pilot.press("m", "f")
        await pilot.pause()
        library = app.query_one(LibraryList)
        assert [a.id for a in library.articles] == ["ia"]
        await pilot.press("escape")
        assert sorted(a.id for a in library.articles) == ["autre", "ia"]


async def test_library_rows_show_mention_counts(tmp_path: Path) -> None:
    app = ReaderApp([make_article(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        # The analysis starts after the first paint: wait for it, not for the workers of now.
        for _ in range(200):
            await workers_done(app)
            await pilot.pause(0.05)
            prompt = str(app.query_one(LibraryList).get_option_at_index(0).prompt)
            if "words" in prompt and "…" not in prompt:
                break
        assert "4 companies · 4 models" in prompt  # names: OpenAI is named twice


async def test_highlights_arriving_while_the_article_changes_fit_the_new_text(
    tmp_path: Path,
) -> None:
    # The matcher can be ready just as `n` opens the next article, while the first article's
    # rows are still mounted: they were drawn with the new article's mentions for the same
    # block number, which then stuck, and a mention past the end of a line crashed the app.
    (tmp_path / "a.md").write_text(
        "# Un\n\nUne phrase assez longue sur Nvidia, OpenAI, Anthropic et Mistral AI.\n",
        encoding="utf-8")
    (tmp_path / "b.md").write_text("# Deux\n\nCourt : Meta.\n", encoding="utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.matcher_ready = False  # as on a busy machine: highlights not there yet
        app.main_screen.action_next_article()  # `n`, at once: between the two lines
        view.matcher_ready = True  # they arrive before the old rows are gone
        await pilot.pause()
        await pilot.pause()
        assert app.is_running
        assert spans_of(app, 1) == [("Meta", ".mention--company")]


async def test_filter_from_the_panel_at_80_columns_shows_the_library_it_focuses(
    tmp_path: Path,
) -> None:
    page = make_article(tmp_path)
    other = tmp_path / "autre.md"
    other.write_text("# Autre\n\nUn texte sur Samsung et Galaxy AI, sans les autres.\n")
    app = ReaderApp([page, other])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        assert app.current.id == "ia"
        library = app.query_one(LibraryList)
        assert library.region.width == 0  # collapsed below 100 columns
        await pilot.press("m", "f")
        await pilot.pause()
        # The filtered library has focus: it must be on screen, not behind the article.
        assert [a.id for a in library.articles] == ["ia"]
        assert app.focused is library and library.region.width >= 70
        await pilot.press("enter")
        await pilot.pause()
        assert library.region.width == 0 and isinstance(app.focused, ArticleView)
