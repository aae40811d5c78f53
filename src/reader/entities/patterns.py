"""Regular expressions from names: spacing, apostrophes and hyphens as the text writes them,
a trie of surface forms, and the first characters a gazetteer pattern can start with."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.entities.base import APOSTROPHES, HYPHENS, SP


def is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def piece(char: str) -> str:
    if char == " ":
        return SP
    if char in APOSTROPHES:
        return f"[{APOSTROPHES}]"
    if char in HYPHENS:
        return f"[{HYPHENS}]"
    return re.escape(char)


def normal(surface: str) -> str:
    """The key a matched surface is looked up by: one space, one apostrophe, one hyphen."""
    surface = re.sub(r"\s+", " ", surface)
    for a in APOSTROPHES[1:]:
        surface = surface.replace(a, "'")
    for h in HYPHENS[1:]:
        surface = surface.replace(h, "-")
    return surface


def pattern_source(pattern: str) -> str:
    """A gazetteer pattern as a regex: spaces outside [...] match like spaces in forms."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == " ":
            out.append(SP)
        else:
            out.append(char)
    return "(?:" + "".join(out) + r")(?!\w)"


def trie(forms: Iterable[str]) -> dict:
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = True
    return root


def trie_regex(node: dict, last: str = "") -> str:
    """Alternatives sharing prefixes; longer continuations are tried before the end, so the
    regex engine returns the longest form at a position."""
    alternatives = [piece(char) + trie_regex(node[char], char) for char in sorted(node) if char]
    if "" in node:
        alternatives.append(r"(?!\w)" if last and is_word(last) else "")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a pattern can start with, or None when that cannot be told cheaply.

    Reads only what gazetteer patterns use at their start: literals, escapes, classes and
    groups of alternatives; anything else (an optional first item, a look-around) says None.
    """
    chars: set[str] = set()
    for branch in _branches(pattern):
        found = _first_of_branch(branch)
        if found is None:
            return None
        chars |= found
    return frozenset(chars) if chars else None


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    branches: list[str] = []
    depth = 0
    start = i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _class_end(pattern: str, i: int) -> int:
    """The index after the `]` closing the class that starts at i."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index after the `)` closing the group that starts at i."""
    depth = 0
    j = i
    while j < len(pattern):
        char = pattern[j]
        if char == "\\":
            j += 2
            continue
        if char == "[":
            j = _class_end(pattern, j)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(pattern)


def _first_of_branch(branch: str) -> set[str] | None:
    if not branch:
        return None
    char = branch[0]
    if char == "(":
        end = _group_end(branch, 0)
        if not branch.startswith("(?:") and branch[1] == "?":
            return None  # a look-around or flags
        inner = branch[3 if branch.startswith("(?:") else 1 : end - 1]
        found = first_chars(inner)
        atom_end = end
        result = set(found) if found is not None else None
    elif char == "[":
        atom_end = _class_end(branch, 0)
        result = _class_chars(branch[1 : atom_end - 1])
    elif char == "\\":
        atom_end = 2
        escaped = branch[1:2]
        # \d, \w...: Unicode classes, too wide to list.
        result = {escaped} if escaped and not escaped.isalnum() else None
    elif char in ".^$*+?{)|":
        return None
    else:
        atom_end = 1
        result = {char}
    if branch[atom_end : atom_end + 1] in ("?", "*") or branch[atom_end:].startswith("{0"):
        return None  # the first item may be absent
    return result


def _class_chars(body: str) -> set[str] | None:
    if body.startswith("^"):
        return None
    chars: set[str] = set()
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            escaped = body[i + 1 : i + 2]
            if escaped and not escaped.isalnum():
                chars.add(escaped)
            else:
                return None
            i += 2
            continue
        if i + 2 < len(body) and body[i + 1] == "-":
            low, high = ord(char), ord(body[i + 2])
            if high < low or high - low >= 64:
                return None
            chars.update(chr(x) for x in range(low, high + 1))
            i += 3
            continue
        chars.add(char)
        i += 1
    return chars


# What may stand just before a word that a rule looks for, besides a space: a line break, a
# tab, an apostrophe of elision, brackets, quotes, punctuation, the mask of what is not prose.
_OTHER_LEADS = "\n\t'’(«\"“\u00a0/-[{<*~.,;:!?»”)+&|\x00"


class WordLed:
    """A regex tried where a word starts: after a space or another lead character, or at the
    text's start. Its matches include the lead character, if any: read the positions of the
    source's named groups.

    Python's regex engine skips fastest to one literal character: a regex led by a space finds
    its matches several times faster than one led by a word boundary or a class of characters,
    which start a try at many more positions. The rarer leads get a second regex.
    """

    def __init__(self, source: str, leads: str = _OTHER_LEADS) -> None:
        self._spaced = re.compile(f" (?:{source})")
        self._other = re.compile(f"[{re.escape(leads)}](?:{source})")
        self._first = re.compile(source)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Disjoint matches in text order, as one finditer would give them."""
        first = self._first.match(text)
        end = first.end() if first else 0
        hits = list(self._spaced.finditer(text, end))
        other = list(self._other.finditer(text, end))
        if other:
            hits = sorted(hits + other, key=lambda m: m.start())
        out = [first] if first else []
        for m in hits:
            if m.start() + 1 >= end:  # never inside a match taken before
                out.append(m)
                end = m.end()
        return out

    def starts(self, text: str) -> list[int]:
        """Where the matches of finditer start, without their lead character."""
        return [m.start() + (m.re is not self._first) for m in self.finditer(text)]
