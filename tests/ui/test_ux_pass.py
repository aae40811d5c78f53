"""Issue 10 in the app: what a new user tripped over outside the article view."""

from __future__ import annotations

from pathlib import Path

from reader.paths import seeds_dir
from reader.storage import StateStore
from reader.ui.app import ReaderApp
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.library import LibraryList
from reader.ui.widgets.translation import TranslationStatus


def screen_lines(app: ReaderApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_find_shows_what_is_typed() -> None:
    app = ReaderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"google")
        await pilot.pause(0.3)
        bar = [line for line in screen_lines(app) if "match" in line]
        assert len(bar) == 1 and "google" in bar[0], screen_lines(app)[-4:]
        await pilot.press("escape", "tab", "slash", *"meta")
        await pilot.pause()
        assert any(line.lstrip().startswith("meta") for line in screen_lines(app)[:3])


async def test_narrow_library_enter_shows_the_article_and_keeps_the_place() -> None:
    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("l", "j", "enter")
        await pilot.pause()
        library = app.query_one(LibraryList)
        assert app.current is library.articles[1]
        assert library.region.width == 0 or not library.display or not library.is_on_screen \
            or not app.screen.has_class("library-shown")
        # The article's first words are on screen, the header says the top of it.
        assert any(app.current.title[:20] in line for line in screen_lines(app)[1:])
        assert app.sub_title.strip().startswith("0%")
        await pilot.press("space")
        await pilot.pause()
        assert not app.sub_title.strip().startswith("0%")


async def test_header_keeps_title_and_progress_at_100_columns() -> None:
    app = ReaderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for _ in range(5):
            header = screen_lines(app)[0]
            assert header.count("…") <= 1, header
            assert "% · " in header and ("min left" in header or "done" in header), header
            start = header.index(app.title[:10])
            await pilot.press("space")
            await pilot.pause()
            assert screen_lines(app)[0].index(app.title[:10]) == start  # no shift
        await pilot.press("n")
        assert app.sub_title.strip().startswith("0%")  # never the previous article's


async def test_translation_progress_keeps_its_percent_sign() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        status = app.query_one(TranslationStatus)
        status.progress(57, 100)
        await pilot.pause()
        line = next(line for line in screen_lines(app) if "Translating offline" in line)
        assert "57%" in line


async def test_help_never_wraps_into_the_key_column() -> None:
    from reader.ui.keys import help_rows

    keys = {key for _, rows in help_rows() for key, _ in rows}
    for size in ((120, 40), (60, 20), (40, 15)):
        app = ReaderApp()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            scroll = app.screen.query_one("VerticalScroll")
            for _ in range(40):
                for line in screen_lines(app):
                    if line.count("│") < 2:
                        continue
                    inner = line[line.index("│") + 1 : line.rindex("│")]
                    body = inner[2:].rstrip("▅▄▃▂▁▆▇█ ")  # after the padding, no scrollbar
                    if not body.strip():
                        continue
                    # A line is a section title, a key (two spaces in), or indented further.
                    if not body.startswith(("  ", "Everywhere", "Article", "Library",
                                            "escape, q")):
                        assert body.split()[0] in {k.split()[0] for k in keys}, (size, line)
                scroll.scroll_down(animate=False)
                await pilot.pause()


async def test_mentions_panel_at_60x20_and_40x15() -> None:
    for size in ((60, 20), (40, 15)):
        app = ReaderApp()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.press("m")
            await pilot.pause(0.3)
            text = "\n".join(screen_lines(app))
            assert "Kind" in text and "Count" in text
            assert "enter: jump" in text
            rows = app.query_one(ArticleView).mention_counts()
            await pilot.press("G")
            await pilot.pause()
            last = rows[-1][0]
            assert any(last[:12] in line for line in screen_lines(app)), (size, last)
            await pilot.press("g")
            await pilot.pause()
            assert any(rows[0][0] in line for line in screen_lines(app))


async def test_a_place_saved_by_index_and_text_lands_on_that_text(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    paragraphs = [f"Paragraphe numéro {n} avec assez de mots pour lire." for n in range(40)]
    article.write_text("# Titre\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    state = StateStore()
    state.load()
    # Saved by an older split of the file, where the paragraph was block 12, not 13.
    from reader.articles import load_article

    loaded = load_article(article)
    state.set_position(article.resolve(), loaded.digest, 12, paragraphs[12])
    state.save()
    app = ReaderApp([article])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.current.blocks[view.first_visible()].text == paragraphs[12]
        saved = app.state.article(article.resolve(), app.current.digest)
        assert saved.block == view.first_visible()
        assert any(paragraphs[12] in line for line in screen_lines(app))


def _seeds() -> list[Path]:
    return sorted(seeds_dir().glob("*.md"))


LINKS_ARTICLE = (
    "# Des liens\n\n"
    "Lire [l’annonce](https://exemple.fr/annonce) et [écrire](mailto:presse@exemple.fr).\n\n"
    "[![badge](https://ci.exemple/badge.svg)](https://ci.exemple/run) puis "
    "[la page accentuée](https://exemple.fr/été 'titre').\n"
)


async def test_links_list_opens_after_asking_and_copies_a_clean_address(tmp_path: Path) -> None:
    from reader.ui.screens.confirm import ConfirmScreen
    from reader.ui.screens.links import LinksScreen

    path = tmp_path / "liens.md"
    path.write_text(LINKS_ARTICLE, encoding="utf-8")
    app = ReaderApp([path])
    opened: list[str] = []
    app.open_url = lambda url, **_: opened.append(url)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinksScreen)
        text = "\n".join(screen_lines(app))
        for row in ("1 │ l’annonce", "https://exemple.fr/annonce", "mailto:presse@exemple.fr",
                    "[image: badge]", "https://ci.exemple/run"):
            assert row.replace(" │", "") in text.replace(" │", "").replace("  ", " ") \
                or row in text, (row, text)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert opened == ["https://exemple.fr/annonce"]
        await pilot.press("j", "enter")  # mailto: never opens
        await pilot.pause()
        assert isinstance(app.screen, LinksScreen) and len(opened) == 1
        assert any("only http and https" in str(n.message) for n in app._notifications)
        await pilot.press("G", "y")
        await pilot.pause()
        assert app.clipboard == "https://exemple.fr/%C3%A9t%C3%A9"
        await pilot.press("escape")
        assert not isinstance(app.screen, LinksScreen)


async def test_links_list_offers_a_saved_article_s_source_address(tmp_path: Path) -> None:
    from reader.ui.screens.confirm import ConfirmScreen
    from reader.ui.screens.links import LinksScreen

    path = tmp_path / "sauve.md"
    path.write_text('---\ntitle: "Un article sauvé"\nurl: "https://site.exemple/2026/ia"\n---\n\n'
                    + LINKS_ARTICLE, encoding="utf-8")
    app = ReaderApp([path])
    opened: list[str] = []
    app.open_url = lambda url, **_: opened.append(url)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinksScreen)
        lines = screen_lines(app)
        source = next(i for i, line in enumerate(lines) if "Source of this article" in line)
        # The panel's rows sit inside its border; the article behind shows its links too.
        first = next(i for i, line in enumerate(lines) if "│" in line and "l’annonce" in line)
        assert "https://site.exemple/2026/ia" in lines[source] and source < first
        await pilot.press("enter")  # the source comes first: enter asks, then opens it
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert opened == ["https://site.exemple/2026/ia"]


async def test_library_title_line_says_count_filter_unread_and_sort() -> None:
    app = ReaderApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        library = app.query_one(LibraryList)

        def title() -> str:
            return screen_lines(app)[1][: library.region.width]

        assert "5 articles · 5 unread · by id" in title()
        await pilot.press("r", "s")
        await pilot.pause()
        assert "5 articles · 4 unread · ↓title" in title()
        await pilot.press("tab", "slash", *"google")
        await pilot.pause()
        assert "of 5 · filter “google”" in screen_lines(app)[2]


async def test_title_sort_ignores_accents() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        titles = [a.title for a in app.query_one(LibraryList).articles]
        assert titles.index(next(t for t in titles if t.startswith("Ça"))) < titles.index(
            next(t for t in titles if t.startswith("Meta")))


async def test_mention_filter_notice_says_one_article_mentions() -> None:
    from reader.ui.screens.mentions import MentionChoice

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "n")
        app.main_screen._mention_chosen(MentionChoice("Llama 2", "model", "filter"))
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        count = len(app.query_one(LibraryList).articles)
        expected = "1 article mentions" if count == 1 else f"{count} articles mention"
        assert any(m.startswith(f"Library: {expected} Llama 2") for m in messages), messages
