"""Descriptions standing for a well-known company (reader.coref), alone and in relations."""

from __future__ import annotations

from pathlib import Path

from reader.articles import article_from_text
from reader.coref import described, established, of_nationality, worth_reading
from reader.relations import article_relations


def resolved(sentence: str, named: list[str], subject: list[str] | None = None) -> list[tuple]:
    return [(sentence[d.start : d.end], d.name) for d in described(sentence, named, subject or [])]


def relations(text: str) -> set[tuple[str, str, str, str]]:
    article = article_from_text(text, Path("c.md"), "c")
    return {(r.type, r.a, r.b, r.status) for r in article_relations(article)}


def test_a_home_town_or_a_founder_names_the_company() -> None:
    assert resolved("Le groupe de Cupertino a tranché.", []) == [
        ("Le groupe de Cupertino", "Apple")]
    assert resolved("Elle reste liée au géant américain de Redmond.", []) == [
        ("au géant américain de Redmond", "Microsoft")]
    assert resolved("Le conglomérat de Masayoshi Son paiera.", []) == [
        ("Le conglomérat de Masayoshi Son", "SoftBank")]
    # A town with several companies: only one the article names.
    assert resolved("Le laboratoire de San Francisco se tait.", []) == []
    assert resolved("Le laboratoire de San Francisco se tait.", ["Nvidia", "Anthropic"]) == [
        ("Le laboratoire de San Francisco", "Anthropic")]
    # A town no table knows, and a place that is no company's home.
    assert resolved("Le groupe de Lorient et la mairie de Cupertino.", []) == []


def test_a_nationality_names_a_company_the_article_names_the_subject_first() -> None:
    assert resolved("Le groupe coréen s'appuie sur Gemini.", ["Google", "Samsung"]) == [
        ("Le groupe coréen", "Samsung")]
    assert resolved("La start-up coréenne lève des fonds.", ["Upstage", "Samsung"],
                    ["Samsung"]) == [("La start-up coréenne", "Samsung")]
    assert resolved("Le néerlandais intégrera ses modèles.", ["Mistral AI", "ASML"]) == [
        ("Le néerlandais", "ASML")]
    # Never a company the article does not name, and never before a name it introduces.
    assert resolved("Le groupe coréen s'appuie sur Gemini.", ["Google"]) == []
    assert resolved("Le groupe coréen Samsung s'appuie sur Gemini.", ["Samsung"]) == []
    # "le français" alone is the language; a market or a government is no company.
    assert resolved("Il parle le français et le marché américain.", ["Mistral AI", "Apple"]) == []


def test_the_gate_lets_ordinary_sentences_through_untouched() -> None:
    assert not worth_reading({"le", "groupe", "a", "signé", "avec", "openai"})
    assert worth_reading({"le", "groupe", "de", "cupertino"})
    assert worth_reading({"la", "start-up", "coréenne"})


def test_relations_of_a_company_named_by_its_town_founder_or_nationality() -> None:
    assert ("investment", "Alibaba", "Moonshot AI", "stated") in relations(
        "Alibaba publie Qwen 3. Le géant de Hangzhou, qui a investi dans Moonshot AI, "
        "veut rester en tête.")
    assert ("uses_model", "Samsung", "Gemini", "stated") in relations(
        "Samsung investit dans Perplexity. Le groupe coréen s'appuie aussi sur Gemini, le "
        "modèle de Google.")
    assert ("uses_model", "CMA CGM", "Mistral Large 2", "stated") in relations(
        "CMA CGM signe avec Mistral AI. Le groupe marseillais utilisera notamment Mistral "
        "Large 2, le modèle phare de la start-up.")
    assert ("investment", "Meta", "Scale AI", "stated") in relations(
        "Meta recrute. Le groupe de Menlo Park, qui a investi 14 milliards de dollars dans "
        "Scale AI, accélère.")
    # An apposition to a name is that name's, not a second party.
    found = relations("Moonshot AI, la start-up pékinoise, a levé un milliard de dollars lors "
                      "d'un tour mené par Alibaba.")
    assert found == {("investment", "Alibaba", "Moonshot AI", "stated")}


def test_a_description_after_the_source_of_a_sentence_is_the_previous_subject() -> None:
    found = relations("Spotify poursuit Anthropic en justice. Spotify a signé avec Google. "
                      "Anthropic conteste ces accusations. Selon The Information, la société "
                      "négocierait un accord de licence avec Deezer.")
    assert ("partnership", "Anthropic", "Deezer", "talks") in found
    assert not any("Deezer" in (a, b) and "Spotify" in (a, b) for _, a, b, _ in found)


def test_la_jeune_pousse_is_never_the_operator_or_the_group_spoken_of() -> None:
    found = relations("Lyra Labs lève 10 millions d'euros auprès de Partech. L'opérateur "
                      "Bouygues Telecom a signé un contrat avec Lyra Labs. La jeune pousse se pose "
                      "en concurrente directe de Mistral AI.")
    assert ("rivalry", "Lyra Labs", "Mistral AI", "stated") in found
    assert not any(t == "rivalry" and "Bouygues" in (a, b) for t, a, b, _ in found)
    # A large group is no start-up either, though it was the subject just before.
    found = relations("Lyra Labs lève 10 millions d'euros. Samsung a signé un contrat avec Lyra "
                      "Labs. La start-up affronte Mistral AI.")
    assert ("rivalry", "Lyra Labs", "Mistral AI", "stated") in found
    # "La société" fits any company: the subject before.
    found = relations("Lyra Labs lève 10 millions d'euros. Samsung a signé un contrat avec Lyra "
                      "Labs. La société affronte Apple.")
    assert ("rivalry", "Apple", "Samsung", "stated") in found


def test_established_companies_are_the_giants_and_those_given_a_trade() -> None:
    text = "L'opérateur Bharat Connect signe. Le groupe japonais Fujitsu rachète Hikari Labs."
    spans = [(text.index(n), n) for n in ("Bharat Connect", "Fujitsu", "Hikari Labs")]
    assert established(text, [*spans, (0, "Samsung")]) == {"Bharat Connect", "Fujitsu",
                                                            "Samsung"}


def test_a_description_after_a_name_is_the_nearest_company_of_its_kind() -> None:
    sentence = ("Bouygues Telecom intègre Claude, le modèle de la start-up américaine "
                "Anthropic.")
    # (the name follows: it is introduced, not described)
    assert resolved(sentence, ["OpenAI", "Anthropic"]) == []
    sentence = "Orange intègre Claude d'Anthropic, la start-up américaine, à son assistant."
    spans = [(sentence.index("Anthropic"), "Anthropic")]
    got = described(sentence, ["OpenAI", "Anthropic"], ["Orange"], spans)
    assert [(sentence[d.start : d.end], d.name) for d in got] == [
        ("la start-up américaine", "Anthropic")]
    # A trade after the nationality: "le groupe japonais de services informatiques".
    assert resolved("Le groupe japonais de services informatiques renonce.", ["Cohere", "NTT"]) \
        == [("Le groupe japonais", "NTT")]
    assert resolved("La société torontoise rachète Perceptio.", []) == [
        ("La société torontoise", "Cohere")]
    assert resolved("Le conglomérat de Mukesh Ambani intégrera Llama 4.", []) == [
        ("Le conglomérat de Mukesh Ambani", "Reliance")]


def test_a_trade_opening_a_sentence_stays_its_subject_before_the_names_after_it() -> None:
    found = relations("Vodafone a signé un accord avec Cohere. L'opérateur compte l'utiliser pour "
                      "répondre aux clients de son réseau en Égypte, via sa filiale Vodacom, avant "
                      "de l'étendre ailleurs. Son concurrent Orange a choisi une autre voie.")
    assert ("rivalry", "Orange", "Vodafone", "stated") in found
    assert not any(t == "rivalry" and "Vodacom" in (a, b) for t, a, b, _ in found)


def test_a_sentence_that_names_its_companies_only_by_description_is_read() -> None:
    found = relations("Microsoft investit dans OpenAI. Le conglomérat de Masayoshi Son a signé "
                      "un accord avec le mastodonte de Redmond.")
    assert ("partnership", "Microsoft", "SoftBank", "stated") in found


def test_the_gate_is_not_opened_by_the_common_words_of_a_name() -> None:
    # "Son" of "Masayoshi Son", "San" of "San Francisco" are everyday words.
    assert not worth_reading({"son", "modèle", "san", "view", "park"})


def test_a_cloud_arm_named_after_its_group_is_the_group_on_the_map() -> None:
    # One name per company, as the company is best known: "Google Cloud" is Google.
    assert relations("Le distributeur Carrefour a signé un partenariat avec Google Cloud pour ses "
                     "outils d'IA.") == {("partnership", "Carrefour", "Google", "stated")}
    # Named only through its cloud arm, the group is not made the maker of the model used.
    assert relations("Renault s'appuie sur Gemini dans le cadre d'un accord avec Google "
                     "Cloud.") == {("partnership", "Google", "Renault", "stated"),
                                   ("uses_model", "Renault", "Gemini", "stated")}
    # The arm and its group are one party: no relation of the group with itself.
    assert relations("Mistral AI a conclu un accord de distribution avec Alibaba Cloud, la "
                     "division d'informatique en nuage d'Alibaba.") == {
        ("partnership", "Alibaba", "Mistral AI", "stated")}
    assert relations("Le groupe Carrefour a signé un partenariat avec Google Cloud, et un autre "
                     "avec Google.") == {("partnership", "Carrefour", "Google", "stated")}
    # Amazon's cloud arm is Amazon, under its long name or its acronym (the news writes either
    # for the same deal); a lab known under a brand of its own keeps it.
    assert ("partnership", "Amazon", "Carrefour", "stated") in relations(
        "Le distributeur Carrefour a signé un partenariat avec AWS pour ses outils d'IA.")
    assert relations("Le distributeur Carrefour a signé un partenariat avec Amazon Web Services, "
                     "et un autre avec Amazon.") == {("partnership", "Amazon", "Carrefour",
                                                      "stated")}
    assert ("partnership", "Carrefour", "Google DeepMind", "stated") in relations(
        "Le distributeur Carrefour a signé un partenariat avec Google DeepMind.")


def test_a_start_up_of_a_town_is_never_the_giant_of_that_town() -> None:
    # "la jeune pousse de Seattle" is the story's young company, not Amazon; nor Siemens (named
    # in the sentence before) for "la start-up de Munich".
    assert relations("Vantor Labs a signé un contrat avec AMD. La jeune pousse de Seattle a levé "
                     "300 millions de dollars auprès de Sequoia.") == {
        ("investment", "Sequoia", "Vantor Labs", "stated"),
        ("partnership", "AMD", "Vantor Labs", "stated")}
    assert relations("L'allemand Brenner Robotik, concepteur de bras articulés, a signé un accord "
                     "avec Siemens. La start-up de Munich a levé 40 millions d'euros auprès de "
                     "Bpifrance.") == {("investment", "Bpifrance", "Brenner Robotik", "stated"),
                                       ("partnership", "Brenner Robotik", "Siemens", "stated")}
    # A founder's group stays that group.
    assert relations("Kelvara, un éditeur de logiciels, a signé un accord avec Salesforce. La "
                     "société de Marc Benioff distribuera ses outils.") == {
        ("partnership", "Kelvara", "Salesforce", "stated")}
    assert resolved("Pour financer sa commande, la start-up de Seattle a levé 1 milliard de "
                    "dollars.", ["Tessera Compute", "Nvidia"]) == []


def test_the_company_its_founders_come_from_is_no_party() -> None:
    assert relations("Claude est le modèle d'Anthropic. En contrepartie, la start-up fondée par "
                     "d'anciens chercheurs d'OpenAI a fait d'Amazon Web Services (AWS) son "
                     "principal partenaire.") == {
        ("makes_model", "Anthropic", "Claude", "stated"),
        ("partnership", "Amazon", "Anthropic", "stated")}
    assert relations("Veltra a présenté son agent. La start-up fondée par deux anciens de Meta "
                     "s'associe à Capgemini.") == {("partnership", "Capgemini", "Veltra", "stated")}
    assert relations("Veltra a présenté son agent. La jeune pousse, issue de Google, a conclu un "
                     "partenariat avec Samsung.") == {
        ("partnership", "Samsung", "Veltra", "stated")}


def test_a_short_form_of_a_guessed_business_is_a_party_under_its_full_name() -> None:
    assert relations("La start-up Helmar Silicon a signé avec Samsung. Helmar, qui assure "
                     "devancer Groq, est en discussions avec Oracle.") == {
        ("partnership", "Helmar Silicon", "Oracle", "talks"),
        ("partnership", "Helmar Silicon", "Samsung", "stated")}


def test_more_home_towns_and_heads_of_well_known_companies() -> None:
    assert relations("Infosys a présenté ses résultats. Le groupe de Bangalore a signé un accord "
                     "avec Mistral AI.") == {("partnership", "Infosys", "Mistral AI", "stated")}
    assert ("investment", "Nvidia", "AI21 Labs", "stated") in relations(
        "AI21 Labs a présenté Jamba. La start-up de Tel-Aviv a levé 300 millions de dollars "
        "auprès de Google et de Nvidia.")
    assert relations("Xiaomi a présenté un téléphone. Le groupe de Lei Jun a conclu un "
                     "partenariat avec DeepSeek.") == {("partnership", "DeepSeek", "Xiaomi",
                                                        "stated")}
    assert resolved("Le groupe de Lei Jun a conclu un partenariat avec DeepSeek.",
                    ["DeepSeek"]) == [("Le groupe de Lei Jun", "Xiaomi")]


def test_the_brand_a_parent_is_presented_by_is_no_party() -> None:
    # "Alphabet, maison mère de Google, … un accord avec Anthropic": the deal is the parent's.
    found = relations("Microsoft a signé avec OpenAI. Son concurrent Alphabet, maison mère de "
                      "Google, a pris une autre voie en offrant Claude à ses clients, fruit d'un "
                      "accord avec Anthropic.")
    assert ("partnership", "Alphabet", "Anthropic", "stated") in found
    assert not any("Google" in (r[1], r[2]) for r in found)


def test_a_nationality_after_the_start_up_picks_the_company_of_that_country() -> None:
    assert of_nationality("allemande, valorisée", "Mistral AI",
                                ["Mistral AI", "Helsing"]) == "Helsing"
    # Unknown to the tables: the first company not known to be of another country.
    assert of_nationality("allemande,", "Mistral AI", ["Mistral AI", "Quantra"]) == "Quantra"
    # The right nationality, no nationality, or a company the tables do not know: unchanged.
    assert of_nationality("française", "Mistral AI", ["Helsing"]) == "Mistral AI"
    assert of_nationality(", valorisée", "Mistral AI", ["Helsing"]) == "Mistral AI"
    assert of_nationality("allemande", "Quantra", ["Helsing"]) == "Quantra"
