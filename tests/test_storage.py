"""Reading state survives restarts, concurrent readers, bad files, full disks and kills."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reader import paths, storage
from reader.storage import ArticleState, StateStore

A = "/library/a.md"
B = "/library/b.md"


def fresh(path: Path | None = None) -> StateStore:
    """A store as the app makes it at start-up."""
    store = StateStore(path)
    assert not store.path.is_relative_to(Path.home()), "tests must never touch the real home"
    store.load()
    return store


def state_file() -> Path:
    return paths.state_dir() / "state.json"


def on_disk() -> dict:
    return json.loads(state_file().read_text(encoding="utf-8"))


def leftovers(directory: Path) -> list[str]:
    """Files in the state dir other than the state file and its lock."""
    return sorted(
        p.name for p in directory.iterdir() if p.name not in ("state.json", "state.json.lock")
    )


# ----------------------------------------------------------------------------- round trips


def test_changed_says_whether_something_waits_for_a_save() -> None:
    # The app writes the reading position every few seconds only when this says so.
    store = fresh()
    assert not store.changed
    store.set_position(A, "d1", 3, "Un paragraphe.")
    assert store.changed
    assert store.save() and not store.changed
    assert on_disk()["articles"]


def test_state_round_trips_across_two_runs() -> None:
    first = fresh()
    assert first.path == state_file()
    first.set_read(A, "d1", True)
    first.set_position(A, "d1", 17)
    first.set_position(B, "d2", 3)
    first.last_article = B
    assert first.save() is True
    assert first.messages == []

    second = fresh()
    assert second.article(A, "d1") == ArticleState(read=True, block=17, changed=False)
    assert second.article(B, "d2") == ArticleState(read=False, block=3, changed=False)
    assert second.article("/library/never-opened.md", "x") == ArticleState()
    assert second.last_article == B
    assert second.read_only is False
    assert second.messages == []


def test_articles_are_keyed_by_resolved_path(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "lib").mkdir()
    monkeypatch.chdir(tmp_path)
    store = fresh()
    store.set_read("lib/../lib/a.md", "d", True)
    store.save()
    assert list(on_disk()["articles"]) == [str(tmp_path / "lib" / "a.md")]
    assert fresh().article(tmp_path / "lib" / "a.md", "d").read is True


def test_view_values_round_trip() -> None:
    store = fresh()
    store.set_view("library_visible", False)
    store.set_view("sort", "title")
    store.set_view("theme", "paper")
    store.set_view("translation_view", "side")
    store.set_view("widths", {"library": 32, "columns": [1, 2]})
    store.save()

    again = fresh()
    assert again.view("library_visible") is False
    assert again.view("sort") == "title"
    assert again.view("theme") == "paper"
    assert again.view("translation_view") == "side"
    assert again.view("widths") == {"library": 32, "columns": [1, 2]}
    assert again.view("missing", "fallback") == "fallback"
    # A caller changing what it got back must not change the store.
    again.view("widths")["library"] = 99
    assert again.view("widths")["library"] == 32


def test_view_rejects_values_json_cannot_hold() -> None:
    store = fresh()
    with pytest.raises(TypeError):
        store.set_view("bad", {1, 2})
    assert store.view("bad") is None
    assert store.save() is True


def test_edited_article_is_changed_and_unread_but_keeps_its_place() -> None:
    store = fresh()
    store.set_read(A, "old", True)
    store.set_position(A, "old", 40)
    store.save()

    again = fresh()
    assert again.article(A, "new") == ArticleState(read=False, block=40, changed=True)
    # The unedited digest still reads as before: nothing was overwritten by looking.
    assert again.article(A, "old") == ArticleState(read=True, block=40, changed=False)
    # Scrolling the new text accepts it as the current version, still unread.
    again.set_position(A, "new", 41)
    assert again.article(A, "new") == ArticleState(read=False, block=41, changed=False)
    again.save()
    assert on_disk()["articles"][A]["digest"] == "new"
    assert fresh().article(A, "new") == ArticleState(read=False, block=41, changed=False)


def test_saved_file_has_the_documented_shape() -> None:
    store = fresh()
    store.set_read(A, "d", True)
    store.set_view("sort", "unread")
    store.last_article = A
    store.save()
    data = on_disk()
    assert data["version"] == storage.VERSION
    entry = data["articles"][A]
    assert (entry["digest"], entry["read"], entry["block"]) == ("d", True, 0)
    assert entry["updated"] == pytest.approx(time.time(), abs=60)
    assert data["last_article"] == A
    assert data["view"] == {"sort": "unread"}
    assert set(data["updated"]) == {"last_article", "view"}
    assert set(data["updated"]["view"]) == {"sort"}


# ----------------------------------------------------------------------------- concurrency


def test_two_instances_loaded_together_keep_both_marks() -> None:
    one = fresh()
    two = fresh()
    one.set_read(A, "a", True)
    one.set_view("theme", "paper")
    two.set_read(B, "b", True)
    two.set_view("sort", "title")
    two.last_article = B
    assert one.save() is True
    assert two.save() is True
    # The first instance saving again (nothing new) must not undo the second's work either.
    one.set_position(A, "a", 5)
    assert one.save() is True

    final = fresh()
    assert final.article(A, "a") == ArticleState(read=True, block=5)
    assert final.article(B, "b").read is True
    assert final.view("theme") == "paper"
    assert final.view("sort") == "title"
    assert final.last_article == B
    # Saving also brought the other instance's marks into memory.
    assert one.article(B, "b").read is True


def test_moving_through_an_article_keeps_another_instances_read_mark() -> None:
    one = fresh()
    two = fresh()
    one.set_read(A, "a", True)
    assert one.save() is True
    # The second instance still believes A is unread; it only scrolls through it.
    two.set_position(A, "a", 7)
    assert two.save() is True
    final = fresh()
    assert final.article(A, "a") == ArticleState(read=True, block=7)


def test_later_change_to_the_same_article_wins() -> None:
    one = fresh()
    two = fresh()
    one.set_read(A, "a", True)
    time.sleep(0.01)
    two.set_read(A, "a", False)
    two.set_position(A, "a", 9)
    assert two.save() is True
    # one's change is older than two's, so saving one keeps two's.
    assert one.save() is True
    assert fresh().article(A, "a") == ArticleState(read=False, block=9)
    assert one.article(A, "a") == ArticleState(read=False, block=9)


_WORKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reader.storage import StateStore

    name, go, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    store = StateStore()
    store.load()
    while not go.exists():
        time.sleep(0.001)
    for i in range(count):
        store.set_read(f"/library/{name}-{i}.md", "d", True)
        store.set_view(f"{name}-{i}", i)
        if not store.save():
            sys.exit("save failed: " + "; ".join(store.messages))
    """
)


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    go = tmp_path / "go"
    count = 30
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, name, str(go), str(count)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("p", "q")
    ]
    time.sleep(0.5)  # both have started and loaded before either saves
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err

    store = fresh()
    assert store.messages == []
    for name in ("p", "q"):
        for i in range(count):
            assert store.article(f"/library/{name}-{i}.md", "d").read is True, (name, i)
            assert store.view(f"{name}-{i}") == i
    assert len(on_disk()["articles"]) == 2 * count
    assert leftovers(state_file().parent) == []


_SAVER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from reader.storage import StateStore

    real_fdopen = os.fdopen

    class SlowDisk:
        # Writes in small chunks with pauses, so the kill lands mid-write, not between saves.

        def __init__(self, handle):
            self.handle = handle

        def write(self, data):
            for i in range(0, len(data), 16384):
                self.handle.write(data[i : i + 16384])
                self.handle.flush()
                time.sleep(0.002)

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)

    os.fdopen = lambda *args, **kwargs: SlowDisk(real_fdopen(*args, **kwargs))
    store = StateStore()
    store.load()
    for i in range(4000):
        store.set_position(f"/library/{'x' * 80}-{i}.md", "d" * 24, i)
    store.save()  # the file exists before the kill window opens
    Path(sys.argv[1]).touch()
    n = 0
    while True:
        n += 1
        store.set_view("n", n)
        store.set_read(f"/library/{'x' * 80}-{n % 4000}.md", "d" * 24, n % 2 == 0)
        store.save()
    """
)


@pytest.mark.parametrize("delay", [0.05, 0.13, 0.29])
def test_sigterm_during_saves_leaves_a_valid_file(tmp_path: Path, delay: float) -> None:
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", _SAVER, str(ready)])
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert ready.exists()
        time.sleep(delay)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGTERM
    data = on_disk()
    assert len(data["articles"]) == 4000

    # The next run loads cleanly and clears the temp file the killed save may have left.
    store = fresh()
    assert store.messages == []
    assert store.read_only is False
    assert store.view("n") == data["view"].get("n")
    assert leftovers(state_file().parent) == []


# ----------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty"),
        (b'{"version": 1, "articles": {"/a": {"digest": "x", "re', "not JSON"),
        (b"this is not json at all", "not JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'"version"', "not a JSON object"),
        (b'{"articles": {}}', "no valid version"),
        (b'{"version": "1", "articles": {}}', "no valid version"),
        (b'{"version": 1, "articles": []}', "'articles' is not an object"),
        (b'{"version": 1, "view": "dark"}', "'view' is not an object"),
    ],
    ids=[
        "empty",
        "truncated",
        "not-json",
        "binary",
        "array",
        "string",
        "no-version",
        "string-version",
        "articles-list",
        "view-string",
    ],
)
def test_corrupt_file_is_moved_aside_and_reported(content: bytes, why: str) -> None:
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)

    store = fresh()
    assert store.read_only is False
    assert len(store.messages) == 1
    message = store.messages[0]
    assert "\n" not in message
    assert why in message
    assert "moved it to state.json.corrupt-" in message
    assert store.article(A, "d") == ArticleState()
    assert not path.exists()
    aside = list(path.parent.glob("state.json.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == content  # the user's bytes are kept, not destroyed

    store.set_read(A, "d", True)
    assert store.save() is True
    assert fresh().article(A, "d").read is True


def test_second_corrupt_file_in_the_same_second_does_not_overwrite_the_first() -> None:
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"first")
    fresh()
    path.write_bytes(b"second")
    fresh()
    kept = sorted(p.read_bytes() for p in path.parent.glob("state.json.corrupt-*"))
    assert kept == [b"first", b"second"]


def test_wrong_typed_entries_are_skipped_not_fatal() -> None:
    path = state_file()
    path.parent.mkdir(parents=True)
    good = {"digest": "g", "read": True, "block": 4, "updated": 1.0}
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "articles": {
                    "/library/good.md": good,
                    "/library/read-str.md": {"digest": "x", "read": "yes", "block": 0},
                    "/library/block-neg.md": {"digest": "x", "read": True, "block": -3},
                    "/library/block-bool.md": {"digest": "x", "read": True, "block": True},
                    "/library/no-digest.md": {"read": True, "block": 0},
                    "/library/list.md": [1, 2],
                },
                "last_article": 42,
                "view": {"sort": "title"},
            }
        ),
        encoding="utf-8",
    )
    store = fresh()
    assert store.read_only is False
    assert store.messages == [f"Skipped 6 unreadable entries in {path}."]
    assert store.article("/library/good.md", "g") == ArticleState(read=True, block=4)
    assert store.article("/library/read-str.md", "x") == ArticleState()
    assert store.last_article is None
    assert store.view("sort") == "title"
    assert path.exists()
    assert list(path.parent.glob("state.json.corrupt-*")) == []

    store.set_read(B, "b", True)
    assert store.save() is True
    assert store.messages == [f"Skipped 6 unreadable entries in {path}."]  # not repeated
    assert sorted(on_disk()["articles"]) == [B, "/library/good.md"]


def test_file_from_a_newer_reader_is_read_but_never_overwritten() -> None:
    path = state_file()
    path.parent.mkdir(parents=True)
    future = {
        "version": storage.VERSION + 1,
        "articles": {
            A: {"digest": "a", "read": True, "block": 7, "updated": 1.0, "colour": "red"},
            B: {"digest": "b", "read": "partly", "block": 0},
        },
        "last_article": A,
        "view": {"theme": "paper"},
        "updated": ["reshaped"],
        "bookmarks": {"new": "feature"},
    }
    raw = json.dumps(future).encode()
    path.write_bytes(raw)

    store = fresh()
    assert store.read_only is True
    assert len(store.messages) == 1
    assert "newer reader" in store.messages[0]
    assert "not be saved" in store.messages[0]
    assert store.article(A, "a") == ArticleState(read=True, block=7)
    assert store.last_article == A
    assert store.view("theme") == "paper"

    # The in-memory state keeps working; nothing reaches the disk.
    store.set_read(B, "b", True)
    assert store.article(B, "b").read is True
    assert store.save() is False
    assert path.read_bytes() == raw
    assert list(path.parent.glob("state.json.corrupt-*")) == []
    assert len(store.messages) == 1


def test_a_newer_reader_writing_while_we_run_is_not_overwritten() -> None:
    store = fresh()
    store.set_read(A, "a", True)
    path = state_file()
    raw = json.dumps({"version": storage.VERSION + 5, "articles": {}}).encode()
    path.write_bytes(raw)
    assert store.save() is False
    assert store.read_only is True
    assert path.read_bytes() == raw
    assert "newer reader" in store.messages[-1]


def test_file_corrupted_after_load_is_set_aside_and_memory_is_kept() -> None:
    first = fresh()
    first.set_read(A, "a", True)
    first.save()
    store = fresh()
    state_file().write_bytes(b"{garbage")
    store.set_read(B, "b", True)
    assert store.save() is True
    assert "moved it to state.json.corrupt-" in store.messages[-1]
    final = fresh()
    assert final.article(A, "a").read is True  # loaded earlier, rewritten from memory
    assert final.article(B, "b").read is True


# ----------------------------------------------------------------------------- unwritable


def test_unwritable_dir_means_read_only_with_memory_still_working(
    tmp_path: Path, monkeypatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a regular file where a directory should be")
    monkeypatch.setenv("READER_STATE_DIR", str(blocker / "state"))

    store = fresh()
    assert store.read_only is True
    assert len(store.messages) == 1
    assert "\n" not in store.messages[0]
    assert "not be saved" in store.messages[0]

    store.set_read(A, "a", True)
    store.set_position(A, "a", 3)
    store.set_view("theme", "paper")
    store.last_article = A
    assert store.save() is False
    assert store.save() is False
    assert len(store.messages) == 1  # one notice, not one per save
    assert store.article(A, "a") == ArticleState(read=True, block=3)
    assert store.view("theme") == "paper"
    assert store.last_article == A
    assert blocker.read_text() == "a regular file where a directory should be"


def test_explicit_path_under_a_file_is_read_only_too(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = fresh(blocker / "deeper" / "state.json")
    assert store.read_only is True
    store.set_read(A, "a", True)
    assert store.save() is False


def _fail(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_disk_full_during_save_keeps_the_old_file(monkeypatch, call: str) -> None:
    store = fresh()
    store.set_read(A, "a", True)
    assert store.save() is True
    before = state_file().read_bytes()

    store.set_read(B, "b", True)
    # A context, not monkeypatch.undo(): undo would also drop the tmp state dir settings.
    with monkeypatch.context() as patch:
        patch.setattr(storage.os, call, _fail)
        assert store.save() is False
    assert store.read_only is True
    assert len(store.messages) == 1
    assert "No space left on device" in store.messages[0]
    assert "\n" not in store.messages[0]
    assert state_file().read_bytes() == before
    assert leftovers(state_file().parent) == []
    assert store.article(B, "b").read is True

    # When space comes back, the pending change is written and the user is told.
    assert store.save() is True
    assert store.read_only is False
    assert "saved again" in store.messages[-1]
    assert fresh().article(B, "b").read is True


def test_unreadable_state_path_is_left_alone(monkeypatch) -> None:
    path = state_file()
    path.mkdir(parents=True)  # a directory where the file should be
    store = fresh()
    assert store.read_only is True
    store.set_read(A, "a", True)
    assert store.save() is False
    assert path.is_dir()
    assert len(store.messages) == 1


def test_lock_held_elsewhere_delays_the_save_without_losing_it(monkeypatch) -> None:
    import fcntl

    store = fresh()
    store.set_read(A, "a", True)
    monkeypatch.setattr(storage, "LOCK_TIMEOUT", 0.05)
    fd = os.open(store.lock_path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        # flock locks belong to the open file description: a second open in this process conflicts.
        assert store.save() is False
        assert store.read_only is False
        assert "held by another process" in store.messages[-1]
        assert not state_file().exists()
    finally:
        os.close(fd)
    assert store.save() is True
    assert fresh().article(A, "a").read is True


def test_load_and_save_never_raise_on_unexpected_errors(monkeypatch) -> None:
    def boom(*args, **kwargs):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(storage, "_parse", boom)
    state_file().parent.mkdir(parents=True)
    state_file().write_text('{"version": 1}')
    store = StateStore()
    store.load()
    store.set_read(A, "a", True)
    assert store.save() is False
    assert store.read_only is True
    assert store.article(A, "a").read is True
    assert state_file().read_text() == '{"version": 1}'


def test_storage_does_not_import_textual() -> None:
    code = "import sys, reader.storage; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# ---- issue 10, item 23: places survive a parser that splits blocks differently -------------


def test_a_place_saved_with_the_old_block_split_lands_on_the_same_text(tmp_path: Path) -> None:
    from reader.storage import place_of

    old_split = ["Intro.", "moon", "Le paragraphe où j'étais.", "La suite."]
    store = StateStore(tmp_path / "state.json")
    store.set_position(tmp_path / "a.md", "d1", 2, old_split[2])
    store.save()
    saved = StateStore(tmp_path / "state.json")
    saved.load()
    place = saved.article(tmp_path / "a.md", "d1")
    # The same file, parsed by a newer reader: a heading found, the linked image inline.
    new_split = ["Un titre", "Intro.", "[image: moon] ‹/uri›", "Le paragraphe où j'étais.",
                 "La suite."]
    assert new_split[place_of(new_split, place.block, place.anchor)] == old_split[2]
    # Fewer blocks now: still the same text.
    assert place_of(["Le paragraphe où j'étais.", "La suite."], place.block, place.anchor) == 0
    # No anchor (saved by an older reader) or text gone: the index stands.
    assert place_of(new_split, 2, "") == 2
    assert place_of(new_split, 2, "Texte disparu") == 2


def test_a_relative_path_names_the_file_of_the_directory_it_is_asked_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Paths are resolved once each (a big library asks often); after a chdir, "a.md" is
    # another file, with its own state.
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.md").write_text("A.\n", encoding="utf-8")
    store = fresh()
    monkeypatch.chdir(tmp_path / "one")
    store.set_read(Path("a.md"), "d1", True)
    assert store.article(Path("a.md"), "d1").read
    monkeypatch.chdir(tmp_path / "two")
    assert not store.article(Path("a.md"), "d1").read
    assert store.article(tmp_path / "one" / "a.md", "d1").read
