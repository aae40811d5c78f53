"""Blocks -> lines for a width: the one line model that the article view and `reader show` draw.

No Textual here. A line is a row of parts; a part is either literal text (a list marker, a quote
bar, padding) or a slice of a block column's *shown* text (the block's text with link numbers and
addresses put in). Styles that change while reading (mentions, find hits, the current block) are
not part of the layout: the view lays them over the slices when it draws a line, so changing them
never re-wraps anything.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from reader import document
from reader.document import Block, Cell

SOURCE = "source"
TRANSLATION = "translation"
MODES = ("original", "side", "english")
MIN_COLUMN = 40  # cells: the narrowest column still comfortable to read side by side
GAP = 2  # cells between the French and English columns
PENDING = "…"
EAGER_BLOCKS = 400  # articles up to this many blocks are wrapped whole when laid out

# Inline styles of the document -> class names of the view (styled in reader.tcss).
CLASS_OF = {
    document.EM: "inline--em",
    document.STRONG: "inline--strong",
    document.CODE_INLINE: "inline--code",
    document.LINK: "inline--link",
    document.STRIKE: "inline--strike",
    "image": "inline--image",
}

# A key names one run of shown text: (block index, column, table row, table column).
Key = tuple[int, str, int, int]


# No character at or past U+1100 (where wide and zero-width ones begin): one cell each. Written
# as a negated class: the range up to U+10FFFF took 8 ms to compile, at every start-up.
_WIDE = re.compile("[^\x00-\u10ff]")


@lru_cache(maxsize=4096)
def _wide_len(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def cells(text: str) -> int:
    """Terminal cells `text` takes (for text without wide characters, its length)."""
    if text.isascii() or _WIDE.search(text) is None:
        return len(text)
    return _wide_len(text)


@dataclass(frozen=True, slots=True)
class Shown:
    """A run of text as drawn: the source text with extras put in, and its class spans.

    `inserts` are the source offsets where extras went in and `added` the running total of
    characters added, so an offset in the source text (a mention, a find hit) maps to the
    shown text with `at_start`/`at_end`.
    """

    text: str
    spans: tuple[tuple[int, int, str], ...] = ()
    links: tuple[tuple[int, int, int], ...] = ()  # (start, end, link number in the article)
    inserts: tuple[int, ...] = ()
    added: tuple[int, ...] = (0,)
    source_length: int = 0
    # Where the run starts in its block's text: a cell of a table's English is one run of the
    # whole translation, which mentions and find hits are counted in.
    origin: int = 0

    def at_start(self, offset: int) -> int:
        return offset + self.added[bisect_right(self.inserts, offset)]

    def at_end(self, offset: int) -> int:
        return offset + self.added[bisect_left(self.inserts, offset)]

    def mark(self, start: int, end: int) -> tuple[int, int] | None:
        """A source range in shown offsets; None when it does not fit the text."""
        start, end = start - self.origin, end - self.origin
        if 0 <= start < end <= self.source_length:
            return self.at_start(start), self.at_end(end)
        return None


def shown_inline(
    text: str, spans: Sequence[document.Span], first_link: int | None = None
) -> Shown:
    """Inline text as shown: each link gets its number (when counted) and its address after it;
    a footnote mark is shown "[^1]"."""
    extras: list[tuple[int, str, str]] = []  # (source offset, text, class)
    number = first_link
    link_ranges: list[tuple[int, int, int]] = []
    for span in spans:
        if span.style == document.FOOTNOTE_REF and span.end - span.start > 2:
            # "[^1]": a footnote's mark, never the same as the link numbered [1] beside it.
            extras.append((span.start + 1, "^", "footnote--ref"))
            continue
        if span.style != document.LINK:
            continue
        if number is not None:
            extras.append((span.end, f"[{number}]", "link--number"))
            link_ranges.append((span.start, span.end, number))
            number += 1
        if span.href and text[span.start : span.end] != span.href:
            # An autolink's text is its address: not shown twice.
            extras.append((span.end, f" ‹{span.href}›", "inline--url"))
    return _with_extras(text, spans, extras, link_ranges)


def _with_extras(
    text: str,
    spans: Sequence[document.Span],
    extras: list[tuple[int, str, str]],
    link_ranges: Sequence[tuple[int, int, int]] = (),
    replace: Mapping[str, str] | None = None,
) -> Shown:
    extras.sort(key=lambda item: item[0])
    inserts = tuple(position for position, _, _ in extras)
    added = tuple(accumulate((len(extra) for _, extra, _ in extras), initial=0))
    mapping = Shown("", (), (), inserts, added, len(text))
    pieces: list[str] = []
    out: list[tuple[int, int, str]] = []
    last = 0
    for (position, extra, style), before in zip(extras, added, strict=False):
        pieces.append(text[last:position])
        pieces.append(extra)
        last = position
        out.append((position + before, position + before + len(extra), style))
    pieces.append(text[last:])
    body = "".join(pieces)
    if replace:
        body = body.translate(str.maketrans(dict(replace)))
    for span in spans:
        style = CLASS_OF.get(span.style)
        if style is not None and span.end > span.start:
            out.append((mapping.at_start(span.start), mapping.at_end(span.end), style))
    links = tuple(
        (mapping.at_start(start), mapping.at_end(end), number)
        for start, end, number in link_ranges
    )
    return Shown(body, tuple(out), links, inserts, added, len(text))


def link_counts(blocks: Sequence[Block]) -> list[int]:
    """The number of the first link of each block (1-based, counted through the article)."""
    firsts = []
    count = 1
    for block in blocks:
        firsts.append(count)
        count += len(block_links(block))
    return firsts


def block_links(block: Block) -> list[str]:
    """A block's link addresses, in the order they are numbered (table cells row by row)."""
    spans: Sequence[document.Span] = block.spans
    if block.kind == document.TABLE:
        spans = [s for row in block.rows for cell in row for s in cell.spans]
    return [s.href or "" for s in spans if s.style == document.LINK]


# ---- wrapping ------------------------------------------------------------------------------

_WORD = re.compile(r"\S+")


def wrap(text: str, width: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word-wrap text[start:end] to `width` cells: (start, end) of each line, spaces dropped."""
    end = len(text) if end is None else end
    width = max(1, width)
    if "\n" not in text[start:end]:
        return _wrap_run(text, width, start, end)
    lines: list[tuple[int, int]] = []
    position = start
    while True:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        lines.extend(_wrap_run(text, width, position, stop) or [(position, position)])
        if newline < 0:
            return lines
        position = newline + 1


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    # The longest run of at most `width` characters that ends on a word, else a cut word.
    inner = f"(?:\\S.{{0,{width - 2}}}\\S|\\S)" if width > 1 else "\\S"
    return re.compile(f"{inner}(?=\\s|$)|\\S{{1,{width}}}")


def _wrap_run(text: str, width: int, start: int, end: int) -> list[tuple[int, int]]:
    ascii_text = text.isascii()
    if ascii_text or _WIDE.search(text, start, end) is None:
        # One cell per character: the regular expression engine wraps (fast on long articles).
        return [m.span() for m in _line_pattern(width).finditer(text, start, end)]
    if end - start <= width and (ascii_text or cells(text[start:end]) <= width):
        stripped = text[start:end].strip()
        if not stripped:
            return []
        left = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        return [(left, left + len(stripped))]
    measure = len if ascii_text else cells
    lines: list[tuple[int, int]] = []
    line_start = line_end = -1
    used = 0
    for match in _WORD.finditer(text, start, end):
        s, e = match.span()
        size = measure(match.group())
        if line_start >= 0:
            gap = measure(text[line_end:s])
            if used + gap + size <= width:
                line_end, used = e, used + gap + size
                continue
            lines.append((line_start, line_end))
            line_start = -1
        if size <= width:
            line_start, line_end, used = s, e, size
            continue
        # A word longer than the line is cut into pieces that fit.
        piece = s
        while piece < e:
            cut = piece + 1
            taken = measure(text[piece])
            while cut < e and taken + measure(text[cut]) <= width:
                taken += measure(text[cut])
                cut += 1
            if cut < e:
                lines.append((piece, cut))
                piece = cut
            else:
                line_start, line_end, used = piece, e, taken
                break
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines


# ---- lines ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Part:
    """Literal text (`key` None) or shown text `key`[start:end]; `classes` style the whole part."""

    text: str
    classes: str = ""
    key: Key | None = None
    start: int = 0
    end: int = 0
    width: int = 0


@dataclass(slots=True)
class Line:
    """One screen line of the article: the block it belongs to and its parts, left to right."""

    block: int
    parts: tuple[Part, ...]
    gap: bool = False  # a blank line between blocks
    code: bool = False  # a line of a code block or table (drawn unwrapped)


def _literal(text: str, classes: str = "") -> Part:
    return Part(text, classes, None, 0, 0, cells(text))


def _pad(width: int, classes: str = "") -> Part:
    return Part(" " * max(0, width), classes, None, 0, 0, max(0, width))


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where the columns sit for a width: left margin, column width, and whether side by side."""

    left: int
    column: int
    side: bool


def side_by_side_fits(width: int, reading_width: int = 84) -> bool:
    """Whether `width` cells hold two columns of readable width (the rule the README states)."""
    return (width - GAP) // 2 >= MIN_COLUMN


def geometry(width: int, mode: str, reading_width: int) -> Geometry:
    if mode == "side" and side_by_side_fits(width, reading_width):
        column = min((width - GAP) // 2, reading_width)
        return Geometry(max(0, (width - 2 * column - GAP) // 2), column, True)
    column = max(1, min(width, reading_width))
    return Geometry(max(0, (width - column) // 2), column, False)


@dataclass(slots=True)
class Facts:
    """What laying out an article needs to know of its blocks at any width (computed once)."""

    firsts: list[int]  # number of each block's first link
    sizes: list[int]  # characters shown: the text and the links' numbers and addresses
    gaps: list[int]  # 1 where a blank line follows the block


def facts(blocks: Sequence[Block]) -> Facts:
    sizes = []
    for block in blocks:
        extra = sum(len(s.href or "") + 6 for s in block.spans if s.style == document.LINK) \
            if block.spans else 0
        sizes.append(len(block.text) + extra)
    gaps = [1 if _blank_after(blocks, i) else 0 for i in range(len(blocks))]
    return Facts(link_counts(blocks), sizes, gaps)


def _blank_after(blocks: Sequence[Block], index: int) -> bool:
    if index + 1 >= len(blocks):
        return False
    block, following = blocks[index], blocks[index + 1]
    if block.kind == document.LIST_ITEM and following.kind == document.LIST_ITEM:
        return False  # a list is tight; a blank line comes after its last item
    if block.kind == document.LIST_ITEM and following.kind == document.CODE and following.level:
        return False  # a code block inside the item sits right under it
    return not (block.kind == document.CODE and block.level and
                following.kind == document.LIST_ITEM)


class Layout:
    """An article's blocks laid out for one width and mode, each block wrapped when first asked.

    Until a block is wrapped its height is an estimate (its length over the column width), so
    a 10,000-paragraph article opens, jumps and resizes at the cost of the blocks shown. The
    view wraps what it shows (`ensure`) and keeps the reader's block in place when the lines
    above it turn out taller or shorter than estimated.
    """

    def __init__(
        self,
        blocks: Sequence[Block],
        *,
        width: int,
        mode: str = "original",
        translations: Mapping[int, str] | None = None,
        reading_width: int = 84,
        pending: bool = True,
        known: Facts | None = None,
        wide: bool = False,
    ) -> None:
        self.blocks = blocks
        self.wide = wide  # tables at their natural width (the view scrolls sideways)
        self.width = width
        self.mode = mode if mode in MODES else "original"
        self.translations = translations if translations is not None else {}
        # Side by side with no model (nothing pending, no English for a block): the French
        # keeps the whole column, not the left half beside an empty one.
        alone = self.mode == "side" and not pending and not self.translations
        self.geometry = geometry(width, "original" if alone else self.mode, reading_width)
        self.pending = pending
        self.facts = known if known is not None else facts(blocks)
        self._firsts = self.facts.firsts
        self._shown: dict[Key, Shown] = {}
        self._lines: list[list[Line] | None] = [None] * len(blocks)
        self._heights = self._estimates()
        self._tops = list(accumulate(self._heights, initial=0))
        self._stale = False
        self.max_width = max(
            (self.geometry.left + 2 + 2 * b.level + max(map(cells, b.text.split("\n")))
             for b in blocks if b.kind == document.CODE),
            default=0,
        )
        if len(blocks) <= EAGER_BLOCKS:
            # A usual article costs a few milliseconds whole: its scrollbar and progress exact.
            self.ensure(0, len(blocks))

    def _estimates(self) -> list[int]:
        """Lines each block will take, without wrapping it (exact for most short blocks)."""
        column = max(1, self.geometry.column - 4)
        sizes, gaps = self.facts.sizes, self.facts.gaps
        translated = self.mode != "original"
        out = []
        for index, block in enumerate(self.blocks):
            kind = block.kind
            if kind == document.CODE:
                height = block.text.count("\n") + 1
            elif kind == document.TABLE:
                height = len(block.rows) + 1
            elif kind == document.RULE:
                height = 1
            else:
                height = sizes[index] // column + 1
                if translated:
                    text = self.translations.get(index)
                    english = len(text) // column + 1 if text is not None else 1
                    if self.mode == "english":
                        height = english
                    elif self.geometry.side:
                        height = max(height, english)
                    else:
                        height += english
            out.append(height + gaps[index])
        return out

    # -- queries --

    def _settle(self) -> None:
        if self._stale:
            self._tops = list(accumulate(self._heights, initial=0))
            self._stale = False

    def block_lines(self, index: int) -> list[Line]:
        """Block `index`'s lines (wrapping it now if it was not yet)."""
        lines = self._lines[index]
        if lines is None:
            lines = self._lines[index] = self._lay_out(index)
            if len(lines) != self._heights[index]:
                self._heights[index] = len(lines)
                self._stale = True
            for line in lines:
                if line.code:
                    self.max_width = max(self.max_width, sum(p.width for p in line.parts))
        return lines

    def ensure(self, start: int, stop: int) -> bool:
        """Wrap blocks start..stop-1; True when that changed where later lines fall."""
        for index in range(max(start, 0), min(stop, len(self._lines))):
            self.block_lines(index)
        changed = self._stale
        self._settle()
        return changed

    def ensure_lines(self, index: int, count: int) -> bool:
        """Wrap from block `index` on until `count` lines are known exactly."""
        changed = False
        covered = 0
        while index < len(self._lines) and covered < count:
            covered += len(self.block_lines(index))
            index += 1
        changed = self._stale
        self._settle()
        return changed

    @property
    def height(self) -> int:
        self._settle()
        return self._tops[-1]

    def top(self, index: int) -> int:
        """The first line of block `index`."""
        self._settle()
        index = min(max(index, 0), len(self._lines))
        return self._tops[index]

    def bottom(self, index: int) -> int:
        """The line after block `index`'s text (its trailing blank line excluded)."""
        lines = self.block_lines(index)
        size = len(lines) - sum(1 for line in lines if line.gap)
        return self.top(index) + size

    def block_at(self, y: int) -> int:
        """The block that line `y` belongs to (its blank lines included)."""
        if not self._lines:
            return 0
        self._settle()
        return min(max(bisect_right(self._tops, y) - 1, 0), len(self._lines) - 1)

    def line(self, y: int) -> Line | None:
        if not 0 <= y < self.height:
            return None
        index = self.block_at(y)
        top = self._tops[index]
        lines = self.block_lines(index)
        # Wrapping the block may have moved it (its estimate was off): a blank line this once.
        return lines[y - top] if 0 <= y - top < len(lines) else Line(index, (), gap=True)

    def lines(self) -> Iterator[Line]:
        for index in range(len(self._lines)):
            yield from self.block_lines(index)

    def first_link(self, index: int) -> int:
        """The number drawn after block `index`'s first link."""
        return self._firsts[index] or 1

    def shown(self, key: Key) -> Shown:
        return self._shown[key]

    def plain(self, line: Line) -> str:
        """A line as plain text (trailing spaces dropped)."""
        return "".join(
            part.text if part.key is None else self._shown[part.key].text[part.start : part.end]
            + " " * (part.width - cells(self._shown[part.key].text[part.start : part.end]))
            for part in line.parts
        ).rstrip()

    def set_translation(self, index: int, text: str) -> int:
        """A block's translation arrived: re-wrap that block; returns the change in height."""
        self.translations = {**self.translations, index: text}
        before = self._heights[index]
        self._lines[index] = None
        self.block_lines(index)
        self._settle()
        return self._heights[index] - before

    # -- laying out one block --

    def _lay_out(self, index: int) -> list[Line]:
        block = self.blocks[index]
        g = self.geometry
        left = [_pad(g.left)] if g.left else []
        translated = self.mode != "original"
        text = self.translations.get(index) if translated else None
        keeps = block.kind in (document.CODE, document.RULE) or (
            block.kind == document.TABLE and text is None
        )
        # Trailing rows of a table's English: prose (cells joined by bars, when they no longer
        # line up with the French) stays when `→` moves the table; an English grid moves with it.
        prose = 0
        english_grid = (block.kind == document.TABLE and text is not None
                        and _english_grid(block, text) is not None)
        if not translated:
            body = self._column(index, block, SOURCE, g.column)
            rows = [[*left, *parts] for parts in body]
        elif self.mode == "english":
            # Without a model nothing will come: the French stands in, never a blank page.
            if keeps or (text is None and not self.pending):
                body = self._column(index, block, SOURCE, g.column)
            else:
                body = self._translation_column(index, block, text, g.column, "")
                prose = 0 if english_grid else len(body)
            rows = [[*left, *parts] for parts in body]
        elif g.side:
            source = self._column(index, block, SOURCE, g.column)
            english = (
                [] if keeps else self._translation_column(
                    index, block, text, g.column, "column--translation")
            )
            rows = []
            for n in range(max(len(source), len(english))):
                a = source[n] if n < len(source) else [_pad(g.column)]
                a = _fill(a, g.column)
                b = english[n] if n < len(english) else (
                    [_pad(g.column, "column--translation")] if english else [])
                b = _fill(b, g.column, "column--translation") if b else []
                rows.append([*left, *a, _pad(GAP), *b])
        else:
            source = self._column(index, block, SOURCE, g.column)
            english = (
                [] if keeps else self._translation_column(
                    index, block, text, g.column - 2, "column--interleaved")
            )
            rows = [[*left, *parts] for parts in source]
            rows += [[*left, _pad(2), *parts] for parts in english]
            prose = 0 if english_grid else len(english)
        code = block.kind in (document.CODE, document.TABLE)
        lines = [Line(index, tuple(parts), code=code and n < len(rows) - prose)
                 for n, parts in enumerate(rows)]
        if self.facts.gaps[index]:
            lines.append(Line(index, (), gap=True))
        return lines

    def _translation_column(
        self, index: int, block: Block, text: str | None, width: int, classes: str
    ) -> list[list[Part]]:
        if text is None:
            if not self.pending:
                return []
            return [[_literal(PENDING, f"pending {classes}".strip())]]
        if block.kind == document.TABLE:
            grid = _english_grid(block, text)
            if grid is not None:
                return self._table(index, block, width, classes, TRANSLATION, grid)
            # Cells that no longer line up with the French: shown with a bar between them.
            shown = _with_extras(text, (), [], (), {"\t": "│"})
            translated = Block(document.PARAGRAPH, text)
            return self._paragraph(index, translated, TRANSLATION, width, classes, shown)
        translated = Block(block.kind, text, level=block.level, marker=block.marker,
                           quote=block.quote)
        return self._column(index, translated, TRANSLATION, width, classes)

    def _column(
        self, index: int, block: Block, column: str, width: int, classes: str = ""
    ) -> list[list[Part]]:
        kind = block.kind
        quote = block.quote or (block.level if kind == document.QUOTE else 0)
        bars = [_literal("│ " * quote, "quote--bar")] if quote else []
        inner = max(1, width - 2 * quote)
        if kind == document.CODE:
            body = self._code(index, block, column, inner, classes)
        elif kind == document.TABLE and column == SOURCE:
            body = self._table(index, block, inner, classes)
        elif kind == document.RULE:
            lead = f"{block.marker} " if block.marker else ""
            rule = _literal("─" * (inner - len(lead)), f"block--rule {classes}".strip())
            body = [[_literal(lead, "list--marker"), rule] if lead else [rule]]
        elif kind == document.IMAGE:
            shown = Shown(block.text or "image", (), (), (), (0,), len(block.text))
            if not block.text:
                shown = Shown("image", (), (), (), (0,), 0)
            label = "▣ image: "
            body = [
                [_literal(label if n == 0 else " " * len(label), f"inline--image {classes}")
                 , *parts]
                for n, parts in enumerate(
                    self._paragraph(index, block, column, inner - len(label),
                                    f"inline--image {classes}", shown)
                )
            ]
        else:
            body = self._paragraph(index, block, column, inner, classes)
        return [[*bars, *parts] for parts in body] if bars else body

    def _paragraph(
        self, index: int, block: Block, column: str, width: int, classes: str,
        shown: Shown | None = None,
    ) -> list[list[Part]]:
        key: Key = (index, column, -1, -1)
        if shown is None:
            first = self._firsts[index] if column == SOURCE else None
            shown = shown_inline(block.text, block.spans, first)
        self._shown[key] = shown
        kind_classes = f"block--{block.kind}"
        if block.kind == document.HEADING:
            kind_classes += f" heading--{block.level}"
        style = f"{kind_classes} {classes}".strip()
        prefix = ""
        if block.kind == document.LIST_ITEM or (block.marker and block.kind != document.QUOTE):
            depth = max(block.level - 1, 0) if block.kind == document.LIST_ITEM else 0
            marker = block.marker
            if block.kind == document.FOOTNOTE and marker.startswith("["):
                marker = f"[^{marker[1:]}"  # as its mark in the text: "[^1]"
            prefix = "  " * depth + (f"{marker} " if marker else "  ")
        room = max(1, width - cells(prefix))
        ranges = wrap(shown.text, room) or [(0, 0)]
        out = []
        for n, (start, end) in enumerate(ranges):
            parts: list[Part] = []
            if prefix:
                lead = prefix if n == 0 else " " * cells(prefix)
                parts.append(_literal(lead, f"list--marker {classes}".strip()))
            piece = shown.text[start:end]
            parts.append(Part("", style, key, start, end, cells(piece)))
            out.append(parts)
        return out

    def _code(
        self, index: int, block: Block, column: str, width: int, classes: str
    ) -> list[list[Part]]:
        key: Key = (index, column, -1, -1)
        text = block.text
        shown = Shown(text, (), (), (), (0,), len(text))
        self._shown[key] = shown
        # Inside a list item the code sits under the item's text, with the bullet if it opens it.
        indent = "  " * block.level if block.level else ""
        first = indent
        if block.marker:
            first = "  " * max(block.level - 1, 0) + f"{block.marker} "
            indent = " " * cells(first)
        style = f"block--code {classes}".strip()
        out = []
        box = max(1, width - len(indent))
        position = 0
        for n, row in enumerate(text.split("\n")):
            end = position + len(row)
            size = cells(row)
            lead = first if n == 0 else indent
            # Code keeps its lines: a long one runs past the column (the view scrolls sideways).
            parts = [_literal(lead, "list--marker")] if lead else []
            parts += [_literal(" ", style), Part("", style, key, position, end, size)]
            if size + 2 < box:
                parts.append(_pad(box - size - 1, style))
            else:
                parts.append(_literal(" ", style))
            out.append(parts)
            position = end + 1
        return out

    def _table(
        self, index: int, block: Block, width: int, classes: str, column: str = SOURCE,
        english: list[list[tuple[int, str]]] | None = None,
    ) -> list[list[Part]]:
        """The table as a grid; with `english` ((offset, text) of each cell in the translation,
        as `_english_grid` finds them) the English cells in the French table's columns."""
        rows = block.rows
        if not rows:
            return []
        count = max(len(row) for row in rows)
        first = self._firsts[index] if english is None else None
        shown: list[list[Shown]] = []
        for r, row in enumerate(rows):
            line = []
            for c in range(count):
                cell = row[c] if c < len(row) else Cell("")
                if english is not None:
                    origin, text = english[r][c] if c < len(english[r]) else (0, "")
                    s = Shown(text, source_length=len(text), origin=origin)
                else:
                    s = shown_inline(cell.text, cell.spans, first)
                if first is not None:
                    first += sum(1 for span in cell.spans if span.style == document.LINK)
                self._shown[(index, column, r, c)] = s
                line.append(s)
            shown.append(line)
        natural = [
            max(max((cells(seg) for seg in line[c].text.split("\n")), default=0)
                for line in shown) for c in range(count)
        ]
        natural = [max(1, n) for n in natural]
        room = width - 3 * (count - 1)
        widths = natural if self.wide else _share(natural, room)
        aligns = [_align(rows, c) for c in range(count)]
        out: list[list[Part]] = []
        for r, line in enumerate(shown):
            style = f"table--{'header' if r == 0 else 'row'} {classes}".strip()
            wrapped = [wrap(s.text, widths[c]) or [(0, 0)] for c, s in enumerate(line)]
            height = max(len(w) for w in wrapped)
            for n in range(height):
                parts: list[Part] = []
                for c, s in enumerate(line):
                    if c:
                        parts.append(_literal(" │ ", "table--border"))
                    if n < len(wrapped[c]):
                        start, end = wrapped[c][n]
                        size = cells(s.text[start:end])
                        spare = max(0, widths[c] - size)
                        before = spare if aligns[c] == "right" else (
                            spare // 2 if aligns[c] == "center" else 0)
                        if before:
                            parts.append(_pad(before))
                        parts.append(Part("", style, (index, column, r, c), start, end, size))
                        if spare - before:
                            parts.append(_pad(spare - before))
                    else:
                        parts.append(_pad(widths[c]))
                out.append(parts)
            if r == 0:
                rule = "─┼─".join("─" * w for w in widths)
                out.append([_literal(rule, "table--border")])
        return out


def _english_grid(block: Block, text: str) -> list[list[tuple[int, str]]] | None:
    """The (offset, text) of each cell of a table's English, when it has the French table's
    rows and cells (the translator keeps the tabs and newlines between them); else None."""
    grid: list[list[tuple[int, str]]] = []
    offset = 0
    for line in text.split("\n"):
        cells_of_row = []
        for cell in line.split("\t"):
            cells_of_row.append((offset, cell))
            offset += len(cell) + 1
        grid.append(cells_of_row)
    if len(grid) != len(block.rows) or any(
        len(english) != len(french) for english, french in zip(grid, block.rows, strict=True)
    ):
        return None
    return grid


def _align(rows: Sequence[Sequence[Cell]], column: int) -> str:
    for row in rows:
        if column < len(row):
            align = getattr(row[column], "align", "") or ""
            if align:
                return align
    return "left"


def _share(natural: list[int], room: int) -> list[int]:
    """Column widths: natural ones when they fit, else the widest cut down first."""
    widths = list(natural)
    minimum = 6
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda c: widths[c])
        if widths[widest] <= minimum:
            break
        widths[widest] -= 1
    return widths


def _fill(parts: list[Part], width: int, classes: str = "") -> list[Part]:
    used = sum(p.width for p in parts)
    return [*parts, _pad(width - used, classes)] if used < width else parts
