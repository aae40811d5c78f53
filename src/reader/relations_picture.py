"""The partnership map as a picture in a character grid: one company in the middle, its relations
around it. Plain Python (no Textual), so the layout is tested cell by cell.

Each relation is one row on the left or the right of the centre box, joined to it by a bus
line, so labels can never overlap; what does not fit is summed up as "+N more". Kinds differ
without colour: each type has its own line character and a short label on the edge, and a
directed relation has an arrow toward its target.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How the app words each type: the list, the picture, its legend, the evidence's title and
# `reader relations` without a flag say the same word (the JSON, DOT and Mermaid keep the type
# names). Short, for an edge of the picture at 80 columns.
TYPE_WORDS = {
    "partnership": "partner",
    "investment": "invests",
    "acquisition": "buys",
    "uses_model": "uses",
    "makes_model": "makes",
    "rivalry": "rival",
}
# Line character and edge label per type.
LINES = {
    kind: (line, TYPE_WORDS[kind])
    for kind, line in (("partnership", "─"), ("investment", "═"), ("acquisition", "━"),
                       ("uses_model", "┈"), ("makes_model", "╌"), ("rivalry", "~"))
}


def type_word(kind: str) -> str:
    """A relation type as the app words it ("makes" for makes_model)."""
    return TYPE_WORDS.get(kind, kind)


STATUS_MARK = {"stated": "", "talks": "?", "rumored": "??", "ended": "×"}
UNORDERED = frozenset({"partnership", "rivalry"})


@dataclass(frozen=True, slots=True)
class Spoke:
    """One relation of the centre: the other party, the type, the status, who points where."""

    other: str
    type: str
    status: str = "stated"
    outgoing: bool = True  # the centre is `a` (investor, buyer, user, maker)


@dataclass(frozen=True, slots=True)
class Style:
    """A run of cells on one row with a role: "centre", "name", "more", or a relation type."""

    row: int
    start: int
    end: int
    role: str


@dataclass
class Picture:
    width: int
    height: int
    rows: list[list[str]] = field(default_factory=list)
    styles: list[Style] = field(default_factory=list)
    shown: int = 0
    hidden: int = 0

    def put(self, row: int, col: int, text: str, role: str | None = None) -> None:
        if not (0 <= row < self.height):
            return
        cells = self.rows[row]
        end = min(self.width, col + len(text))
        for i in range(max(col, 0), end):
            cells[i] = text[i - col]
        if role and end > max(col, 0):
            self.styles.append(Style(row, max(col, 0), end, role))

    def lines(self) -> list[str]:
        return ["".join(row).rstrip() for row in self.rows]


def _fit(text: str, room: int) -> str:
    if room <= 0:
        return ""
    return text if len(text) <= room else text[: max(room - 1, 0)] + "…"


def draw(centre: str, spokes: list[Spoke], width: int, height: int) -> Picture:
    """Lay the centre and its spokes out in `width` x `height` cells."""
    picture = Picture(width, height, [[" "] * width for _ in range(height)])
    if width < 20 or height < 3:
        picture.put(0, 0, _fit(centre, width), "centre")
        picture.hidden = len(spokes)
        return picture
    name = _fit(centre, max(width // 3, 8))
    box_width = len(name) + 4
    left_box = (width - box_width) // 2
    right_box = left_box + box_width
    mid = height // 2
    picture.put(mid - 1, left_box, "┌" + "─" * (box_width - 2) + "┐", "centre")
    picture.put(mid, left_box, "┤ " + name + " ├", "centre")
    picture.put(mid + 1, left_box, "└" + "─" * (box_width - 2) + "┘", "centre")
    if not spokes:
        return picture
    if len(spokes) <= 2 * height:
        shown, hidden = spokes, 0
    else:
        # The right side keeps its last row for "+N more".
        shown = spokes[: 2 * height - 1]
        hidden = len(spokes) - len(shown)
    right_cap = height - (1 if hidden else 0)
    right: list[Spoke] = []
    left: list[Spoke] = []
    for spoke in shown:
        if len(right) < right_cap and (len(right) <= len(left) or len(left) >= height):
            right.append(spoke)
        else:
            left.append(spoke)
    picture.shown, picture.hidden = len(shown), hidden
    _side(picture, right, right_box + 1, width - 1, mid, +1, hidden)
    _side(picture, left, 0, left_box - 2, mid, -1, 0)
    return picture


# (up, down, left, right) -> the box-drawing character joining those sides.
_JOINS = {
    (False, False, False, False): " ", (False, False, True, True): "─",
    (False, False, True, False): "─", (False, False, False, True): "─",
    (True, True, False, False): "│", (True, True, True, True): "┼",
    (True, True, True, False): "┤", (True, True, False, True): "├",
    (False, True, True, True): "┬", (True, False, True, True): "┴",
    (False, True, True, False): "┐", (False, True, False, True): "┌",
    (True, False, True, False): "┘", (True, False, False, True): "└",
    (True, False, False, False): "│", (False, True, False, False): "│",
}


def _rows_for(count: int, height: int, mid: int) -> list[int]:
    """`count` rows around `mid`, as close to it as the height allows."""
    top = max(0, min(mid - count // 2, height - count))
    return list(range(top, top + count))


def _side(picture: Picture, spokes: list[Spoke], first: int, last: int, mid: int, way: int,
          hidden: int) -> None:
    """Draw one side: `first`..`last` are its columns; the bus is the column next to the box."""
    items: list[Spoke | None] = list(spokes)
    if hidden:
        items.append(None)
    if not items or last - first < 8:
        return
    rows = _rows_for(len(items), picture.height, mid)
    bus = first if way > 0 else last
    top, bottom = min(rows[0], mid), max(rows[-1], mid)
    for row in range(top, bottom + 1):
        spoke_side = row in rows
        box_side = row == mid
        left, right = (box_side, spoke_side) if way > 0 else (spoke_side, box_side)
        picture.put(row, bus, _JOINS[(row > top, row < bottom, left, right)], "bus")
    picture.put(mid, bus - way, "─", "bus")
    for row, spoke in zip(rows, items, strict=True):
        room = last - first  # cells between the bus and the far edge
        if spoke is None:
            text = f"+{hidden} more"
            col = bus + 2 if way > 0 else bus - 1 - len(text)
            picture.put(row, bus + (1 if way > 0 else -1), "─", "bus")
            picture.put(row, col, text[:room], "more")
            continue
        line_char, label = LINES.get(spoke.type, ("─", spoke.type))
        label += STATUS_MARK.get(spoke.status, "")
        # The name gets what the edge (label and two line cells each side) leaves; the label
        # is cut before a name shrinks below six cells.
        label = _fit(label, max(room - 6 - 1 - 4, 1))
        name = _fit(spoke.other, max(room - 1 - (len(label) + 4), 1))
        edge_length = room - len(name) - 1
        edge = _edge(line_char, label, edge_length, spoke, way)
        if way > 0:
            picture.put(row, bus + 1, edge, spoke.type)
            picture.put(row, bus + 1 + len(edge) + 1, name, "name")
        else:
            start = bus - len(edge)
            picture.put(row, start, edge, spoke.type)
            picture.put(row, start - 1 - len(name), name, "name")


def _edge(line: str, label: str, length: int, spoke: Spoke, way: int) -> str:
    """The line between bus and name, the label in it, an arrow toward the target."""
    length = max(length, len(label) + 4)
    arrow_at_name = spoke.type not in UNORDERED and spoke.outgoing
    arrow_at_centre = spoke.type not in UNORDERED and not spoke.outgoing
    body = list(line * length)
    start = (length - len(label)) // 2
    body[start - 1] = " "
    body[start : start + len(label)] = label
    body[start + len(label)] = " "
    # `way` > 0: the centre is on the left of the edge, the name on the right.
    if arrow_at_name:
        if way > 0:
            body[-1] = "►"
        else:
            body[0] = "◄"
    if arrow_at_centre:
        if way > 0:
            body[0] = "◄"
        else:
            body[-1] = "►"
    return "".join(body)


def shown_evidence(raw: str) -> str:
    """An evidence sentence as the article view shows it: a link's text without its address,
    no `*`, `` ` `` or `![...]` markup. (The JSON keeps the sentence as written, with the
    `start`/`end` that index it in the file.)"""
    from reader.document import parse

    shown = " ".join(" ".join(block.text.split()) for block in parse(raw) if block.text.strip())
    return shown or raw
