"""Case- and accent-insensitive search that reports offsets in the original text.

`ia` finds `IA`, `etat` finds `État`: both sides are folded (casefold, accents removed), and a
map from folded positions back to original positions turns hits into ranges of the real text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Ligatures French writes that Unicode does not decompose.
_LIGATURES = {"œ": "oe", "æ": "ae"}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lowered = char.casefold()
    if lowered in _LIGATURES:
        return _LIGATURES[lowered]
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The searchable form of `text` (may differ in length from it)."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded position (and one past the end), its original offset."""
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    parts: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        parts.append(folded)
        positions.extend([index] * len(folded))
    positions.append(len(text))
    return "".join(parts), positions


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) ranges of `text` matching `query`, in order."""
    needle = fold(query.strip())
    if not needle or not text:
        return []
    folded, positions = fold_with_map(text)
    hits: list[tuple[int, int]] = []
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        original_start = positions[start]
        # The end maps past the last folded char of the match: to the next original char.
        original_end = positions[end - 1] + 1
        hits.append((original_start, original_end))
        start = folded.find(needle, end)
    return hits


def matches(text: str, query: str) -> bool:
    needle = fold(query.strip())
    return bool(needle) and needle in fold(text)
