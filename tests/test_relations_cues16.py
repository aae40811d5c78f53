"""Cue constructions of French news writing the map missed with both parties named (round 16):
each test's sentence is written for it, and fails on the reader before the change it names."""

from __future__ import annotations

import pytest
from relation_keys import keys

from reader.entities import default_matcher


@pytest.fixture(autouse=True)
def _fresh_default_matcher():
    default_matcher.cache_clear()
    yield
    default_matcher.cache_clear()


# --- "s'appuie aujourd'hui sur M", "repose d'ailleurs sur M": the writer's time or connective ----

def test_a_use_with_today_between_verb_and_object() -> None:
    found = keys("Renault s'appuie aujourd'hui sur Mistral Large 2 pour son assistant de bord.")
    assert ("uses_model", "Renault", "Mistral Large 2", "stated") in found, found


def test_a_use_with_a_connective_between_verb_and_object() -> None:
    found = keys("L'application de BNP Paribas repose d'ailleurs sur Claude 3.5 Sonnet.")
    assert ("uses_model", "BNP Paribas", "Claude 3.5 Sonnet", "stated") in found, found


# --- "adossé au fonds X": backed by a shareholder --------------------------------------------

def test_a_company_backed_by_a_fund_is_its_investment() -> None:
    found = keys("Kyutai, adossé au groupe Iliad, publie un nouveau modèle vocal.")
    assert ("investment", "Iliad", "Kyutai", "stated") in found, found


def test_functions_resting_on_a_model_are_no_investment() -> None:
    found = keys("Les nouvelles fonctions de Samsung seraient adossées à Gemini 2.5 Flash.")
    assert not any(kind == "investment" for kind, *_ in found), found


# --- "le fonds cofondé par X et Y", "créée en mai 2024 par X": founders that are companies ----

def test_a_fund_cofounded_by_two_companies_is_theirs() -> None:
    found = keys("Alpha Capital, le véhicule cofondé par Orange et Bpifrance, a investi dans "
                 "Dust.")
    assert ("investment", "Orange", "Alpha Capital", "stated") in found, found
    assert ("investment", "Bpifrance", "Alpha Capital", "stated") in found, found


def test_a_company_created_a_given_month_by_a_group() -> None:
    found = keys("Bleu, la société créée en janvier 2024 par le groupe Capgemini, recrute.")
    assert ("investment", "Capgemini", "Bleu", "stated") in found, found


def test_a_start_up_founded_by_former_employees_is_no_investment() -> None:
    found = keys("Dust, la start-up fondée par d'anciens ingénieurs de Stripe, lève des fonds.")
    assert not any(kind == "investment" and a == "Stripe" for kind, a, *_ in found), found


# --- "X figure aussi parmi les souscripteurs": one more investor in the round spoken of --------

def test_one_more_subscriber_of_the_round() -> None:
    found = keys("Mistral AI a levé 600 millions d'euros auprès de General Catalyst. Nvidia "
                 "figure aussi parmi les souscripteurs.")
    assert ("investment", "Nvidia", "Mistral AI", "stated") in found, found


# --- "X et Y vont co-développer…": making one thing together ----------------------------------

def test_two_companies_co_developing_are_partners() -> None:
    found = keys("Stellantis et Mistral AI vont co-développer un assistant pour les garages.")
    assert ("partnership", "Mistral AI", "Stellantis", "stated") in found, found


def test_co_developing_with_a_partner() -> None:
    found = keys("Valeo codéveloppe avec Dassault Systèmes une plateforme de simulation.")
    assert ("partnership", "Dassault Systèmes", "Valeo", "stated") in found, found


def test_a_purpose_to_co_develop_pairs_no_one_after_it() -> None:
    found = keys("Un contrat a été signé avec Cohere pour co-développer ces agents, et un autre "
                 "est à l'étude avec Aleph Alpha.")
    assert not any({a, b} == {"Cohere", "Aleph Alpha"} for _, a, b, _ in found), found


# --- "a signé un contrat portant sur M": a deal about a model gives its use -------------------

def test_a_contract_about_a_model_is_its_use() -> None:
    found = keys("La Poste a signé un contrat de trois ans portant sur Mistral Medium 3.")
    assert ("uses_model", "La Poste", "Mistral Medium 3", "stated") in found, found


def test_a_contract_about_chips_is_no_use() -> None:
    found = keys("Orange a signé avec Nvidia un accord portant sur 10 000 puces H200.")
    assert not any(kind == "uses_model" for kind, *_ in found), found


# --- "la vente d'Y à Z": a sale said by its noun ----------------------------------------------

def test_a_sale_said_by_its_noun() -> None:
    found = keys("Depuis la vente de Silo AI à AMD, les chercheurs finlandais ont quitté Helsinki.")
    assert ("acquisition", "AMD", "Silo AI", "stated") in found, found


def test_a_sale_of_goods_is_no_acquisition() -> None:
    found = keys("La vente de puces Nvidia à Huawei reste interdite par Washington.")
    assert not any(kind == "acquisition" for kind, *_ in found), found


# --- "la livraison de 15 000 systèmes de calcul à X, Y et Z": a count in two groups of digits --

def test_a_delivery_of_a_long_count_to_several_clients() -> None:
    found = keys("Cerebras prépare la livraison de 15 000 systèmes de calcul à Oracle, Dell, "
                 "Scaleway et OVHcloud.")
    for client in ("Oracle", "Dell", "Scaleway", "OVHcloud"):
        assert ("partnership", *sorted(("Cerebras", client)), "stated") in found, found


# --- "finance, aux côtés de Z, le laboratoire de recherche ouvert Y": a long description -------

def test_a_co_funder_set_off_before_a_long_description_of_the_funded() -> None:
    found = keys("Xavier Niel finance, aux côtés de Free, le laboratoire de recherche ouvert "
                 "Kyutai.")
    assert ("investment", "Free", "Kyutai", "stated") in found, found
    assert not any(kind == "investment" and b == "Free" for kind, _, b, _ in found), found


# --- "a cédé sa participation dans Y à Z": Z enters Y's capital ------------------------------

def test_a_stake_sold_to_a_taker() -> None:
    found = keys("Le fonds Partech a cédé sa participation dans Dust à Eurazeo.")
    assert ("investment", "Partech", "Dust", "ended") in found, found
    assert ("investment", "Eurazeo", "Dust", "stated") in found, found
    assert not any(b == "Eurazeo" for _, _, b, _ in found), found


def test_a_whole_stake_sold_past_an_apposition() -> None:
    found = keys("Le fonds Kima Ventures a cédé la totalité de sa participation dans Alan, "
                 "une start-up parisienne de l'assurance santé, à la société d'investissement "
                 "Eurazeo.")
    assert ("investment", "Kima Ventures", "Alan", "ended") in found, found
    assert ("investment", "Eurazeo", "Alan", "stated") in found, found


# --- "aux modèles d'Y, dont il est client": the pronoun is the sentence's subject ---------------

def test_the_subject_is_client_of_the_one_before_dont() -> None:
    found = keys("Doctolib reste attaché aux outils d'Anthropic, dont il est client depuis 2024.")
    assert ("partnership", "Anthropic", "Doctolib", "stated") in found, found


# --- "Y, désormais dans le giron de X": an apposition saying who owns Y now ---------------------

def test_an_apposition_saying_who_owns_the_name_before_it() -> None:
    found = keys("Google, qui a longtemps affronté GitHub, désormais dans le giron de Microsoft, "
                 "recrute.")
    assert ("acquisition", "Microsoft", "GitHub", "stated") in found, found
    assert not any(kind == "acquisition" and b == "Google" for kind, _, b, _ in found), found


def test_an_apposition_after_a_name_the_text_does_not_know_relates_none() -> None:
    found = keys("Ericsson, qui a longtemps fait face à Alcatel-Lucent, désormais dans le giron "
                 "de Nokia, recrute.")
    assert not any(kind == "acquisition" for kind, *_ in found), found


def test_an_apposition_under_the_control_of_its_owner() -> None:
    found = keys("Kyutai, aujourd'hui sous le contrôle d'Iliad, publie un modèle vocal.")
    assert ("acquisition", "Iliad", "Kyutai", "stated") in found, found


# --- "M est proposé par X": a platform offering M uses it ------------------------------------

def test_a_model_offered_by_a_platform() -> None:
    found = keys("Le modèle Mistral Large 2 est désormais proposé par Scaleway à ses clients.")
    assert ("uses_model", "Scaleway", "Mistral Large 2", "stated") in found, found


# --- "X paiera Y pour accéder à ses serveurs": a client paying for access or a licence ----------

def test_paying_a_supplier_for_access() -> None:
    found = keys("Stellantis paiera Microsoft, premier fournisseur de la région, pour accéder à "
                 "ces serveurs.")
    assert ("partnership", "Microsoft", "Stellantis", "stated") in found, found


# --- "X fournit son modèle phare, M, à Y": the client named after the model's apposition -------

def test_a_model_supplied_past_its_apposition() -> None:
    found = keys("Mistral AI fournit déjà son modèle phare, Codestral, à Stellantis.")
    assert ("partnership", "Mistral AI", "Stellantis", "stated") in found, found
    assert ("uses_model", "Stellantis", "Codestral", "stated") in found, found
    assert ("makes_model", "Mistral AI", "Codestral", "stated") in found, found


# --- "X et Y vont construire un cloud", "ont lancé un service": one thing built together --------

def test_two_companies_building_one_cloud() -> None:
    found = keys("Orange et Nvidia vont construire à Lyon un « supercalculateur » de 5 000 puces.")
    assert ("partnership", "Nvidia", "Orange", "stated") in found, found


def test_two_companies_launching_one_service() -> None:
    found = keys("Valeo et Mobileye ont lancé mardi à Paris un service de navettes autonomes.")
    assert ("partnership", "Mobileye", "Valeo", "stated") in found, found


def test_each_launching_its_own_service_is_no_partnership() -> None:
    found = keys("Valeo et Mobileye ont lancé chacun un service de navettes autonomes.")
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_a_joint_bid_pairs_no_target() -> None:
    found = keys("Vivendi et Lagardère ont présenté une offre de 3 milliards pour racheter "
                 "les activités de Canal+.")
    assert not any(kind == "partnership" and "Canal+" in (a, b) for kind, a, b, _ in found), found


# --- "a convaincu (séduit) Y": a client won ---------------------------------------------------

def test_a_client_convinced() -> None:
    found = keys("Mistral AI a convaincu BNP Paribas.")
    assert ("partnership", "BNP Paribas", "Mistral AI", "stated") in found, found


def test_the_subject_before_a_model_convinces_after_et() -> None:
    found = keys("Rivale déclarée du groupe américain, la start-up LightOn a lancé son modèle, "
                 "Alfred-2, et a déjà convaincu la banque Crédit Agricole.")
    assert ("partnership", "Crédit Agricole", "LightOn", "stated") in found, found


# --- "revendre l'accès aux modèles de Y": a reseller -----------------------------------------

def test_a_reseller_of_access_to_models() -> None:
    found = keys("Cegedim, qui compte revendre l'accès aux modèles de Mistral AI aux pharmacies, "
                 "recrute.")
    assert ("partnership", "Cegedim", "Mistral AI", "stated") in found, found


# --- "Y, qui étudie une prise de participation": a stake considered in the other party --------

def test_a_stake_considered_by_the_one_turned_to() -> None:
    found = keys("Mistral AI se tourne désormais vers Nvidia, qui a confirmé étudier une prise "
                 "de participation.")
    assert ("investment", "Nvidia", "Mistral AI", "talks") in found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_a_stake_considered_in_talks_that_failed() -> None:
    found = keys("Le projet arrive après l'échec des discussions entre Helsing et Rheinmetall, "
                 "le groupe de Düsseldorf, qui envisageait lui aussi une prise de participation.")
    assert ("investment", "Rheinmetall", "Helsing", "ended") in found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_a_stake_considered_in_a_named_company_is_its_own_cue() -> None:
    found = keys("Mistral AI discute avec Nvidia, qui envisage une prise de participation dans "
                 "Helsing.")
    assert not any(kind == "investment" and b == "Mistral AI" for kind, _, b, _ in found), found


# --- "en discussions avec X pour reprendre le tour": talks to fund a round --------------------

def test_talks_with_funds_to_take_over_the_round() -> None:
    found = keys("Selon Les Echos, Pigment serait en discussions avec Eurazeo et avec Partech "
                 "pour reprendre le tour.")
    assert ("investment", "Eurazeo", "Pigment", "talks") in found, found
    assert ("investment", "Partech", "Pigment", "talks") in found, found


# --- "X figurait déjà à son capital, aux côtés de Y": the possessive is the company spoken of ---

def test_shareholders_of_the_company_spoken_of() -> None:
    found = keys("Cohere développe des modèles pour les entreprises. Salesforce figurait déjà "
                 "à son capital, aux côtés de Nvidia et d'Oracle.")
    for investor in ("Salesforce", "Nvidia", "Oracle"):
        assert ("investment", investor, "Cohere", "stated") in found, found


def test_a_fund_entered_the_capital_of_the_company_spoken_of() -> None:
    found = keys("La start-up Pigment vend un logiciel de planification. Le fonds Eurazeo est "
                 "entré à son capital l'an dernier.")
    assert ("investment", "Eurazeo", "Pigment", "stated") in found, found


# --- "en discussions avec Y pour …, voire pour entrer à son capital": a stake talked of too ------

def test_talks_to_enter_the_capital_besides_a_deal() -> None:
    found = keys("Stellantis serait en discussions avec Mistral AI pour intégrer ses modèles à "
                 "ses voitures, voire pour entrer à son capital.")
    assert ("investment", "Stellantis", "Mistral AI", "talks") in found, found
    assert ("partnership", "Mistral AI", "Stellantis", "talks") in found, found


def test_talks_only_to_enter_the_capital_are_no_partnership() -> None:
    found = keys("Renault négocie avec Mistral AI pour entrer à son capital.")
    assert ("investment", "Renault", "Mistral AI", "talks") in found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


# --- hostile input: a joint launch repeated without a stop stays linear ------------------------

def test_a_joint_launch_repeated_without_a_stop_is_read_fast() -> None:
    import time

    from reader import relations

    # (the joint-launch cue, whose look for "chacun" after each match was unbounded)
    index = next(k for k, cue in enumerate(relations._CUES) if cue[0][:1] == ("ont",))
    pattern = relations._CUE_RE[index][0]
    text = "Orange et Nvidia " + "ont lancé un projet " * 8000 + "fin."
    start = time.perf_counter()
    assert sum(1 for _ in pattern.finditer(text)) == 8000
    assert time.perf_counter() - start < 2
