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


# A side narrower than this draws no spokes: they are counted in "+N more" instead.
MIN_SIDE = 10
# A name is cut (with "…") only below this many cells; the edge's label gives way first.
MIN_NAME = 6


def draw(centre: str, spokes: list[Spoke], width: int, height: int) -> Picture:
    """Lay the centre and its spokes out in `width` x `height` cells."""
    picture = Picture(width, height, [[" "] * width for _ in range(height)])
    if width < 20 or height < 3:
        picture.put(0, 0, _fit(centre, width), "centre")
        picture.hidden = len(spokes)
        if spokes and height > 1:
            picture.put(1, 0, _fit(f"+{len(spokes)} more", width), "more")
        return picture
    name = _fit(centre, max(width // 3, 8))
    box_width = len(name) + 4
    left_box = (width - box_width) // 2
    right_box = left_box + box_width
    mid = height // 2
    # Each side's columns: its bus is the column next to the box's one-cell stub.
    right_cols = (right_box + 1, width - 1)
    left_cols = (0, left_box - 2)
    right_ok = right_cols[1] - right_cols[0] >= MIN_SIDE
    left_ok = left_cols[1] - left_cols[0] >= MIN_SIDE
    capacity = height * (right_ok + left_ok)
    if len(spokes) <= capacity:
        shown, hidden = spokes, 0
    else:
        # The last row of a side (the right one when it is drawn) says "+N more".
        shown = spokes[: max(capacity - 1, 0)]
        hidden = len(spokes) - len(shown)
    right_cap = height * right_ok - (1 if hidden and right_ok else 0)
    left_cap = height * left_ok - (1 if hidden and not right_ok and left_ok else 0)
    right: list[Spoke] = []
    left: list[Spoke] = []
    for spoke in shown:
        if len(right) < right_cap and (len(right) <= len(left) or len(left) >= left_cap):
            right.append(spoke)
        else:
            left.append(spoke)
    picture.shown, picture.hidden = len(shown), hidden
    # The box moves toward the side that needs fewer cells, as far as that side can spare:
    # a name cut short on one side while the other had room to give was the worst to read.
    short_left = _need(left) - (left_cols[1] - left_cols[0])
    short_right = _need(right) - (right_cols[1] - right_cols[0])
    shift = 0
    if short_left > 0 > short_right:
        shift = min(short_left, -short_right)
    elif short_right > 0 > short_left:
        shift = -min(short_right, -short_left)
    left_box += shift
    right_box += shift
    right_cols = (right_box + 1, width - 1)
    left_cols = (0, left_box - 2)
    more_right = hidden if right_ok else 0
    more_left = hidden if not right_ok and left_ok else 0
    # The box's sides join a bus only where one is drawn: no "┤" with nothing beside it.
    joined_left = bool(left or more_left)
    joined_right = bool(right or more_right)
    picture.put(mid - 1, left_box, "┌" + "─" * (box_width - 2) + "┐", "centre")
    picture.put(mid, left_box, ("┤ " if joined_left else "│ ") + name
                + (" ├" if joined_right else " │"), "centre")
    picture.put(mid + 1, left_box, "└" + "─" * (box_width - 2) + "┘", "centre")
    if hidden and not (right_ok or left_ok):
        # No side wide enough: the count goes under the box.
        text = _fit(f"+{hidden} more", width)
        row = mid + 2 if mid + 2 < height else mid - 2  # (a 3-row picture has no room: -1)
        picture.put(row, max((width - len(text)) // 2, 0), text, "more")
    _side(picture, right, *right_cols, mid, +1, more_right)
    _side(picture, left, *left_cols, mid, -1, more_left)
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


def _label(spoke: Spoke) -> str:
    return LINES.get(spoke.type, ("─", spoke.type))[1] + STATUS_MARK.get(spoke.status, "")


def _need(spokes: list[Spoke]) -> int:
    """The cells a side needs to show every name whole beside a tight edge."""
    return max((len(s.other) + 1 + len(_label(s)) + 1 for s in spokes), default=0)


def fit_spoke(name: str, label: str, room: int) -> tuple[str, str, int]:
    """(name, label, edge length) for one spoke in `room` cells (a space between edge and name).

    What gives way, in order: the line beyond the label's ends, the spaces around the label,
    the line at one end (the other keeps the arrow or the type's line character), the name
    down to MIN_NAME cells (ending in "…"), then the label (the legend still tells the type)."""
    if len(name) + 1 + len(label) + 1 <= room:
        return name, label, room - 1 - len(name)
    keep = min(len(name), MIN_NAME)
    name = _fit(name, max(room - 1 - (len(label) + 1), keep))
    label = _fit(label, room - 1 - len(name) - 1)
    return name, label, max(room - 1 - len(name), len(label) + 1)


def _side(picture: Picture, spokes: list[Spoke], first: int, last: int, mid: int, way: int,
          hidden: int) -> None:
    """Draw one side: `first`..`last` are its columns; the bus is the column next to the box."""
    items: list[Spoke | None] = list(spokes)
    if hidden:
        items.append(None)
    if not items:
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
    room = last - first  # cells between the bus and the far edge
    for row, spoke in zip(rows, items, strict=True):
        if spoke is None:
            text = _fit(f"+{hidden} more", room - 2)
            col = bus + 2 if way > 0 else bus - 1 - len(text)
            picture.put(row, bus + (1 if way > 0 else -1), "─", "bus")
            picture.put(row, col, text, "more")
            continue
        line_char = LINES.get(spoke.type, ("─", spoke.type))[0]
        name, label, length = fit_spoke(spoke.other, _label(spoke), room)
        edge = _edge(line_char, label, length, spoke, way)
        if way > 0:
            picture.put(row, bus + 1, edge, spoke.type)
            picture.put(row, bus + 1 + len(edge) + 1, name, "name")
        else:
            start = bus - len(edge)
            picture.put(row, start, edge, spoke.type)
            picture.put(row, start - 1 - len(name), name, "name")


def _edge(line: str, label: str, length: int, spoke: Spoke, way: int) -> str:
    """The line between bus and name, the label in it, an arrow toward the target.

    `length` >= len(label) + 1: a line cell at one end at least (the arrow's, or the name's
    side), one at each end and spaces around the label when there is room for them."""
    length = max(length, len(label) + 1)
    gap = " " if length - len(label) - 2 >= 2 and label else ""
    pad = length - len(label) - 2 * len(gap)
    directed = spoke.type not in UNORDERED
    at_centre = directed and not spoke.outgoing
    # `way` > 0: the centre is on the left of the edge, the name on the right. With one line
    # cell only, it goes where the arrow is (the name's end when there is none).
    before = pad // 2 if pad > 1 else (1 if (way > 0) == at_centre else 0)
    body = list(line * before + gap + label + gap + line * (pad - before))
    if directed and spoke.outgoing:
        body[-1 if way > 0 else 0] = "►" if way > 0 else "◄"
    if at_centre:
        body[0 if way > 0 else -1] = "◄" if way > 0 else "►"
    return "".join(body)


def shown_evidence(raw: str) -> str:
    """An evidence sentence as the article view shows it: a link's text without its address,
    no `*`, `` ` `` or `![...]` markup. (The JSON keeps the sentence as written, with the
    `start`/`end` that index it in the file.)"""
    from reader.document import parse

    shown = " ".join(" ".join(block.text.split()) for block in parse(raw) if block.text.strip())
    return shown or raw
