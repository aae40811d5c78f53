"""The trained pair classifier inside the relation engine (issue 14).

Two companies named in one sentence are a candidate; cheap word features (stems between and
around the names, distance, coordination, role words) go through one logistic regression per
label, whose weights ship in data/relations_classifier.json (trained on the gold batches by
`python -m reader.relations_learn --ship`, which also evaluates it; docs/relations_learned.md).
The engine keeps the rules' relations and adds the classifier's partnerships and rivalries that
the rules did not find, above the threshold fixed before the blind check (0.7): on four batches
no rule was fitted on, that added 12 true relations and no false one. Since round 17 (session
12) it also adds a company's use of a model it names after it in one sentence (uses_model, same
threshold).

Inference is pure Python (a sum over a candidate's features and a sigmoid): numpy is for
training only. The weights are read on first use, off the start-up path.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache, partial
from heapq import heapify, heappop, heappush
from itertools import islice, repeat
from pathlib import Path
from typing import NamedTuple

from reader import coref
from reader.entities import COMPANY, MODEL, Mention

WEIGHTS = Path(__file__).with_name("data") / "relations_classifier.json"

# Labels the engine adds: unordered pairs only. The classifier's directed types (investment,
# acquisition, uses_model) lowered precision when evaluated leave-one-batch-out.
SHIPPED_LABELS = ("partnership", "rivalry")
# And a company using a model it names after it ("X a branché son outil sur M"): on the
# validation batches R42-R44 this added 3 true uses and no false one at 0.7, all with the
# company named first; a model named first added none, and scoring those pairs too cost about
# as much again (docs/relations_learned.md, round 17). Investment and acquisition added
# nothing there at any threshold.
MODEL_LABELS = ("uses_model>",)

TOKEN = re.compile(r"\w+(?:['’]\w+)?|[,;:()«»—–\"]")
_ROLE = re.compile(r"fonds|capital|ventures?|partners|fund|invest|start-?up|pousse|licorne"
                   r"|groupe|géant|banque|cloud", re.IGNORECASE)
_ELISION = re.compile(r"^(?:l|d|s|qu|n|j|c)['’]")


@lru_cache(maxsize=65536)  # (news reuses its words: the stem of each is worked out once)
def stem(word: str) -> str:
    """A lemma-ish stem: lower case and unaccented, elision dropped, five letters ("rachète",
    "racheté" and "rachetait" are one stem)."""
    word = "".join(c for c in unicodedata.normalize("NFKD", word.casefold())
                   if not unicodedata.combining(c))
    return _ELISION.sub("", word)[:5]


# A character no token holds but as a whole ("," is one token, a blank none): the tokens after
# it are the same, whether the sentence is read from its start or from there.
_TOKEN_EDGE = re.compile(r"[^\w'’]")


def _last_tokens(sentence: str, end: int) -> list[str]:
    """TOKEN.findall(sentence[:end])[-3:], or [] when it finds none: read back from `end` only
    as far as three tokens after a token edge."""
    reach = 64
    while True:
        start = max(0, end - reach)
        edge = _TOKEN_EDGE.search(sentence, start, end) if start else None
        if not start or edge is not None:
            tokens = TOKEN.findall(sentence, edge.start() if edge else 0, end)
            if not start or len(tokens) >= 3:
                return tokens[-3:]
        reach *= 4


def word_features(sentence: str, p: Mention, q: Mention, others: int) -> list[str]:
    """The features of the pair `p` before `q` (offsets in `sentence`); `others` is how many
    more parties the sentence names."""
    between = TOKEN.findall(sentence[p.end:q.start])
    # (the three words on each side read from the names out, not the sentence's whole start
    # and end for each pair: a sentence of hundreds of names was quadratic)
    before = _last_tokens(sentence, p.start)
    left = before[-3:]
    right = [t.group() for t in islice(TOKEN.finditer(sentence, q.end), 3)]
    f = ["bias", f"kinds:{p.kind[0]}{q.kind[0]}",
         f"dist:{min(len(between), 12) // 3}", f"others:{min(others, 3)}"]
    f += [f"b:{stem(t)}" for t in between]
    if between:
        f += [f"b0:{stem(between[0])}", f"bN:{stem(between[-1])}"]
        f += [f"b01:{stem(between[0])}_{stem(between[1]) if len(between) > 1 else ''}"]
    else:
        f.append("adjacent")
    f += [f"l:{stem(t)}" for t in left] + [f"r:{stem(t)}" for t in right]
    if left:
        f.append(f"l1:{stem(left[-1])}")
    if right:
        f.append(f"r1:{stem(right[0])}")
    if between.count(",") or "et" in between or "ou" in between:
        f.append(f"coord:{between.count(',') > 0}{'et' in between}{'ou' in between}")
    f.append(f"first_in_sentence:{not before}")
    for side, m in (("p", p), ("q", q)):
        f += [f"{side}role:{w.casefold()[:5]}" for w in _ROLE.findall(m.text)]
        f += [f"{side}ctx:{w.casefold()[:5]}" for w in
              _ROLE.findall(sentence[max(0, m.start - 25):m.start])]
    return f


# Apposition naming a joint venture ("une coentreprise, SB OpenAI Japan", "la coentreprise
# baptisée X"): the name is the deal's, not a party to it (the rules read it so too).
_VENTURE_NAMED = re.compile(r"(?:coentreprise|co-entreprise|joint-venture)\s*"
                            r"(?:,\s*|\s+(?:baptisée|nommée|appelée|dénommée)\s+)?[«\"“]?\s*$",
                            re.IGNORECASE)


# The constructions of French that say two companies named together are NOT partners or
# rivals, which word stems cannot see (the rules read each of them too):
# negation ("n'a jamais signé avec"; "ne … plus" is an end, left to the status; a renewal
# refused is an end too: "ne renouvellera pas le contrat"), up to a clause break,
_NEGATION = re.compile(r"\b(?:n['’]|ne\s)(?:[\w'’-]+\s+){0,2}?(?:pas|jamais|guère|nullement)\b"
                       r"(?!\s+(?:seulement|que|uniquement|encore))", re.IGNORECASE)
_NEGATION_START = re.compile(_NEGATION.pattern[:_NEGATION.pattern.index(")") + 1], re.IGNORECASE)
_RENEWAL = re.compile(r"renouvel|recondu|prolong", re.IGNORECASE)
_FREE_TO = re.compile(r"\b(?:liberté|libres?|possibilité|faculté)\s+d(?:e\s|['’])", re.IGNORECASE)
_DENIAL = re.compile(r"\b(?:dément\w*|démenti\w*|a\s+nié|ont\s+nié|nie|nient)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\bet\b|\bmais\b", re.IGNORECASE)
# the distributive ("chacun de son côté", "séparément"),
_EACH_ALONE = re.compile(r"\bchacun[e]?\s+(?:de\s+son\s+côté|pour\s+soi|à\s+sa\s+manière)"
                         r"|\bséparément\b|\bindépendamment\s+l", re.IGNORECASE)
# What every match of each of these searches holds, lowered: most sentences hold none, and a
# test of the lowered sentence for them is cheaper than the search (case ignored, from every
# position). (The denial's "nié" and "nient" hold "nie" too.)
_GATES = ((_EACH_ALONE, ("chacun", "séparément", "indépendamment")),
          (_DENIAL, ("dément", "nie", "nié")),
          (_FREE_TO, ("liberté", "libre", "possibilité", "faculté")))
# a possessed party: the subject's own product or arm ("son cloud souverain Outscale"), unless
# the possessed noun is itself a relation ("son partenaire Google", "son rival OpenAI"); a
# preposition between makes it another construction ("son accord avec OpenAI"),
_POSSESSED = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+((?:[\w-]+\s+){1,3})$", re.IGNORECASE)
_RELATION_NOUN = re.compile(r"partenai|allié|alliance|rival|concurr|client|fourniss|invest"
                            r"|actionna|homologue|ami|associé|prestatai|adversai|ennemi")
_LINKS = frozenset(("avec", "de", "d", "du", "des", "à", "au", "aux", "chez", "par", "pour", "dans",
                   "sur", "entre", "auprès", "contre", "en", "le", "la", "les", "un", "une", "et",
                   "ou", "qui", "que", "dont", "via", "côté", "part", "tour"))
# the company someone comes from ("issue de Google", "d'anciens chercheurs d'OpenAI", "ex-Meta"),
_FORMER = re.compile(r"\b(?:issu\w*|ancien\w*|transfuge\w*|venu\w*|sorti\w*|pass[ée]\w*\s+par)"
                     r"\b[^,;:()]{0,30}?(?:\bde|\bd['’]|\bdu|\bchez|\bpar)\s*$|\bex-$",
                     re.IGNORECASE)
# and a maker named in a model's genitive ("Gemini de Google"): the sentence relates the model,
# unless its clause states a deal ("… Gemini de Google, dans le cadre d'un accord") or a
# competition ("concurrence la série GPT d'OpenAI").
_OF_BEFORE = re.compile(r"\s+(?:de|d['’])\s*$")
# Two objects of "avec" ("un accord avec A il y a trois ans, mais celui avec B", "a signé avec
# A, et aurait conclu un contrat avec B"): each is the subject's partner, not the other's.
_WITH_BEFORE = re.compile(r"\bavec\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}$",
                          re.IGNORECASE)
# The subject of a new coordinated clause ("Together AI le distribue, et Kernlogic l'a
# intégré"): it acts on its own, not with the name of the clause before.
_NEW_CLAUSE_BEFORE = re.compile(r"[,;]\s*(?:et|mais|tandis\s+que|alors\s+que)\s+"
                                r"(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}$",
                                re.IGNORECASE)
_NEAR = 150
# How far a denial ("X dément avoir engagé des négociations avec Y") reaches to the second name.
_DENIAL_REACH = 300
_SUBJECT_AFTER = re.compile(r"\s+(?:(?:l['’]|les\s+|y\s+|en\s+|lui\s+|leur\s+|s['’]|se\s+)"
                            r"|(?:ne\s+|n['’]))?(?:a|ont|avait|avaient|aurait|auraient|est|sont"
                            r"|était|étaient|sera|seront)\b", re.IGNORECASE)
# "X étudie les puces de Y": Y owns the thing X acts on (one verb, one object, its genitive);
# X and Y are not said to work together unless that thing is a deal or a relation.
_THINGS_OF = re.compile(r"\s*[\w'’-]+\s+(?:les|la|le|l['’]|des|un|une)\s*([\w-]+)"
                        r"\s+(?:de|d['’]|du)\s*", re.IGNORECASE)
# "acheter des puces Nvidia": a brand of goods bought, after a partitive and a plural noun; the
# company is no party to what the rest of the sentence says.
_GOODS_OF = re.compile(r"\b(?:de|des|d['’])\s+(?:[a-zà-ÿ-]+\s+)?[a-zà-ÿ-]{3,}[sx]\s+$",
                       re.IGNORECASE)
# (unless a trade names the company: "l'éditeur de logiciels X", "le prestataire de collecte de
# données X")
_TRADE_BEFORE = re.compile(r"\b(?:éditeur|fabricant|spécialiste|prestataire|fournisseur"
                           r"|distributeur|concepteur|développeur|leader|géant|champion|acteur"
                           r"|pionnier|constructeur|opérateur|vendeur|producteur)s?"
                           r"(?:\s+[\w'’-]+){0,4}?\s*$", re.IGNORECASE)
# A contrast opening a clause of its own ("X a intégré M, tandis que Y étudie…", "alors que Y"):
# the companies on either side are each in their own clause, not partners or rivals by it.
_CONTRAST = re.compile(r",\s*(?:tandis\s+qu|alors\s+qu|pendant\s+qu)", re.IGNORECASE)
_DEAL_WORD = re.compile(r"accord|partenariat|contrat|collaboration|alliance|coopération|client"
                        r"|concurr|rival", re.IGNORECASE)

# What says a company named before a model is not the one using it (a company and a model):
# a relative clause opening after another name or noun ("un accord avec Z, qui proposera M",
# "sécuriser les banques qui utilisent M": the clause's antecedent uses M; "X, qui utilise M"
# is X's own clause),
_WHO = re.compile(r"\bqui\b", re.IGNORECASE)
# the model naming its maker ("le créateur de ChatGPT" is OpenAI, a party, not a model used),
_MAKER_OF = re.compile(r"\b(?:créat|concept|invent|développ|fabric|auteur|éditeu|père|mère)"
                       r"\w*\s+(?:de|d['’]|du)\s*$", re.IGNORECASE)
# a model being trained ("une licence … pour entraîner les modèles Gemini": the data's owner
# feeds the model, it does not use it),
_TRAINED = re.compile(r"\bentra[îi]n\w*\s+(?:(?:les|le|la|l['’]|ses|son|sa|leurs?)\s*)?"
                      r"(?:modèles?\s+|IA\s+)?$", re.IGNORECASE)
# and a model said to be the company's own ("son propre modèle M", "M, un modèle maison"):
# made, not used, whatever maker the gazetteer gives it.
_OWN_BEFORE = re.compile(r"\bpropres?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_OWN_AFTER = re.compile(r"\s*,\s*(?:un|le|son|sa|leur)\s+(?:[\w-]+\s+){0,2}?maison\b",
                        re.IGNORECASE)


def a_venture_name(sentence: str, m: Mention) -> bool:
    return _VENTURE_NAMED.search(sentence, max(0, m.start - 40), m.start) is not None


@lru_cache(maxsize=64)  # (asked of each pair of a sentence: searched once per sentence)
def _each_alone(sentence: str) -> bool:
    return _EACH_ALONE.search(sentence) is not None


def unrelated(sentence: str, inside: Sequence[Mention], p: Mention, q: Mention) -> bool:
    """Whether the sentence says, by its construction, that `p` and `q` (in this order) are
    not partners or rivals, whatever the words between them (two companies; of a company and a
    model, whether it denies the use)."""
    return unrelated_in(sentence, inside)(p, q)


def unrelated_in(sentence: str, inside: Sequence[Mention]) -> Callable[[Mention, Mention], bool]:
    """`unrelated` for the pairs of one sentence. What does not depend on the pair is read
    once: a sentence naming hundreds of companies has tens of thousands of pairs, and reading
    the whole sentence for each made the map cubic in its length."""
    lower = sentence.lower()
    # (re's ignore-case folds "ı", "ſ" and "İ" as the lowered sentence does not: no gate then)
    plain = len(lower) == len(sentence) and "ı" not in lower and "ſ" not in lower
    maybe = {pattern: not plain or any(word in lower for word in words)
             for pattern, words in _GATES}
    each_alone = maybe[_EACH_ALONE] and _EACH_ALONE.search(sentence) is not None
    negatable = [m.start() for m in _NEGATION_START.finditer(sentence)]
    denials = [m.end() for m in _DENIAL.finditer(sentence)] if maybe[_DENIAL] else []
    denials += [m.end() for m in _FREE_TO.finditer(sentence)] if maybe[_FREE_TO] else []
    denials.sort()
    contrasts = [m.start() for m in _CONTRAST.finditer(sentence)]
    # Where the clause breaks are (read once, as they cannot overlap): whether one lies
    # between a negation or a denial and a name is a bisection, not a search through the gap
    # for each pair (that search made a sentence of names and negations cubic).
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)] \
        if denials or negatable else []

    def broken(at: int, end: int) -> bool:
        """_CLAUSE_BREAK.search(sentence, at, end) is not None, without reading the gap."""
        k = bisect_left(breaks, (at, 0))
        if k < len(breaks) and breaks[k][1] <= end:
            return True
        # (a break cut by `end`, or one only `end` makes: "et" right against the name)
        return _CLAUSE_BREAK.search(sentence, max(at, end - 5), end) is not None

    model_ends = {o.end for o in inside if o.kind != COMPANY}
    who: list[int] = []

    def not_a_use(p: Mention, q: Mention) -> bool:
        """Whether company `p` is not said to use model `q`, named after it, by the words
        around the model or a relative clause between them (read near the model only)."""
        if not who and "qui" in lower:
            who.extend(m.start() for m in _WHO.finditer(sentence))
            who.append(len(sentence))  # (read once: the list is never empty after)
        if who:
            # (a "qui" between the two, unless right after the company: its own clause)
            k = bisect_left(who, p.end)
            own = who[k] - p.end <= 3 and not sentence[p.end:who[k]].strip(" ,")
            if (who[k] < q.start and not own) or (k + 1 < len(who) and who[k + 1] < q.start):
                return True
        return bool(_MAKER_OF.search(sentence, max(0, q.start - 30), q.start)
                    or _OWN_BEFORE.search(sentence, max(0, q.start - 30), q.start)
                    or _TRAINED.search(sentence, max(0, q.start - 40), q.start)
                    or _OWN_AFTER.match(sentence, q.end, q.end + 40))
    deal_in: dict[tuple[int, int], bool] = {}

    def test(p: Mention, q: Mention) -> bool:
        # (a company and a model: only what the sentence denies of them, "X n'a pas branché son
        # outil sur M", "X dément utiliser M"; the other guards are about two companies)
        companies = p.kind == COMPANY == q.kind
        if not companies and COMPANY not in (p.kind, q.kind):
            return False
        if each_alone and companies:
            return True
        # (finditer's matches, tried only where a negation can start: scanning each pair's
        # whole gap was the cost of a sentence naming hundreds of companies)
        after = p.start
        for at in negatable[bisect_left(negatable, p.start):]:
            if at >= q.start:
                break
            negation = _NEGATION.match(sentence, at, q.start) if at >= after else None
            if negation is None:
                continue
            after = negation.end()
            if not broken(negation.end(), q.start) \
                    and not _RENEWAL.search(sentence, negation.start(), negation.end() + 30):
                return True
        # "X dément avoir engagé des négociations avec Y": the deal is denied; "X gardera la
        # liberté de travailler avec Y": a deal possible, not made (no clause break between
        # the words and the second name).
        # (For names near each other only, as the guards below: a guard true of far pairs made
        # the walk through a sentence of names and denials quadratic in its length. The last
        # such word before `q` is the one to test: a clause break after an earlier one and
        # before `q` is either after the last or before it, and then the earlier word is not
        # the last; trying every word, each with a search to `q`, made it cubic.)
        last = bisect_left(denials, q.start) - 1 if q.start - p.end <= _DENIAL_REACH else -1
        if last >= 0 and denials[last] >= p.end and not broken(denials[last], q.start):
            return True
        if not companies:
            return not_a_use(p, q) if p.kind == COMPANY else False
        # (these guards for names near each other only: a guard true of far pairs made the
        # walk through a long sentence's mentions quadratic)
        near = q.start - p.end <= _NEAR
        if near and _WITH_BEFORE.search(sentence, max(0, p.start - 40), p.start) \
                and _WITH_BEFORE.search(sentence, max(p.end, q.start - 40), q.start):
            return True
        if near and _NEW_CLAUSE_BEFORE.search(sentence, max(p.end, q.start - 50), q.start) \
                and _SUBJECT_AFTER.match(sentence, q.end):
            return True
        if near and contrasts and bisect_left(contrasts, p.end) < bisect_left(contrasts, q.start):
            return True
        things = _THINGS_OF.fullmatch(sentence, p.end, q.start)
        if things and not _RELATION_NOUN.search(things.group(1).lower()) \
                and not _DEAL_WORD.search(things.group(1)):
            return True
        for m in (p, q):
            goods = _GOODS_OF.search(sentence, max(0, m.start - 40), m.start)
            if goods and not _RELATION_NOUN.search(goods.group().lower()) \
                    and not _DEAL_WORD.search(goods.group()) \
                    and not _TRADE_BEFORE.search(sentence, max(0, goods.start() - 50),
                                                 goods.start()):
                return True
            owned = _POSSESSED.search(sentence, max(0, m.start - 50), m.start)
            if owned and not _RELATION_NOUN.search(owned.group(1).lower()) \
                    and not _LINKS.intersection(owned.group(1).lower().split()):
                return True
            if _FORMER.search(sentence, max(0, m.start - 45), m.start):
                return True
            if _OF_BEFORE.search(sentence, max(0, m.start - 6), m.start) and any(
                    m.start - gap in model_ends for gap in range(7)):
                start = sentence.rfind(";", 0, p.start) + 1
                end = sentence.find(";", q.end)
                end = end if end != -1 else len(sentence)
                if (start, end) not in deal_in:
                    deal_in[start, end] = _DEAL_WORD.search(sentence, start, end) is not None
                if not deal_in[start, end]:
                    return True
        return False

    return test


# How far apart, in characters, two names of one sentence can be and still be read as a pair.
# The longest sentence stating a relation in 38 gold batches is 349 characters; without a
# bound, a "sentence" of thousands of names (a scraped table, a list without full stops) was
# read once per pair of its mentions: 48 KB of names and negations took 13 s.
PAIR_REACH = 1_000


def ordered_pairs(inside: Sequence[Mention], name, skip=None,
                  settled=None) -> Iterator[tuple[Mention, Mention]]:
    """Each ordered pair of distinct parties of one sentence, once per pair of names (the first
    time they are named together and `skip(p, q)` does not exclude them), `name` giving a
    mention's party name; `settled(p, q)` true excludes that pair of names for good.

    Each mention meets only the next mention of each name it has no pair with yet, in the
    order of the sentence (the pairs, and the calls to `skip`, of a walk through every later
    mention): a sentence naming a few companies thousands of times is not read once per pair
    of its mentions."""
    names = [name(m) for m in inside]
    places: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        places.setdefault(n, []).append(i)
    seen: set[tuple[str, str]] = set()
    for i, p in enumerate(inside):
        a = names[i]
        ahead = []
        for b, where in places.items():
            if b != a and (a, b) not in seen:
                k = bisect_right(where, i)
                if k < len(where):
                    ahead.append((where[k], k, b))
        heapify(ahead)
        while ahead:
            j, k, b = heappop(ahead)
            q = inside[j]
            if q.start - p.end > PAIR_REACH:
                # (the heap yields mentions in the sentence's order: all the rest are farther)
                break
            if settled is not None and settled(p, q):
                seen.add((a, b))
                continue
            if skip is not None and skip(p, q):
                if k + 1 < len(places[b]):
                    heappush(ahead, (places[b][k + 1], k + 1, b))
                continue
            seen.add((a, b))
            yield p, q


# ---- the engine's side


# Why the shipped weights could not be read, once they were tried: the map then holds the
# rules' relations only, and says so in one line instead of losing every relation.
unavailable: str | None = None


@cache
def weights() -> tuple[float, dict[str, dict[str, float]]] | None:
    """(threshold, label -> feature -> weight), read once; None when the file is unusable."""
    global unavailable
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        return float(data["threshold"]), {
            label: {str(f): float(w) for f, w in data["weights"][label].items()}
            for label in SHIPPED_LABELS + MODEL_LABELS}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        unavailable = (f"Relation classifier weights unreadable ({WEIGHTS.name}: "
                       f"{type(error).__name__}): relations from the rules only.")
        return None


def probability(label_weights: dict[str, float], features: Sequence[str]) -> float:
    # (the same sum, in the same order, without a generator's frame per feature)
    z = sum(map(label_weights.get, features, repeat(0.0)))
    # (two names thousands of words apart sum a weight per word between: exp(-z) overflowed and
    # the whole article's relations were lost)
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


# When set, the engine runs its rules only and records here the sentences it read (training
# reads the same sentences as the engine, and compares against the rules alone).
_RECORDING: contextvars.ContextVar[list | None] = contextvars.ContextVar("recording", default=None)


@contextlib.contextmanager
def rules_only() -> Iterator[list[list[tuple[int, int, int]]]]:
    """Within it, `reader.relations.article_relations` adds nothing learned; each article's
    sentence spans (block, start, end) are appended to the list yielded."""
    spans: list[list[tuple[int, int, int]]] = []
    token = _RECORDING.set(spans)
    try:
        yield spans
    finally:
        _RECORDING.reset(token)


_BETWEEN_COMPANIES = frozenset({"partnership", "rivalry", "investment", "acquisition"})


def _company(m: Mention) -> str:
    return m.canonical


# A party the map read from a description or a pronoun ("La société madrilène a signé…", "Elle
# affronte…") is itself a guess: the classifier must be surer of a pair holding one than of two
# names (at the shipped threshold, those pairs were right only two times in three on R1-R38).
STAND_IN_THRESHOLD = 0.8


class ModelNaming(NamedTuple):
    """How the relation map names a model mention and finds its maker (reader.relations'
    party_name and maker_of, handed down: this module sits below it)."""

    name: Callable[[Mention], str]
    maker: Callable[[str], str | None]


def pairs(text: str, mentions: Sequence[Mention], spans: Sequence[tuple[int, int, int]],
          known: set[tuple[str, str, str]], stand_ins: frozenset[int] = frozenset(),
          naming: ModelNaming | None = None
          ) -> list[tuple[str, str, str, int, int, int, int, int]]:
    """The classifier's partnerships, rivalries and uses of a model (`_model_pairs`) not in
    `known`, one per (type, a, b): the
    first sentence scoring it above the threshold, as (type, a, b, block, start, end, cue_start,
    cue_end) where the cue span is the text between the two names (what the status reads).
    `stand_ins` holds the starts (in `text`) of the mentions that stand for a company the
    sentence does not name (reader.relations reads them): a pair with one needs
    STAND_IN_THRESHOLD. Uses of a model are read only with `naming`."""
    # Two companies the rules related in any way (a purchase in talks, an investment) are not
    # also partners because their sentence reads like a deal.
    related = {tuple(sorted(key[1:])) for key in known if key[0] in _BETWEEN_COMPANIES}
    recording = _RECORDING.get()
    if recording is not None:
        recording.append(list(spans))
        return []
    loaded = weights()
    if loaded is None:
        return []
    threshold, table = loaded
    out: dict[tuple[str, str, str], tuple] = {}
    position = 0
    for block, s, e in spans:
        while position < len(mentions) and mentions[position].start < s:
            position += 1
        end = position
        while end < len(mentions) and mentions[end].start < e:
            end += 1
        window = [m for m in mentions[position:end] if m.end <= e]
        named = sum(m.kind == COMPANY for m in window)
        if named < 2 and not (named and any(m.kind == MODEL for m in window)):
            continue  # (most sentences: no pair, and no mention to rebase)
        inside = [Mention(m.start - s, m.end - s, m.kind, m.canonical, m.text) for m in window]
        # (The company pairs come in the order, and once each, as among all the parties.)
        sentence = text[s:e]
        companies = [m for m in inside if m.kind == COMPANY and not a_venture_name(sentence, m)]
        unrelated = _lazy(partial(unrelated_in, sentence, inside))
        if naming is not None and companies and len(companies) < len(inside):
            _model_pairs(sentence, inside, companies, (block, s, e), table, threshold, known,
                         out, stand_ins, unrelated, naming)
        if len(companies) < 2:
            continue
        settled = partial(_settled, related, out)
        for p, q in ordered_pairs(companies, _company, unrelated, settled):
            a, b = sorted((coref.group_name(p.canonical), coref.group_name(q.canonical)))
            features = None
            for label in SHIPPED_LABELS:
                key = (label, a, b)
                if key in out:
                    continue
                features = features or word_features(sentence, p, q, len(inside) - 2)
                if probability(table[label], features) >= _bar(
                        threshold, stand_ins, s + p.start, s + q.start):
                    out[key] = (label, a, b, block, s, e, *_cue(sentence, s, p, q))
    return list(out.values())


def _model_pairs(sentence: str, inside: Sequence[Mention], companies: Sequence[Mention],
                 span: tuple[int, int, int], table: dict[str, dict[str, float]],
                 threshold: float, known: set[tuple[str, str, str]], out: dict,
                 stand_ins: frozenset[int], unrelated: Callable[[Mention, Mention], bool],
                 naming: ModelNaming) -> None:
    """`pairs` for a company and a model it names after it in one sentence (`inside`, offsets
    in `sentence`; `companies`, those of its companies the classifier reads): uses_model
    company → model scored above the threshold, into `out`, unless the rules read that use
    already, the company makes the model ("Gemini de Google") or the sentence denies it
    (`unrelated`)."""
    party_name, maker_of = naming

    models: dict[str, list[Mention]] = {}
    for m in inside:
        if m.kind == MODEL:
            models.setdefault(party_name(m), []).append(m)
    starts = {b: [m.start for m in where] for b, where in models.items()}
    makers = {b: coref.group_name(maker) if (maker := maker_of(b)) else None for b in models}
    seen: set[tuple[str, str]] = set()
    # (Each company's mention meets the next mention of each model named after it, as
    # `ordered_pairs` pairs them among all the parties in training, without walking the pairs
    # of two models or of a model named first.)
    for p in companies:
        a = coref.group_name(p.canonical)
        for b, where in models.items():
            if (p.canonical, b) in seen:
                continue
            key = ("uses_model", a, b)
            if key in out or key in known or ("makes_model", a, b) in known or makers[b] == a:
                seen.add((p.canonical, b))
                continue
            for q in islice(where, bisect_left(starts[b], p.end), None):
                if q.start - p.end > PAIR_REACH:
                    break
                if not unrelated(p, q):
                    seen.add((p.canonical, b))
                    if _uses(sentence, inside, p, q, table, threshold, stand_ins, span[1]):
                        out[key] = (*key, *span, *_cue(sentence, span[1], p, q))
                    break


def _uses(sentence: str, inside: Sequence[Mention], p: Mention, q: Mention,
          table: dict[str, dict[str, float]], threshold: float, stand_ins: frozenset[int],
          s: int) -> bool:
    """Whether company `p` uses model `q`, named after it, by the classifier's score (`s`: where
    the sentence starts in the text, for `stand_ins`)."""
    features = word_features(sentence, p, q, len(inside) - 2)
    return probability(table["uses_model>"], features) >= _bar(threshold, stand_ins, s + p.start)


def _bar(threshold: float, stand_ins: frozenset[int], *starts: int) -> float:
    """The score a pair needs: STAND_IN_THRESHOLD when a party starting at one of `starts` is a
    stand-in the rules read, else the threshold."""
    return max(threshold, STAND_IN_THRESHOLD) if stand_ins.intersection(starts) else threshold


def _lazy(build: Callable[[], Callable[[Mention, Mention], bool]]
          ) -> Callable[[Mention, Mention], bool]:
    """`build()`'s test, built on its first call: a sentence whose pairs are all settled
    (most of those naming a company and a model) never reads its guards."""
    test: list[Callable[[Mention, Mention], bool]] = []

    def run(p: Mention, q: Mention) -> bool:
        if not test:
            test.append(build())
        return test[0](p, q)

    return run


def _settled(related: set[tuple[str, ...]], out: dict, p: Mention, q: Mention) -> bool:
    """Whether `pairs` has nothing to score for the names of `p` and `q`, on any of their
    mentions: the same group, a pair the rules related in any way (not contradicted, not
    repeated), or both labels scored already."""
    a, b = sorted((coref.group_name(p.canonical), coref.group_name(q.canonical)))
    return a == b or (a, b) in related or all((label, a, b) in out for label in SHIPPED_LABELS)


_PUNCTUATION = " \t\n,;:()«»\"“”—–'’"


def _cue(sentence: str, s: int, p: Mention, q: Mention) -> tuple[int, int]:
    """The words between the two names, in the article's text: what the rules' status reads
    as the cue's clause ("X, avec Y, négocierait…": an apposition takes the main verb's)."""
    between = sentence[p.end:q.start]
    start = p.end + len(between) - len(between.lstrip(_PUNCTUATION))
    end = q.start - (len(between) - len(between.rstrip(_PUNCTUATION)))
    return (s + start, s + end) if start < end else (s + p.end, s + q.start)

