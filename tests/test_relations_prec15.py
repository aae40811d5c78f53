"""Relations the map must not read, and who made which model (round 15, precision and
makes_model): each test's sentence is written for it, and fails on the reader before the change
it names."""

from __future__ import annotations

import pytest
from relation_keys import keys

from reader import document
from reader.entities import default_matcher, find_in_blocks


@pytest.fixture(autouse=True)
def _fresh_default_matcher():
    default_matcher.cache_clear()
    yield
    default_matcher.cache_clear()


def companies(text: str) -> list[str]:
    blocks = [document.Block(document.PARAGRAPH, text)]
    return [m.text for m in find_in_blocks(blocks).mentions[0] if m.kind == "company"]


# --- "Présenté mardi, le projet…": a sentence opening on a participle names no company ---------

def test_a_sentence_opening_on_a_participle_is_no_company() -> None:
    text = ("Dévoilé jeudi à Bercy, le centre de données que Scaleway bâtit avec AMD accueillera "
            "dix mille puces. La jeune pousse, qui avait levé des fonds auprès de Bpifrance, "
            "y hébergera ses clients.")
    assert "Dévoilé" not in companies(text)
    found = keys(text)
    assert not any("Dévoilé" in (a, b) for _, a, b, _ in found), found


# --- "acheter pour N milliards de capacité": services bought, no company ------------------------

def test_an_amount_bought_is_no_acquisition() -> None:
    found = keys("En échange, Cohere s'engage à acheter pour 5 milliards de dollars de puces "
                 "chez Nvidia d'ici à 2030.")
    assert not any(kind == "acquisition" for kind, *_ in found), found


def test_a_company_bought_is_still_an_acquisition() -> None:
    found = keys("Cisco va acheter la start-up Splunk pour 28 milliards de dollars.")
    assert ("acquisition", "Cisco", "Splunk", "stated") in found, found


# --- "sans racheter la société": a verb after "sans" is said not to happen ----------------------

def test_a_verb_after_sans_is_not_done() -> None:
    found = keys("Google a versé 2 milliards de dollars à Character.AI pour recruter ses "
                 "fondateurs, sans racheter la start-up.")
    assert not any(kind == "acquisition" for kind, *_ in found), found
