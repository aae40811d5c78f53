"""Relations whose party is named in an earlier sentence: a definite description of any trade
("Le pneumaticien"), and the descriptions an article gives its companies. Sentences written
for these tests, not taken from the gold batches."""

from __future__ import annotations

from pathlib import Path

from relation_keys import keys

from reader.articles import article_from_text
from reader.relations import article_relations

# --- an open-vocabulary definite subject stands for the company spoken of -------------------

def test_a_trade_noun_no_list_knows_opening_a_sentence_is_the_previous_subject() -> None:
    found = keys("Michelin a signé un accord de cloud avec Capgemini. Le pneumaticien s'appuie "
                 "désormais sur Llama 3.1 pour rédiger ses fiches techniques.")
    assert ("uses_model", "Michelin", "Llama 3.1", "stated") in found, found


def test_a_trade_noun_with_its_complement_is_the_previous_subject() -> None:
    found = keys("Michelin a signé un accord de cloud avec Capgemini. Le manufacturier clermontois "
                 "des pneumatiques pour avions utilise Llama 3.1 dans ses ateliers.")
    assert ("uses_model", "Michelin", "Llama 3.1", "stated") in found, found


def test_a_definite_subject_after_an_opening_adverbial() -> None:
    found = keys("Michelin a signé un accord de cloud avec Capgemini. En septembre, le "
                 "pneumaticien a aussi noué un partenariat avec Mistral AI.")
    assert ("partnership", "Michelin", "Mistral AI", "stated") in found, found


def test_a_thing_or_event_opening_a_sentence_relates_nothing() -> None:
    found = keys("Michelin a signé un accord de cloud avec Capgemini. L'opération s'appuie sur "
                 "Llama 3.1, selon la direction. Le calendrier reste flou pour Mistral AI.")
    assert not any(b in ("Llama 3.1", "Mistral AI") for _, _, b, _ in found), found
    assert not any(a in ("Llama 3.1", "Mistral AI") for _, a, _, _ in found), found


def test_a_description_followed_by_its_name_introduces_it() -> None:
    # "Le fabricant … Kinetra" is Kinetra acting, never the previous subject.
    found = keys("Michelin a signé un accord de cloud avec Samsung. Le fabricant coréen de "
                 "robots Kinetra met fin à sa collaboration avec OpenAI. Il s'appuiera désormais "
                 "sur Llama 3.1.")
    assert ("uses_model", "Kinetra", "Llama 3.1", "stated") in found, found
    assert ("partnership", "Kinetra", "OpenAI", "ended") in found, found
    assert not any("OpenAI" in (a, b) and {a, b} & {"Michelin", "Samsung"}
                   for _, a, b, _ in found), found


# --- the article's own descriptions of its companies -----------------------------------------

def test_a_description_the_article_gave_a_company_means_it_not_the_previous_subject() -> None:
    # Capgemini is the previous subject; "le pneumaticien" is Michelin, whom the article
    # introduced with that word.
    found = keys("Capgemini a signé avec le pneumaticien auvergnat Michelin. Capgemini a aussi "
                 "signé un accord avec Orange. Le pneumaticien s'appuie désormais sur Llama 3.1.")
    assert ("uses_model", "Michelin", "Llama 3.1", "stated") in found, found
    assert ("uses_model", "Capgemini", "Llama 3.1", "stated") not in found, found


def test_an_apposed_nationality_names_the_company_later() -> None:
    # "X, un opérateur norvégien" then "le norvégien": X, not the subject before.
    found = keys("Anthropic a signé un contrat avec Fjellnet, un opérateur norvégien de centres "
                 "de données. L'accord porte sur 60 000 puces. Pour financer ses extensions, le "
                 "norvégien a levé 400 millions de dollars auprès de Blackstone.")
    assert ("investment", "Blackstone", "Fjellnet", "stated") in found, found
    assert ("investment", "Blackstone", "Anthropic", "stated") not in found, found


def test_the_agent_of_a_passive_is_not_the_next_sentence_s_subject() -> None:
    # "L'opération est emmenée par X": X is governed by "par", not what "Elle" means next.
    found = keys("Nuvelo, une start-up lyonnaise, lève 30 millions d'euros. L'opération est "
                 "emmenée par Ardian, rejoint par Eurazeo. Elle a aussi signé un accord avec "
                 "Hugging Face.")
    assert ("partnership", "Hugging Face", "Nuvelo", "stated") in found, found
    assert not any("Hugging Face" in (a, b) and "Ardian" in (a, b) for _, a, b, _ in found), found


def test_a_sentence_ends_at_a_quote_closed_after_its_stop() -> None:
    # French puts a space before "»": "… continent. » Le groupe …" is two sentences, and the
    # evidence is the second alone.
    article = article_from_text("Michelin a signé avec Capgemini. « Nous restons en Europe. » "
                                "Le groupe s'appuie aussi sur Llama 3.1.", Path("t.md"))
    found = {(r.type, r.a, r.b): r.evidence for r in article_relations(article)}
    assert found.get(("uses_model", "Michelin", "Llama 3.1")) == \
        "Le groupe s'appuie aussi sur Llama 3.1.", found


def test_a_description_refers_back_never_to_a_company_named_only_later() -> None:
    # Pangyo is home to Kakao and Naver, but the article names Kakao only after: "L'entreprise
    # de Pangyo" is the subject spoken of, introduced by a long description.
    found = keys("Le concepteur sud-coréen de puces mémoire Hanul Semi s'associe "
                 "à Nvidia. L'entreprise de Pangyo utilisera Llama 3.1 pour ses outils internes. "
                 "Kakao a de son côté signé avec OpenAI.")
    assert ("uses_model", "Hanul Semi", "Llama 3.1", "stated") in found, found
    assert not any(a == "Kakao" and b == "Llama 3.1" for _, a, b, _ in found), found


def test_a_name_that_holds_a_description_word_introduces_nothing() -> None:
    # "la Société Générale" is a name: it does not make Thales "la société" of the story.
    found = keys("L'éditeur lyonnais de logiciels Nuvelo lève 30 millions d'euros auprès "
                 "d'Ardian. Nuvelo compte une vingtaine de clients, parmi lesquels Thales, la "
                 "Société Générale et Covéa. La "
                 "start-up a aussi signé un accord avec Hugging Face.")
    assert ("partnership", "Hugging Face", "Nuvelo", "stated") in found, found
    assert not any("Hugging Face" in (a, b) and {a, b} & {"Thales", "Ardian"}
                   for _, a, b, _ in found), found


def test_the_roubaix_company_by_its_town_adjective() -> None:
    found = keys("Scaleway et OVHcloud se disputent les contrats publics. Le roubaisien a noué "
                 "un accord avec Mistral AI pour son catalogue.")
    assert ("partnership", "Mistral AI", "OVHcloud", "stated") in found, found


def test_la_jeune_entreprise_is_the_start_up_not_the_client() -> None:
    found = keys("Orange a retenu la start-up nantaise Vocalis pour son service client. La jeune "
                 "entreprise s'appuie sur Llama 3.1 pour ses voix de synthèse.")
    assert ("uses_model", "Vocalis", "Llama 3.1", "stated") in found, found
    assert ("uses_model", "Orange", "Llama 3.1", "stated") not in found, found


def test_a_pronoun_subject_after_an_opening_adverbial() -> None:
    # The sentence between leaves no subject; "Sur ce marché, elle" is the story's company.
    found = keys("Lumio, une start-up lyonnaise, a signé avec Orange. « Nous sommes prêts », "
                 "dit son fondateur. Sur ce marché, elle se mesure directement à Canva.")
    assert ("rivalry", "Canva", "Lumio", "stated") in found, found


def test_la_start_up_is_never_a_company_the_article_names_only_later() -> None:
    found = keys("Getty Images poursuit Stability AI devant la Haute Cour. L'agence "
                 "photographique "
                 "accuse la start-up d'avoir copié ses images. Le marché reste dominé par "
                 "Midjourney. Midjourney a signé avec Canva. Midjourney vise désormais l'Europe.")
    assert not any(kind == "rivalry" and "Midjourney" in (a, b) for kind, a, b, _ in found), found


def test_a_singular_description_after_a_pair_is_a_company_named_before() -> None:
    # The most named company, Volkswagen, comes only after: "Le groupe" cannot mean it.
    found = keys("Stellantis et Mistral AI ont signé un accord de cinq ans. Le groupe automobile "
                 "s'appuiera sur Mistral Small 3.1 dans ses véhicules. Volkswagen a choisi "
                 "OpenAI. Volkswagen vise 2026. Volkswagen recrute.")
    assert ("uses_model", "Stellantis", "Mistral Small 3.1", "stated") in found, found
    assert not any(a == "Volkswagen" and b == "Mistral Small 3.1" for _, a, b, _ in found), found


def test_a_relative_after_an_opening_description_s_adjective() -> None:
    found = keys("Michelin a signé un accord de cloud avec Capgemini. Le pneumaticien auvergnat, "
                 "qui utilise déjà Llama 3.1 pour ses notices, prépare un assistant.")
    assert ("uses_model", "Michelin", "Llama 3.1", "stated") in found, found


def test_a_relative_after_an_apposed_description_is_not_the_subject_s() -> None:
    # "G42, le champion émirien, qui a noué …": the apposition's company, not Humain.
    found = keys("Humain a signé avec Nvidia. Humain se pose en concurrent de G42, le champion "
                 "émirien, qui a noué l'an dernier un partenariat avec Microsoft.")
    assert ("partnership", "Humain", "Microsoft", "stated") not in found, found


# --- a reciprocal predicate whose subject is the pair spoken of -------------------------------

def test_the_two_companies_working_together_after_a_purchase_are_partners() -> None:
    found = keys("Capgemini rachète Mistral AI pour 2 milliards d'euros. Les deux sociétés "
                 "travaillent ensemble depuis trois ans : leurs équipes partagent un laboratoire.")
    assert ("partnership", "Capgemini", "Mistral AI", "stated") in found, found


def test_the_two_companies_that_collaborated_then_broke_up_were_partners() -> None:
    found = keys("Naver poursuit Samsung en justice pour contrefaçon. Les deux sociétés avaient "
                 "collaboré entre 2019 et 2022 dans le cadre d'un programme public, avant de "
                 "rompre leur partenariat.")
    assert ("partnership", "Naver", "Samsung", "ended") in found, found


def test_the_contract_that_binds_the_two_companies_is_a_partnership() -> None:
    found = keys("Capgemini rachète Mistral AI. Le contrat qui lie les deux entreprises depuis "
                 "2021 reste en vigueur.")
    assert ("partnership", "Capgemini", "Mistral AI", "stated") in found, found


def test_a_plural_pronoun_after_one_subject_with_a_reciprocal_verb_is_the_pair() -> None:
    found = keys("Naver poursuit Samsung en justice pour contrefaçon. Naver réclame 40 millions "
                 "de dollars. Elles s'étaient pourtant rapprochées en 2020 pour un appel "
                 "d'offres, avant de rompre leur collaboration.")
    assert ("partnership", "Naver", "Samsung", "ended") in found, found


def test_the_two_companies_without_a_reciprocal_verb_relate_nothing_more() -> None:
    found = keys("Capgemini rachète Mistral AI. Les deux sociétés emploient 3 000 personnes.")
    assert found == {("acquisition", "Capgemini", "Mistral AI", "stated")}, found


# --- a company described by the model it made --------------------------------------------------

def test_the_creator_of_a_known_model_is_its_maker_not_the_model() -> None:
    found = keys("Microsoft investit dans Mistral AI. Oracle a signé un partenariat avec le "
                 "créateur de ChatGPT pour ses centres de données. OpenAI ne commente pas.")
    assert ("partnership", "OpenAI", "Oracle", "stated") in found, found
    assert not any(kind == "uses_model" for kind, *_ in found), found


def test_the_designer_of_a_known_model_after_a_preposition_is_its_maker() -> None:
    found = keys("Amazon investit dans Anthropic. Google a noué une alliance avec le concepteur "
                 "de Claude, selon Reuters.")
    assert ("partnership", "Anthropic", "Google", "stated") in found, found


# --- a collective noun for the coordinated subject ("le trio", as "les trois") ------------------

def test_the_trio_is_each_of_the_three_coordinated_subjects() -> None:
    found = keys("Deutsche Telekom, SAP et Orange ont formé un consortium pour bâtir un campus "
                 "de calcul. Le trio a confirmé négocier avec Nvidia la fourniture des puces.")
    for member in ("Deutsche Telekom", "SAP", "Orange"):
        assert ("partnership", *sorted((member, "Nvidia")), "talks") in found, found


# --- an apposition with a possessive naming the tie ("X, son premier client,") ------------------

def test_an_opening_name_apposed_to_its_first_client_is_the_story_company_s_client() -> None:
    found = keys("La start-up Mistral AI lève 600 millions d'euros auprès de General Catalyst. "
                 "Carrefour, son premier client, a déployé l'assistant dans 300 magasins.")
    assert ("partnership", "Carrefour", "Mistral AI", "stated") in found, found
    assert not any("Carrefour" in (a, b) and "General Catalyst" in (a, b)
                   for _, a, b, _ in found), found


def test_a_name_apposed_to_its_historic_partner_is_the_subject_s_partner() -> None:
    found = keys("Infosys mise sur Anthropic. Wipro, pour sa part, reste fidèle à Microsoft, son "
                 "partenaire historique, pour ses clients publics.")
    assert ("partnership", "Microsoft", "Wipro", "stated") in found, found


def test_names_apposed_to_their_shareholders_invest_in_the_story_company() -> None:
    found = keys("La start-up Mistral AI prépare une nouvelle levée. Bpifrance et Eurazeo, ses "
                 "deux principaux actionnaires, suivront l'opération.")
    assert ("investment", "Bpifrance", "Mistral AI", "stated") in found, found
    assert ("investment", "Eurazeo", "Mistral AI", "stated") in found, found


# --- no subject left: the story's company ------------------------------------------------------

def test_a_definite_subject_after_a_quote_is_the_story_s_company() -> None:
    # The quote leaves no subject; "Le groupe" is the company the article is about.
    found = keys("« Nos clients attendent des réponses fiables », explique le patron de "
                 "Vinci. Le groupe de BTP a signé avec Accenture un contrat de quatre ans.")
    assert ("partnership", "Accenture", "Vinci", "stated") in found, found


def test_a_pronoun_after_a_subjectless_sentence_is_the_story_s_company() -> None:
    # The pair opening the article leaves no single subject, the sentence after none at all.
    found = keys("Orange et Nokia vont bâtir un réseau de calcul à Lille. Le chantier doit "
                 "durer trois ans. Il discute aussi avec Mistral AI d'une offre pour les "
                 "collectivités.")
    assert ("partnership", "Mistral AI", "Orange", "talks") in found, found


# --- investors selling their stake in the company bought ----------------------------------------

def test_a_fund_selling_its_stake_in_a_purchase_story_invested_in_the_company_bought() -> None:
    found = keys("Dassault Systèmes rachète la jeune pousse grenobloise Lumio. Le fonds "
                 "Kurma, présent depuis l'amorçage, vend à cette occasion la totalité de ses "
                 "actions.")
    assert ("investment", "Kurma", "Lumio", "ended") in found, found


def test_investors_apposed_to_a_possessive_sell_their_stake_in_the_company_bought() -> None:
    # "Ses investisseurs" might read as the buyer's: the stake sold is in the company bought.
    found = keys("Atos a finalisé l'acquisition de Quantiq. Ses actionnaires historiques, "
                 "Eurazeo et Partech, qui avaient apporté 5 millions d'euros, céderont leurs "
                 "parts.")
    assert ("investment", "Eurazeo", "Quantiq", "ended") in found, found
    assert ("investment", "Partech", "Quantiq", "ended") in found, found
    assert not any(kind == "investment" and b == "Atos" for kind, _, b, _ in found), found


# --- a description's town or founder ---------------------------------------------------------

def test_a_description_with_a_two_word_town_before_a_relative_is_still_the_subject() -> None:
    found = keys("Veridion affiche de grandes ambitions dans la robotique. La start-up de Los "
                 "Angeles, qui fabrique des bras articulés, a bouclé une levée de 90 millions de "
                 "dollars menée par Sequoia.")
    assert ("investment", "Sequoia", "Veridion", "stated") in found, found


def test_the_start_up_of_a_known_founder_is_his_company_not_the_story_s() -> None:
    # The story is Veridion's; "la start-up de Sam Altman" is OpenAI, whoever the story is about.
    found = keys("La start-up Veridion fabrique des bras articulés. Le japonais Fanuc avait "
                 "conclu un accord comparable avec la start-up de Sam Altman l'an dernier.")
    assert ("partnership", "Fanuc", "OpenAI", "stated") in found, found
    assert ("partnership", "Fanuc", "Veridion", "stated") not in found, found


# --- a round's investors after its lead ---------------------------------------------------------

def test_investors_after_a_lead_s_apposition_naming_its_owner_join_the_round() -> None:
    found = keys("La start-up Veridion a levé 90 millions de dollars lors d'un tour mené par "
                 "GV, le fonds d'investissement d'Alphabet, avec la participation de Sequoia et "
                 "de Balderton.")
    assert ("investment", "Sequoia", "Veridion", "stated") in found, found
    assert ("investment", "Balderton", "Veridion", "stated") in found, found
    assert not any(kind == "investment" and a == "Alphabet" for kind, a, _, _ in found), found


def test_investors_after_a_lead_s_short_name_in_brackets_join_the_round() -> None:
    found = keys("La start-up Veridion a levé 90 millions de dollars lors d'un tour mené par "
                 "Banco Bilbao Vizcaya Argentaria (BBVA), auquel ont participé Sequoia et "
                 "Balderton.")
    assert ("investment", "Sequoia", "Veridion", "stated") in found, found
    assert ("investment", "Balderton", "Veridion", "stated") in found, found


# --- the opening description as the subject of its relative clause and its infinitives ----------

def test_an_opening_description_is_the_subject_of_its_relative_clause() -> None:
    found = keys("Metro poursuit ses achats dans l'IA. Le distributeur, qui avait participé "
                 "en 2024 à la levée de fonds de la start-up Kyra, s'appuie désormais sur "
                 "Mistral Large 2 pour ses fiches produits.")
    assert ("investment", "Metro", "Kyra", "stated") in found, found
    assert ("uses_model", "Metro", "Mistral Large 2", "stated") in found, found


def test_an_opening_description_is_the_subject_of_an_infinitive_after_its_verb() -> None:
    # "afin d'intégrer" is said of the subject, the description, not of Microsoft.
    found = keys("Vinci accélère dans l'IA. Le groupe de BTP a étendu son partenariat avec "
                 "Microsoft afin d'intégrer GPT-4o à ses outils de chantier.")
    assert ("uses_model", "Vinci", "GPT-4o", "stated") in found, found
    assert ("uses_model", "Microsoft", "GPT-4o", "stated") not in found, found


def test_the_start_up_of_a_known_town_inside_a_sentence_is_that_town_s_company() -> None:
    found = keys("La start-up Kyra lève 10 millions d'euros auprès d'Aleph Alpha. Le groupe "
                 "Schwarz héberge désormais les modèles de la start-up de Heidelberg dans son "
                 "cloud.")
    assert ("partnership", "Aleph Alpha", "Schwarz", "stated") in found, found
    assert ("partnership", "Kyra", "Schwarz", "stated") not in found, found


# --- a time or a connective between the verb of use and its object ------------------------------

def test_a_time_or_connective_between_the_verb_of_use_and_the_model() -> None:
    found = keys("Kyra a levé 10 millions d'euros. Elle s'appuie en outre sur Mistral Large 2 "
                 "pour rédiger ses synthèses.")
    assert ("uses_model", "Kyra", "Mistral Large 2", "stated") in found, found
    found = keys("Fnac Darty renouvelle son contrat avec Google. Le distributeur basculera dès "
                 "le mois prochain sur Gemini 2.5 Flash.")
    assert ("uses_model", "Fnac Darty", "Gemini 2.5 Flash", "stated") in found, found
    found = keys("Kyra a levé 10 millions d'euros. Elle s'appuie depuis deux ans sur Llama 3.1 "
                 "pour ses synthèses.")
    assert ("uses_model", "Kyra", "Llama 3.1", "stated") in found, found


def test_companies_that_count_among_its_clients_are_the_subject_s_clients() -> None:
    found = keys("La start-up Kyra lève 10 millions d'euros. Orange et Decathlon comptent déjà "
                 "parmi ses clients.")
    assert ("partnership", "Kyra", "Orange", "stated") in found, found
    assert ("partnership", "Decathlon", "Kyra", "stated") in found, found
    found = keys("La start-up Kyra lève 10 millions d'euros. Elle compte parmi ses clients "
                 "Orange et Decathlon.")
    assert ("partnership", "Kyra", "Orange", "stated") in found, found
    assert ("partnership", "Decathlon", "Orange", "stated") not in found, found


def test_rivals_faced_before_a_clause_naming_no_company_are_the_story_s() -> None:
    found = keys("La start-up Kyra lève 10 millions d'euros. Face à des concurrents comme "
                 "Dust ou Glean, qui lèvent eux aussi des fonds, le temps presse.")
    assert ("rivalry", "Dust", "Kyra", "stated") in found, found
    assert ("rivalry", "Glean", "Kyra", "stated") in found, found
    assert ("rivalry", "Dust", "Glean", "stated") not in found, found


def test_a_question_about_its_rivals_answered_in_the_next_sentence() -> None:
    found = keys("La start-up Kyra lève 10 millions d'euros. Ses concurrents ? Dust, Glean ou "
                 "Writer, qui visent les mêmes entreprises.")
    for rival in ("Dust", "Glean", "Writer"):
        assert ("rivalry", *sorted((rival, "Kyra")), "stated") in found, found


def test_a_town_description_after_a_fronted_phrase_is_the_main_subject_not_an_apposition() -> None:
    found = keys("SAP revoit ses outils. Après avoir testé Claude grâce à un accord avec Amazon, "
                 "le groupe de Walldorf s'appuiera sur Mistral Large 2 pour ses agents.")
    assert ("uses_model", "SAP", "Mistral Large 2", "stated") in found, found
    assert ("uses_model", "Amazon", "Mistral Large 2", "stated") not in found, found


# --- "les deux enseignes" after a purchase --------------------------------------------------------

def test_the_buyer_and_the_company_bought_are_the_two_that_face_rivals() -> None:
    found = keys("Fnac Darty a finalisé le rachat de Boulanger. Les deux enseignes entendent "
                 "faire front commun face à Amazon.")
    assert ("rivalry", "Amazon", "Fnac Darty", "stated") in found, found
    assert ("rivalry", "Amazon", "Boulanger", "stated") in found, found


def test_a_buyer_and_its_target_ending_talks_are_no_partners() -> None:
    found = keys("Fnac Darty a racheté Boulanger. Les deux entreprises ont depuis mis fin aux "
                 "négociations sur leur logistique.")
    assert not any(kind == "partnership" for kind, *_ in found), found


# --- "le modèle de X": the model of X named before ------------------------------------------------

def test_the_model_of_a_company_is_the_one_the_article_named() -> None:
    found = keys("Renault a intégré Mistral Large 2, le modèle phare de Mistral AI, à son "
                 "assistant. Stellantis et Volvo ont annoncé qu'ils utilisent aussi le modèle de "
                 "Mistral AI.")
    assert ("uses_model", "Stellantis", "Mistral Large 2", "stated") in found, found
    assert ("uses_model", "Volvo", "Mistral Large 2", "stated") in found, found


def test_a_conditional_after_a_verb_of_saying_is_stated_not_rumoured() -> None:
    found = keys("Renault a intégré Mistral Large 2. Stellantis a fait savoir qu'il utiliserait "
                 "lui aussi Mistral Large 2 dès l'an prochain.")
    assert ("uses_model", "Stellantis", "Mistral Large 2", "stated") in found, found
    found = keys("Renault a intégré Mistral Large 2. Selon plusieurs sources, Stellantis "
                 "utiliserait lui aussi Mistral Large 2.")
    assert ("uses_model", "Stellantis", "Mistral Large 2", "rumored") in found, found


# --- a deal of the story's company, the subject of its sentence -----------------------------------

def test_a_deal_with_a_party_after_an_opening_adverbial_is_the_story_company_s() -> None:
    found = keys("Mistral AI a levé 600 millions d'euros. En revanche, le partenariat avec "
                 "Scaleway, qui portait sur le calcul, a pris fin au printemps.")
    assert any(kind == "partnership" and {a, b} == {"Mistral AI", "Scaleway"}
               for kind, a, b, _ in found), found


def test_a_deal_noun_with_an_elided_complement_before_avec() -> None:
    found = keys("Mistral AI a levé 600 millions d'euros. Le contrat, d'une durée de trois ans, "
                 "s'accompagne d'un accord d'hébergement avec Scaleway.")
    assert ("partnership", "Mistral AI", "Scaleway", "stated") in found, found


# --- "l'ESN": a trade written as an acronym, and the impersonal "il" ----------------------------

def test_l_esn_is_the_it_services_company_the_article_names() -> None:
    # (the services company, not the client the sentence before was about)
    found = keys("La Poste a confié la refonte de ses outils à Inetum. L'ESN a signé dans la "
                 "foulée un contrat avec Mistral AI pour héberger ses modèles.")
    assert any(kind == "partnership" and {a, b} == {"Inetum", "Mistral AI"}
               for kind, a, b, _ in found), found
    assert not any({a, b} == {"La Poste", "Mistral AI"} for _, a, b, _ in found), found


def test_l_esn_introducing_a_name_is_that_name_s_description() -> None:
    found = keys("Capgemini a racheté une start-up. L'ESN lilloise Norvane a signé avec "
                 "Mistral AI.")
    assert any(kind == "partnership" and {a, b} == {"Mistral AI", "Norvane"}
               for kind, a, b, _ in found), found
    assert not any(kind == "partnership" and {a, b} == {"Capgemini", "Mistral AI"}
                   for kind, a, b, _ in found), found


def test_the_impersonal_il_stands_for_no_company() -> None:
    found = keys("Atos rachèterait la start-up belge Norvane. Il s'agirait de la troisième "
                 "acquisition d'Accenture en Belgique.")
    assert not any(kind == "acquisition" and "Accenture" in (a, b)
                   for kind, a, b, _ in found), found
    assert ("acquisition", "Atos", "Norvane", "rumored") in found, found


def test_a_company_introduced_as_a_tech_is_the_start_up_spoken_of_after() -> None:
    # ("une cleantech", "une proptech": French names a trade's young companies "-tech")
    found = keys("Orano a racheté Veltis, une cleantech grenobloise spécialisée dans le "
                 "recyclage des batteries. La start-up s'appuie sur Mistral Large 2 pour trier "
                 "ses lots.")
    assert ("uses_model", "Veltis", "Mistral Large 2", "stated") in found, found
    assert ("uses_model", "Orano", "Mistral Large 2", "stated") not in found, found


# --- the subject a description or a pronoun stands for, paired by the classifier ---------------

def test_an_opening_description_is_a_party_the_classifier_pairs_with_the_names() -> None:
    found = keys("Veltis a levé 10 millions d'euros. La société grenobloise a signé un contrat "
                 "de licence avec Mistral AI et confiera l'hébergement de ses modèles à "
                 "Scaleway.")
    assert any(kind == "partnership" and {a, b} == {"Scaleway", "Veltis"}
               for kind, a, b, _ in found), found
    found = keys("Veltis a levé 10 millions d'euros. La start-up assure avoir signé depuis avec "
                 "l'allemand Allianz et compte présenter d'autres contrats d'ici l'été.")
    assert any(kind == "partnership" and {a, b} == {"Allianz", "Veltis"}
               for kind, a, b, _ in found), found


def test_an_opening_pronoun_is_a_party_the_classifier_pairs_with_the_names() -> None:
    found = keys("Veltis a levé 10 millions d'euros auprès de Partech. Elle avait conclu un accord "
                 "de distribution avec Orange l'an dernier, mais celui avec Bouygues, signé plus "
                 "tôt, a expiré.")
    assert any(kind == "partnership" and {a, b} == {"Bouygues", "Veltis"}
               for kind, a, b, _ in found), found


def test_a_description_that_is_no_subject_is_not_paired() -> None:
    # ("avec la société": an object, as often another company as the one read for it)
    found = keys("Veltis a levé 10 millions d'euros. D'autres éditeurs, comme Orange ou "
                 "Bouygues, ont au contraire signé des accords de licence avec la société "
                 "américaine.")
    assert not any({a, b} & {"Orange", "Bouygues"} and "Veltis" in (a, b)
                   for _, a, b, _ in found), found


def test_la_start_up_after_a_purchase_is_the_company_bought() -> None:
    found = keys("Syngenta a racheté Veltis pour 40 millions d'euros. La jeune pousse s'appuie "
                 "sur Mistral Large 2 pour ses prévisions de récolte.")
    assert ("uses_model", "Veltis", "Mistral Large 2", "stated") in found, found
    assert ("uses_model", "Syngenta", "Mistral Large 2", "stated") not in found, found
    # (not when the article gave the company bought another nationality than the description)
    found = keys("Syngenta a racheté Veltis, une agritech espagnole. La start-up suisse s'appuie "
                 "sur Mistral Large 2 pour ses prévisions de récolte.")
    assert ("uses_model", "Veltis", "Mistral Large 2", "stated") not in found, found


def test_a_trade_few_companies_ply_is_the_company_of_that_trade_the_article_names() -> None:
    # (not the subject of the sentence before, a company of another trade)
    found = keys("Microsoft a conclu un contrat d'approvisionnement avec EDF pour ses centres de "
                 "données. L'électricien négocie aussi un accord similaire avec Google.")
    assert ("partnership", "EDF", "Google", "talks") in found, found
    assert ("partnership", "Google", "Microsoft", "talks") not in found, found
    found = keys("Huawei a présenté une nouvelle puce gravée par SMIC. Le premier fondeur chinois "
                 "est en discussion avec SMEE pour ses machines.")
    assert ("partnership", "SMEE", "SMIC", "talks") in found, found
    assert ("partnership", "Huawei", "SMEE", "talks") not in found, found


def test_la_major_is_the_major_the_article_names() -> None:
    found = keys("Udio a signé un accord de licence avec Universal Music Group. La major reste "
                 "en revanche en procès contre Suno.")
    assert any(kind == "rivalry" and {a, b} == {"Suno", "Universal Music Group"}
               for kind, a, b, _ in found), found
    assert not any(kind == "rivalry" and {a, b} == {"Suno", "Udio"}
                   for kind, a, b, _ in found), found


def test_what_is_bought_before_a_seller_after_a_is_no_purchase_of_the_seller() -> None:
    found = keys("Suno rachète au passage le service de billetterie Songkick à Warner Music "
                 "Group.")
    assert not any(kind == "acquisition" for kind, _, _, _ in found), found


def test_a_supplier_in_apposition_with_a_possessive_is_a_partner() -> None:
    found = keys("Veltis a levé 10 millions d'euros. OVHcloud, son fournisseur historique, "
                 "héberge aussi ses concurrents.")
    assert any(kind == "partnership" and {a, b} == {"OVHcloud", "Veltis"}
               for kind, a, b, _ in found), found


def test_possessed_peers_opening_the_sentence_are_the_company_spoken_of_s() -> None:
    found = keys("Voltaia a levé 10 millions d'euros. Ses clients incluent déjà RTE et Engie, qui "
                 "pilotent leurs réseaux avec ses outils.")
    assert ("partnership", "RTE", "Voltaia", "stated") in found, found
    assert ("partnership", "Engie", "Voltaia", "stated") in found, found
    found = keys("Nordhaven a levé 10 millions d'euros. Son actionnaire de référence, le fonds "
                 "Verdane, a réaffirmé son soutien.")
    assert ("investment", "Verdane", "Nordhaven", "stated") in found, found


def test_la_cible_is_the_company_the_article_said_was_to_be_bought() -> None:
    found = keys("Ciril, l'éditeur lyonnais de logiciels pour les mairies, serait en négociations "
                 "pour racheter Mairia, une start-up nantaise. D'après Les Echos, le montant "
                 "avoisinerait 20 millions d'euros. La cible, qui a levé 4 millions d'euros "
                 "auprès d'Elaia, emploie quarante personnes.")
    assert ("investment", "Elaia", "Mairia", "stated") in found, found
    assert ("investment", "Elaia", "Ciril", "stated") not in found, found


def test_the_lead_investor_joined_by_others_brings_them_into_the_round() -> None:
    found = keys("Veltis a levé 40 millions d'euros lors d'une série B menée par Prosus, qui "
                 "devient son premier actionnaire. Le groupe néerlandais de services en ligne a "
                 "été rejoint par Bpifrance, Elaia et Kima Ventures.")
    for investor in ("Bpifrance", "Elaia", "Kima Ventures"):
        assert ("investment", investor, "Veltis", "stated") in found, found


def test_a_round_followed_by_investors_after_its_fronted_lead() -> None:
    found = keys("Veltis vient de lever 12 millions d'euros. Menée par Partech, l'opération a été "
                 "suivie par Bpifrance, Elaia et le néerlandais Prosus.")
    for investor in ("Bpifrance", "Elaia", "Prosus"):
        assert ("investment", investor, "Veltis", "stated") in found, found


def test_investors_listed_in_any_tense_are_the_funded_company_s() -> None:
    found = keys("Veltis a levé 40 millions d'euros l'an dernier. Parmi les investisseurs "
                 "figuraient Partech, Elaia et Bpifrance.")
    for investor in ("Partech", "Elaia", "Bpifrance"):
        assert ("investment", investor, "Veltis", "stated") in found, found


def test_investors_ceding_their_stake_to_the_buyer_described_held_the_company_bought() -> None:
    found = keys("Orano a racheté Veltis. Partech et Elaia, qui y avaient investi 6 millions "
                 "d'euros en 2023, cèdent l'intégralité de leurs parts au groupe nucléaire.")
    assert ("investment", "Partech", "Veltis", "ended") in found, found
    assert ("investment", "Elaia", "Veltis", "ended") in found, found


def test_ce_dernier_opening_a_sentence_is_the_company_named_last() -> None:
    found = keys("Le chinois YMTC a déposé une plainte contre Micron. Ce dernier, qui affronte "
                 "déjà Netlist devant les tribunaux, a riposté.")
    assert any(kind == "rivalry" and {a, b} == {"Micron", "Netlist"}
               for kind, a, b, _ in found), found
