"""Business names no rule found, read by a learned classifier of capitalised spans.

The rules (guessing, unseen) find a name the gazetteer lacks where the words around it fit one
of their shapes; a name in any other construction ("Chez Brévane, numéro deux de la grande
distribution", "Hydrova et Aquanor ont fondé") is missed. This step reads what is left: every
run of capitalised words that no mention covers, and each run without its first word (a
sentence's opening word: "Chez", "Selon", "Hier"), is scored by a logistic model over generic
features of the span (word shapes, suffixes, capitals inside, how common each word is in French,
first names) and of the words around it (the words before and after, the stems of a small
window, an apposition after a comma, a coordination with a business found). The best-scored
variant of a run above the threshold is a business.

The weights, the threshold and a list of common French words (by frequency band, from the
wordfreq package's data, CC BY-SA 4.0) are data: src/reader/data/names_classifier.json, made
by `python -m reader.names_learn --ship`. They are read on the first call only (never at
start-up), and inference is pure Python, linear in the text's size: each span looks at a
bounded window of words.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path

from reader.entities.base import COMPANY, Mention
from reader.entities.lexicon import COORDINATION, FIRST_NAMES, HONORIFICS
from reader.entities.lists import company_like, surnames
from reader.entities.shapes import NOT_NAMES
from reader.entities.unseen import _HOME_BEFORE

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "names_classifier.json"

# Words: letters and digits, joined by inner hyphens, dots or "&" ("Procter&Gamble", "X.AI");
# an apostrophe ends a word ("d'Eurazeo" is "d" and "Eurazeo").
_WORD = re.compile(r"\w+(?:[-.&]\w+)*")
_END = ".!?…:;\n"
_STREET = re.compile(r"\b(?:boulevard|rue|avenue|quai|place|cours|allée|faubourg|esplanade)"
                     r"[ ](?:de[ ](?:la[ ])?|du[ ]|des[ ]|d['’])?$")
_DIGIT = re.compile(r"\d")
_MAX_RUN = 5  # longer runs of capitals are titles or headlines, not names
_WINDOW = 6  # words read on each side of a span


@cache
def _model() -> dict | None:
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    words: dict[str, int] = {}
    for band, listed in data["words"].items():
        for word in listed.split():
            words[word] = int(band)
    data["bands"] = words
    return data


_override: list[dict] = []


def use_model(model: dict | None) -> None:
    """Score with `model` (a dict as the shipped file holds) instead of the shipped weights;
    None goes back to them. For training and evaluation only."""
    _override.clear()
    if model is not None:
        if "bands" not in model:
            model["bands"] = _model()["bands"] if _model() else {}
        _override.append(model)


def current() -> dict | None:
    return _override[0] if _override else _model()


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _shape(word: str) -> str:
    out = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() \
            else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:6]


class _Words:
    """The words of a text, with what separates each from the next."""

    __slots__ = ("ends", "lows", "starts", "words")

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        for match in _WORD.finditer(text):
            self.starts.append(match.start())
            self.ends.append(match.end())
            self.words.append(match.group())
        self.lows = [w.lower() for w in self.words]


def _gap(text: str, words: _Words, i: int) -> str:
    """What stands between word i-1 and word i, spaces aside ("" for a space, "^" at the
    start)."""
    if i <= 0:
        return "^"
    if i >= len(words.words):
        return "$"
    between = text[words.ends[i - 1] : words.starts[i]].strip()
    return between[:2] if between else ""


def _capital(word: str) -> bool:
    return word[0].isupper()


def candidates(text: str, taken: list[tuple[int, int]]) -> tuple[_Words, list[tuple[int, int]]]:
    """Runs of capitalised words (word indexes, end excluded) that no taken span touches,
    split where something other than one space separates two words."""
    words = _Words(text)
    taken = sorted(taken)
    free = [True] * len(words.words)
    k = 0
    for i, (start, end) in enumerate(zip(words.starts, words.ends, strict=True)):
        while k < len(taken) and taken[k][1] <= start:
            k += 1
        if k < len(taken) and taken[k][0] < end:
            free[i] = False
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(words.words)
    while i < n:
        if not (free[i] and _capital(words.words[i])):
            i += 1
            continue
        j = i + 1
        while (j < n and free[j] and _capital(words.words[j])
               and text[words.ends[j - 1] : words.starts[j]] == " "):
            j += 1
        if j - i <= _MAX_RUN:
            runs.append((i, j))
        i = j
    return words, runs


def _band(bands: dict[str, int], low: str) -> int:
    band = bands.get(low)
    if band is not None:
        return band
    if "-" in low:
        # (a compound of common words is common: "celui-ci", "au-delà", "entre-temps")
        parts = [bands.get(part, 0) for part in low.split("-")]
        return min(parts)
    return 0


def features(text: str, words: _Words, i: int, j: int, run: tuple[int, int],
             companies: list[tuple[int, int]], bands: dict[str, int],
             counts: dict[str, int]) -> list[str]:
    """The features of the span of words i..j-1 (inside the run `run`)."""
    w = words.words
    lows = words.lows
    start, end = words.starts[i], words.ends[j - 1]
    name = text[start:end]
    f = ["bias", f"len={min(j - i, 4)}"]
    if i > run[0]:
        # The run without its first word: what that word is tells a sentence's opening word
        # ("Chez Brévane", "Selon Carmelis") from a first name ("Jean Dupont") or a title's
        # article ("Les Echos").
        dropped = w[run[0]]
        band = _band(bands, lows[run[0]])
        kind = ("first_name" if dropped in FIRST_NAMES else
                "article" if lows[run[0]] in ("le", "la", "les", "l") else
                "common" if band >= 4 else "rare")
        lead = run[0] == 0 or any(c in _END for c in text[words.ends[run[0] - 1]:
                                                           words.starts[run[0]]])
        f.append(f"dropped={kind}{'_start' if lead else ''}")
        f.append(f"dropped_band={band}")
        f.append("dropped_w=" + lows[run[0]])
    first, last = w[i], w[j - 1]
    f.append("shape1=" + _shape(first))
    f.append("shapeL=" + _shape(last))
    f.append("suf3=" + _plain(last)[-3:])
    f.append("suf2=" + _plain(last)[-2:])
    f.append("pre3=" + _plain(first)[:3])
    if any(c.isupper() for c in first[1:]):
        f.append("inner_caps")
    if first.isupper() and len(first) > 1:
        f.append("acronym" if j - i == 1 else "acronym_head")
    bs = [_band(bands, lows[k]) for k in range(i, j)]
    f.append(f"band1={bs[0]}")
    f.append(f"bandL={bs[-1]}")
    f.append(f"bandmin={min(bs)}")
    f.append(f"bandmax={max(bs)}")
    f.append(f"len1_band={min(j - i, 2)}_{bs[0]}")
    if j - i == 1:
        f.append("w=" + lows[i])
    if first in FIRST_NAMES:
        f.append("first_name" if j - i == 1 else "first_name_head")
    if j - i >= 2 and w[i + 1] in FIRST_NAMES:
        f.append("first_name_second")
    if len(name) <= 3:
        f.append("short")
    gap_before = _gap(text, words, i)
    at_start = i == 0 or any(c in _END for c in text[words.ends[i - 1] : start])
    if at_start:
        f.append("sent_start")
        f.append(f"sent_start_band={bs[0]}")
    f.append("gapB=" + gap_before)
    gap_after = _gap(text, words, j)
    f.append("gapA=" + gap_after)
    # The words before and after, nearest first, within the sentence.
    for k in range(1, 4):
        p = i - k
        if p < 0 or (k == 1 and at_start):
            f.append(f"p{k}=<s>")
            break
        f.append(f"p{k}=" + lows[p])
        if k <= 2:
            f.append(f"p{k}s=" + _plain(lows[p])[:4])
        if any(c in _END for c in text[words.ends[p] : words.starts[p + 1]]):
            break
    for k in range(0, 3):
        q = j + k
        if q >= len(w):
            f.append(f"n{k + 1}=</s>")
            break
        if k and any(c in _END for c in text[words.ends[q - 1] : words.starts[q]]):
            f.append(f"n{k + 1}=</s>")
            break
        f.append(f"n{k + 1}=" + lows[q])
        f.append(f"n{k + 1}s=" + _plain(lows[q])[:4])
    if gap_after == "," and j + 1 < len(w):
        # An apposition: ", le spécialiste", ", l'enseigne", ", numéro deux".
        noun = lows[j + 1] if lows[j] in ("le", "la", "l", "un", "une", "les", "des",
                                          "ce", "cette") else lows[j]
        f.append("app=" + _plain(noun)[:5])
    if gap_before == "," and i >= 1 and lows[i - 1] not in ("et", "ou"):
        f.append("after_comma")
    # The stems of the window around.
    for p in range(max(0, i - _WINDOW), i):
        if not _capital(w[p]):
            f.append("wb=" + _plain(lows[p])[:5])
    for q in range(j, min(len(w), j + _WINDOW)):
        if not _capital(w[q]):
            f.append("wa=" + _plain(lows[q])[:5])
    # A business found next to it, joined by "et", "ou" or a comma.
    # (companies are sorted and disjoint: only the one before and the one after are read)
    k = bisect_left(companies, (start, start))
    before = companies[k - 1] if k > 0 else None
    after = companies[k] if k < len(companies) else None
    if before is not None:
        if start - before[1] <= 6 and COORDINATION.fullmatch(text, before[1], start):
            f.append("coord_company")
        if start - before[1] < 80:
            f.append("company_near")
    if after is not None:
        if after[0] - end <= 6 and COORDINATION.fullmatch(text, end, after[0]):
            f.append("coord_company")
        if after[0] - end < 80:
            f.append("company_near")
    if j < len(w) and lows[j] in ("et", "ou") and j + 1 < len(w) and _capital(w[j + 1]):
        f.append("coord_capital")
    if i >= 2 and lows[i - 1] in ("et", "ou") and _capital(w[i - 2]):
        f.append("coord_capital")
    if i > 0 and lows[i - 1] in HONORIFICS:
        f.append("honorific")
    if j - i >= 2:
        # A person is named again by the surname, a business by the first word of its name.
        if counts.get("1:" + first, 0) > 0:
            f.append("head_alone")
        if counts.get("1:" + last, 0) > 0:
            f.append("tail_alone")
    seen = counts.get(name, 0)
    f.append(f"repeated={min(seen, 3)}")
    if counts.get(name.lower(), 0):
        f.append("also_lower")
    return f


def score(weights: dict[str, float], feats: list[str]) -> float:
    total = sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@lru_cache(maxsize=8)
def article_words(context: str) -> dict[str, int]:
    """How often each capitalised word stands in the whole article (once per article)."""
    counts: dict[str, int] = {}
    for match in _WORD.finditer(context):
        word = match.group()
        if word[0].isupper():
            counts[word] = counts.get(word, 0) + 1
    return counts


def spans(text: str, mentions: list[Mention], blocked: list[tuple[int, int]],
          model: dict, present: frozenset[str] = frozenset(), context: str | None = None
          ) -> list[tuple[int, int, list[str], tuple[int, int]]]:
    """Each candidate span (start, end, its features, its run) of the text; `present`: the
    names of the businesses the whole article names."""
    taken = [(m.start, m.end) for m in mentions] + list(blocked)
    words, runs = candidates(text, taken)
    if not runs:
        return []
    companies = sorted((m.start, m.end) for m in mentions if m.kind == COMPANY)
    counts = _counts(text, words, runs)
    in_article = article_words(context if context is not None else text)
    # A name the text already gives as a mention is that mention, judged by the rules and one
    # sense per article ("Volpe" after "Volpe 2.0", a model's name repeated).
    named = {m.text for m in mentions} | {m.canonical for m in mentions} | {
        m.text.split()[0] for m in mentions if m.kind != COMPANY}
    people = surnames(text)
    present = {m.canonical for m in mentions if m.kind == COMPANY} | set(present)
    ends = {m.end for m in mentions} | {e for _, e in blocked}
    starts = {m.start for m in mentions} | {s for s, _ in blocked}
    out = []
    bands = model["bands"]
    for run in runs:
        a, b = run
        for i in (a, a + 1):
            if i < b:
                start, end = words.starts[i], words.ends[b - 1]
                name = text[start:end]
                if (name in named
                        or _HOME_BEFORE.search(text, max(0, start - 40), start)
                        or start - 1 in ends or end + 1 in starts
                        or _STREET.search(text, max(0, start - 16), start)
                        or any(p.startswith(name + " ") for p in present)):
                    # (nor the town a business noun gives as its home: "le groupe de Walldorf",
                    # "la start-up d'Heidelberg" name a business by its town, which coref reads;
                    # nor a street, "la banque de la rue d'Antin"; nor the short form of a
                    # business the article names in full, "Boehringer" for "Boehringer
                    # Ingelheim", which the sense step and coref read as that business; nor
                    # the words one space after or before a name found, its product or its
                    # division: "Mistral Compute", "Galaxy S" before Samsung's; nor a name
                    # with a digit, a model's or a product's version or size: "Żubr-8B")
                    continue
                feats = features(text, words, i, b, run, companies, bands, counts)
                _judged(feats, name, text, start, people, words, i, b)
                _in_article(feats, words, i, b, in_article)
                out.append((start, end, feats, run))
    return out


def _in_article(feats: list[str], words: _Words, i: int, j: int,
                in_article: dict[str, int]) -> None:
    """How often the article repeats the name's first and last words: a party of the story is
    named again, a place or a product in passing often once."""
    feats.append(f"art_first={min(in_article.get(words.words[i], 0), 4)}")
    if j - i >= 2:
        feats.append(f"art_last={min(in_article.get(words.words[j - 1], 0), 4)}")


def _judged(feats: list[str], name: str, text: str, start: int, people: set[str],
            words: _Words, i: int, j: int) -> None:
    """What the rules' own tests say of the name: a business's shape, a person's surname."""
    feats.append("rule_like" if company_like(name, text, start) else "rule_unlike")
    if name in people or words.words[j - 1] in people:
        feats.append("surname")
    if words.words[i] in NOT_NAMES:
        feats.append("not_name")


def _counts(text: str, words: _Words, runs: list[tuple[int, int]]) -> dict[str, int]:
    """How often each candidate name, each word alone ("1:Mohan") and each word in small
    letters ("hier") stands in the text."""
    counts: dict[str, int] = {}
    for a, b in runs:
        if b - a == 1:
            key = "1:" + words.words[a]
            counts[key] = counts.get(key, 0) + 1
        for i in (a, a + 1):
            if i < b:
                key = text[words.starts[i] : words.ends[b - 1]]
                counts[key] = counts.get(key, 0) + 1
    for word, low in zip(words.words, words.lows, strict=True):
        if word == low:  # (the words written in small letters: "hier" beside "Hier")
            counts[low] = counts.get(low, 0) + 1
    return counts


def learned_companies(text: str, mentions: list[Mention], blocked: list[tuple[int, int]],
                      present: frozenset[str] = frozenset(), context: str | None = None
                      ) -> list[Mention]:
    """`mentions` with the businesses the classifier reads in the spans left."""
    model = current()
    if model is None or not model.get("weights"):
        return mentions
    weights, threshold = model["weights"], model["threshold"]
    best: dict[tuple[int, int], tuple[float, int, int]] = {}
    for start, end, feats, run in spans(text, mentions, blocked, model, present, context):
        p = score(weights, feats)
        if p >= threshold and p > best.get(run, (0.0, 0, 0))[0]:
            best[run] = (p, start, end)
    if not best:
        return mentions
    extra = [Mention(s, e, COMPANY, " ".join(text[s:e].split()), text[s:e])
             for _, s, e in best.values()]
    return sorted(mentions + extra, key=lambda m: m.start)
