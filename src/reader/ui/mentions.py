"""Mentions as the UI needs them: marks per block, an ordered list to step through, counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.articles import Article
from reader.document import Block, Cell
from reader.ui.render import Mark

if TYPE_CHECKING:
    from reader.entities import Mention

# reader.entities compiles its patterns at import: it is imported when first used, after the
# first paint, not on the start-up path.


@dataclass(frozen=True, slots=True)
class Place:
    """A mention's place in an article: its block and its offsets in that block's text."""

    block: int
    mention: Mention


class ArticleMentions:
    """All mentions of one article, by block, computed once and reused by every render."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._by_block: dict[int, tuple[str, list[Mention]]] = {}
        self._places: list[Place] | None = None

    def in_block(self, index: int, block: Block) -> list[Mention]:
        # Keyed by index but checked against the text: rows of the article being replaced can
        # still be drawn once after this one took over, and their block `index` is other text.
        cached = self._by_block.get(index)
        if cached is not None and cached[0] == block.text:
            return cached[1]
        from reader.entities import block_mentions

        found = block_mentions(block, self.article)
        self._by_block[index] = (block.text, found)
        return found

    def places(self) -> list[Place]:
        """Every mention in reading order (computed on first use)."""
        if self._places is None:
            self._places = [
                Place(index, mention)
                for index, block in enumerate(self.article.blocks)
                for mention in self.in_block(index, block)
            ]
        return self._places

    def counts(self) -> list[tuple[str, str, int]]:
        """(canonical name, kind, count), most mentioned first."""
        counter = Counter((p.mention.canonical, p.mention.kind) for p in self.places())
        return [(name, kind, n) for (name, kind), n in counter.most_common()]


def marks_for(mentions: list[Mention], current: Mention | None = None) -> list[Mark]:
    marks = [Mark(m.start, m.end, f".mention--{m.kind}") for m in mentions]
    if current is not None and current in mentions:
        marks.append(Mark(current.start, current.end, ".mention--current"))
    return marks


def cell_marks(cell: Cell, article: Article) -> list[Mark]:
    from reader.entities import cell_mentions

    return marks_for(cell_mentions(cell, article))


def english_marks(text: str) -> list[Mark]:
    """The same matcher over translated text, so names stand out in both columns."""
    from reader.entities import default_matcher

    return marks_for(default_matcher().find(text))
