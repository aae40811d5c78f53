"""Blocks -> Textual Content. Text goes in as plain strings, never as markup."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.content import Content, Span
from textual.style import Style

from reader import document
from reader.document import Block, Cell

# Inline styles -> component classes of the article view (styled in reader.tcss).
_CLASS_OF = {
    document.EM: ".inline--em",
    document.STRONG: ".inline--strong",
    document.CODE_INLINE: ".inline--code",
    document.LINK: ".inline--link",
    document.STRIKE: ".inline--strike",
    "image": ".inline--image",
}


@dataclass(frozen=True, slots=True)
class Mark:
    """An extra styled range over a block's text (a mention, a search hit), styled by class."""

    start: int
    end: int
    style: str


def inline_content(
    text: str,
    spans: Sequence[document.Span],
    marks: Iterable[Mark] = (),
    link_action: str | None = None,
) -> Content:
    """Build Content for one run of inline text; link URLs are shown after their text.

    `link_action` is an action template with `{n}` for the link's number within the run;
    clicking a link runs it (the URL itself never goes into the action string).
    """
    inserts: list[tuple[int, str]] = []
    for span in spans:
        if span.style == document.LINK and span.href and not _same(text, span):
            inserts.append((span.end, f" ‹{span.href}›"))
    inserts.sort(key=lambda item: item[0])
    positions = [p for p, _ in inserts]
    added = [0]
    for _, extra in inserts:
        added.append(added[-1] + len(extra))

    def at_start(offset: int) -> int:
        return offset + added[bisect_right(positions, offset)]

    def at_end(offset: int) -> int:
        return offset + added[bisect_left(positions, offset)]

    if inserts:
        pieces: list[str] = []
        last = 0
        for position, extra in inserts:
            pieces.append(text[last:position])
            pieces.append(extra)
            last = position
        pieces.append(text[last:])
        shown = "".join(pieces)
    else:
        shown = text

    out: list[Span] = []
    for position, extra in inserts:
        start = at_start(position) - len(extra)
        out.append(Span(start, start + len(extra), ".inline--url"))
    link_number = 0
    for span in spans:
        style = _CLASS_OF.get(span.style)
        if style is None:
            continue
        start, end = at_start(span.start), at_end(span.end)
        out.append(Span(start, end, style))
        if span.style == document.LINK:
            if link_action and span.href:
                action = link_action.format(n=link_number)
                out.append(Span(start, end, Style.from_meta({"@click": action})))
            link_number += 1
    for mark in marks:
        # A mark that does not fit the text (computed for other text) is dropped, never drawn:
        # a span past the end makes Textual's renderer fail.
        if 0 <= mark.start < mark.end <= len(text):
            out.append(Span(at_start(mark.start), at_end(mark.end), mark.style))
    return Content(shown, spans=out)


def _same(text: str, span: document.Span) -> bool:
    # An autolink's text is its URL: no need to show it twice.
    return text[span.start : span.end] == span.href


def links(block: Block) -> list[str]:
    """The link targets of a block, in the order `inline_content` numbers them."""
    spans: Iterable[document.Span] = block.spans
    if block.kind == document.TABLE:
        spans = [s for row in block.rows for cell in row for s in cell.spans]
    return [s.href or "" for s in spans if s.style == document.LINK]


def block_content(
    block: Block, marks: Iterable[Mark] = (), link_action: str | None = None
) -> Content:
    """The Content for a non-table block: a list marker, an image line, or the text."""
    if block.kind == document.IMAGE:
        alt = block.text or "image"
        content = Content.assemble(("▣ image: ", ".inline--image"), inline_content(alt, (), marks))
        return content
    body = inline_content(block.text, block.spans, marks, link_action)
    if block.kind == document.LIST_ITEM:
        indent = "  " * (block.level - 1)
        marker = f"{block.marker} " if block.marker else "  "
        return Content.assemble((indent + marker, ".list--marker"), body)
    return body


def cell_content(cell: Cell, marks: Iterable[Mark] = ()) -> Content:
    return inline_content(cell.text, cell.spans, marks)
