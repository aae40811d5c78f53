"""The relation-classifier experiment (issue 14): candidates, labels, features, what it learns."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.articles import article_from_text
from reader.entities import article_mentions
from reader.relations_learn import (
    LABELS,
    Item,
    article_candidates,
    evaluate,
    label_key,
    load,
    predict,
    read,
    train,
    without_rule_features,
)

DATA = Path(__file__).parent / "data"


def candidates(text: str):
    article = article_from_text(text, Path("t.md"))
    mentions = list(article_mentions(article))
    return article_candidates(article, mentions, *read(article, mentions))


def test_a_candidate_is_a_pair_named_in_one_sentence() -> None:
    found = candidates("Google investit dans Anthropic. Microsoft publie ses résultats.")
    assert [(c.first, c.second) for c in found] == [("Google", "Anthropic")]
    features = set(found[0].features)
    assert {"kinds:cc", "b:inves", "b:dans", "rule:investment>"} <= features


def test_a_directed_label_reads_the_order_of_the_names() -> None:
    assert label_key("investment>", "Google", "Anthropic") == ("investment", "Google", "Anthropic")
    assert label_key("acquisition<", "Windsurf", "OpenAI") == ("acquisition", "OpenAI", "Windsurf")
    assert label_key("partnership", "Orange", "Mistral AI") == (
        "partnership", "Mistral AI", "Orange")


def test_a_model_is_used_by_a_company_never_the_other_way() -> None:
    found = candidates("Salesforce intègre Llama 3. Llama 3 est adopté par Salesforce.")
    assert [(c.first, c.second) for c in found] == [
        ("Salesforce", "Llama 3"), ("Llama 3", "Salesforce")]
    model = train(found, iterations=5)
    # At threshold 0 every label the kinds allow comes out, and only uses_model company → model.
    assert set(predict(model, found, 0.0)) == {("uses_model", "Salesforce", "Llama 3")}


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load(sorted(DATA.glob("relations_R*.json")))


def test_every_gold_batch_is_read_with_labelled_candidates(items: list[Item]) -> None:
    assert len({i.batch for i in items}) == len(list(DATA.glob("relations_R*.json")))
    positives = [c for i in items for c in i.candidates if c.labels]
    assert len(positives) > 500
    assert {label for c in positives for label in c.labels} == set(LABELS)


def test_words_alone_learn_a_cue_and_its_direction(items: list[Item]) -> None:
    model = train([c for i in without_rule_features(items) for c in i.candidates])
    bought = [c for c in candidates("Salesforce rachète la start-up Informatica pour huit "
                                    "milliards de dollars.")]
    bought = [c.__class__(c.article, c.first, c.second, c.first_kind, c.second_kind,
                          [f for f in c.features if not f.startswith("rule")]) for c in bought]
    # Every score, so that the direction is compared however sure the model is: with 15 or 19
    # batches the purchase scores 0.53 or 0.47, and its reverse under 0.1.
    scores = predict(model, bought, 0.0)
    forward = scores[("acquisition", "Salesforce", "Informatica")]
    assert forward > 0.3
    assert forward > 3 * scores.get(("acquisition", "Informatica", "Salesforce"), 0.0)
    assert forward > 3 * scores.get(("investment", "Salesforce", "Informatica"), 0.0)


def test_leave_one_batch_out_scores_every_batch_and_the_mean(items: list[Item]) -> None:
    two = [i for i in items if i.batch in ("R1", "R2")]
    table = evaluate(two, [0.5])
    assert set(table["rules"]) == {"R1", "R2", "mean", "pooled", "tp/fp"}
    assert set(table) == {"rules", "classifier@0.5", "rules+classifier@0.5", "rules+pairs@0.5",
                          "rules-veto@0.50"}
    # Trained on R2 only, the classifier scores R1 below the rules developed on R1.
    assert table["classifier@0.5"]["R1"][1] < table["rules"]["R1"][1]
    # A blind file scored with --held-out: one model trained on the rest, the same figures as
    # the fold that leaves that batch out.
    blind = evaluate([i for i in two if i.batch == "R2"], [0.5],
                     held_out=[i for i in two if i.batch == "R1"])
    assert set(blind["rules"]) == {"R1", "mean", "pooled", "tp/fp"}
    assert blind["rules+classifier@0.5"]["R1"] == table["rules+classifier@0.5"]["R1"]
