"""Which language an article and each of its blocks are in (langdetect, cached on disk).

langdetect is imported inside the detecting function: importing it and loading its
profiles takes a third of a second, which must not sit on the start-up path.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader import document
from reader.fileio import read_regular, write_atomic
from reader.paths import cache_dir

if TYPE_CHECKING:
    from reader.articles import Article

log = logging.getLogger("reader")
# 50,000 entries with their block lists stay far below this; a larger file is not ours.
MAX_FILE_BYTES = 64 * 1024 * 1024

# Blocks shorter than this take the article's language: langdetect guesses wildly on a few words.
MIN_BLOCK_WORDS = 6
# A block is said to differ from its article only when detection is this sure of it.
MIN_BLOCK_PROBABILITY = 0.9
# How much of an article's text is enough to tell its language.
SAMPLE_CHARS = 2000
# Blocks that are not prose: detection would only guess.
_NOT_PROSE = (document.CODE, document.RULE)

_lock = threading.Lock()
_seeded = False


def _probabilities(text: str) -> list[tuple[str, float]]:
    """Languages langdetect finds in `text`, most likely first (raises on featureless text)."""
    global _seeded
    with _lock:
        from langdetect import DetectorFactory, detect_langs

        if not _seeded:
            # Fixed seed: the same text gets the same answer on every run.
            DetectorFactory.seed = 0
            _seeded = True
        return [(found.lang, found.prob) for found in detect_langs(text)]


def _best(text: str) -> tuple[str, float] | None:
    if not any(char.isalpha() for char in text):
        return None
    try:
        found = _probabilities(text)
    except Exception:
        # LangDetectException on featureless text, or a broken install: both mean "unknown".
        return None
    if not found:
        return None
    lang, prob = found[0]
    # ISO 639-1: langdetect says zh-cn / zh-tw; the region is not a language.
    return lang.split("-")[0].lower(), prob


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language of `text`, or None if it cannot be told; never raises."""
    best = _best(text)
    return best[0] if best else None


@dataclass(frozen=True, slots=True)
class LanguageEntry:
    """What detection found for one version of an article (keyed by its digest)."""

    lang: str | None
    blocks: tuple[str | None, ...] | None = None


def _sample(article: Article) -> str:
    parts: list[str] = []
    size = 0
    for block in article.blocks:
        if block.kind in _NOT_PROSE or not block.text.strip():
            continue
        parts.append(block.text)
        size += len(block.text) + 1
        if size >= SAMPLE_CHARS:
            break
    return "\n".join(parts)[:SAMPLE_CHARS]


def _front_matter_lang(article: Article) -> str | None:
    lang = article.meta.get("lang", "").strip().lower()
    return lang or None


# Fewer words than this and detection is a random guess ("# Seul titre" came out Romanian).
MIN_ARTICLE_WORDS = 6
# What a too-short article is taken to be when its library says nothing better: reader's news.
DEFAULT_LANGUAGE = "fr"
# Below this many words, names carry no language ("Meta Llama Nvidia Claude" came out Catalan):
# detection reads only the uncapitalised words, and a hesitant answer is no answer.
SHORT_ARTICLE_WORDS = 40
MIN_SHORT_PROBABILITY = 0.8


def _short_guess(sample: str) -> str | None:
    words = [word for word in sample.split() if not any(char.isupper() for char in word)]
    if len(words) < MIN_ARTICLE_WORDS // 2:
        return None
    best = _best(" ".join(words))
    if best is None or best[1] < MIN_SHORT_PROBABILITY:
        return None
    return best[0]


def article_language(
    article: Article, cache: LanguageCache | None = None, fallback: str | None = None
) -> str | None:
    """The article's language: front matter `lang` wins, else detection on a sample of the body.

    A text too short to tell takes `fallback` (the library's language), else French.
    The result is also recorded on `article.lang`, so `Article.language` reports it.
    """
    lang = _front_matter_lang(article)
    if lang is None:
        entry = cache.get(article.digest) if cache else None
        sample = _sample(article)
        words = len(sample.split())
        if words < MIN_ARTICLE_WORDS:
            lang = fallback or DEFAULT_LANGUAGE
        elif entry is not None:
            lang = entry.lang
        else:
            short = words < SHORT_ARTICLE_WORDS and any(char.isalpha() for char in sample)
            lang = _short_guess(sample) if short else detect(sample)
            if short and lang is None:
                # Too few plain words to tell: the library's language, not cached (it depends
                # on the library, not on the text).
                article.lang = fallback or DEFAULT_LANGUAGE
                return article.lang
            if cache is not None:
                cache.put(article.digest, LanguageEntry(lang))
    article.lang = lang
    return lang


def block_languages(article: Article, cache: LanguageCache | None = None) -> list[str | None]:
    """One language per block: prose of 6+ words is detected, the rest takes the article's."""
    blocks = article.blocks
    entry = cache.get(article.digest) if cache else None
    if entry is not None and entry.blocks is not None and len(entry.blocks) == len(blocks):
        article.lang = _front_matter_lang(article) or entry.lang
        return list(entry.blocks)
    lang = article_language(article, cache)
    result: list[str | None] = []
    for block in blocks:
        found = None
        if block.kind not in _NOT_PROSE and block.words >= MIN_BLOCK_WORDS:
            best = _best(block.text)
            if best and (best[0] == lang or best[1] >= MIN_BLOCK_PROBABILITY):
                found = best[0]
        result.append(found or lang)
    if cache is not None:
        cache.put(article.digest, LanguageEntry(lang, tuple(result)))
    return result


class LanguageCache:
    """Detection results on disk, so a second run detects nothing it has seen before."""

    MAX_ENTRIES = 50_000  # a 10,000-article library fits, so a relaunch detects nothing

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / "language.json"
        self._entries: dict[str, LanguageEntry] = {}
        self._dirty = False

    def load(self) -> LanguageCache:
        """Read the file; a missing, unreadable or corrupt one just means an empty cache."""
        self._entries = {**self._read(), **self._entries}
        return self

    def get(self, digest: str) -> LanguageEntry | None:
        return self._entries.get(digest)

    def put(self, digest: str, entry: LanguageEntry) -> None:
        if self._entries.get(digest) != entry:
            self._entries.pop(digest, None)
            self._entries[digest] = entry
            self._dirty = True

    def save(self) -> bool:
        """Write atomically (temp file, fsync, replace); False if the cache dir is not writable."""
        if not self._dirty:
            return True
        # Keep what another running instance saved meanwhile; ours win on conflict.
        entries = {**self._read(), **self._entries}
        if len(entries) > self.MAX_ENTRIES:
            entries = dict(list(entries.items())[-self.MAX_ENTRIES :])
        data = {
            "version": 1,
            "entries": {
                digest: {"lang": entry.lang, "blocks": list(entry.blocks)}
                if entry.blocks is not None
                else {"lang": entry.lang}
                for digest, entry in entries.items()
            },
        }
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, payload, prefix=".language-")
        except OSError:
            return False
        self._entries = entries
        self._dirty = False
        return True

    def _read(self) -> dict[str, LanguageEntry]:
        try:
            payload = read_regular(self.path, MAX_FILE_BYTES + 1)
        except OSError:
            return {}
        try:
            if len(payload) > MAX_FILE_BYTES:
                raise ValueError("too large")
            data = json.loads(payload.decode("utf-8"))
        except (ValueError, RecursionError) as error:
            # Too deep, too large or not JSON: it would fail on every run; set it aside once.
            self._set_aside(type(error).__name__)
            return {}
        raw = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(raw, dict):
            self._set_aside("not a language cache")
            return {}
        entries: dict[str, LanguageEntry] = {}
        for digest, item in raw.items():
            entry = _entry_from_json(item)
            if entry is not None:
                entries[digest] = entry
        return entries

    def _set_aside(self, why: str) -> None:
        aside = self.path.with_name(self.path.name + ".bad")
        try:
            os.replace(self.path, aside)
        except OSError:
            return
        log.warning("language cache %s unreadable (%s); moved to %s", self.path, why, aside)


def _is_lang(value: object) -> bool:
    # Printed as it is (`reader list`, the library): a control, a bidi or zero-width mark, or
    # a lone surrogate from a damaged file must not reach the terminal.
    return value is None or (isinstance(value, str) and 0 < len(value) <= 16
                             and value.isprintable())


def _entry_from_json(item: object) -> LanguageEntry | None:
    """A valid entry, or None for anything a hand edit or a bad write left behind."""
    if not isinstance(item, dict) or not _is_lang(item.get("lang")):
        return None
    blocks = item.get("blocks")
    if blocks is None:
        return LanguageEntry(item.get("lang"))
    if not isinstance(blocks, list) or not all(_is_lang(b) for b in blocks):
        return None
    return LanguageEntry(item.get("lang"), tuple(blocks))
