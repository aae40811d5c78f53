"""Lists in the news and who may be in them: the members of a funding round, a client or
partner list, or a list that holds a business already found ("Nvidia, Accel et Elaia"), read
forward and back from a member; and the tests a guessed name must pass to be a business (not a
person, not a place, not a sentence word).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable

from reader.entities.base import COMPANY, Mention
from reader.entities.lexicon import FIRST_NAMES
from reader.entities.shapes import (
    LEAD_NOUNS,
    LIST_LEAD,
    LIST_SEP,
    NAME_AT,
    NAME_RUN,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NAME,
    PERSON_AFTER,
    PERSON_BEFORE,
    SUBSIDIARY_TAIL,
    is_adverb,
)


def ok_name(name: str, text: str = "", start: int = 0) -> bool:
    """Not a sentence word, a place or an adverb; with the text, a name that holds its article
    too (`article_led`)."""
    words = name.split()
    if article_led(name, text, start):
        words = words[1:]
    return bool(words) and words[0] not in NOT_NAMES and not is_adverb(words[0]) and all(
        w not in NOT_NAMES for w in words[-1:])


_ARTICLES = frozenset({"La", "Le", "Les"})


def article_led(name: str, text: str, start: int) -> bool:
    """"aux côtés de La Mobilière", "à La Poste": inside a sentence, an article written with a
    capital is part of the name it opens (a sentence that opens on one says nothing)."""
    words = name.split(None, 2)
    if len(words) < 2 or words[0] not in _ARTICLES or start < 2 or not text:
        return False
    before = text[max(0, start - 12) : start]
    # (after a word in small letters or its elision: "de La", "d'La" never; "avec La")
    return before.endswith(" ") and before.rstrip()[-1:].isalpha() and (
        before.rstrip()[-1:].islower())


class Placed:
    """Disjoint mentions by start, asked what overlaps a range in logarithmic time."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_start = {m.start: m for m in mentions}
        self.starts = sorted(self.by_start)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, end) - 1
        out = []
        while i >= 0 and self.by_start[self.starts[i]].end > start:
            out.append(self.by_start[self.starts[i]])
            i -= 1
        return out

    def add(self, m: Mention) -> None:
        insort(self.starts, m.start)
        self.by_start[m.start] = m

    def remove(self, m: Mention) -> None:
        self.starts.pop(bisect_left(self.starts, m.start))
        del self.by_start[m.start]

    def all(self) -> list[Mention]:
        return [self.by_start[s] for s in self.starts]


def list_members(text: str, placed: Placed, starts: list[int]) -> list[tuple[int, int]]:
    """Names in a list that a funding round or a client list introduces (`starts`), or that
    holds a business already found ("Benchmark et Sequoia Capital", "Infosys et Tata
    Consultancy Services", "mené par Accel, avec la participation de Nvidia et d'Elaia")."""
    members: list[tuple[int, int]] = []

    def longer(m: Mention) -> int:
        """Where a business's name ends in a list, with a word that names its subsidiary
        ("Lightspeed India", "Samsung NEXT")."""
        tail = SUBSIDIARY_TAIL.match(text, m.end)
        if tail and tail.group(1) not in NOT_NAMES and not placed.overlapping(m.end, tail.end()):
            return tail.end()
        return m.end

    def item_at(pos: int) -> tuple[int, int, bool] | None:
        """The list item starting at pos: (start, end, is a business found already)."""
        clash = placed.overlapping(pos, pos + 1)
        if clash:
            m = clash[0]
            if m.kind != COMPANY or m.start != pos:
                return None
            end = longer(m)
            return m.start, end, end == m.end
        name = NAME_AT.match(text, pos)
        if name is None or placed.overlapping(*name.span()):
            return None
        return name.start(), name.end(), False

    def walk(start: int, end: int, back: bool = True) -> None:
        pos = end
        while text.startswith(_SEP_STARTS, pos) and (sep := LIST_SEP.match(text, pos)):
            lead = LIST_LEAD.match(text, sep.end())  # "et le transporteur X"
            item = item_at(lead.end() if lead else sep.end())
            if item is None:
                break
            if not item[2] and company_like(text[item[0] : item[1]], text, item[0]):
                members.append(item[:2])
            pos = item[1]
        pos = start
        while back and (before := item_before(text, _without_lead(text, pos))) is not None:
            clash = placed.overlapping(*before)
            if clash:
                m = clash[0]
                if m.kind != COMPANY or before[1] not in (m.end, longer(m)):
                    break
                if m.end != before[1]:
                    members.append(before)
                pos = m.start
                continue
            if not company_like(text[before[0] : before[1]], text, before[0]) or (
                    _PLACED_AT.search(text, max(0, before[0] - 24), before[0])):
                break
            members.append(before)
            pos = before[0]

    for pos in starts:
        item = item_at(pos)
        if item is not None:
            if not item[2] and company_like(text[item[0] : item[1]], text, item[0]):
                members.append(item[:2])
            walk(item[0], item[1])
    # Most businesses are in no list: no separator shortly before or after them, which every
    # list member next to them needs.
    separators = sorted(hit.start() for regex in _SEPARATORS for hit in regex.finditer(text))
    for m in placed.all():
        if m.kind == COMPANY:
            i = bisect_left(separators, m.start - 45)
            if i < len(separators) and separators[i] < m.end + 20:
                walk(m.start, m.end, back=separators[i] < m.start)
    return sorted(set(members))


# (one literal each: the regex engine finds a literal much faster than an alternation)
_SEPARATORS = (re.compile(","), re.compile(" et "), re.compile(" ainsi "), re.compile(" ou "))


# "Installée à Sophia Antipolis, la start-up X": where a business is, not another business.
_PLACED_AT = re.compile(r"\b(?:[Ii]nstallée?s?|[Bb]asée?s?|[Ii]mplantée?s?|[Ss]ituée?s?|"
                        r"[Dd]omiciliée?s?|[Ss]iégeant|[Nn]ée?s?)[ ]+(?:à|au|en)[ ]+$")


def _without_lead(text: str, pos: int) -> int:
    """Where a list member starts with what the list says of it: "et l'opérateur X", "et du
    fonds britannique X" (a noun, maybe an adjective, after a determiner)."""
    if pos < 4 or text[pos - 1] != " ":
        return pos
    end = pos - 1
    for _ in range(2):  # the noun, or the adjective after it
        start = text.rfind(" ", max(0, end - 20), end) + 1
        if start == 0 and end > 20:
            return pos  # a word too long to be a noun of the list
        word = text[start:end]
        elided = word[1:2] in ("'", "’") and word[:1] in ("l", "d")
        if (word[2:] if elided else word) in LEAD_NOUNS:
            if elided:
                return start
            before = text[max(0, start - 4) : start]
            return start - 4 + before.rfind(" ", 0, 3) + 1 if before.endswith(
                (" le ", " la ", "les ", " du ", " de ", "des ")) else pos
        if start == 0 or not word.isalpha() or not word.islower():
            return pos
        end = start - 1
    return pos


_SEP_STARTS = (",", " ,", " et ", " ainsi", " ou ")
# How a list separator ends: a comma or "et", then maybe "de" ("Benchmark et de Sequoia").
_SEP_ENDS = tuple(sorted((  # longest first: the whole separator is found
    *(f"{join}{of}" for join in (",", ", ", " et ", ", et ", " ou ")
      for of in ("", "de ", "d'", "d’", "du ", "des ")),
    " ainsi que ",
), key=len, reverse=True))


def item_before(text: str, pos: int) -> tuple[int, int] | None:
    """The list item before the separator that ends at pos: "Benchmark" in "Benchmark et de "."""
    near = text[max(0, pos - 11) : pos]
    # Every separator holds a comma, "et" or "que"; most names are preceded by none of them.
    if not ("," in near or " et " in near or " que " in near or " ou " in near):
        return None
    if not text.endswith(_SEP_ENDS, 0, pos):
        return None
    sep = next(e for e in _SEP_ENDS if text.endswith(e, 0, pos))
    if sep.startswith(", et"):
        return None  # (a comma before "et" closes a clause: "dans son usine de Seynod, et X")
    end = pos - len(sep)
    while end > 0 and text[end - 1] == " ":
        end -= 1
    words = text[max(0, end - 60) : end].split(" ")
    if not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        return None
    for count in range(min(5, len(words)), 0, -1):
        if words[-count] in NOT_NAMES and sep.strip().startswith(("et", "ou")):
            # A sentence word before the first of two names: "Après Run:ai et Deci" (not a
            # place set apart by a comma: "À Cologne, DeepL" is where DeepL is)
            continue
        name = " ".join(words[-count:])
        if name and NAME_RUN.fullmatch(name):
            start = end - len(name)
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in ".'’-"):
                return start, end
    return None


_AFTER_FIRST_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+[ ]([A-ZÀ-ÖØ-Þ][\w-]*)")


def surnames(text: str) -> set[str]:
    """Words the text writes after a first name ("Musk" in "Elon Musk"): people, not lists of
    businesses."""
    # (not after the head word of a business's name: "le Groupe ADP", then "assigné ADP")
    return {hit.group(1) for hit in _AFTER_FIRST_NAME.finditer(text)
            if hit.group().split(" ", 1)[0] not in NOT_NAMES
            and hit.group().split(" ", 1)[0] not in ORG_HEADS}


def company_like(name: str, text: str = "", start: int = 0) -> bool:
    """Not a person ("Kim Sung-hun") nor a place: one word, an acronym, or a business name."""
    words = name.split()
    if article_led(name, text, start):
        words = words[1:]  # "La Mobilière" is judged as "Mobilière"
        if len(words) == 1 and words[0] in FIRST_NAMES:
            return False
    if not ok_name(name, text, start) or any(w in NOT_NAMES for w in words):
        return False
    if len(words) == 1:  # (not the first name of "Kim Jae-won")
        after = text[start + len(name) : start + len(name) + 2] if text else ""
        return not (name in FIRST_NAMES and after[:1] == " " and after[1:].isupper())
    if len(words) >= 3:
        return True  # (a person is named in two words, rarely in three)
    # "Mahindra & Mahindra": an ampersand joins the names of a business, not of a person.
    if ORG_NAME.fullmatch(name) or all(w.isupper() for w in words) or "&" in words:
        return True
    # "Square Vale", "L Morrow": two words not led by a first name ("Anne Morel"), not ending
    # in a given name of the East Asian kind ("Kim Jae-won"), and that the text around does not
    # give a person's role ("X Y, ancien patron de", "le fondateur de Z, X Y,").
    if not text or words[0] in FIRST_NAMES or _GIVEN_NAME.fullmatch(words[1]):
        return False
    end = start + len(name)
    return not (PERSON_AFTER.match(text, end)
                or PERSON_BEFORE.search(text, max(0, start - 60), start))


_GIVEN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+-[a-zà-öø-ÿ]+")
