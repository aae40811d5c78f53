"""Names the gazetteer has never seen, found by the shapes in shapes.py: a guess may add a
name, lengthen a known one ("AMD" -> "AMD Ventures", "Pharia-1" -> "Pharia-1-LLM-7B"), or read
a list from the business it holds; it never overrides a model or a name found with context.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence

from reader.entities.base import COMPANY, MODEL, Mention
from reader.entities.lexicon import FIRST_NAMES
from reader.entities.rules import context_cue
from reader.entities.shapes import (
    ACRONYM,
    ALLY_VERB_BEFORE,
    ALLY_VERB_LAST_WORDS,
    AMONG,
    ANAPHORA_NEXT,
    BUSINESS_DEED,
    CABINET_BEFORE,
    CAPS_BEFORE,
    DECIMALS,
    DOT_AI,
    EDITION,
    HYPHEN_HEAD,
    HYPHEN_TAIL,
    INSTITUTION,
    LEAD_NOUNS,
    LEDE_SUBJECT,
    LIST_CUE,
    LIST_LEAD,
    LIST_SEP,
    MAKER_VERB_BEFORE,
    MAKER_VERB_WORDS,
    MODEL_APPOSED,
    MODEL_BEFORE_NAME,
    MODEL_CAMEL_VERSION,
    MODEL_CAPS_SIZE,
    MODEL_CUE,
    MODEL_GPT,
    MODEL_HYPHEN,
    MODEL_HYPHEN_VERSION,
    MODEL_SIZE,
    MODEL_SMALL_VERSION,
    NAME_AT,
    NAME_BEFORE,
    NAME_BEFORE_CLAUSE,
    NAME_BEFORE_QUI,
    NAME_NEXT,
    NAME_RUN,
    NAME_SOON,
    NATIONAL,
    NOT_NAMES,
    ORG_NAME,
    PERSON_AFTER,
    PERSON_BEFORE,
    PRODUCT_TAIL,
    RAISED,
    RELEASED,
    SET_OFF_NAME,
    SOURCE_BEFORE,
    SOURCE_VERB_AFTER,
    SUBSIDIARY_TAIL,
    TRIGGER_WORDS,
    TRIGGER_WORDS_LED,
    TRIGGERS,
    is_adverb,
    near,
)


def _ok_name(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0] not in NOT_NAMES and not is_adverb(words[0]) and all(
        w not in NOT_NAMES for w in words[-1:])


class _Placed:
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


def guess_names(text: str, mentions: list[Mention],
                blocked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """`mentions` (found by name) with the names found by shape added or lengthened.

    `blocked`: spans the gazetteer says are not mentions (an outlet, an analyst firm): no guess
    may take them or reach into them ("Counterpoint Research" is not a business to find)."""
    placed = _Placed(_without_overlaps(_lengthened(text, m) for m in mentions))
    never = _Placed(Mention(s, e, "", "", "") for s, e in blocked)
    guessed: set[int] = set()

    def add(start: int, end: int, kind: str, whole_name: bool = False) -> None:
        name = text[start:end]
        if not (_ok_name(name) or (whole_name and name.split()[0] not in NOT_NAMES)):
            return
        if never.overlapping(start, end) or _after_source(text, start):
            return  # a source cited, not an actor of the story
        if INSTITUTION.search(text, max(0, start - 1), min(len(text), end + 14)):
            return
        clash = placed.overlapping(start, end)
        if clash:
            # A guess may lengthen a business found by name ("AMD" -> "AMD Ventures").
            # (never the same span again: the name found keeps its canonical form)
            if kind != COMPANY or any(
                m.kind != COMPANY or id(m) in guessed or m.start < start or m.end > end
                or (m.start, m.end) == (start, end)
                for m in clash
            ):
                return
            for m in clash:
                placed.remove(m)
        guess = Mention(start, end, kind, " ".join(name.split()), name)
        guessed.add(id(guess))
        placed.add(guess)

    for hit in _org_names(text, placed):
        start, end = _trimmed(text, *hit.span())
        if end > start:
            add(start, end, COMPANY, whole_name=True)
    for hit in near("dot_ai", DOT_AI, text):
        add(*hit.span(), MODEL if context_cue(text, *hit.span()) == MODEL else COMPANY)
    for name, regexes in (("hyphen", (MODEL_HYPHEN, MODEL_HYPHEN_VERSION)),
                          ("size", (MODEL_SIZE, MODEL_CAPS_SIZE)),
                          ("camel", (MODEL_CAMEL_VERSION,)), ("gpt", (MODEL_GPT,)),
                          ("small_version", (MODEL_SMALL_VERSION,))):
        for hit in near(name, regexes, text):
            edition = EDITION.match(text, hit.end())  # "Kaamos-2 Mini", "Qingniao-4 Turbo"
            add(hit.start(), edition.end() if edition else hit.end(), MODEL)
    # Each rule, the kind it gives, and how far before its trigger word it can start.
    rules = {"cue": (MODEL_CUE, MODEL, 16), "released": (RELEASED, MODEL, 8),
             "national": (NATIONAL, COMPANY, 6)}
    list_starts: list[int] = []
    for lead in TRIGGER_WORDS_LED.finditer(text):
        start, end = lead.span("word")
        rule = TRIGGER_WORDS[lead.group("word")]
        if rule == "list":
            cue = LIST_CUE.match(text, start)
            if cue:
                lead = LIST_LEAD.match(text, cue.end())
                list_starts.append(lead.end() if lead else cue.end())
            continue
        if not (NAME_NEXT if rule == "national" else NAME_SOON).match(text, end):
            continue  # no name follows
        regex, kind, before = rules[rule]
        # Each rule starts at a word start at most `before` characters before its trigger
        # word: it is tried there only, not at every position around.
        for pos in range(max(0, start - before), start + 1):
            if pos and (text[pos - 1].isalnum() or not text[pos].isalnum()):
                continue
            hit = regex.match(text, pos, end + 90)
            if hit and hit.start("name") >= end:
                add(*hit.span("name"), kind)
                break
    for raised in near("raised", RAISED, text):
        name = NAME_BEFORE.search(text, max(0, raised.start() - 60), raised.start())
        if name is None:
            clause = NAME_BEFORE_CLAUSE.search(text, max(0, raised.start() - 200),
                                               raised.start())
            if clause and _company_like(clause.group(1), text, clause.start(1)):
                add(*clause.span(1), COMPANY)
            continue
        if _company_like(name.group(), text, name.start()):
            add(*name.span(), COMPANY)
    people = None
    for verb in TRIGGERS["deed"][0].finditer(text):
        # The deed starts at the verb, or at "a " before it ("a lancé").
        deed = BUSINESS_DEED.match(text, verb.start()) or (
            text[verb.start() - 2 : verb.start()] == " a"
            and BUSINESS_DEED.match(text, verb.start() - 2))
        if not deed:
            continue
        lo = max(0, deed.start() - 60)
        # (or before a relative pronoun: "Nubank, qui a racheté la start-up")
        name = NAME_BEFORE.search(text, lo, deed.start()) or NAME_BEFORE_QUI.search(
            text, lo, deed.start())
        if name is None:
            continue
        span, words = name.span(1), name.group(1).split()
        # Two words when the first is a business found by name: "LG Uplus déploie son agent".
        known = len(words) == 2 and any(m.kind == COMPANY and m.start == span[0]
                                        for m in placed.overlapping(span[0], span[0] + 1))
        if (len(words) == 1 or known) and _company_like(words[0]):
            people = _surnames(text) if people is None else people
            if name.group(1) not in people:
                add(*span, COMPANY)
    for apposition in MODEL_APPOSED.finditer(text):
        lo = max(0, apposition.start() - 60)
        name = (NAME_BEFORE.search(text, lo, apposition.start())
                or CAPS_BEFORE.search(text, lo, apposition.start()))
        if name and _ok_name(name.group()):
            add(*name.span(), MODEL)
    for named in SET_OFF_NAME.finditer(text):
        # "Son modèle, Daraja-7B,", "une nouvelle version, Giuseppe 3.0,": a name set off by
        # commas after what the sentence calls a model.
        if MODEL_BEFORE_NAME.search(text, max(0, named.start() - 80), named.start()):
            add(*named.span("name"), MODEL)
    for m in placed.all():
        space = text.rfind(" ", max(0, m.start - 16), m.start - 1)
        word = text[space + 1 : m.start - 1] if space >= 0 else ""
        # (the word before the name must be a verb, an adverb or a preposition of the rules)
        if m.kind == MODEL and word in MAKER_VERB_WORDS:
            verb = MAKER_VERB_BEFORE.search(text, max(0, m.start - 50), m.start)
        # (not a model it relies on: an assistant relies on a model too)
        elif m.kind == COMPANY and word in ALLY_VERB_LAST_WORDS:
            verb = ALLY_VERB_BEFORE.search(text, max(0, m.start - 40), m.start)
        else:
            continue
        if verb is None:
            continue
        name = NAME_BEFORE.search(text, max(0, verb.start() - 60), verb.start())
        item = name.span() if name else None
        if item is not None and _AFTER_PREPOSITION.search(text, max(0, item[0] - 8), item[0]):
            continue  # not the subject: "le groupe de Seattle intègre X"
        while item is not None:
            subject = text[item[0] : item[1]]
            if not _company_like(subject, text, item[0]):
                break
            if " " not in subject:
                people = _surnames(text) if people is None else people
                if subject in people:
                    break
            add(*item, COMPANY)
            item = _item_before(text, item[0])
    models: set[str] | None = None
    for anaphora in ANAPHORA_NEXT.finditer(text):
        # The sentence before, from its start.
        lo = max(0, anaphora.start() - 300)
        stop = max(text.rfind(". ", lo, anaphora.start()), text.rfind("\n", lo, anaphora.start()))
        start = stop + 2 if stop >= 0 and text[stop] == "." else stop + 1 if stop >= 0 else lo
        if start != 0 and stop < 0:
            continue  # no sentence start in reach
        lede = LEDE_SUBJECT.match(text, start, anaphora.start())
        if lede and _company_like(lede.group("name"), text, lede.start("name")):
            if models is None:  # (a model named in the article is not the business)
                models = {m.text for m in placed.all() if m.kind == MODEL}
            if lede.group("name") not in models:
                add(*lede.span("name"), COMPANY)
    for among in near("among", AMONG, text):
        # Clients, partners and investors counted so are businesses, of two words as well
        # ("Reliance Jio"): the list before the words is read back to its first member.
        name = NAME_BEFORE.search(text, max(0, among.start() - 60), among.start())
        item = name.span() if name else None
        while item is not None and _ok_name(text[item[0] : item[1]]):
            add(*item, COMPANY)
            item = _item_before(text, item[0])
    members = _list_members(text, placed, list_starts)
    surnames = _surnames(text) if members else set()
    for start, end in members:
        if text[start:end] not in surnames:
            add(start, end, COMPANY)
    for m in placed.all():
        if m.kind == COMPANY and text.startswith(" (", m.end):
            acronym = ACRONYM.match(text, m.end)
            if acronym:
                add(*acronym.span("acr"), COMPANY)
    if "cabinet" not in text:
        return placed.all()
    return [m for m in placed.all() if not _cited_source(text, m)]


def _cited_source(text: str, m: Mention) -> bool:
    """"Selon le cabinet X", "le cabinet X estime": a firm cited as a source."""
    if m.kind != COMPANY or "cabinet" not in text[max(0, m.start - 12) : m.start]:
        return False
    before = CABINET_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None:
        return False
    return not before.group().startswith(("Le", "le")) or bool(
        SOURCE_VERB_AFTER.match(text, m.end))


_AFTER_PREPOSITION = re.compile(
    r"(?:^|[ ])(?:de|du|des|à|au|aux|en|chez|par|pour|sur|dans|avec)[ ]$|\b[dD]['’]$")
_MORE_NAME = re.compile(r"[ ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")
_WORD_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|\d+)[ ]$")


def _after_source(text: str, start: int) -> bool:
    """Whether the name at start is (in) the name of a source: "Selon Il Sole 24 Ore"."""
    for _ in range(4):
        if SOURCE_BEFORE.search(text, max(0, start - 40), start):
            return True
        word = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if word is None:
            return False
        start = word.start()
    return False


def _org_names(text: str, placed: _Placed) -> list[re.Match[str]]:
    """Business names around their tail or head word ("Capital", "Bank", "Banque"): the name
    is matched from the earliest capitalised word before it that makes one."""
    found: list[re.Match[str]] = []
    last = -1
    for word in TRIGGERS["org"][0].finditer(text):
        if word.start() < last or placed.overlapping(*word.span()):
            continue  # ("Mistral AI" is known whole)
        starts = [word.start()]
        pos = word.start()
        for _ in range(6):  # the words before, nearest first
            space = text.rfind(" ", max(0, pos - 40), pos - 1)
            if space < 0:
                break
            pos = space + 1
            elided = text[pos + 1 : pos + 2] in ("'", "’") and text[pos] in "dlDL"
            starts.append(pos + 2 if elided else pos)  # "d'Inovia Capital"
        for start in reversed(starts):
            if not (text[start].isupper() or text[start].isdigit()):
                continue
            name = ORG_NAME.match(text, start)
            # A tail word followed by more of a name ("Milano Digital Week") did not end it.
            if name and name.end() >= word.end() and not _MORE_NAME.match(text, name.end()):
                found.append(name)
                last = name.end()
                break
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A guessed name without the sentence words it may start with ("Selon HDFC Bank")."""
    while True:
        word = re.match(r"\S+", text[start:end])
        if word is None or word.group() not in NOT_NAMES or " " not in text[start:end]:
            return start, end
        start += len(word.group()) + 1


def _lengthened(text: str, m: Mention) -> Mention:
    """A known name written longer: a model's hyphenated or edition tail ("Pharia-1-LLM-7B",
    "Jamba Mini"), a hyphenated head ("Apriel-Nemotron"), a company's product ("Sarvam-M")."""
    start, end, kind = m.start, m.end, m.kind
    after = text[end : end + 2]
    # Cheap looks first: most names are followed by a space and a small letter.
    longer = after[:1] == "-" or (
        after[:1] == " " and (after[1:2].isupper() or after[1:].isdigit() or after[1:] == "m")
    )
    if kind == MODEL:
        if after[:1] == "." and after[1:].isdigit():  # "Doubao-Seed-1" + ".6": one version
            decimals = DECIMALS.match(text, end)
            if decimals:
                end = decimals.end()
                longer = text[end : end + 1] == "-"
        tail = (HYPHEN_TAIL.match(text, end) or EDITION.match(text, end)) if longer else None
        if tail:
            end = tail.end()
        if start and text[start - 1] == "-":
            head = HYPHEN_HEAD.search(text, max(0, start - 30), start)
            if head and (head.start() == 0 or not text[head.start() - 1].isalnum()):
                start = head.start()
    elif kind == COMPANY and longer:
        tail = PRODUCT_TAIL.match(text, end)
        if tail:
            end, kind = tail.end(), MODEL
    if kind == MODEL and end != m.end and (edition := EDITION.match(text, end)):
        end = edition.end()  # "Rakuten AI 2.0 mini", "Nabta 3 Mini"
    if kind == MODEL and end == m.end and text[end : end + 1] == " ":
        edition = EDITION.match(text, end)  # a found version, then its edition
        if edition and m.text[-1:].isdigit():
            end = edition.end()
    if (start, end) == (m.start, m.end):
        return m
    name = text[start:end]
    return Mention(start, end, kind, " ".join(name.split()), name)


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions in order, a lengthened one taking the place of those it now covers."""
    out: list[Mention] = []
    end = -1  # where the last mention kept ends
    for m in mentions:
        if m.start >= end:  # (most mentions: after the last one)
            out.append(m)
            end = m.end
            continue
        while out and m.start < out[-1].end and m.end >= out[-1].end and m.start <= out[-1].start:
            out.pop()  # "Apriel-Nemotron-15B" covers "Apriel" found before it
        if out and m.start < out[-1].end:
            end = out[-1].end
            continue
        out.append(m)
        end = m.end
    return out


def _list_members(text: str, placed: _Placed, starts: list[int]) -> list[tuple[int, int]]:
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
            if not item[2] and _company_like(text[item[0] : item[1]], text, item[0]):
                members.append(item[:2])
            pos = item[1]
        pos = start
        while back and (before := _item_before(text, _without_lead(text, pos))) is not None:
            clash = placed.overlapping(*before)
            if clash:
                m = clash[0]
                if m.kind != COMPANY or before[1] not in (m.end, longer(m)):
                    break
                if m.end != before[1]:
                    members.append(before)
                pos = m.start
                continue
            if not _company_like(text[before[0] : before[1]], text, before[0]):
                break
            members.append(before)
            pos = before[0]

    for pos in starts:
        item = item_at(pos)
        if item is not None:
            if not item[2] and _company_like(text[item[0] : item[1]], text, item[0]):
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
_SEPARATORS = (re.compile(","), re.compile(" et "), re.compile(" ainsi "))


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


_SEP_STARTS = (",", " ,", " et ", " ainsi")
# How a list separator ends: a comma or "et", then maybe "de" ("Benchmark et de Sequoia").
_SEP_ENDS = tuple(sorted((  # longest first: the whole separator is found
    *(f"{join}{of}" for join in (",", ", ", " et ", ", et ")
      for of in ("", "de ", "d'", "d’", "du ", "des ")),
    " ainsi que ",
), key=len, reverse=True))


def _item_before(text: str, pos: int) -> tuple[int, int] | None:
    """The list item before the separator that ends at pos: "Benchmark" in "Benchmark et de "."""
    near = text[max(0, pos - 11) : pos]
    # Every separator holds a comma, "et" or "que"; most names are preceded by none of them.
    if not ("," in near or " et " in near or " que " in near):
        return None
    if not text.endswith(_SEP_ENDS, 0, pos):
        return None
    sep = next(e for e in _SEP_ENDS if text.endswith(e, 0, pos))
    end = pos - len(sep)
    while end > 0 and text[end - 1] == " ":
        end -= 1
    words = text[max(0, end - 60) : end].split(" ")
    if not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        return None
    for count in range(min(5, len(words)), 0, -1):
        name = " ".join(words[-count:])
        if name and NAME_RUN.fullmatch(name):
            start = end - len(name)
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in ".'’-"):
                return start, end
    return None


_AFTER_FIRST_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+[ ]([A-ZÀ-ÖØ-Þ][\w-]*)")


def _surnames(text: str) -> set[str]:
    """Words the text writes after a first name ("Musk" in "Elon Musk"): people, not lists of
    businesses."""
    return {hit.group(1) for hit in _AFTER_FIRST_NAME.finditer(text)
            if hit.group().split(" ", 1)[0] not in NOT_NAMES}


def _company_like(name: str, text: str = "", start: int = 0) -> bool:
    """Not a person ("Kim Sung-hun") nor a place: one word, an acronym, or a business name."""
    words = name.split()
    if not _ok_name(name) or any(w in NOT_NAMES for w in words):
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
