"""Translations on disk, so a translated article reopens at once without loading the model.

One small JSON file per (model, source text): reading a whole article's blocks is a few
dozen file reads (a few ms), a crash mid-write loses at most one entry (writes go to a temp
file and are renamed), and a damaged entry is detected (it names the hash of its source)
and simply translated again. The total size is bounded: the least recently used entries go.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path

from reader import paths
from reader.fileio import read_regular, remove_tree, write_atomic
from reader.text import clean

log = logging.getLogger("reader")

# Bump when the translation pipeline changes the text it produces for the same model.
PIPELINE_VERSION = 1
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY_BYTES = 4 * 1024 * 1024
# JSON can spell a lone surrogate ("\ud800"); no model writes one, and no terminal prints it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# After an eviction the cache is brought down to this share of the bound, so that
# evictions (a directory scan) stay rare.
_LOW_WATER = 0.8


def source_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _folder_name(package_key: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", package_key)[:60]
    digest = hashlib.blake2b(package_key.encode("utf-8"), digest_size=6).hexdigest()
    return f"{safe}-{digest}"


class TranslationCache:
    """Cached translations keyed by model package (name@version) and source text."""

    def __init__(self, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root or paths.cache_dir() / "translations"
        self.max_bytes = max_bytes
        self._size: int | None = None
        self._lock = threading.Lock()

    def _path(self, package_key: str, digest: str) -> Path:
        return (
            self.root / f"v{PIPELINE_VERSION}" / _folder_name(package_key) / digest[:2]
            / f"{digest}.json"
        )

    def get(self, package_key: str, source_text: str) -> str | None:
        """The cached translation, or None (missing, unreadable or corrupt entry)."""
        digest = source_hash(source_text)
        path = self._path(package_key, digest)
        try:
            raw = read_regular(path, MAX_ENTRY_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError:
            raw = b""  # a FIFO, a folder, unreadable: a damaged entry
        if len(raw) > MAX_ENTRY_BYTES:
            raw = b""  # no block's translation is this large: a damaged entry
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            data = None
        if (
            not isinstance(data, dict)
            or data.get("hash") != digest
            or data.get("model") != package_key
            or not isinstance(data.get("target"), str)
            or _SURROGATE.search(data["target"])
        ):
            # Damaged, of the wrong shape, too deep or too large: translated again.
            log.info("translation cache entry %s unreadable; removed", path)
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        # Recently read entries are the last to be evicted.
        with contextlib.suppress(OSError):
            os.utime(path)
        # Entries written before model output was cleaned on the way in are cleaned here.
        return clean(data["target"])

    def get_many(self, package_key: str, sources: Sequence[str]) -> list[str | None]:
        """`get` for each source, in order (one article's blocks)."""
        return [self.get(package_key, source) for source in sources]

    def put(self, package_key: str, source_text: str, target_text: str) -> bool:
        """Store a translation; False if the cache dir cannot be written (then it is skipped)."""
        digest = source_hash(source_text)
        path = self._path(package_key, digest)
        data = json.dumps(
            {"model": package_key, "hash": digest, "target": clean(target_text)},
            ensure_ascii=False,
        ).encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data, prefix=".entry-", sync=False)
        except OSError:
            return False
        self._grew(len(data))
        return True

    def _grew(self, added: int) -> None:
        with self._lock:
            if self._size is None:
                self._size = self.size()
            else:
                self._size += added
            if self._size > self.max_bytes:
                self._size = self._evict(int(self.max_bytes * _LOW_WATER))

    def _entries(self) -> list[tuple[float, int, Path]]:
        found = []
        for folder, _dirs, files in os.walk(self.root):
            for name in files:
                path = Path(folder) / name
                try:
                    info = path.stat()
                except OSError:
                    continue
                found.append((info.st_mtime, info.st_size, path))
        return found

    def size(self) -> int:
        """Bytes used by cached entries."""
        return sum(size for _mtime, size, _path in self._entries())

    def _evict(self, target: int) -> int:
        """Delete least recently used entries until at most `target` bytes remain."""
        entries = sorted(self._entries(), key=lambda entry: entry[0])
        total = sum(size for _mtime, size, _path in entries)
        for _mtime, size, path in entries:
            if total <= target:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
        return total

    def clear(self) -> int:
        """Delete every cached translation; returns the bytes freed."""
        with self._lock:
            freed = self.size()
            shutil.rmtree(self.root, ignore_errors=True)
            self._size = 0
            return freed


# What `reader cache clear` removes from reader's cache dir: only names reader writes there,
# so a cache dir pointed at a shared folder loses nothing else.
CACHE_NAMES = ("translations", "language.json", "catalog.json", "argos-downloads",
               "first-article.json")  # the last: reader.blockcache
_CACHE_PREFIXES = ("language.json.", ".language-", "catalog.json.", ".catalog",
                   ".first-article.json.", ".relations-")
# reader.relations.RelationCache: one file per extractor version; older versions' files are
# never read again, so they go too.
_VERSIONED = re.compile(r"relations-v\d+\.json")


def clear_caches(root: Path | None = None) -> int:
    """Delete every cache reader keeps under `root` (its cache dir); returns the bytes freed."""
    root = root or paths.cache_dir()
    try:
        entries = list(root.iterdir())
    except OSError:
        return 0
    freed = 0
    for entry in entries:
        if entry.name not in CACHE_NAMES and not entry.name.startswith(_CACHE_PREFIXES) \
                and not _VERSIONED.fullmatch(entry.name):
            continue
        freed += remove_tree(entry) or 0
    return freed
