"""Search folds case and accents but reports ranges of the text as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.search import find_all, fold


def found(text: str, query: str) -> list[str]:
    return [text[s:e] for s, e in find_all(text, query)]


def test_case_and_accents_are_ignored() -> None:
    text = "L’État et l’IA : une Œuvre d'État, ETAT ou etat."
    assert found(text, "etat") == ["État", "État", "ETAT", "etat"]
    assert found(text, "ia") == ["IA"]
    assert found(text, "oeuvre") == ["Œuvre"]
    assert found(text, "ÉTAT") == ["État", "État", "ETAT", "etat"]


def test_empty_or_blank_query_finds_nothing() -> None:
    assert find_all("texte", "") == []
    assert find_all("texte", "   ") == []


def test_expanding_characters_keep_offsets() -> None:
    text = "Die Straße von Œdipe"
    assert found(text, "strasse") == ["Straße"]
    assert found(text, "oedipe") == ["Œdipe"]


@given(st.text(max_size=60), st.text(min_size=1, max_size=4))
def test_every_hit_is_a_range_that_folds_to_the_query(text: str, query: str) -> None:
    needle = fold(query.strip())
    last = 0
    for start, end in find_all(text, query):
        assert last <= start < end <= len(text)
        assert needle in fold(text[start:end])
        last = end
