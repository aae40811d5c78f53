"""The matcher: one regular expression over every surface form, then rules for the names whose
sense depends on the words around them or on the rest of the text.

Names starting with a capital or a digit are found by one regex whose alternatives all start
with a literal, so the engine skips to those characters; the context rules live in rules.py and
the guesses for names the gazetteer lacks in guessing.py.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.entities.base import APOSTROPHES, COMPANY, HYPHENS, KINDS, MODEL, SP, Entity, Mention
from reader.entities.gazetteer import BUNDLED, load_gazetteer, user_entities_path
from reader.entities.guessing import unknown_companies
from reader.entities.lexicon import (
    COORDINATION,
    HONORIFICS,
    NOT_SURNAMES,
    NOT_VERSION,
    SPEECH_VERBS,
    SURNAME,
    VERSION_TAIL,
)
from reader.entities.patterns import (
    WordLed,
    first_chars,
    is_word,
    normal,
    pattern_source,
    piece,
    trie,
    trie_regex,
)
from reader.entities.prose import mask_urls
from reader.entities.rules import apposed, at_sentence_start, context_cue, tokens_before
from reader.entities.unseen import guess_names


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    entity: Entity
    canonical: str
    pattern: bool
    bare: bool  # one-word form: the case where first names and ordinary words collide
    cue: str | None = None
    ok: bool = True
    kind: str = ""


@dataclass(slots=True)
class _Facts:
    """What a whole text says, for names whose sense depends on the rest of it."""

    present: set[str]
    votes: dict[str, Counter]
    midsentence: set[str]


class Matcher:
    """Finds mentions; built once from a list of entities (see default_matcher())."""

    def __init__(self, entities: Sequence[Entity], messages: Sequence[str] = (),
                 guess_unknown: bool = True) -> None:
        self.messages: list[str] = list(messages)
        self.guess_unknown = guess_unknown
        by_name: dict[str, Entity] = {}
        for entity in entities:
            key = entity.name if not entity.ignore else "\x00ignore:" + entity.name
            by_name.pop(key, None)  # a later entry (the user's) replaces an earlier one
            by_name[key] = entity
        self.entities: tuple[Entity, ...] = tuple(by_name.values())
        self._surface: dict[str, Entity] = {}
        for entity in self.entities:
            for form in entity.forms:
                for variant in self._variants(entity, form):
                    self._surface[normal(variant)] = entity
        self._patterns: list[tuple[re.Pattern[str], Entity]] = []
        self._by_first: dict[str, list[tuple[re.Pattern[str], Entity]]] = {}
        self._any_first: list[tuple[re.Pattern[str], Entity]] = []
        # Names starting with a capital or a digit are found by one regex whose alternatives all
        # start with a literal, so the engine skips to those characters; the few that start
        # with a small letter ("xAI", "iFlytek", "o1") would make it stop inside every word, so
        # they get a second regex anchored at word starts.
        capital: dict[str, list[str]] = {}  # by first character: one branch each
        small: list[str] = []
        for entity in self.entities:
            for pattern in entity.patterns:
                source = pattern_source(pattern)
                compiled = re.compile(source)
                self._patterns.append((compiled, entity))
                firsts = first_chars(source)
                if firsts is None:
                    self._any_first.append((compiled, entity))
                    small.append(f"(?={source})")
                    continue
                for char in sorted(firsts):
                    self._by_first.setdefault(char, []).append((compiled, entity))
                    # A literal first, then a look-behind checking the whole pattern from it.
                    if char.islower():
                        small.append(f"{re.escape(char)}(?<=(?={source}){re.escape(char)})")
                    else:
                        capital.setdefault(char, []).append(
                            f"(?<=(?={source}){re.escape(char)})")
        # One regex per first character tells cheaply that none of its patterns matches.
        self._first_check = {
            char: re.compile("|".join(c.pattern for c, _ in group))
            for char, group in self._by_first.items()
        }
        forms = trie(self._surface)
        self._trie = re.compile(trie_regex(forms)) if forms else None
        for char in sorted(forms):
            if char.islower():
                small.append(piece(char) + trie_regex(forms[char], char))
            else:
                capital.setdefault(char, []).append(trie_regex(forms[char], char))
        # The regex engine tries the branches of an alternation one by one: one branch per
        # first character, so that a capital is checked against its own names only.
        self._search = re.compile("|".join(
            piece(char) + "(?:" + "|".join(alternatives) + ")"
            for char, alternatives in sorted(capital.items()))) if capital else None
        self._small = WordLed("|".join(small)) if small else None
        self._sp = re.compile(SP)
        self._lookup_cache: dict[str, tuple[Entity | None, bool]] = {}
        self._starts = frozenset(forms) | frozenset(self._by_first) | (
            frozenset(APOSTROPHES) if self._any_first else frozenset()
        )
        self._facts_cache: dict[str, _Facts] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _variants(entity: Entity, form: str) -> list[str]:
        variants = [form]
        upper = form.upper()
        plain = not (entity.also & {"person", "word"}) and not entity.ignore
        if not entity.strict_case and plain and len(form) >= 3 and upper != form:
            variants.append(upper)
        return variants

    @classmethod
    def from_files(cls, paths: Sequence[Path]) -> Matcher:
        """Bundled data first, then user files: bad entries of the latter become messages."""
        entities: list[Entity] = []
        messages: list[str] = []
        for number, path in enumerate(paths):
            found, notes = load_gazetteer(path, strict=number == 0 and path == BUNDLED)
            entities.extend(found)
            messages.extend(notes)
        return cls(entities, messages)

    # -- scanning --

    def _lookup(self, surface: str) -> tuple[Entity | None, bool]:
        """The entity a matched surface names, and whether the surface is one word."""
        try:
            return self._lookup_cache[surface]
        except KeyError:
            key = normal(surface)
            found = (self._surface.get(key), " " not in key)
            if len(self._lookup_cache) < 50_000:
                self._lookup_cache[surface] = found
            return found

    def knows(self, surface: str) -> bool:
        """Whether the gazetteer names `surface` (a form or a pattern, whole)."""
        entity, _ = self._lookup(surface)
        if entity is not None:
            return not entity.ignore
        return any(compiled.fullmatch(surface) for compiled, _ in self._patterns)

    def ignores(self, surface: str) -> bool:
        """Whether the gazetteer says `surface` is no mention (an outlet, an analyst firm)."""
        entity, _ = self._lookup(surface)
        return entity is not None and entity.ignore

    def _longest(self, text: str, pos: int) -> _Candidate | None:
        best: _Candidate | None = None
        if self._trie is not None:
            match = self._trie.match(text, pos)
            if match:
                entity, bare = self._lookup(match.group())
                if entity is not None:
                    best = _Candidate(pos, match.end(), entity, entity.name, False, bare)
        patterns = self._by_first.get(text[pos], ())
        if self._any_first or (patterns and self._first_check[text[pos]].match(text, pos)):
            for compiled, entity in (*patterns, *self._any_first):
                match = compiled.match(text, pos)
                if match and (best is None or match.end() > best.end):
                    best = _Candidate(pos, match.end(), entity, normal(match.group()), True,
                                      False)
        if best is not None and best.entity.kind == MODEL and not best.entity.ignore:
            best = self._with_version(text, best)
        return best

    def _with_version(self, text: str, c: _Candidate) -> _Candidate:
        """"Jamba 1.5", "Seedream 4.0", "Nemotron Nano 2": a model name and the version after it
        are one mention, for every model, not only the families the gazetteer has patterns for.
        """
        if text[c.end - 1].isdigit():
            return c  # the name had its version already ("Grok 3")
        tail = VERSION_TAIL.match(text, c.end)
        if tail is None or NOT_VERSION.match(text, tail.end()):
            return c
        return _Candidate(c.start, tail.end(), c.entity, normal(text[c.start:tail.end()]),
                          True, False)

    def _scan(self, text: str) -> list[_Candidate]:
        """Longest non-overlapping candidates, left to right, before any context rule."""
        found: list[_Candidate] = []
        never = len(text) + 1
        search = self._search.search if self._search is not None else None
        smalls = self._small.starts(text) if self._small is not None else []
        smalls.append(never)
        next_small = 0
        pos = 0
        while True:
            match = search(text, pos) if search is not None else None
            start = match.start() if match is not None else never
            while smalls[next_small] < pos:
                next_small += 1
            if smalls[next_small] < start:
                start = smalls[next_small]
            if start >= never:
                break
            if start and is_word(text[start - 1]):
                pos = start + 1
                continue
            candidate = self._longest(text, start)
            if candidate is None:
                pos = start + 1
                continue
            if candidate.entity.kind == COMPANY and not candidate.entity.ignore:
                candidate = self._with_product(text, candidate)
            found.append(candidate)
            pos = candidate.end
        return found

    def _with_product(self, text: str, maker: _Candidate) -> _Candidate:
        """"Google Gemini", "Microsoft Copilot": a maker followed by its product is one mention."""
        space = self._sp.match(text, maker.end)
        if not space or space.end() >= len(text):
            return maker
        if not self._any_first and text[space.end()] not in self._starts:
            return maker
        product = self._longest(text, space.end())
        if product is None or product.entity.maker != maker.entity.name:
            return maker
        if product.entity.kind != MODEL or product.entity.ignore:
            return maker
        return _Candidate(maker.start, product.end, product.entity, product.canonical,
                          product.pattern, False)

    # -- context --

    def _needs_context(self, c: _Candidate) -> bool:
        e = c.entity
        return bool(e.requires or e.also) and not e.ignore

    def _judge(self, text: str, candidates: list[_Candidate]) -> _Facts:
        """Apply local rules (cues, first names) and collect the text's facts."""
        present: set[str] = set()
        votes: dict[str, Counter] = {}
        midsentence: set[str] = set()
        for c in candidates:
            e = c.entity
            if e.ignore:
                c.ok = False
                continue
            if not self._needs_context(c):
                present.add(e.name)
                if e.maker:
                    present.add(e.maker)
                continue
            c.cue = context_cue(text, c.start, c.end)
            if c.cue is not None and ({e.kind} | e.also) & {c.cue}:
                votes.setdefault(e.name, Counter())[c.cue] += 1
            if c.bare and "person" in e.also and self._is_person(text, c):
                c.ok = False
                continue
            if not at_sentence_start(text, c.start):
                midsentence.add(e.name)
            gated = bool(e.requires) or (c.bare and e.also & {"person", "platform"})
            if not gated:
                present.add(e.name)
                if e.maker:
                    present.add(e.maker)
        return _Facts(present, votes, midsentence)

    def _is_person(self, text: str, c: _Candidate) -> bool:
        """"Claude François", "Jean-Claude", "M. Claude": a first name, not the assistant."""
        if c.start >= 2 and text[c.start - 1] in HYPHENS and text[c.start - 2].isalpha():
            return True
        tokens = tokens_before(text, c.start)
        if tokens and tokens[0] in HONORIFICS:
            return True
        # "», s'amuse Gemma" (who said it), "Gemma, une cliente": a person.
        if (tokens and tokens[0] in SPEECH_VERBS) or apposed(text, c.end) == "person":
            return True
        surname = SURNAME.match(text, c.end)
        if surname and surname.group(1) not in NOT_SURNAMES:
            following = self._longest(text, surname.start(1))
            return following is None
        return False

    def _facts(self, context: str) -> _Facts:
        facts = self._facts_cache.get(context)
        if facts is None:
            facts = self._judge(context, self._scan(mask_urls(context)))
            with self._lock:  # views and workers may share the default matcher
                if len(self._facts_cache) >= 16:
                    self._facts_cache.pop(next(iter(self._facts_cache)), None)
                self._facts_cache[context] = facts
        return facts

    def _decide(self, text: str, c: _Candidate, facts: _Facts, listed: bool) -> bool:
        """Whether a candidate that needs context is a mention, and of which kind.

        `listed`: the name is coordinated with a sure mention ("Orange et Capgemini",
        "Kimi et Yuanbao"), which vouches for it as a name of the same world.
        """
        e = c.entity
        support = (e.maker in facts.present if e.maker else False) or listed
        if e.requires and not (
            any(r in facts.present for r in e.requires) or c.cue is not None or listed
        ):
            return False
        if c.bare and "person" in e.also and not (
            support or c.cue == MODEL or e.name in facts.present
        ):
            return False
        if c.bare and "platform" in e.also and c.cue != COMPANY and not (
                c.cue is None and facts.votes.get(e.name, {}).get(COMPANY)
                and not _platform_place(text, c.start)) and not (
                at_sentence_start(text, c.start) and _OWNER_VERB.match(text, c.end)):
            # One sense per article: a platform the article calls a business where the words
            # around it say so ("Reddit a assigné X", "directeur général de GitHub") is the
            # business where nothing says otherwise ("Reddit passe à l'offensive", "YouTube
            # et TikTok se livrent une bataille"); the place where something is posted or
            # sold stays the product ("publié sur YouTube", "disponible via Spotify").
            return False
        if (
            c.bare
            and "word" in e.also
            and at_sentence_start(text, c.start)
            and not (e.name in facts.midsentence or c.cue is not None or support)
        ):
            return False
        senses = ({e.kind} | e.also) & set(KINDS)
        if c.pattern or len(senses) < 2:
            c.kind = e.kind
        elif c.cue in senses:
            c.kind = c.cue
        else:
            counts = facts.votes.get(e.name)
            if counts and len(counts) == 1:
                c.kind = next(iter(counts))
            elif counts and counts.most_common(2)[0][1] != counts.most_common(2)[1][1]:
                c.kind = counts.most_common(1)[0][0]
            else:
                c.kind = e.kind
        return True

    def _listed(self, text: str, candidates: list[_Candidate], i: int) -> bool:
        """Whether candidate i is joined by "et", "ou" or a comma to a mention that needs no
        context."""
        c = candidates[i]
        if i > 0:
            before = candidates[i - 1]
            if self._sure(before) and COORDINATION.fullmatch(text, before.end, c.start):
                return True
        if i + 1 < len(candidates):
            after = candidates[i + 1]
            if self._sure(after) and COORDINATION.fullmatch(text, c.end, after.start):
                return True
        return False

    def _sure(self, c: _Candidate) -> bool:
        return c.ok and not c.entity.ignore and (c.pattern or not self._needs_context(c))

    def find(self, text: str, context: str | None = None) -> list[Mention]:
        """Mentions in `text`, sorted and non-overlapping.

        `context` is the whole text `text` belongs to (an article body when `text` is one of its
        blocks): names whose sense depends on the rest of the text are judged against it.
        """
        masked = mask_urls(text)
        candidates = self._scan(masked)
        facts = self._judge(masked, candidates)
        if context is not None and context != text:
            facts = self._facts(context)
        mentions: list[Mention] = []
        for i, c in enumerate(candidates):
            if not c.ok:
                continue
            if self._needs_context(c):
                listed = self._listed(masked, candidates, i)
                if not self._decide(masked, c, facts, listed):
                    continue
                kind = c.kind
            else:
                kind = c.entity.kind
            mentions.append(Mention(c.start, c.end, kind, c.canonical, text[c.start : c.end]))
        if any(c.entity.ignore for c in candidates):
            mentions = _outlets_acting(masked, text, candidates, mentions, self.ignores)
        if self.guess_unknown:
            taken = [(c.start, c.end) for c in candidates]
            businesses = frozenset((m.start, m.end) for m in mentions if m.kind == COMPANY)
            extra = unknown_companies(masked, taken, businesses)
            if extra:
                extra = [Mention(m.start, m.end, m.kind, m.canonical, text[m.start : m.end])
                         for m in extra]
                # A guess that lengthens a business ("LG" -> "LG Uplus") takes its place.
                starts = [m.start for m in extra]
                mentions = sorted([m for m in mentions if not _inside(m, extra, starts)]
                                  + extra, key=lambda m: m.start)
            # Guesses never take masked text, so their text is the text's own.
            # (nor a model's name the gazetteer knows as a first name too, where it was judged
            # no mention: "a retenu Claude pour ses agents" is the model or a person, never a
            # business; "avec Claude Dupont" is a person. A business's, as Leonardo, may be
            # found by the deal it is a party to.)
            kept = {(m.start, m.end) for m in mentions}
            blocked = sorted([(c.start, c.end) for c in candidates if c.entity.ignore or (
                "person" in c.entity.also and c.entity.kind == MODEL
                and (c.start, c.end) not in kept)])
            mentions = guess_names(masked, mentions, blocked, frozenset(taken))
        return mentions


# What a platform is after when the text means the service, not the business that runs it:
# a place ("sur YouTube", "via Spotify", "dans Snapchat"), what it belongs to or holds
# ("la maison mère de TikTok", "les vidéos de YouTube"), where something is put ("intégré à
# Reddit", "disponible sur").
_PLATFORM_PREPS = frozenset({"sur", "via", "dans", "depuis", "sous", "en", "de", "d", "du",
                             "des", "on", "in", "of"})
_PLACING = frozenset({"intégré", "intégrée", "intégrés", "intégrées", "disponible",
                      "disponibles", "accessible", "accessibles", "publié", "publiée",
                      "publiés", "publiées", "diffusé", "diffusée", "diffusés", "diffusées",
                      "posté", "postée", "postés", "postées", "ajouté", "ajoutée", "ajoutés",
                      "ajoutées", "relié", "reliée", "connecté", "connectée", "lié", "liée"})


# "Spotify étend son DJ virtuel", "Reddit ouvre ses données": a platform that opens a sentence
# and acts on what it owns is the business (a service is described, or goes on: "YouTube est
# la première source", "YouTube reste son terrain", "Reddit poursuit sa croissance").
_OWNER_VERB = re.compile(
    r"[ \t]+(?!(?:est|fait|reste|devient|semble|paraît|demeure|était|sera|et|ou|poursuit|"
    r"continue|conserve|garde|maintient|voit)[ \t])"
    r"[a-zà-öø-ÿ]{3,}(?:e|t|d)[ \t]+(?:son|sa|ses|leur|leurs)[ \t]")


def _platform_place(text: str, start: int) -> bool:
    tokens = tokens_before(text, start)
    if not tokens:
        return False
    return tokens[0] in _PLATFORM_PREPS or (
        tokens[0] in ("à", "au", "aux", "to") and len(tokens) > 1 and tokens[1] in _PLACING)


# "Le groupe Le Monde a assigné X": an outlet the text calls a group is a business acting in
# the story (signing, suing), not a source cited.
_GROUP_BEFORE = re.compile(r"(?:\b[Ll]e[ ]+groupe|\bGroupe|\bgroupe[ ]+de[ ]+presse)[ ]+$")
# "Le New York Times a assigné X", "X a signé avec Le Monde": an outlet that sues or signs is a
# party of the story too (one that reports, reveals or is cited stays a source).
# The same after a relative or an incise ("Forbes, qui avait engagé des poursuites", "X, de
# son côté, négocie"), about to sign ("vient de signer"), or taking its suit back ("a retiré
# en janvier sa plainte contre"): still a party, not a source.
_ACTS_AFTER = re.compile(
    r"(?:[ ]*,[ ]+(?:qui|de[ ]+son[ ]+côté,|en[ ]+revanche,|pour[ ]+sa[ ]+part,|elle-même,)"
    r")?[ ]+(?:(?:a|ont|avait|avaient)[ ]+(?:(?:déjà|aussi|également|pour[ ]+sa[ ]+part|"
    r"de[ ]+son[ ]+côté)[ ]+)?(?:assigné|attaqué|poursuivi|signé|conclu|noué|"
    r"engagé[ ]+des[ ]+poursuites|porté[ ]+plainte|déposé[ ]+plainte|"
    # (a supplier chosen: "l'AFP a choisi Mistral AI", "Le Monde a retenu X")
    r"choisi|retenu|"
    r"(?:retiré|abandonné)(?:[ ]+[^ .;:!?,]+){0,3}?[ ]+(?:sa|leur|ses|les)[ ]+"
    r"(?:plaintes?|poursuites))|poursuit|assigne|attaque|signe|conclut|"
    r"(?:vient|viennent)[ ]+de[ ]+(?:signer|conclure|nouer)|négocie|négocient|"
    # (a deal it extends: "l'AFP a prolongé l'accord qui", "Le Monde renouvelle son contrat")
    r"(?:(?:a|ont|avait|avaient)[ ]+)?(?:prolongé|renouvelé|reconduit|élargi|étendu|prolonge|"
    r"renouvelle|reconduit|élargit|étend)[ ]+(?:l['’]|son[ ]+|sa[ ]+|leur[ ]+|cet[ ]+|ce[ ]+|"
    r"cette[ ]+|ses[ ]+|leurs[ ]+)(?:accords?|partenariats?|contrats?|collaborations?|"
    r"alliances?))\b")
_SIGNED_WITH_BEFORE = re.compile(
    r"\b(?:signée?s?|conclue?s?|nouée?s?|signe|signent|accord|contrat|partenariat|"
    # (a tool built with it: "développe avec l'AP-HP un outil")
    r"développe|développent|codéveloppe|collabore|collaborent)"
    r"(?:[ ]+[^ .;:!?]+){0,5}?[ ]+avec[ ]+(?:le[ ]+|la[ ]+|l['’])?$")
# "le procès intenté par le New York Times", "le bras de fer judiciaire entre le New York Times
# et OpenAI": the outlet is a side of the suit or the deal.
_PARTY_BEFORE = re.compile(
    r"(?:\b(?:intentée?s?|engagée?s?|déposée?s?|lancée?s?)[ ]+par|"
    r"\b(?:procès|contentieux|litige|conflit|différend|bras[ ]+de[ ]+fer|accord|partenariat)"
    r"(?:[ ]+[a-zé]+)?[ ]+entre)[ ]+(?:le[ ]+|la[ ]+|l['’])?$")


def _outlet_name(surface: str, ignores) -> str:
    """An acting outlet's name on the map: the acronym it is also set aside under, if any
    ("Agence France-Presse" is the AFP), so that one party is not two."""
    words = [w for w in re.split(r"[ \-‐‑]+", surface) if w]
    initials = "".join(w[0] for w in words if w[0].isupper())
    if len(words) >= 2 and len(initials) >= 2 and ignores(initials):
        return initials
    return surface


def _outlets_acting(masked: str, text: str, candidates: list[_Candidate],
                    mentions: list[Mention], ignores=lambda _: False) -> list[Mention]:
    acting = [Mention(c.start, c.end, COMPANY,
                      _outlet_name(" ".join(text[c.start : c.end].split()), ignores),
                      text[c.start : c.end])
              for c in candidates
              if c.entity.ignore and (
                  _GROUP_BEFORE.search(masked, max(0, c.start - 20), c.start)
                  or _ACTS_AFTER.match(masked, c.end)
                  or _SIGNED_WITH_BEFORE.search(masked, max(0, c.start - 70), c.start)
                  or _PARTY_BEFORE.search(masked, max(0, c.start - 40), c.start))]
    if not acting:
        return mentions
    return sorted([m for m in mentions if not any(a.start < m.end and m.start < a.end
                                                  for a in acting)] + acting,
                  key=lambda m: m.start)


def _inside(m: Mention, spans: list[Mention], starts: list[int]) -> bool:
    """Whether m lies inside one of `spans` (sorted, disjoint; `starts` their starts)."""
    i = bisect_right(starts, m.start) - 1
    return i >= 0 and spans[i].end >= m.end and spans[i] is not m


@cache
def default_matcher() -> Matcher:
    """The bundled gazetteer plus the user's entities.toml, compiled once per process."""
    return Matcher.from_files([BUNDLED, user_entities_path()])

