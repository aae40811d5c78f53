"""The outside-party experiment's candidates (reader.relations_outside; not in the engine)."""

from pathlib import Path

from reader.articles import article_from_text
from reader.entities import COMPANY, article_mentions
from reader.relations import article_relations
from reader.relations_learn import read
from reader.relations_outside import candidates, party, related_of


def _candidates(text: str):
    article = article_from_text(text, Path("a.md"), "a")
    mentions = list(article_mentions(article))
    _rules, spans = read(article, mentions)
    relations = article_relations(article, mentions=mentions)
    related, here = related_of(relations, spans)
    return list(candidates(article.text, spans, mentions, party, related, here)), mentions


def test_a_party_of_a_later_sentence_meets_the_subject_named_before():
    found, _ = _candidates("Titre\n\nDassault Systèmes a présenté ses résultats annuels mardi. "
                           "Selon lui, Capgemini et Atos restent les plus grandes entreprises "
                           "de services numériques d'Europe.\n")
    pairs = {(c.outside, c.x_name): c for c in found}
    c = pairs[("Dassault Systèmes", "Capgemini")]
    features = set(c.features + c.shared)
    assert {"o:subject", "o:first", "o:previous", "x_opens:False", "o0:selon"} <= features
    assert ("Dassault Systèmes", "Atos") in pairs


def test_a_pair_the_rules_related_is_no_candidate():
    # ("Il" is the subject before: the rules relate Capgemini to Dassault Systèmes)
    found, _ = _candidates("Titre\n\nDassault Systèmes a présenté ses résultats annuels mardi. "
                           "Il a aussi signé avec Capgemini un contrat de trois ans.\n")
    assert ("Dassault Systèmes", "Capgemini") not in {(c.outside, c.x_name) for c in found}


def test_each_party_meets_at_most_four_companies_named_before():
    text = "Titre\n\n" + " ".join(
        f"{name} a publié un rapport." for name in
        ("Capgemini", "Atos", "Thales", "Orange", "Dassault Systèmes", "Ubisoft")) \
        + " Le secteur compte aussi Sopra Steria.\n"
    found, mentions = _candidates(text)
    assert sum(m.kind == COMPANY for m in mentions) >= 7
    per_party: dict[tuple[int, str], set[str]] = {}
    for c in found:
        per_party.setdefault((c.sentence, c.x_name), set()).add(c.outside)
    assert per_party and all(len(v) <= 4 for v in per_party.values())
