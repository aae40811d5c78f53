"""Relations whose sentence names one party only (issue 14, round 17: a learned reading).

"Il a aussi signé avec X", "Le groupe s'appuie sur X", "Ses clients : X et Y": the sentence
names X; the other party is a company named in earlier sentences, which a pronoun, a
description or a possessive (or nothing: a bare verb) stands for. The cue rules resolve some of
these (reader.relations' Context, reader.coref); this module gives the candidates and the
features of a linear model trained on the gold batches (reader.relations_outside_learn). An
experiment, not wired into the engine: on the validation batches it added no true relation
at the threshold fixed beforehand (docs/relations_learned.md, round 17).

Candidates, linear in the article's size: for each sentence S the engine reads, each party X
named in S is paired with at most four companies named only before S and not in S — the
article's first named company, its most named one, the first company of the last sentence
that named one (its subject, as a rule), and the last company named. A pair the engine
already related in any way is no candidate.

Features, generic: the stems of S's words (its cue verbs), what opens S (its first words and
a class: a pronoun, a possessive, a determiner and a noun, a name), the words around X, X's
role words and place in S, how salient the outside party is (first named, most named, subject
of the last sentence, named in the previous sentence, how often, how many sentences ago), the
kinds, and whether the engine related X to anything in S. Labels are relative to (outside,
X): "investment>" is the outside party investing in X.

S's features are given once per sentence (`Candidate.shared`): a linear model's score can sum
them once per sentence and label, then add each candidate's own (no per-pair reading of S).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from reader import coref
from reader.entities import COMPANY, Mention
from reader.relations_classifier import _ROLE, TOKEN, _last_tokens, stem

# Whether a party the engine related to anything in its sentence is a candidate too. No: on
# R1-R41 (leave-one-batch-out, at 0.8) the model then added 4 true relations for 4 false ones,
# against 13 for 6 without (a sentence the rules read is mostly about the parties they read).
RELATED_PARTIES = False

LABELS = ("partnership", "rivalry", "investment>", "investment<", "acquisition>",
          "acquisition<", "uses_model>")

# What opens a sentence, as a class (function words only: the model learns what each means).
_PRONOUN = frozenset(("il", "elle", "ils", "elles", "celui", "celle", "ceux", "celles", "lui",
                      "ce", "cette", "c", "on"))
_POSSESSIVE = frozenset(("son", "sa", "ses", "leur", "leurs"))
_DETERMINER = frozenset(("le", "la", "les", "l", "un", "une", "des", "du", "cet"))
_OPEN_WORD = re.compile(r"[^\W\d_]+['’]?|\d+")


def allowed(label: str, outside_kind: str, x_kind: str) -> bool:
    if label.startswith("uses_model"):
        return outside_kind == COMPANY and x_kind != COMPANY
    return outside_kind == COMPANY == x_kind


def label_key(label: str, outside: str, x: str) -> tuple[str, str, str]:
    """(type, a, b) of a label about (outside, x), unordered pairs sorted."""
    kind = label.rstrip("<>")
    a, b = (x, outside) if label.endswith("<") else (outside, x)
    if kind in ("partnership", "rivalry") and b < a:
        a, b = b, a
    return kind, a, b


def opening(sentence: str, first_party: int | None) -> list[str]:
    """What opens the sentence: its first two words' stems and their class."""
    words = [w.casefold().rstrip("'’") for w in islice(_OPEN_WORD.finditer(sentence), 2)
             for w in [w.group()]]
    if first_party == 0 or (first_party is not None and not sentence[:first_party].strip()):
        kind = "name"
    elif not words:
        kind = "none"
    elif words[0] in _PRONOUN:
        kind = "pronoun"
    elif words[0] in _POSSESSIVE:
        kind = "possessive"
    elif words[0] in _DETERMINER and len(words) > 1:
        kind = "description"
    else:
        kind = "other"
    f = [f"open:{kind}"]
    if words:
        f.append(f"o0:{stem(words[0])}")
        f.append(f"o01:{stem(words[0])}_{stem(words[1]) if len(words) > 1 else ''}")
    return f


def sentence_features(sentence: str, inside: Sequence[Mention]) -> tuple[list[str], str]:
    """Features of the sentence as a whole, and its opening class."""
    f = opening(sentence, inside[0].start if inside else None)
    f += [f"s:{t}" for t in sorted({stem(t) for t in TOKEN.findall(sentence)})]
    f.append(f"parties:{min(len({m.canonical for m in inside}), 4)}")
    return f, f[0]


def x_features(sentence: str, x: Mention, index: int, related_here: bool) -> list[str]:
    """Features of the party named in the sentence (its first mention there)."""
    left = _last_tokens(sentence, x.start)
    right = [t.group() for t in islice(TOKEN.finditer(sentence, x.end), 3)]
    f = [f"xkind:{x.kind[0]}", f"xindex:{min(index, 3)}", f"x_related_here:{related_here}",
         f"x_opens:{not left}"]
    f += [f"l:{stem(t)}" for t in left] + [f"r:{stem(t)}" for t in right]
    if left:
        f.append(f"l1:{stem(left[-1])}")
    if right:
        f.append(f"r1:{stem(right[0])}")
    f += [f"xrole:{w.casefold()[:5]}" for w in _ROLE.findall(x.text)]
    f += [f"xctx:{w.casefold()[:5]}" for w in _ROLE.findall(sentence[max(0, x.start - 25):x.start])]
    return f


def o_features(flags: Sequence[str], count: int, ago: int, open_class: str) -> list[str]:
    """Salience of the outside party: its roles (first named, most named, last subject, last
    named), whether the previous sentence named it, how often and how long ago it was named;
    each role also paired with how the sentence opens."""
    f = [f"o:{flag}" for flag in flags]
    f += [f"o:{flag}&{open_class}" for flag in flags]
    f.append(f"ocount:{min(count, 5)}")
    f.append(f"oago:{min(ago, 4)}")
    f.append(f"oago:{min(ago, 4)}&{open_class}")
    return f


@dataclass
class Candidate:
    sentence: int  # index in the spans
    x: Mention  # in the article's text
    x_name: str
    outside: str
    features: list[str]  # the pair's own; the sentence's are shared
    shared: list[str]


def candidates(text: str, spans: Sequence[tuple[int, int, int]], mentions: Sequence[Mention],
               name, related: set[frozenset[str]], here: dict[int, set[str]],
               related_parties: bool = True) -> Iterator[Candidate]:
    """Each (party of S, company named only before S) pair, as described above. `name` gives a
    mention's party name; `related` holds the pairs of names the engine related; `here` maps a
    sentence's index to the names the engine related in it; `related_parties` false leaves
    out a party the engine related to anything in S."""
    starts = [m.start for m in mentions]
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind == COMPANY:
            counts[name(m)] = counts.get(name(m), 0) + 1
    most = max(counts, key=lambda n: counts[n]) if counts else None
    first: str | None = None
    so_far: dict[str, int] = {}
    last_at: dict[str, int] = {}
    subject: str | None = None
    last: str | None = None
    previous: set[str] = set()
    for k, (_block, s, e) in enumerate(spans):
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        window = [m for m in mentions[lo:hi] if m.end <= e]
        companies_here = {name(m) for m in window if m.kind == COMPANY}
        roles: dict[str, list[str]] = {}
        for flag, who in (("first", first), ("most", most), ("subject", subject), ("last", last)):
            if who is not None and who in so_far and who not in companies_here:
                roles.setdefault(who, []).append(flag)
        if window and roles:
            sentence = text[s:e]
            local = [Mention(m.start - s, m.end - s, m.kind, m.canonical, m.text) for m in window]
            shared, open_class = sentence_features(sentence, local)
            done: set[str] = set()
            for i, x in enumerate(local):
                x_name = name(x)
                if x_name in done:
                    continue
                done.add(x_name)
                xf = None
                for who, flags in roles.items():
                    if frozenset((x_name, who)) in related or x_name == who:
                        continue
                    if xf is None:
                        related_here = x_name in here.get(k, ())
                        if related_here and not related_parties:
                            break
                        xf = x_features(sentence, x, len(done) - 1, related_here)
                        # (the word before X read with how the sentence opens: "avec X" in a
                        # sentence opening on "Il" is not "avec X" after a name)
                        xf += [f"{xf_l1}&{open_class}" for xf_l1 in xf if xf_l1[:3] == "l1:"]
                    of = o_features(flags + (["previous"] if who in previous else []),
                                    so_far[who], k - last_at[who], open_class)
                    yield Candidate(k, window[i], x_name, who, xf + of, shared)
        # (what the next sentences see)
        previous = companies_here
        ordered = [name(m) for m in window if m.kind == COMPANY]
        if ordered:
            subject = ordered[0]
            last = ordered[-1]
            first = first or ordered[0]
        for n in ordered:
            so_far[n] = so_far.get(n, 0) + 1
            last_at[n] = k


# ---- what the engine's relations say


def related_of(relations, spans: Sequence[tuple[int, int, int]]
               ) -> tuple[set[frozenset[str]], dict[int, set[str]]]:
    """The pairs of names the engine related, and per sentence (index in `spans`) the names it
    related there."""
    related = {frozenset((r.a, r.b)) for r in relations}
    starts = [s for _b, s, _e in spans]
    here: dict[int, set[str]] = {}
    for r in relations:
        k = bisect_right(starts, r.start) - 1
        if k >= 0:
            here.setdefault(k, set()).update((r.a, r.b))
    return related, here


def party(m: Mention) -> str:
    """The name the map gives a mention's party (a company's group, a model as written)."""
    from reader.relations import party_name

    return coref.group_name(m.canonical) if m.kind == COMPANY else party_name(m)
