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


# --- "son modèle phare, M": the possessive names the subject as M's maker -----------------------

def test_a_flagship_model_set_off_after_the_possessive_is_made_not_used() -> None:
    found = keys("Doctolib, qui fournit déjà son modèle phare, Doctolib-Med 2, à Axa, prépare "
                 "une levée.")
    assert ("makes_model", "Doctolib", "Doctolib-Med 2", "stated") in found, found
    assert ("uses_model", "Doctolib", "Doctolib-Med 2", "stated") not in found, found


# --- "sur M, qu'elle combine à N": "elle" is the sentence's subject, not M's maker -------------

def test_the_pronoun_of_an_object_relative_is_the_subject_not_the_model_s_maker() -> None:
    found = keys("Doctolib a bâti son assistant sur Mistral Medium 3, qu'elle combine à Phi-4 "
                 "pour trier les demandes.")
    assert ("uses_model", "Doctolib", "Phi-4", "stated") in found, found
    assert not any(a == "Mistral AI" and b == "Phi-4" for _, a, b, _ in found), found


# --- "négocie un investissement dans Y": talks about a stake are no partnership -----------------

def test_talks_about_an_investment_as_direct_object_are_no_partnership() -> None:
    found = keys("Nvidia négocierait un investissement de 2 milliards de dollars dans Mistral AI, "
                 "selon la presse.")
    assert ("investment", "Nvidia", "Mistral AI", "talks") in found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_talks_about_a_new_round_are_no_partnership() -> None:
    found = keys("Selon la presse, Mistral AI discuterait d'une nouvelle levée qui la valoriserait "
                 "à 20 milliards, avec Nvidia parmi les candidats.")
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_talks_about_an_agreement_stay_a_partnership_in_talks() -> None:
    found = keys("Nvidia négocie un accord avec Mistral AI.")
    assert ("partnership", "Mistral AI", "Nvidia", "talks") in found, found


# --- "le groupe de Mountain View": a giant's home town is no business ---------------------------

@pytest.mark.parametrize("text", [
    "Apple serait en discussion avec le groupe de Mountain View pour louer ses puces.",
    "Le groupe de Menlo Park a bouclé le rachat de la start-up Manus. Il a aussi conclu un "
    "accord de licence avec Midjourney.",
])
def test_a_giant_s_two_word_home_town_is_no_company(text: str) -> None:
    assert not {"Mountain View", "Menlo Park"} & set(companies(text))


def test_the_group_of_mountain_view_is_google() -> None:
    found = keys("Google a dévoilé de nouvelles puces. Apple serait en discussion avec le groupe "
                 "de Mountain View pour louer ces puces.")
    assert ("partnership", "Apple", "Google", "talks") in found, found


# --- "Y, accusée d'avoir aspiré … pour entraîner M": the accused trains M, not the accuser -------

@pytest.mark.parametrize("text", [
    "Le Figaro a assigné la start-up Veltrano, accusée d'avoir copié ses articles pour entraîner "
    "Veltrano-2.",
    "Le Figaro accuse Veltrano d'avoir copié, depuis 2022, ses articles pour entraîner "
    "Veltrano-2.",
])
def test_the_accused_not_the_accuser_trains_the_model(text: str) -> None:
    found = keys(text)
    assert ("makes_model", "Veltrano", "Veltrano-2", "stated") in found, found
    assert ("makes_model", "Le Figaro", "Veltrano-2", "stated") not in found, found


# --- "des annonces": a noun, not the verb "annoncer" ---------------------------------------------

@pytest.mark.parametrize("word", ["annonces", "présentes", "sortes"])
def test_a_noun_in_es_is_no_launch_cue(word: str) -> None:
    import re

    from reader.relations import _CUES, MAKES_MODEL

    # (a cue may carry a word gate after its five fields)
    launch = [cue[1] for cue in _CUES if cue[2] == MAKES_MODEL and cue[3] == "svo"]
    assert not any(re.fullmatch(pattern, word, re.IGNORECASE) for pattern in launch)
    assert any(re.fullmatch(pattern, "annonce", re.IGNORECASE) for pattern in launch)


# --- "grâce à son propre modèle de détection, M": the subject's own model ---------------------

def test_a_model_called_the_subject_s_own_is_made_by_the_subject() -> None:
    found = keys("Vinted a retiré un million de faux articles grâce à son propre modèle de "
                 "détection, Vigil-3.")
    assert ("makes_model", "Vinted", "Vigil-3", "stated") in found, found


# --- "à partir de N, le modèle ouvert publié par X": the participle is said of N ----------------

def test_a_participle_after_an_apposition_is_said_of_the_apposed_model() -> None:
    found = keys("Kerlys a entraîné son modèle, Kerlys-7B, à partir de Lucie-7B, le modèle "
                 "ouvert publié par Linagora, pour la santé.")
    assert ("makes_model", "Linagora", "Lucie-7B", "stated") in found, found
    assert ("makes_model", "Linagora", "Kerlys-7B", "stated") not in found, found


# --- "Fondée par deux anciens de X, la société a mis au point son propre modèle": not X's -------

def test_a_complement_s_company_before_a_new_subject_is_no_maker() -> None:
    found = keys("La start-up Sonora lève 5 millions d'euros. Fondée par deux anciens de "
                 "l'Inria, la société a mis au point son propre modèle, Sonora-2, pour ses "
                 "clients.")
    assert ("makes_model", "Inria", "Sonora-2", "stated") not in found, found
    assert ("makes_model", "Sonora", "Sonora-2", "stated") in found, found


# --- directions: who bought, who funds -----------------------------------------------------------

def test_the_purchase_of_a_pronoun_by_x_is_x_s_purchase() -> None:
    found = keys("Son fondateur a fait ses armes chez Criteo, avant le rachat de celle-ci par "
                 "Publicis en 2024.")
    assert ("acquisition", "Publicis", "Criteo", "stated") in found, found
    assert ("acquisition", "Criteo", "Publicis", "stated") not in found, found


def test_the_financial_support_of_x_is_x_s_investment() -> None:
    found = keys("Pleias poursuit l'entraînement de ses modèles grâce au soutien financier de "
                 "Nvidia.")
    assert ("investment", "Nvidia", "Pleias", "stated") in found, found
    assert ("investment", "Pleias", "Nvidia", "stated") not in found, found


def test_a_company_backed_at_its_start_by_x_is_funded_by_x() -> None:
    found = keys("Pleias avait été soutenue à ses débuts par Partech et Elaia, qui sont restés "
                 "à son capital.")
    assert ("investment", "Partech", "Pleias", "stated") in found, found
    # (investors who "revendent leurs parts" have ended their stake: test_relations.py)
    assert not any(kind == "investment" and a == "Pleias" for kind, a, *_ in found), found


# --- "via le service Azure OpenAI": Microsoft's service, no deal with OpenAI -------------------

def test_azure_openai_is_microsoft_s_service() -> None:
    found = keys("La Poste a déployé GPT-4o via le service Azure OpenAI auprès de ses agents.")
    assert not any("OpenAI" in (a, b) and kind == "partnership" for kind, a, b, _ in found), found
    assert "OpenAI" not in companies("La Poste a déployé GPT-4o via Azure OpenAI.")


# --- "X finance avec Y le laboratoire Z": Y is a co-funder, not funded ---------------------------

def test_a_co_funder_after_avec_funds_the_object() -> None:
    found = keys("Iliad, qui finance avec CMA CGM le laboratoire Kyutai, ouvre un centre à Lyon.")
    assert ("investment", "CMA CGM", "Kyutai", "stated") in found, found
    assert ("investment", "Iliad", "Kyutai", "stated") in found, found
    assert ("investment", "Iliad", "CMA CGM", "stated") not in found, found


# --- "X compte A et B parmi ses clients et se pose en rivale de C": X is C's rival ---------------

def test_a_coordinated_predicate_of_rivalry_is_the_subject_s() -> None:
    found = keys("Mistral AI compte déjà BNP Paribas et Orange parmi ses clients et se pose en "
                 "rivale de l'américain Cohere.")
    assert ("rivalry", "Cohere", "Mistral AI", "stated") in found, found
    assert not any(kind == "rivalry" and "Orange" in (a, b) for kind, a, b, _ in found), found


# --- "X a signé avec A un accord … et conçoit ses puces avec B": B is X's partner, not A's -------

def test_a_partner_after_a_coordinated_verb_is_the_subject_s() -> None:
    found = keys("Meta a signé avec Nvidia un accord portant sur des milliers de GPU et conçoit "
                 "ses propres puces avec Broadcom.")
    assert ("partnership", "Broadcom", "Meta", "stated") in found, found
    assert ("partnership", "Broadcom", "Nvidia", "stated") not in found, found


# --- "Y, filiale commune de A et de B bâtie sur X": the participle is the subsidiary's ----------

def test_a_participle_after_a_noun_s_complement_is_not_said_of_the_complement() -> None:
    found = keys("Numspot, filiale commune de Docaposte et de Dassault Systèmes bâtie sur les "
                 "technologies d'Outscale, vise les hôpitaux.")
    for parent in ("Docaposte", "Dassault Systèmes"):
        assert not any(parent in (a, b) and "Outscale" in (a, b) for _, a, b, _ in found), found


# --- "X, dont le modèle M": the relative names X as M's maker -----------------------------------

@pytest.mark.parametrize("text", [
    "Renault travaille avec le lyonnais Kerlys, dont le modèle Kerlys-7B tourne dans ses usines.",
    "Airbus a rompu avec Kerlys, la start-up lyonnaise dont le modèle de langage Kerlys-7B "
    "devait équiper ses ateliers.",
])
def test_whose_model_names_the_maker(text: str) -> None:
    found = keys(text)
    assert ("makes_model", "Kerlys", "Kerlys-7B", "stated") in found, found


# --- "M, le modèle maison de la start-up lyonnaise X": the apposition names M's maker -----------

@pytest.mark.parametrize("text", [
    "Renault fera tourner Kerlys-7B, le modèle maison de la start-up lyonnaise Kerlys, dans ses "
    "usines.",
    "Airbus hébergera Kerlys-7B, le prochain modèle de la start-up Kerlys, en vertu d'un accord.",
])
def test_an_apposed_model_of_names_its_maker(text: str) -> None:
    found = keys(text)
    assert ("makes_model", "Kerlys", "Kerlys-7B", "stated") in found, found


def test_the_next_model_of_a_company_is_its_own() -> None:
    found = keys("Airbus hébergera Vela-2, le prochain modèle de Pleias, en vertu d'un accord.")
    assert ("makes_model", "Pleias", "Vela-2", "stated") in found, found



# --- "X a mis au point M": made -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pour planifier ses tournées, Doctolib a mis au point Vela-2, un modèle de prévision.",
    "Doctolib met au point Vela-2, un modèle de prévision.",
])
def test_what_a_company_puts_together_is_its_model(text: str) -> None:
    found = keys(text)
    assert ("makes_model", "Doctolib", "Vela-2", "stated") in found, found
