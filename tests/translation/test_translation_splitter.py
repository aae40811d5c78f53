"""Our French sentence splitter: where it cuts, where it must not, and that nothing is lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.translation.splitter import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il pleut. Il fait froid.", ["Il pleut. ", "Il fait froid."]),
        ("M. Dupont arrive. Mme Durand part.", ["M. Dupont arrive. ", "Mme Durand part."]),
        ("MM. Martin et Dr Petit, p. ex. Google, etc.",
         ["MM. Martin et Dr Petit, p. ex. Google, etc."]),
        ("Le Dr. House soigne. Pr. Tournesol cherche.",
         ["Le Dr. House soigne. ", "Pr. Tournesol cherche."]),
        ("Apple, Google, etc. Puis Meta.", ["Apple, Google, etc. ", "Puis Meta."]),
        ("La version 2.5 sort en 2024. Elle coûte 3,5 €.",
         ["La version 2.5 sort en 2024. ", "Elle coûte 3,5 €."]),
        ("Il a dit « Bonjour. » Puis il est parti.",
         ["Il a dit « Bonjour. » ", "Puis il est parti."]),
        ("« Fin. » « Début ! »", ["« Fin. » ", "« Début ! »"]),
        ("Il dit : « oui. » et sort.", ["Il dit : « oui. » et sort."]),
        ("Attendez… Vraiment ?! Oui !!", ["Attendez… ", "Vraiment ?! ", "Oui !!"]),
        ("Attendez... et voilà. Fin", ["Attendez... et voilà. ", "Fin"]),
        ("Pourquoi ? Parce que.", ["Pourquoi ? ", "Parce que."]),
        ("J. K. Rowling écrit. C'est tout", ["J. K. Rowling écrit. ", "C'est tout"]),
        ("Les É.-U. et l'U.E. négocient.", ["Les É.-U. et l'U.E. négocient."]),
        ("Fin de l'an. 2025 commence.", ["Fin de l'an. ", "2025 commence."]),
        ("Il l'a dit. — Vraiment ?", ["Il l'a dit. ", "— Vraiment ?"]),
        ("  Début.  Fin.  ", ["  Début.  ", "Fin.  "]),
        ("Une ligne\nsans point", ["Une ligne\nsans point"]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_long_sentence_is_cut_at_a_comma_and_nothing_is_lost() -> None:
    clause = "les modèles de langage progressent vite, "
    text = "Depuis un an " + clause * 30 + "et tout change."
    pieces = split_sentences(text, max_chars=200)
    assert len(pieces) > 1
    assert all(len(piece) <= 200 for piece in pieces)
    assert all(piece.rstrip().endswith(",") for piece in pieces[:-1])
    assert "".join(pieces) == text


FRENCHISH = st.text(
    alphabet=st.sampled_from(list("aeM.!?…«»\"' \n\t2,;:-—()ÉéMmeDrp.x")) | st.characters(),
    max_size=300,
)


@settings(max_examples=400, deadline=None)
@given(FRENCHISH)
def test_no_text_is_lost(text: str) -> None:
    pieces = split_sentences(text)
    assert "".join(pieces) == text
    assert all(pieces)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["M. Dupont parle.", "Il pleut !", "Vraiment ?", "2.5 sort."]),
                min_size=1, max_size=8))
def test_sentences_joined_by_spaces_come_back_one_by_one(sentences: list[str]) -> None:
    text = " ".join(sentences)
    assert [piece.strip() for piece in split_sentences(text)] == sentences
