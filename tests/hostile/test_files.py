"""Files that are not articles, or stop being readable: skipped or kept, always with a message."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from hostile.helpers import library_rows, notes, screen_text, settle, visible_text
from reader import articles
from reader.ui.app import ReaderApp

SIZE = (120, 40)
GOOD = "# Article sain\n\nUn texte qui se lit.\n"


async def _library(paths: list[Path]) -> tuple[list[str], list[str], str]:
    """Open the app on `paths`: the article ids, the notices, and the open article's text."""
    app = ReaderApp(paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "n", "p")
        assert app.is_running
        return [a.id for a in app.library.articles], notes(app), visible_text(app)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "sain.md"
    path.write_text(GOOD, encoding="utf-8")
    return path


async def test_empty_file_opens_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "vide.md").write_bytes(b"")
    app = ReaderApp([tmp_path / "vide.md"])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current is not None and app.title == "vide"
        assert "This article is empty." in screen_text(app)
        await pilot.press("j", "G", "g", "m", "full_stop", "t")
        assert app.is_running


async def test_whitespace_only_file_opens_and_says_so(tmp_path: Path) -> None:
    page = tmp_path / "blanc.md"
    page.write_text(" \t\n\r\n\xa0\n\x0c\n\u2028\n\u3000\n", encoding="utf-8")
    app = ReaderApp([page])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.current is not None
        assert app.current.words == 0
        await pilot.press("G")
        read = app.is_read(app.current)
        await pilot.press("r")
        assert app.is_running and app.is_read(app.current) is not read


async def test_png_named_md_is_skipped_with_a_message(tmp_path: Path, good: Path) -> None:
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    ids, found, text = await _library([tmp_path])
    assert ids == ["sain"]
    assert "Un texte qui se lit." in text
    assert any(n.endswith("image.md: not a text file") for n in found)


async def test_directory_named_md_is_reported_and_its_articles_read(
    tmp_path: Path, good: Path
) -> None:
    folder = tmp_path / "dossier.md"
    folder.mkdir()
    (folder / "dedans.md").write_text("Dedans.\n", encoding="utf-8")
    ids, found, _ = await _library([tmp_path])
    assert ids == ["dedans", "sain"]
    assert any(n.endswith("dossier.md: is a directory") for n in found)
    # Given by name, a folder named like an article is a folder.
    ids, found, _ = await _library([folder])
    assert ids == [] and any(n.endswith("dossier.md: is a directory") for n in found)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A FIFO named like an article; if anything opens it for reading, a writer unblocks it."""
    path = tmp_path / "tube.md"
    os.mkfifo(path)
    opened: list[bool] = []

    def writer() -> None:
        # Blocks until a reader opens the FIFO: the app (a hang the test must see), or the
        # teardown below.
        with open(path, "wb") as handle:
            opened.append(True)
            handle.write(b"FIFO lu par erreur.\n")

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    yield path
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # release the writer
    thread.join(5)
    os.close(fd)


async def test_fifo_is_skipped_without_blocking(tmp_path: Path, good: Path, fifo: Path) -> None:
    ids, found, _ = await _library([tmp_path])
    assert ids == ["sain"]
    assert any(n.endswith("tube.md: not a regular file") for n in found)
    ids, found, _ = await _library([fifo])
    assert ids == [] and any(n.endswith("tube.md: not a regular file") for n in found)


async def test_unreadable_file_is_skipped_with_the_reason(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Everything runs as root here, so chmod 000 would still read: refuse the open instead.
    secret = tmp_path / "secret.md"
    secret.write_text("Secret.\n", encoding="utf-8")
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if Path(file) == secret:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(articles, "open", refusing_open, raising=False)
    ids, found, _ = await _library([tmp_path])
    assert ids == ["sain"]
    assert any(n.endswith("secret.md: cannot read (Permission denied)") for n in found)


async def test_path_under_a_regular_file_is_reported(tmp_path: Path, good: Path) -> None:
    inside = good / "dedans.md"  # a "directory" that is a regular file
    ids, found, text = await _library([good, inside])
    assert ids == ["sain"] and "Un texte qui se lit." in text
    assert any("sain.md/dedans.md: no such file or directory" in n for n in found)


async def test_file_deleted_between_stat_and_open(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = tmp_path / "fugace.md"
    doomed.write_text("Bientôt parti.\n", encoding="utf-8")
    real_stat = os.stat
    deleted: list[Path] = []

    def stat_then_delete(path, *args, **kwargs):
        result = real_stat(path, *args, **kwargs)
        if isinstance(path, str | Path) and Path(path) == doomed and not deleted:
            deleted.append(doomed)
            os.unlink(doomed)  # gone after the size check, before the read
        return result

    real_open = open
    tried: list[Path] = []

    def recording_open(file, *args, **kwargs):
        tried.append(Path(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(articles.os, "stat", stat_then_delete)
    monkeypatch.setattr(articles, "open", recording_open, raising=False)
    ids, found, _ = await _library([tmp_path])
    # The stat saw the file, the open did not find it: the window between the two.
    assert deleted == [doomed] and doomed in tried
    assert ids == ["sain"]
    assert any(n.endswith("fugace.md: cannot read (No such file or directory)") for n in found)


async def test_open_article_deleted_then_replaced_by_binary(tmp_path: Path, good: Path) -> None:
    app = ReaderApp([good], watch_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        good.unlink()
        await pilot.pause(0.3)
        # Deleted while reading: the text stays on screen, nothing is lost.
        assert "Un texte qui se lit." in visible_text(app)
        await pilot.press("j", "r")
        good.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
        await pilot.pause(0.3)
        assert "Un texte qui se lit." in visible_text(app)
        assert any("sain.md: not a text file; still showing the earlier text" in n
                   for n in notes(app))
        assert app.is_running


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.symlink_to("/dev/zero"), "not a regular file"),
        (lambda p: p.symlink_to(p.name), "cannot read (Too many levels of symbolic links)"),
        (lambda p: p.symlink_to(p.parent / "nulle-part.md"), "cannot read (No such file or"),
    ],
    ids=["symlink-to-dev-zero", "symlink-loop", "dangling-symlink"],
)
async def test_hostile_symlinks_are_skipped_with_a_message(
    tmp_path: Path, good: Path, make, reason: str
) -> None:
    link = tmp_path / "lien.md"
    make(link)
    ids, found, _ = await _library([tmp_path])
    assert ids == ["sain"]
    assert any(f"lien.md: {reason}" in n for n in found), found


async def test_names_with_newlines_and_escapes_are_one_printable_row(tmp_path: Path) -> None:
    (tmp_path / "ligne\nsuivante\x1b[31m.md").write_bytes(b"")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.title == "ligne\\x0asuivante\\x1b[31m"
        assert any("ligne\\x0asuivante\\x1b[31m" in row for row in library_rows(app))
