"""Saved articles and subscriptions on disk, in the data dir the user owns.

Layout::

    <data dir>/feeds.json               subscriptions and what was saved from where (atomic writes)
    <data dir>/library/<source>/<date>-<slug>.md

`feeds.json` (version 1)::

    {"version": 1,
     "feeds": [{"url", "title", "site", "etag", "last_modified", "last_fetch", "last_error",
                "keep", "added"}],
     "articles": {"<path relative to library/>": {"url", "guid", "feed", "updated", "date",
                                                   "deleted"?}}}

A file's name is chosen once, when it is first saved, and unique across the library and the
bundled articles: its stem is the article's id, so ids never change between runs. A deleted
article stays in `articles` (marked deleted) so that a refresh does not bring it back.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader import paths
from reader.feeds.urls import canonical, slug, source_name
from reader.fileio import fsync_dir, fsync_file, write_atomic
from reader.text import clean

VERSION = 1
FILE_NAME = "feeds.json"
FRONT_MATTER_KEYS = ("title", "url", "source", "author", "date", "lang", "feed", "fetched",
                     "summary_only")


class StoreError(Exception):
    """The subscriptions file or the library cannot be used; one line for the user."""


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _value(text: str) -> str:
    """A front matter value: one line, JSON-string quoted, read back as `clean(text)`."""
    quoted = json.dumps(clean(str(text)), ensure_ascii=False)
    # clean() leaves no character that splitlines() breaks on, but a line must stay one line.
    for char in ("\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"):
        quoted = quoted.replace(char, f"\\u{ord(char):04x}")
    return quoted


def render(meta: dict[str, str], body: str) -> str:
    """Front matter (one `key: "value"` per line, known keys in order) and the Markdown body."""
    lines = ["---"]
    for key in FRONT_MATTER_KEYS:
        value = meta.get(key)
        if value:
            lines.append(f"{key}: {_value(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


@dataclass
class Saved:
    path: Path
    status: str  # new / updated / unchanged


class Store:
    """Subscriptions and the saved-article index; load() then change, then save()."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else paths.data_dir()
        self.library = self.root / "library"
        self.path = self.root / FILE_NAME
        self.feeds: list[dict[str, Any]] = []
        self.articles: dict[str, dict[str, Any]] = {}
        self._by_guid: dict[tuple[str, str], str] = {}
        self._by_url: dict[str, str] = {}
        self._stems: set[str] | None = None
        self._unsynced: list[Path] = []

    # ---- the file -----------------------------------------------------------------------

    def load(self) -> Store:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self
        except OSError as error:
            raise StoreError(f"{self.path}: cannot read ({error.strerror or error})") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise StoreError(f"{self.path}: not a reader subscriptions file (bad JSON)") from None
        if not isinstance(data, dict) or not isinstance(data.get("version"), int):
            raise StoreError(f"{self.path}: not a reader subscriptions file")
        feeds = data.get("feeds")
        self.feeds = [f for f in feeds if isinstance(f, dict) and isinstance(f.get("url"), str)] \
            if isinstance(feeds, list) else []
        articles = data.get("articles")
        if isinstance(articles, dict):
            self.articles = {k: v for k, v in articles.items()
                             if isinstance(k, str) and isinstance(v, dict) and _safe_rel(k)}
        self._index()
        return self

    def save(self) -> None:
        """Make the articles written so far durable, then write the index that names them."""
        self._flush()
        payload = json.dumps(
            {"version": VERSION, "feeds": self.feeds, "articles": self.articles},
            ensure_ascii=False, indent=1,
        )
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, payload.encode("utf-8"))
        except OSError as error:
            raise StoreError(f"{self.path}: cannot write ({error.strerror or error})") from None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One refresh at a time across processes (the app's `R` and `reader fetch`)."""
        lock = self.root / "feeds.lock"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            handle = open(lock, "a+")  # noqa: SIM115 - closed by the with below
        except OSError as error:
            raise StoreError(f"{lock}: cannot lock ({error.strerror or error})") from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise StoreError("another refresh is running; try again when it ends") from None
            try:
                self.load()
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _index(self) -> None:
        self._by_guid = {}
        self._by_url = {}
        for rel, entry in self.articles.items():
            if entry.get("feed") and entry.get("guid"):
                self._by_guid[(entry["feed"], entry["guid"])] = rel
            for url in (entry.get("url"), entry.get("canonical")):
                if url:
                    self._by_url[canonical(url)] = rel

    # ---- feeds --------------------------------------------------------------------------

    def feed(self, url: str) -> dict[str, Any] | None:
        key = canonical(url)
        return next((f for f in self.feeds if canonical(f["url"]) == key), None)

    def add_feed(self, url: str, title: str = "", keep: int | None = None) -> dict[str, Any]:
        record = self.feed(url)
        if record is None:
            record = {"url": url, "title": title, "added": now_iso()}
            self.feeds.append(record)
        elif title:
            record["title"] = title
        if keep is not None:
            record["keep"] = keep
        return record

    def remove_feed(self, url: str, delete_articles: bool = False) -> tuple[bool, int]:
        """(was subscribed, articles deleted)."""
        record = self.feed(url)
        if record is None:
            return False, 0
        self.feeds.remove(record)
        deleted = 0
        if delete_articles:
            for rel in [r for r, e in self.articles.items()
                        if e.get("feed") == record["url"] and not e.get("deleted")]:
                deleted += self.delete(rel)
        return True, deleted

    def feed_articles(self, url: str) -> list[str]:
        return [rel for rel, entry in self.articles.items()
                if entry.get("feed") == url and not entry.get("deleted")]

    # ---- articles -----------------------------------------------------------------------

    def known(self, feed: str | None, guid: str, url: str) -> str | None:
        """The saved article (relative path) for this GUID in this feed, or this address."""
        if feed and guid and (feed, guid) in self._by_guid:
            return self._by_guid[(feed, guid)]
        if url:
            return self._by_url.get(canonical(url))
        return None

    def full_path(self, rel: str) -> Path:
        return self.library / rel

    def rel_of(self, path: Path) -> str | None:
        try:
            rel = path.resolve().relative_to(self.library.resolve()).as_posix()
        except (ValueError, OSError):
            return None
        return rel if rel in self.articles else None

    def remember(self, rel: str, feed: str | None, guid: str, url: str, **extra: Any) -> None:
        """Record another way to recognise a saved article (a second GUID, a canonical link)."""
        entry = self.articles.setdefault(rel, {})
        entry.update({k: v for k, v in extra.items() if v})
        if url and not entry.get("url"):
            entry["url"] = url
        if feed and not entry.get("feed"):
            entry["feed"] = feed
        if guid and not entry.get("guid"):
            entry["guid"] = guid
        if feed and guid:
            self._by_guid[(feed, guid)] = rel
        for address in (url, extra.get("canonical")):
            if address:
                self._by_url[canonical(address)] = rel

    def save_article(
        self, meta: dict[str, str], body: str, *, rel: str | None = None, feed: str | None = None,
        guid: str = "", updated: str = "", canonical_url: str = "", restore: bool = False,
    ) -> Saved:
        """Write a new article, or rewrite a known one if its content changed (atomically).

        A deleted article stays deleted, unless `restore` (its address given to `reader add`).
        """
        if rel is not None and self.articles.get(rel, {}).get("deleted"):
            if not restore:
                return Saved(self.full_path(rel), "unchanged")
            del self.articles[rel]["deleted"]
            path = self.full_path(rel)
            self._write(path, render(meta, body))
            self.remember(rel, feed, guid, meta.get("url", ""), updated=updated,
                          canonical=canonical_url, date=meta.get("date", ""))
            return Saved(path, "new")
        if rel is not None and self.full_path(rel).is_file():
            path = self.full_path(rel)
            try:
                old = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                old = ""
            old_fetched = _front_value(old, "fetched")
            # `fetched` alone changing is no change: the read mark must survive a refresh.
            if old_fetched and render({**meta, "fetched": old_fetched}, body) == old:
                self.remember(rel, feed, guid, meta.get("url", ""), updated=updated,
                              canonical=canonical_url)
                return Saved(path, "unchanged")
            self._write(path, render(meta, body))
            self.remember(rel, feed, guid, meta.get("url", ""), updated=updated,
                          canonical=canonical_url, date=meta.get("date", ""))
            self.articles[rel]["updated"] = updated
            return Saved(path, "updated")
        rel = self._new_name(meta)
        path = self.full_path(rel)
        self._write(path, render(meta, body))
        self.articles[rel] = {}
        self.remember(rel, feed, guid, meta.get("url", ""), updated=updated,
                      canonical=canonical_url, date=meta.get("date", ""))
        return Saved(path, "new")

    def delete(self, rel: str) -> int:
        """Remove a saved article's file; it stays known so a refresh does not bring it back."""
        entry = self.articles.get(rel)
        if entry is None or entry.get("deleted"):
            return 0
        with contextlib.suppress(FileNotFoundError):
            self.full_path(rel).unlink()
        entry["deleted"] = True
        return 1

    def _write(self, path: Path, text: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Atomic now, durable in save(): one fsync per file on this thread made a refresh
            # of 200 articles twice as slow as extracting them; fsyncs issued together share
            # the file system's journal commits.
            write_atomic(path, text.encode("utf-8"), sync=False)
        except OSError as error:
            raise StoreError(f"{path}: cannot write ({error.strerror or error})") from None
        self._unsynced.append(path)

    def _flush(self) -> None:
        if not self._unsynced:
            return
        from concurrent.futures import ThreadPoolExecutor

        files, self._unsynced = self._unsynced, []
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(fsync_file, files))
            list(pool.map(fsync_dir, {f.parent for f in files} | {self.library}))

    def _new_name(self, meta: dict[str, str]) -> str:
        """`<source>/<date>-<slug>.md`, its stem unique in the library and the bundled articles."""
        if self._stems is None:
            self._stems = {p.stem for p in paths.seeds_dir().glob("*.md")}
            if self.library.is_dir():
                self._stems |= {p.stem for p in self.library.rglob("*.md")}
            self._stems |= {Path(rel).stem for rel in self.articles}
        folder = source_name(meta.get("url") or meta.get("feed") or "")
        day = (meta.get("date") or meta.get("fetched") or now_iso())[:10]
        if not (len(day) == 10 and day[4] == "-" and day[:4].isdigit()):
            day = now_iso()[:10]
        base = f"{day}-{slug(meta.get('title', ''), 50) or 'article'}"
        stem, number = base, 1
        while stem in self._stems or (self.library / folder / f"{stem}.md").exists():
            number += 1
            stem = f"{base}-{number}"
        self._stems.add(stem)
        return f"{folder}/{stem}.md"


def _safe_rel(rel: str) -> bool:
    parts = rel.split("/")
    return len(parts) == 2 and all(p and p not in (".", "..") and "\\" not in p for p in parts) \
        and rel.endswith(".md")


def _front_value(text: str, key: str) -> str:
    if not text.startswith("---\n"):
        return ""
    end = text.find("\n---\n", 3)
    for line in text[4:end].split("\n"):
        name, _, value = line.partition(": ")
        if name == key:
            try:
                decoded = json.loads(value)
            except ValueError:
                return ""
            return decoded if isinstance(decoded, str) else ""
    return ""

