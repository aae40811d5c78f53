"""Reading sessions without Textual: a find in one article, the jump list, mention stepping.

The article view keeps one of each and draws them; the logic lives here so it is tested on its
own and the UI only wires keys and messages to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from reader.search import find_all, fold
from reader.wording import counted

SOURCE = "source"
TRANSLATION = "translation"
MAX_MARKS = 500  # highlighted matches per block; more would make one block slow to draw

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Hit:
    """A find match: block, column ("source" or "translation"), offsets in that text."""

    block: int
    column: str
    start: int
    end: int


class FindSession:
    """One find in one article: the query, its hits in reading order, the current hit."""

    def __init__(self, query: str = "") -> None:
        self.query = query
        self.hits: list[Hit] = []
        self.by_block: dict[tuple[int, str], list[Hit]] = {}
        self.index = -1  # the current hit; -1 before the reader steps to one

    def search(self, query: str, folded_blocks: Sequence[tuple[str, list[int]]],
               translations: Mapping[int, str] | None = None) -> set[int]:
        """Find `query` in the folded source blocks (and translations, when given).

        Returns the blocks whose marks changed (they held hits before or hold them now).
        """
        old = {block for block, _ in self.by_block}
        self.query = query
        needle = fold(query.strip())
        hits: list[Hit] = []
        if needle:
            for index, (folded, positions) in enumerate(folded_blocks):
                start = folded.find(needle)
                while start >= 0:
                    end = start + len(needle)
                    hits.append(Hit(index, SOURCE, positions[start], positions[end - 1] + 1))
                    start = folded.find(needle, end)
                if translations and index in translations:
                    for s, e in find_all(translations[index], query.strip()):
                        hits.append(Hit(index, TRANSLATION, s, e))
        self.hits = hits
        self.by_block = {}
        for hit in hits:
            self.by_block.setdefault((hit.block, hit.column), []).append(hit)
        self.index = -1
        return old | {block for block, _ in self.by_block}

    def clear(self) -> set[int]:
        """End the find; returns the blocks that held hits."""
        old = {block for block, _ in self.by_block}
        self.query, self.hits, self.by_block, self.index = "", [], {}, -1
        return old

    @property
    def current(self) -> Hit | None:
        return self.hits[self.index] if 0 <= self.index < len(self.hits) else None

    def go(self, number: int) -> Hit | None:
        """Make hit `number` current (wrapping round both ends)."""
        if not self.hits:
            return None
        self.index = number % len(self.hits)
        return self.hits[self.index]

    def next(self) -> Hit | None:
        return self.go(self.index + 1)

    def previous(self) -> Hit | None:
        return self.go(self.index - 1 if self.index >= 0 else -1)

    def first_from(self, block: int) -> int | None:
        """The number of the first hit at or below `block`, else None."""
        return next((n for n, hit in enumerate(self.hits) if hit.block >= block), None)

    def count_line(self) -> str:
        """What the find bar says: nothing, "no match", "12 matches", "3 of 12"."""
        if not self.query.strip():
            return ""
        if not self.hits:
            return "no match"
        if self.index < 0:
            return counted(len(self.hits), "match")
        return f"{self.index + 1} of {len(self.hits)}"

    def marks(self, block: int, column: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of the hits in one block's column; kind "hit" or "current"."""
        hits = self.by_block.get((block, column))
        if not hits:
            return []
        marks = [(h.start, h.end, "hit") for h in hits[:MAX_MARKS]]
        current = self.current
        if current is not None and current.block == block and current.column == column:
            marks.append((current.start, current.end, "current"))
        return marks


@dataclass(frozen=True)
class Place(Generic[T]):
    """Where the reader was: an article, the block at the top, and what the jump came from."""

    article: T
    block: int
    note: object = None  # e.g. the map selection to reopen when going back


class JumpList(Generic[T]):
    """Places to go back to, newest last, at most `depth` of them."""

    def __init__(self, depth: int = 50) -> None:
        self.depth = depth
        self._places: list[Place[T]] = []

    def push(self, place: Place[T]) -> None:
        self._places.append(place)
        del self._places[: -self.depth]

    def back(self) -> Place[T] | None:
        return self._places.pop() if self._places else None

    def drop(self, article: T) -> None:
        """Forget every place in `article` (it was deleted)."""
        self._places = [p for p in self._places if p.article is not article]

    def __len__(self) -> int:
        return len(self._places)


def step_mention(blocks: Sequence[int], current: int, delta: int, top: int) -> int | None:
    """The mention to step to from `current` (-1: none yet, start from block `top`).

    `blocks` is the block of each mention in reading order; None when there is no more.
    """
    if current < 0:
        after = next((n for n, block in enumerate(blocks) if block >= top), len(blocks))
        number = after if delta > 0 else after - 1
    else:
        number = current + delta
    return number if 0 <= number < len(blocks) else None


def folded_blocks(texts: Iterable[str]) -> list[tuple[str, list[int]]]:
    """Each block's text in search form, with the map back to the original offsets."""
    from reader.search import fold_with_map

    return [fold_with_map(text) for text in texts]


__all__ = ["FindSession", "Hit", "JumpList", "Place", "folded_blocks", "step_mention"]
