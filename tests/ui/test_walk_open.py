"""The walk's items still open after the first polish: each as the user met it."""

from __future__ import annotations

from pathlib import Path

import pytest

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
