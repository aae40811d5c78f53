"""Case- and accent-insensitive search that reports offsets in the original text.

`ia` finds `IA`, `etat` finds `État`: both sides are folded (casefold, accents removed), and a
map from folded positions back to original positions turns hits into ranges of the real text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Ligatures French writes that Unicode does not decompose.
_LIGATURES = {"œ": "oe", "æ": "ae"}


# Characters met so far whose folded form is not exactly one character (œ, ß, a lone accent).
_UNEVEN: set[str] = set()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lowered = char.casefold()
    if lowered in _LIGATURES:
        folded = _LIGATURES[lowered]
    else:
        decomposed = unicodedata.normalize("NFKD", lowered)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(folded) != 1:
        _UNEVEN.add(char)
    return folded


class _FoldTable(dict):
    """`str.translate` table that learns each character's folded form on first sight."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The searchable form of `text` (may differ in length from it)."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded position (and one past the end), its original offset."""
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    folded = text.translate(_TABLE)
    if _UNEVEN.isdisjoint(text):
        # Every character folded to one (é -> e): positions are the same on both sides.
        return folded, list(range(len(text) + 1))
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
