"""The English column in the app, with a real (tiny) Argos model installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.paths import seeds_dir
from reader.ui.app import ReaderApp
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.translation import TranslationStatus


def status_text(app: ReaderApp) -> str:
    return str(app.query_one(TranslationStatus).query_one("Static").render())


def column(app: ReaderApp, which: str) -> dict[int, str]:
    """Block index -> text the source or translation column shows, for blocks on screen."""
    return app.query_one(ArticleView).visible_columns(which)


async def settle(app: ReaderApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_t_shows_english_level_with_each_block(installed_copy) -> None:
    app = ReaderApp()
    async with app.run_test(size=(170, 40)) as pilot:
        await settle(app, pilot)
        assert not column(app, "translation")
        await pilot.press("t")
        await settle(app, pilot)
        article = app.current
        english = column(app, "translation")
        # The copy model returns its input: each English block is its French source.
        for index, text in english.items():
            block = article.blocks[index]
            if block.kind == "paragraph":
                assert text == block.text
        assert len(english) >= 5
        assert "all" in status_text(app) and "translated" in status_text(app)
        # Side by side: each source block and its translation start on the same line.
        view = app.query_one(ArticleView)
        assert not view.has_class("interleaved")
        for index in range(6):
            lines = view.block_lines(index)
            source = view.block_lines(index, "source")
            translation = view.block_lines(index, "translation")
            assert source[0] in lines[0] and translation[0] in lines[0]
            assert len(lines) == max(len(source), len(translation))
        await pilot.press("v")  # side by side -> English only
        await pilot.pause()
        assert not column(app, "source")
        await pilot.press("v")  # -> original
        await pilot.pause()
        assert not column(app, "translation")


async def test_narrow_terminal_interleaves(installed_copy) -> None:
    app = ReaderApp()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("t")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.has_class("interleaved")
        lines = view.block_lines(0)
        source = view.block_lines(0, "source")
        translation = view.block_lines(0, "translation")
        # Interleaved: the block's French lines, then its English ones under them.
        assert [line.strip() for line in lines] == [*source, *translation]


async def test_reopening_uses_the_cache_without_loading_the_model(
    installed_copy, monkeypatch
) -> None:
    first = ReaderApp()
    async with first.run_test(size=(170, 40)) as pilot:
        await pilot.press("t")
        await settle(first, pilot)
        expected = column(first, "translation")

    import reader.translation as translation

    def no_model_loading(*args, **kwargs):
        raise AssertionError("the model was loaded although every block is cached")

    monkeypatch.setattr(translation, "shared_translator", no_model_loading)
    second = ReaderApp()  # remembers the translation view
    async with second.run_test(size=(170, 40)) as pilot:
        await settle(second, pilot)
        assert column(second, "translation") == expected
        assert "all" in status_text(second)


async def test_switching_article_cancels_and_never_mixes_articles(installed_copy) -> None:
    app = ReaderApp()
    async with app.run_test(size=(170, 40)) as pilot:
        await pilot.press("t", "n", "n")
        await settle(app, pilot)
        article = app.current
        assert article.id == sorted(p.stem for p in seeds_dir().glob("*.md"))[2]
        english = column(app, "translation")
        assert english
        for index, text in english.items():
            if article.blocks[index].kind == "paragraph":
                assert text == article.blocks[index].text
        assert set(app.query_one(ArticleView).translations) <= set(range(len(article.blocks)))


async def test_keys_keep_working_while_translating(installed_copy) -> None:
    app = ReaderApp()
    async with app.run_test(size=(170, 40)) as pilot:
        await pilot.press("t", "j", "j", "question_mark")
        assert app.screen.__class__.__name__ == "HelpScreen"
        await pilot.press("escape")
        await settle(app, pilot)


async def test_without_a_model_the_pane_explains_and_d_downloads(
    package_server, copy_package: Path, monkeypatch
) -> None:
    package_server.serve_index({"translate-fr_en-1_0.argosmodel": copy_package})
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    app = ReaderApp()
    async with app.run_test(size=(170, 40)) as pilot:
        await pilot.press("t")
        await settle(app, pilot)
        assert "No French→English model is installed · d downloads it" in status_text(app)
        assert not column(app, "translation")  # no row of empty placeholders
        await pilot.press("d")
        # The download and install run in a worker started a moment after the key: under load
        # two settles could end before it began. Wait for what the user is told.
        await wait_for(pilot, lambda: any("Installed" in str(n.message)
                                          for n in app._notifications), "Installed said")
        await settle(app, pilot)
        english = column(app, "translation")
        assert english and "translated" in status_text(app)


async def test_an_english_article_is_not_translated(installed_copy, tmp_path: Path) -> None:
    page = tmp_path / "english.md"
    page.write_text(
        "# OpenAI ships a new model\n\nThe company said on Tuesday that the new model is "
        "faster and cheaper than the previous one, and that developers can use it today.\n"
    )
    app = ReaderApp([page])
    async with app.run_test(size=(170, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        assert "in English already" in status_text(app)


@pytest.mark.parametrize("width", [170])
async def test_mentions_highlighted_in_english_column(installed_copy, width: int) -> None:
    app = ReaderApp()
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.press("t")
        await settle(app, pilot)
        styled = set(app.query_one(ArticleView).block_spans(0, "translation"))
        assert ("Apple", ".mention--company") in styled
        assert ("Meta", ".mention--company") in styled


async def test_a_long_article_is_translated_once_it_is_parsed(
    installed_copy, tmp_path: Path
) -> None:
    # `t` pressed as the long article opens, before its parse is done: the translation waits
    # for the whole article (it needs every block) and then fills the first screen.
    (tmp_path / "a.md").write_text("# Court\n\nUn article.\n", encoding="utf-8")
    paragraphs = [f"Paragraphe {n} : un texte assez long pour remplir la page, encore."
                  for n in range(800)]
    (tmp_path / "long.md").write_text("# Long\n\n" + "\n\n".join(paragraphs) + "\n",
                                      encoding="utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(170, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "t")
        view = app.query_one(ArticleView)
        english: dict[int, str] = {}
        for _ in range(150):  # the whole article is not waited for, only the first screen
            await pilot.pause(0.1)
            english = column(app, "translation")
            if len([t for t in english.values() if t.startswith("Paragraphe")]) >= 5:
                break
        assert not view.parsing
        blocks = app.current.blocks
        assert len([i for i, t in english.items() if t == blocks[i].text]) >= 5


TABLE_ARTICLE = """# Levées de fonds

| Entreprise | Modèle | Montant |
|---|---|--:|
| Mistral AI | Le Chat | 600 M€ |
| Anthropic | Claude | 4 G$ |
"""


async def wait_for(pilot, condition, what: str, steps: int = 1200) -> None:
    for _ in range(steps):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


async def test_a_tables_english_is_drawn_as_a_table(installed_copy, tmp_path: Path) -> None:
    # It was one run of cells joined by bars ("Entreprise│Modèle│Montant ...") beside the
    # French grid. The copy model gives back its input, so the English grid is the French one.
    page = tmp_path / "levees.md"
    page.write_text(TABLE_ARTICLE, encoding="utf-8")
    app = ReaderApp([page])
    async with app.run_test(size=(170, 40)) as pilot:
        await pilot.press("t")
        view = app.query_one(ArticleView)
        await wait_for(pilot, lambda: 1 in view.translations, "the table translated")
        await pilot.pause()
        french = ["Entreprise │ Modèle  │ Montant", "───────────┼─────────┼────────",
                  "Mistral AI │ Le Chat │  600 M€", "Anthropic  │ Claude  │    4 G$"]
        lines = view.block_lines(1)
        # Side by side: each line holds a French row and, in the English column, the same row.
        assert [line.count(row) for line, row in zip(lines, french, strict=True)] == [2] * 4
        assert [line.strip() for line in view.block_lines(1, "translation") if line.strip()] == [
            "Entreprise Modèle Montant", "Mistral AI Le Chat 600 M€", "Anthropic Claude 4 G$"]
        await pilot.press("v")  # English only
        await pilot.pause()
        assert [line.strip() for line in view.block_lines(1)] == french
        # A find marks its match inside an English cell (offsets counted in the whole English).
        await pilot.press("slash", *"claude", "enter")
        await wait_for(pilot, lambda: any(
            text == "Claude" and "search" in style
            for text, style in view.block_spans(1, "translation")), "Claude marked")
