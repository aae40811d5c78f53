"""The one pipeline: an article's mentions are found on its blocks, once, by find_in_blocks.

Every surface reads them from here: the view and the mentions panel (block_mentions,
cell_mentions), the library's counts and filter and `reader mentions` (article_mentions, whose
offsets are mapped back from block text to the file by reader.sourcemap), and translation's
name protection. What is not prose (code blocks, code spans, URLs) is never a mention.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader import document
from reader.entities.base import Mention
from reader.entities.matcher import Matcher, default_matcher
from reader.entities.prose import mask_html, mask_ranges
from reader.entities.sense import one_sense_per_article
from reader.entities.version import ENGINE_VERSION  # noqa: F401  (part of this module's API)

if TYPE_CHECKING:
    from reader.articles import Article
    from reader.document import Block, Cell



@dataclass(slots=True)
class Found:
    """The mentions of a list of blocks: per block (offsets into block.text) and per cell."""

    blocks: Sequence[Block]
    mentions: list[list[Mention]]
    cells: dict[int, list[list[list[Mention]]]]
    context: str
    _index: dict[int, int] = field(default_factory=dict)

    def in_order(self) -> list[Mention]:
        """Every mention, in reading order (offsets are per block: for counting and grouping)."""
        return [m for found in self.mentions for m in found]

    def of_block(self, block: Block) -> list[Mention] | None:
        """The mentions of `block` if it is one of these blocks (the same object)."""
        if not self._index:
            self._index = {id(b): i for i, b in enumerate(self.blocks)}
        i = self._index.get(id(block))
        return self.mentions[i] if i is not None and self.blocks[i] is block else None

    def of_cell(self, cell: Cell) -> list[Mention] | None:
        for i, rows in self.cells.items():
            for r, row in enumerate(self.blocks[i].rows):
                for c, other in enumerate(row):
                    if other is cell:
                        return rows[r][c]
        return None


def _without_code(text: str, spans: Iterable) -> str:
    """The prose of a block or cell: code spans and HTML tags masked, offsets kept."""
    ranges = [(s.start, s.end) for s in spans if s.style == "code"]
    return mask_html(mask_ranges(text, ranges) if ranges else text)


def _prose(block: Block) -> str | None:
    if block.kind in (document.CODE, document.RULE):
        return None
    if block.kind == document.TABLE and block.rows:
        return "\n".join("\t".join(_without_code(c.text, c.spans) for c in row)
                         for row in block.rows)
    return _without_code(block.text, block.spans)


def _retext(mentions: list[Mention], text: str, shift: int = 0) -> list[Mention]:
    return [Mention(m.start + shift, m.end + shift, m.kind, m.canonical,
                    text[m.start : m.end]) for m in mentions]


def find_in_blocks(blocks: Sequence[Block], matcher: Matcher | None = None) -> Found:
    """The mentions of an article given as its blocks: the one place they are found.

    Names whose sense depends on the rest of the text (a first name, a name that is both a
    company and a model, a name the article introduces once and repeats) are judged against
    all the blocks, and only them.
    """
    matcher = matcher or default_matcher()
    proses = [_prose(block) for block in blocks]
    context = "\n\n".join(p for p in proses if p)
    mentions: list[list[Mention]] = []
    cells: dict[int, list[list[list[Mention]]]] = {}
    for i, (block, prose) in enumerate(zip(blocks, proses, strict=True)):
        if prose is None:
            mentions.append([])
        elif block.rows and block.kind == document.TABLE:
            mentions.append(_table(block, matcher, context))
            cells[i] = []
        else:
            mentions.append(_retext(matcher.find(prose, context), block.text))
    one_sense_per_article(blocks, proses, mentions, matcher)
    for i, rows in cells.items():
        _split_cells(blocks[i], mentions[i], rows)
    return Found(blocks, mentions, cells, context)


def _table(block: Block, matcher: Matcher, context: str | None) -> list[Mention]:
    """A table's mentions, cell by cell (a name never runs from one cell into the next)."""
    found: list[Mention] = []
    offset = 0
    for row in block.rows:
        for cell in row:
            prose = _without_code(cell.text, cell.spans)
            found.extend(_retext(matcher.find(prose, context), block.text[offset:], offset))
            offset += len(cell.text) + 1  # the tab or newline joining cells
    return found


def _split_cells(block: Block, mentions: list[Mention],
                 rows_out: list[list[list[Mention]]]) -> None:
    """The table's mentions again, per cell with offsets into the cell's text."""
    rows_out.clear()
    offset = 0
    for row in block.rows:
        cells: list[list[Mention]] = []
        for cell in row:
            end = offset + len(cell.text)
            cells.append([Mention(m.start - offset, m.end - offset, m.kind, m.canonical, m.text)
                          for m in mentions if offset <= m.start and m.end <= end])
            offset = end + 1
        rows_out.append(cells)


# ---- one article, cached while it is open

_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def article_found(article: Article, matcher: Matcher | None = None) -> Found:
    """find_in_blocks on the article's blocks, computed once per article (and per matcher)."""
    matcher = matcher or default_matcher()
    blocks = article.blocks
    cached = _cache.get(article)
    if cached is not None:
        digest, used, found = cached
        if digest == article.digest and used is matcher and found.blocks is blocks:
            return found
    found = find_in_blocks(blocks, matcher)
    with _lock:  # the view and the library worker may ask at once
        _cache[article] = (article.digest, matcher, found)
    return found


def forget_article(article: Article) -> None:
    """Drop an article's cached mentions (a big library counts, then lets go)."""
    _cache.pop(article, None)


def block_mentions(block: Block, article: Article | None = None,
                   matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in a parsed block, offsets into `block.text`; code excluded.

    With the article the block comes from, these are the article's mentions of that block
    (names judged against the whole article); alone, the block is its own article.
    """
    if article is None:
        return find_in_blocks([block], matcher).mentions[0]
    found = article_found(article, matcher)
    mentions = found.of_block(block)
    if mentions is None:  # a block parsed apart from the article: judged in its context
        mentions = _alone(block, found.context or None, matcher)
    return mentions


def _alone(block: Block, context: str | None, matcher: Matcher | None) -> list[Mention]:
    matcher = matcher or default_matcher()
    prose = _prose(block)
    if prose is None:
        return []
    if block.rows and block.kind == document.TABLE:
        return _table(block, matcher, context)
    return _retext(matcher.find(prose, context), block.text)


def cell_mentions(cell: Cell, article: Article | None = None,
                  matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in one table cell, offsets into `cell.text`; inline code excluded."""
    if article is not None:
        found = article_found(article, matcher).of_cell(cell)
        if found is not None:
            return found
    matcher = matcher or default_matcher()
    context = article_found(article, matcher).context if article is not None else None
    return _retext(matcher.find(_without_code(cell.text, cell.spans), context), cell.text)


def _to_source(found: Found, source: str, line_offset: int, shift: int,
               file_text: str) -> list[Mention]:
    from reader.sourcemap import map_blocks

    if not any(found.mentions):
        return []
    maps = map_blocks(source, found.blocks, line_offset)
    out: list[Mention] = []
    for mentions, where in zip(found.mentions, maps, strict=True):
        for m in mentions:
            span = where.span(m.start, m.end)
            if span is None:
                continue
            start, end = span[0] + shift, span[1] + shift
            out.append(Mention(start, end, m.kind, m.canonical, file_text[start:end]))
    return out


def article_mentions(article: Article, matcher: Matcher | None = None) -> list[Mention]:
    """The article's mentions with offsets into `article.text` (front matter skipped).

    `text == article.text[start:end]`; a name interrupted by markup (`Open*AI*`, `&amp;`, a
    line break) is one mention covering the smallest source range that holds it.
    """
    found = article_found(article, matcher)
    return _to_source(found, article.body, article.body_line, article.body_offset,
                      article.text)


def find_in_markdown(source: str, matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in Markdown source, offsets into it; code, link targets and URLs excluded."""
    found = find_in_blocks(document.parse(source), matcher)
    return _to_source(found, source, 0, 0, source)
