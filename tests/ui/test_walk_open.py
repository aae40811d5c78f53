"""The walk's items still open after the first polish: each as the user met it."""

from __future__ import annotations

from pathlib import Path

import pytest
from workers import workers_done

from reader.ui import main
from reader.ui.app import ReaderApp


def screen_lines(app: ReaderApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_quitting_at_once_marks_a_short_article_read_but_not_a_long_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Opened, read in a second, `q`: it stayed unread (only leaving it for another counted).
    monkeypatch.setattr(main, "SEEN_WHOLE", 600.0)  # the 2 s timer never fires here
    (tmp_path / "a.md").write_text("# Court\n\nMistral AI publie un modèle.\n", "utf-8")
    long = "\n\n".join(f"Paragraphe {n} sur OpenAI et ses modèles." for n in range(80))
    (tmp_path / "b.md").write_text(f"# Long\n\n{long}\n", "utf-8")
    for opened, read in (("a", True), ("b", False)):
        app = ReaderApp([tmp_path])
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            app.open_article(app.library.by_id(opened))
            await pilot.pause()
            assert not app.is_read(app.current)
            await pilot.press("q")
        again = ReaderApp([tmp_path])
        async with again.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            assert again.is_read(again.library.by_id(opened)) is read, opened


async def test_the_palette_does_not_open_over_a_dialog_that_asks(tmp_path: Path) -> None:
    # ctrl+p over "Add a feed" opened the palette, and its "Add a feed…" stacked a second dialog.
    from textual.command import CommandPalette

    from reader.ui.screens.add_url import AddUrlScreen

    (tmp_path / "a.md").write_text("# Court\n\nMistral AI publie un modèle.\n", "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"Add a feed")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AddUrlScreen)
        depth = len(app.screen_stack)
        await pilot.press("ctrl+p", *"Add a feed")
        await pilot.pause(0.3)
        await pilot.press("enter")  # submits the dialog's own field: its error says why
        await pilot.pause()
        assert isinstance(app.screen, AddUrlScreen) and len(app.screen_stack) == depth
        assert not CommandPalette.is_open(app)
        assert app.screen.query_one("#add-url-input").value == "Add a feed"
        assert "^p palette" not in screen_lines(app)[-1], screen_lines(app)[-1]
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        await pilot.press("ctrl+p")  # on the main screen it opens as before
        await pilot.pause()
        assert CommandPalette.is_open(app)


async def test_narrowing_while_the_map_is_open_collapses_the_library_behind_it(
        tmp_path: Path) -> None:
    # Resized to 80 columns under the map: once closed, the library stayed beside the article.
    from reader.ui.screens.partnership_map import PartnershipMap

    (tmp_path / "a.md").write_text(
        "# Accord\n\nMicrosoft et OpenAI signent un partenariat.\n", "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await workers_done(app)
        assert app.query_one("#library-pane").region.width > 0
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, PartnershipMap)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert app.query_one("#library-pane").region.width == 0
        assert app.article_view.region.width >= 78, screen_lines(app)[5]
        await pilot.resize_terminal(120, 30)  # and back: side by side again
        await pilot.pause()
        assert app.query_one("#library-pane").region.width > 0


@pytest.mark.parametrize("width", [80, 60, 44])
async def test_the_mentions_hint_wraps_whole_fields_each_with_its_verb(
        tmp_path: Path, width: int) -> None:
    # At 80 columns the hint's last line was a bare "escape", saying nothing of what it does.
    from reader.ui.screens.mentions import MentionsScreen

    (tmp_path / "a.md").write_text(
        "# Accord\n\nMicrosoft et OpenAI signent un partenariat sur GPT-4o.\n", "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        await workers_done(app)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MentionsScreen)
        hint = app.screen.query_one(".hint")
        region = hint.region
        lines = [line[region.x : region.right].strip()
                 for line in screen_lines(app)[region.y : region.bottom]]
        text = " · ".join(lines)
        assert text.split(" · ") == [
            "enter: jump to first", "f: show articles that mention it", "escape: close"], lines


async def test_the_current_block_mark_sits_beside_the_centred_text(tmp_path: Path) -> None:
    # At 200 columns the text is centred but the ▎ stayed at the screen's left edge.
    (tmp_path / "a.md").write_text(
        "# Accord\n\nMicrosoft et OpenAI signent un partenariat.\n\nUn second paragraphe.\n",
        "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        await pilot.press("l")  # the library hidden: the article has the whole width
        await pilot.pause()
        lines = screen_lines(app)
        marked = [line for line in lines if "▎" in line]
        assert marked, "\n".join(lines)
        for line in marked:
            text = len(line) - len(line.lstrip("▎ "))
            assert text > 40 and line.index("▎") == text - 2, line
        plain = next(line for line in lines if "Un second paragraphe" in line)
        assert plain.index("Un") == text, (plain, marked)


async def test_right_scrolls_only_the_wide_code_not_the_prose(tmp_path: Path) -> None:
    # → moved every line sideways: the paragraph being read lost its first words at the edge.
    code = "x = '" + "abcdefghij" * 14 + "'  # fin"
    (tmp_path / "a.md").write_text(
        f"# Code\n\nUn paragraphe avant le code.\n\n```python\n{code}\n```\n", "utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        before = next(line for line in screen_lines(app) if "Un paragraphe" in line)
        for _ in range(80):
            await pilot.press("right")
        await pilot.pause()
        lines = screen_lines(app)
        assert any(line.rstrip().endswith("# fin") for line in lines), "\n".join(lines)
        assert [line for line in lines if "Un paragraphe" in line] == [before]
