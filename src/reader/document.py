"""Markdown source -> a flat list of blocks, each a plain string with inline spans.

The article view, the mention matcher and the translator all work on these blocks, so
this is the one place that knows about markdown-it-py tokens.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from reader.text import strip_controls

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Block kinds. Translation keeps the kind; the view picks a widget style from it.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
CODE = "code"
TABLE = "table"
IMAGE = "image"
RULE = "rule"
FOOTNOTE = "footnote"  # a footnote's text, at the end; `marker` is its number, "[1]"

# Inline span styles.
EM = "em"
STRONG = "strong"
CODE_INLINE = "code"
LINK = "link"
STRIKE = "strike"
FOOTNOTE_REF = "footnote_ref"  # "[1]" in the text, pointing at the FOOTNOTE block marked "[1]"


@dataclass(frozen=True, slots=True)
class Span:
    """A styled range of a block's text; `href` is set for links."""

    start: int
    end: int
    style: str
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    spans: tuple[Span, ...] = ()
    align: str = ""  # "left", "center" or "right" from the table's delimiter row; "" unsaid


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of reading: a heading, paragraph, list item, quote paragraph, code, table, image.

    `level` is the heading level, or the nesting depth of a list item / quote.
    `marker` is the bullet or number shown before a list item.
    `line` is the first source line of the block (0-based, in the whole file).
    `rows` holds a table's cells (first row is the header); `text` is then the cells
    joined by tabs and newlines, so search and language detection see them.
    `href` is an image's address.
    `checked` is set on a task list item: True for `- [x]`, False for `- [ ]`.
    """

    kind: str
    text: str
    spans: tuple[Span, ...] = ()
    level: int = 0
    marker: str = ""
    line: int = 0
    rows: tuple[tuple[Cell, ...], ...] = ()
    href: str | None = None
    info: str = ""
    quote: int = field(default=0)
    checked: bool | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


_MAX_NESTING = 40
# Quote and list markers at the start of a line, however many: what remains is the text.
_CONTAINER_PREFIX = re.compile(r"^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+[ \t]*")


@cache
def _parser() -> MarkdownIt:
    # HTML off: raw HTML is shown as the text it is. maxNesting bounds hostile nesting.
    # Imported here (about 20 ms): a first screen read from the block cache needs none of it.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    md = MarkdownIt("commonmark", {"html": False, "maxNesting": _MAX_NESTING})
    md.enable(["table", "strikethrough"])
    # A refused link (`[x](javascript:…)`, `file:`) would stay as its raw source: parse it as a
    # link, then keep only its text (_unlink_refused). markdown-it keeps the decision.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.core.ruler.push("unlink_refused", _unlink_refused)
    return md.use(footnote_plugin).use(tasklists_plugin)


def _unlink_refused(state) -> None:
    """Links markdown-it refuses become their text; refused images keep their alt text only."""
    from markdown_it.common.normalize_url import validateLink

    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        kept, unlinked = [], False  # links do not nest: one flag pairs an open with its close
        for child in token.children:
            if child.type == "link_open" and not validateLink(str(child.attrGet("href") or "")):
                unlinked = True
                continue
            if child.type == "link_close" and unlinked:
                unlinked = False
                continue
            if child.type == "image" and not validateLink(str(child.attrGet("src") or "")):
                child.attrSet("src", "")
            kept.append(child)
        token.children = kept


def parse(source: str, line_offset: int = 0) -> list[Block]:
    """Parse Markdown into blocks; `line_offset` shifts `Block.line` past any front matter."""
    return _converted(_parser().parse(source), line_offset, source)


def _converted(tokens: list[Token], line_offset: int, source: str) -> list[Block]:
    out: list[Block] = []
    for block in _blocks(tokens, line_offset, source):
        if len(block.text) > MAX_BLOCK_CHARS and block.kind in _SPLITTABLE:
            out.extend(split_long(block))
        else:
            out.append(block)
    return out


# ---- a long article parsed a piece at a time ------------------------------------------------

CHUNK_CHARS = 16_000  # about 3 ms of parsing: what a piece costs, and the longest wait for one
# A line that may go on a list from before a blank line: a parse starting there could number
# it anew. Such a line is never where a piece starts.
_LIST_START = re.compile(r"(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
_FENCE_LINE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
# Reference definitions and footnotes tie distant parts of a text together: such a text is
# parsed whole. (Any "]:" or "^[" at all, so that no way of writing them slips through.)
_TIED = re.compile(r"\]:|\^\[")


def next_cut(source: str, start: int, target: int) -> int:
    """Where the piece of `source` that begins at `start` may end, at or after `target`.

    A piece ends before a line that starts a block at the top level whatever came before it:
    after a blank line, not indented (so no list item or indented code goes on), not a list
    item (a list would be numbered anew), and outside a code fence. Every container is closed
    there, so parsing the pieces apart gives the blocks a parse of the whole gives.
    Returns len(source) when no such line comes.
    """
    end_of_text = len(source)
    position = start
    fence: tuple[str, int] | None = None  # the open fence's character and length
    blank = False
    while position < end_of_text:
        end = source.find("\n", position)
        if end < 0:
            end = end_of_text
        line = source[position:end]
        if (fence is None and blank and position >= target and line[:1] not in ("", " ", "\t")
                and not _LIST_START.match(line)):
            return position
        match = _FENCE_LINE.match(line)
        if match is not None:
            marks, rest = match.groups()
            if fence is None:
                # A backtick fence's info string holds no backtick (else it is inline code).
                if marks[0] == "~" or "`" not in rest:
                    fence = (marks[0], len(marks))
            elif marks[0] == fence[0] and len(marks) >= fence[1] and not rest.strip():
                fence = None
        blank = not line.strip()
        position = end + 1
    return end_of_text


def _runs_past(tokens: list[Token], lines: int) -> bool:
    """Whether a parse of a piece shows it cut something open: a fence left unclosed to its
    end (a fence inside a list item ends with the item, which the scan cannot always tell),
    or nesting so deep that markdown-it dropped lines to the end of the text."""
    return any(
        (tok.type == "fence" and tok.map is not None and tok.map[1] >= lines)
        or _too_deep(tokens, i)
        for i, tok in enumerate(tokens)
    )


class Parsing:
    """A Markdown text parsed into blocks a piece at a time, the same blocks `parse` gives.

    `head(n)` parses only as far as the first `n` blocks need (a long article shows its first
    screen without waiting for the rest); `all()` goes on to the end. A worker thread may call
    `all()` while the event loop asks for a head: each piece is parsed under a lock, once.
    """

    def __init__(self, source: str, line_offset: int = 0, chunk: int = CHUNK_CHARS) -> None:
        self.source = source
        self._chunk = chunk if _TIED.search(source) is None else len(source) + 1
        self._line = line_offset  # the line where the next piece starts
        self._position = 0
        self._pieces: list[list[Block]] = []
        self._count = 0
        self._blocks: list[Block] | None = None
        self._lock = threading.Lock()

    @property
    def complete(self) -> bool:
        return self._blocks is not None

    def head(self, count: int) -> list[Block]:
        """At least the first `count` blocks (all of them when there are fewer)."""
        with self._lock:
            while self._blocks is None and self._count < count:
                self._step()
            return list(self._blocks) if self._blocks is not None else [
                block for piece in self._pieces for block in piece
            ]

    def all(self, cancelled: Callable[[], bool] | None = None) -> list[Block] | None:
        """Every block (None when `cancelled` said stop before the end)."""
        while True:
            with self._lock:
                if self._blocks is not None:
                    return self._blocks
                if cancelled is not None and cancelled():
                    return None
                self._step()

    def _step(self) -> None:
        source, start = self.source, self._position
        end = next_cut(source, start, start + self._chunk)
        text = source[start:end]
        tokens = _parser().parse(text)
        if end < len(source) and _runs_past(tokens, text.count("\n")):
            # The cut was inside something after all (rare): the rest is parsed whole.
            end = len(source)
            text = source[start:]
            tokens = _parser().parse(text)
        piece = _converted(tokens, self._line, text)
        self._pieces.append(piece)
        self._count += len(piece)
        self._line += text.count("\n")
        self._position = end
        if end >= len(source):
            self._blocks = [block for piece in self._pieces for block in piece]
            self._pieces = []


# A paragraph longer than this is shown (and translated, searched) as several blocks: a
# terminal redraws a block whole, and a 2 MB one-line paragraph would take seconds each time.
MAX_BLOCK_CHARS = 2000
_SPLITTABLE = frozenset({PARAGRAPH, QUOTE, LIST_ITEM})


def split_long(block: Block, limit: int = MAX_BLOCK_CHARS) -> list[Block]:
    """Cut a long block at spaces (sentence ends preferred) into pieces of at most `limit`."""
    text = block.text
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
        cut = cut + 2 if cut > limit // 2 else window.rfind(" ") + 1
        if cut <= 0:
            cut = limit  # no space at all: cut anywhere rather than keep a huge block
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    blocks = []
    for number, (a, b) in enumerate(pieces):
        spans = tuple(
            Span(max(span.start, a) - a, min(span.end, b) - a, span.style, span.href)
            for span in block.spans
            if span.start < b and span.end > a
        )
        blocks.append(
            Block(
                block.kind, text[a:b], spans, level=block.level,
                marker=block.marker if number == 0 else "", line=block.line,
                quote=block.quote,
            )
        )
    return blocks


def _too_deep(tokens: list[Token], i: int) -> bool:
    """Whether this container sits at the nesting limit, where markdown-it drops its lines."""
    # For a list item the dropped range runs to the end of the document, not just the item.
    tok = tokens[i]
    return (
        tok.nesting == 1
        and tok.level >= _MAX_NESTING - 1
        and tok.map is not None
        and i + 1 < len(tokens)
        and tokens[i + 1].nesting == -1
    )


def _skipped_lines(source: str, start: int, end: int, line_offset: int) -> Iterator[Block]:
    """The lines markdown-it dropped, as plain paragraphs: odd nesting must not lose text."""
    for number, line in enumerate(source.split("\n")[start:end], start):
        text = strip_controls(_CONTAINER_PREFIX.sub("", line).strip())
        if text:
            yield Block(PARAGRAPH, text, line=number + line_offset)


def _blocks(tokens: list[Token], line_offset: int, source: str = "") -> Iterator[Block]:
    quote_depth = 0
    # Each open list: [ordered, next number, quote depth at open]; depth = len(lists).
    lists: list[list] = []
    pending_marker: str | None = None
    pending_task = False
    # The footnote being read ("[1]") and whether its first paragraph was given the marker.
    footnote: str | None = None
    footnote_marked = False
    heading_level = 0
    table: list[list[Cell]] | None = None
    table_line = 0
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        kind = tok.type
        line = (tok.map[0] if tok.map else 0) + line_offset
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            # `start` is absent for 1 and may be 0, which is a number, not "missing".
            start_attr = tok.attrGet("start")
            start = 1 if start_attr is None else int(start_attr)
            lists.append([kind == "ordered_list_open", start, quote_depth])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            ordered, number, _ = lists[-1]
            if ordered:
                pending_marker = f"{number}."
                lists[-1][1] = number + 1
            else:
                pending_marker = "•" if len(lists) % 2 else "◦"
            pending_task = "task-list-item" in str(tok.attrGet("class") or "")
        elif kind == "list_item_close":
            # An empty item's bullet is not handed on to the paragraph after the list.
            pending_marker = None
        elif kind == "heading_open":
            heading_level = int(tok.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "footnote_open":
            footnote = f"[{int(tok.meta.get('id', 0)) + 1}]"
            footnote_marked = False
        elif kind == "footnote_close":
            footnote = None
        elif kind == "table_open":
            table = []
            table_line = line
        elif kind == "tr_open" and table is not None:
            table.append([])
        elif kind == "table_close" and table is not None:
            rows = tuple(tuple(row) for row in table)
            text = "\n".join("\t".join(cell.text for cell in row) for row in rows)
            yield Block(TABLE, text, rows=rows, line=table_line, quote=quote_depth)
            table = None
        elif kind == "inline":
            # A heading, cell or footnote of only a picture keeps it as text (its alt).
            apart = table is None and not heading_level and footnote is None
            text, spans, images, checked = _inline(tok.children or [], images_apart=apart)
            if table is not None:
                table[-1].append(Cell(text, spans, _cell_align(tokens[i - 1])))
            elif heading_level:
                # A heading that opens a list item keeps the item's bullet.
                marker, pending_marker = pending_marker or "", None
                yield Block(HEADING, text, spans, level=heading_level, line=line, marker=marker)
            elif footnote is not None:
                marker = "" if footnote_marked else footnote
                footnote_marked = True
                yield Block(FOOTNOTE, text, spans, marker=marker, line=line, quote=quote_depth)
            elif images:
                # A paragraph that is only pictures (none inside a link): one block each.
                for alt, src in images:
                    yield Block(IMAGE, alt, line=line, href=src, quote=quote_depth)
            elif pending_marker is not None or (lists and lists[-1][2] == quote_depth):
                marker = pending_marker or ""
                task = None
                if pending_task and pending_marker is not None:
                    task = checked
                    if task is not None:
                        box = "☑" if task else "☐"
                        marker = box if marker in ("•", "◦") else f"{marker} {box}"
                pending_marker = None
                pending_task = False
                yield Block(
                    LIST_ITEM, text, spans, level=len(lists), marker=marker, line=line,
                    quote=quote_depth, checked=task,
                )
            elif quote_depth:
                yield Block(QUOTE, text, spans, level=quote_depth, line=line, quote=quote_depth)
            else:
                yield Block(PARAGRAPH, text, spans, line=line)
        elif kind in ("fence", "code_block"):
            code = strip_controls(tok.content.rstrip("\n"))
            # Inside a list item the code sits under the item's text (and keeps its bullet
            # when it opens the item).
            depth = len(lists) if lists and lists[-1][2] == quote_depth else 0
            marker, pending_marker = pending_marker or "", None
            yield Block(CODE, code, line=line, info=strip_controls(tok.info.strip()),
                        quote=quote_depth, level=depth, marker=marker)
        elif kind == "hr":
            marker, pending_marker = pending_marker or "", None
            yield Block(RULE, "", line=line, marker=marker)
        if _too_deep(tokens, i):
            start, end = tokens[i].map or (0, 0)
            yield from _skipped_lines(source, start, end, line_offset)
            pending_marker = None
        i += 1


def _cell_align(tok: Token) -> str:
    style = str(tok.attrGet("style") or "")
    return style.removeprefix("text-align:") if style.startswith("text-align:") else ""


_TASK_BOX = re.compile(r'\A<input class="task-list-item-checkbox"[^>]*>\Z')


def _alt_text(tok: Token) -> str:
    """An image's alt text; a line break inside it is a space, as in the HTML's `alt`."""
    children = tok.children or []
    if not children:
        return strip_controls(tok.content)
    return strip_controls("".join(
        " " if child.type in ("softbreak", "hardbreak") else child.content for child in children
    ))


def _inline(
    children: Iterable[Token], images_apart: bool = True
) -> tuple[str, tuple[Span, ...], list[tuple[str, str]], bool | None]:
    """Flatten inline tokens to text and spans.

    When the run is only pictures, none inside a link, they come back as (alt, src) pairs and
    the text is empty, so the caller can make image blocks. The last value is a task item's
    box: True (checked), False, or None (not a task).
    """
    parts: list[str] = []
    checked: bool | None = None
    in_link = 0
    linked_image = False
    spans: list[Span] = []
    images: list[tuple[str, str]] = []
    open_at: dict[str, list[tuple[int, str | None]]] = {}
    length = 0

    def add(text: str) -> None:
        nonlocal length
        text = strip_controls(text)
        parts.append(text)
        length += len(text)

    for tok in children:
        kind = tok.type
        if kind == "text":
            add(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            add(" " if kind == "softbreak" else "\n")
        elif kind == "code_inline":
            start = length
            add(tok.content)
            spans.append(Span(start, length, CODE_INLINE))
        elif kind == "image":
            alt = _alt_text(tok)
            src = strip_controls(str(tok.attrGet("src") or ""))
            images.append((alt, src))
            linked_image = linked_image or in_link > 0
            start = length
            add(f"[image: {alt}]" if alt else "[image]")
            spans.append(Span(start, length, "image", src or None))
        elif kind == "footnote_ref":
            start = length
            add(f"[{int(tok.meta.get('id', 0)) + 1}]")
            spans.append(Span(start, length, FOOTNOTE_REF))
        elif kind.endswith("_open"):
            style = _STYLE_OF.get(kind[: -len("_open")])
            in_link += style == LINK
            if style:
                href = strip_controls(str(tok.attrGet("href") or "")) if style == LINK else None
                open_at.setdefault(style, []).append((length, href))
        elif kind.endswith("_close"):
            style = _STYLE_OF.get(kind[: -len("_close")])
            in_link -= style == LINK and in_link > 0
            if style and open_at.get(style):
                start, href = open_at[style].pop()
                if style == LINK and href and length == start:
                    # `[](/target)`: a link with no text shows its address, as an autolink does.
                    add(href)
                if length > start:
                    spans.append(Span(start, length, style, href))
        elif kind == "html_inline":
            # HTML is off, so the only HTML token is the task-list plugin's checkbox.
            if not parts and _TASK_BOX.match(tok.content):
                checked = 'checked="checked"' in tok.content
                continue
            add(tok.content)
    text = "".join(parts)
    if checked is not None:
        stripped = len(text) - len(text.lstrip(" "))
        text = text[stripped:]
        spans = [
            Span(max(0, s.start - stripped), s.end - stripped, s.style, s.href) for s in spans
        ]
    labels = "".join(f"[image: {alt}]" if alt else "[image]" for alt, _ in images)
    only_images = "".join(text.split()) == "".join(labels.split())
    if images and images_apart and not linked_image and only_images:
        # Only images in this inline run (one per line, or side by side): let the caller
        # make image blocks. A linked picture stays in the text, so its link keeps its address.
        return "", (), images, checked
    spans.sort(key=lambda s: (s.start, -s.end))
    return text, tuple(spans), [], checked


_STYLE_OF = {"em": EM, "strong": STRONG, "link": LINK, "s": STRIKE}
