"""What a cue reads of the text before it is found once per sentence, not scanned again per cue.

Hostile text can hold thousands of cues in one sentence. The last anaphor before a cue, and
whether the text between it and the cue closes a relative clause or holds "qui"/"dont", were
each searched through that whole text for every cue (quadratic: benchmarks/relations_scaling.py
times it). These tests check, without timing, that the answers read from the marks listed once
per sentence are the patterns' own, and that no pattern runs far from the cue any more.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader import relations as R
from reader.articles import article_from_text

SENTENCES = [
    "Elle a signé un accord et a racheté une start-up, puis a noué un partenariat avec X.",
    "Le groupe, qui a levé 4,4 milliards, rachète X et s'associe avec Y.",
    "La licorne, valorisée 4.5 milliards lors d'une levée menée par X, a racheté Y.",
    "L'éditeur, soutenu notamment par X et Y, signe avec Z ; il vise aussi W.",
    "Cette dernière, dont le siège est à Paris, a choisi X : le groupe de Seattle suit.",
    "« Ce dernier a choisi X », dit-il, tandis que les deux groupes, qui s'opposent, signent.",
    "Il s'agit de la troisième acquisition de l'ESN, qui a racheté X, puis Y, et Z.",
    "Celle-ci, créée en 2020, utilise M ; ceux-ci, financés par X, utilisent N, dit-elle.",
    "Tous deux ont signé, quidam ou pas, et l'entreprise (qui a levé 2,5 M€) a racheté X.",
    "Le groupe de Seattle, lancé l'an dernier, a investi 1,2 milliard dans X, Y et Z.",
]


def _last_scanned(sentence: str, end: int) -> tuple[int, int] | None:
    last = None
    for found in R._ANAPHOR_IN.finditer(sentence, 0, end):
        last = found
    return last and last.span()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_last_anaphor_is_the_scan_of_the_text_before_the_cue(sentence):
    for end in range(len(sentence) + 1):
        found = R._last_anaphor(sentence, end)
        assert (found and found.span()) == _last_scanned(sentence, end)
    # (with long runs of blanks, which the patterns read through)
    spaced = re.sub(r" ", " " * 30, sentence)
    for end in range(0, len(spaced) + 1, 7):
        found = R._last_anaphor(spaced, end)
        assert (found and found.span()) == _last_scanned(spaced, end)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_closed_clauses_read_from_the_marks_are_the_patterns_matches(sentence):
    for start in [0, *(m.end() for m in R._ANAPHOR_IN.finditer(sentence)),
                  *(m.start() for m in re.finditer(r"[ ,]", sentence))]:
        for end in range(start, len(sentence) + 1):
            between = sentence[start:end]
            assert R._relative_closed(sentence, start, end) == bool(
                R._RELATIVE_CLOSED.match(between))
            assert R._closed_between(sentence, start, end) == bool(
                R._RELATIVE_CLOSED.match(between) or R._PARTICIPLE_CLOSED.fullmatch(between))
            assert R._who_between(sentence, start, end) == bool(
                re.search(r"\b(?:dont|qui)\b", between))


class _Near:
    """A pattern that fails the test when one of `methods` is asked to run over more than
    `reach` characters of a sentence (a scan of the whole sentence, once, is allowed)."""

    def __init__(self, pattern: re.Pattern[str], reach: int, methods: tuple[str, ...]) -> None:
        self.pattern, self.reach, self.methods = pattern, reach, methods

    def _bounded(self, name: str):
        def run(string, pos=None, endpos=None):
            if pos is None and endpos is None:
                return getattr(self.pattern, name)(string)
            pos = pos or 0
            endpos = len(string) if endpos is None else endpos
            assert endpos - pos <= self.reach, f"{name} over {endpos - pos} characters"
            return getattr(self.pattern, name)(string, pos, endpos)
        return run

    def __getattr__(self, name):
        if name in self.methods:
            return self._bounded(name)
        return getattr(self.pattern, name)


@pytest.mark.parametrize("text", [
    "Meta signe avec Google. Elle " + "a signé un accord et " * 300 + "avec Apple.\n",
    "Meta signe avec Google. Le groupe, qui a levé, "
    + "".join(f"rachète {name}, " for name in ["Apple", "Nvidia", "Amazon"] * 100) + "fin.\n",
], ids=["pronoun", "relative"])
def test_no_cue_scans_back_to_the_opening_pronoun(monkeypatch, text):
    # (an anaphor matched where it starts reads a few words; a relative clause before a name
    # is sought within 201 characters of the cue)
    monkeypatch.setattr(R, "_ANAPHOR_IN", _Near(R._ANAPHOR_IN, 400, ("search", "finditer")))
    for name in ("_RELATIVE_CLOSED", "_PARTICIPLE_CLOSED"):
        monkeypatch.setattr(R, name, _Near(getattr(R, name), 400, ("match", "fullmatch")))
    R._anaphor_spans.cache_clear()
    R._clause_marks.cache_clear()
    relations = R.article_relations(article_from_text(text, Path("hostile.md")))
    assert relations is not None
    assert R._clause_marks.cache_info().misses <= 2  # (listed once per sentence)
