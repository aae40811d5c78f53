"""Relations the map must not read, the status it must give, and who made which model (round
16, precision and status): each test's sentence is written for it, and fails on the reader
before the change it names."""

from __future__ import annotations

from relation_keys import keys

# --- "X et Y ont signé des lettres d'intention avec Z": each signed with Z ----------------------


def test_co_signers_of_letters_of_intent_with_a_third_are_not_partners() -> None:
    found = keys("Orange et Bouygues Telecom ont signé des lettres d'intention avec Nokia pour "
                 "moderniser leurs réseaux.")
    assert ("partnership", "Nokia", "Orange", "stated") in found, found
    assert all("Nokia" in (a, b) for kind, a, b, _ in found if kind == "partnership"), found


# --- "avec Google Cloud pour proposer Gemini": a group's own model, made, not used ----------------


def test_a_unit_offering_its_groups_model_makes_it_under_the_groups_name() -> None:
    found = keys("Un intégrateur lyonnais a signé un accord avec Google Cloud pour proposer "
                 "Gemini 2.0 Flash, le modèle maison du géant américain, à ses clients.")
    assert not any(kind == "uses_model" and a == "Google" for kind, a, _, _ in found), found
    assert ("makes_model", "Google", "Gemini 2.0 Flash", "stated") in found, found


# --- "serait en négociations pour racheter Y": rumoured talks are talks ------------------------


def test_rumoured_negotiations_to_buy_are_talks() -> None:
    found = keys("Selon la presse allemande, Siemens serait en négociations exclusives pour "
                 "racheter Aleph Alpha.")
    assert ("acquisition", "Siemens", "Aleph Alpha", "talks") in found, found


def test_a_rumoured_wish_to_buy_without_talks_stays_rumoured() -> None:
    found = keys("Siemens envisagerait de racheter Aleph Alpha, selon la presse allemande.")
    assert ("acquisition", "Siemens", "Aleph Alpha", "rumored") in found, found
