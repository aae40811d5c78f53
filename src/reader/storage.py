"""Reading state kept between runs: read marks, positions, last article and view choices.

The state lives in `reader.paths.state_dir()/state.json` and is shared by every running reader, so
each save takes a lock, re-reads the file and merges: only what this instance changed since its load
or last save replaces what is on disk; everything else on disk is kept.

File format (version 1)::

    {
      "version": 1,
      "articles": {
        "<resolved article path>": {
          "digest": "<Article.digest when last touched>",
          "read": true,
          "block": 12,              # index of the first visible block
          "anchor": "Le début du…", # the start of that block's text (optional): the parser may
                                    # split a file differently after an upgrade
          "updated": 1732282000.5   # time.time() of the change, decides merges
        }
      },
      "last_article": "<resolved path>" | null,
      "view": {"<name>": <any JSON value>},
      "updated": {"last_article": <time>, "view": {"<name>": <time>}}
    }

Merging: a changed entry replaces the disk entry unless the disk entry's `updated` is newer (another
instance changed the same thing later). Files that are not this shape are moved aside to
`state.json.corrupt-<timestamp>`; single entries of the wrong shape are skipped. A file with a newer
`version` is read as far as possible and never overwritten. Writes are atomic (temp file in the
same directory, fsync, `os.replace`, fsync of the directory), so a kill mid-save leaves the old or
the new file, never a torn one.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import fcntl
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader import paths
from reader.fileio import write_atomic

VERSION = 1
FILE_NAME = "state.json"
MAX_STATE_BYTES = 64 * 1024 * 1024
LOCK_TIMEOUT = 5.0
_TMP_PREFIX = FILE_NAME + "."
_TMP_SUFFIX = ".tmp"


@dataclass
class ArticleState:
    """What the UI needs to restore an article: read mark, first visible block, edited flag."""

    read: bool = False
    block: int = 0
    changed: bool = False
    anchor: str = ""


class _Corrupt(Exception):
    """The state file is not a state file; the message says why in a few words."""


class _LockBusy(Exception):
    """Another process held the lock for longer than LOCK_TIMEOUT."""


@dataclass
class _Disk:
    """A parsed state file."""

    articles: dict[str, dict[str, Any]]
    view: dict[str, Any]
    view_updated: dict[str, float]
    last_article: str | None
    last_updated: float
    version: int
    skipped: int


def _empty_disk() -> _Disk:
    return _Disk({}, {}, {}, None, 0.0, VERSION, 0)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_time(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


# Fields of an article entry merged one by one, so that one instance moving through an article
# does not undo another instance's read mark on it.
_FIELDS = ("read", "block")


def _parse(raw: bytes) -> _Disk:
    """Parse file bytes; raises _Corrupt for anything that is not a state file of ours or newer."""
    if not raw.strip():
        raise _Corrupt("empty")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Corrupt("not UTF-8") from None
    except (ValueError, RecursionError):
        raise _Corrupt("not JSON") from None
    if not isinstance(data, dict):
        raise _Corrupt("not a JSON object")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise _Corrupt("no valid version")
    future = version > VERSION
    disk = _empty_disk()
    disk.version = version

    def section(name: str) -> dict[str, Any]:
        value = data.get(name, {})
        if isinstance(value, dict):
            return value
        if future:
            # A newer reader may have reshaped it; that is not corruption, just unreadable to us.
            disk.skipped += 1
            return {}
        raise _Corrupt(f"{name!r} is not an object")

    for key, entry in section("articles").items():
        if (
            isinstance(entry, dict)
            and isinstance(entry.get("digest"), str)
            and isinstance(entry.get("read"), bool)
            and _is_int(entry.get("block"))
            and entry["block"] >= 0
            and _is_time(entry.get("updated", 0.0))
        ):
            updated_at = float(entry.get("updated", 0.0))
            anchor = entry.get("anchor", "")
            disk.articles[key] = {
                "digest": entry["digest"],
                "read": entry["read"],
                "block": entry["block"],
                "anchor": anchor[:ANCHOR_CHARS] if isinstance(anchor, str) else "",
                "updated": updated_at,
            }
            for name in _FIELDS:
                stamp = entry.get(f"{name}_updated", updated_at)
                disk.articles[key][f"{name}_updated"] = (
                    float(stamp) if _is_time(stamp) else updated_at
                )
        else:
            disk.skipped += 1

    updated = section("updated")
    view_updated = updated.get("view", {})
    if not isinstance(view_updated, dict):
        view_updated = {}
        disk.skipped += 1
    for key, value in section("view").items():
        disk.view[key] = value
        stamp = view_updated.get(key, 0.0)
        disk.view_updated[key] = float(stamp) if _is_time(stamp) else 0.0

    last = data.get("last_article")
    if last is None or isinstance(last, str):
        disk.last_article = last
    else:
        disk.skipped += 1
    stamp = updated.get("last_article", 0.0)
    disk.last_updated = float(stamp) if _is_time(stamp) else 0.0
    return disk


ANCHOR_CHARS = 80


def anchor_of(text: str) -> str:
    """The start of a block's text, spaces folded: enough to find the block again."""
    return " ".join(text.split())[:ANCHOR_CHARS]


def place_of(texts: list[str], block: int, anchor: str) -> int:
    """The block a saved position means now: the one nearest `block` that starts with `anchor`.

    Saved by index alone, a position moves to other text when the same file is split into
    blocks differently (a parser upgrade: a linked image, a heading once taken for front
    matter). Without an anchor, or when no block has that text any more, the index stands.
    """
    if not anchor or (0 <= block < len(texts) and anchor_of(texts[block]) == anchor):
        return block
    matches = [n for n, text in enumerate(texts) if anchor_of(text).startswith(anchor)]
    if not matches:
        # A block that was cut in two (or whose label changed) still holds the anchor's words.
        matches = [n for n, text in enumerate(texts) if anchor in " ".join(text.split())]
    return min(matches, key=lambda n: abs(n - block)) if matches else block


def _key(path: Path | str) -> str:
    """Articles are keyed by resolved path so `./a.md` and `/home/x/a.md` share one entry."""
    text = os.fspath(path)
    return _resolved(text, "" if os.path.isabs(text) else os.getcwd())


@lru_cache(maxsize=1 << 16)
def _resolved(path: str, cwd: str) -> str:
    # Resolving looks up every part of the path on disk; a library of 10,000 articles asks
    # for each one's state many times (its row, the unread count), so each path is resolved
    # once. `cwd` is part of the key: after a chdir a relative path names another file.
    return str(Path(path).expanduser().resolve())


class StateStore:
    """Reading state for the UI; load() and save() never raise, problems become `messages`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.state_dir() / FILE_NAME
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.messages: list[str] = []
        self.read_only = False
        # True when the file on disk belongs to a newer reader: never write over it.
        self._foreign = False
        self._lock_reported = False
        self._articles: dict[str, dict[str, Any]] = {}
        self._view: dict[str, Any] = {}
        self._view_updated: dict[str, float] = {}
        self._last: str | None = None
        self._last_updated = 0.0
        self._dirty_articles: dict[str, set[str]] = {}
        self._dirty_view: set[str] = set()
        self._dirty_last = False

    # ----------------------------------------------------------------- reading and changing

    def article(self, path: Path | str, digest: str) -> ArticleState:
        """The state to show for an article whose current content hashes to `digest`."""
        entry = self._articles.get(_key(path))
        if entry is None:
            return ArticleState()
        anchor = entry.get("anchor", "")
        if entry["digest"] != digest:
            # Edited on disk: there is new text to read; keep the place, the UI clamps it.
            return ArticleState(read=False, block=entry["block"], changed=True, anchor=anchor)
        return ArticleState(read=entry["read"], block=entry["block"], changed=False,
                            anchor=anchor)

    def set_read(self, path: Path | str, digest: str, read: bool) -> None:
        """Mark an article read or unread; this also accepts its current content as seen."""
        current = self.article(path, digest)
        self._put(path, digest, bool(read), current.block, "read", current.anchor)

    def set_position(self, path: Path | str, digest: str, block: int, text: str = "") -> None:
        """Remember the first visible block of an article, and the start of its `text`."""
        current = self.article(path, digest)
        self._put(path, digest, current.read, max(0, int(block)), "block", anchor_of(text))

    def _put(
        self, path: Path | str, digest: str, read: bool, block: int, field: str, anchor: str = ""
    ) -> None:
        key = _key(path)
        old = self._articles.get(key)
        if old is not None and (
            old["digest"], old["read"], old["block"], old.get("anchor", "")
        ) == (digest, read, block, anchor):
            return
        now = time.time()
        new = {"read": read, "block": block, "anchor": anchor}
        # Only the field the user set is a change; the other one is what we believed, and
        # must not overwrite what another instance set meanwhile. An edit resets both.
        edited = old is not None and old["digest"] != digest
        changed = set(_FIELDS) if edited else {field}
        entry = {"digest": digest, **new, "updated": now}
        for name in _FIELDS:
            if name in changed:
                entry[f"{name}_updated"] = now
            else:
                entry[f"{name}_updated"] = old[f"{name}_updated"] if old is not None else 0.0
        self._articles[key] = entry
        self._dirty_articles.setdefault(key, set()).update(changed)

    @property
    def last_article(self) -> str | None:
        """Resolved path of the article open when the reader last saved."""
        return self._last

    @last_article.setter
    def last_article(self, value: Path | str | None) -> None:
        new = None if value is None else _key(value)
        if new == self._last:
            return
        self._last = new
        self._last_updated = time.time()
        self._dirty_last = True

    def view(self, key: str, default: Any = None) -> Any:
        """A view choice saved under `key` (a copy, so callers cannot change it behind our back)."""
        if key in self._view:
            return copy.deepcopy(self._view[key])
        return default

    def set_view(self, key: str, value: Any) -> None:
        """Save a view choice; it must be JSON (TypeError otherwise, caught here not at save)."""
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"view value for {key!r} is not JSON: {exc}") from None
        if key in self._view and _same_json(self._view[key], value):
            return
        self._view[key] = copy.deepcopy(value)
        self._view_updated[key] = time.time()
        self._dirty_view.add(key)

    # ----------------------------------------------------------------- disk

    def load(self) -> None:
        """Read the state file, merging it under any changes not saved yet. Never raises."""
        try:
            self._load()
        except Exception as exc:  # the reader must start whatever the state dir holds
            self._go_read_only(
                f"Could not read reading state ({exc}); changes kept in memory only."
            )

    def _load(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._go_read_only(
                f"State directory {self.path.parent} is not usable ({_reason(exc)}); "
                "reading state will not be saved."
            )
            self._adopt(self._read_disk(move_corrupt=False, report=True))
            return
        try:
            with self._locked():
                self._remove_stray_temps()
                self._adopt(self._read_disk(move_corrupt=True, report=True))
        except _LockBusy:
            # Someone holds the lock for long: read without it, saving will retry.
            self._adopt(self._read_disk(move_corrupt=False, report=True))
        except OSError as exc:
            # No lock file possible (read-only file system): read what is there, write nothing.
            self._go_read_only(
                f"Cannot lock {self.lock_path} ({_reason(exc)}); reading state will not be saved."
            )
            self._adopt(self._read_disk(move_corrupt=False, report=True))

    def save(self) -> bool:
        """Write this instance's changes, merged with the disk; True when the disk holds them.

        Returns True without writing when nothing changed. Never raises.
        """
        if self._foreign:
            return False
        if not self._dirty():
            return True
        try:
            return self._save()
        except Exception as exc:
            self._go_read_only(
                f"Could not save reading state ({exc}); changes kept in memory only."
            )
            return False

    def _save(self) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._locked():
                disk = self._read_disk(move_corrupt=True, report=False)
                if self._foreign:
                    return False
                if disk is not None:
                    self._adopt(disk)
                # else the file was corrupt and is now aside: write all we hold, not just changes.
                self._write(self._serialise())
        except _LockBusy:
            if not self._lock_reported:
                self._lock_reported = True
                self.messages.append(
                    f"Reading state not saved yet: {self.lock_path} is held by another process."
                )
            return False
        except OSError as exc:
            self._go_read_only(
                f"Cannot save reading state to {self.path} ({_reason(exc)}); "
                "read-only mode, changes kept in memory only."
            )
            return False
        self._dirty_articles.clear()
        self._dirty_view.clear()
        self._dirty_last = False
        self._lock_reported = False
        if self.read_only:
            self.read_only = False
            self.messages.append(f"Reading state saved again to {self.path}.")
        return True

    def _dirty(self) -> bool:
        return bool(self._dirty_articles or self._dirty_view or self._dirty_last)

    @property
    def changed(self) -> bool:
        """Something was changed and is not on disk yet (a failed save leaves it so)."""
        return self._dirty()

    def _read_disk(self, move_corrupt: bool, report: bool) -> _Disk | None:
        """The file's content, or None when it is unusable (corrupt files are moved aside)."""
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_STATE_BYTES + 1)
        except FileNotFoundError:
            return _empty_disk()
        except NotADirectoryError as exc:
            # Only reachable when a parent is a file; _load already said so.
            if not self.read_only:
                self._go_read_only(f"Cannot read {self.path} ({_reason(exc)}).")
            return None
        except OSError as exc:
            self._go_read_only(
                f"Cannot read {self.path} ({_reason(exc)}); reading state will not be saved."
            )
            # Never write over a file we could not read: it may hold the user's state.
            self._foreign = True
            return None
        try:
            if len(raw) > MAX_STATE_BYTES:
                raise _Corrupt(f"larger than {MAX_STATE_BYTES // (1024 * 1024)} MB")
            disk = _parse(raw)
        except _Corrupt as exc:
            self._set_aside(str(exc), move_corrupt)
            return None
        if disk.version > VERSION:
            if not self._foreign:
                self._foreign = True
                self.read_only = True
                self.messages.append(
                    f"{self.path} was written by a newer reader (state version {disk.version}); "
                    "reading state will not be saved."
                )
        elif disk.skipped and report:
            self.messages.append(
                f"Skipped {disk.skipped} unreadable entr{'y' if disk.skipped == 1 else 'ies'} "
                f"in {self.path}."
            )
        return disk

    def _set_aside(self, why: str, allowed: bool) -> None:
        """Move a corrupt file out of the way so the next save starts clean but nothing is lost."""
        if not allowed:
            self._foreign = True
            self._go_read_only(f"{self.path} is corrupt ({why}); reading state will not be saved.")
            return
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, target)
        except OSError as exc:
            self._foreign = True
            self._go_read_only(
                f"{self.path} is corrupt ({why}) and could not be moved aside ({_reason(exc)}); "
                "reading state will not be saved."
            )
            return
        self.messages.append(
            f"State file was corrupt ({why}); moved it to {target.name} and started afresh."
        )

    def _adopt(self, disk: _Disk | None) -> None:
        """Take the disk's state, keeping our unsaved changes unless the disk's are newer."""
        if disk is None:
            disk = _empty_disk()
        articles = dict(disk.articles)
        for key, fields in list(self._dirty_articles.items()):
            mine = self._articles.get(key)
            theirs = articles.get(key)
            if mine is None:
                del self._dirty_articles[key]
                continue
            if theirs is None:
                articles[key] = mine
                continue
            merged = dict(theirs)
            for name in list(fields):
                if theirs[f"{name}_updated"] <= mine[f"{name}_updated"]:
                    merged[name] = mine[name]
                    if name == "block":
                        merged["anchor"] = mine.get("anchor", "")
                    merged[f"{name}_updated"] = mine[f"{name}_updated"]
                    merged["digest"] = mine["digest"]
                else:
                    fields.discard(name)
            merged["updated"] = max(theirs["updated"], mine["updated"])
            articles[key] = merged
            if not fields:
                del self._dirty_articles[key]
        view = dict(disk.view)
        view_updated = dict(disk.view_updated)
        for key in list(self._dirty_view):
            if disk.view_updated.get(key, 0.0) <= self._view_updated.get(key, 0.0):
                view[key] = self._view[key]
                view_updated[key] = self._view_updated[key]
            else:
                self._dirty_view.discard(key)
        if self._dirty_last and disk.last_updated > self._last_updated:
            self._dirty_last = False
        if not self._dirty_last:
            self._last, self._last_updated = disk.last_article, disk.last_updated
        self._articles = articles
        self._view, self._view_updated = view, view_updated

    def _serialise(self) -> bytes:
        data = {
            "version": VERSION,
            "articles": self._articles,
            "last_article": self._last,
            "view": self._view,
            "updated": {"last_article": self._last_updated, "view": self._view_updated},
        }
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()

    def _write(self, payload: bytes) -> None:
        """Replace the file atomically; on failure the old file stays and no temp file remains."""
        write_atomic(self.path, payload, prefix=_TMP_PREFIX, suffix=_TMP_SUFFIX)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold an exclusive flock on the sibling lock file, waiting up to LOCK_TIMEOUT."""
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            deadline = time.monotonic() + LOCK_TIMEOUT
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise _LockBusy from None
                    time.sleep(0.005)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _remove_stray_temps(self) -> None:
        """Delete temp files left by a reader killed mid-save (we hold the lock: none is live)."""
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return
        for name in names:
            if name.startswith(_TMP_PREFIX) and name.endswith(_TMP_SUFFIX):
                with contextlib.suppress(OSError):
                    os.unlink(self.path.parent / name)

    def _go_read_only(self, message: str) -> None:
        if not self.read_only:
            self.read_only = True
            self.messages.append(message)


def _same_json(a: Any, b: Any) -> bool:
    """Equality that tells True from 1, as the JSON file would."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _reason(exc: OSError) -> str:
    """A short reason for a one-line message, e.g. 'No space left on device'."""
    if exc.errno is not None:
        return exc.strerror or errno.errorcode.get(exc.errno, str(exc.errno))
    return str(exc)
