"""Hostile state and data dirs: corrupt or foreign state files, unwritable dirs, a full disk,
two readers at once, a kill mid-save. The reader starts, says what happened, and loses nothing."""

from __future__ import annotations

import errno
import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hostile.helpers import Terminal, notes, reader_env, settle, visible_text, wait_until
from reader.articles import load_article
from reader.paths import state_dir
from reader.storage import StateStore
from reader.ui.app import ReaderApp

SIZE = (120, 40)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    # Only the reader's own scrolling to the end marks an article read: opening one does not.
    # (Longer than the screen: one shown whole is read after 2 s, which a loaded machine can
    # let pass before the test's "r", which then marked it unread.)
    filler = "".join(f"\n\nLe paragraphe {i} suit celui d'avant, et ainsi de suite."
                     for i in range(40))
    (folder / "a.md").write_text(f"# Premier\n\nLe premier article.{filler}\n", encoding="utf-8")
    (folder / "b.md").write_text(f"# Second\n\nLe second article.{filler}\n", encoding="utf-8")
    return folder


def state_file() -> Path:
    return state_dir() / "state.json"


def marks(library: Path) -> dict[str, bool]:
    """Read marks as a fresh reader would load them from disk."""
    store = StateStore()
    store.load()
    return {
        name: store.article((library / f"{name}.md").resolve(),
                            load_article(library / f"{name}.md").digest).read
        for name in ("a", "b")
    }


def entry(library: Path, name: str, read: bool = True) -> dict:
    return {"digest": load_article(library / f"{name}.md").digest, "read": read, "block": 0,
            "updated": 1.0}


async def _read_first_then_quit(library: Path) -> tuple[list[str], bool]:
    """Open the library, mark the first article read, quit: the notices and the mark shown."""
    app = ReaderApp([library])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")
        read = app.is_read(app.current)
        found = notes(app)
        assert app.is_running
    return found, read


# ---- state files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b'{"version": 1, "articles": {"/x.md": {"digest": "d", "re', "not JSON"),
        (b"ceci n'est pas du JSON", "not JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (b'{"version": 1, "articles": ["a", "b"]}', "'articles' is not an object"),
    ],
    ids=["truncated", "non-json", "binary", "deep-json", "articles-list"],
)
async def test_corrupt_state_file_is_set_aside_and_reading_goes_on(
    library: Path, content: bytes, why: str
) -> None:
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    found, read = await _read_first_then_quit(library)
    assert read
    message = next(n for n in found if n.startswith("State file was corrupt"))
    assert f"({why})" in message
    aside = list(path.parent.glob("state.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].name in message
    assert aside[0].read_bytes() == content  # nothing of the user's file is lost
    assert marks(library) == {"a": True, "b": False}


async def test_wrong_typed_entries_are_skipped_and_the_rest_kept(library: Path) -> None:
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "version": 1,
        "articles": {
            str((library / "b.md").resolve()): entry(library, "b"),
            "/ailleurs/x.md": {"digest": 5, "read": "oui", "block": -1},
            "/ailleurs/y.md": ["pas", "un", "objet"],
        },
        "last_article": 42,
        "view": {"sort": "title"},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    app = ReaderApp([library])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        found = notes(app)
        assert any(n.startswith("Skipped 3 unreadable entries in ") for n in found)
        b = app.library.by_id("b")
        assert app.is_read(b)  # the good entry survived its bad neighbours
        await pilot.press("r")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 1
    assert marks(library) == {"a": True, "b": True}


async def test_state_from_a_newer_reader_is_read_and_never_overwritten(library: Path) -> None:
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "version": 7,
        "articles": {str((library / "b.md").resolve()): entry(library, "b")},
        "view": {"sort": "title"},
        "futur": {"champ": "inconnu"},
    }
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    app = ReaderApp([library])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("written by a newer reader (state version 7)" in n for n in notes(app))
        assert app.is_read(app.library.by_id("b"))
        await pilot.press("r", "s", "j", "n")  # changes this reader must not write over it
        assert app.is_read(app.library.by_id("a"))
    assert path.read_bytes() == raw


async def test_unwritable_state_dir_keeps_marks_in_memory(
    tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("un fichier, pas un dossier\n")
    monkeypatch.setenv("READER_STATE_DIR", str(blocker / "state"))
    app = ReaderApp([library])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any(n.startswith(f"State directory {blocker / 'state'} is not usable")
                   for n in notes(app))
        await pilot.press("r", "n", "r", "p")
        assert app.is_read(app.library.by_id("a")) and app.is_read(app.library.by_id("b"))
        assert app.is_running
    assert blocker.read_text() == "un fichier, pas un dossier\n"


async def test_unwritable_data_dir_makes_the_model_download_fail_with_a_message(
    tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argos_fixtures import build_package

    package = build_package(tmp_path / "index" / "translate-fr_en-1_0.argosmodel")
    index = [{"package_version": "1.0", "argos_version": "1.9", "from_code": "fr",
              "from_name": "French", "to_code": "en", "to_name": "English",
              "type": "translate", "links": [package.as_uri()]}]
    (tmp_path / "index" / "index.json").write_text(json.dumps(index), encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", (tmp_path / "index").as_uri() + "/")
    blocker = tmp_path / "fichier"
    blocker.write_text("")
    monkeypatch.setenv("READER_DATA_DIR", str(blocker / "data"))
    app = ReaderApp([library])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        # (the status line says no model is installed once the pane has looked: on a loaded
        # machine later than any fixed pause)
        await wait_until(pilot, lambda: app.main_screen.reading.can_download,
                         "the translation pane offering the download")
        await pilot.press("d")
        deadline = time.monotonic() + 30
        while not any("Download failed" in n for n in notes(app)):
            assert time.monotonic() < deadline, notes(app)
            await pilot.pause(0.1)
        failure = next(n for n in notes(app) if "Download failed" in n)
        assert "Not a directory" in failure
        assert "Le premier article." in visible_text(app)
        assert app.is_running


# ---- saving ------------------------------------------------------------------------------


async def test_disk_full_during_a_save_keeps_the_old_file_and_the_change(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen
    full = [False]

    class FullDisk:
        """A state temp file on a full disk: every write fails with ENOSPC."""

        def __init__(self, handle) -> None:
            self.handle = handle

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name: str):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.handle.close()

    def fdopen(fd: int, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        target = os.readlink(f"/proc/self/fd/{fd}")
        if full[0] and target.startswith(str(state_dir())):
            return FullDisk(handle)
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    # Articles longer than the screen: only `r` marks them. One shown whole is marked read by
    # a 2 s timer, and under load that timer could fire before `r`, which then unmarked it.
    filler = "".join(f"\n\nParagraphe {i}." for i in range(60))
    for name in ("a", "b"):
        path = library / f"{name}.md"
        path.write_text(path.read_text(encoding="utf-8") + filler + "\n", encoding="utf-8")
    app = ReaderApp([library])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")  # saved normally, a moment later
        await wait_until(pilot, lambda: state_file().exists() and marks(library)["a"],
                         "the first mark saved")
        before = state_file().read_bytes()
        full[0] = True
        await pilot.press("n", "r")
        await wait_until(pilot, lambda: any(n.startswith("Cannot save reading state")
                                            for n in notes(app)), "the failed save said")
        message = next(n for n in notes(app) if n.startswith("Cannot save reading state"))
        assert "No space left on device" in message
        assert state_file().read_bytes() == before
        assert sorted(p.name for p in state_dir().iterdir()) == [
            "state.json", "state.json.lock"
        ]
        assert app.is_read(app.library.by_id("b")) and app.is_running
        full[0] = False  # space freed: the mark made meanwhile is saved at exit
    assert marks(library) == {"a": True, "b": True}


def test_two_readers_marking_at_once_keep_both_marks(
    library: Path, terminal: Callable[..., Terminal]
) -> None:
    env = reader_env()
    one = terminal([str(library)], env)
    two = terminal([str(library)], env)
    assert one.wait_for("Le premier article.") and two.wait_for("Le premier article.")
    assert two.press_until(b"n", "Le second article.")
    # Bursts of saves from both at the same moment: 21 toggles each, so both end "read".
    for _ in range(21):
        one.send(b"r")
        two.send(b"r")
    time.sleep(1.0)
    assert one.quit() == 0 and two.quit() == 0
    assert marks(library) == {"a": True, "b": True}
    json.loads(state_file().read_text(encoding="utf-8"))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_killed_while_saving_leaves_valid_state(
    library: Path, terminal: Callable[..., Terminal], sig: signal.Signals
) -> None:
    term = terminal([str(library)], reader_env())
    assert term.wait_for("Le premier article.")
    path = state_file()
    deadline = time.monotonic() + 20
    while not path.exists() and time.monotonic() < deadline:
        term.send(b"r" * 300)  # 300 saves in a row (again if typed before the app listened)
        wait = time.monotonic() + 3
        while not path.exists() and time.monotonic() < wait:
            time.sleep(0.005)
    assert path.exists(), "no save happened"
    time.sleep(0.05)  # the kill lands in the middle of the burst
    term.proc.send_signal(sig)
    # SIGTERM quits like q (a save may run as it does); SIGKILL stops it wherever it is.
    assert term.wait(20) in ((0, -signal.SIGTERM) if sig == signal.SIGTERM else (-signal.SIGKILL,))
    # Atomic replace: the file that existed before the kill is still there, whole.
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["articles"]) == 1
    # The next reader starts clean: no corrupt-file notice, no temp file left behind.
    store = StateStore()
    store.load()
    assert store.messages == [] and not store.read_only
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_sigterm_quits_like_q(tmp_path: Path, terminal: Callable[..., Terminal]) -> None:
    page = tmp_path / "long.md"
    page.write_text("# Long\n\n" + "\n\n".join(f"Paragraphe {i}." for i in range(300)) + "\n",
                    encoding="utf-8")
    term = terminal([str(page)], reader_env(), size=(80, 24))
    assert term.wait_for("Paragraphe 1.")
    # The position is saved every 3 s or on quit.
    assert term.press_until(b" ", "Paragraphe 25")
    painted = len(term.output)
    term.proc.send_signal(signal.SIGTERM)
    term.wait(20)
    time.sleep(0.2)
    restored = term.output[painted:]
    assert b"\x1b[?1049l" in restored and b"\x1b[?1000l" in restored  # terminal given back
    store = StateStore()
    store.load()
    assert store.article(page.resolve(), load_article(page).digest).block > 0


def test_sigterm_during_a_key_burst_quits(
    library: Path, terminal: Callable[..., Terminal]
) -> None:
    term = terminal([str(library)], reader_env())
    assert term.wait_for("Le premier article.")
    term.send(b"r" * 300)
    assert term.wait_for("Marked", timeout=20)
    # Thousands of keys in flight: asyncio's own signal pipe fills up with their wake-ups, and a
    # signal sent through it was lost. The reader quits anyway, without working through them.
    term.send(b"r" * 3000)
    time.sleep(0.1)
    stopped = time.monotonic()
    term.proc.send_signal(signal.SIGTERM)
    assert term.wait(30) == 0
    assert time.monotonic() - stopped < 10
    store = StateStore()
    store.load()
    assert store.messages == [] and not store.read_only
