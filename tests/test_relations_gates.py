"""The word gates of the relation cues skip a scan only where it would find nothing.

A gate is a list of words written beside its pattern: a phrase added to the pattern without its
word in the gate would be skipped silently. These tests scan the gold batches, the seeds and a
few phrases of each gated cue, as written, in capitals and with hyphenated words, and check
that every match of a gated pattern has its gate open, and that a cue read in the lowered
sentence finds the matches the sentence as written gives.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader import relations as R

ROOT = Path(__file__).resolve().parent.parent

PHRASES = [
    "X a pris une participation minoritaire dans Y.",
    "X détient une part majoritaire de Y.",
    "X est monté au capital de Y.",
    "X a renforcé sa participation dans Y.",
    "Y est passée sous le contrôle de X.",
    "Y tombe dans l'escarcelle de X.",
    "Y rejoint le giron de X.",
    "X met M à la disposition de ses clients.",
    "X va mettre M entre les mains de ses salariés.",
    "X a participé au tour de Y.",
    "X y a participé aussi.",
    "X et Y ont suivi.",
    "X a mis 5 millions au pot.",
    "X et Y participent, aux côtés de Z.",
    "X entre au capital, aux côtés de Y.",
    "Le fonds X mènerait le tour.",
    "X a participé à l’opération de Y.",
    "Basée sur Llama, l'application intègre M grâce à Mistral.",
    "Le modèle, conçu sur la base de Llama, s'appuie sur M.",
    "X fait de Y son principal fournisseur.",
    "X a approché Y en vue d'un éventuel rachat.",
]


def _sentences() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("relations_R*.json")):
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            texts.append(article["text"])
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.md"))]
    out = [t[s:e] for t in texts for s, e in R.sentences(t)] + PHRASES
    # The same in capitals, and with words joined by hyphens (a word boundary inside them).
    return out + [s.upper() for s in out] + [re.sub(r"(\w) (\w)", r"\1-\2", s) for s in out]


SENTENCES = _sentences()


def _pieces(sentence: str) -> set[str] | None:
    lower = sentence.lower()
    if len(lower) != len(sentence) or "ı" in lower or "ſ" in lower:
        return None  # (no gate is used then)
    words = set(R._WORD.findall(lower))
    return R._pieces(words) if "-" in lower else words


@pytest.mark.parametrize("index", [i for i, g in enumerate(R._CUE_GATE) if g is not None])
def test_a_gated_cue_matches_only_with_its_gate_open(index):
    gate = R._CUE_GATE[index]
    pattern = R._CUE_RE[index][0]
    matched = 0
    for sentence in SENTENCES:
        pieces = _pieces(sentence)
        if pieces is not None and pattern.search(sentence):
            matched += 1
            assert gate.opens(pieces), (index, sentence)
    assert matched, f"no sentence exercises cue {index}"


@pytest.mark.parametrize("index", [i for i, c in enumerate(R._CUE_CASED) if c is not None])
def test_a_cue_read_lowered_finds_what_the_sentence_gives(index):
    gate, lowered = R._CUE_CASED[index]
    pattern = R._CUE_RE[index][0]
    for sentence in SENTENCES:
        pieces = _pieces(sentence)
        if pieces is None or gate.opens(pieces):
            continue
        found = [m.span() for m in pattern.finditer(sentence)]
        assert found == [pattern.match(sentence, m.start()).span()
                         for m in lowered.finditer(sentence.lower())], sentence


def test_the_product_words_are_what_the_product_pattern_finds():
    pattern = re.compile(rf"\b{R._PRODUCT_NOUNS}s?\b")
    for sentence in SENTENCES:
        lower = sentence.lower()
        words = set(R._WORD.findall(lower))
        pieces = R._pieces(words) if "-" in lower else words
        assert bool(pattern.search(lower)) == (not pieces.isdisjoint(R._PRODUCT_FORMS)), sentence


def test_the_classifier_searches_find_only_where_their_words_are():
    from reader import relations_classifier as K

    extra = ["X et Y, chacune de son côté, travaillent avec Z.", "X dément avoir signé avec Y.",
             "X a nié tout accord avec Y.", "X gardera la liberté de travailler avec Y.",
             "X et Y développent séparément leurs modèles.", "X reste libre d'utiliser Y."]
    for sentence in SENTENCES + extra + [s.upper() for s in extra]:
        if _pieces(sentence) is None:
            continue
        lower = sentence.lower()
        for pattern, words in K._GATES:
            if pattern.search(sentence):
                assert any(word in lower for word in words), (pattern.pattern, sentence)


def test_the_denial_and_the_ban_before_a_cue_need_their_words():
    phrases = ["X a démenti tout projet de rachat de Y", "X nie toute négociation avec Y",
               "X a nié un accord avec Y", "Les règles leur interdisent de vendre à Y",
               "Cela empêche X de travailler avec Y", "L'interdiction faite à X de s'allier à Y"]
    for sentence in SENTENCES + phrases + [p.upper() for p in phrases]:
        if _pieces(sentence) is None:
            continue
        lower = sentence.lower()
        for pattern, words in ((R._DENIED, R._DENIED_WORDS), (R._FORBIDDEN, R._FORBIDDEN_WORDS)):
            # (searched in the text before each cue: any end will do)
            ends = [m.start() for m in re.finditer(r"\s", sentence)] + [len(sentence)]
            if any(pattern.search(sentence, 0, end) for end in ends):
                assert any(word in lower for word in words), (pattern.pattern, sentence)
