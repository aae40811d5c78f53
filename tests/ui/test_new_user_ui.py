"""A new user's walk of the app (fresh state): what the screen says, and what it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.widgets.translation import TranslationStatus


def screen_lines(app: ReaderApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_without_a_model_t_says_in_one_line_how_to_get_one() -> None:
    # The whole offline recipe (file name, index address, command) took four lines of the pane;
    # `reader models list` prints it, and a failed download shows it in full.
    app = ReaderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await workers_done(app)
        await pilot.pause()
        status = app.query_one(TranslationStatus)
        assert status.region.height == 1
        lines = screen_lines(app)[status.region.y : status.region.bottom]
        region = status.region
        shown = [line[region.x : region.right].strip("▕ ") for line in lines]
        text = " ".join(shown)
        assert text == "No fr→en model · d downloads it · offline: reader models list", shown
        assert "reader models list" in text
        assert "`" not in text  # Markdown is not read in the pane: backticks would show as such


async def test_a_refused_link_shows_its_text_and_is_no_link(tmp_path: Path) -> None:
    from reader.ui.widgets.article import ArticleView

    page = tmp_path / "liens.md"
    page.write_text("Voir [local](file:///etc/passwd) ou [js](javascript:alert(1)).\n",
                    encoding="utf-8")
    app = ReaderApp([page])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.query_one(ArticleView).visible_blocks() == ["Voir local ou js."]
        assert "[local](" not in "\n".join(screen_lines(app))
        await pilot.press("o")  # the links list has nothing to open
        await pilot.pause()
        assert "file:" not in "\n".join(screen_lines(app))
        assert "javascript:" not in "\n".join(screen_lines(app))


async def test_an_unknown_config_theme_is_reported_when_the_app_chose_another() -> None:
    from reader.settings import config_path
    from reader.storage import StateStore

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('theme = "nope"\n', encoding="utf-8")
    state = StateStore()
    state.load()
    state.set_view("theme", "solarized-dark")
    assert state.save()
    app = ReaderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "solarized-dark"
        said = [str(n.message) for n in app._notifications]
        assert any("theme 'nope' is not a known theme (ignored)" in m for m in said), said


async def test_a_local_html_page_opens_as_its_article_not_its_source(tmp_path: Path) -> None:
    from reader.ui.widgets.article import ArticleView

    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html lang='fr'><head><title>Onglet</title></head><body><article>"
        "<h1>Apple et Meta discutent</h1><p>Apple et Meta explorent une collaboration autour "
        "des modèles Llama, selon plusieurs sources proches du dossier.</p></article></body>"
        "</html>", encoding="utf-8")
    app = ReaderApp([page])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.current is not None and app.current.title == "Apple et Meta discutent"
        shown = app.query_one(ArticleView).visible_blocks()
        assert shown[0] == "Apple et Meta discutent"
        assert "<" not in "\n".join(screen_lines(app))


async def test_english_only_without_a_model_shows_the_french_not_a_blank_page() -> None:
    app = ReaderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first_words = " ".join(app.current.blocks[1].text.split()[:4])
        await pilot.press("v", "v")
        await workers_done(app)
        await pilot.pause()
        view = app.article_view
        assert view.mode == "english"
        shown = "\n".join(screen_lines(app)[view.region.y : view.region.bottom])
        assert first_words in " ".join(shown.split()), shown
        assert "done" not in str(app.sub_title)
        assert "d downloads it" in " ".join(screen_lines(app))
    # The next launch restores the English-only view: it still shows the French.
    again = ReaderApp()
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await workers_done(again)
        await pilot.pause()
        view = again.article_view
        assert view.mode == "english"
        shown = "\n".join(screen_lines(again)[view.region.y : view.region.bottom])
        assert first_words in " ".join(shown.split()), shown


async def test_letters_typed_right_after_slash_go_into_the_find() -> None:
    # A burst, as a fast typist or tmux send-keys gives it: no pause for the field to appear.
    from textual import events
    from textual.widgets import Input

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        burst = [events.Key("slash", "/")] + [events.Key(char, char) for char in "gemini"]
        for event in burst:
            app._driver.send_message(event)
        await pilot.pause()
        await pilot.pause(0.3)
        field = app.query_one("#find-input", Input)
        assert field.value == "gemini"
        assert app.screen is app.screen_stack[0]  # `m` opened no mentions panel
        assert any("of" in line and "Gemini" not in line for line in screen_lines(app))
        await pilot.press("escape")
        await pilot.pause()
        assert app.article_view.find_query is None


async def test_a_short_article_is_read_once_the_reader_pages_past_its_end(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Court\n\nMistral AI publie un modèle.\n", "utf-8")
    (tmp_path / "b.md").write_text("# Autre\n\nOpenAI publie un modèle.\n", "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "2 unread" in " ".join(screen_lines(app))
        await pilot.press("space")
        await pilot.pause()
        assert "1 unread" in " ".join(screen_lines(app))
        await pilot.press("n")  # the next article: G reads it too
        await pilot.pause()
        assert app.current.title == "Autre"
        await pilot.press("G")
        await pilot.pause()
        assert "0 unread" in screen_lines(app)[1], screen_lines(app)[1]


async def test_a_link_with_no_browser_to_open_it_says_so(monkeypatch) -> None:
    import webbrowser

    asked: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0: asked.append(url) or False)
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_url("https://example.org/article")
        await pilot.pause()
        assert asked == ["https://example.org/article"]
        said = [str(n.message) for n in app._notifications]
        assert any(note.startswith("No web browser found to open it") for note in said), said


async def test_the_header_keeps_the_reading_progress_after_a_resize() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "min left" in screen_lines(app)[0]
        await pilot.press("tab")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert "min left" in screen_lines(app)[0], screen_lines(app)[0]
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert "min left" in screen_lines(app)[0], screen_lines(app)[0]


async def test_a_short_article_is_read_once_shown_whole_for_a_moment_or_left(
        tmp_path: Path) -> None:
    # It showed "100% · done" but stayed unread: with nothing to scroll, no scroll to its end.
    from reader.ui.main import SEEN_WHOLE

    for name, title in (("a", "Court"), ("b", "Autre"), ("c", "Dernier")):
        (tmp_path / f"{name}.md").write_text(f"# {title}\n\nMistral AI publie un modèle.\n")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = app.current
        assert "3 unread" in screen_lines(app)[1], screen_lines(app)[1]
        await pilot.press("n")  # left for another one at once: the first was read whole
        await pilot.pause()
        assert app.is_read(first) and not app.is_read(app.current)
        assert "2 unread" in screen_lines(app)[1], screen_lines(app)[1]
        await pilot.pause(SEEN_WHOLE + 0.3)  # shown whole for a moment
        assert "1 unread" in screen_lines(app)[1], screen_lines(app)[1]
        await pilot.press("r")  # marked unread by hand: stays unread while shown
        await pilot.pause(SEEN_WHOLE + 0.3)
        assert not app.is_read(app.current)


async def test_footer_keys_that_do_not_fit_are_dropped_whole() -> None:
    # At 80 columns the last key was cut under the palette key: "t E▏^p palette" with the
    # library focused, a stray "d" in the last column with the download key.
    app = ReaderApp()
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        await workers_done(app)
        for size, focus in (((80, 24), "l"), ((80, 24), "l"), ((100, 24), None), ((86, 24), "t")):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            if focus:
                await pilot.press(focus)
                await workers_done(app)
                await pilot.pause()
            keys = list(app.screen.query("FooterKey"))
            palette = next(k for k in keys if k.has_class("-command-palette"))
            line = screen_lines(app)[-1]
            shown = [k for k in keys if k is not palette and k.display and k.region.width]
            assert shown, line
            for key in shown:
                assert key.region.right <= palette.region.x, (size, line)
                label = f"{key.key_display} {key.description}"
                assert label in line, (size, line)
            assert line.rstrip().endswith("▏^p palette"), (size, line)


async def test_library_rows_and_title_drop_whole_fields_never_a_letter(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # At 120 columns: "2025-06-30 · Actu IA Test · s" ("summary only"), "… · f" (fr), a title
    # line "12 articles · 1 new · 10 unre…", and a wrapped title starting ": Découvrez…".
    from reader.ui import main

    # (the short first article is read once shown whole 2 s, which a loaded machine lets pass
    # before the first look: "11 unread")
    monkeypatch.setattr(main, "SEEN_WHOLE", 600.0)
    for n in range(12):
        (tmp_path / f"a{n:02}.md").write_text(
            "---\ntitle: Meta secoue le monde de l’IA : Découvrez pourquoi l’entreprise\n"
            "date: 2025-06-30\nsource: Actu IA Test\nsummary_only: true\nlang: fr\n---\n\n"
            "Meta publie un modèle.\n", "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        library = app.query_one("LibraryList")
        region = library.region
        lines = [line[region.x : region.right] for line in screen_lines(app)]
        text = "\n".join(lines)
        title = next(line for line in lines if " articles · " in line)
        assert "12 unread" in title and "↓" in title, title
        rows = [line.strip("▕▏ ●") for line in lines[region.y : region.bottom]]
        metas = [row for row in rows if row.startswith("2025-06-30")]
        assert metas, text
        for row in metas:
            last = row.split(" · ")[-1]
            assert last in ("2025-06-30", "Actu IA Test", "summary only", "fr"), row
        assert not any(row.startswith(":") for row in rows), text
        library.new_count = 1  # as a feed refresh sets it: the line no longer fits whole
        await pilot.pause()
        # Both counts and the sort, in the short form (the first article may be read by now).
        title = screen_lines(app)[region.y][region.x : region.right]
        assert re.search(r"\b1[12] unread of 12 · 1 new · ↓id ", title), title


async def test_the_header_says_done_for_an_empty_article_and_never_100_with_minutes_left(
        tmp_path: Path) -> None:
    from reader.ui.widgets.header import progress_line

    (tmp_path / "a.md").write_text("\n", "utf-8")  # no blocks at all
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        header = screen_lines(app)[0]
        assert "100% · done" in header and "min left" not in header, header
    # 199,000 of 200,000 words read: the header said "100% · 4 min left".
    assert progress_line(0.995, 1000) == " 99% · 4 min left"


async def test_v_without_a_model_says_the_french_is_shown(tmp_path: Path) -> None:
    # The toast said "English" while the pane still showed French.
    app = ReaderApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await workers_done(app)
        await pilot.press("v", "v")
        await pilot.pause()
        await workers_done(app)
        said = [str(n.message) for n in app._notifications]
        assert said and said[-1].startswith("English · no model installed"), said


async def test_an_empty_article_seen_and_left_is_read(tmp_path: Path) -> None:
    # The walk: an empty .md stayed "● unread" after it was viewed and left.
    (tmp_path / "a.md").write_text("", "utf-8")
    (tmp_path / "b.md").write_text("# Autre\n\nOpenAI publie un modèle.\n", "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        if app.current.path.name != "a.md":
            await pilot.press("p" if app.current.path.name == "b.md" else "n")
            await pilot.pause()
        empty = app.current
        assert empty.path.name == "a.md" and not app.is_read(empty)
        await pilot.press("n")
        await pilot.pause()
        assert app.current is not empty and app.is_read(empty)
