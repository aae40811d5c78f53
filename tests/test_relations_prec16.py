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


# --- "racheter l'éditeur de …, X refusant": the object is the description, X another clause's --


def test_a_purchase_whose_object_is_a_description_buys_no_name_after_the_comma() -> None:
    for text in ("Salesforce a racheté l'éditeur de logiciels de paie pour 2 milliards de "
                 "dollars, Oracle ayant renoncé.",
                 "Salesforce comptait racheter le spécialiste de la paie pour 2 milliards de "
                 "dollars avant la fin de l'année, Oracle ayant renoncé."):
        found = keys(text)
        assert not any(kind == "acquisition" for kind, *_ in found), found


# --- "X, qui a racheté Y et compte Z parmi ses actionnaires": the relative's verbs are X's -------


def test_verbs_coordinated_in_a_relative_share_its_antecedent() -> None:
    found = keys("Mistral AI, qui a racheté Koyeb l'an dernier et compte Nvidia parmi ses "
                 "actionnaires, ouvre un bureau à Singapour.")
    assert ("investment", "Nvidia", "Mistral AI", "stated") in found, found
    assert ("investment", "Nvidia", "Koyeb", "stated") not in found, found
    found = keys("Mistral AI, qui a racheté Koyeb en février et s'associe désormais à Nvidia, "
                 "ouvre un bureau à Singapour.")
    assert ("partnership", "Mistral AI", "Nvidia", "stated") in found, found
    assert ("partnership", "Koyeb", "Nvidia", "stated") not in found, found


# --- "Face à X et Y, …, la jeune pousse mise…": the rivals listed are not each other's ---------


def test_rivals_listed_after_face_a_are_not_rivals_of_each_other() -> None:
    found = keys("La start-up Aleph Alpha a levé 500 millions d'euros. Elle a aussi racheté "
                 "Lengoo. Face à OpenAI et Anthropic, qui dominent le marché américain, la jeune "
                 "pousse mise sur les administrations.")
    assert not any(kind == "rivalry" and {a, b} == {"OpenAI", "Anthropic"}
                   for kind, a, b, _ in found), found


# --- "Pour les analystes de X, …": the analysts' employer is a source, no party -------------------


def test_the_analysts_employer_is_no_party() -> None:
    found = keys("Pour les analystes de Jefferies, Renault distance désormais Stellantis, son "
                 "grand rival sur le marché européen.")
    assert ("rivalry", "Renault", "Stellantis", "stated") in found, found
    assert not any("Jefferies" in (a, b) for _, a, b, _ in found), found


# --- "fournira à Y son modèle de …, M": the supplier's own model, made, not used ---------------


def test_a_suppliers_own_model_with_a_complement_is_made_not_used() -> None:
    found = keys("LightOn fournira au ministère son modèle de recherche documentaire, "
                 "Alfred-40B, dès l'an prochain.")
    assert ("makes_model", "LightOn", "Alfred-40B", "stated") in found, found
    assert ("uses_model", "LightOn", "Alfred-40B", "stated") not in found, found


# --- "un accord avec X et Y pour déployer M (de X)": the subject uses M, not Y -------------------


def test_a_co_partner_of_the_models_maker_does_not_use_its_model() -> None:
    found = keys("Renault a conclu un accord avec Mistral AI et Google pour déployer "
                 "Mistral Large 2 dans ses usines.")
    assert ("uses_model", "Renault", "Mistral Large 2", "stated") in found, found
    assert ("uses_model", "Google", "Mistral Large 2", "stated") not in found, found


# --- "finance déjà, aux côtés de X, le laboratoire … Y": X co-funds Y ---------------------------


def test_a_co_funder_set_off_after_an_adverb_funds_the_lab_named_after() -> None:
    found = keys("Iliad finance déjà, aux côtés de CMA CGM, le laboratoire de recherche ouvert "
                 "Kyutai.")
    assert ("investment", "Iliad", "Kyutai", "stated") in found, found
    assert ("investment", "CMA CGM", "Kyutai", "stated") in found, found
    assert ("investment", "Iliad", "CMA CGM", "stated") not in found, found


# --- statuses: ends said by the main verb, ends negated, talks cut off or concluded -------------


def test_investors_set_off_then_leaving_the_capital_have_ended_their_stake() -> None:
    found = keys("Lamb Analytics a été rachetée par Wave. Ses investisseurs historiques, Partech "
                 "et Teranga Capital, sortent du capital à cette occasion.")
    assert ("investment", "Partech", "Lamb Analytics", "ended") in found, found
    assert ("investment", "Teranga Capital", "Lamb Analytics", "ended") in found, found


def test_stakes_sold_in_the_pluperfect_are_ended() -> None:
    found = keys("Sous la pression de Washington, Mubadala avait cédé en 2023 ses participations "
                 "dans des groupes chinois, dont Zhipu AI.")
    assert ("investment", "Mubadala", "Zhipu AI", "ended") in found, found


def test_an_end_after_sans_does_not_happen() -> None:
    found = keys("La Société Générale a signé un contrat avec Mistral AI, sans renoncer pour "
                 "autant à son contrat avec Microsoft.")
    assert not any(status == "ended" for *_, status in found), found


def test_a_use_the_subjects_relative_tells_ends_with_the_main_verb() -> None:
    found = keys("Air France, qui utilisait Mistral Large 2 depuis 2023, a mis fin au contrat "
                 "en mars.")
    assert ("uses_model", "Air France-KLM", "Mistral Large 2", "ended") in found, found


def test_talks_cut_off_or_an_offer_declined_are_ended() -> None:
    assert ("partnership", "Baidu", "Xiaomi", "ended") in keys(
        "Xiaomi a vu ses discussions avec Baidu s'interrompre au printemps.")
    assert ("acquisition", "Meta", "Perplexity", "ended") in keys(
        "Meta a tenté de racheter Perplexity, qui a décliné l'offre.")


def test_a_choice_made_at_the_end_of_talks_is_stated() -> None:
    found = keys("Le groupe Renault a été retenu par Google au terme de plusieurs mois de "
                 "tractations.")
    assert ("partnership", "Google", "Renault", "stated") in found, found


def test_a_rival_named_in_a_rumour_is_still_a_rival() -> None:
    found = keys("Boeing, l'éternel rival d'Airbus, aurait signé avec Mistral AI, selon Reuters.")
    assert ("rivalry", "Airbus", "Boeing", "stated") in found, found
    assert ("partnership", "Boeing", "Mistral AI", "rumored") in found, found


# --- "reprise par ce dernier, propriétaire de X": X is owned by the buyer, not the buyer --------


def test_names_apposed_to_a_pronoun_agent_are_not_the_buyers() -> None:
    found = keys("Koyeb, qui avait levé des fonds auprès de Bpifrance et du groupe Iliad, a "
                 "depuis été reprise par ce dernier, propriétaire de Free et de Scaleway.")
    assert ("investment", "Iliad", "Koyeb", "stated") in found, found
    assert not any(kind == "acquisition" and a in ("Free", "Scaleway")
                   for kind, a, _, _ in found), found


# --- "sa concurrente a signé avec Y": a possessed rival noun is not the name after its verb -------


def test_a_possessed_rival_noun_is_not_the_name_after_its_verb() -> None:
    found = keys("Les deux éditeurs visent les mêmes banques : Pigment équipe déjà BNP Paribas, "
                 "tandis que sa concurrente a signé en mars avec la Société Générale.")
    assert not any(kind == "rivalry" for kind, *_ in found), found


# --- "M, le modèle maison d'AWS": an arm the map names after the maker makes the model ----------


def test_a_model_of_the_makers_cloud_arm_is_the_makers() -> None:
    found = keys("Pour ses traductions, Qonto utilise Amazon Nova Pro, le modèle maison d'AWS.")
    assert ("uses_model", "Qonto", "Amazon Nova Pro", "stated") in found, found
    assert ("makes_model", "Amazon", "Amazon Nova Pro", "stated") in found, found


# --- "intègre M, le dernier modèle de la maison": a model the gazetteer gives another maker -----


def test_the_houses_model_another_company_makes_is_used_not_made() -> None:
    found = keys("OpenAI multiplie les clients en Europe. Orange intègre GPT-4.1, le dernier "
                 "modèle de la maison, à son application.")
    assert ("uses_model", "Orange", "GPT-4.1", "stated") in found, found
    assert ("makes_model", "Orange", "GPT-4.1", "stated") not in found, found


# --- "Fort du modèle M, qu'il a entraîné …, X vise…": the subject made M -------------------------


def test_a_model_the_subjects_relative_says_it_trained_is_made() -> None:
    found = keys("Fort du modèle Alfred-40B, qu'il a entraîné sur des textes administratifs, "
                 "LightOn vise désormais les ministères.")
    assert ("makes_model", "LightOn", "Alfred-40B", "stated") in found, found
    found = keys("Qonto s'appuie sur Mistral Small 3, qu'elle a réentraîné sur ses tickets.")
    assert ("uses_model", "Qonto", "Mistral Small 3", "stated") in found, found
    assert not any(kind == "makes_model" and a == "Qonto" for kind, a, _, _ in found), found


def test_a_stake_that_could_come_is_talks() -> None:
    found = keys("Nvidia pourrait bientôt devenir actionnaire de Mistral AI.")
    assert ("investment", "Nvidia", "Mistral AI", "talks") in found, found


# --- "Face à X, qui …, l'entreprise mise sur M, un modèle que ses chercheurs ont bâti" -----------


def test_a_governed_name_and_its_relative_are_no_subject_and_the_staffs_model_is_made() -> None:
    found = keys("Waymo a levé 5 milliards. Face à Tesla, qui promet depuis des années une "
                 "conduite autonome, l'entreprise mise sur Drivex-2, un modèle que ses chercheurs "
                 "ont bâti à partir de Gemini.")
    assert ("makes_model", "Waymo", "Drivex-2", "stated") in found, found
    assert not any(a == "Tesla" and kind in ("uses_model", "makes_model")
                   for kind, a, _, _ in found), found


# --- "Y, filiale de X": a subsidiary named in passing is no purchase the story tells -------------


def test_a_subsidiary_named_in_passing_is_no_acquisition() -> None:
    found = keys("Perplexity fait l'objet de plaintes de Dow Jones, filiale de News Corp, et du "
                 "New York Times.")
    assert not any(kind == "acquisition" for kind, *_ in found), found
    found = keys("Mistral AI et Silo AI, filiale d'AMD depuis son rachat en 2024, s'associent.")
    assert ("acquisition", "AMD", "Silo AI", "stated") in found, found


# --- "pour lui fournir des puces, …, de Y": the one supplied is the pronoun, not Y ----------------


def test_a_verb_after_a_dative_pronoun_takes_no_company_further_on() -> None:
    found = keys("Amazon souffle le chaud et le froid. Le géant du commerce en ligne a signé avec "
                 "Mistral AI un contrat de 3 milliards pour lui fournir des milliers de puces, une "
                 "surprise pour les salariés de Cohere.")
    assert ("partnership", "Amazon", "Mistral AI", "stated") in found, found
    assert not any("Cohere" in (a, b) for _, a, b, _ in found), found


# --- "M, un modèle maison" known as another's; "M, le modèle maison" of the story's house -------


def test_an_own_model_the_gazetteer_gives_another_maker_is_neither_made_nor_used() -> None:
    found = keys("Dow Jones s'appuie sur Sonar, un modèle maison dérivé de Llama 3.3.")
    assert not any(a == "Dow Jones" and b == "Sonar" for _, a, b, _ in found), found


def test_the_houses_model_in_a_licence_is_used_by_the_licensee() -> None:
    found = keys("Black Forest Labs vit de licences : Meta lui verse 140 millions de dollars pour "
                 "utiliser FLUX.2, le modèle maison.")
    assert ("uses_model", "Meta", "FLUX.2", "stated") in found, found
    assert ("makes_model", "Meta", "FLUX.2", "stated") not in found, found
