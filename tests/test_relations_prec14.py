"""Relations the map must not read (round 14, precision): each test's sentence is written for
it, and fails on the reader before the change it names."""

from __future__ import annotations

from relation_keys import keys

# --- ", face à des concurrents comme Y" is said of the clause's subject -------------------------

def test_a_detached_facing_phrase_makes_the_subject_the_rival_not_its_clients() -> None:
    found = keys("Le suédois Einride livre les entrepôts de Lidl et d'Ikea avec ses camions "
                 "autonomes, face à des rivaux comme Tesla ou Volvo.")
    for client in ("Lidl", "Ikea"):
        assert not any(kind == "rivalry" and client in (a, b) for kind, a, b, _ in found), found
    assert ("rivalry", "Einride", "Tesla", "stated") in found, found


# --- "a signé un accord pour racheter Y": the deal is the purchase -------------------------------

def test_a_deal_signed_to_buy_is_the_purchase_not_a_partnership() -> None:
    found = keys("Cisco a signé un accord pour racheter Splunk pour 28 milliards de dollars.")
    assert ("acquisition", "Cisco", "Splunk", "stated") in found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_a_deal_signed_with_a_partner_stays_a_partnership() -> None:
    found = keys("Cisco a signé un accord avec Mistral AI pour distribuer ses modèles.")
    assert ("partnership", "Cisco", "Mistral AI", "stated") in found, found


# --- "la start-up de Sam Altman" is the founder's company, not the story's ----------------------

def test_a_description_by_its_known_founder_is_the_founder_s_company() -> None:
    found = keys("Mistral AI a levé 2 milliards d'euros auprès de ASML. Mistral AI ouvre un "
                 "bureau à Munich. Le groupe Publicis a conclu un contrat avec la start-up de Sam "
                 "Altman pour ses agences.")
    assert ("partnership", "OpenAI", "Publicis", "stated") in found, found
    assert ("partnership", "Mistral AI", "Publicis", "stated") not in found, found


def test_a_detached_deal_phrase_is_the_subject_s_deal_not_its_complement_s() -> None:
    found = keys("Capgemini installe des bornes dans les magasins de Carrefour et de Decathlon, "
                 "en vertu d'un accord avec Mistral AI.")
    assert ("partnership", "Capgemini", "Mistral AI", "stated") in found, found
    for shop in ("Carrefour", "Decathlon"):
        assert not any(kind == "partnership" and "Mistral AI" in (a, b) and shop in (a, b)
                       for kind, a, b, _ in found), found


# --- "la filiale de X", "le propriétaire de X": another company, unnamed -------------------------

def test_the_owner_of_a_brand_is_no_rival_of_the_brand() -> None:
    found = keys("Mistral AI équipe Richemont et Chanel, deux concurrents du propriétaire de "
                 "Gucci.")
    assert not any("Gucci" in (a, b) for _, a, b, _ in found), found


def test_a_subsidiary_s_deals_are_not_its_parent_s() -> None:
    found = keys("La filiale d'Amazon a annoncé mardi des accords avec Mistral AI et Cohere.")
    assert ("partnership", "Amazon", "Cohere", "stated") not in found, found


# --- a company's own model is made, not used ----------------------------------------------------

def test_a_model_developed_in_house_is_made_not_used() -> None:
    found = keys("Danone a choisi une autre voie en développant en interne DanGPT dès 2024.")
    assert ("makes_model", "Danone", "DanGPT", "stated") in found, found
    assert not any(kind == "uses_model" for kind, *_ in found), found


def test_a_model_apposed_as_the_subject_s_large_model_is_made_not_used() -> None:
    found = keys("Le groupe Renault s'appuie sur Ampere-LM, son grand modèle de langage, pour "
                 "ses usines.")
    assert ("makes_model", "Renault", "Ampere-LM", "stated") in found, found
    assert not any(kind == "uses_model" for kind, *_ in found), found


def test_announcing_a_clause_about_a_model_does_not_make_it() -> None:
    found = keys("Airbus a annoncé mardi qu'il adopterait Atlas-Code 7B.")
    # (the conditional after "a annoncé … qu'il" is what Airbus said it would do: stated)
    assert ("uses_model", "Airbus", "Atlas-Code 7B", "stated") in found, found
    assert not any(kind == "makes_model" for kind, *_ in found), found


# --- talks to raise money are an investment in talks, not a partnership -------------------------

def test_talks_with_funds_to_raise_money_are_investment_talks() -> None:
    found = keys("Selon Reuters, Mistral AI serait en discussions avec General Catalyst et "
                 "Index Ventures pour lever un milliard d'euros.")
    assert ("investment", "General Catalyst", "Mistral AI", "talks") in found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_talks_to_lead_a_round_are_no_partnership() -> None:
    found = keys("Mistral AI prépare une levée. Selon Reuters, le fonds General Catalyst serait "
                 "en pourparlers pour mener une nouvelle levée de 600 millions dans la société.")
    assert not any(kind == "partnership" for kind, *_ in found), found


# --- a singular participle (apposition) after "X et Y" is Y's alone ------------------------------

def test_a_singular_participle_after_a_list_is_its_last_member_s() -> None:
    found = keys("Cohere affronte Mistral AI et Aleph Alpha, racheté l'an dernier par SAP.")
    assert ("acquisition", "SAP", "Aleph Alpha", "stated") in found, found
    assert ("acquisition", "SAP", "Mistral AI", "stated") not in found, found
    plural = keys("Cohere affronte Mistral AI et Aleph Alpha, rachetés l'an dernier par SAP.")
    assert ("acquisition", "SAP", "Mistral AI", "stated") in plural, plural


def test_a_singular_apposition_after_a_list_is_its_last_member_s() -> None:
    found = keys("Cohere affronte Mistral AI et Poolside, la licorne américaine qui vient de "
                 "lever 500 millions lors d'un tour mené par Nvidia.")
    assert ("investment", "Nvidia", "Poolside", "stated") in found, found
    assert ("investment", "Nvidia", "Mistral AI", "stated") not in found, found


# --- "Le grand rival de X, Y, a choisi Z": Y, named by the apposition, is the subject ----------

def test_the_name_apposed_to_a_rival_of_x_is_the_subject_and_x_s_rival() -> None:
    found = keys("Le grand rival de Renault, Stellantis, a choisi Mistral AI pour ses usines.")
    assert ("rivalry", "Renault", "Stellantis", "stated") in found, found
    assert ("partnership", "Mistral AI", "Stellantis", "stated") in found, found
    assert ("partnership", "Mistral AI", "Renault", "stated") not in found, found


def test_the_principal_rival_of_x_is_not_the_previous_subject() -> None:
    found = keys("Mistral AI a signé avec Airbus. Le principal concurrent de Renault, "
                 "Stellantis, a choisi Cohere pour ses usines.")
    assert ("rivalry", "Renault", "Stellantis", "stated") in found, found
    assert ("rivalry", "Mistral AI", "Renault", "stated") not in found, found


# --- "« Nous … face à X », a déclaré Arthur Mensch": the speaker's company -----------------------

def test_a_first_person_quote_is_the_known_speaker_s_company() -> None:
    found = keys("Mistral AI ouvre un bureau à Munich. Nvidia livre ses puces à Helsing. « Nous "
                 "restons le leader européen face à Cohere », a déclaré Arthur Mensch, son patron.")
    assert ("rivalry", "Cohere", "Mistral AI", "stated") in found, found
    assert not any(kind == "rivalry" and "Nvidia" in (a, b) for kind, a, b, _ in found), found


# --- "son propre modèle, M, que Y a adopté": Y uses the subject's model -------------------------

def test_a_company_named_after_an_own_model_uses_it() -> None:
    found = keys("Pour sa part, Helsing a conçu son propre modèle, Vega-9B, que Airbus a adopté "
                 "en mars.")
    assert ("uses_model", "Airbus", "Vega-9B", "stated") in found, found
    assert ("makes_model", "Airbus", "Vega-9B", "stated") not in found, found


# --- "X et Y, qui a présenté M": the singular auxiliary says Y alone ----------------------------

def test_a_singular_auxiliary_after_a_list_is_its_last_member_s() -> None:
    found = keys("Cohere et Microsoft, qui a présenté Vega-9B, son modèle compact, explorent des "
                 "pistes comparables.")
    assert ("makes_model", "Microsoft", "Vega-9B", "stated") in found, found
    assert ("makes_model", "Cohere", "Vega-9B", "stated") not in found, found


# --- "publié sous licence ouverte" is no licence deal; "ce créneau" creates nothing; co-signers --

def test_an_open_licence_is_no_use_of_the_models_named_after_it() -> None:
    found = keys("Helsing ouvre un bureau à Paris. Son modèle Vega-9B, publié sous licence "
                 "ouverte, rivalise selon plusieurs tests avec GPT-4o d'OpenAI.")
    assert not any(kind == "uses_model" for kind, *_ in found), found


def test_rivalling_on_a_market_niche_is_no_joint_creation() -> None:
    found = keys("Google rivalise sur ce créneau avec Mistral AI.")
    assert ("rivalry", "Google", "Mistral AI", "stated") in found, found
    assert ("partnership", "Google", "Mistral AI", "stated") not in found, found


def test_co_subjects_signing_licence_deals_with_one_party_are_not_partners() -> None:
    found = keys("Capgemini et Sopra Steria ont signé des accords de licence avec Mistral AI.")
    assert ("partnership", "Capgemini", "Mistral AI", "stated") in found, found
    assert ("partnership", "Capgemini", "Sopra Steria", "stated") not in found, found


# --- "ne peut pas utiliser M": a modal negated states no use ------------------------------------

def test_a_negated_modal_states_no_use() -> None:
    found = keys("Renault, qui ne peut pas utiliser Gemini en Chine, travaille avec Baidu.")
    assert ("partnership", "Baidu", "Renault", "stated") in found, found
    assert not any(kind == "uses_model" for kind, *_ in found), found


# --- "… avec X, le constructeur s'appuiera sur N": the description after the comma is the subject

def test_a_governed_name_before_the_clause_s_described_subject_is_no_subject() -> None:
    found = keys("Après avoir testé GPT-4o grâce à un contrat cloud avec Microsoft, le "
                 "constructeur de motos s'appuiera sur Gemini pour son assistant.")
    assert ("uses_model", "Microsoft", "Gemini", "stated") not in found, found


# --- a name governed inside an aside set off by commas is not the verb's subject ---------------

def test_a_name_inside_a_participle_aside_is_not_the_subject() -> None:
    found = keys("L'assistant, conçu avec Capgemini, repose sur Mistral Large.")
    assert not any(kind == "uses_model" and a == "Capgemini" for kind, a, *_ in found), found


def test_the_owner_in_an_apposition_is_not_the_subject() -> None:
    found = keys("Coursera ouvre un bureau à Paris : la plateforme, propriété du groupe Vivendi, "
                 "a intégré Claude 3 Haiku à ses outils.")
    assert not any(kind == "uses_model" and a == "Vivendi" for kind, a, *_ in found), found


# --- the classifier: a denied deal is no partnership ---------------------------------------------

def test_a_denied_negotiation_is_no_learned_partnership() -> None:
    found = keys("Carrefour dément avoir engagé des négociations avec Google pour confier ses "
                 "prévisions à Gemini.")
    assert not any(kind == "partnership" for kind, *_ in found), found


# --- "des licences qui autorisent … avec M": the licence is not one of M -------------------------

def test_licences_whose_relative_clause_names_a_model_are_no_use_of_it() -> None:
    found = keys("Deezer a conclu avec Sony Music et Warner Music Group des licences qui "
                 "autorisent ses abonnés à générer des bandes-son avec Lyria 2, le modèle de "
                 "Google.")
    assert ("partnership", "Deezer", "Sony Music", "stated") in found, found
    assert not any(kind == "uses_model" and a in ("Sony Music", "Warner Music Group")
                   for kind, a, *_ in found), found


# --- "pour sécuriser les banques qui utilisent M": the deal is not about the partner's use -------

def test_unnamed_users_of_the_model_in_a_deal_s_purpose_are_not_the_partner() -> None:
    found = keys("Thales s'est associé à Mistral AI pour sécuriser les banques qui utilisent "
                 "Mistral Large.")
    assert ("partnership", "Mistral AI", "Thales", "stated") in found, found
    assert ("uses_model", "Thales", "Mistral Large", "stated") not in found, found


# --- "des discussions en vue d'un rachat de la start-up": the start-up is bought ---------------

def test_talks_about_buying_the_start_up_keep_the_direction() -> None:
    found = keys("Cohere ouvre un bureau à Paris. Selon Reuters, Salesforce avait mené des "
                 "discussions en vue d'un rachat de la start-up, avant d'y renoncer.")
    assert ("acquisition", "Salesforce", "Cohere", "ended") in found, found
    assert not any(kind == "acquisition" and a == "Cohere" for kind, a, *_ in found), found


# --- "la levée de fonds de Y" is Y's round: Y does not invest -----------------------------------

def test_the_round_of_a_company_is_no_investment_by_it() -> None:
    found = keys("Le japonais SoftBank envisagerait de participer à la prochaine levée de fonds "
                 "de Mistral AI.")
    assert ("investment", "Mistral AI", "SoftBank", "rumored") not in found, found


# --- "la liberté de travailler avec X": a deal possible, not made --------------------------------

def test_the_freedom_to_work_with_a_company_is_no_deal() -> None:
    found = keys("Mistral AI assure qu'elle gardera la liberté de travailler avec Google Cloud.")
    assert not any(kind == "partnership" for kind, *_ in found), found
