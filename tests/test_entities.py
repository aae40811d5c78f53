"""Company and AI-model mentions: what the reader highlights and `reader mentions` prints."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import document, entities
from reader.articles import article_from_text, load_article
from reader.entities import (
    BUNDLED,
    Entity,
    Matcher,
    article_mentions,
    block_mentions,
    cell_mentions,
    default_matcher,
    find_in_blocks,
    find_in_markdown,
    load_gazetteer,
)
from reader.mentions_cli import run

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _fresh_default_matcher():
    # The default matcher reads the user's entities.toml from the (temporary) config dir.
    default_matcher.cache_clear()
    yield
    default_matcher.cache_clear()


def found(text: str, context: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in default_matcher().find(text, context)]


# ---- quality


def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.md"))
    assert len(files) == 5, "the five seed articles are expected in seeds/"
    return files


@pytest.mark.parametrize("path", seed_files(), ids=lambda p: p.stem)
def test_seed_mentions_are_exactly_the_annotated_ones(path: Path) -> None:
    expected = json.loads((DATA / "seed_mentions.json").read_text("utf-8"))["seeds"][path.stem]
    article = load_article(path)
    mentions = article_mentions(article)
    assert [[m.text, m.kind] for m in mentions] == expected
    for m in mentions:
        assert article.text[m.start : m.end] == m.text
        assert m.start >= article.body_offset


def in_article(text: str) -> list[tuple[str, str]]:
    """The mentions of a one-paragraph article, through the pipeline every surface uses."""
    blocks = [document.Block(document.PARAGRAPH, text)]
    return [(m.text, m.kind) for m in find_in_blocks(blocks).mentions[0]]


def score(name: str) -> tuple[float, float]:
    data = json.loads((DATA / name).read_text("utf-8"))
    tp = fp = fn = 0
    for paragraph in data["paragraphs"]:
        got = Counter(in_article(paragraph["text"]))
        want = Counter(tuple(m) for m in paragraph["mentions"])
        tp += sum((got & want).values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
    return tp / (tp + fp), tp / (tp + fn)


def test_unseen_paragraphs_precision_and_recall() -> None:
    precision, recall = score("unseen_fr.json")
    assert precision >= 0.98, (precision, recall)
    assert recall >= 0.98, (precision, recall)


def test_long_tail_batch_f_precision_and_recall() -> None:
    # Written blind (first run P 0.880 / R 0.544, see the file's "about").
    precision, recall = score("mentions_F.json")
    assert precision >= 0.98, (precision, recall)
    assert recall >= 0.95, (precision, recall)


@pytest.mark.parametrize(("batch", "floor"), [("mentions_G.json", (0.97, 0.95)),
                                              ("mentions_H.json", (0.98, 0.95)),
                                              ("mentions_J.json", (0.99, 0.97)),
                                              ("mentions_K.json", (0.96, 0.93)),
                                              ("mentions_L.json", (0.98, 0.92)),
                                              ("mentions_I.json", (0.97, 0.95))])
def test_held_out_long_tail_batches_do_not_fall_back(batch: str,
                                                    floor: tuple[float, float]) -> None:
    # Regression guards at the scores the engine reached, not targets (see each file's "about":
    # G was studied by category of error; H, J, K, L and I were scored blind first, then studied
    # the same way).
    precision, recall = score(batch)
    assert precision >= floor[0] and recall >= floor[1], (precision, recall)


def test_names_never_seen_in_the_structures_of_the_news() -> None:
    # Appositions, relative clauses, funding and deal lists, release verbs, model shapes.
    text = ("Zorvane, éditeur lyonnais de logiciels, a levé 9 millions auprès de Kestrel et "
            "d'Orbiton. Pellura, qui équipe les notaires, a levé 3 millions. Quillon a acquis la "
            "start-up Vexo. Le groupe a présenté deux modèles, Atlas 2.5 et Boreal-7B, puis son "
            "propre modèle, TaroGPT, et publié QRX-13B. Hexa, dont le modèle Hexa Solo trie "
            "les courriels, a signé un partenariat avec Miradia.")
    assert in_article(text) == [
        ("Zorvane", "company"), ("Kestrel", "company"), ("Orbiton", "company"),
        ("Pellura", "company"), ("Quillon", "company"), ("Vexo", "company"),
        ("Atlas 2.5", "model"), ("Boreal-7B", "model"), ("TaroGPT", "model"),
        ("QRX-13B", "model"), ("Hexa", "company"), ("Hexa Solo", "model"),
        ("Miradia", "company"),
    ]
    # What the text cites as its source, a sentence adverb, a person described like a business,
    # a product in a sentence's opening phrase: none is a business.
    assert in_article("Selon le cabinet Brightline Research, Parallèlement, Marie Dupont, "
                      "spécialiste de la vision, rejoint OpenAI. Avec la série Nova S2, le "
                      "constructeur innove.") == [("OpenAI", "company")]


def test_names_never_seen_by_their_shape() -> None:
    text = ("Le tour de table, mené par AMD Ventures avec la participation de SBI Investment et "
            "de Shinhan Bank, finance Krutrim-2 et Apriel-5B ; Viking 33B suit. Le Public "
            "Investment Fund (PIF) investit, et Gnani.ai, basée à Bangalore, présente Nanda, "
            "un modèle en hindi. Le suédois Saab reste actionnaire.")
    assert in_article(text) == [
        ("AMD Ventures", "company"), ("SBI Investment", "company"),
        ("Shinhan Bank", "company"), ("Krutrim-2", "model"), ("Apriel-5B", "model"),
        ("Viking 33B", "model"), ("Public Investment Fund", "company"), ("PIF", "company"),
        ("Gnani.ai", "company"), ("Nanda", "model"), ("Saab", "company"),
    ]
    # Who raises a round is a business; a person raising a hand is not.
    assert in_article("La jeune Zorbix lève 100 millions. Pierre Dupont a levé la main.") == [
        ("Zorbix", "company")]


def test_two_model_names_one_space_apart_are_one_model() -> None:
    # Each half alone looks like a model ("Falcon-H1R", "Genie", "Open 100B"); together they
    # are one name, and the size of the weights is part of it.
    text = ("Le laboratoire Corvalis a publié Falcon-H1R 7B, puis la société Quenta a présenté "
            "son modèle Solar Open 100B. Robix a dévoilé son modèle Genie Operator-1 au "
            "printemps. Mistral Small et Qwen3 32B restent devant.")
    assert [m for m in in_article(text) if m[1] == "model"] == [
        ("Falcon-H1R 7B", "model"), ("Solar Open 100B", "model"),
        ("Genie Operator-1", "model"), ("Mistral Small", "model"), ("Qwen3 32B", "model")]


def test_a_business_name_can_open_the_paragraph_and_bourse_is_no_business() -> None:
    # The first word of a paragraph starts a name as well as any other ("Tanuki Group").
    assert in_article("Tanuki Group annonce des résultats en hausse.") == [
        ("Tanuki Group", "company")]
    assert in_article("Korea Investment Partners a mené le tour.") == [
        ("Korea Investment Partners", "company")]
    assert in_article("Mitsubishi Group annonce des résultats.") == [
        ("Mitsubishi Group", "company")]
    assert in_article("Nouvelle levée : Quenta AI prépare son introduction en Bourse et Robix "
                      "a présenté son modèle.") == [("Quenta AI", "company"),
                                                    ("Robix", "company")]


def test_hyphenated_and_versioned_names_the_sentence_calls_a_model() -> None:
    assert in_article("La société Quenta a développé Ombre 2.0, un modèle de vision.") == [
        ("Quenta", "company"), ("Ombre 2.0", "model")]
    assert ("RB-VLA 3", "model") in in_article(
        "Robix entraîne son propre modèle de préhension, RB-VLA 3, qui apprend vite.")
    assert in_article("Elle présente Tessel-ModernBERT, un modèle de recherche.") == [
        ("Tessel-ModernBERT", "model")]
    # A known business's name, a hyphenated word and a version: its product.
    assert in_article("Sarvam AI a dévoilé Sarvam-Speech 3 cette semaine.") == [
        ("Sarvam AI", "company"), ("Sarvam-Speech 3", "model")]


def test_a_branch_of_a_business_and_a_name_given_at_the_sentence_start() -> None:
    # An acronym or a country after a business names its branch; its short form follows it.
    assert in_article("Les serveurs de Samsung SDS tournent. Samsung SDS prévoit une offre.") == [
        ("Samsung SDS", "company"), ("Samsung SDS", "company")]
    assert in_article("L’assureur Vellano France confie ses sinistres à un agent. Chez "
                      "Vellano, on insiste.") == [("Vellano France", "company"),
                                                   ("Vellano", "company")]
    # What a business sells or runs is not a branch.
    assert in_article("Elle loue des Nvidia GPU pour ses essais et appelle Google IA chaque "
                      "jour.") == [("Nvidia", "company"), ("Google", "company")]
    assert in_article("Baptisé Orfeo, l’outil repose sur un modèle maison.") == [
        ("Orfeo", "model")]


def test_a_list_member_after_a_bare_determiner() -> None:
    assert in_article("Elle signe avec Safran, la MNTX et Norvalo.") == [
        ("Safran", "company"), ("MNTX", "company"), ("Norvalo", "company")]
    assert in_article("Elle signe avec Safran, la MNTX et le groupe hospitalier privé Norvalo "
                      "Santé.") == [("Safran", "company"), ("MNTX", "company"),
                                    ("Norvalo Santé", "company")]
    # A capitalised common noun that the name goes on from is not a member on its own.
    assert in_article("Le Syndicat national, rejoint par Meta, la Société des gens de lettres "
                      "et Safran, proteste.") == [("Meta", "company"), ("Safran", "company")]


def test_longer_descriptions_before_a_name_and_a_fund_in_apposition() -> None:
    assert in_article("Le concepteur taïwanais de puces d’inférence MoritaAI a conclu un "
                      "accord. Pour Morita, c’est une vitrine.") == [
        ("MoritaAI", "company"), ("Morita", "company")]
    assert ("Quarz47", "company") in in_article(
        "Le tour réunit Quarz47, le fonds de capital-risque du groupe, et d’autres.")


def test_businesses_a_plural_noun_or_a_client_list_names() -> None:
    assert in_article("L’outil équipe les cliniques des groupes Vendal Santé et Orsane.") == [
        ("Vendal Santé", "company"), ("Orsane", "company")]
    assert in_article("Parmi ses premiers clients figurent Qamar NBD et Tarvex.") == [
        ("Qamar NBD", "company"), ("Tarvex", "company")]
    # A plural noun before one name only is no list.
    assert in_article("Les groupes Wagner s’étaient dissous.") == []


def test_rivals_accusers_consortium_members_and_buyers_named_in_their_slots() -> None:
    # Who a business faces, who sues it, who shares its consortium or may buy it: a business,
    # however unknown the name, and every member of the list in that slot.
    assert in_article("Sur les PME, l’éditeur se mesure de front et affronte surtout Velmora "
                      "et Quintaro.") == [("Velmora", "company"), ("Quintaro", "company")]
    assert in_article("La fintech se heurte au Maroc à Dirhamly et à Sahelpay.") == [
        ("Dirhamly", "company"), ("Sahelpay", "company")]
    assert in_article("Ses deux rivaux, Brakko et Tessivo, ont levé davantage.") == [
        ("Brakko", "company"), ("Tessivo", "company")]
    assert in_article("Le marché est disputé, à commencer par celle de Nordvik et de "
                      "Calmera.") == [("Nordvik", "company"), ("Calmera", "company")]
    assert in_article("Elle a rejoint un consortium réunissant Ardelis, Pontor et "
                      "l’hébergeur de données Vexa.") == [
        ("Ardelis", "company"), ("Pontor", "company"), ("Vexa", "company")]
    assert in_article("Elle a rejoint un consortium formé avec Ardelis et le fournisseur de "
                      "cloud Vexano.") == [("Ardelis", "company"), ("Vexano", "company")]
    assert in_article("La start-up est poursuivie à Londres par Korvane, qui l’accuse de "
                      "copie.") == [("Korvane", "company")]
    assert in_article("Un autre acquéreur, Brisal et Tamvo étant cités, reste à trouver.") == [
        ("Brisal", "company"), ("Tamvo", "company")]
    assert in_article("La levée est menée par Ostrava Partners, avec Lumvi et Caldo.") == [
        ("Ostrava Partners", "company"), ("Lumvi", "company"), ("Caldo", "company")]
    assert in_article("Ses clients, parmi lesquels les cabinets Ferrand et Quillet, se "
                      "taisent.") == [("Ferrand", "company"), ("Quillet", "company")]
    # An English "and" joins the words of one name.
    assert in_article("Ses clients, parmi lesquels les cabinets Hartley and Booth et Quillet, "
                      "se taisent.") == [("Hartley and Booth", "company"), ("Quillet", "company")]
    # People and places in the same slots are not businesses.
    assert in_article("Le maire affronte Marie Dupont et Jean Martin.") == []
    assert in_article("Il se heurte à Paris et à Londres.") == []
    assert in_article("Son concurrent, Pierre Durand, sourit.") == []
    assert in_article("Elle est poursuivie par M. Martin.") == []


def test_more_slots_a_party_fills_talks_a_stated_rival_and_later_investors() -> None:
    assert in_article("Elle est en discussions avec le grossiste médical Pharvel pour 300 "
                      "officines.") == [("Pharvel", "company")]
    assert in_article("Notre seul concurrent, c’est Ordilis, présent partout.") == [
        ("Ordilis", "company")]
    assert in_article("L’éditeur se mesure surtout à Tarnel et à Vosk.") == [
        ("Tarnel", "company"), ("Vosk", "company")]
    assert in_article("Ses investisseurs historiques Greyfield et Osmo ont remis au pot, rejoints "
                      "par KVL.") == [
        ("Greyfield", "company"), ("Osmo", "company"), ("KVL", "company")]
    assert in_article("La legal-tech lyonnaise Juristo lève 4 millions.") == [
        ("Juristo", "company")]
    # A person or a country one talks with is no business.
    assert in_article("Il est en discussion avec Marie Dupont et avec la France.") == []


def test_a_quantity_opening_the_sentence_before_a_business_noun_is_no_business() -> None:
    assert in_article("La start-up Ondine lève 8 millions. Quelques mois plus tard, deux "
                      "cofondateurs partent. Le groupe mise sur les banques.") == [
        ("Ondine", "company")]


def test_who_raised_money_with_an_adverb_before_the_verb_is_a_business() -> None:
    assert in_article("Fjällvik a par ailleurs bouclé une levée de 9 millions d’euros.") == [
        ("Fjällvik", "company")]
    assert in_article("Ondrel a déjà levé 4 millions l’an dernier.") == [("Ondrel", "company")]
    assert in_article("Marie Curie a déjà levé la main.") == []


def test_models_never_seen_named_by_what_the_sentence_calls_them() -> None:
    # A model line of its own is not the family it grew from.
    assert in_article("Elle a quitté le modèle Med-PaLM 2 de Google.") == [
        ("Med-PaLM 2", "model"), ("Google", "company")]
    # A version in small letters, and a model named after a long description of it.
    assert in_article("Le studio adoptera Vartan Voice v3, le modèle vedette du fournisseur.") == [
        ("Vartan Voice v3", "model")]
    assert in_article("La pépite y apporte son modèle de détection des fraudes bancaires, "
                      "Lumo-Net, conçu en interne.") == [("Lumo-Net", "model")]
    # "du petit modèle X"; both names after a plural cue ("baptisés A et B"), not after a
    # singular one.
    assert in_article("Elle est à l’origine du petit modèle ZuluVox.") == [("ZuluVox", "model")]
    assert in_article("Elle développe ses propres modèles, baptisés Corail et Récif.") == [
        ("Corail", "model"), ("Récif", "model")]
    assert in_article("Son assistant, baptisé Nova et Paris.") == [("Nova", "model")]


def test_a_product_of_a_business_the_article_settled() -> None:
    assert in_article("Torvik, la start-up d’Oslo, a levé 20 millions. Torvik Driver, son "
                      "système de conduite, roule déjà.") == [
        ("Torvik", "company"), ("Torvik Driver", "model")]


def test_elided_que_short_forms_with_data_owners_and_ai_platforms() -> None:
    assert in_article("L’assureur Orvane l’intègre, tandis qu’Ilex Bank l’expérimente.") == [
        ("Orvane", "company"), ("Ilex Bank", "company")]
    assert in_article("Elle rachète Bréval Data, une start-up nantaise. Les outils de Bréval "
                      "seront intégrés.") == [("Bréval Data", "company"), ("Bréval", "company")]
    assert in_article("Elle signe avec le constructeur Velkar Automobile. Velkar rejoint ainsi "
                      "la course.") == [("Velkar Automobile", "company"), ("Velkar", "company")]
    assert in_article("Son cloud tourne chez Norsk, propriétaire de Kolmar.") == [
        ("Kolmar", "company")]
    assert in_article("Le chiffre progresse, porté par sa plateforme d’IA générative Talvor. "
                      "Le titre monte.") == [("Talvor", "model")]


def test_who_builds_on_a_start_up_is_a_business_but_not_a_first_name() -> None:
    assert in_article("La concurrence s’organise : NRT s’appuie sur la start-up Velvo, "
                      "qu’elle contrôle.") == [("NRT", "company"), ("Velvo", "company")]
    assert in_article("Marc s’appuie sur la start-up Velvo.") == [("Velvo", "company")]


def test_a_division_of_a_business_is_a_business() -> None:
    assert in_article("Torrent Engine, la division cloud de ByteDance, a signé un accord.") == [
        ("Torrent Engine", "company"), ("ByteDance", "company")]


def test_a_family_of_people_is_not_a_model_family() -> None:
    assert in_article("Arven, le family office de la famille Strüngmann, investit.") == []
    assert in_article("Elle publie les modèles de la famille Kavra, puis rejoint la famille "
                      "Sorbo.") == [("Kavra", "model"), ("Sorbo", "model")]


def test_models_a_business_lists_and_their_coder_edition() -> None:
    assert in_article("Il repose sur le modèle Tessa-Flow, conçu à Lyon.") == [
        ("Tessa-Flow", "model")]
    assert in_article("Il repose sur le modèle maison Vanto-Voice 1.5, capable de tout.") == [
        ("Vanto-Voice 1.5", "model")]
    assert in_article("Elle entraîne ses modèles, dont Orage 2 et sa variante de code Orage 2 "
                      "Coder, chez un hébergeur.") == [("Orage 2", "model"),
                                                       ("Orage 2 Coder", "model")]


def test_lists_are_read_from_the_business_they_hold() -> None:
    assert in_article("Infosys et Tata Consultancy Services signent.") == [
        ("Infosys", "company"), ("Tata Consultancy Services", "company")]
    # A person beside a company is not taken for one; places are not either.
    assert in_article("OpenAI et Sam Altman, à Paris, Londres et Berlin.") == [
        ("OpenAI", "company")]
    assert in_article("Elon Musk attaque. OpenAI et Musk s'opposent.") == [
        ("OpenAI", "company")]


def test_more_nationalities_determiners_and_business_nouns_introduce_a_business() -> None:
    text = ("Le chilien Varbo Alimentos s'étend. Les hôpitaux du groupe américain Telvane "
            "Health l'utilisent, comme la filiale du conglomérat Orvika. L'énergéticien Pradel "
            "et la néobanque Sumio suivent ; Quenta, le géant local du commerce, aussi. "
            "Fondée par deux anciens de Zephro, la jeune pousse recrute.")
    assert in_article(text) == [
        ("Varbo Alimentos", "company"), ("Telvane Health", "company"), ("Orvika", "company"),
        ("Pradel", "company"), ("Sumio", "company"), ("Quenta", "company"),
        ("Zephro", "company"),
    ]
    # After a comma, a business noun followed by a name opens a new clause: the name before the
    # comma is a source here, not the business.
    assert in_article("Selon le Daily Orbit, la banque Kestrava adopte l'outil.") == [
        ("Kestrava", "company")]


def test_names_set_off_as_models_by_the_words_around_them() -> None:
    text = ("Velmar lance Ondo 3, déclinée en Ondo 3 Mini. Son assistant, Pipa, s'appuie "
            "sur un modèle de vision maison, Lumeo Vision 2, et sur ZEN-KO, le grand modèle "
            "régional. Le modèle public Brisa est ouvert, tout comme Ferro, l'algorithme de "
            "tri, et Dova, une API de transcription.")
    assert in_article(text) == [
        ("Velmar", "company"), ("Ondo 3", "model"), ("Ondo 3 Mini", "model"),
        ("Pipa", "model"), ("Lumeo Vision 2", "model"), ("ZEN-KO", "model"),
        ("Brisa", "model"), ("Ferro", "model"), ("Dova", "model"),
    ]


def test_who_releases_or_tests_a_model_is_a_business_but_not_a_person() -> None:
    assert in_article("À Lima, Pucará et Andes Nuvola Kato dévoilent Inti-LM 2. Jean Martin "
                      "teste GPT-4o, puis Martin teste Claude.") == [
        ("Pucará", "company"), ("Andes Nuvola Kato", "company"), ("Inti-LM 2", "model"),
        ("GPT-4o", "model"), ("Claude", "model")]


def test_a_rule_that_finds_a_known_name_again_keeps_its_canonical_name() -> None:
    blocks = [document.Block(document.PARAGRAPH, "Meta Platforms s'associe à Mistral.")]
    assert [(m.text, m.canonical) for m in find_in_blocks(blocks).mentions[0]] == [
        ("Meta Platforms", "Meta"), ("Mistral", "Mistral AI")]


def test_short_forms_of_longer_business_names() -> None:
    text = ("Le norvégien 2Q Technologies et Bralo Logistics signent avec Teravo Ossan "
            "Kirel. Plus tard, 2Q, Bralo et Teravo concluent.")
    assert in_article(text) == [
        ("2Q Technologies", "company"), ("Bralo Logistics", "company"),
        ("Teravo Ossan Kirel", "company"), ("2Q", "company"), ("Bralo", "company"),
        ("Teravo", "company"),
    ]


def test_lists_of_investors_and_clients_with_what_they_say_of_each_member() -> None:
    text = ("Le tour, souscrit par Ondara Capital, Brevik Equity et Tessel Ventures, est "
            "complété par Marlo et par Halvard Partners. Quelque vingt clients, parmi "
            "lesquels le transporteur Nordvik Baltic, le groupe lituanien Kaspa et le "
            "spécialiste des casiers Velto. Auprès notamment de Square Vale et du fonds "
            "britannique Orvane.")
    assert in_article(text) == [
        ("Ondara Capital", "company"), ("Brevik Equity", "company"),
        ("Tessel Ventures", "company"), ("Marlo", "company"), ("Halvard Partners", "company"),
        ("Nordvik Baltic", "company"), ("Kaspa", "company"), ("Velto", "company"),
        ("Square Vale", "company"), ("Orvane", "company"),
    ]
    # Two words are a person's name when they start with a first name, end with a given name
    # of the East Asian kind, or when the text gives them a person's role.
    assert in_article("Fondée par Anne Morel et Nadir Vost, la société a levé 5 millions "
                      "auprès de Lumen Morrow et de Kim Jae-won, puis aux côtés de Maro "
                      "Quint, ancien patron de Vexo.") == [
        ("Lumen Morrow", "company"), ("Vexo", "company")]


def test_subsidiaries_named_after_a_known_parent_but_not_its_products() -> None:
    text = ("Le tour réunit Kestrel Partners, Samsung NEXT et Nvidia India. L'opérateur "
            "LG Orbis signe ; Samsung Vortex, filiale du groupe, suit. Le Samsung Galaxy S25 "
            "sort.")
    assert in_article(text) == [
        ("Kestrel Partners", "company"), ("Samsung NEXT", "company"),
        ("Nvidia India", "company"), ("LG Orbis", "company"), ("Samsung Vortex", "company"),
        ("Samsung", "company"),
    ]


def test_a_lede_subject_that_the_next_sentence_calls_a_business() -> None:
    text = ("À Quito, Velunia ouvre sa boîte noire. La foodtech équatorienne vend ses "
            "recettes. Tamsa mise sur l'IA embarquée. Le concepteur de puces annonce une "
            "levée, et Velunia recrute.")
    assert in_article(text) == [("Velunia", "company"), ("Tamsa", "company"),
                                ("Velunia", "company")]
    # Not a participle opening a sentence, nor a sentence whose next one names its own subject.
    assert in_article("Entraîné sur des textes, Orvo 2 sort. La start-up Kelva suit.") == [
        ("Kelva", "company")]


def test_former_names_camel_names_relative_clauses_and_elided_repeats() -> None:
    text = ("Velmo, l'ex-bRavo, promet un modèle. Son assistant, tessOS, planifie. Norvik, "
            "qui a racheté la start-up Pello, discute avec Ambra d'un accord. L'outil "
            "d'Ambra et ce qu'Norvik vend.")
    assert in_article(text) == [
        ("Velmo", "company"), ("bRavo", "company"), ("tessOS", "model"), ("Norvik", "company"),
        ("Pello", "company"), ("Ambra", "company"), ("Ambra", "company"),
        ("Norvik", "company"),
    ]
    # Small letters: a name with a version, or with a capital after a hyphen.
    assert in_article("Velmo a présenté lumo v3 et son agent téléphonique abi-K, tandis "
                      "qu'Orsa, le géant local, suit.") == [
        ("Velmo", "company"), ("lumo v3", "model"), ("abi-K", "model"), ("Orsa", "company")]
    # Legal forms end a business's name and may be dropped later; a known name may be the end
    # of a longer one ("Cognition" in "Érable Cognition").
    assert in_article("La maison d'édition Vorlag Verlag attaque la start-up Kestra GmbH. "
                      "Vorlag et Kestra plaident. La start-up Érable Cognition recrute. "
                      "Érable Cognition vend, comme Orvo.ai : Orvo suit.") == [
        ("Vorlag Verlag", "company"), ("Kestra GmbH", "company"), ("Vorlag", "company"),
        ("Kestra", "company"), ("Érable Cognition", "company"),
        ("Érable Cognition", "company"), ("Orvo.ai", "company"), ("Orvo", "company")]
    # What is designed with a business is a model; an entity of a group, an investment
    # vehicle, what a business merged with are businesses.
    assert in_article("On vend Tarka, conçu avec Cohere. Ordis, autre entité du groupe, et "
                      "Quarro, le véhicule d'investissement de Jean Valt, investissent ; "
                      "la société, fusionnée avec Loxa, suit.") == [
        ("Tarka", "model"), ("Cohere", "company"), ("Ordis", "company"), ("Quarro", "company"),
        ("Loxa", "company")]
    # Not a business: a pronoun opening a sentence, the second word of a place, a city in a
    # business's description, a product after a long description.
    assert in_article("Cela change tout. La société d'intelligence artificielle d'Abou Dhabi "
                      "signe, et le groupe de Seattle intègre GPT-4o. Parmi ceux-ci figure "
                      "Orvane.") == [("GPT-4o", "model")]
    # The name without the noun before it ("groupe" is not part of "Iliad"); a participle that
    # opens a sentence is no name.
    assert in_article("Valorisée 2 milliards, la filiale du groupe Iliad recrute.") == [
        ("Iliad", "company")]
    # A business's offer named for whom it serves is a model.
    assert in_article("OpenAI for Germany arrive.") == [("OpenAI for Germany", "model")]
    # A name may end with a plus sign.
    assert in_article("La chaîne Vivo+ signe.") == [("Vivo+", "company")]
    # Who leads a round, who works with a business, a logistician; an avatar is a model.
    assert in_article("Vardo mène l'opération. Pelko travaille avec Google. Le logisticien "
                      "Ostra Cargo suit ; Minu, son avatar conversationnel, parle.") == [
        ("Vardo", "company"), ("Pelko", "company"), ("Google", "company"),
        ("Ostra Cargo", "company"), ("Minu", "model")]
    # Not a business: a supercomputer, a common noun coordinated with another.
    assert in_article("Entraîné sur le supercalculateur KALO, installé à Oulu, et par la "
                      "filiale de VTC et de livraison du groupe.") == []


def test_known_names_written_longer() -> None:
    assert in_article("Aleph Alpha publie Pharia-1-LLM-7B, puis Sarvam lance Sarvam-M.") == [
        ("Aleph Alpha", "company"), ("Pharia-1-LLM-7B", "model"), ("Sarvam", "company"),
        ("Sarvam-M", "model")]


def test_one_sense_per_article_with_short_forms_and_one_canonical_name() -> None:
    article = article_from_text(
        "# Séoul\n\nL'opérateur KT investit dans Hillhouse Investment.\n\n"
        "Kakao publie Kanana-1.5-8B.\n\n- KT et Hillhouse misent sur Kanana.\n", Path("k.md"))
    found = [(m.text, m.kind, m.canonical) for b in article.blocks
             for m in block_mentions(b, article)]
    assert found == [
        ("KT", "company", "KT"), ("Hillhouse Investment", "company", "Hillhouse Investment"),
        ("Kakao", "company", "Kakao"), ("Kanana-1.5-8B", "model", "Kanana-1.5-8B"),
        ("KT", "company", "KT"), ("Hillhouse", "company", "Hillhouse Investment"),
        ("Kanana", "model", "Kanana"),
    ]
    # Within the article only: the last item alone says nothing of KT or Hillhouse.
    alone = [(m.text, m.kind) for m in block_mentions(article.blocks[-1])]
    assert ("KT", "company") not in alone and ("Hillhouse", "company") not in alone


def test_hundreds_of_guessed_names_are_sought_through_one_tree_of_their_letters() -> None:
    # An article guessing hundreds of names: their other occurrences and short forms are found
    # by one pattern factored by prefix (each position's letters read once down the tree, not
    # once per name: quadratic), which finds what the alternation sorted longest first finds.
    from reader.entities.sense import _longest_first

    surfaces = [f"Zorbex{i} AI" for i in range(300)] + [f"Zorbex{i}" for i in range(300)] + [
        f"Velmon{i} Labs" for i in range(0, 300, 7)] + ["Sakana AI", "Sakana", "A.B & Co"]
    pattern = _longest_first(surfaces)
    assert pattern.count("Zorbex") == 1 and pattern.count("Velmon") == 1
    plain = "|".join(re.escape(s).replace(r"\ ", r"\s+")
                     for s in sorted(surfaces, key=len, reverse=True))
    text = " ".join(f"Zorbex{i} AI, Zorbex{i}  AI Chat, l'outil de Zorbex{i}, Zorbex{i}-2, "
                    f"Velmon{i} Labs et Velmon{i}, Sakana\nAI, A.B & Co." for i in range(0, 320, 3))
    edges = r"(?:(?<![\w.'’-])|(?<=\b[dlDLjJ]['’]))(?:{})(?![\w-])(?![ ]+[A-Z][\w-]*[a-z0-9])"
    assert [m.span() for m in re.finditer(edges.format(pattern), text)] == [
        m.span() for m in re.finditer(edges.format(plain), text)]
    # (a few names keep the plain alternation, cheaper to build)
    assert _longest_first(["Sakana AI", "Sakana"]) == r"Sakana\s+AI|Sakana"


# ---- words, case, punctuation


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_elision_leaves_the_name_alone(apostrophe: str) -> None:
    text = (f"Les modèles d{apostrophe}OpenAI, l{apostrophe}IA qu{apostrophe}Apple prépare et "
            f"le pari s{apostrophe}Anthropic.")
    mentions = default_matcher().find(text)
    assert [(m.text, m.kind) for m in mentions] == [
        ("OpenAI", "company"), ("Apple", "company"), ("Anthropic", "company")
    ]
    assert all(text[m.start - 1] == apostrophe for m in mentions)


def test_longest_match_wins() -> None:
    text = ("Meta AI et Apple Intelligence, Llama 2 puis Llama-3.1-405B, Qwen 2.5-Max, GPT-4o, "
            "Claude 3.5 Sonnet, Claude Opus 4, Gemini Nano, Mixtral 8x7B, DeepSeek-V3, Grok 3.")
    assert found(text) == [
        ("Meta AI", "model"), ("Apple Intelligence", "model"), ("Llama 2", "model"),
        ("Llama-3.1-405B", "model"), ("Qwen 2.5-Max", "model"), ("GPT-4o", "model"),
        ("Claude 3.5 Sonnet", "model"), ("Claude Opus 4", "model"), ("Gemini Nano", "model"),
        ("Mixtral 8x7B", "model"), ("DeepSeek-V3", "model"), ("Grok 3", "model"),
    ]


def test_a_version_tail_never_takes_the_next_french_word() -> None:
    text = ("Moonshot AI met en avant Kimi k1.5 et ByteDance Doubao Pro pour tous ; Nvidia publie "
            "Nemotron et Mistral 7B puis Nemotron Ultra.")
    assert found(text) == [
        ("Moonshot AI", "company"), ("Kimi k1.5", "model"), ("ByteDance Doubao Pro", "model"),
        ("Nvidia", "company"), ("Nemotron", "model"), ("Mistral 7B", "model"),
        ("Nemotron Ultra", "model"),
    ]


def test_any_model_takes_the_version_after_it() -> None:
    text = ("ByteDance lance Seedream 4.0, AI21 Labs Jamba 1.5 Large, Nvidia Nemotron Nano 2 et "
            "Google Gemini 2.5 Flash-Lite.")
    assert found(text) == [
        ("ByteDance", "company"), ("Seedream 4.0", "model"), ("AI21 Labs Jamba 1.5 Large", "model"),
        ("Nvidia Nemotron Nano 2", "model"), ("Google Gemini 2.5 Flash-Lite", "model"),
    ]
    # A count, a duration, a year or a quantity after the name is not its version.
    assert found("ChatGPT 2 fois plus, Siri 24 heures sur 24, Copilot 365 et Siri 2025.") == [
        ("ChatGPT", "model"), ("Siri", "model"), ("Copilot", "model"), ("Siri", "model")
    ]


def test_what_the_sentence_says_of_a_name_decides_it() -> None:
    # Who said it, or a person in apposition: a first name, not Google's model.
    assert found("Google a lancé Gemma. « Très utile », s'amuse Gemma, une cliente.") == [
        ("Google", "company"), ("Gemma", "model")
    ]
    # Sued, a company; called a browser, a product, not a company guessed from "racheter".
    text = ("Midjourney, poursuivie par Disney, séduit. J'utilise Midjourney. Perplexity veut "
            "racheter Chrome, le navigateur de Google.")
    assert found(text) == [
        ("Midjourney", "company"), ("Disney", "company"), ("Midjourney", "model"),
        ("Perplexity", "company"), ("Google", "company"),
    ]
    # A name with a French homonym at the start of a sentence, doing what companies do.
    assert found("Le code est publié. Mistral l’a signé sans attendre.") == [("Mistral", "company")]
    assert found("L'AP-HP observe, SenseTime dévoile SenseNova V6.") == [
        ("SenseTime", "company"), ("SenseNova V6", "model")
    ]


def test_money_in_makes_a_company_and_shipping_on_phones_a_model() -> None:
    text = ("Samsung veut investir dans Perplexity. Perplexity pourrait ainsi être préinstallé sur "
            "les Galaxy, annonce Google I/O.")
    assert found(text) == [
        ("Samsung", "company"), ("Perplexity", "company"), ("Perplexity", "model"),
    ]


def test_the_party_sued_is_the_company() -> None:
    text = ("Disney et Universal ont assigné Midjourney en Californie. Un graphiste sur deux "
            "utilise Midjourney.")
    assert found(text) == [
        ("Disney", "company"), ("Universal", "company"), ("Midjourney", "company"),
        ("Midjourney", "model"),
    ]


def test_a_bare_flux_is_the_model_only_beside_its_maker() -> None:
    assert found("Le flux de données et Flux de trésorerie.") == []
    assert found("Il garde Flux, développé par Black Forest Labs.") == [
        ("Flux", "model"), ("Black Forest Labs", "company")
    ]


def test_a_maker_and_its_product_are_one_mention_but_de_makes_two() -> None:
    assert found("Google Gemini arrive.") == [("Google Gemini", "model")]
    assert found("Gemini de Google arrive.") == [("Gemini", "model"), ("Google", "company")]
    assert found("la série GPT d'OpenAI") == [("GPT", "model"), ("OpenAI", "company")]


def test_multiword_names_across_a_line_break() -> None:
    assert found("la pile\nApple\nIntelligence arrive") == [("Apple\nIntelligence", "model")]
    assert found("Apple\n\nIntelligence") == [("Apple", "company")]


def test_ordinary_words_are_not_names() -> None:
    assert found("une apple pie, la méta-analyse, un sac orange, un accès free et le mistral "
                 "qui souffle sur l'amazone") == []
    assert found("Nvidia, NVIDIA et NVidia") == [("Nvidia", "company"), ("NVIDIA", "company"),
                                                  ("NVidia", "company")]
    assert [m.canonical for m in default_matcher().find("NVIDIA et NVidia")] == ["Nvidia"] * 2


def test_first_names_are_not_the_assistant() -> None:
    assert found("Claude François chantait. Jean-Claude Juncker aussi. M. Claude est là.") == []
    assert found("Claude a dit qu'il viendrait demain.") == []
    with_maker = "Anthropic a présenté son assistant. Claude a dit qu'il pouvait coder."
    assert found(with_maker) == [("Anthropic", "company"), ("Claude", "model")]
    assert found("le modèle Claude répond vite") == [("Claude", "model")]


def test_ordinary_word_at_sentence_start_needs_support() -> None:
    assert found("Orange est la couleur de l'automne.") == []
    assert found("Orange lance une offre. Le partenariat avec Orange tient.") == [
        ("Orange", "company"), ("Orange", "company")
    ]
    assert found("Orange et Capgemini ont signé.") == [("Orange", "company"),
                                                       ("Capgemini", "company")]


@pytest.mark.parametrize(
    "text",
    ["(OpenAI)", "«OpenAI»", "« OpenAI »", "OpenAI,", "OpenAI.", "OpenAI's", "\"OpenAI\"",
     "OpenAI…", "**OpenAI**", "*OpenAI*", "[OpenAI]", "OpenAI/Microsoft", "OpenAI-Microsoft"],
)
def test_punctuation_around_names(text: str) -> None:
    assert ("OpenAI", "company") in found(text)


def test_names_inside_words_are_not_matched() -> None:
    assert found("Metadata, Applebee, OpenAIX, GoogleMaps, xMeta, Apple2") == []


def test_url_email_and_domain_are_not_prose() -> None:
    text = ("Voir https://www.apple.com/Apple-Intelligence/Meta?x=OpenAI, www.Google.fr/Meta, "
            "écrire à press@OpenAI.com ou lire openai.com/news. Amazon.com reste une société.")
    assert found(text) == [("Amazon.com", "company")]


# ---- context: which kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("le modèle DeepSeek impressionne", "model"),
        ("l'application DeepSeek est en tête", "model"),
        ("le nouvel agent d'IA en vogue qu'est DeepSeek", "model"),
        ("la start-up DeepSeek a levé des fonds", "company"),
        ("les modèles de DeepSeek progressent", "company"),
        ("le fondateur de DeepSeek parle", "company"),
        ("DeepSeek, la start-up chinoise, grandit", "company"),
        ("On parle beaucoup de DeepSeek cette semaine", "company"),
    ],
)
def test_deepseek_takes_its_kind_from_context(text: str, kind: str) -> None:
    assert found(text) == [("DeepSeek", kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tencent intègre DeepSeek dans WeChat", [("Tencent", "company"), ("DeepSeek", "model")]),
        ("des toiles générées par Midjourney", [("Midjourney", "model")]),
        ("un outil développé par Midjourney", [("Midjourney", "company")]),
    ],
)
def test_verbs_around_a_name_tell_tool_from_maker(text: str, expected: list) -> None:
    assert found(text) == expected


def test_an_undecided_name_follows_what_the_text_said_earlier() -> None:
    text = ("L'application DeepSeek a séduit. Le meilleur exemple est DeepSeek, qui a plongé le "
            "marché dans la frénésie.")
    assert found(text) == [("DeepSeek", "model"), ("DeepSeek", "model")]


def test_platform_is_a_company_only_when_the_text_says_so() -> None:
    assert found("le code est publié sur GitHub") == []
    assert found("ancien directeur général de GitHub") == [("GitHub", "company")]
    assert found("GitHub Copilot écrit du code") == [("GitHub Copilot", "model")]


def test_versioned_names_that_need_their_maker() -> None:
    assert found("Le modèle o1 raisonne.", "OpenAI a lancé o1. Le modèle o1 raisonne.") == [
        ("o1", "model")
    ]
    assert found("Le code o1 du formulaire.") == []
    assert found("R1 de DeepSeek") == [("R1", "model"), ("DeepSeek", "company")]
    assert found("la moto R1 de Yamaha") == []


def test_english_text_works_the_same() -> None:
    text = "OpenAI's GPT-4o and Anthropic's Claude compete with Google Gemini."
    assert found(text) == [("OpenAI", "company"), ("GPT-4o", "model"), ("Anthropic", "company"),
                           ("Claude", "model"), ("Google Gemini", "model")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la start-up parisienne Zoé Tech lève 5 millions", ["Zoé Tech"]),
        ("Rodolphe Saadé, patron de CMA CGM, investit", ["CMA CGM"]),
        ("avec Schwarz, la maison mère de Lidl.", ["Schwarz", "Lidl"]),
        ("Salesforce a racheté Informatica", ["Salesforce", "Informatica"]),
        ("Depuis, la start-up DeepSeek a publié", ["DeepSeek"]),
        ("En Allemagne, la société Helsing grandit", ["Helsing"]),
        ("Selon la société Gartner, le marché croît", []),
        ("la firme de Redmond et le groupe de travail", []),
    ],
)
def test_companies_missing_from_the_gazetteer_in_a_clear_context(text: str,
                                                                 expected: list[str]) -> None:
    assert [t for t, kind in found(text) if kind == "company"] == expected


def test_well_known_companies_of_other_sectors_are_parties_too() -> None:
    # Carriers, carmakers, banks and retailers sign AI deals: the gazetteer knows the largest.
    assert in_article("Verizon et AT&T s'appuient sur Gemini, tandis que T-Mobile travaille "
                      "avec Perplexity.") == [
        ("Verizon", "company"), ("AT&T", "company"), ("Gemini", "model"),
        ("T-Mobile", "company"), ("Perplexity", "company")]
    assert in_article("Baidu fournit Ernie à Geely et à Great Wall ; DBS affronte OCBC, et "
                      "Walmart rivalise avec Ahold Delhaize.") == [
        ("Baidu", "company"), ("Ernie", "model"), ("Geely", "company"),
        ("Great Wall", "company"), ("DBS", "company"), ("OCBC", "company"),
        ("Walmart", "company"), ("Ahold Delhaize", "company")]
    # An ordinary word or a first name stays a word.
    assert in_article("Un ciel continental, une cadence soutenue et un dbs bas.") == []
    # Asked for comment, a company is not named "Interrogé".
    assert in_article("Interrogé, Mercado Libre s'est refusé à tout commentaire.") == [
        ("Mercado Libre", "company")]


def test_a_business_s_own_models_set_off_by_a_comma_or_named_in_the_plural() -> None:
    assert in_article("Orvane développe aussi sa propre famille de modèles, Tessel, pour ses "
                      "clients.") == [("Orvane", "company"), ("Tessel", "model")]
    assert in_article("Brisa Labs s'appuie sur ses propres modèles spécialisés, baptisés "
                      "Corvo.") == [("Brisa Labs", "company"), ("Corvo", "model")]
    # A family of people stays a family.
    assert in_article("Il a présenté sa propre famille de musiciens, Marie et Paul.") == []


def test_a_platform_that_signs_sues_or_negotiates_is_a_business() -> None:
    assert found("Reddit a pourtant signé des accords avec Google.") == [
        ("Reddit", "company"), ("Google", "company")]
    assert found("Reddit poursuit Anthropic devant un tribunal.") == [
        ("Reddit", "company"), ("Anthropic", "company")]
    assert found("Reddit discute actuellement avec Microsoft.") == [
        ("Reddit", "company"), ("Microsoft", "company")]
    # What is posted on it, or what it goes on doing, is no deal.
    assert found("Le message est publié sur Reddit. Reddit poursuit sa croissance.") == []


def test_who_sues_in_court_and_a_nationality_after_du_name_a_business() -> None:
    assert in_article("Zorblat poursuit Anthropic en justice.") == [
        ("Zorblat", "company"), ("Anthropic", "company")]
    assert in_article("Zorblat a assigné Anthropic devant un tribunal de Californie.") == [
        ("Zorblat", "company"), ("Anthropic", "company")]
    assert in_article("Le projet réunit l'allemand Aleph Alpha et du letton Vardis, avec "
                      "l'émirien Oryx.") == [("Aleph Alpha", "company"), ("Vardis", "company"),
                                              ("Oryx", "company")]
    # A person going on with something is no lawsuit.
    assert in_article("Marie poursuit ses recherches en justice sociale.") == []


def test_a_model_named_after_its_maker_with_a_hyphen_is_the_model() -> None:
    assert in_article("L'opérateur Viettel a présenté son propre modèle, Viettel-LLM, en "
                      "avril.") == [("Viettel", "company"), ("Viettel-LLM", "model")]


def test_news_outlets_people_and_platforms_are_not_mentions() -> None:
    text = ("Selon Reuters, l'AFP et Bloomberg, Mark Zuckerberg a parlé sur Facebook, Instagram "
            "et WhatsApp, depuis son iPhone sous Android ou Windows, de l'IA, des LLM et du "
            "chatbot hébergé sur Azure. Un rapport de Canalys le confirme.")
    assert found(text) == []


# ---- Markdown and blocks

MARKDOWN = """\
# Apple et Meta

- Llama 2 chez Meta
- le `Gemini` de code, et [OpenAI](https://openai.com/Anthropic "Mistral AI") en lien

![Le modèle Qwen d'Alibaba](https://example.com/Apple-Intelligence.png)

```python
Apple = Meta()  # Nvidia
```

    indented Nvidia code

Écrire à <contact@mistral.ai> ou <https://x.ai/Grok>, lire <span class="Nvidia">AMD</span>.

| Société | Modèle |
|---|---|
| Mistral AI | `Llama` Le Chat |

[ref]: https://huggingface.co/Meta
"""


def test_find_in_markdown_skips_code_links_html_and_urls() -> None:
    mentions = find_in_markdown(MARKDOWN)
    assert [(m.text, m.kind) for m in mentions] == [
        ("Apple", "company"), ("Meta", "company"),
        ("Llama 2", "model"), ("Meta", "company"),
        ("OpenAI", "company"),
        ("Qwen", "model"), ("Alibaba", "company"),
        ("AMD", "company"),
        ("Mistral AI", "company"), ("Le Chat", "model"),
    ]
    assert all(MARKDOWN[m.start : m.end] == m.text for m in mentions)


def test_block_mentions_cover_headings_items_alt_text_and_cells() -> None:
    blocks = document.parse(MARKDOWN)
    by_kind: dict[str, list] = {}
    for block in blocks:
        by_kind.setdefault(block.kind, []).append(
            [(m.text, m.kind) for m in block_mentions(block)]
        )
        for m in block_mentions(block):
            assert block.text[m.start : m.end] == m.text
    assert by_kind[document.HEADING] == [[("Apple", "company"), ("Meta", "company")]]
    assert by_kind[document.LIST_ITEM] == [[("Llama 2", "model"), ("Meta", "company")],
                                           [("OpenAI", "company")]]
    assert by_kind[document.IMAGE] == [[("Qwen", "model"), ("Alibaba", "company")]]
    assert by_kind[document.CODE] == [[], []]
    # Le Chat needs Mistral AI named in the text: the table names it; `Llama` is code.
    assert by_kind[document.TABLE] == [[("Mistral AI", "company"), ("Le Chat", "model")]]
    table = next(b for b in blocks if b.kind == document.TABLE)
    assert [(m.text, m.start) for m in cell_mentions(table.rows[1][0])] == [("Mistral AI", 0)]
    assert cell_mentions(table.rows[1][1]) == []  # alone, "Le Chat" is not enough


def test_block_mentions_judge_context_against_the_article() -> None:
    article = article_from_text("Anthropic publie un outil.\n\nClaude a dit oui.\n", Path("a.md"))
    block = article.blocks[1]
    assert block_mentions(block) == []  # alone, "Claude" may be a person
    assert [(m.text, m.kind) for m in block_mentions(block, article)] == [("Claude", "model")]


def test_article_offsets_skip_front_matter() -> None:
    text = "---\ntitle: Apple et Meta\n---\nMeta et Apple Intelligence.\n"
    article = article_from_text(text, Path("x.md"))
    mentions = article_mentions(article)
    assert [(m.text, m.start) for m in mentions] == [
        ("Meta", text.index("Meta et")), ("Apple Intelligence", text.index("Apple Int"))
    ]
    assert all(m.start >= article.body_offset for m in mentions)


def test_plain_text_articles_are_scanned_too() -> None:
    text = "Apple et Meta\n\nVoir https://apple.com et `Meta` ici.\n"
    article = article_from_text(text, Path("x.txt"))
    assert [m.text for m in article_mentions(article)] == ["Apple", "Meta", "Meta"]


# ---- gazetteer files


def test_bundled_gazetteer_loads_cleanly_and_covers_the_industry() -> None:
    found_entities, messages = load_gazetteer(BUNDLED, strict=True)
    assert messages == []
    names = {e.name for e in found_entities}
    for name in ("OpenAI", "Anthropic", "Mistral AI", "DeepSeek", "Alibaba", "Nvidia", "TSMC",
                 "Capgemini", "Bpifrance", "SoftBank", "ChatGPT", "Le Chat", "Galaxy AI",
                 "Hunyuan", "Doubao", "Kimi", "Ernie", "Stable Diffusion", "Whisper"):
        assert name in names
    assert len(found_entities) > 300
    # No name may be listed twice either: the later entry would silently replace the first.
    listed = [e.name for e in found_entities if not e.ignore]
    assert len(listed) == len(set(listed)), [n for n in set(listed) if listed.count(n) > 1]
    # No surface form may name two entities: the second would silently win.
    owners: dict[str, str] = {}
    for entity in found_entities:
        for form in entity.forms:
            assert owners.setdefault(form, entity.name) == entity.name, form


def test_user_entities_are_added(_reader_dirs: dict[str, Path]) -> None:
    config = _reader_dirs["config"]
    config.mkdir(parents=True)
    (config / "entities.toml").write_text(
        '[[entity]]\nname = "Fluxonaute"\nkind = "company"\nforms = ["Fluxonaute", "FLX"]\n\n'
        '[[entity]]\nname = "Zeta"\nkind = "model"\nmaker = "Fluxonaute"\n'
        "patterns = ['Zeta-\\d+']\n",
        encoding="utf-8",
    )
    matcher = default_matcher()
    assert matcher.messages == []
    assert found("Fluxonaute (FLX) sort Zeta-2 et Fluxonaute Zeta-3.") == [
        ("Fluxonaute", "company"), ("FLX", "company"), ("Zeta-2", "model"),
        ("Fluxonaute Zeta-3", "model")
    ]
    assert ("Apple", "company") in found("Apple")  # bundled names still there


def test_bad_user_entries_are_reported_and_skipped(_reader_dirs: dict[str, Path]) -> None:
    config = _reader_dirs["config"]
    config.mkdir(parents=True)
    path = config / "entities.toml"
    path.write_text(
        'entity = [\n'
        '  { name = "Bonne", kind = "company" },\n'
        '  { name = "Mauvaise", kind = "person" },\n'
        "  { name = \"Cassée\", kind = \"model\", patterns = ['Cass(ée'] },\n"
        '  { kind = "company" },\n'
        ']\n',
        encoding="utf-8",
    )
    messages = default_matcher().messages
    assert len(messages) == 3
    assert all(m.startswith(f"{path}: entity ") and "\n" not in m for m in messages)
    assert "'Mauvaise'" in messages[0] and "kind" in messages[0]
    assert "'Cassée'" in messages[1] and "pattern" in messages[1]
    assert "entity 4" in messages[2]
    # (Each alone: a name coordinated with a company would be taken as one.)
    assert found("Bonne arrive. Mauvaise aussi. Cassée encore.") == [("Bonne", "company")]


def test_assistant_must_be_a_boolean_on_a_model(_reader_dirs: dict[str, Path]) -> None:
    config = _reader_dirs["config"]
    config.mkdir(parents=True)
    path = config / "entities.toml"
    path.write_text(
        'entity = [\n'
        '  { name = "Vigie", kind = "model", assistant = "oui" },\n'
        '  { name = "Boréal", kind = "company", assistant = true },\n'
        '  { name = "Kestrel", kind = "model", assistant = true },\n'
        ']\n',
        encoding="utf-8",
    )
    messages = default_matcher().messages
    assert len(messages) == 2 and all("\n" not in m for m in messages)
    assert "'Vigie'" in messages[0] and "assistant must be true or false" in messages[0]
    assert "'Boréal'" in messages[1] and "assistant is for a model entry" in messages[1]
    assert found("Kestrel arrive.") == [("Kestrel", "model")]


def test_unreadable_user_file_is_one_message(_reader_dirs: dict[str, Path]) -> None:
    config = _reader_dirs["config"]
    config.mkdir(parents=True)
    (config / "entities.toml").write_text("entity = [ {", encoding="utf-8")
    messages = default_matcher().messages
    assert len(messages) == 1 and "entities.toml" in messages[0]
    assert found("OpenAI") == [("OpenAI", "company")]


def test_word_led_regexes_find_what_a_word_boundary_would() -> None:
    from reader.entities.patterns import WordLed

    led = WordLed("(?P<w>ab(?:c d)?)")
    text = "abc d ab xab (ab l'ab\nab ab-c"
    expected = [m.start() for m in re.finditer(r"(?<![\w])(?:ab(?:c d)?)", text)]
    assert [m.start("w") for m in led.finditer(text)] == expected == led.starts(text)
    assert expected == [0, 6, 14, 19, 22, 25]


def test_matcher_without_small_letter_names_or_patterns() -> None:
    matcher = Matcher([Entity("Foo", "company", ("Foo",))])
    started = time.perf_counter()
    # (in a list beside Foo, "xFoo" would be a name of its own: names like "iGenius" are)
    assert [(m.text, m.start) for m in matcher.find("Foo lit xFoo puis Foo.")] == [
        ("Foo", 0), ("Foo", 18)]
    assert time.perf_counter() - started < 1
    assert Matcher([]).find("Apple") == []


# ---- the offset invariant

FRAGMENTS = [
    "Apple", "Apple Intelligence", "Meta", "Meta AI", "d'OpenAI", "l’IA", "qu’Apple", "GPT-4o",
    "Llama 2", "Llama-3.1-405B", "Qwen 2.5-Max", "Claude", "Claude François", "DeepSeek",
    "DeepSeek-V3", "le modèle", "la start-up", "Orange", "o1", "xAI", "https://apple.com/Meta",
    "www.Google.fr", "a@b.co", "`Meta`", "[OpenAI](http://x.y/Apple)", "<b>Nvidia</b>", " ",
    "\n", "\n\n", ", ", ". ", "'", "’", "-", "é", "Jean-", "M. ", "Google", "Gemini", " de ",
    "```\nMeta\n```\n", "    Nvidia\n", "# ", "- ", "![Qwen](u)",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30))
def test_mentions_are_slices_sorted_and_disjoint(parts: list[str]) -> None:
    text = "".join(parts)
    for mentions in (default_matcher().find(text), find_in_markdown(text)):
        last = 0
        for m in mentions:
            assert text[m.start : m.end] == m.text
            assert m.start >= last and m.end > m.start
            assert m.kind in entities.KINDS
            last = m.end


# ---- reader mentions


def test_cli_json_on_the_seeds_matches_the_article_text() -> None:
    out = io.StringIO()
    assert run(None, True, out) == 0
    rows = json.loads(out.getvalue())
    assert rows and all(set(r) == {"path", "id", "kind", "text", "canonical", "start", "end"}
                        for r in rows)
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids)
    texts = {r["path"]: load_article(Path(r["path"])).text for r in rows}
    for r in rows:
        assert texts[r["path"]][r["start"] : r["end"]] == r["text"]
    expected = json.loads((DATA / "seed_mentions.json").read_text("utf-8"))["seeds"]
    assert len(rows) == sum(len(v) for v in expected.values())
    assert "é" in out.getvalue() or "’" in out.getvalue() or all(r["text"].isascii() for r in rows)


def test_cli_table_fits_80_columns(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Apple et Meta, puis Meta AI et Llama 2.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Titre\n\nMeta et OpenAI.\n", encoding="utf-8")
    out = io.StringIO()
    assert run([tmp_path], False, out) == 0
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines)
    meta = next(line for line in lines if line.startswith("Meta "))
    assert meta.split()[:3] == ["Meta", "company", "2"] and "[1]×1" in meta and "[2]×1" in meta
    assert any(line.startswith("Meta AI ") and " model " in line for line in lines)


def test_cli_reports_unreadable_files_on_stderr(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert run([tmp_path / "absent.md"], True, out) == 1
    assert json.loads(out.getvalue()) == []
    assert "absent.md" in capsys.readouterr().err


@pytest.mark.parametrize("path", seed_files(), ids=lambda p: p.stem)
def test_view_blocks_show_the_same_mentions_as_the_cli(path: Path) -> None:
    article = load_article(path)
    by_blocks = Counter((m.text, m.kind) for b in article.blocks
                        for m in block_mentions(b, article))
    assert by_blocks == Counter((m.text, m.kind) for m in article_mentions(article))


def test_public_names_resolve_and_a_cache_stamp_does_not_load_the_engine() -> None:
    assert all(getattr(entities, name) is not None for name in entities.__all__)
    code = ("import sys\nfrom reader.catalog import gazetteer_stamp\n"
            "from reader.translation.article import names_stamp\n"
            "gazetteer_stamp(); names_stamp()\n"
            "print('reader.entities.matcher' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "False"


def test_a_known_business_named_where_a_rule_would_guess_it_keeps_its_canonical_name() -> None:
    # "a racheté X" makes X a business: X is one already, under the gazetteer's name.
    blocks = [document.Block(document.PARAGRAPH, "Windsurf lance un agent. Cognition a "
                             "racheté Windsurf.")]
    found = find_in_blocks(blocks).mentions[0]
    assert [(m.text, m.canonical) for m in found if m.text == "Windsurf"] == [
        ("Windsurf", "Windsurf"), ("Windsurf", "Windsurf")]


def test_held_out_batch_m_meets_the_unseen_names_target() -> None:
    # Scored blind at the end of the fifth round (see the file's "about"): a guard from here on.
    precision, recall = score("mentions_M.json")
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_a_nationality_with_an_elided_article_is_not_part_of_a_guessed_name() -> None:
    # "L'américain X, spécialiste de…" followed by a sentence on "la start-up de <town>".
    assert in_article("L'américain Tessera Compute, spécialiste de la location de capacités de "
                      "calcul, a conclu avec Nvidia un accord. La start-up de Seattle a levé "
                      "1 milliard de dollars.") == [("Tessera Compute", "company"),
                                                    ("Nvidia", "company")]
    assert in_article("L'allemand Brenner Robotik, concepteur de bras articulés, a signé avec "
                      "Siemens. La jeune pousse de Munich recrute.") == [
        ("Brenner Robotik", "company"), ("Siemens", "company")]


def test_a_founder_named_after_a_date_or_a_place_is_a_person() -> None:
    # "Fondée en 2023 par X Y, la société…": the apposition is the company's, not X Y's.
    assert in_article("Fondée en 2023 par Yang Zhilin, la société affronte une concurrence "
                      "féroce.") == []
    assert in_article("Créée à Lyon en 2019 par Claire Vautrin, la jeune pousse rivalise avec "
                      "Mistral AI.") == [("Mistral AI", "company")]
    # A business founding another keeps its guess.
    assert in_article("Fondée en 2023 par Nordlys Capital, la société affronte une concurrence "
                      "féroce.") == [("Nordlys Capital", "company")]


def test_a_guessed_business_named_later_without_its_trade_word_is_the_same() -> None:
    # Compute, Silicon, Pharma, Studios…: the story drops them as it drops "AI" or "Labs".
    assert in_article("La start-up Corvane Compute a signé avec Dell. Corvane affirme vouloir "
                      "concurrencer CoreWeave.") == [
        ("Corvane Compute", "company"), ("Dell", "company"), ("Corvane", "company"),
        ("CoreWeave", "company")]
    assert in_article("Le laboratoire suédois Ostrander Pharma a signé avec AWS. Ostrander "
                      "utilise Claude.") == [
        ("Ostrander Pharma", "company"), ("AWS", "company"), ("Ostrander", "company"),
        ("Claude", "model")]


def test_a_name_opening_the_text_then_called_the_champion_of_its_trade_is_a_business() -> None:
    # "Le champion saoudien de…" refers back as "le groupe" does: the lede's subject is the
    # business, a gazetteer name that is also a word (Humain) or a name never seen.
    assert in_article("Humain accélère en 2025. Le champion saoudien de l'intelligence "
                      "artificielle a signé avec AMD un contrat de fourniture.") == [
        ("Humain", "company"), ("AMD", "company")]
    assert in_article("Nordara poursuit son expansion. Le champion norvégien des batteries a "
                      "signé un accord avec Siemens.") == [
        ("Nordara", "company"), ("Siemens", "company")]


def test_a_studio_introduces_a_business() -> None:
    assert in_article("Le studio québécois Ardoise Interactif a présenté un jeu.") == [
        ("Ardoise Interactif", "company")]
    assert in_article("Kelvo, le studio de Lyon, a signé avec Ubisoft.") == [
        ("Kelvo", "company"), ("Ubisoft", "company")]


def test_regional_banks_of_a_mutualist_network_are_businesses_of_their_own() -> None:
    text = ("La Caisse d'Epargne Hauts-de-France et le Crédit Agricole Nord de France "
            "financent l'usine, tandis que le Crédit Agricole SA s'abstient.")
    assert [(m.text, m.canonical) for m in find_in_blocks(
        [document.Block(document.PARAGRAPH, text)]).mentions[0]] == [
        ("Caisse d'Epargne Hauts-de-France", "Caisse d'Epargne Hauts-de-France"),
        ("Crédit Agricole Nord de France", "Crédit Agricole Nord de France"),
        ("Crédit Agricole", "Crédit Agricole")]


def test_well_known_suppliers_funds_and_brands_of_each_sector_are_businesses() -> None:
    # (no cue word around them: only the gazetteer knows them)
    text = ("Mardi, Equinix, Vistra et Legrand ont rejoint le projet. Somfy a choisi Sage "
            "plutôt que Cegid. Creandum et Speedinvest soutiennent Feedzai depuis 2021. "
            "Chanel et Rémy Cointreau testent l'outil.")
    assert in_article(text) == [(name, "company") for name in (
        "Equinix", "Vistra", "Legrand", "Somfy", "Sage", "Cegid", "Creandum", "Speedinvest",
        "Feedzai", "Chanel", "Rémy Cointreau")]
    # Names that are also words stay words where nothing says a business.
    assert in_article("Sage précaution, dit-il. Une notion de plaid.") == []


def test_french_funds_named_by_their_last_word_but_not_prizes() -> None:
    text = ("Le tour réunit Varenne Gestion, Morvan Capital Investissement, Talmont "
            "Développement et le fonds Val d'Oise Amorçage. Brava Innovation complète.")
    assert in_article(text) == [(name, "company") for name in (
        "Varenne Gestion", "Morvan Capital Investissement", "Talmont Développement",
        "Val d'Oise Amorçage", "Brava Innovation")]
    assert in_article("La start-up a reçu le Grand Prix Innovation du Salon Innovation.") == []


def test_trades_that_are_only_ever_businesses_introduce_one() -> None:
    text = ("L'ESN lilloise Corvanis signe avec le néocloud Tarvex et la fonderie alsacienne "
            "Moraval, cliente de la coopérative Blésia.")
    assert in_article(text) == [(name, "company") for name in (
        "Corvanis", "Tarvex", "Moraval", "Blésia")]


def test_kinds_of_businesses_in_capitals_are_none_and_a_region_opens_a_fund() -> None:
    text = ("Ses actionnaires, Ouest Capital Partenaires et Lorvane Gestion, visent les PME "
            "et ETI de la région.")
    assert in_article(text) == [("Ouest Capital Partenaires", "company"),
                                ("Lorvane Gestion", "company")]


# names8: a trade put before the name as a closed apposition, singular or a list with its
# adjectives ("Le deuxième réseau de pharmacies belge, X, ...", "Trois assureurs mutualistes,
# X et Y, ..."); a person in the same slot stays a person.
def test_a_trade_before_a_closed_apposition_names_a_business() -> None:
    assert found("Le deuxième groupe de maisons de retraite français, Orvalis, a choisi "
                 "Mistral AI.") == [("Orvalis", "company"), ("Mistral AI", "company")]
    assert found("Trois assureurs mutualistes, Covinor et Mutalpe, ont retenu Anthropic.") == [
        ("Covinor", "company"), ("Mutalpe", "company"), ("Anthropic", "company")]
    assert found("Le porte-parole, Jean Martin, a signé.") == []
    # A French trade tail no surname takes: "X Santé, le rival de Y" is a business.
    assert found("Vivanor Santé, le principal rival de Nabla, discute avec Mistral AI.") == [
        ("Vivanor Santé", "company"), ("Nabla", "company"), ("Mistral AI", "company")]


# names8: an outlet or a public body the gazetteer sets aside is a party where it sues, signs,
# drops its suit or builds a tool with a business, even in a relative clause or as the agent
# of a suit; cited as a source it stays none.
def test_outlets_and_public_bodies_that_act_are_parties() -> None:
    assert found("Bloomberg vient de signer avec Anthropic.") == [
        ("Bloomberg", "company"), ("Anthropic", "company")]
    assert found("La plainte déposée par le Wall Street Journal vise Perplexity.") == [
        ("Wall Street Journal", "company"), ("Perplexity", "company")]
    assert found("Le litige entre le Financial Times et Cohere s'enlise.") == [
        ("Financial Times", "company"), ("Cohere", "company")]
    assert found("L'AFP a abandonné en mars ses poursuites contre Cohere.") == [
        ("AFP", "company"), ("Cohere", "company")]
    assert found("Bloomberg, qui avait engagé des poursuites, a transigé avec Cohere.") == [
        ("Bloomberg", "company"), ("Cohere", "company")]
    assert found("Owkin développe avec l'AP-HP un outil de triage.") == [
        ("Owkin", "company"), ("AP-HP", "company")]
    assert found("L'AFP a retiré la dépêche.") == []
    assert found("Reuters, qui cite des sources, affirme que Cohere négocie.") == [
        ("Cohere", "company")]


# names8: a known business by the short name the press gives it, found where nothing else
# would guess it ("racheté l'an dernier par X") and named as the map names it.
def test_a_known_lab_by_its_short_name() -> None:
    mentions = default_matcher().find("Paige, racheté l'an dernier par Tempus, grandit.")
    assert ("Tempus", "Tempus AI") in [(m.text, m.canonical) for m in mentions]


# names8: a business unit in apposition ("X, la branche cloud du distributeur") is a business;
# a person's name in that slot is not taken.
def test_a_branch_in_apposition_is_a_business() -> None:
    assert found("Orlenta, la branche logicielle du constructeur, signe avec Mistral AI.") == [
        ("Orlenta", "company"), ("Mistral AI", "company")]
    assert found("Jean Dubois, la branche du parti, parle.") == []


# names8: an acting outlet written out in full is the party its acronym names, so the map
# does not show it twice.
def test_an_acting_outlet_in_full_takes_the_name_of_its_acronym() -> None:
    mentions = default_matcher().find("L'Agence France-Presse a signé avec Cohere.")
    assert [(m.text, m.canonical) for m in mentions] == [
        ("Agence France-Presse", "AFP"), ("Cohere", "Cohere")]
