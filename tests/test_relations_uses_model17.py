"""The trained classifier's uses_model (company → model) for a company and a model named in one
sentence (issue 14, round 17, session 12): what it adds, the status it gives, and what it must
not add. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.articles import article_from_text
from reader.relations import article_relations
from reader.relations_classifier import rules_only

# "brancher son outil sur M": a product plugged onto a model, which no cue of the rules reads.
_PLUGGED = "# Commerce\n\n{company} {verb} son moteur de recherche sur {model} dans ses {where}.\n"


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))


def _relations(text: str) -> set[tuple[str, str, str, str]]:
    found = article_relations(article_from_text(text, Path("t.md"), "t"))
    return {(r.type, r.a, r.b, r.status) for r in found}


def test_a_company_plugging_its_product_onto_a_model_uses_it() -> None:
    text = _PLUGGED.format(company="Decathlon", verb="a branché", model="Mistral Large",
                           where="magasins")
    with rules_only():
        assert not _relations(text)  # (what the rules alone read)
    assert _relations(text) == {("uses_model", "Decathlon", "Mistral Large", "stated")}


def test_the_learned_use_takes_the_status_of_a_conditional() -> None:
    text = _PLUGGED.format(company="Decathlon", verb="brancherait", model="Mistral Large",
                           where="magasins")
    assert _relations(text) == {("uses_model", "Decathlon", "Mistral Large", "rumored")}


def test_a_company_is_not_said_to_use_its_own_model() -> None:
    # (the same words, the maker's own model: makes_model, not uses_model)
    text = _PLUGGED.format(company="Google", verb="a branché", model="Gemini", where="bureaux")
    assert {r[0] for r in _relations(text)} == {"makes_model"}


def test_a_use_the_sentence_denies_is_not_read() -> None:
    text = _PLUGGED.format(company="Decathlon", verb="n'a pas branché", model="Mistral Large",
                           where="magasins")
    assert not _relations(text)
