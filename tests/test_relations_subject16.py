"""Relations one of whose parties is named only in an earlier sentence and stands in the
evidence sentence as a description or a pronoun (round sixteen). Sentences written for these
tests, not taken from the gold batches."""

from __future__ import annotations

from relation_keys import keys

# --- a description after a fronted phrase is the main clause's subject ---------------------


def test_a_description_after_a_fronted_phrase_naming_rivals_is_the_previous_subject() -> None:
    found = keys("À Paris, la start-up Gladia mise sur la transcription. Face à OpenAI et "
                 "ElevenLabs, qui tiennent les grands comptes, la start-up mise sur les centres "
                 "d'appels. Elle a aussi racheté Voxpop, un petit éditeur bordelais.")
    assert ("acquisition", "Gladia", "Voxpop", "stated") in found, found
    assert ("acquisition", "ElevenLabs", "Voxpop", "stated") not in found, found


def test_a_fronted_phrase_does_not_make_its_names_the_description() -> None:
    found = keys("À Paris, la start-up Gladia mise sur la transcription. Face à OpenAI et "
                 "ElevenLabs, qui tiennent les grands comptes, la start-up mise sur les centres "
                 "d'appels.")
    assert ("rivalry", "ElevenLabs", "OpenAI", "stated") not in found, found


# --- a newcomer subject speaking of the story's company leaves it the story ----------------


def test_elle_after_a_client_that_signed_with_la_start_up_is_the_start_up() -> None:
    found = keys("Gladia, la start-up parisienne de transcription, a levé 20 millions d'euros "
                 "auprès de Partech. Bouygues Telecom utilise déjà ses outils dans son service "
                 "client, dans le cadre d'un contrat signé en mars avec la start-up. Elle "
                 "affronte la concurrence de Cartesia et de Synthesia.")
    assert ("rivalry", "Cartesia", "Gladia", "stated") in found, found
    assert ("rivalry", "Bouygues", "Cartesia", "stated") not in found, found


def test_le_groupe_after_a_supplier_serving_lui_is_the_story_s_company() -> None:
    found = keys("Le groupe émirien Khazna a signé avec Nvidia un accord sur 10 000 puces. "
                 "Intel lui fournira par ailleurs des processeurs Xeon. Le groupe est également "
                 "en discussions avec Oracle pour un centre de données commun.")
    assert ("partnership", "Khazna", "Oracle", "talks") in found, found
    assert ("partnership", "Intel", "Oracle", "talks") not in found, found


def test_elle_after_a_buyer_of_la_fintech_is_the_fintech() -> None:
    found = keys("La start-up Pennylane a doublé son chiffre d'affaires. Selon nos informations, "
                 "le britannique Sage négocie pour racheter la fintech parisienne. Elle avait "
                 "levé 40 millions d'euros auprès de Partech l'an dernier.")
    assert ("investment", "Partech", "Pennylane", "stated") in found, found
    assert ("investment", "Partech", "Sage", "stated") not in found, found


def test_a_newcomer_named_with_the_story_s_company_changes_the_subject() -> None:
    found = keys("La start-up Pennylane a doublé son chiffre d'affaires. Sage a signé avec "
                 "Pennylane un accord de distribution. Le groupe britannique a aussi noué un "
                 "partenariat avec Microsoft.")
    assert ("partnership", "Microsoft", "Sage", "stated") in found, found


# --- a trade noun the previous subject does not ply: the article's company of that trade -----


def test_le_reseau_social_is_the_social_network_not_the_search_engine_before() -> None:
    found = keys("Chez Pinterest, l'IA générative s'invite partout. Google, jusque-là "
                 "fournisseur du groupe, a mis fin à leur contrat en mai. Le réseau social a "
                 "signé un accord de licence avec Anthropic.")
    assert ("partnership", "Anthropic", "Pinterest", "stated") in found, found
    assert ("partnership", "Anthropic", "Google", "stated") not in found, found


def test_le_groupe_aerien_is_the_airline_not_its_supplier() -> None:
    found = keys("C'est Capgemini qui accompagnera Lufthansa dans le cloud. Le groupe aérien a "
                 "aussi signé un partenariat avec Mistral AI.")
    assert ("partnership", "Lufthansa", "Mistral AI", "stated") in found, found
    assert ("partnership", "Capgemini", "Mistral AI", "stated") not in found, found


def test_le_constructeur_is_never_the_start_up_just_spoken_of() -> None:
    found = keys("Renault, Google Cloud et la start-up lyonnaise Forecastia s'associent pour "
                 "prévoir les pannes des chaînes de montage. La solution repose sur Gemini, que "
                 "la jeune pousse a adapté aux données des usines. Le constructeur avait déjà "
                 "noué un partenariat avec OpenAI en 2023.")
    assert ("partnership", "OpenAI", "Renault", "stated") in found, found
    assert ("partnership", "Forecastia", "OpenAI", "stated") not in found, found


# --- the story's project and who carries it out ---------------------------------------------


def test_l_integration_assuree_par_x_is_the_story_s_integrator() -> None:
    found = keys("Decathlon a choisi Google Cloud pour refondre son site marchand. "
                 "L'intégration sera assurée par Sopra Steria, qui a monté une équipe dédiée.")
    assert ("partnership", "Decathlon", "Sopra Steria", "stated") in found, found
    assert ("partnership", "Google Cloud", "Sopra Steria", "stated") not in found, found


def test_le_deploiement_confie_a_x_is_the_story_s_contractor() -> None:
    found = keys("Decathlon a choisi Google Cloud pour refondre son site marchand. Le "
                 "déploiement est confié à Capgemini.")
    assert ("partnership", "Capgemini", "Decathlon", "stated") in found, found


def test_a_project_launched_with_x_not_renewed_is_ended() -> None:
    found = keys("Decathlon a choisi Google Cloud pour refondre son site marchand. Le projet "
                 "avait été lancé en 2022 avec Accenture, dont le contrat n'a pas été renouvelé.")
    assert ("partnership", "Accenture", "Decathlon", "ended") in found, found


def test_a_project_with_no_story_company_before_relates_nothing() -> None:
    found = keys("L'intégration sera assurée par Sopra Steria.")
    assert not found, found


# --- "son capital": the capital of the company spoken of before --------------------------------


def test_a_fund_entering_son_capital_invests_in_the_previous_subject() -> None:
    found = keys("La start-up Pigment a signé avec Google Cloud. Selon nos informations, le fonds "
                 "Partech serait entré à son capital lors d'un tour discret.")
    assert ("investment", "Partech", "Pigment", "rumored") in found, found


def test_a_fund_gone_up_into_son_capital_invests_in_the_previous_subject() -> None:
    found = keys("Le studio Wandercraft accélère à l'export. Le fonds Eurazeo est monté dans son "
                 "capital en 2024.")
    assert ("investment", "Eurazeo", "Wandercraft", "stated") in found, found


def test_entering_son_capital_is_never_the_investor_s_own() -> None:
    found = keys("Le fonds Partech a levé un nouveau véhicule. Partech est entré dans son capital.")
    assert not any(t == "investment" for t, *_ in found), found


# --- a possessive in a sentence about the deal with a partner --------------------------------


def test_ses_concurrents_after_l_accord_avec_x_are_the_story_s_rivals() -> None:
    found = keys("Danone accélère dans l'IA générative. Le groupe a signé un partenariat avec "
                 "Microsoft. L'accord avec Microsoft intervient alors que ses concurrents Nestlé "
                 "et Unilever ont choisi Google.")
    assert ("rivalry", "Danone", "Nestlé", "stated") in found, found
    assert ("rivalry", "Microsoft", "Nestlé", "stated") not in found, found


def test_le_groupe_after_a_start_up_subject_is_the_company_never_called_a_start_up() -> None:
    found = keys("Le spécialiste de la cybersécurité Wallix a renoncé à racheter la start-up "
                 "lyonnaise Sekoia. Sekoia entend désormais poursuivre seule son développement. "
                 "Le groupe pourrait désormais tenter de racheter Vade.")
    assert ("acquisition", "Wallix", "Vade", "rumored") in found \
        or ("acquisition", "Wallix", "Vade", "talks") in found, found
    assert not any(a == "Sekoia" and b == "Vade" for _, a, b, _ in found), found


# --- a group by the family that owns it, a company by its head ---------------------------------


def test_le_groupe_de_la_famille_x_is_the_family_s_group() -> None:
    found = keys("Auchan a signé avec Google Cloud. Carrefour s'est de son côté associé à "
                 "Mistral AI. Le groupe de la famille Mulliez s'appuie aussi sur Llama 3.1.")
    assert ("uses_model", "Auchan", "Llama 3.1", "stated") in found, found
    assert ("uses_model", "Carrefour", "Llama 3.1", "stated") not in found, found


def test_le_groupe_de_patrick_pouyanne_is_totalenergies() -> None:
    found = keys("TotalEnergies et Mistral AI ont signé un partenariat. Mistral AI pourra puiser "
                 "dans l'électricité du groupe. Le groupe de Patrick Pouyanné s'appuie aussi sur "
                 "Llama 3.1.")
    assert ("uses_model", "TotalEnergies", "Llama 3.1", "stated") in found, found
