"""Where each character of a block's text came from in the Markdown source.

document.parse() flattens Markdown into plain block text: markup (`*`, `[...](...)`, list
markers and indentation, `&amp;`, backslashes) is gone, line breaks inside a paragraph became
spaces. To report a name found in block text at its place in the file, each character is
aligned with the source: the block's characters appear in the source in order, from the block's
first line, and whatever lies between them is markup. A character the source does not spell
(an image's "[image: " label, the tabs joining table cells) maps to nothing.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reader import document
from reader.document import Block

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_IMAGE_LABEL = "[image: "
_SKIPPED_KINDS = frozenset({document.CODE, document.RULE})


@dataclass(frozen=True, slots=True)
class SourceMap:
    """For each character of a block's text, the source range it was written as (-1: none)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The smallest source range covering block text [start, end), or None if unmapped."""
        firsts = [s for s in self.starts[start:end] if s >= 0]
        if not firsts:
            return None
        lasts = [e for e in self.ends[start:end] if e >= 0]
        return min(firsts), max(lasts)

    def text_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The block text written inside source [start, end) (the inverse of `span`), or None
        if none of it is."""
        inside = [i for i, (s, e) in enumerate(zip(self.starts, self.ends, strict=True))
                  if s >= start and 0 <= e <= end]
        return (inside[0], inside[-1] + 1) if inside else None


def line_starts(source: str) -> list[int]:
    starts = [0]
    for line in source.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def map_blocks(source: str, blocks: Sequence[Block], line_offset: int = 0) -> list[SourceMap]:
    """A SourceMap per block of `document.parse(source, line_offset)` (or a plain-text parse)."""
    lines = line_starts(source)
    block_lines = [block.line for block in blocks]
    maps: list[SourceMap] = []
    pos = 0
    previous_line = None
    for block in blocks:
        line = block.line - line_offset
        # A block is looked for from its first line up to the first line of a later block.
        later = bisect_right(block_lines, block.line)
        limit = len(source)
        if later < len(blocks) and 0 <= block_lines[later] - line_offset < len(lines):
            limit = min(lines[block_lines[later] - line_offset], len(source))
        start = lines[line] if 0 <= line < len(lines) else pos
        if block.line != previous_line:
            pos = start
        previous_line = block.line
        if block.kind in _SKIPPED_KINDS:
            maps.append(SourceMap((-1,) * len(block.text), (-1,) * len(block.text)))
            continue
        mapped, pos = _align(block, source, max(pos, start), max(limit, pos))
        maps.append(mapped)
    return maps


def block_span(source: str, blocks: Sequence[Block], index: int, start: int, end: int,
               line_offset: int = 0) -> tuple[int, int] | None:
    """Where source [start, end) (a sentence the relations found) lies in block `index`'s text.

    Only the blocks sharing its first line are aligned (and the next, which bounds it), so a
    jump deep into a long article costs one block, not the article."""
    if not 0 <= index < len(blocks):
        return None
    first = index
    while first > 0 and blocks[first - 1].line == blocks[index].line:
        first -= 1
    maps = map_blocks(source, blocks[first : index + 2], line_offset)
    return maps[index - first].text_span(start, end)


def _generated(block: Block) -> set[int]:
    """Offsets of block text the parser wrote itself: image labels, cell separators."""
    made: set[int] = set()
    for span in block.spans:
        if span.style == "image":
            label = block.text[span.start : span.end]
            inner = len(_IMAGE_LABEL) if label.startswith(_IMAGE_LABEL) else 1
            made.update(range(span.start, span.start + inner))
            made.add(span.end - 1)
    if block.kind == document.TABLE:
        made.update(i for i, char in enumerate(block.text) if char in "\t\n")
    return made


def _align(block: Block, source: str, pos: int, limit: int) -> tuple[SourceMap, int]:
    text = block.text
    made = _generated(block)
    starts = [-1] * len(text)
    ends = [-1] * len(text)
    i = 0
    while i < len(text):
        if i in made:
            i += 1
            continue
        found = _find(text, i, source, pos, limit)
        if found is None:
            i += 1
            continue
        at, stop, length = found
        for k in range(i, i + length):
            starts[k], ends[k] = at, stop
        pos = stop
        i += length
    return SourceMap(tuple(starts), tuple(ends)), pos


def _find(text: str, i: int, source: str, pos: int, limit: int) -> tuple[int, int, int] | None:
    """Where text[i] is next written in source[pos:limit]: (start, end, characters covered)."""
    char = text[i]
    space = char.isspace()
    fast = source.find(char, pos, limit) if not space else -1
    if fast >= 0 and "&" not in source[pos:fast] and "\\" not in source[pos:fast]:
        return fast, fast + 1, 1
    j = pos
    while j < limit:
        here = source[j]
        if here == char or (space and here.isspace()):
            return j, j + 1, 1
        if here == "&":
            entity = _ENTITY.match(source, j)
            if entity:
                value = html.unescape(entity.group())
                if value and text.startswith(value, i):
                    return j, entity.end(), len(value)
                j = entity.end()
                continue
        if here == "\\" and j + 1 < limit and source[j + 1] == char:
            return j, j + 2, 1
        j += 1
    return None
