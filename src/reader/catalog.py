"""What the library shows of each article (words, mention counts), cached by content hash.

Counting needs a Markdown parse and a pass of the mention matcher; a library of thousands of
articles opened again should not pay that twice. Entries are keyed by Article.digest and the
file is stamped with the gazetteer and the mention engine it was counted with, so editing
entities or a new engine recounts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reader import paths
from reader.fileio import read_regular, write_atomic

FILE_NAME = "catalog.json"
# Three numbers an article: a larger file is not one reader wrote, and is not read whole.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 50_000


@dataclass(frozen=True, slots=True)
class Entry:
    words: int
    companies: int
    models: int


def gazetteer_stamp() -> str:
    """Changes when the mention engine, the bundled gazetteer or the user's entities change."""
    from reader.entities import BUNDLED, ENGINE_VERSION, user_entities_path

    parts = ["names", ENGINE_VERSION]  # "names": counts are of names (were of mentions)
    for path in (BUNDLED, user_entities_path()):
        try:
            info = path.stat()
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append("-")
    return "|".join(parts)


class Catalog:
    """A JSON file of Entry by digest; unreadable or stale files are ignored, never fatal."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.cache_dir() / FILE_NAME
        self.stamp = gazetteer_stamp()
        self._entries: dict[str, list[int]] = {}
        self._dirty = False

    def load(self) -> Catalog:
        try:
            data = json.loads(read_regular(self.path, MAX_FILE_BYTES).decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            return self
        if not isinstance(data, dict) or data.get("stamp") != self.stamp:
            return self
        entries = data.get("entries")
        if isinstance(entries, dict):
            self._entries = {
                key: value
                for key, value in entries.items()
                if isinstance(value, list)
                and len(value) == 3
                and all(isinstance(n, int) and n >= 0 for n in value)
            }
        return self

    def get(self, digest: str) -> Entry | None:
        value = self._entries.get(digest)
        return Entry(*value) if value is not None else None

    def put(self, digest: str, words: int, companies: int, models: int) -> Entry:
        self._entries[digest] = [words, companies, models]
        self._dirty = True
        return Entry(words, companies, models)

    def save(self) -> bool:
        """Write atomically; False when the cache directory cannot be written."""
        if not self._dirty:
            return True
        entries = self._entries
        if len(entries) > MAX_ENTRIES:
            entries = dict(list(entries.items())[-MAX_ENTRIES:])
        payload = json.dumps({"stamp": self.stamp, "entries": entries}, separators=(",", ":"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, payload.encode("utf-8"), sync=False)
        except OSError:
            return False
        self._dirty = False
        return True
