"""One sense per article: a name the article settles once is the same name everywhere in it.

A name the gazetteer does not know is found where strong evidence names it ("l'opérateur KT",
"Kanana-1.5-8B", "Sakana AI"). Its other occurrences in the same article, and its short forms
("Sakana" for "Sakana AI", "Kanana" for "Kanana-1.5-8B", "Hillhouse" for "Hillhouse
Investment"), are mentions of the same kind, and all take one canonical name: the longest form
the article gives. Only the article's own text counts: what else is loaded never changes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reader.entities.base import COMPANY, MODEL, Mention
from reader.entities.shapes import EDITION, NOT_NAMES, PRODUCT_TAIL, acronym_of

if TYPE_CHECKING:
    from reader.document import Block

# Last words that a business's name can go without ("Sakana AI" -> "Sakana").
_DROPPABLE = frozenset({
    "AI", "Labs", "Lab", "Bank", "Capital", "Ventures", "Partners", "Group", "Investment",
    "Investments", "Technologies", "Analytics", "Holdings", "Corporation", "Research", "Cloud",
    "Digital", "Data", "Motor", "Automobile", "Automotive", "Motors", "Technology",
    "Intelligence", "Robotics", "Systems",
    "Semiconductor", "Semiconductors", "Solutions", "Networks", "Holding", "Logistics",
    "Autonomy", "Healthcare",
    "Invest", "Equity", "International", "Industries", "Electronics", "Telecom", "Insurance",
    "Energy", "Mobility", "Health", "Finance", "Software", "Dynamics", "Biotech", "Therapeutics",
    "Compute", "Computing", "Silicon", "Pharma", "Interactive", "Interactif", "Studios", "Games",
    "Verlag", "GmbH", "AG", "SA", "SAS", "Ltd", "Inc", "Oy", "AB", "BV", "NV", "SpA", "Srl", "PLC",
    # the country a branch serves ("Generali France" -> "Generali")
    "France", "Deutschland", "Italia", "España", "Japan", "India", "Korea", "Canada", "UK",
})
_VERSION = re.compile(r"[ ]\d{1,2}(?:\.\d{1,2})?(?![\w,.]?\w)")
_MODEL_HEAD = re.compile(r"^([A-ZÀ-ÖØ-Þ][\w]*[a-z][\w]*)(?:-\d|[ ]\d)")


def one_sense_per_article(
    blocks: Sequence[Block],
    proses: Sequence[str | None],
    mentions: list[list[Mention]],
    matcher: object,
) -> None:
    """Add the other occurrences and short forms of names the matcher guessed; give each
    guessed name one canonical form. Changes `mentions` (one list per block) in place."""
    knows = getattr(matcher, "knows", None)
    if knows is None:
        return  # a matcher without a gazetteer to tell guesses from known names
    settled: dict[str, tuple[str, str]] = {}  # surface -> (kind, canonical)
    for found in mentions:
        for m in found:
            name = " ".join(m.text.split())
            known = knows(name)
            # (an outlet acting in one sentence is still a source cited in another)
            if not known and not getattr(matcher, "ignores", lambda _: False)(name):
                # (a known business under its legal name keeps the name it is known by:
                # "Mizuho Financial Group" is Mizuho)
                # (an acronym given in brackets is the business named in full before it:
                # "la Banque de développement du Canada (BDC)")
                _settle(settled, name, m.kind, m.canonical if m.kind == COMPANY and (
                    m.canonical != name and (knows(m.canonical) or acronym_of(name, m.canonical)))
                    else name)
            for short in _short_forms(name, m.kind):
                if not knows(short):
                    canonical = (m.canonical if known else name) if m.kind == COMPANY else short
                    _settle(settled, short, m.kind, canonical)
    if not settled:
        return
    longest = settled
    pattern = re.compile(
        # (after an elided article or "qu'": "l'outil d'Aidoc", "qu'Indosat exploite")
        r"(?:(?<![\w.'’-])|(?<=\b[dlDLjJ]['’])|(?<=\b[qQ]u['’]))(?:"
        + _longest_first(longest)
        # Not the head of a longer name: "Novo" for "Novo Holdings" is not in "Novo Nordisk".
        + r")(?![\w-])(?![ ]+(?:&[ ]+)?[A-ZÀ-ÖØ-Þ][\w-]*[a-zà-öø-ÿ0-9])"
    )
    businesses = [s for s, (kind, _) in longest.items() if kind == COMPANY]
    # "Waabi Driver" where the article made "Waabi" a business: its product, a model.
    products = re.compile(
        r"(?<![\w.'’-])(?:" + _longest_first(businesses)
        + r")(?=" + PRODUCT_TAIL.pattern + ")") if businesses else None
    for i, prose in enumerate(proses):
        if not prose:
            continue
        found = mentions[i]
        # (sorted and disjoint, so what a hit overlaps is found by bisection: an article that
        # names thousands of businesses is not read in quadratic time)
        spans = sorted((m.start, m.end) for m in found)
        companies = {(m.start, m.end) for m in found if m.kind == COMPANY}
        added: list[Mention] = []
        replaced: set[tuple[int, int]] = set()
        for hit in products.finditer(prose) if products is not None else ():
            end = PRODUCT_TAIL.match(prose, hit.end()).end()
            if _overlapping(spans, hit.start(), end):
                continue
            insort(spans, (hit.start(), end))
            text = blocks[i].text[hit.start() : end]
            added.append(Mention(hit.start(), end, MODEL, " ".join(text.split()), text))
        for hit in pattern.finditer(prose):
            kind, canonical = longest[" ".join(hit.group().split())]
            clash = _overlapping(spans, hit.start(), hit.end())
            # The longer name the article settled takes the place of a known name inside it
            # ("Érable Cognition" again, where "Cognition" alone is a known business).
            if clash and not (kind == COMPANY and all(
                    hit.start() <= a and b <= hit.end() and (a, b) != hit.span()
                    and (a, b) in companies
                    for a, b in clash)):
                continue
            replaced.update(clash)
            end = hit.end()
            version = _VERSION.match(prose, end) if kind == MODEL else None
            if version:  # "Sève 3" where the article named "Sève 2 Mini": another version
                end = version.end()
                edition = EDITION.match(prose, end)  # and its edition: "Sève 3 Mini"
                end = edition.end() if edition else end
                canonical = " ".join(prose[hit.start() : end].split())
            text = blocks[i].text[hit.start() : end]
            added.append(Mention(hit.start(), end, kind, canonical, text))
        renamed = [_renamed(m, longest) for m in found if (m.start, m.end) not in replaced]
        mentions[i] = sorted(renamed + added, key=lambda m: m.start)


def _longest_first(surfaces: Iterable[str]) -> str:
    """An alternation of the surfaces (a space in one stands for any blanks), tried longest
    first. Past _FLAT of them, factored by prefix ("Sakana(?:\\s+AI|)" for "Sakana AI" and
    "Sakana"), which tries them in the same order: the surfaces that match at one position are
    each a prefix of the next (a blank run is read whole, the character after it is none), so
    trying the longer continuation before the shorter end tries them longest first.

    The plain alternation tries every surface at every position where its first letter stands:
    an article guessing hundreds of names ("Zorbex1 AI", "Zorbex2 AI" …) was read in quadratic
    time (x16 from 1,600 to 6,400 names). The tree reads each position's letters once down its
    branches; built in Python, it costs more than the plain one for the few names of an
    ordinary article, which keeps it. (A tree deeper than _NESTED branch points, which the
    regex parser would recurse through, is written plain too.)"""
    surfaces = list(surfaces)
    if len(surfaces) > _FLAT:
        factored = _factored(surfaces)
        if factored is not None:
            return factored
    return "|".join(re.escape(s).replace(r"\ ", r"\s+")
                    for s in sorted(surfaces, key=len, reverse=True))


_FLAT = 64
_NESTED = 100


def _factored(surfaces: list[str]) -> str | None:
    """The surfaces' tree as one pattern, its longer continuations first (None if too deep)."""
    root: dict[str, dict] = {}
    tokens = _TOKENS
    for surface in surfaces:
        node = root
        for char in surface:
            key = tokens.get(char)
            if key is None:
                key = tokens[char] = r"\s+" if char == " " else re.escape(char)
            child = node.get(key)
            if child is None:
                child = node[key] = {}
            node = child
        node[""] = {}  # (a surface ends here)
    # Each branching node's pattern after those below it, without recursion (a name can be
    # long); a run of nodes with one way on is one stretch of the pattern.
    done: dict[int, tuple[str, int]] = {}  # id of a node -> its pattern, its branch points
    stack: list[tuple[dict, list[tuple[str, dict]] | None]] = [(root, None)]
    while stack:
        node, edges = stack.pop()
        if edges is None:
            edges = []
            for key, child in node.items():
                if not key:
                    continue
                stretch = [key]
                while len(child) == 1 and "" not in child:
                    (key, child), = child.items()
                    stretch.append(key)
                edges.append(("".join(stretch), child))
            stack.append((node, edges))
            stack.extend((child, None) for _, child in edges if id(child) not in done)
            continue
        alternatives = [stretch + done[id(child)][0] for stretch, child in edges]
        if "" in node:
            alternatives.append("")  # (the shorter surface after every longer one)
        nested = max((done[id(child)][1] for _, child in edges), default=0)
        if len(alternatives) == 1:
            done[id(node)] = alternatives[0], nested
        else:
            done[id(node)] = "(?:" + "|".join(alternatives) + ")", nested + 1
    pattern, nested = done[id(root)]
    return pattern if nested <= _NESTED else None


_TOKENS: dict[str, str] = {}  # a character -> what stands for it in a pattern


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans (sorted, disjoint) that overlap start..end, in order."""
    j = bisect_left(spans, (end,))
    out: list[tuple[int, int]] = []
    while j > 0 and spans[j - 1][1] > start:
        j -= 1
        out.append(spans[j])
    out.reverse()
    return out


def _settle(settled: dict[str, tuple[str, str]], surface: str, kind: str, name: str) -> None:
    known = settled.get(surface)
    if known is None or (known[0] == kind and len(name) > len(known[1])):
        settled[surface] = (kind, name)


def _short_forms(name: str, kind: str) -> list[str]:
    words = name.split()
    shorts: list[str] = []
    if kind == COMPANY and len(words) >= 2 and words[-1] in _DROPPABLE:
        head = " ".join(words[:-1])
        # ("1X" for "1X Technologies": two characters do when one is a digit or a capital)
        if (len(head) >= 3 or (len(head) == 2 and not head.isalpha()) or head.isupper()) and (
                head not in NOT_NAMES and not head.isdigit()):
            shorts.append(head)
    if kind == COMPANY and len(words) >= 3 and len(words[0]) >= 4 and words[0] not in NOT_NAMES \
            and not words[1][:1].islower():
        # "Indosat" for "Indosat Ooredoo Hutchison" (not "Caisse" for "Caisse des dépôts": a
        # name written the French way goes on in small letters from its head word)
        shorts.append(words[0])
    if kind == COMPANY and len(words) == 2 and words[0] == "Groupe" and (
            words[1] not in NOT_NAMES and len(words[1]) >= 2):
        # "ADP" for "Groupe ADP": the head word of a group's name, which the text drops once
        # it has named it
        shorts.append(words[1])
    if kind == COMPANY and len(words) == 1 and len(name) >= 6 and name.endswith("AI") and (
            name[-3].islower()):
        shorts.append(name[:-2])  # "Furiosa" for "FuriosaAI"
    if kind == COMPANY and len(words) == 1 and name.lower().endswith((".ai", ".io")):
        head = name[:-3]  # "Corail" for "Corail.ai"
        if len(head) >= 3 and head not in NOT_NAMES:
            shorts.append(head)
    if kind == MODEL:
        head = _MODEL_HEAD.match(name)
        if head and len(head.group(1)) >= 3 and head.group(1) not in NOT_NAMES:
            shorts.append(head.group(1))
    return shorts


def _renamed(m: Mention, settled: dict[str, tuple[str, str]]) -> Mention:
    entry = settled.get(" ".join(m.text.split()))
    if entry is None or entry[0] != m.kind or entry[1] == m.canonical:
        return m
    return Mention(m.start, m.end, m.kind, entry[1], m.text)
