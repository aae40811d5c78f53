"""Relations read from French sentences: type, direction and status (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from relation_keys import keys

from reader.articles import article_from_text
from reader.relations import RelationCache, article_relations, build_map, relations_for
from reader.relations_cli import as_dot, as_json, as_mermaid, as_text
from reader.relations_picture import LINES, Spoke, draw
from reader.relations_score import score

DATA = Path(__file__).parent / "data"




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # partnership: coordination, "avec", "entre", talks and ended
        ("Microsoft et Meta s'associent dans la course à l'IA.",
         ("partnership", "Meta", "Microsoft", "stated")),
        ("Orange a signé un accord avec Mistral AI.",
         ("partnership", "Mistral AI", "Orange", "stated")),
        ("L'accord entre Apple et Alibaba a été confirmé.",
         ("partnership", "Alibaba", "Apple", "stated")),
        ("Apple négocie avec Google pour proposer ses services.",
         ("partnership", "Apple", "Google", "talks")),
        ("Apple et Meta explorent des voies de collaboration.",
         ("partnership", "Apple", "Meta", "talks")),
        ("Stellantis a mis fin à son partenariat avec Mistral AI.",
         ("partnership", "Mistral AI", "Stellantis", "ended")),
        # investment: a -> b, both shapes
        ("Microsoft investit 10 milliards de dollars dans OpenAI.",
         ("investment", "Microsoft", "OpenAI", "stated")),
        ("Mistral AI lève 600 millions d'euros lors d'un tour de table mené par Nvidia.",
         ("investment", "Nvidia", "Mistral AI", "stated")),
        ("Selon des rumeurs, Amazon aurait injecté 4 milliards de dollars dans Anthropic.",
         ("investment", "Amazon", "Anthropic", "rumored")),
        # acquisition: buyer -> bought
        ("Nvidia rachète Mistral AI pour 700 millions de dollars.",
         ("acquisition", "Nvidia", "Mistral AI", "stated")),
        ("Microsoft met la main sur Anthropic.",
         ("acquisition", "Microsoft", "Anthropic", "stated")),
        # uses_model: company -> model; the maker's own model is makes_model
        ("Samsung intègre Gemini dans ses téléphones.",
         ("uses_model", "Samsung", "Gemini", "stated")),
        ("Apple s'appuie sur ChatGPT pour Siri.", ("uses_model", "Apple", "ChatGPT", "stated")),
        ("Google intègre Gemini dans Android.", ("makes_model", "Google", "Gemini", "stated")),
        ("Le modèle Llama de Meta est ouvert.", ("makes_model", "Meta", "Llama", "stated")),
        # rivalry: stated competition, lawsuits, ended rivalry
        ("xAI poursuit OpenAI en justice.", ("rivalry", "OpenAI", "xAI", "stated")),
        ("Apple et Meta, autrefois rivaux, se parlent.", ("rivalry", "Apple", "Meta", "ended")),
    ],
)
def test_one_sentence(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text)


def test_direction_is_kept_for_investment_and_acquisition() -> None:
    found = keys("Microsoft investit dans OpenAI. Nvidia rachète Mistral AI.")
    assert ("investment", "OpenAI", "Microsoft", "stated") not in found
    assert ("acquisition", "Mistral AI", "Nvidia", "stated") not in found


def test_a_list_of_examples_relates_nothing() -> None:
    assert keys("Des géants comme Google, Microsoft et Amazon dominent le secteur.") == set()
    assert keys("Le secteur compte des acteurs tels qu'Anthropic et Perplexity.") == set()


def test_a_benchmark_comparison_is_not_rivalry() -> None:
    found = keys("Qwen 2.5-Max d'Alibaba surpasse GPT-4o d'OpenAI dans les tests.")
    assert not any(kind == "rivalry" for kind, *_ in found)


def test_two_names_without_a_cue_are_no_relation() -> None:
    assert keys("Google et Microsoft ont publié leurs résultats trimestriels.") == set()


def test_previous_sentence_subject() -> None:
    found = keys("Mistral AI grandit vite. Le groupe a signé un accord avec Orange.")
    assert ("partnership", "Mistral AI", "Orange", "stated") in found


def test_an_assistant_is_no_party_of_the_map() -> None:
    # Copilot, Le Chat, Siri are products built on models: the deal to ship one is with its
    # maker, and the map says no company makes or uses a model by that name.
    assert keys("Hisense a signé un accord avec Microsoft : ses téléviseurs intégreront "
                "Copilot dès l'an prochain.") == {("partnership", "Hisense", "Microsoft", "stated")}
    assert keys("Orange déploie Le Chat, l'assistant de Mistral AI, auprès de ses salariés. "
                "Apple a lancé Siri en 2011.") == set()
    # (still a model mention: highlighted, and in the mentions index)
    article = article_from_text("Orange déploie Le Chat de Mistral AI.", Path("t.md"))
    from reader.entities import article_mentions

    assert ("Le Chat", "model") in {(m.canonical, m.kind) for m in article_mentions(article)}


def test_a_user_entry_decides_whether_a_model_is_an_assistant(
        _reader_dirs: dict[str, Path]) -> None:
    from reader import relations

    config = _reader_dirs["config"]
    config.mkdir(parents=True)
    (config / "entities.toml").write_text(
        'entity = [\n  { name = "Le Chat", kind = "model", maker = "Mistral AI" },\n'
        '  { name = "Kestrel", kind = "model", maker = "Fluxonaute", assistant = true },\n'
        '  { name = "Fluxonaute", kind = "company" },\n]\n', encoding="utf-8")
    relations._gazetteer_models.cache_clear()
    relations.maker_of.cache_clear()
    try:
        assert ("makes_model", "Mistral AI", "Le Chat", "stated") in keys(
            "Orange s'appuie sur Le Chat, de Mistral AI, pour ses centres d'appels.")
        assert not any("Kestrel" in key for key in keys(
            "Orange s'appuie sur Kestrel, de Fluxonaute, pour ses centres d'appels."))
    finally:
        relations._gazetteer_models.cache_clear()
        relations.maker_of.cache_clear()


def test_canonical_names_across_forms() -> None:
    found = keys("Meta Platforms s'associe à Mistral pour ses serveurs.")
    assert ("partnership", "Meta", "Mistral AI", "stated") in found


def test_a_deal_that_names_a_model_is_also_model_use() -> None:
    found = keys("Microsoft et Meta élargissent leur partenariat autour de Llama 2.")
    assert ("partnership", "Meta", "Microsoft", "stated") in found
    assert ("uses_model", "Microsoft", "Llama 2", "stated") in found


def test_evidence_offsets_index_the_file_text() -> None:
    text = "---\ntitle: T\n---\n\n# Titre\n\nIntro. Microsoft investit dans OpenAI. Fin.\n"
    article = article_from_text(text, Path("t.md"))
    (relation,) = article_relations(article)
    assert text[relation.start : relation.end] == "Microsoft investit dans OpenAI."
    assert relation.evidence == "Microsoft investit dans OpenAI."
    assert article.blocks[relation.block].text.startswith("Intro.")


def test_cache_is_keyed_by_content(tmp_path: Path) -> None:
    article = article_from_text("Microsoft investit dans OpenAI.", Path("t.md"))
    cache = RelationCache(tmp_path / "relations.json")
    first = relations_for(article, cache)
    assert cache.save()
    again = RelationCache(tmp_path / "relations.json").load()
    assert again.get(article) == first
    changed = article_from_text("Microsoft rachète OpenAI.", Path("t.md"))
    assert again.get(changed) is None
    (tmp_path / "relations.json").write_text("{broken")
    assert RelationCache(tmp_path / "relations.json").load().get(article) is None



def test_relations_cached_while_the_weights_were_unreadable_are_read_again_once_repaired(
        tmp_path: Path, monkeypatch) -> None:
    # The map cached the rules-only relations of a broken install and kept showing them, with
    # no notice any more, after the weights file was repaired.
    import reader.relations_classifier as classifier

    text = "Renault a délégué la maintenance prédictive de ses usines à Preligens."
    article = article_from_text(text, Path("t.md"))
    good = classifier.WEIGHTS.read_bytes()
    weights_file = tmp_path / "relations_classifier.json"
    monkeypatch.setattr(classifier, "WEIGHTS", weights_file)
    monkeypatch.setattr(classifier, "unavailable", None)
    weights_file.write_text("{not json", encoding="utf-8")
    classifier.weights.cache_clear()
    try:
        broken = RelationCache(tmp_path / "relations.json")
        rules_only = relations_for(article, broken)
        assert broken.save()
        weights_file.write_bytes(good)
        classifier.weights.cache_clear()
        repaired = RelationCache(tmp_path / "relations.json").load()
        assert repaired.get(article) is None
        relations = relations_for(article, repaired)
    finally:
        classifier.weights.cache_clear()
    assert relations == article_relations(article)
    assert len(relations) > len(rules_only)

def _map():
    a = article_from_text("---\ndate: 2025-03-01\n---\nMicrosoft investit dans OpenAI.",
                          Path("a.md"), "a")
    b = article_from_text("Apple et Meta s'associent.", Path("b.md"), "b")
    return build_map([(a, article_relations(a)), (b, article_relations(b))])


def test_evidence_offsets_of_a_heading_or_a_list_item_leave_out_its_marker() -> None:
    # A script reading text[start:end] got "# Microsoft investit…" against the evidence without
    # the "# " (and a no-break space turned into a plain one).
    text = "# Microsoft investit dans OpenAI\n\n- Apple s'associe à Meta\u00a0: un accord.\n"
    article = article_from_text(text, Path("t.md"))
    relations = article_relations(article)
    assert {(r.type, r.a, r.b) for r in relations} >= {("investment", "Microsoft", "OpenAI"),
                                                       ("partnership", "Apple", "Meta")}
    for relation in relations:
        assert text[relation.start : relation.end] == relation.evidence, relation


def test_a_decimal_comma_is_no_clause_break() -> None:
    # The walk: "a pris une participation de 1,3 milliard d'euros dans Y" gave nothing.
    found = keys("Le néerlandais ASML a pris une participation de 1,3 milliard d'euros dans "
                 "Mistral AI.")
    assert ("investment", "ASML", "Mistral AI", "stated") in found, found


def test_a_purchase_up_to_a_minority_share_is_a_stake() -> None:
    # The walk: "Meta a acquis Scale AI à hauteur de 49 %" was drawn as Meta buying Scale AI.
    assert ("investment", "Meta", "Scale AI", "stated") in keys(
        "Meta a acquis Scale AI à hauteur de 49,5 %.")
    assert ("acquisition", "Meta", "Scale AI", "stated") in keys(
        "Meta a racheté Scale AI à hauteur de 80 %.")
    assert ("investment", "Meta", "Scale AI", "stated") in keys("Meta a acquis 4,9 % de Scale AI.")


def test_json_output_shape() -> None:
    rows = json.loads(as_json(_map()))
    investment = next(r for r in rows if r["type"] == "investment")
    assert investment["a"] == "Microsoft" and investment["b"] == "OpenAI"
    assert investment["status"] == "stated"
    (where,) = investment["articles"]
    assert set(where) == {"id", "path", "block", "start", "end", "evidence"}
    assert where["id"] == "a" and where["evidence"] == "Microsoft investit dans OpenAI."
    assert _map().edges[0].latest == "2025-03-01"


def test_dot_and_mermaid_outputs() -> None:
    dot = as_dot(_map())
    assert dot.startswith("digraph relations {")
    assert '"Microsoft" -> "OpenAI" [label="investment"' in dot
    assert '"Apple" -> "Meta" [label="partnership", dir=none' in dot
    mermaid = as_mermaid(_map())
    assert mermaid.startswith("graph LR\n")
    assert "-->|investment|" in mermaid and "---|partnership|" in mermaid


def test_mermaid_labels_cannot_break_out() -> None:
    article = article_from_text("Microsoft investit dans OpenAI.", Path("a.md"))
    relation_map = build_map([(article, article_relations(article))])
    relation_map.edges[0].a = 'Evil"] --> x["'
    out = as_mermaid(relation_map)
    assert '"]' not in out.split("\n")[1][:-2]


def test_picture_puts_each_relation_on_its_own_row_and_sums_up_the_rest() -> None:
    spokes = [Spoke(f"Company {i}", "partnership") for i in range(30)]
    picture = draw("Meta", spokes, 76, 8)
    lines = picture.lines()
    assert len(lines) == 8 and all(len(line) <= 76 for line in lines)
    assert "┤ Meta ├" in lines[4]
    assert picture.shown == 15 and picture.hidden == 15
    assert lines[-1].endswith("+15 more")
    shown = [f"Company {i}" for i in range(15)]
    for name in shown:
        assert sum(line.count(name + " ") + line.endswith(name) for line in lines) == 1


def test_picture_tells_kinds_apart_without_colour() -> None:
    spokes = [Spoke("Microsoft", "investment", outgoing=False), Spoke("Google", "rivalry"),
              Spoke("Llama 2", "makes_model"), Spoke("Apple", "partnership", "talks")]
    text = "\n".join(draw("Meta", spokes, 80, 6).lines())
    assert "invests" in text and "═" in text
    assert "rival" in text and "~" in text
    assert "makes" in text and "╌" in text and "►" in text
    assert "partner?" in text


def test_picture_never_overlaps_at_80x24_with_long_names() -> None:
    spokes = [Spoke("Une entreprise au nom vraiment très long " + str(i), "acquisition")
              for i in range(6)]
    picture = draw("Meta Superintelligence Labs", spokes, 50, 6)
    for line in picture.lines():
        assert len(line) <= 50
    rows = {(s.row, c) for s in picture.styles for c in range(s.start, s.end)}
    assert len(rows) == sum(s.end - s.start for s in picture.styles)  # no cell drawn twice


def test_picture_draws_no_box_side_where_no_edge_goes() -> None:
    # The walk at 80 columns: "┤ Gemini Nano ├──◄ makes" had a "┤" joined to nothing.
    lines = draw("Gemini Nano", [Spoke("Google", "makes_model", outgoing=False)], 53, 7).lines()
    box = next(line for line in lines if "Gemini Nano" in line)
    assert "│ Gemini Nano ├" in box and "┤" not in box
    assert box.rstrip().endswith("Google")


APPLE = [Spoke("OpenAI", "partnership"), Spoke("Alibaba", "partnership"),
         Spoke("Anthropic", "partnership", "talks"), Spoke("Baidu", "partnership", "talks"),
         Spoke("Meta", "partnership", "talks"), Spoke("Perplexity", "partnership", "talks"),
         Spoke("Tencent", "partnership", "talks"), Spoke("ChatGPT", "uses_model"),
         Spoke("Claude", "uses_model", "talks"), Spoke("Gemini", "uses_model", "talks"),
         Spoke("Meta", "rivalry", "ended")]


@pytest.mark.parametrize(("centre", "spokes"), [
    ("Apple", APPLE),
    ("Alibaba", [Spoke("Apple", "partnership"), Spoke("Qwen", "makes_model"),
                 Spoke("Qwen 2.5-Max", "makes_model"), Spoke("Qwen 2.5", "makes_model")]),
    ("Google", [Spoke("Gemini", "makes_model"), Spoke("Meta", "rivalry"),
                Spoke("Meta", "partnership", "talks"), Spoke("Bard", "makes_model"),
                Spoke("Gemini Nano", "makes_model"), Spoke("Microsoft", "rivalry")]),
])
def test_picture_keeps_names_whole_at_80x24_while_the_edges_can_give_way(
        centre: str, spokes: list[Spoke]) -> None:
    # 53 cells: two fewer than the picture has beside the company list at 80 columns. "Anthrop…",
    # "Perple…" and "Qwen 2.5…" (beside "Qwen 2.5") were cut while edges ran long.
    picture = draw(centre, spokes, 53, 7)
    text = "\n".join(picture.lines())
    assert picture.hidden == 0 and "…" not in text
    for spoke in spokes:
        assert spoke.other in text
        assert LINES[spoke.type][1] in text  # every label whole too


def test_picture_counts_what_a_side_too_narrow_cannot_show() -> None:
    spokes = [Spoke(f"Company {i}", "partnership") for i in range(5)]
    picture = draw("Microsoft", spokes, 24, 7)
    assert picture.shown == 0 and picture.hidden == 5
    assert any(line.strip() == "+5 more" for line in picture.lines())


def test_scorer_counts_unordered_pairs_once() -> None:
    batch = {"articles": [{"id": "x", "text": "Microsoft et Meta s'associent.",
                           "relations": [{"type": "partnership", "a": "Meta", "b": "Microsoft",
                                          "status": "stated", "evidence": ""}]}]}
    result = score(batch)
    assert (result.scored.tp, result.scored.fp, result.scored.fn) == (1, 0, 0)
    batch["articles"][0]["relations"][0]["status"] = "talks"
    assert score(batch).status_accuracy == 0.0


def test_blind_batch_r1_meets_the_targets() -> None:
    result = score(json.loads((DATA / "relations_R1.json").read_text(encoding="utf-8")))
    assert result.scored.precision >= 0.85, result.summary()
    assert result.scored.recall >= 0.75, result.summary()


def test_development_batch_r5_finds_most_of_what_its_mentions_reach() -> None:
    # R5's recall is capped by the mentions (ceiling 0.738); the rules must keep finding most of
    # what they can reach, without losing precision.
    result = score(json.loads((DATA / "relations_R5.json").read_text(encoding="utf-8")))
    assert result.scored.precision >= 0.85, result.summary()
    assert result.scored.tp >= 0.8 * result.reachable, result.summary()


@pytest.mark.parametrize(("batch", "precision", "recall"), [
    # Floors at what the sixth round reached (R7, R10, R11 studied by category): a rule that
    # loses true relations or gains false ones on any of them fails here.
    ("R2", 0.89, 0.77), ("R3", 0.99, 0.94), ("R4", 0.93, 0.82), ("R6", 0.93, 0.56),
    ("R7", 0.96, 0.73), ("R10", 0.83, 0.56), ("R11", 0.76, 0.52),
])
def test_development_batches_keep_their_scores(batch: str, precision: float,
                                               recall: float) -> None:
    result = score(json.loads((DATA / f"relations_{batch}.json").read_text(encoding="utf-8")))
    assert result.scored.precision >= precision, result.summary()
    assert result.scored.recall >= recall, result.summary()


def test_scorer_names_are_fair_but_type_and_direction_are_strict() -> None:
    text = "Meta investit dans Scale AI. Stellantis collabore avec Mistral AI."
    gold = [{"type": "investment", "a": "Meta Platforms", "b": "Scale"},
            {"type": "partnership", "a": "stellantis", "b": "Mistral AI"}]
    result = score({"articles": [{"id": "x", "text": text, "relations": gold}]})
    assert (result.scored.tp, result.scored.fp, result.scored.fn) == (2, 0, 0)
    gold[0] = {"type": "investment", "a": "Scale", "b": "Meta"}
    result = score({"articles": [{"id": "x", "text": text, "relations": gold}]})
    assert (result.scored.tp, result.scored.fp, result.scored.fn) == (1, 1, 1)


def test_a_model_is_named_by_family_and_version_as_written() -> None:
    found = keys("Salesforce intègre Command R+ dans sa plateforme. Cohere en est ravi.")
    assert ("uses_model", "Salesforce", "Command R+", "stated") in found
    assert ("makes_model", "Cohere", "Command R+", "stated") in found


def test_a_model_carries_its_maker_from_the_gazetteer() -> None:
    found = keys("Amazon propose désormais Codestral à ses clients. Mistral AI salue l'arrivée.")
    assert ("makes_model", "Mistral AI", "Codestral", "stated") in found
    assert ("uses_model", "Amazon", "Codestral", "stated") in found


def test_a_model_named_only_in_a_benchmark_comparison_gets_no_maker() -> None:
    found = keys("Mistral AI affirme que Mistral Large 2 surpasse GPT-4o. "
                 "OpenAI n'a pas commenté.")
    assert ("makes_model", "Mistral AI", "Mistral Large 2", "stated") in found
    assert not any(kind == "makes_model" and b == "GPT-4o" for kind, _, b, _ in found)


def test_every_investor_of_a_round_is_a_party() -> None:
    found = keys("LightOn lève 30 millions d'euros lors d'un tour mené par General Catalyst, "
                 "avec la participation de Nvidia et de Samsung.")
    assert {(a, b) for kind, a, b, _ in found if kind == "investment"} == {
        ("General Catalyst", "LightOn"), ("Nvidia", "LightOn"), ("Samsung", "LightOn")}


def test_investors_joining_the_round_of_the_sentence_before() -> None:
    found = keys("Anthropic a levé 2 milliards de dollars. "
                 "Google, Amazon et Zorglub Capital ont participé à l'opération.")
    assert ("investment", "Google", "Anthropic", "stated") in found
    assert ("investment", "Amazon", "Anthropic", "stated") in found


def test_the_young_company_stands_for_the_article_company() -> None:
    found = keys("Cohere grandit vite. Cohere recrute. Oracle a pris une participation dans "
                 "la jeune pousse.")
    assert ("investment", "Oracle", "Cohere", "stated") in found


def test_a_client_list_is_a_partnership_with_each_client() -> None:
    found = keys("Mistral AI compte parmi ses clients BNP Paribas, Orange et Veolia.")
    assert {(a, b) for kind, a, b, _ in found if kind == "partnership"} == {
        ("BNP Paribas", "Mistral AI"), ("Mistral AI", "Orange"), ("Mistral AI", "Veolia")}


def test_examples_right_after_a_cue_are_its_parties() -> None:
    found = keys("Amazon serait en discussions avec plusieurs laboratoires tels qu'Anthropic "
                 "et Cohere.")
    assert ("partnership", "Amazon", "Anthropic", "talks") in found
    assert ("partnership", "Amazon", "Cohere", "talks") in found


def test_a_relative_clause_about_an_unknown_name_relates_nothing_to_it() -> None:
    found = keys("Orange a signé un accord avec Zorblax, qui proposera GPT-4o à ses clients.")
    # The clause is Zorblax's: it never gives Orange the model. (The mention engine now finds
    # Zorblax, a party to a deal, so the clause may relate Zorblax itself.)
    assert not any(kind == "uses_model" and a == "Orange" for kind, a, *_ in found)


def test_a_gerund_acts_for_the_main_subject() -> None:
    found = keys("Microsoft a misé sur OpenAI en intégrant les modèles GPT à ses produits.")
    assert ("uses_model", "Microsoft", "GPT", "stated") in found
    assert ("uses_model", "OpenAI", "GPT", "stated") not in found


def test_a_pronoun_stands_for_the_model_named_before() -> None:
    found = keys("DeepSeek publie DeepSeek-R2. Tencent a annoncé l'intégrer à WeChat, "
                 "tandis que Baidu étudie son intégration.")
    assert ("uses_model", "Tencent", "DeepSeek-R2", "stated") in found
    assert ("uses_model", "Baidu", "DeepSeek-R2", "talks") in found
    assert not any(kind == "partnership" for kind, *_ in found)


def test_a_relative_clause_does_not_change_the_subject() -> None:
    found = keys("Nvidia, qui affronte AMD sur les puces, est client de Mistral AI.")
    assert ("partnership", "Mistral AI", "Nvidia", "stated") in found
    assert ("rivalry", "AMD", "Nvidia", "stated") in found
    assert ("partnership", "AMD", "Mistral AI", "stated") not in found


def test_a_deal_named_after_a_model_binds_the_sentence_subject() -> None:
    found = keys("Apple intègre ChatGPT dans ses iPhone, en vertu d'un accord avec OpenAI.")
    assert ("partnership", "Apple", "OpenAI", "stated") in found


def test_the_models_of_a_company_are_used_not_a_partnership() -> None:
    found = keys("Orange, Thales et Dassault Systèmes forment une alliance. Les trois partenaires "
                 "s'appuieront sur les modèles ouverts de Mistral AI, notamment Mistral Small 3.")
    assert ("uses_model", "Thales", "Mistral Small 3", "stated") in found
    assert not any(kind == "partnership" and "Mistral AI" in (a, b) for kind, a, b, _ in found)


def test_an_apposition_takes_the_status_of_the_main_verb() -> None:
    found = keys("Google, autre client important de Scale AI, a mis fin à ses contrats.")
    assert found == {("partnership", "Google", "Scale AI", "ended")}


def test_broken_talks_are_ended() -> None:
    found = keys("Capgemini a tenté de prendre le contrôle de Helsing, mais les négociations "
                 "ont été rompues.")
    assert ("acquisition", "Capgemini", "Helsing", "ended") in found


def test_a_joint_venture_name_is_not_a_party() -> None:
    found = keys("SoftBank a créé avec OpenAI une coentreprise, SB OpenAI Japan.")
    assert found == {("partnership", "OpenAI", "SoftBank", "stated")}


def test_the_start_up_means_the_one_introduced_so() -> None:
    found = keys("La start-up allemande Aleph Alpha grandit. SAP publie ses comptes. SAP recrute. "
                 "SAP a signé un partenariat avec la start-up.")
    assert ("partnership", "Aleph Alpha", "SAP", "stated") in found


def test_a_lawsuit_verb_is_not_continuing_a_deal() -> None:
    found = keys("SAP poursuit son partenariat avec Aleph Alpha.")
    assert not any(kind == "rivalry" for kind, *_ in found)
    assert ("partnership", "Aleph Alpha", "SAP", "stated") in found


def test_the_young_company_is_not_the_subject_a_pronoun_stands_for() -> None:
    found = keys("Samsung est en négociations avec Perplexity. Le groupe envisage aussi une "
                 "prise de participation dans la jeune pousse.")
    assert ("investment", "Samsung", "Perplexity", "talks") in found


def test_a_description_followed_by_a_verb_is_a_subject_not_an_apposition() -> None:
    found = keys("Mistral AI grandit. Mistral AI recrute. "
                 "La société concurrence directement OpenAI et Anthropic.")
    assert ("rivalry", "Mistral AI", "OpenAI", "stated") in found
    assert ("rivalry", "Anthropic", "Mistral AI", "stated") in found


def test_a_product_of_the_subject_uses_the_model() -> None:
    found = keys("Salesforce est client de Cohere : sa plateforme Agentforce intègre Command R+.")
    assert ("uses_model", "Salesforce", "Command R+", "stated") in found


def test_a_passive_use_of_the_model_named_before() -> None:
    found = keys("Mistral AI publie Codestral. Bien entendu, il a été rapidement adopté par des "
                 "éditeurs tels que Capgemini.")
    assert ("uses_model", "Capgemini", "Codestral", "stated") in found


def test_a_purchase_announced_by_someone_of_the_company() -> None:
    found = keys("Hugging Face grandit. Clément Delangue, son cofondateur, a confirmé le rachat "
                 "de Pollen Robotics.")
    assert ("acquisition", "Hugging Face", "Pollen Robotics", "stated") in found


def test_competitors_of_the_company_whose_position_it_is() -> None:
    found = keys("Pour Meta, il s'agit d'assurer sa position face à des concurrents comme "
                 "Google et OpenAI.")
    assert found == {("rivalry", "Google", "Meta", "stated"),
                     ("rivalry", "Meta", "OpenAI", "stated")}


def test_countering_a_company_is_rivalry_and_never_talks() -> None:
    found = keys("Alors que Google cherche à contrer Microsoft, Apple attend.")
    assert found == {("rivalry", "Google", "Microsoft", "stated")}


def test_a_deal_about_a_model_named_later_in_its_clause() -> None:
    found = keys("SAP poursuit son partenariat avec Aleph Alpha pour la distribution de ses "
                 "modèles Luminous.")
    assert ("uses_model", "SAP", "Luminous", "stated") in found
    found = keys("Microsoft reste proche d'OpenAI et de son populaire ChatGPT.")
    assert ("partnership", "Microsoft", "OpenAI", "stated") in found
    assert not any(kind == "uses_model" for kind, *_ in found)


def test_every_cue_match_is_seen_by_its_stems() -> None:
    # The stems gate the cues for speed: a cue whose matches its stems miss would go unread.
    from reader import relations

    texts = [item["text"] for name in ("relations_R1.json", "relations_R2.json")
             for item in json.loads((DATA / name).read_text(encoding="utf-8"))["articles"]]
    texts.append("Nvidia et Meta se rapprochent. xAI s'est offert X. Apple a opté pour Gemini. "
                 "Orange est désormais client de Mistral AI. Ils ont noué un accord.")
    checked = 0
    for text in texts:
        for index, (pattern, *_) in enumerate(relations._CUE_RE):
            for match in pattern.finditer(text):
                checked += 1
                assert index in relations._cues_in(text, match.start(), match.end()), match
    assert checked > 400


def test_an_article_status_is_its_firmest_word_and_an_end_wins() -> None:
    from reader.relations import one_per_key

    def statuses(text: str) -> set[tuple[str, str]]:
        article = article_from_text(text, Path("t.md"))
        return {(r.type, r.status) for r in one_per_key(article_relations(article))}

    assert statuses("Apple négocie avec Google. Apple a signé un accord avec Google.") \
        == {("partnership", "stated")}
    assert statuses("Stellantis a signé un accord avec Mistral AI. Stellantis a mis fin à son "
                    "partenariat avec Mistral AI.") == {("partnership", "ended")}


def test_a_passive_agent_acts_whatever_the_cue() -> None:
    # "Y a été rachetée par X", "financée par X": the active cue must not turn it round.
    found = keys("Perplexity a été rachetée par Samsung. Cohere est financée par Oracle. "
                 "Mistral AI a été soutenue par Nvidia et Salesforce.")
    assert ("acquisition", "Samsung", "Perplexity", "stated") in found
    assert ("investment", "Oracle", "Cohere", "stated") in found
    assert ("investment", "Nvidia", "Mistral AI", "stated") in found
    assert ("investment", "Salesforce", "Mistral AI", "stated") in found
    assert not {("acquisition", "Perplexity", "Samsung", "stated"),
                ("investment", "Cohere", "Oracle", "stated"),
                ("investment", "Mistral AI", "Nvidia", "stated")} & found
    # "par ailleurs" is no agent.
    assert ("investment", "Nvidia", "Mistral AI", "stated") in keys(
        "Nvidia finance par ailleurs Mistral AI.")


def test_a_round_co_led_names_each_lead_as_investor() -> None:
    found = keys("Mistral AI lève 500 millions d'euros lors d'une série C co-menée par Nvidia "
                 "et Salesforce. Cohere a levé 90 millions lors d'un tour codirigé par Oracle.")
    assert {("investment", "Nvidia", "Mistral AI", "stated"),
            ("investment", "Salesforce", "Mistral AI", "stated"),
            ("investment", "Oracle", "Cohere", "stated")} <= found


def test_a_lawsuit_against_described_companies_pairs_each_side_not_co_plaintiffs() -> None:
    found = keys("Les éditeurs Microsoft, Adobe et Oracle poursuivent les start-up Mistral AI "
                 "et Cohere pour violation de brevets.")
    rivals = {(a, b) for kind, a, b, _ in found if kind == "rivalry"}
    assert rivals == {(a, b) if a < b else (b, a) for a in ("Microsoft", "Adobe", "Oracle")
                      for b in ("Mistral AI", "Cohere")}
    # "poursuivre la collaboration" goes on with a deal: no lawsuit.
    assert not any(kind == "rivalry" for kind, *_ in keys(
        "Apple poursuit la collaboration avec Google."))


def test_a_possessed_rival_is_the_rival_of_the_possessor_not_of_the_other_party() -> None:
    found = keys("Databricks a signé un accord avec Nvidia. Snowflake, son grand rival, a "
                 "annoncé une alliance avec Mistral AI.")
    assert ("rivalry", "Databricks", "Snowflake", "stated") in found
    assert ("partnership", "Mistral AI", "Snowflake", "stated") in found
    assert ("rivalry", "Mistral AI", "Snowflake", "stated") not in found
    assert ("rivalry", "Adobe", "Canva", "stated") in keys(
        "Canva rachète Leonardo. Adobe, son principal concurrent, observe le dossier.")
    assert ("rivalry", "NTT", "Sakana", "stated") in keys(
        "Sakana lève 100 millions. NTT figure parmi ses concurrents.")
    # "compte parmi ses concurrents Y": the rival follows, the subject owns it.
    found = keys("Sakana lève 100 millions. La start-up, soutenue par Nvidia, compte parmi ses "
                 "concurrents la japonaise Preferred.")
    assert {kind_pair for kind_pair in found if kind_pair[0] == "rivalry"} == {
        ("rivalry", "Preferred", "Sakana", "stated")}


def test_choosing_a_model_is_using_it_choosing_a_company_is_a_deal() -> None:
    assert ("uses_model", "Renault", "Gemini", "stated") in keys(
        "Renault a, lui, opté pour Gemini.")
    assert ("uses_model", "Renault", "Mistral Large", "stated") in keys(
        "Renault a choisi Mistral Large pour ses voitures.")
    assert ("partnership", "Alibaba", "Apple", "stated") in keys(
        "Apple a choisi Alibaba pour la Chine.")
    found = keys("Google a choisi Gemini.")
    assert ("makes_model", "Google", "Gemini", "stated") in found
    assert not any(kind == "uses_model" for kind, *_ in found)


def test_a_relative_clause_in_which_investors_invested() -> None:
    assert ("investment", "Nvidia", "Cohere", "stated") in keys(
        "Cohere, dans laquelle Nvidia avait investi en 2023, recrute.")
    found = keys("Mistral AI lève des fonds. La start-up parisienne, dans laquelle Microsoft et "
                 "Nvidia ont investi, recrute.")
    assert {("investment", "Microsoft", "Mistral AI", "stated"),
            ("investment", "Nvidia", "Mistral AI", "stated")} <= found
    assert not any(kind == "investment" for kind, *_ in keys(
        "Mistral AI, dans laquelle Nvidia croit, recrute."))


def test_an_opening_description_means_the_company_introduced_so_not_an_investor() -> None:
    found = keys("Cohere, la start-up canadienne, a levé 500 millions auprès d'Oracle. Nvidia "
                 "était déjà entré au capital de la société. La start-up a conclu avec Salesforce "
                 "un accord pluriannuel.")
    assert ("partnership", "Cohere", "Salesforce", "stated") in found
    assert ("partnership", "Nvidia", "Salesforce", "stated") not in found


def test_a_possessed_product_uses_the_model_for_its_owner() -> None:
    found = keys("Dust lève 40 millions. Ses agents s'appuient indifféremment sur les modèles "
                 "Claude d'Anthropic ou GPT-5 d'OpenAI.")
    assert {("uses_model", "Dust", "Claude", "stated"),
            ("uses_model", "Dust", "GPT-5", "stated")} <= found
    assert ("uses_model", "Anthropic", "Claude", "stated") not in found
    assert ("uses_model", "Dust", "Claude", "stated") in keys(
        "Dust lève 40 millions. Son assistant intègre Claude.")


def test_scorer_reads_a_written_form_as_the_shorter_canonical_name_it_begins_with() -> None:
    from reader.relations_score import company_name

    # The map names companies canonically: "Sequoia Capital" is shown as "Sequoia".
    assert company_name("Sequoia Capital") == company_name("Sequoia")
    assert company_name("LG Electronics") == company_name("LG")
    # A merge the map would be wrong to make is never relaxed.
    assert company_name("Warner Music") != company_name("Warner Bros. Discovery")
    # An acronym of the canonical name is that company; another short form is not.
    assert company_name("QIA") == company_name("Qatar Investment Authority")
    assert company_name("AWS") == company_name("Amazon Web Services")
    assert company_name("SFR") != company_name("Free")
    text = "Dust lève 40 millions d'euros auprès de Sequoia Capital."
    gold = [{"type": "investment", "a": "Sequoia Capital", "b": "Dust"}]
    result = score({"articles": [{"id": "x", "text": text, "relations": gold}]})
    assert (result.scored.tp, result.scored.fp, result.scored.fn) == (1, 0, 0)


def test_a_rival_named_before_a_relative_clause_is_still_the_rival() -> None:
    assert ("rivalry", "NTT", "Sakana", "stated") in keys(
        "Sakana lève 100 millions. NTT, qui développe ses propres modèles, figure parmi ses "
        "concurrents au Japon.")


def test_talks_about_investing_are_an_investment_in_talks_not_a_partnership() -> None:
    found = keys("Selon des sources, Nvidia serait en discussion pour investir dans la start-up "
                 "française Mistral AI.")
    assert ("investment", "Nvidia", "Mistral AI", "talks") in found
    assert not any(kind == "partnership" for kind, *_ in found)
    assert ("partnership", "Apple", "Google", "talks") in keys(
        "Apple est en discussion avec Google pour intégrer Gemini.")


def test_a_use_after_having_is_the_subject_s_and_over() -> None:
    found = keys("Renault a opté pour Gemini dans le cadre d'un partenariat avec Google, après "
                 "avoir longtemps utilisé ChatGPT.")
    assert ("uses_model", "Renault", "ChatGPT", "ended") in found
    assert ("uses_model", "Renault", "Gemini", "stated") in found
    assert not any(kind == "uses_model" and a == "Google" for kind, a, *_ in found)


def test_a_model_the_relative_clause_says_a_company_uses() -> None:
    assert ("uses_model", "Renault", "Llama", "stated") in keys(
        "Meta développe Llama, que le constructeur Renault a commencé à intégrer.")
    assert not any(kind == "uses_model" for kind, *_ in keys(
        "Meta a lancé Llama, que Renault juge décevant."))


def test_an_amount_with_a_decimal_comma_does_not_cut_the_investment() -> None:
    assert ("investment", "Microsoft", "Mistral AI", "stated") in keys(
        "Microsoft avait investi 1,5 milliard de dollars dans Mistral AI en 2024.")


def test_holding_a_stake_is_an_investment() -> None:
    assert ("investment", "Google", "Anthropic", "stated") in keys(
        "Google, qui détient également une participation dans Anthropic, n'a pas commenté.")


def test_a_described_name_stays_in_its_list() -> None:
    assert ("partnership", "Cohere", "Deloitte", "stated") in keys(
        "Cohere compte parmi ses clients Oracle et le cabinet Deloitte.")


def test_a_deal_concluded_between_two_companies() -> None:
    found = keys("L'intégration de GPT-4o dans iOS, fruit de l'accord conclu entre Apple et "
                 "OpenAI, pose question.")
    assert ("partnership", "Apple", "OpenAI", "stated") in found
    assert ("uses_model", "Apple", "GPT-4o", "stated") in found


def test_running_a_model_is_using_it() -> None:
    assert ("uses_model", "Mistral AI", "Llama", "stated") in keys(
        "Mistral AI, dont le logiciel fait tourner Llama, recrute.")


def test_a_relative_clause_naming_investors_keeps_the_subject() -> None:
    found = keys("xAI, qui vient de lever 6 milliards de dollars auprès notamment d'Andreessen "
                 "Horowitz et de Sequoia Capital, signe avec Oracle.")
    assert {("investment", "Andreessen Horowitz", "xAI", "stated"),
            ("investment", "Sequoia", "xAI", "stated"),
            ("partnership", "Oracle", "xAI", "stated")} <= found
    assert not any(kind == "partnership" and "Sequoia" in (a, b) for kind, a, b, _ in found)
    found = keys("Stability AI a annoncé une perte. La start-up londonienne, qui a levé 80 "
                 "millions de dollars auprès de Coatue et de Lightspeed, assure que tout va bien.")
    assert {("investment", "Coatue", "Stability AI", "stated"),
            ("investment", "Lightspeed", "Stability AI", "stated")} <= found


def test_a_purchase_offer_is_an_acquisition_in_talks_with_its_direction() -> None:
    assert ("acquisition", "Siemens", "Mistral AI", "talks") in keys(
        "Siemens envisage une offre sur la française Mistral AI.")
    found = keys("Cohere avait fait l'objet l'an dernier d'une offre de rachat de la part "
                 "d'Oracle.")
    assert ("acquisition", "Oracle", "Cohere", "talks") in found
    assert not any(a == "Cohere" for kind, a, *_ in found if kind == "acquisition")


def test_a_joining_investor_with_words_before_the_round_it_joined() -> None:
    found = keys("Tencent, qui a participé l'an dernier à la levée de fonds de Mistral AI, "
                 "accélère en Europe.")
    assert ("investment", "Tencent", "Mistral AI", "stated") in found


def test_an_announcement_by_one_company_is_not_a_deal() -> None:
    found = keys("Nvidia a annoncé un nouvel investissement de 2 milliards de dollars dans Cohere.")
    assert ("investment", "Nvidia", "Cohere", "stated") in found
    assert not any(kind == "partnership" for kind, *_ in found)
    assert ("partnership", "Nvidia", "Samsung", "stated") in keys(
        "Samsung et Nvidia ont annoncé la construction commune d'un centre de calcul.")


def test_the_group_of_a_city_opening_a_sentence_is_the_previous_subject() -> None:
    found = keys("Samsung a dévoilé un nouveau téléphone pliant. Le groupe de Suwon utilise déjà "
                 "Gemini Nano sur ses appareils.")
    assert ("uses_model", "Samsung", "Gemini Nano", "stated") in found


def test_measuring_oneself_against_a_company_is_rivalry() -> None:
    assert ("rivalry", "Naver", "Upstage", "stated") in keys(
        "Sur le marché coréen, Upstage se mesure surtout à Naver.")


def test_a_tool_built_from_a_model_uses_it() -> None:
    found = keys("Samsung a conçu son assistant à partir de Gemma 2, le modèle ouvert de Google.")
    assert ("uses_model", "Samsung", "Gemma 2", "stated") in found
    assert keys("Samsung a conçu son assistant à partir de 2023.") == set()


def test_an_integration_with_an_article_is_no_pronoun_for_the_model_before() -> None:
    found = keys("Cohere a adopté Llama 3 l'an dernier. Capgemini se chargera de l'intégration "
                 "chez les clients.")
    assert not any(a == "Capgemini" for _, a, *_ in found)


def test_a_purchase_by_a_buyer_and_talks_about_it() -> None:
    found = keys("Cohere discuterait par ailleurs d'un rachat par le groupe Salesforce, "
                 "selon des sources.")
    # (rumoured talks are talks: issue 14's "What counts")
    assert ("acquisition", "Salesforce", "Cohere", "talks") in found
    assert not any(kind == "partnership" for kind, *_ in found)
    assert ("acquisition", "Nvidia", "Cohere", "stated") in keys(
        "Le rachat par Nvidia de Cohere est bouclé.")


def test_the_target_of_a_purchase_offer_of_a_buyer() -> None:
    found = keys("Cohere avait fait l'objet l'an dernier d'une offre de rachat de Siemens, mais "
                 "les discussions avaient échoué.")
    assert ("acquisition", "Siemens", "Cohere", "ended") in found
    assert ("acquisition", "Cohere", "Siemens", "ended") not in found


def test_a_purchase_only_said_in_the_conditional_is_rumoured_and_one_given_up_ended() -> None:
    assert ("acquisition", "Qualcomm", "Cohere", "rumored") in keys(
        "Qualcomm serait en passe de racheter la start-up Cohere.")
    assert ("acquisition", "Microsoft", "Cohere", "ended") in keys(
        "Microsoft avait étudié un rachat de la start-up Cohere, avant d'y renoncer.")


def test_a_model_trained_on_data_is_not_a_model_used() -> None:
    found = keys("Le New York Times reproche à Microsoft d'avoir exploité des milliers d'articles "
                 "pour entraîner le modèle GPT-4 d'OpenAI.")
    assert not any(kind == "uses_model" for kind, *_ in found)
    found = keys("Stability AI reste poursuivie par Getty Images, qui l'accuse d'avoir utilisé "
                 "ses photos pour entraîner Stable Diffusion.")
    assert not any(kind == "uses_model" for kind, *_ in found)


def test_the_subject_s_own_product_is_not_a_partner() -> None:
    found = keys("Dassault Systèmes a noué un partenariat avec Mistral AI pour héberger ses "
                 "modèles sur son cloud souverain Outscale.")
    assert ("partnership", "Dassault Systèmes", "Mistral AI", "stated") in found
    assert not any("Outscale" in (a, b) for _, a, b, _ in found)


def test_a_description_with_its_city_keeps_its_relative_clause_subject() -> None:
    found = keys("Cohere, la start-up canadienne, grandit vite. La jeune pousse de Toronto, qui a "
                 "levé 500 millions de dollars lors d'un tour mené par Nvidia, recrute.")
    assert ("investment", "Nvidia", "Cohere", "stated") in found


def test_scorer_counts_the_relations_whose_parties_the_mentions_reach() -> None:
    # The second investor is named by a description no mention can reach.
    text = "Mistral AI lève 600 millions d'euros auprès de Nvidia et de la banque publique."
    gold = [{"type": "investment", "a": "Nvidia", "b": "Mistral AI"},
            {"type": "investment", "a": "Bpifrance", "b": "Mistral AI"}]
    result = score({"articles": [{"id": "x", "text": text, "relations": gold}]})
    assert result.reachable == 1
    assert "ceiling: 1 of 2" in result.summary()
    assert any("bpifrance" in e and "unmentioned" in e for e in result.errors)


def test_a_round_named_without_its_company_is_the_round_of_the_company_just_funded() -> None:
    found = keys("Cohere lève 20 millions d'euros. Le tour est mené par Eurazeo, aux côtés de "
                 "Partech et de Nvidia, qui avaient déjà participé à l'amorçage.")
    for investor in ("Eurazeo", "Partech", "Nvidia"):
        assert ("investment", investor, "Cohere", "stated") in found
    found = keys("Mistral AI prépare une levée de fonds. Le tour serait mené par Andreessen "
                 "Horowitz, et Samsung pourrait y participer.")
    assert {(a, b) for kind, a, b, _ in found if kind == "investment"} == {
        ("Andreessen Horowitz", "Mistral AI"), ("Samsung", "Mistral AI")}


def test_a_trade_opening_a_sentence_is_the_company_spoken_of_and_celle_ci_the_latter() -> None:
    found = keys("Decathlon accélère dans l'IA. L'enseigne travaille en parallèle avec la "
                 "start-up lilloise Cohere pour rédiger ses fiches. Celle-ci utilise pour sa "
                 "part Mistral Small 3, un modèle compact de Mistral AI.")
    assert ("partnership", "Cohere", "Decathlon", "stated") in found
    assert ("uses_model", "Cohere", "Mistral Small 3", "stated") in found
    assert ("uses_model", "Decathlon", "Mistral Small 3", "stated") not in found


def test_a_trade_does_not_stand_for_a_company_named_late_in_the_sentence_before() -> None:
    # The first sentence's subject has no name the mentions know: Perplexity is its object.
    found = keys("Le quotidien du soir a assigné en justice la start-up Perplexity. Le quotidien "
                 "avait pourtant signé un accord avec OpenAI.")
    assert ("partnership", "OpenAI", "Perplexity", "stated") not in found


def test_a_party_s_own_model_is_not_what_its_deal_is_about() -> None:
    found = keys("Samsung collabore avec OpenAI pour intégrer ChatGPT à ses téléphones et "
                 "développer son propre modèle Gauss.")
    assert ("uses_model", "Samsung", "ChatGPT", "stated") in found
    assert not any(kind == "uses_model" and "Gauss" in b for kind, _, b, _ in found)


def test_an_alliance_in_the_compound_past_of_a_relative_clause() -> None:
    found = keys("Sur ce marché, Mistral AI affrontera Cohere, qui s'est allié à Fujitsu.")
    assert ("partnership", "Cohere", "Fujitsu", "stated") in found
    assert ("rivalry", "Cohere", "Mistral AI", "stated") in found
    assert ("partnership", "Fujitsu", "Mistral AI", "stated") not in found


def test_a_purchase_given_up_is_ended() -> None:
    assert ("acquisition", "Capgemini", "Cohere", "ended") in keys(
        "Capgemini a renoncé à acquérir Cohere après plusieurs semaines de négociations.")


def test_shareholders_named_by_a_relative_clause_or_a_list() -> None:
    assert ("investment", "Prosus", "Cohere", "stated") in keys(
        "Cohere, dont le groupe Prosus est actionnaire, attire d'autres prétendants.")
    assert ("investment", "Eurazeo", "Cohere", "stated") in keys(
        "La start-up Cohere compte parmi ses actionnaires le fonds Eurazeo.")


def test_a_nationality_between_coordinated_names_keeps_them_together() -> None:
    assert ("partnership", "LG", "Sanofi", "stated") in keys(
        "Sanofi et le sud-coréen LG ont signé un accord de collaboration de trois ans.")


def test_entering_the_capital_and_a_stake_only_wished_in_the_conditional() -> None:
    assert ("investment", "Bouygues", "Cohere", "rumored") in keys(
        "Bouygues Telecom envisagerait même d'entrer au capital de Cohere.")
    # Talks someone is said to hold stay talks.
    assert ("investment", "Nvidia", "Cohere", "talks") in keys(
        "Selon des sources, Nvidia serait en discussion pour investir dans Cohere.")


def test_joint_work_around_a_model_is_a_deal_and_the_model_used() -> None:
    found = keys("Microsoft poursuivra ses travaux avec Meta autour de Llama 3.1, le modèle "
                 "ouvert du groupe américain.")
    assert ("partnership", "Meta", "Microsoft", "stated") in found
    assert ("uses_model", "Microsoft", "Llama 3.1", "stated") in found


def test_hosting_or_distributing_models_is_using_them() -> None:
    found = keys("Orange et Mistral AI annoncent un accord stratégique. L'opérateur hébergera "
                 "dans ses propres centres de données les modèles Mistral Large 2 et Codestral "
                 "de la start-up parisienne.")
    assert ("uses_model", "Orange", "Mistral Large 2", "stated") in found
    assert ("uses_model", "Orange", "Codestral", "stated") in found


def test_the_group_after_a_quote_is_the_company_that_opened_the_story() -> None:
    found = keys("Le groupe de médias Vivendi assigne en justice OpenAI devant le tribunal. "
                 "« Nos journalistes ne travaillent pas gratuitement », a déclaré sa présidente. "
                 "Le groupe a pourtant signé en mars un accord de licence avec Anthropic.")
    assert ("partnership", "Anthropic", "Vivendi", "stated") in found
    assert ("partnership", "Anthropic", "OpenAI", "stated") not in found


def test_celle_ci_is_the_latter_even_when_no_subject_is_left() -> None:
    found = keys("Decathlon généralise son assistant. « Nos clients l'adorent », dit-on chez "
                 "lui. L'enseigne travaille aussi avec la start-up Cohere pour ses fiches. "
                 "Celle-ci utilise pour sa part Mistral Small 3.")
    assert ("uses_model", "Cohere", "Mistral Small 3", "stated") in found
    assert ("uses_model", "Decathlon", "Mistral Small 3", "stated") not in found


def test_a_description_after_an_opening_phrase_is_the_subject_of_its_verb() -> None:
    found = keys("Cohere, la start-up canadienne, recrute. Fondée en 2019 par d'anciens "
                 "chercheurs de Google, la jeune pousse s'appuie sur Mistral Large.")
    assert ("uses_model", "Cohere", "Mistral Large", "stated") in found
    assert ("uses_model", "Google", "Mistral Large", "stated") not in found
    # An apposition with a participle is still an apposition.
    found = keys("Cohere, la start-up soutenue par Nvidia, recrute.")
    assert ("investment", "Nvidia", "Cohere", "stated") in found


def test_a_company_introduced_as_une_start_up_is_the_start_up_later() -> None:
    found = keys("Carrefour serait en discussions pour racheter Cohere, une start-up "
                 "berlinoise. Carrefour a déjà investi en Europe. La start-up compte parmi ses "
                 "actionnaires le fonds Eurazeo.")
    assert ("investment", "Eurazeo", "Cohere", "stated") in found
    assert ("investment", "Eurazeo", "Carrefour", "stated") not in found


def test_a_model_family_named_after_its_version_means_that_version() -> None:
    found = keys("Alibaba a publié Qwen 3.5 mardi. Le groupe affirme que ses modèles Qwen ont "
                 "été téléchargés 300 millions de fois. En Europe, Capgemini l'utilise déjà.")
    assert ("uses_model", "Capgemini", "Qwen 3.5", "stated") in found
    assert ("uses_model", "Capgemini", "Qwen", "stated") not in found


def test_a_pronoun_relying_on_a_company_is_a_deal_with_it() -> None:
    found = keys("Bouygues Telecom cherche un partenaire. Il s'appuiera désormais sur Cohere, "
                 "une jeune pousse nantaise.")
    assert ("partnership", "Bouygues", "Cohere", "stated") in found
    # Integrating a company's teams follows a purchase: no deal.
    found = keys("Capgemini a racheté Cohere. Le groupe entend désormais intégrer les équipes "
                 "de Cohere à sa division de conseil.")
    assert ("partnership", "Capgemini", "Cohere", "stated") not in found


def test_products_deployed_at_clients_are_deals_of_their_owner() -> None:
    found = keys("Cohere lève des fonds. Ses agents, construits sur son propre modèle Command R, "
                 "sont déployés chez Société Générale et chez Axa.")
    assert ("partnership", "Cohere", "Société Générale", "stated") in found
    assert ("partnership", "AXA", "Cohere", "stated") in found


def test_a_licence_to_train_a_model_is_a_deal_not_a_use_of_the_model() -> None:
    found = keys("Le groupe Vivendi a signé un accord de licence avec Google portant sur "
                 "l'utilisation de ses archives pour entraîner les modèles Gemini.")
    assert ("partnership", "Google", "Vivendi", "stated") in found
    assert not any(kind == "uses_model" for kind, *_ in found)


def test_a_verb_coordinated_to_the_main_one_shares_its_subject() -> None:
    found = keys("Samsung a signé avec Microsoft, et s'associe à Cerebras.")
    assert ("partnership", "Cerebras", "Samsung", "stated") in found
    assert ("partnership", "Cerebras", "Microsoft", "stated") not in found


def test_models_named_by_the_cue_s_own_preposition_again() -> None:
    found = keys("Doctolib s'appuie sur le modèle Whisper d'OpenAI pour la transcription et sur "
                 "Mistral Large de Mistral AI pour la rédaction.")
    assert ("uses_model", "Doctolib", "Whisper", "stated") in found
    assert ("uses_model", "Doctolib", "Mistral Large", "stated") in found


def test_making_a_company_one_s_supplier_is_a_deal() -> None:
    found = keys("Anthropic lève des fonds. En contrepartie, la start-up de San Francisco fera "
                 "d'Amazon Web Services son principal fournisseur de cloud.")
    assert ("partnership", "Amazon", "Anthropic", "stated") in found
    assert keys("Microsoft fait de l'IA sa priorité.") == set()


def test_a_model_used_through_a_company_s_platform_is_a_deal_with_it() -> None:
    found = keys("Decathlon lance un assistant. L'enseigne utilise Claude Sonnet 4, le modèle "
                 "d'Anthropic, via la plateforme Bedrock d'Amazon Web Services.")
    assert ("uses_model", "Decathlon", "Claude Sonnet 4", "stated") in found
    assert ("partnership", "Amazon", "Decathlon", "stated") in found


def test_a_coordinated_participle_is_no_verb_of_the_main_subject() -> None:
    found = keys("Tencent a ouvert les poids de Hunyuan, tandis que 01.AI, fondée par Kai-Fu Lee "
                 "et soutenue par Sinovation Ventures, a renoncé à entraîner Yi-Lightning.")
    assert not any(a == "Sinovation Ventures" and b == "Tencent" for _, a, b, _ in found)
    # Giving up training a successor does not end the making of the model.
    assert ("makes_model", "01.AI", "Yi-Lightning", "stated") in found


def test_a_deal_that_came_to_an_end_and_a_stake_sold_are_ended() -> None:
    assert ("partnership", "Mistral AI", "Orange", "ended") in keys(
        "Le partenariat entre Orange et Mistral AI a pris fin en mars.")
    assert ("investment", "IBM", "Cohere", "ended") in keys(
        "IBM a cédé sa participation dans Cohere.")
    assert ("investment", "IBM", "Cohere", "ended") in keys(
        "IBM a vendu sa participation dans Cohere.")


def test_leading_a_round_in_the_present_and_drawing_closer() -> None:
    assert ("investment", "SoftBank", "OpenAI", "stated") in keys(
        "SoftBank mène un tour de 40 milliards de dollars dans OpenAI.")
    assert ("partnership", "Amazon", "Anthropic", "stated") in keys(
        "Anthropic se rapproche d'Amazon.")


def test_a_deal_opening_the_sentence_belongs_to_the_subject_after_it() -> None:
    assert ("partnership", "Microsoft", "OpenAI", "stated") in keys(
        "Grâce à un accord avec Microsoft, OpenAI dispose de la puissance de calcul nécessaire.")
    assert ("partnership", "Nvidia", "Samsung", "stated") in keys(
        "En partenariat avec Nvidia, Samsung déploie un supercalculateur.")


def test_a_client_named_inside_the_cue() -> None:
    assert ("partnership", "Microsoft", "OpenAI", "stated") in keys(
        "Microsoft compte OpenAI parmi ses clients.")


def test_among_the_investors_or_clients_figure() -> None:
    found = keys("Mistral AI a levé 600 millions d'euros. Parmi les investisseurs figurent "
                 "Nvidia, Samsung et Salesforce.")
    for investor in ("Nvidia", "Samsung", "Salesforce"):
        assert ("investment", investor, "Mistral AI", "stated") in found
    found = keys("Dust a lancé un agent. Parmi ses clients figurent Qonto, Alan et Doctolib.")
    assert {("partnership", "Dust", "Qonto", "stated"), ("partnership", "Alan", "Dust", "stated"),
            ("partnership", "Doctolib", "Dust", "stated")} <= found


def test_the_product_a_model_is_integrated_into_is_not_what_the_deal_is_about() -> None:
    found = keys("Samsung a signé avec Google pour intégrer Gemini à la prochaine version de "
                 "Bixby.")
    assert ("uses_model", "Samsung", "Gemini", "stated") in found
    assert not any(kind == "uses_model" and a == "Google" for kind, a, _, _ in found)


def test_entrusting_a_product_to_a_model_and_access_to_models_keep_the_model_used() -> None:
    found = keys("Apple aurait entamé des discussions avec Google pour confier une partie de "
                 "Siri à Gemini, selon Bloomberg.")
    assert ("uses_model", "Apple", "Gemini", "talks") in found


def test_a_model_carried_by_a_company_and_a_could_that_is_no_talks() -> None:
    found = keys("Meta a publié Llama 2. Le détail : le modèle de langage, désormais porté par "
                 "Microsoft, est gratuit.")
    assert ("uses_model", "Microsoft", "Llama 2", "stated") in found
    # "pourrait être bénéfique" says nothing of talks: the deal is stated.
    assert ("partnership", "Alibaba", "Apple", "stated") in keys(
        "L'accord entre Apple et Alibaba pourrait très bien offrir un modèle.")
    assert ("partnership", "Perplexity", "Samsung", "talks") in keys(
        "Samsung pourrait s'associer à Perplexity.")


def test_rivalry_said_by_a_dispute_an_alternative_a_lawsuit_and_a_list_of_rivals() -> None:
    assert ("rivalry", "Google", "Oracle", "ended") in keys(
        "Le litige qui oppose Oracle à Google est clos.")
    assert ("rivalry", "Google", "Microsoft", "stated") in keys(
        "Microsoft et Google se disputent le marché du cloud.")
    assert ("rivalry", "Mistral AI", "OpenAI", "stated") in keys(
        "Mistral AI se positionne en alternative à OpenAI.")
    assert ("rivalry", "OpenAI", "xAI", "stated") in keys(
        "OpenAI a attaqué Elon Musk et xAI en justice.")
    found = keys("Samsung cite Apple et Xiaomi comme ses principaux concurrents.")
    assert {("rivalry", "Apple", "Samsung", "stated"),
            ("rivalry", "Samsung", "Xiaomi", "stated")} <= found
    assert ("rivalry", "Apple", "Xiaomi", "stated") not in found


def test_rivals_disputing_a_market_are_not_rivals_of_its_leader() -> None:
    found = keys("OVHcloud et Scaleway se disputent les mêmes clients, un marché dominé par "
                 "Amazon.")
    assert ("rivalry", "OVHcloud", "Scaleway", "stated") in found
    assert not any("Amazon" in (a, b) for _, a, b, _ in found)


def test_a_model_developed_together_is_made_by_both_partners() -> None:
    found = keys("Mistral AI et Nvidia ont développé ensemble le modèle Mistral NeMo.")
    assert ("partnership", "Mistral AI", "Nvidia", "stated") in found
    assert ("makes_model", "Nvidia", "Mistral NeMo", "stated") in found
    assert ("uses_model", "Nvidia", "Mistral NeMo", "stated") not in found
    assert keys("Nvidia possède l'ensemble des brevets de Mellanox.") == set()


def test_shareholders_inside_the_cue_and_talks_said_close_to_a_deal() -> None:
    found = keys("Cohere, qui compte Oracle et Nvidia parmi ses actionnaires, lance un modèle.")
    assert {("investment", "Oracle", "Cohere", "stated"),
            ("investment", "Nvidia", "Cohere", "stated")} <= found
    assert ("partnership", "Apple", "Google", "talks") in keys(
        "Apple et Google seraient proches d'un accord sur Gemini.")


def test_a_use_no_longer_made_is_ended_and_a_switch_is_the_new_use() -> None:
    assert ("partnership", "Mistral AI", "Nvidia", "ended") in keys(
        "Mistral AI n'utilise plus les puces de Nvidia.")
    found = keys("Apple utilisait ChatGPT jusqu'en 2025 avant de passer à Gemini.")
    assert ("uses_model", "Apple", "ChatGPT", "ended") in found
    assert ("uses_model", "Apple", "Gemini", "stated") in found


def test_an_offer_to_buy_is_no_deal_and_a_denied_plan_no_relation() -> None:
    found = keys("Selon The Information, Meta aurait proposé de racheter Perplexity.")
    assert ("acquisition", "Meta", "Perplexity", "rumored") in found
    assert not any(kind == "partnership" for kind, *_ in found)
    assert keys("Google a démenti tout projet de rachat de Cohere.") == set()


def test_a_round_with_a_comma_after_its_name_and_the_investors_it_attracted() -> None:
    found = keys("Hugging Face a annoncé mardi une levée de 235 millions de dollars. Le tour, mené "
                 "par Salesforce Ventures, a attiré Google, Amazon, Nvidia et IBM.")
    for investor in ("Salesforce Ventures", "Google", "Amazon", "Nvidia", "IBM"):
        assert ("investment", investor, "Hugging Face", "stated") in found
    # Attracting clients is no funding.
    assert not any(kind == "investment" for kind, *_ in keys(
        "Hugging Face grandit. La plateforme a attiré Google et Amazon comme clients."))


def test_a_rival_apposed_without_a_mention_is_not_the_next_name() -> None:
    found = keys("Hugging Face grandit vite. Son principal concurrent, Replicate, appartient à "
                 "Microsoft.")
    assert not any(kind == "rivalry" and "Microsoft" in (a, b) for kind, a, b, _ in found)


def test_a_story_about_a_company_the_mentions_miss_lends_its_deeds_to_no_one() -> None:
    # "Pigment" is a common word the mentions do not read as a name (no business verb after
    # it: "Pigment, l'éditeur…, a conclu" would make it one): the descriptions and clauses
    # about it must not fall on the companies the mentions find.
    found = keys("Pigment, l'éditeur parisien de logiciels financiers, travaille depuis 2023 avec "
                 "Google Cloud. La jeune pousse, qui a levé 145 millions de dollars auprès d'IVP "
                 "et de Greenoaks, utilisait jusqu'ici GPT-4o d'OpenAI. Pigment affronte "
                 "l'américain Anaplan, racheté par Thoma Bravo en 2022, ainsi que Workday.")
    assert not any(kind == "uses_model" and b == "GPT-4o" for kind, _, b, _ in found)
    assert not any(kind in ("investment", "acquisition") and "Google Cloud" in (a, b)
                   for kind, a, b, _ in found)
    assert ("acquisition", "Workday", "Anaplan", "stated") not in found
    # An unknown name at the head of a list does not hide the names after it.
    found = keys("Kyutai, financé notamment par Xavier Niel, Iliad et CMA CGM, recrute.")
    assert ("investment", "Iliad", "Kyutai", "stated") in found


def test_an_adjective_of_finance_is_no_funding() -> None:
    found = keys("Qorvane, l'éditeur de logiciels financiers, a conclu un accord avec "
                 "Google Cloud.")
    assert not any(kind == "investment" for kind, *_ in found)
    assert ("investment", "Nvidia", "Cohere", "stated") in keys(
        "Nvidia finance Cohere depuis 2023.")


def test_failed_talks_between_the_two_companies_spoken_of() -> None:
    found = keys("Vivendi a assigné Perplexity en justice. Il réclame 15 millions d'euros. "
                 "La procédure intervient après l'échec de plusieurs mois de négociations entre "
                 "les deux sociétés sur un accord de licence.")
    assert ("partnership", "Perplexity", "Vivendi", "ended") in found


def test_a_use_in_the_imperfect_until_now_is_ended() -> None:
    found = keys("Cohere utilisait jusqu'ici GPT-4o d'OpenAI. Mistral AI utilise jusqu'à présent "
                 "Llama 3.")
    assert ("uses_model", "Cohere", "GPT-4o", "ended") in found
    assert ("uses_model", "Mistral AI", "Llama 3", "stated") in found


def test_an_interest_in_a_purchase_is_an_acquisition_in_talks_of_the_company_courted() -> None:
    found = keys("Cohere attire d'autres prétendants : selon plusieurs sources, Accenture aurait "
                 "déjà manifesté son intérêt pour un rachat.")
    assert ("acquisition", "Accenture", "Cohere", "rumored") in found
    assert ("acquisition", "Oracle", "Cohere", "talks") in keys(
        "Oracle a manifesté son intérêt pour un rachat de Cohere.")


def test_a_pronoun_subject_keeps_the_company_it_stands_for_for_the_next_sentence() -> None:
    found = keys("La start-up parisienne Mistral AI a signé un accord avec Microsoft. Elle "
                 "affronte toujours OpenAI sur le marché des entreprises. Le français travaille "
                 "également avec BNP Paribas.")
    assert ("partnership", "BNP Paribas", "Mistral AI", "stated") in found
    assert ("partnership", "BNP Paribas", "OpenAI", "stated") not in found


def test_investors_listed_inside_their_cue_with_an_adverb() -> None:
    found = keys("Mistral AI, qui compte déjà Nvidia et Salesforce parmi ses investisseurs, "
                 "refuse d'y voir une perte d'indépendance.")
    assert {("investment", "Nvidia", "Mistral AI", "stated"),
            ("investment", "Salesforce", "Mistral AI", "stated")} <= found


def test_a_purchase_after_someone_else_s_failed_talks_is_stated() -> None:
    found = keys("Cognition a racheté Windsurf après l'échec des négociations entre cette "
                 "dernière et OpenAI.")
    assert ("acquisition", "Cognition", "Windsurf", "stated") in found


def test_a_model_replaced_by_another_is_ended_and_the_new_one_used() -> None:
    found = keys("Samsung a remplacé GPT-4o par Gemini dans son assistant.")
    assert {("uses_model", "Samsung", "GPT-4o", "ended"),
            ("uses_model", "Samsung", "Gemini", "stated")} <= found
    found = keys("Doctolib a abandonné Llama 3 au profit de Mistral Large.")
    assert {("uses_model", "Doctolib", "Llama 3", "ended"),
            ("uses_model", "Doctolib", "Mistral Large", "stated")} <= found


def test_co_investing_seizing_and_entrusting() -> None:
    found = keys("Le fonds souverain MGX a co-investi avec Microsoft dans OpenAI.")
    assert {("investment", "MGX", "OpenAI", "stated"),
            ("investment", "Microsoft", "OpenAI", "stated")} <= found
    assert ("acquisition", "Capgemini", "Cohere", "stated") in keys(
        "Capgemini s'est emparé de Cohere pour 3,3 milliards de dollars.")
    assert ("partnership", "Google", "Renault", "stated") in keys(
        "Renault a confié à Google le développement de son assistant embarqué.")


def test_a_deal_signed_after_one_broken_in_a_coordinated_clause() -> None:
    found = keys("De son côté, Nabla a rompu son partenariat avec l'assureur Allianz Partners "
                 "et signé avec le groupe hospitalier privé Ramsay Santé.")
    assert ("partnership", "Nabla", "Ramsay Santé", "stated") in found
    assert ("partnership", "Allianz Partners", "Nabla", "ended") in found


def test_clients_given_as_examples_are_clients_and_a_bank_s_name_is_no_description() -> None:
    found = keys("Cohere s'appuie sur Mistral Small 3 pour servir ses clients, parmi lesquels "
                 "Oracle et Fujitsu.")
    assert {("partnership", "Cohere", "Oracle", "stated"),
            ("partnership", "Cohere", "Fujitsu", "stated")} <= found
    found = keys("Cohere a levé 12 millions d'euros auprès de Nvidia. Cohere affronte Tide. Elle "
                 "négocie par ailleurs un partenariat avec la Société Générale.")
    assert ("partnership", "Cohere", "Société Générale", "talks") in found
    assert ("partnership", "Cohere", "Nvidia", "talks") not in found


def test_a_company_chosen_by_another_and_money_received_from_an_investor() -> None:
    assert ("partnership", "Mistral AI", "Stellantis", "stated") in keys(
        "Mistral AI a été choisie par Stellantis pour équiper ses véhicules.")
    assert keys("En Inde, Sarvam AI a été choisie par le gouvernement pour bâtir un modèle "
                "souverain, au grand dam de Krutrim.") == set()
    assert ("investment", "Amazon", "Anthropic", "stated") in keys(
        "Anthropic a reçu 4 milliards de dollars d'Amazon.")
    found = keys("OpenAI a obtenu un financement de SoftBank.")
    assert ("investment", "SoftBank", "OpenAI", "stated") in found
    assert ("investment", "OpenAI", "SoftBank", "stated") not in found


def test_co_investors_beside_a_joining_list_are_investors_not_investees() -> None:
    found = keys("Cohere lève 500 millions de dollars. Nvidia et Oracle ont également participé au "
                 "tour, aux côtés de plusieurs industriels japonais dont NEC et Fujitsu.")
    assert ("investment", "Nvidia", "Fujitsu", "stated") not in found
    assert {("investment", "Nvidia", "Cohere", "stated"),
            ("investment", "Fujitsu", "Cohere", "stated")} <= found


def test_an_investment_en_2024_is_a_date_not_a_target() -> None:
    found = keys("G42 grandit. Le groupe émirien, dans lequel Microsoft a investi 1,5 milliard de "
                 "dollars en 2024, "
                 "entend rattacher l'équipe à sa filiale Inception.")
    assert ("investment", "Microsoft", "Inception", "stated") not in found


def test_clients_of_one_company_are_not_partners_of_each_other() -> None:
    found = keys("Toyota, Nomura et Mitsubishi figureraient parmi les premiers clients de "
                 "SoftBank, selon le quotidien Nikkei.")
    assert ("partnership", "Nomura", "Toyota", "rumored") not in found


def test_a_relative_verb_in_the_singular_is_the_last_name_s_and_clauses_stay_apart() -> None:
    found = keys("Sarvam AI revendique parmi ses clients Tata Motors et HDFC Bank, qui utilise "
                 "Sarvam-M dans ses centres d'appels.")
    assert ("uses_model", "Tata Motors", "Sarvam-M", "stated") not in found
    found = keys("Orange s'appuie sur les modèles d'OpenAI, tandis que Bouygues Telecom travaille "
                 "avec Perplexity.")
    assert ("partnership", "OpenAI", "Perplexity", "stated") not in found
    assert ("partnership", "Bouygues", "Perplexity", "stated") in found


def test_plain_output_prints_the_sentences_that_say_so() -> None:
    article = article_from_text("Microsoft et Meta s'associent sur Llama 2.\x1b[31m", Path("t.md"))
    text = as_text(build_map([(article, article_relations(article))]))
    assert "— Microsoft  partner, stated, 1 article" in text  # the map's word
    assert "      « Microsoft et Meta s'associent sur Llama 2. »" in text
    assert "\x1b" not in text


def test_the_possessor_s_rival_acting_is_not_the_possessor() -> None:
    found = keys("Alors que Google voulait contrer un Microsoft proche d'OpenAI, voilà que son "
                 "principal concurrent dans la course à l'IA se rapproche d'un autre, Meta.")
    assert ("partnership", "Google", "Meta", "stated") not in found
    assert ("rivalry", "Google", "Microsoft", "stated") in found
    # In the bundled article it came from, the Google–Meta deal had that sentence as evidence.
    from reader.paths import seeds_dir

    path = next(seeds_dir().glob("004_*.md"))
    article = article_from_text(path.read_text(encoding="utf-8"), path)
    assert not any(r.key == ("partnership", "Google", "Meta") and "se rapproche" in r.evidence
                   for r in article_relations(article))


def test_a_deal_named_after_talks_about_it_is_still_talks() -> None:
    found = keys("Apple et Meta explorent des voies de collaboration. Cependant, un partenariat "
                 "entre Apple et Meta ne sera pas sans défis.")
    assert ("partnership", "Apple", "Meta", "talks") in found
    assert ("partnership", "Apple", "Meta", "stated") not in found


def test_a_project_associating_companies_and_investors_who_followed() -> None:
    found = keys("Ce centre de données géant associe OpenAI, Oracle et Cisco.")
    assert {("partnership", "OpenAI", "Oracle", "stated"),
            ("partnership", "Cisco", "OpenAI", "stated")} <= found
    found = keys("Le fonds MGX a pris la tête d'un tour de table de 500 millions de dollars dans "
                 "Cohere. Sequoia Capital et Andreessen Horowitz ont suivi, tout comme Nvidia.")
    for investor in ("MGX", "Sequoia", "Andreessen Horowitz", "Nvidia"):
        assert ("investment", investor, "Cohere", "stated") in found
    assert not any(b in ("MGX", "Nvidia") for kind, _, b, _ in found if kind == "investment")


def test_two_companies_going_after_a_third_are_its_rivals() -> None:
    found = keys("Samsung et Naver s'allient. Les deux sociétés entendent ainsi s'attaquer "
                 "directement à Nvidia.")
    assert {("rivalry", "Nvidia", "Samsung", "stated"),
            ("rivalry", "Naver", "Nvidia", "stated")} <= found


def test_a_use_with_a_phrase_between_the_verb_and_sur() -> None:
    assert ("uses_model", "Samsung", "GPT-4o", "stated") in keys(
        "Samsung s'appuie par ailleurs sur GPT-4o pour son assistant.")
    assert ("uses_model", "Samsung", "Claude 3.5 Sonnet", "stated") in keys(
        "Samsung repose lui aussi sur Claude 3.5 Sonnet pour ses téléviseurs.")


def test_a_deal_said_of_a_model_in_use_is_with_its_maker() -> None:
    found = keys("Samsung s'appuie sur GPT-4o d'OpenAI pour son assistant, en vertu d'un "
                 "partenariat signé en 2024.")
    assert ("partnership", "OpenAI", "Samsung", "stated") in found
    found = keys("Samsung va intégrer Gemini, le modèle de Google, dans ses téléviseurs, "
                 "prolongeant le partenariat entre les deux groupes.")
    assert ("partnership", "Google", "Samsung", "stated") in found
    # The deal has a party of its own: the model's maker is not it.
    found = keys("Samsung intègre Gemini de Google ; le contrat de Perplexity prend fin.")
    assert not any(k[0] == "partnership" and "Google" in k for k in found)
    # No deal word: a use alone is no partnership.
    found = keys("Samsung intègre Gemini de Google dans ses téléphones.")
    assert not any(k[0] == "partnership" for k in found)


def test_the_model_as_an_object_is_the_model_named_or_launched_before() -> None:
    found = keys("Mistral AI a lancé Mistral Large 2. Samsung a signé avec Mistral AI pour "
                 "déployer le modèle dans ses téléviseurs.")
    assert ("uses_model", "Samsung", "Mistral Large 2", "stated") in found
    found = keys("Alibaba a dévoilé Qwen3-Max. Le groupe annonce un partenariat avec le "
                 "constructeur BYD, qui intégrera le modèle dans ses véhicules.")
    assert ("uses_model", "BYD", "Qwen3-Max", "stated") in found
    # Models named since, in a comparison, are not the one meant: the launched one is.
    found = keys("Mistral AI a lancé Mistral Large 2. Elle le dit meilleur que GPT-4o "
                 "d'OpenAI. Samsung intégrera le modèle dans ses téléviseurs.")
    assert ("uses_model", "Samsung", "Mistral Large 2", "stated") in found
    assert ("uses_model", "Samsung", "GPT-4o", "stated") not in found
    # "le modèle de Google" names its maker: not the model before.
    found = keys("Mistral AI a lancé Mistral Large 2. Samsung utilise le modèle de Google.")
    assert ("uses_model", "Samsung", "Mistral Large 2", "stated") not in found


def test_a_trade_and_its_nationality_before_a_coordinated_name() -> None:
    found = keys("Samsung et l'opérateur norvégien Telenor ont signé avec Mistral AI.")
    assert {("partnership", "Mistral AI", "Samsung", "stated"),
            ("partnership", "Mistral AI", "Telenor", "stated")} <= found
    # Each signed with Mistral AI: the co-signers are not partners of each other...
    assert ("partnership", "Samsung", "Telenor", "stated") not in found
    # ...while two companies signing an agreement are.
    assert ("partnership", "Naver", "Samsung", "stated") in keys(
        "Samsung et Naver ont signé un accord.")


def test_a_product_resting_on_the_subject_s_own_model_is_its_model_not_a_use() -> None:
    found = keys("Humain a lancé un assistant reposant sur son propre modèle ALLaM 34B.")
    assert ("makes_model", "Humain", "ALLaM 34B", "stated") in found
    assert ("uses_model", "Humain", "ALLaM 34B", "stated") not in found
    found = keys("Humain a mis en ligne un assistant reposant sur son modèle arabe Allam.")
    assert ("uses_model", "Humain", "Allam", "stated") not in found


def test_a_choice_in_the_conditional_with_words_between() -> None:
    assert ("partnership", "Alibaba", "Apple", "rumored") in keys(
        "Apple aurait par ailleurs retenu Alibaba comme partenaire en Chine.")
    assert ("uses_model", "Samsung", "Gemini", "stated") in keys(
        "Samsung a finalement choisi Gemini pour ses téléphones.")


def test_a_model_built_from_another_is_a_use_of_it_by_its_maker() -> None:
    found = keys("La start-up indienne Sarvam AI a dévoilé Sarvam-M, un modèle de 24 milliards de "
                 "paramètres construit à partir de Mistral Small 3.1.")
    assert ("uses_model", "Sarvam AI", "Mistral Small 3.1", "stated") in found
    assert ("makes_model", "Sarvam AI", "Sarvam-M", "stated") in found
    assert ("uses_model", "Sarvam AI", "Llama 3", "stated") in keys(
        "Sarvam AI a lancé Sarvam-M, basé sur Llama 3.")
    # No one said who made it: no one is said to use Llama 3.
    assert not any(k[0] == "uses_model" for k in keys(
        "Sarvam-M, basé sur Llama 3, plaît à Tata Motors."))


def test_a_consortium_s_own_name_before_its_members() -> None:
    found = keys("Silo AI participe par ailleurs au consortium OpenEuroLLM aux côtés de "
                 "l'allemand Aleph Alpha.")
    assert ("partnership", "Aleph Alpha", "Silo AI", "stated") in found
    assert ("partnership", "Mistral AI", "Silo AI", "stated") in keys(
        "Silo AI a rejoint l'alliance Frontier avec Mistral AI.")


def test_an_establishment_opening_a_sentence_is_the_bank_spoken_of() -> None:
    found = keys("La banque singapourienne DBS a signé un accord avec Amazon Web Services. "
                 "L'établissement utilisera notamment Claude 3.5 Sonnet, le modèle d'Anthropic.")
    assert ("uses_model", "DBS", "Claude 3.5 Sonnet", "stated") in found


def test_studying_a_project_with_a_company_is_a_partnership_in_talks() -> None:
    assert ("partnership", "Humain", "Qualcomm", "talks") in keys(
        "Qualcomm étudie de son côté avec Humain le développement d'un processeur.")
    assert not any(k[0] == "partnership" for k in keys(
        "Qualcomm étudie les puces de Humain."))


def test_joining_the_last_round_with_an_adjective_or_a_possessive() -> None:
    assert ("investment", "Tencent", "Moonshot AI", "stated") in keys(
        "Tencent avait participé au dernier tour de table de Moonshot AI.")
    assert ("investment", "Nvidia", "Cohere", "stated") in keys(
        "Cohere a levé 500 millions de dollars. Nvidia a participé à sa dernière levée.")


def test_a_description_inside_a_sentence_is_the_company_it_just_named() -> None:
    # The article's most named company is Wayve; "la start-up" here is Mistral AI.
    found = keys("Wayve grandit. Nvidia investit dans Wayve. Le fabricant de puces participe au "
                 "tour de table de Mistral AI, mené par le néerlandais ASML, qui devient le "
                 "premier actionnaire de la start-up parisienne. DST Global et General Catalyst "
                 "ont également remis au pot.")
    assert ("investment", "ASML", "Mistral AI", "stated") in found
    assert ("investment", "General Catalyst", "Mistral AI", "stated") in found
    assert not any(k[0] == "investment" and k[2] == "Wayve" and k[1] != "Nvidia" for k in found)
    # Never the company the description is said of, in an apposition or a relative clause.
    found = keys("Mistral AI lève 600 millions d'euros. Le tour, mené par General Catalyst, "
                 "valorise la start-up à 6 milliards d'euros.")
    assert ("investment", "General Catalyst", "General Catalyst", "stated") not in found
    assert ("investment", "General Catalyst", "Mistral AI", "stated") in found
    # A relative after a name in a participial apposition is that name's; after a noun
    # apposition, the head's.
    found = keys("Sarvam AI se pose en concurrent de Krutrim, la filiale d'IA du groupe Ola, qui "
                 "a lancé le modèle Krutrim-2.")
    assert ("makes_model", "Krutrim", "Krutrim-2", "stated") in found


def test_commerce_is_no_comme_of_a_list_of_examples() -> None:
    found = keys("Alibaba a présenté Qwen3-Max. Le géant chinois du commerce en ligne annonce un "
                 "partenariat avec le constructeur BYD, qui intégrera le modèle dans ses "
                 "véhicules.")
    assert ("uses_model", "BYD", "Qwen3-Max", "stated") in found


def test_talks_with_funds_while_raising_money_are_investments_in_talks() -> None:
    found = keys("Mistral AI va chercher à lever 40 millions d'euros et a entamé des discussions "
                 "avec le fonds Cherry Ventures et avec le britannique Balderton.")
    assert {("investment", "Cherry Ventures", "Mistral AI", "talks"),
            ("investment", "Balderton", "Mistral AI", "talks")} <= found
    assert not any(k[0] == "partnership" for k in found)
    # Without money raised, talks are about a deal.
    assert ("partnership", "Mistral AI", "Sequoia", "talks") in keys(
        "Mistral AI discute avec Sequoia.")


def test_a_shareholder_and_supplier_in_one_apposition() -> None:
    found = keys("Anthropic grandit. Les modèles d'Anthropic resteront hébergés sur les serveurs "
                 "d'Amazon, principal actionnaire et fournisseur cloud de la start-up.")
    assert {("investment", "Amazon", "Anthropic", "stated"),
            ("partnership", "Amazon", "Anthropic", "stated")} <= found


def test_the_pronoun_after_dont_is_the_main_subject_acting_on_the_antecedent_s_thing() -> None:
    found = keys("SK Telecom a confirmé un investissement de 50 millions de dollars dans "
                 "Perplexity, dont il distribue déjà l'abonnement Pro à ses clients.")
    assert ("partnership", "Perplexity", "SK Telecom", "stated") in found
    found = keys("La Banque Royale du Canada (RBC) a étendu son partenariat avec Cohere, dont "
                 "elle déploie désormais le modèle Command R+ auprès de ses employés.")
    assert ("uses_model", "RBC", "Command R+", "stated") in found
    assert not any(k[0] == "uses_model" and k[1] == "Banque Royale du Canada" for k in found)


def test_the_two_companies_are_the_last_partners_or_rivals() -> None:
    found = keys("Naver et Samsung ont annoncé un partenariat pour concevoir des puces. Selon le "
                 "communiqué, les échantillons seront livrés aux clients cloud de Naver. Les deux "
                 "sociétés entendent ainsi s'attaquer directement à Nvidia.")
    assert {("rivalry", "Naver", "Nvidia", "stated"),
            ("rivalry", "Nvidia", "Samsung", "stated")} <= found
    found = keys("Toyota et NTT vont investir conjointement dans une plateforme. Cette alliance "
                 "vise à rattraper Waymo, que les deux partenaires désignent ouvertement comme "
                 "leurs principaux concurrents.")
    assert {("rivalry", "NTT", "Waymo", "stated"), ("rivalry", "Toyota", "Waymo", "stated")} \
        <= found
    # An investor and its investee are not "the two companies" acting together.
    found = keys("Vocalis a levé 40 millions auprès de Balderton. Les deux sociétés se disputent "
                 "les clients d'ElevenLabs.")
    assert ("rivalry", "Balderton", "Vocalis", "stated") not in found


def test_a_product_resting_on_a_model_stands_for_its_maker() -> None:
    assert ("uses_model", "Apple", "Qwen", "stated") in keys(
        "Les fonctions Apple Intelligence reposeront sur Qwen, le modèle du groupe de Hangzhou.")
    assert ("uses_model", "Apple", "Gemini", "stated") in keys(
        "Siri s'appuie désormais sur Gemini.")


def test_s_en_sert_uses_the_model_spoken_of() -> None:
    assert ("uses_model", "Samsung", "Gemini 2.5 Pro", "stated") in keys(
        "Google a présenté Gemini 2.5 Pro. Samsung s'en sert déjà.")
    found = keys("Upstage a dévoilé Solar Pro 3. Il surpasse Qwen 3 d'Alibaba. L'assureur Hanwha "
                 "Life, client direct d'Upstage, figure parmi les premiers utilisateurs et s'en "
                 "sert pour automatiser le traitement des sinistres.")
    assert ("uses_model", "Hanwha Life", "Solar Pro 3", "stated") in found
    assert ("uses_model", "Hanwha Life", "Qwen 3", "stated") not in found


def test_the_assistant_opening_a_sentence_is_the_product_named_before() -> None:
    found = keys("Anysphere, l'éditeur de l'assistant Cursor, a levé 900 millions de dollars. "
                 "L'assistant s'appuie principalement sur Claude 4 Sonnet, le modèle d'Anthropic.")
    assert ("uses_model", "Anysphere", "Claude 4 Sonnet", "stated") in found
    # No product named before: nobody is said to use it.
    found = keys("Anysphere a levé 900 millions de dollars. L'assistant s'appuie sur Claude 4 "
                 "Sonnet.")
    assert not any(k[0] == "uses_model" for k in found)


def test_equipping_one_s_own_service_with_a_model_is_using_it() -> None:
    found = keys("La compagnie aérienne Saudia aurait signé un contrat avec Humain pour équiper "
                 "son service client "
                 "d'ALLaM 34B, selon des sources proches du dossier.")
    assert ("uses_model", "Saudia", "ALLaM 34B", "rumored") in found
    assert ("uses_model", "Humain", "ALLaM 34B", "rumored") not in found
    assert ("uses_model", "Samsung", "Gemini", "stated") in keys(
        "Samsung équipe ses téléphones de Gemini.")


def test_talks_with_a_company_set_aside_are_the_subject_s_and_not_the_chosen_one_s() -> None:
    found = keys("Apple a retenu Alibaba pour fournir les fonctions d'IA de ses iPhone vendus en "
                 "Chine, après avoir écarté Baidu, avec qui les discussions avaient achoppé sur "
                 "la confidentialité des données.")
    assert ("partnership", "Apple", "Baidu", "ended") in found
    assert not any(k[0] == "partnership" and set(k[1:3]) == {"Alibaba", "Baidu"} for k in found)


# Sixth round (issue 14, rel): families of phrasings from R7's and R11's error categories, on
# sentences of our own.


def test_the_two_companies_are_the_story_s_pair_not_the_investors_listed_between() -> None:
    found = keys("Siemens entre au capital de Aleph Alpha à hauteur de 200 millions d'euros. "
                 "SAP, Bosch et Schwarz Gruppe remettent aussi au pot. "
                 "Les deux entreprises signent par ailleurs un accord industriel : l'allemand "
                 "intégrera les modèles d'Aleph Alpha dans ses usines.")
    assert ("investment", "SAP", "Aleph Alpha", "stated") in found
    assert ("investment", "Bosch", "Aleph Alpha", "stated") in found
    partners = {frozenset(k[1:3]) for k in found if k[0] == "partnership"}
    assert partners == {frozenset({"Siemens", "Aleph Alpha"})}


def test_talks_about_money_or_a_takeover_are_that_deal_and_not_a_partnership() -> None:
    found = keys("Hugging Face négocie avec le fonds Sequoia d'une prise de participation.")
    assert ("investment", "Sequoia", "Hugging Face", "talks") in found
    assert not any(k[0] == "partnership" for k in found)
    found = keys("Selon la presse, Photoroom discuterait d'un éventuel rachat avec Adobe.")
    assert ("acquisition", "Adobe", "Photoroom", "talks") in found  # (rumoured talks)
    assert not any(k[0] == "partnership" for k in found)
    # Talks naming the deal's other target are that target's deal, not the subject's.
    found = keys("Nvidia discute avec SoftBank d'un investissement dans OpenAI.")
    assert ("investment", "SoftBank", "Nvidia", "talks") not in found
    # A source close to the matter is no partner.
    found = keys("Photoroom a levé 40 millions auprès de Balderton, selon des sources proches "
                 "de Mistral AI.")
    assert not any(k[0] == "partnership" for k in found)


def test_founders_of_a_joint_venture_own_it_and_are_not_its_partners() -> None:
    found = keys("Orange, Thales et Airbus s'associent pour fonder Aria, une coentreprise dédiée "
                 "à l'IA de défense.")
    assert {("investment", c, "Aria", "stated") for c in ("Orange", "Thales", "Airbus")} <= found
    assert {frozenset(k[1:3]) for k in found if k[0] == "partnership"} == {
        frozenset({"Orange", "Thales"}), frozenset({"Orange", "Airbus"}),
        frozenset({"Thales", "Airbus"})}


def test_a_deal_signed_with_an_adverb_and_a_coordinated_verb_keep_their_own_parties() -> None:
    found = keys("Renault a également signé avec Google un contrat de dix ans, et travaille avec "
                 "Valeo sur ses capteurs.")
    assert ("partnership", "Google", "Renault", "stated") in found
    assert ("partnership", "Renault", "Valeo", "stated") in found
    assert ("partnership", "Google", "Valeo", "stated") not in found


def test_members_named_before_the_list_of_suppliers_or_shareholders_they_belong_to() -> None:
    found = keys("Humain a signé avec Nvidia. AMD et Qualcomm figurent également parmi ses "
                 "fournisseurs.")
    assert {("partnership", "AMD", "Humain", "stated"),
            ("partnership", "Humain", "Qualcomm", "stated")} <= found
    assert ("partnership", "AMD", "Qualcomm", "stated") not in found
    found = keys("Mistral AI a levé 2 milliards d'euros. Nvidia et Microsoft font aussi partie de "
                 "ses actionnaires.")
    assert {("investment", "Nvidia", "Mistral AI", "stated"),
            ("investment", "Microsoft", "Mistral AI", "stated")} <= found


def test_whose_capital_a_company_holds_a_share_of_is_its_investee() -> None:
    found = keys("Le site s'appuie sur les modèles de Cohere, dont Oracle détient environ 12 % du "
                 "capital.")
    assert ("investment", "Oracle", "Cohere", "stated") in found
    found = keys("Figma, dont Adobe possède une petite participation, grandit vite.")
    assert ("investment", "Adobe", "Figma", "stated") in found
    # Holding records or users is no stake.
    found = keys("Figma, dont Adobe détient les brevets, grandit vite.")
    assert not any(k[0] == "investment" for k in found)


def test_the_investors_an_apposition_lists_after_support_are_investors() -> None:
    found = keys("Dust, qui exploite Claude 3.5, le modèle d'Anthropic, pour les équipes "
                 "commerciales, garde le soutien de ses actionnaires historiques, Sequoia et "
                 "XAnge.")
    assert {("investment", "Sequoia", "Dust", "stated"),
            ("investment", "XAnge", "Dust", "stated")} <= found
    assert not any(k[0] == "investment" and k[1] == "Dust" for k in found)


def test_a_model_made_from_another_is_a_use_of_it_by_its_maker() -> None:
    found = keys("La start-up grecque Lexis AI a publié Lexis-7, un modèle obtenu en affinant "
                 "Llama 3.1, le modèle de Meta, sur des textes juridiques.")
    assert ("uses_model", "Lexis AI", "Llama 3.1", "stated") in found
    assert ("uses_model", "Lexis AI", "Lexis-7", "stated") not in found
    found = keys("Doctrine a présenté Juris-2, un modèle spécialisé obtenu par affinage de "
                 "Mistral Small 3.1.")
    assert ("uses_model", "Doctrine", "Mistral Small 3.1", "stated") in found
    found = keys("Sakana AI a lancé Shisa, un modèle japonais. Ce modèle est dérivé de Qwen 2.5, "
                 "publié par Alibaba.")
    assert ("uses_model", "Sakana AI", "Qwen 2.5", "stated") in found
    assert ("uses_model", "Alibaba", "Qwen 2.5", "stated") not in found
    found = keys("Photoroom, qui adapte Mistral Small 3.1 aux besoins des commerçants, grandit.")
    assert ("uses_model", "Photoroom", "Mistral Small 3.1", "stated") in found


def test_switching_from_one_model_to_another_ends_the_first_use() -> None:
    found = keys("Qonto a basculé l'ensemble de ses assistants de GPT-4o vers Mistral Medium 3, "
                 "invoquant des coûts plus bas.")
    assert ("uses_model", "Qonto", "GPT-4o", "ended") in found
    assert ("uses_model", "Qonto", "Mistral Medium 3", "stated") in found
    found = keys("Renault a remplacé dans son outil de prise de notes Gemini 1.5 Pro, un modèle "
                 "arrivé en fin de vie, par Claude Sonnet 4.")
    assert ("uses_model", "Renault", "Gemini 1.5 Pro", "ended") in found
    assert ("uses_model", "Renault", "Claude Sonnet 4", "stated") in found
    # Passing a model on to someone is no switch.
    found = keys("Qonto est passé de 10 à 20 clients grâce à Mistral Medium 3.")
    assert not any(k[3] == "ended" for k in found)


def test_an_apposition_after_a_list_is_said_of_its_last_member() -> None:
    found = keys("LightOn, Aleph Alpha et Silo AI, filiale d'AMD depuis 2024, s'associent au "
                 "sein d'un consortium.")
    assert ("acquisition", "AMD", "Silo AI", "stated") in found
    assert ("acquisition", "AMD", "LightOn", "stated") not in found
    assert ("partnership", "Aleph Alpha", "LightOn", "stated") in found


def test_co_subjects_distributing_the_same_models_are_not_partners_of_each_other() -> None:
    found = keys("Dell et HPE distribuent les modèles Llama dans leurs offres sur site, dans le "
                 "cadre d'accords conclus avec Meta.")
    hpe = "Hewlett Packard Enterprise"
    assert {("partnership", "Dell", "Meta", "stated"), ("partnership", hpe, "Meta", "stated")} \
        <= found
    assert not any(k[0] == "partnership" and set(k[1:3]) == {"Dell", hpe} for k in found)


def test_a_company_joining_the_consortium_partners_each_of_its_members() -> None:
    found = keys("Mistral AI, LightOn et Aleph Alpha s'associent au sein d'un consortium pour "
                 "entraîner des modèles européens. Le britannique Synthesia rejoint à son tour "
                 "le groupement.")
    assert {("partnership", "LightOn", "Synthesia", "stated"),
            ("partnership", "Mistral AI", "Synthesia", "stated"),
            ("partnership", "Aleph Alpha", "Synthesia", "stated")} <= found
    # No consortium read before: joining a project relates nobody.
    found = keys("Mistral AI lève 600 millions auprès de General Catalyst. Synthesia rejoint le "
                 "projet.")
    assert not any(k[0] == "partnership" for k in found)


def test_a_model_used_through_one_s_own_subsidiary_is_no_deal_with_it() -> None:
    found = keys("Orange déploie Mistral Medium 3 au Sénégal via sa filiale Sonatel.")
    assert ("uses_model", "Orange", "Mistral Medium 3", "stated") in found
    assert not any(k[0] == "partnership" and "Sonatel" in k for k in found)
    found = keys("Orange déploie Mistral Medium 3 via la plateforme de Microsoft.")
    assert ("partnership", "Microsoft", "Orange", "stated") in found


def test_exchanges_of_a_customer_service_are_no_talks() -> None:
    found = keys("Renault traduit les échanges de son service client au Maroc grâce à Mistral AI.")
    # (A client of Mistral AI, which the trained classifier reads as a partnership: no talks.)
    assert not any(k[0] == "partnership" and k[3] == "talks" for k in found)
    found = keys("Renault a entamé des échanges avec Mistral AI.")
    assert ("partnership", "Mistral AI", "Renault", "talks") in found


def test_rounds_led_joined_or_taken_part_in_with_words_between() -> None:
    found = keys("Le fonds Accel s'apprêterait à mener un nouveau tour de table de 60 millions "
                 "de dollars dans Photoroom.")
    assert ("investment", "Accel", "Photoroom", "rumored") in found
    found = keys("Photoroom a levé 40 millions de dollars. Le fonds Balderton et Nvidia ont "
                 "également pris part au tour.")
    assert {("investment", "Balderton", "Photoroom", "stated"),
            ("investment", "Nvidia", "Photoroom", "stated")} <= found
    found = keys("Au Qatar, le fonds QIA, qui a participé l'an dernier à une levée d'Anthropic, "
                 "observe le marché.")
    # (QIA under its canonical name, as the gazetteer now knows it.)
    assert ("investment", "Qatar Investment Authority", "Anthropic", "stated") in found


def test_a_competing_bid_is_a_purchase_in_talks_and_not_a_rivalry() -> None:
    found = keys("Selon la presse, Rakuten aurait fait une offre concurrente pour reprendre "
                 "Sakana AI.")
    assert ("acquisition", "Rakuten", "Sakana AI", "rumored") in found
    assert not any(k[0] == "rivalry" for k in found)


def test_companies_summing_a_share_together_are_not_partners() -> None:
    found = keys("Google, Microsoft et Amazon réalisent ensemble plus de la moitié des ventes de "
                 "cloud.")
    assert not any(k[0] == "partnership" for k in found)
    found = keys("Toyota et NTT vont investir ensemble 500 milliards de yens dans la conduite "
                 "autonome.")
    assert ("partnership", "NTT", "Toyota", "stated") in found


def test_a_model_dropped_after_a_time_phrase_and_a_model_fine_tuned_by_its_user() -> None:
    found = keys("Au Nigeria, la fintech Moniepoint a choisi une autre voie : elle a abandonné en "
                 "début d'année GPT-4o au profit de Llama 3.1.")
    assert ("uses_model", "Moniepoint", "GPT-4o", "ended") in found
    assert ("uses_model", "Moniepoint", "Llama 3.1", "stated") in found
    found = keys("Renault affinera dans un premier temps Whisper sur ses données.")
    assert ("uses_model", "Renault", "Whisper", "stated") in found


def test_a_name_inside_a_relative_opened_by_auquel_is_not_the_main_subject() -> None:
    found = keys("Le groupe, auquel le fonds Mubadala a apporté 10 milliards de dollars, a signé "
                 "des accords avec Nvidia et AMD.")
    assert ("partnership", "Mubadala", "Nvidia", "stated") not in found


def test_investors_who_took_part_in_the_round_a_relative_names() -> None:
    found = keys("Sarvika AI vient de boucler un tour de table mené par Lightspeed, auquel ont "
                 "participé Accel et Sequoia.")
    assert {("investment", n, "Sarvika AI", "stated") for n in ("Lightspeed", "Accel", "Sequoia")} \
        <= found


def test_the_product_a_deal_serves_is_no_model_the_other_party_uses() -> None:
    found = keys("Anthropic a signé un accord avec Salesforce pour son offre Agentforce.")
    assert ("partnership", "Anthropic", "Salesforce", "stated") in found
    assert ("uses_model", "Anthropic", "Agentforce", "stated") not in found
    found = keys("Apple a signé un accord avec Alibaba pour fournir les fonctions d'Apple "
                 "Intelligence en Chine.")
    assert ("uses_model", "Alibaba", "Apple Intelligence", "stated") not in found
    # The model a deal names is still the non-maker's use.
    found = keys("Snowflake a signé un accord avec Anthropic pour intégrer Claude Sonnet 4.")
    assert ("uses_model", "Snowflake", "Claude Sonnet 4", "stated") in found


def test_a_deal_that_links_two_companies_and_chips_supplied_to_one_by_the_other() -> None:
    found = keys("Le partenariat qui lie Renault à Google depuis 2021 n'est pas remis en cause.")
    assert ("partnership", "Google", "Renault", "stated") in found
    found = keys("Le modèle tournera sur des puces fournies à Stellantis par Qualcomm, afin de "
                 "répondre en moins d'une seconde.")
    assert ("partnership", "Qualcomm", "Stellantis", "stated") in found
    # Chips supplied "to the market" by a company relate nobody else.
    found = keys("Stellantis vend des voitures. Les puces fournies au marché par Qualcomm sont "
                 "rares.")
    assert not any(k[0] == "partnership" for k in found)


def test_a_described_object_before_a_comma_keeps_the_name_after_out_of_the_cue() -> None:
    found = keys("Microsoft, qui a investi 1,5 milliard de dollars dans le groupe d'Abou Dhabi "
                 "l'an dernier, s'appuiera sur lui pour vendre les services d'OpenAI.")
    assert ("investment", "Microsoft", "OpenAI", "stated") not in found
    # An apposed name after the description is still the object.
    found = keys("Microsoft a investi dans la start-up française, Mistral AI.")
    assert ("investment", "Microsoft", "Mistral AI", "stated") in found


def test_a_company_becoming_a_client_without_object_is_the_story_s_client() -> None:
    found = keys("Mistral AI a levé 600 millions d'euros. Stellantis, qui devient aussi client, "
                 "intégrera ses modèles dans ses voitures.")
    assert ("partnership", "Mistral AI", "Stellantis", "stated") in found
    # A client of someone named is that one's client.
    found = keys("Mistral AI a levé 600 millions d'euros. Stellantis, qui devient client de "
                 "Google, change d'assistant.")
    assert ("partnership", "Mistral AI", "Stellantis", "stated") not in found


def test_joining_a_round_with_y_a_participe_and_a_deal_concluded_with_a_described_party() -> None:
    found = keys("Upstage a levé 65 millions d'euros lors d'un tour mené par SK Networks. "
                 "L'opérateur KT y a participé, tout comme AMD.")
    assert {("investment", "KT", "Upstage", "stated"), ("investment", "AMD", "Upstage", "stated")} \
        <= found
    found = keys("Samsung envisage de conclure avec Upstage un accord pour intégrer Solar Pro "
                 "à son cloud.")
    assert ("partnership", "Samsung", "Upstage", "talks") in found


def test_users_named_after_their_verb_in_a_relative_about_a_model() -> None:
    found = keys("NTT développe tsuzumi, un modèle léger qu'utilisent déjà la banque MUFG et "
                 "l'assureur Tokio Marine.")
    assert {("uses_model", "MUFG", "tsuzumi", "stated"),
            ("uses_model", "Tokio Marine", "tsuzumi", "stated")} <= found
    assert ("uses_model", "NTT", "tsuzumi", "stated") not in found


def test_what_a_company_founded_or_designed_with_others_makes_them_partners() -> None:
    found = keys("Deutsche Telekom a par ailleurs fondé, avec SK Telecom et Vodafone, une "
                 "alliance des opérateurs.")
    assert {("partnership", "Deutsche Telekom", "SK Telecom", "stated"),
            ("partnership", "Deutsche Telekom", "Vodafone", "stated")} <= found
    found = keys("G42 développe Jais, un modèle arabe conçu avec le fabricant de puces Cerebras.")
    assert ("partnership", "Cerebras", "G42", "stated") in found
    # Launched with success, or with a model: no partner.
    found = keys("G42 a lancé avec succès Jais, face à OpenAI.")
    assert not any(k[0] == "partnership" for k in found)


def test_whose_model_is_derived_and_clients_given_after_a_described_list() -> None:
    found = keys("Sakana AI, dont le modèle Shisa est dérivé de Llama 3, revendique une "
                 "quarantaine de cabinets d'avocats clients, parmi lesquels Nishimura & Asahi.")
    assert ("uses_model", "Sakana AI", "Llama 3", "stated") in found
    assert ("partnership", "Nishimura & Asahi", "Sakana AI", "stated") in found


def test_a_possessed_rival_named_in_an_apposition_after_an_adjective() -> None:
    found = keys("FPT a lancé un modèle vietnamien. Son principal concurrent local, l'opérateur "
                 "Viettel, a présenté son propre modèle.")
    assert ("rivalry", "FPT", "Viettel", "stated") in found


def test_the_competitor_opening_a_sentence_is_the_rival_of_the_company_spoken_of() -> None:
    found = keys("Qonto remplace GPT-4o par Claude Sonnet 4.5. Le concurrent berlinois "
                 "Papierwerk, qui vise lui aussi les juristes, s'appuie quant à lui sur Mistral "
                 "Large 2.")
    assert ("rivalry", "Papierwerk", "Qonto", "stated") in found
    assert ("uses_model", "Papierwerk", "Mistral Large 2", "stated") in found


def test_a_deal_named_only_by_its_other_party_is_the_story_s_company_s() -> None:
    found = keys("Qonto a remplacé GPT-4o par Claude Sonnet 4.5. Le changement s'accompagne d'un "
                 "contrat de distribution avec Anthropic. La collaboration avec la start-up "
                 "Mistral AI, qui fournissait le moteur de recherche, a quant à elle pris fin.")
    assert ("partnership", "Anthropic", "Qonto", "stated") in found
    assert ("partnership", "Mistral AI", "Qonto", "ended") in found
    # A deal whose owner the sentence names stays its owner's.
    found = keys("Qonto a levé 100 millions. Le partenariat de Revolut avec Mistral AI a pris "
                 "fin.")
    assert ("partnership", "Mistral AI", "Qonto", "ended") not in found
    # A deal inside a relative clause is its antecedent's, named or not.
    found = keys("Qonto a levé 100 millions. Le site d'entraide Stack Overflow, qui a conclu un "
                 "accord similaire avec OpenAI en 2024, suit l'affaire.")
    assert ("partnership", "OpenAI", "Qonto", "stated") not in found


def test_a_model_dropped_after_the_main_verb_is_ended_and_the_new_one_stays_stated() -> None:
    found = keys("À Hanoï, l'éditeur Sổ Xanh a adopté Kimi K2 Thinking pour automatiser la "
                 "comptabilité de ses clients, après avoir abandonné DeepSeek-V3, qu'il utilisait "
                 "depuis un an.")
    assert ("uses_model", "Sổ Xanh", "Kimi K2 Thinking", "stated") in found
    assert ("uses_model", "Sổ Xanh", "DeepSeek-V3", "ended") in found


def test_distributing_the_models_of_several_companies_named_as_those_of() -> None:
    found = keys("Microsoft distribue déjà les modèles d'OpenAI, ainsi que ceux de Mistral AI et "
                 "de Cohere.")
    assert {("partnership", "Microsoft", "OpenAI", "stated"),
            ("partnership", "Microsoft", "Mistral AI", "stated"),
            ("partnership", "Cohere", "Microsoft", "stated")} <= found
    assert ("partnership", "Cohere", "Mistral AI", "stated") not in found


def test_one_s_own_platform_a_technology_goes_into_is_no_model_used() -> None:
    found = keys("Sakana AI, une start-up de Tokyo, a lancé Shisa. Fujitsu, qui affronte NTT et "
                 "son modèle Tsuzumi sur ce marché, entend intégrer la technologie de la start-up "
                 "à sa plateforme Kozuchi.")
    assert not any(k[0] == "uses_model" and k[2] == "Kozuchi" for k in found)
    assert ("uses_model", "Kakao", "GPT-5", "stated") in keys(
        "Kakao intègre GPT-5 dans sa messagerie KakaoTalk.")


# From a new user's walk of the app (second round of issue 14).
@pytest.mark.parametrize("text", [
    "Le cloud est au coeur de la rivalité entre Amazon et Microsoft, principal soutien d'OpenAI.",
    "Sur ce marché, la rivalité entre Amazon et Microsoft, premier soutien d'OpenAI, s'accentue.",
    "Les rivalités entre Amazon et Microsoft, partenaire d'OpenAI, se durcissent.",
])
def test_an_apposition_after_a_pair_belongs_to_the_last_name(text: str) -> None:
    found = keys(text)
    assert ("rivalry", "Amazon", "Microsoft", "stated") in found
    assert not any(k[1] == "Amazon" and k[2] == "OpenAI" for k in found)


def test_a_plural_apposition_after_a_pair_belongs_to_both() -> None:
    found = keys("Google et Amazon, principaux actionnaires d'Anthropic, se taisent.")
    assert {("investment", "Google", "Anthropic", "stated"),
            ("investment", "Amazon", "Anthropic", "stated")} <= found


@pytest.mark.parametrize("text", [
    "Anthropic, concurrent d'OpenAI, s'appuie sur Amazon. Le géant du commerce en ligne devient "
    "ainsi l'actionnaire de référence de la start-up.",
    "Mistral AI, concurrente d'OpenAI, s'appuie sur Amazon. Le géant de Seattle entre au "
    "capital de la jeune pousse.",
])
def test_the_giant_is_the_large_group_named_last_not_the_start_up(text: str) -> None:
    found = keys(text)
    start_up = "Anthropic" if "Anthropic" in text else "Mistral AI"
    assert ("investment", "Amazon", start_up, "stated") in found
    assert not any(k[0] == "investment" and "OpenAI" in k for k in found)


def test_a_stated_relation_is_backed_first_by_a_sentence_that_states_it() -> None:
    talks = article_from_text("Meta a sollicité des discussions avec Microsoft et Oracle.",
                              Path("a.md"))
    stated = article_from_text("Microsoft et Meta s'associent dans la course à l'IA.",
                               Path("b.md"))
    relation_map = build_map((a, article_relations(a)) for a in (talks, stated))
    edge = next(e for e in relation_map.edges
                if e.type == "partnership" and {e.a, e.b} == {"Meta", "Microsoft"})
    assert edge.status == "stated"
    assert edge.evidence[0].relation.status == "stated"
    assert edge.evidence[0].article is stated


@pytest.mark.parametrize(("text", "members"), [
    ("Alibaba, Tencent, le fabricant de puces Cambricon et le spécialiste des serveurs Inspur ont "
     "lancé une alliance.", ("Alibaba", "Cambricon", "Inspur", "Tencent")),
    ("Renault, le fabricant de pneus Michelin et le spécialiste des logiciels Dassault Systèmes "
     "ont signé un accord.", ("Dassault Systèmes", "Michelin", "Renault")),
    ("Orange, la compagnie aérienne Air France et la fintech britannique Revolut forment une "
     "alliance.", ("Air France-KLM", "Orange", "Revolut")),
])
def test_a_trade_and_its_goods_stay_inside_a_list_of_partners(text: str,
                                                               members: tuple[str, ...]) -> None:
    found = keys(text)
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            assert ("partnership", a, b, "stated") in found, (a, b)


@pytest.mark.parametrize("text", [
    "Huawei, premier concepteur chinois de puces d'IA, n'a pas rejoint l'alliance de Tencent et "
    "Alibaba.",
    "Apple n'investit pas dans OpenAI.",
    "Google ne rachètera jamais Mistral AI, assure son patron.",
    "Meta n'a jamais signé avec Apple.",
    "Amazon n'utilise pas Llama.",
])
def test_a_verb_said_not_to_happen_is_no_relation(text: str) -> None:
    assert not {k for k in keys(text) if "Tencent" not in k or "Alibaba" not in k}


@pytest.mark.parametrize(("text", "members"), [
    ("Elle se veut une réponse à UALink, la norme ouverte portée aux États-Unis par AMD et Intel.",
     ("AMD", "Intel")),
    ("Le projet, piloté par Airbus et Thales, vise à créer un cloud souverain.",
     ("Airbus", "Thales")),
    ("L'initiative lancée par Google, Microsoft et Amazon regroupe une centaine d'éditeurs.",
     ("Amazon", "Google", "Microsoft")),
    ("OpenAI, SoftBank et Oracle ont officialisé l'extension du projet Stargate.",
     ("OpenAI", "Oracle", "SoftBank")),
    ("SAP, Siemens et Bosch ont présenté un projet commun.", ("Bosch", "SAP", "Siemens")),
    ("Renault et Google ont dévoilé un programme de recherche.", ("Google", "Renault")),
])
def test_a_project_carried_by_several_companies_partners_them(
        text: str, members: tuple[str, ...]) -> None:
    found = keys(text)
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            assert ("partnership", a, b, "stated") in found, (a, b)


@pytest.mark.parametrize("text", [
    "Google et Microsoft ont lancé un nouveau programme pour les développeurs, chacun de son côté.",
    "Le tour de table mené par Sequoia valorise Mistral AI à 6 milliards.",
    "Le projet porté par Mistral AI a séduit les investisseurs.",
])
def test_a_project_of_one_company_or_of_each_its_own_partners_none(text: str) -> None:
    assert not {k for k in keys(text) if k[0] == "partnership"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI compterait Orange parmi ses principaux clients, selon plusieurs analystes.",
     ("partnership", "Mistral AI", "Orange", "rumored")),
    ("Mistral AI revendique déjà un premier client, l'hébergeur français Scaleway.",
     ("partnership", "Mistral AI", "Scaleway", "stated")),
    ("Mistral AI a décroché deux nouveaux clients : Orange et BNP Paribas.",
     ("partnership", "BNP Paribas", "Mistral AI", "stated")),
    ("Mistral AI a signé son premier client, la banque BNP Paribas.",
     ("partnership", "BNP Paribas", "Mistral AI", "stated")),
    ("Orange a annoncé un nouveau client, Renault, pour son cloud.",
     ("partnership", "Orange", "Renault", "stated")),
])
def test_a_first_or_main_client_named_is_a_partnership(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(("text", "rivals"), [
    ("OpenAI y affronte Google et Anthropic, ainsi que des acteurs locaux comme Sarvam AI et "
     "Krutrim.", ("Anthropic", "Google", "Krutrim", "Sarvam AI")),
    ("Mistral AI concurrence OpenAI, mais aussi des laboratoires chinois tels que DeepSeek.",
     ("DeepSeek", "OpenAI")),
    ("Mistral AI affronte OpenAI, ainsi que Cohere.", ("Cohere", "OpenAI")),
])
def test_rivals_named_after_the_first_ones_are_rivals_too(text: str,
                                                          rivals: tuple[str, ...]) -> None:
    found = keys(text)
    subject = "Mistral AI" if text.startswith("Mistral") else "OpenAI"
    for rival in rivals:
        assert ("rivalry", *sorted((subject, rival)), "stated") in found, rival


def test_a_rival_named_in_another_clause_is_not_one() -> None:
    found = keys("Mistral AI affronte OpenAI, ainsi que le montre le succès de Cohere.")
    assert not {k for k in found if "Cohere" in k}


@pytest.mark.parametrize(("text", "expected"), [
    ("Google, qui détient environ 14 % du capital d'Anthropic, n'a pas souhaité réagir.",
     ("investment", "Google", "Anthropic", "stated")),
    ("Microsoft détient 49 % d'OpenAI.", ("investment", "Microsoft", "OpenAI", "stated")),
    ("Amazon possède près de 20 % du capital d'Anthropic.",
     ("investment", "Amazon", "Anthropic", "stated")),
])
def test_a_share_of_the_capital_held_is_an_investment(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text)


def test_a_share_of_a_market_is_no_investment() -> None:
    assert not keys("Nvidia détient 80 % du marché des puces, devant AMD.")


@pytest.mark.parametrize(("text", "members"), [
    ("SK Telecom a par ailleurs fondé, avec Deutsche Telekom, Vodafone et Telefónica, une alliance "
     "européenne.", ("Deutsche Telekom", "SK Telecom", "Telefónica", "Vodafone")),
    ("SoftBank a créé avec OpenAI et Arm un consortium pour les puces.",
     ("Arm", "OpenAI", "SoftBank")),
    ("Mistral AI a lancé, avec Nvidia et Capgemini, une coentreprise.",
     ("Capgemini", "Mistral AI", "Nvidia")),
])
def test_companies_founding_an_alliance_together_are_all_partners(
        text: str, members: tuple[str, ...]) -> None:
    found = keys(text)
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            assert ("partnership", a, b, "stated") in found, (a, b)


def test_a_model_developed_with_two_partners_does_not_partner_them() -> None:
    found = keys("Mistral AI a développé avec Nvidia et Capgemini le modèle Mistral NeMo.")
    assert ("partnership", "Capgemini", "Nvidia", "stated") not in found
    assert ("partnership", "Mistral AI", "Nvidia", "stated") in found


@pytest.mark.parametrize("text", ["G42 a rompu avec Huawei.",
                                  "Apple a finalement rompu avec Google."])
def test_breaking_off_with_a_partner_is_an_ended_partnership(text: str) -> None:
    assert {k for k in keys(text) if k[0] == "partnership"} == {
        ("partnership", *sorted(n for n in ("G42", "Huawei", "Apple", "Google") if n in text),
         "ended")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft distribue déjà les modèles d'OpenAI, dont il est le premier actionnaire.",
     ("investment", "Microsoft", "OpenAI", "stated")),
    ("Amazon héberge Anthropic, dont il est actionnaire depuis 2023.",
     ("investment", "Amazon", "Anthropic", "stated")),
    ("Google travaille avec Anthropic, dont il détient 14 %.",
     ("investment", "Google", "Anthropic", "stated")),
    ("Nvidia fournit ses puces à Mistral AI, dont elle est aussi actionnaire.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
])
def test_whose_shareholder_it_is_said_by_a_pronoun(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Orange a signé avec Mistral AI. Le groupe, qui travaille aussi avec Meta, revendique une "
     "approche multimodèle.", ("partnership", "Meta", "Orange", "stated")),
    ("Capgemini a signé avec Mistral AI. L'entreprise, qui collabore déjà avec Google, veut aller "
     "plus loin.", ("partnership", "Capgemini", "Google", "stated")),
])
def test_the_description_is_the_subject_of_its_own_relative_clause(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Apple adapterait pour l'occasion Qwen 3, la dernière génération de modèles d'Alibaba.",
     {("uses_model", "Apple", "Qwen 3", "rumored")}),
    ("Apple affinerait Qwen 3 pour la Chine.", {("uses_model", "Apple", "Qwen 3", "rumored")}),
    ("Parmi les premiers clients à utiliser MAI-1 figure l'assureur allemand Allianz.",
     {("uses_model", "Allianz", "MAI-1", "stated")}),
    ("Parmi les clients qui utilisent Claude figurent Pfizer et Lufthansa.",
     {("uses_model", "Pfizer", "Claude", "stated"),
      ("uses_model", "Lufthansa", "Claude", "stated")}),
    ("Parmi les entreprises qui ont adopté Mistral Large, on trouve BNP Paribas.",
     {("uses_model", "BNP Paribas", "Mistral Large", "stated")}),
])
def test_clients_using_a_model_use_it_and_are_not_partners_of_one_another(
        text: str, expected: set[tuple[str, str, str, str]]) -> None:
    found = keys(text)
    assert expected <= found
    assert not {k for k in found if k[0] == "partnership"}


@pytest.mark.parametrize(("text", "former"), [
    ("La start-up Anthropic, fondée par d'anciens chercheurs d'OpenAI, a fait d'Amazon Web "
     "Services son principal partenaire.", ("OpenAI",)),
    ("Mistral AI, créée par d'anciens ingénieurs de Meta et de Google, signe avec Orange.",
     ("Meta", "Google")),
    ("Mistral AI, fondée par un ancien de Google, utilise Llama.", ("Google",)),
])
def test_where_the_founders_worked_is_no_party(text: str, former: tuple[str, ...]) -> None:
    found = keys(text)
    assert found
    assert not {k for k in found for name in former if name in k[1:3]}


def test_a_former_partner_is_still_an_ended_partnership() -> None:
    assert ("partnership", "Google", "Orange", "ended") in keys(
        "Mistral AI a signé avec Orange, ancien partenaire de Google.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Oracle y installera des serveurs équipés de puces GB200, achetées à Nvidia pour un montant "
     "estimé à 40 milliards de dollars.", ("partnership", "Nvidia", "Oracle", "stated")),
    ("Oracle achète des puces à Nvidia.", ("partnership", "Nvidia", "Oracle", "stated")),
    ("ByteDance aurait passé commande de plus de 100 000 puces Ascend 910B auprès de Huawei.",
     ("partnership", "ByteDance", "Huawei", "rumored")),
    ("Meta a commandé 350 000 processeurs à Nvidia.", ("partnership", "Meta", "Nvidia", "stated")),
])
def test_goods_bought_from_a_supplier_are_a_partnership_not_an_acquisition(
        text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found
    assert not {k for k in found if k[0] == "acquisition"}


def test_a_company_bought_is_still_an_acquisition() -> None:
    assert ("acquisition", "Nvidia", "Mistral AI", "stated") in keys(
        "Nvidia a acheté Mistral AI pour 7 milliards de dollars à ses actionnaires.")


def test_competition_two_companies_undergo_is_not_between_them() -> None:
    found = keys("Alibaba et JD.com voyaient leurs marges se contracter sous l'effet de la "
                 "concurrence de Pinduoduo.")
    assert {("rivalry", "Alibaba", "Pinduoduo", "stated"),
            ("rivalry", "JD.com", "Pinduoduo", "stated")} <= found
    assert ("rivalry", "Alibaba", "JD.com", "stated") not in found
    assert not keys("Alibaba et JD.com souffrent de la concurrence.")
    assert ("rivalry", "Alibaba", "JD.com", "stated") in keys(
        "Alibaba et JD.com se livrent une concurrence acharnée.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Le patron de TCS a indiqué être « en discussion avancée » avec Anthropic.",
     ("partnership", "Anthropic", "Tata Consultancy Services", "talks")),
    ("Renault évoque un « partenariat stratégique » avec Mistral AI.",
     ("partnership", "Mistral AI", "Renault", "stated")),
    ("Renault parle d'un « accord historique » avec Mistral AI.",
     ("partnership", "Mistral AI", "Renault", "stated")),
])
def test_a_cue_in_quotes_reaches_the_party_after_the_quote(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize("text", ["Apple ne s'associe plus à Google.",
                                  "Apple ne travaille plus avec Google."])
def test_no_longer_working_together_is_an_ended_partnership(text: str) -> None:
    assert ("partnership", "Apple", "Google", "ended") in keys(text)


# Investor lists (round 8): the lead's role said between the names, "accompagné de", a
# possessive list of shareholders, "un tour auquel ont participé", "parmi les participants".
@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI lève 30 millions d'euros auprès de Partech, qui mène le tour, ainsi que de "
     "Kima Ventures et d'Elaia.",
     {("investment", "Kima Ventures", "Mistral AI"), ("investment", "Elaia", "Mistral AI"),
      ("investment", "Partech", "Mistral AI")}),
    ("Mistral AI lève 9 millions auprès du fonds Partech, chef de file, et du groupe américain "
     "Nvidia.", {("investment", "Partech", "Mistral AI"), ("investment", "Nvidia", "Mistral AI")}),
    ("Mistral AI lève 20 millions. L'opération est menée par le fonds Partech, accompagné du "
     "britannique Atomico et de Nvidia.",
     {("investment", "Atomico", "Mistral AI"), ("investment", "Nvidia", "Mistral AI")}),
    ("Mistral AI se tait. Ses actionnaires, Partech et Elaia, qui ont mené ses deux premiers "
     "tours, ne se sont pas exprimés.",
     {("investment", "Partech", "Mistral AI"), ("investment", "Elaia", "Mistral AI")}),
    ("Mistral AI recule. Ses investisseurs, parmi lesquels Bosch et SAP, avaient pourtant "
     "remis de l'argent en 2023.",
     {("investment", "Bosch", "Mistral AI"), ("investment", "SAP", "Mistral AI")}),
    ("Mistral AI avait fait sensation avec un tour d'amorçage de 105 millions auquel avaient "
     "participé Accel, Amazon et Samsung.",
     {("investment", "Accel", "Mistral AI"), ("investment", "Amazon", "Mistral AI"),
      ("investment", "Samsung", "Mistral AI")}),
    ("Mistral AI a levé 450 millions lors d'un tour mené par Partech. Accel et Samsung "
     "figuraient parmi les autres participants.",
     {("investment", "Accel", "Mistral AI"), ("investment", "Samsung", "Mistral AI")}),
    ("Mistral AI compte parmi ses clients l'opérateur Orange et le groupe hôtelier Accor.",
     {("partnership", "Accor", "Mistral AI"), ("partnership", "Mistral AI", "Orange")}),
])
def test_investor_and_client_lists_name_every_member(text: str, expected: set) -> None:
    assert expected <= {k[:3] for k in keys(text)}


def test_a_shareholder_list_never_makes_one_member_invest_in_another() -> None:
    found = keys("Corella Health se tait. Ses actionnaires, Partech et Elaia, ne se sont pas "
                 "exprimés.")
    assert ("investment", "Elaia", "Partech", "stated") not in found
    assert ("investment", "Partech", "Elaia", "stated") not in found
    # the lead's own relative clause stays its own: no investor taken for the funded company
    found = keys("Mistral AI lève 10 millions lors d'un tour mené par Partech, auquel ont "
                 "participé Accel et Samsung.")
    assert {("investment", "Partech", "Mistral AI", "stated"),
            ("investment", "Accel", "Mistral AI", "stated")} <= found


# Rivalry (round 8): a list apposed to "ses concurrents", the owner after the apposition, and
# the verbs of meeting a competitor.
@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Face à Anaplan et Workday, ses concurrents directs, Mistral AI revendique une croissance.",
     {("rivalry", "Anaplan", "Mistral AI"), ("rivalry", "Mistral AI", "Workday")},
     ("rivalry", "Anaplan", "Workday")),
    ("DBS grandit. OCBC et UOB, ses deux principaux concurrents locaux, testent des solutions.",
     {("rivalry", "DBS", "OCBC"), ("rivalry", "DBS", "UOB")}, ("rivalry", "OCBC", "UOB")),
    ("Naval Group grandit. Ses concurrents TKMS et Fincantieri n'ont pas encore communiqué.",
     {("rivalry", "Naval Group", "TKMS"), ("rivalry", "Fincantieri", "Naval Group")},
     ("rivalry", "Fincantieri", "TKMS")),
    ("Mistral AI grandit. En Europe, la société croise surtout la route de l'allemande Aleph "
     "Alpha, qui vise les mêmes clients.", {("rivalry", "Aleph Alpha", "Mistral AI")}, None),
    ("En Europe, Mistral AI se heurte à OpenAI et à Anthropic.",
     {("rivalry", "Mistral AI", "OpenAI"), ("rivalry", "Anthropic", "Mistral AI")},
     ("rivalry", "Anthropic", "OpenAI")),
    ("Cohere se frotte désormais à Google sur ce marché.", {("rivalry", "Cohere", "Google")},
     None),
])
def test_rivals_in_lists_and_verbs_of_meeting(
        text: str, expected: set, absent: tuple | None) -> None:
    found = {k[:3] for k in keys(text)}
    assert expected <= found
    assert absent not in found


def test_meeting_someone_is_no_rivalry() -> None:
    assert not keys("Le patron d'OpenAI a croisé celui de Microsoft lors du salon.")


# uses_model (round 8): a sentence opening on a product whose owner it does not name is about
# the company spoken of; a named owner ("Le service de Free") keeps its own.
@pytest.mark.parametrize(("text", "expected"), [
    ("Orange a signé avec Google pour son assistant. L'outil reposera sur Claude 3.7 Sonnet.",
     ("uses_model", "Orange", "Claude 3.7 Sonnet")),
    ("Orange a signé avec Free pour un système de prévision. La solution repose sur Gemini 2.0 "
     "Flash, le modèle de Google.",
     ("uses_model", "Orange", "Gemini 2.0 Flash")),
    ("Orange lève 12 millions auprès de Partech pour ses logiciels. Le moteur d'analyse repose "
     "sur Mistral Large, "
     "le modèle de Mistral AI.", ("uses_model", "Orange", "Mistral Large")),
    ("Orange a signé avec Google. Son assistant conversationnel, qui répond en anglais, en "
     "yoruba et en haoussa, est construit sur Llama 3, le modèle ouvert de Meta.",
     ("uses_model", "Orange", "Llama 3")),
])
def test_a_product_without_owner_is_the_company_spoken_of(text: str, expected: tuple) -> None:
    assert expected in {k[:3] for k in keys(text)}


def test_a_product_with_its_owner_named_is_not_the_subjects() -> None:
    found = {k[:3] for k in keys("Orange a signé avec Google pour un service. Le service de "
                                 "Free repose sur Gemini.")}
    assert ("uses_model", "Free", "Gemini") in found
    assert ("uses_model", "Orange", "Gemini") not in found
    # the model's own maker does not use it
    assert ("uses_model", "Google", "Gemini") not in {k[:3] for k in keys(
        "Google a signé avec Orange pour un service. Le service repose sur Gemini.")}
    # no product spoken of before: "L'outil" may be anyone's
    assert not any(k[0] == "uses_model" for k in keys(
        "Orange a signé avec Google. L'outil reposera sur Claude 3.7 Sonnet."))


# makes_model vs uses_model (round 8): a company's own model, however it is said, is made.
@pytest.mark.parametrize(("text", "company", "model"), [
    ("Dror Autonomy, dont les logiciels de vision reposent sur un modèle maison baptisé Nesher, "
     "travaille avec Kratos.", "Dror Autonomy", "Nesher"),
    ("Orange grandit. L'entreprise équipe ses boutiques de Tideline, un modèle de navigation "
     "maison.", "Orange", "Tideline"),
    ("Orange a lancé son propre modèle de langue, Cenzontle-LM.", "Orange", "Cenzontle-LM"),
])
def test_a_company_s_own_model_is_made_not_used(text: str, company: str, model: str) -> None:
    found = {k[:3] for k in keys(text)}
    assert ("makes_model", company, model) in found
    assert ("uses_model", company, model) not in found


@pytest.mark.parametrize("text", [
    "Wipro a étendu son alliance avec Google et déploie Gemini 2.0, le modèle maison du groupe "
    "de Mountain View.",
    "Wipro abandonne le développement de ses propres modèles pour s'appuyer sur Gemini 2.0.",
    "Wipro rappelle que son propre assistant d'achat repose sur Gemini 2.0.",
])
def test_someone_else_s_house_model_stays_used(text: str) -> None:
    assert ("uses_model", "Wipro", "Gemini 2.0") in {k[:3] for k in keys(text)}


@pytest.mark.parametrize(("text", "pairs"), [
    # the compound past of "s'associer", "s'allier" says "se"
    ("Mistral AI, Nvidia et le fonds MGX se sont associés pour construire un campus.",
     {("MGX", "Mistral AI"), ("MGX", "Nvidia"), ("Mistral AI", "Nvidia")}),
    ("Orange et Free se sont alliés pour couvrir les campagnes.", {("Free", "Orange")}),
    ("Selon la presse, Orange et Free se seraient associés l'an dernier.", {("Free", "Orange")}),
    # a few words more between "ont officialisé" and the joint venture
    ("MGX, Mistral AI et Nvidia ont officialisé jeudi la création d'une coentreprise.",
     {("MGX", "Mistral AI"), ("MGX", "Nvidia"), ("Mistral AI", "Nvidia")}),
])
def test_partners_of_a_compound_past(text: str, pairs: set) -> None:
    assert {("partnership", a, b) for a, b in pairs} <= {k[:3] for k in keys(text)}


@pytest.mark.parametrize(("text", "pairs"), [
    ("Mistral AI a rejoint le consortium qu'ont formé DBS, OCBC et UOB pour mutualiser la "
     "détection.", {("DBS", "Mistral AI"), ("Mistral AI", "OCBC"), ("Mistral AI", "UOB"),
                    ("DBS", "OCBC"), ("DBS", "UOB"), ("OCBC", "UOB")}),
    ("Mistral AI, start-up de Paris, a rejoint l'alliance créée en 2023 par DBS et OCBC.",
     {("DBS", "Mistral AI"), ("Mistral AI", "OCBC"), ("DBS", "OCBC")}),
    ("Carrefour grandit. Le distributeur a en outre rejoint un consortium formé avec Danone et "
     "Capgemini.", {("Capgemini", "Carrefour"), ("Carrefour", "Danone"), ("Capgemini", "Danone")}),
])
def test_joining_a_consortium_partners_every_member(text: str, pairs: set) -> None:
    assert {("partnership", a, b) for a, b in pairs} <= {k[:3] for k in keys(text)}


def test_not_joining_a_consortium_partners_only_its_founders() -> None:
    found = {k[:3] for k in keys("Mistral AI n'a pas rejoint le consortium formé par DBS et "
                                 "OCBC.")}
    assert ("partnership", "DBS", "OCBC") in found
    assert not {k for k in found if "Mistral AI" in k}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # talks with investors while a round is prepared: money, not a partnership
    ("Mistral AI prépare une série A et serait en discussion avec Partech et Elaia, selon des "
     "sources proches du dossier.",
     {("investment", "Partech", "Mistral AI"), ("investment", "Elaia", "Mistral AI")},
     ("partnership", "Mistral AI", "Partech")),
    # "Des discussions sont en cours avec X": the story's company talks with X
    ("Mistral AI signe avec Orange. Des discussions sont également en cours avec le fabricant "
     "japonais Denso Wave pour une intégration.",
     {("partnership", "Denso Wave", "Mistral AI")}, None),
    ("Mistral AI signe avec Nvidia. Des négociations sont en cours avec le groupe Carrefour "
     "pour un déploiement.", {("partnership", "Carrefour", "Mistral AI")}, None),
])
def test_talks_with_investors_and_talks_under_way(text: str, expected: set,
                                                   absent: tuple | None) -> None:
    found = {k[:3] for k in keys(text)}
    assert expected <= found
    assert absent not in found
    assert all(k[3] == "talks" for k in keys(text) if k[:3] in expected)


def test_clients_using_it_use_the_model_launched() -> None:
    found = {k[:3] for k in keys(
        "Mistral AI lance son propre modèle, Codestral Mamba. Le modèle a été construit à partir "
        "de Gemma 2, le modèle ouvert de Google. Parmi ses premiers clients figurent Carrefour et "
        "Orange, qui l'utiliseront pour leurs assistants.")}
    assert {("uses_model", "Carrefour", "Codestral Mamba"),
            ("uses_model", "Mistral AI", "Gemma 2")} <= found
    assert ("uses_model", "Carrefour", "Gemma 2") not in found


def test_a_deal_with_whom_is_that_company_s_not_the_model_maker_s() -> None:
    found = {k[:3] for k in keys(
        "Mistral AI lance son propre modèle, Codestral Mamba. Le modèle a été construit à partir "
        "de Gemma 2, le modèle de Google, et entraîné sur des serveurs loués à Oracle, avec qui la "
        "société a signé un accord de cinq ans.")}
    assert ("partnership", "Google", "Mistral AI") not in found
    # the maker itself named before "avec lequel" is the partner
    assert ("partnership", "Google", "Mistral AI") in {k[:3] for k in keys(
        "Mistral AI grandit. Ses agents reposent sur Gemini 2.0 Flash, le modèle de Google, avec "
        "lequel la start-up a noué un partenariat technique.")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Selon la dirigeante, le modèle, entraîné sur les serveurs de Scaleway, avec qui Mistral AI "
     "a signé un contrat pluriannuel, coûte moins cher.", ("Mistral AI", "Scaleway")),
    ("Sa concurrente BNP Paribas a, elle, fait le choix de Mistral AI, avec qui elle a signé un "
     "accord-cadre l'été dernier.", ("BNP Paribas", "Mistral AI")),
    ("L'accord prévoit un hébergement des modèles chez OVHcloud, avec lequel Mistral AI "
     "collabore depuis 2024.", ("Mistral AI", "OVHcloud")),
    ("Mistral AI grandit. Ses modèles tournent sur des serveurs loués à Oracle, avec qui la "
     "société de Monterrey a conclu un accord.", ("Mistral AI", "Oracle")),
])
def test_a_deal_made_with_whom(text: str, pair: tuple[str, str]) -> None:
    assert ("partnership", *pair) in {k[:3] for k in keys(text)}


def test_with_whom_talks_failed_is_no_new_deal() -> None:
    assert not [k for k in keys("Orange a écarté Free, avec qui les discussions avaient achoppé.")
                if k[3] == "stated"]


@pytest.mark.parametrize("text", [
    "Mistral AI recrute. L'éditeur, qui a levé 14 millions d'euros en 2023 auprès de Partech et "
    "d'Elaia, veut tripler ses effectifs.",
    "Mistral AI recrute. La société, qui avait levé 14 millions l'an dernier auprès de Partech et "
    "d'Elaia, ouvre un bureau à Londres.",
])
def test_a_described_company_that_raised_from_investors(text: str) -> None:
    assert {("investment", "Partech", "Mistral AI"), ("investment", "Elaia", "Mistral AI")} <= {
        k[:3] for k in keys(text)}


def test_clients_who_tried_the_model_are_clients_and_users() -> None:
    found = {k[:3] for k in keys(
        "Mistral AI a présenté Mistral Medium 3. Plusieurs clients l'ont testé en avant-première, "
        "dont l'armateur CMA CGM et la banque BNP Paribas.")}
    assert {("partnership", "CMA CGM", "Mistral AI"), ("partnership", "BNP Paribas", "Mistral AI"),
            ("uses_model", "CMA CGM", "Mistral Medium 3"),
            ("uses_model", "BNP Paribas", "Mistral Medium 3")} <= found
    assert ("uses_model", "Mistral AI", "Mistral Medium 3") not in found


@pytest.mark.parametrize(("text", "pair"), [
    ("Airbus, de son côté, travaille depuis l'an dernier avec Mistral AI sur des cas d'usage.",
     ("Airbus", "Mistral AI")),
    ("Mistral AI grandit. C'est son deuxième partenariat : la start-up avait signé en début "
     "d'année avec Microsoft.", ("Microsoft", "Mistral AI")),
    ("Orange a signé en 2024 avec Mistral AI.", ("Mistral AI", "Orange")),
    ("Mistral AI grandit. Un partenariat a été signé avec Anthropic pour co-développer ces "
     "fonctions.", ("Anthropic", "Mistral AI")),
])
def test_a_deal_with_a_time_said_between(text: str, pair: tuple[str, str]) -> None:
    assert ("partnership", *pair) in {k[:3] for k in keys(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI grandit. Le dossier avait déjà suscité l'intérêt de ServiceNow, qui a mené des "
     "discussions de rachat avec la start-up au printemps avant d'y renoncer.",
     ("acquisition", "ServiceNow", "Mistral AI", "ended")),
    ("Mistral AI mène des négociations de rachat avec Orange.",
     ("acquisition", "Orange", "Mistral AI", "talks")),
    ("Le rachat de Mistral AI par le groupe Orange n'aura pas lieu.",
     ("acquisition", "Orange", "Mistral AI", "ended")),
    ("Le rachat de Mistral AI par Orange ne se fera finalement pas.",
     ("acquisition", "Orange", "Mistral AI", "ended")),
    ("Le rachat de Mistral AI par Orange aura lieu en mars.",
     ("acquisition", "Orange", "Mistral AI", "stated")),
])
def test_purchase_talks_and_purchases_called_off(text: str, expected: tuple) -> None:
    found = keys(text)
    assert expected in found
    assert not [k for k in found if k[0] == "partnership"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Carrefour grandit. Le groupe avait auparavant testé GPT-4o, d'OpenAI, avant d'y renoncer "
     "en raison de la latence.", {("uses_model", "Carrefour", "GPT-4o", "ended")}),
    ("Carrefour lui préfère désormais Mistral Small 3.",
     {("uses_model", "Carrefour", "Mistral Small 3", "stated")}),
    ("Carrefour grandit. La société, qui utilisait GPT-4, le modèle de l'américain, pour rédiger "
     "les réponses, lui préfère désormais Mistral Small 3, de Mistral AI.",
     {("uses_model", "Carrefour", "GPT-4", "ended"),
      ("uses_model", "Carrefour", "Mistral Small 3", "stated")}),
    ("Carrefour a testé GPT-4o avant de le déployer dans ses magasins.",
     {("uses_model", "Carrefour", "GPT-4o", "stated")}),
])
def test_a_model_given_up_and_the_one_preferred(text: str, expected: set) -> None:
    assert expected <= keys(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Carrefour a lancé Hopla, un assistant d'achat en ligne reposant sur GPT-4 d'OpenAI.",
     ("uses_model", "Carrefour", "GPT-4")),
    ("L'assureur AXA a généralisé à ses salariés son assistant conversationnel interne, Secure "
     "GPT, bâti sur GPT-4o d'OpenAI.", ("uses_model", "AXA", "GPT-4o")),
])
def test_a_product_launched_or_owned_built_on_a_model(text: str, expected: tuple) -> None:
    assert expected in {k[:3] for k in keys(text)}

def test_a_backer_that_speaks_of_the_start_up_is_not_what_l_entreprise_means_next() -> None:
    # The second company of the story describes the first ("qui avait soutenu la jeune
    # pousse"); "L'entreprise" and "elle" after it are the story's company still.
    found = keys("Vizelle, la start-up lilloise de montage vidéo, lève 20 millions d'euros "
                 "auprès de Partech. Kima Ventures, qui avait soutenu la jeune pousse à ses "
                 "débuts, remet au pot. L'entreprise a signé un partenariat avec Decathlon. "
                 "Elle se mesure surtout à Canva.")
    assert ("partnership", "Decathlon", "Vizelle", "stated") in found
    assert ("rivalry", "Canva", "Vizelle", "stated") in found
    assert not any("Kima Ventures" in (a, b) and kind != "investment"
                   for kind, a, b, _ in found), found


def test_la_start_up_with_a_nationality_is_the_one_of_that_country() -> None:
    found = keys("Helsing et Mistral AI annoncent une alliance. La start-up allemande a levé "
                 "450 millions d'euros lors d'un tour mené par Brightline Capital. Thales "
                 "discute aussi avec Mistral AI.")
    assert ("investment", "Brightline Capital", "Helsing", "stated") in found, found
    assert ("investment", "Brightline Capital", "Mistral AI", "stated") not in found


def test_celui_ci_after_a_partner_of_the_described_story_company_is_the_story_company() -> None:
    found = keys("La Banque Verdane accélère sur l'IA. Elle a signé un contrat avec Anthropic. "
                 "Le déploiement sera assuré par Capgemini, partenaire historique de la banque "
                 "régionale. Celle-ci a cessé d'utiliser GPT-4 d'OpenAI.")
    assert ("uses_model", "Banque Verdane", "GPT-4", "ended") in found, found
    assert not any(kind == "uses_model" and a == "Capgemini" for kind, a, _, _ in found), found


# ---- ninth round: causes that recur across batches, not one batch's sentences


def test_companies_sued_together_are_not_rivals_of_each_other() -> None:
    # The accused share one side of the case; each is the plaintiff's rival, not the other's.
    found = keys("L'éditeur Prisma Media a assigné Google et Perplexity devant le tribunal de "
                 "commerce, les accusant de reprendre ses articles.")
    assert ("rivalry", "Google", "Prisma Media", "stated") in found, found
    assert ("rivalry", "Perplexity", "Prisma Media", "stated") in found, found
    assert ("rivalry", "Google", "Perplexity", "stated") not in found, found
    found = keys("La société Kyutai a déposé une plainte contre Meta et Nvidia, qu'elle accuse "
                 "de s'être entendus.")
    assert ("rivalry", "Meta", "Nvidia", "stated") not in found, found
    assert ("rivalry", "Kyutai", "Meta", "stated") in found, found


def test_co_defendants_named_rivals_in_the_sentence_stay_rivals() -> None:
    found = keys("Kyutai poursuit Meta et son concurrent Google devant la justice.")
    assert ("rivalry", "Google", "Kyutai", "stated") in found, found


def test_betting_on_a_thing_is_no_investment_in_the_company_named_after() -> None:
    found = keys("Le groupe Orange mise désormais sur les PME : il a conclu un contrat avec "
                 "Mistral AI.")
    assert not any(kind == "investment" for kind, *_ in found), found
    found = keys("Bouygues Telecom a misé sur une alliance avec l'américain Anthropic.")
    assert ("partnership", "Anthropic", "Bouygues", "stated") in found, found
    assert not any(kind == "investment" for kind, *_ in found), found


def test_betting_on_a_company_is_still_an_investment() -> None:
    found = keys("Nvidia a été l'un des premiers à miser sur Mistral AI, en y injectant des "
                 "centaines de millions.")
    assert ("investment", "Nvidia", "Mistral AI", "stated") in found, found


def test_a_description_with_its_place_then_an_apposition_is_still_the_subject() -> None:
    # "La jeune pousse de Lyon, connue pour …" keeps its complement before the apposition's
    # comma: the verb after the apposition is the described company's, not the model's.
    found = keys("Salesforce envisagerait de racheter Nabla. La jeune pousse de Paris, connue "
                 "pour sa gamme de modèles Copilot, avait levé 24 millions de dollars auprès "
                 "de Cathay Innovation et de Zebox.")
    assert ("investment", "Cathay Innovation", "Nabla", "stated") in found, found
    assert ("investment", "Zebox", "Nabla", "stated") in found, found


def test_an_adverb_between_a_use_verb_and_its_preposition() -> None:
    found = keys("Le groupe indien Wipro a signé avec AMD. Le groupe bascule désormais vers "
                 "Mistral Large 2.")
    assert ("uses_model", "Wipro", "Mistral Large 2", "stated") in found, found
    found = keys("Doctolib s'appuyait jusqu'ici sur Claude 3 Haiku pour ses résumés.")
    assert ("uses_model", "Doctolib", "Claude 3 Haiku", "ended") in found, found


def test_an_opening_description_keeps_the_verb_past_a_relative_clause_naming_others() -> None:
    # The maker named inside "qui utilisait M, le modèle de X," is not who switches to N.
    found = keys("Le groupe indien Wipro a signé avec AMD un contrat. Le conglomérat, qui "
                 "utilisait jusqu'ici Gemma 2, le modèle de Google, pour son support, passe "
                 "désormais à Mistral Large 2.")
    assert ("uses_model", "Wipro", "Mistral Large 2", "stated") in found, found
    assert not any(kind == "uses_model" and a == "Google" for kind, a, _, _ in found), found


def test_the_model_a_company_develops_in_house_is_made_not_used() -> None:
    found = keys("Kakao s'appuie surtout sur Kanana 2, le modèle qu'il développe en interne.")
    assert ("makes_model", "Kakao", "Kanana 2", "stated") in found, found
    assert not any(kind == "uses_model" for kind, *_ in found), found


def test_le_studio_opening_a_sentence_is_the_studio_spoken_of() -> None:
    found = keys("Le studio lyonnais Ankama a présenté son nouveau jeu. Le studio utilisera "
                 "Mistral Small 3 pour faire parler ses personnages.")
    assert ("uses_model", "Ankama", "Mistral Small 3", "stated") in found, found


def test_son_rival_with_no_subject_left_is_the_story_company_s() -> None:
    # The sentence before spoke of a start-up the story's company might buy: "Son grand
    # rival" is still the story company's, not the start-up's.
    found = keys("Orange a signé avec Google un accord de cloud. Selon Les Échos, l'opérateur "
                 "envisagerait aussi de racheter Giskard, une jeune pousse parisienne. Son grand "
                 "rival SFR a, lui, signé avec Anthropic.")
    assert ("rivalry", "Orange", "SFR", "stated") in found, found
    assert not any(kind == "rivalry" and "Giskard" in (a, b) for kind, a, b, _ in found), found


def test_a_list_of_investors_goes_on_past_a_described_member() -> None:
    # "des investisseurs historiques Y et Z" closes the list of the round's other investors.
    found = keys("Nabla lève 20 millions d'euros. L'opération est menée par le fonds Partech, "
                 "aux côtés d'Eurazeo et des investisseurs historiques Kima Ventures et "
                 "Elaia.")
    for investor in ("Partech", "Eurazeo", "Kima Ventures", "Elaia"):
        assert ("investment", investor, "Nabla", "stated") in found, (investor, found)


# ---- lists of parties and negotiated purchases within one sentence (lists5)


def test_a_passive_agent_after_an_adverbial_is_the_investor() -> None:
    # "financé jusqu'ici par X et Y": a passive, whatever adverbial comes before "par".
    found = keys("Mistral AI poursuivra son développement, financé jusqu'ici par Accel et "
                 "Partech.")
    assert ("investment", "Accel", "Mistral AI", "stated") in found, found
    assert ("investment", "Partech", "Mistral AI", "stated") in found, found
    assert not any(kind == "investment" and a == "Mistral AI" for kind, a, _, _ in found), found


@pytest.mark.parametrize("text", [
    "La bataille oppose Cohere et Anthropic, soutenue de son côté par Google.",
    "Le laboratoire Anthropic, soutenu pour sa part par Google, recrute à Paris.",
    "Anthropic, financée quant à elle par Google, ouvre un bureau à Paris.",
])
def test_an_aside_between_a_participle_and_its_agent(text: str) -> None:
    # (the walk: "OpenAI, soutenu de son côté par Microsoft" gave OpenAI investing in
    # Microsoft: "soutenu" was read as an active verb when "de son côté" hid the agent)
    found = keys(text)
    assert ("investment", "Google", "Anthropic", "stated") in found, found
    assert not any(kind == "investment" and a == "Anthropic" for kind, a, _, _ in found), found


def test_a_role_in_brackets_does_not_end_a_list_of_investors() -> None:
    found = keys("Mistral AI lève 10 millions d'euros auprès de Partech (chef de file), de Kima "
                 "Ventures et d'Eurazeo.")
    for investor in ("Partech", "Kima Ventures", "Eurazeo"):
        assert ("investment", investor, "Mistral AI", "stated") in found, (investor, found)


@pytest.mark.parametrize("sentence", [
    # a relative clause in the present after the lead
    "Mistral AI lève 10 millions d'euros lors d'un tour mené par Accel, auquel participent "
    "Partech et Nvidia.",
    # an apposition that presents the lead, then the next one by the repeated "par"
    "Mistral AI lève 10 millions d'euros lors d'un tour co-mené par Accel, le bras "
    "d'investissement du groupe, et par Partech.",
])
def test_investors_named_after_the_lead_past_a_clause_or_an_apposition(sentence: str) -> None:
    found = keys(sentence)
    for investor in ("Accel", "Partech"):
        assert ("investment", investor, "Mistral AI", "stated") in found, (investor, found)


def test_the_lead_of_a_round_named_by_its_owner_and_co_investors_alongside() -> None:
    # "a mené le tour de table de <somme> de Y, <apposition>, aux côtés de Z et de W"
    found = keys("Partech a mené le tour de table de 10 millions d'euros de Mistral AI, une "
                 "start-up parisienne, aux côtés d'Eurazeo et de Kima Ventures.")
    for investor in ("Partech", "Eurazeo", "Kima Ventures"):
        assert ("investment", investor, "Mistral AI", "stated") in found, (investor, found)


def test_a_co_investor_alongside_the_investor_and_no_one_else() -> None:
    found = keys("Nvidia investit 15 millions d'euros dans Mistral AI, aux côtés de Partech, "
                 "tandis que Google s'associe à Orange.")
    assert ("investment", "Partech", "Mistral AI", "stated") in found, found
    assert not any(kind == "investment" and "Google" in (a, b) for kind, a, b, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Capgemini mène des discussions avec Giskard en vue de le racheter.",
     ("acquisition", "Capgemini", "Giskard", "talks")),
    ("Capgemini a confirmé mener des discussions exclusives avec le français Giskard en vue "
     "du rachat de ce dernier.", ("acquisition", "Capgemini", "Giskard", "talks")),
    ("Giskard a rompu les discussions avec Capgemini, qui envisageait de l'absorber.",
     ("acquisition", "Capgemini", "Giskard", "ended")),
    ("Les négociations en vue du rachat de Giskard, une start-up parisienne, par Capgemini ont "
     "été rompues.", ("acquisition", "Capgemini", "Giskard", "ended")),
    ("Capgemini a mis fin aux négociations qu'il menait depuis l'automne pour racheter "
     "Giskard.", ("acquisition", "Capgemini", "Giskard", "ended")),
    ("Les négociations entre Capgemini et Giskard ont abouti : Capgemini rachète la start-up "
     "pour 50 millions d'euros.", ("acquisition", "Capgemini", "Giskard", "stated")),
])
def test_talks_about_a_purchase_are_an_acquisition_not_a_partnership(
        text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_talks_about_a_partnership_stay_a_partnership() -> None:
    found = keys("Capgemini mène des discussions avec Giskard en vue de les étendre à l'Europe.")
    assert ("partnership", "Capgemini", "Giskard", "talks") in found, found
    assert not any(kind == "acquisition" for kind, *_ in found), found


def test_a_list_that_repeats_the_preposition_is_one_list() -> None:
    found = keys("Les outils de Mistral AI ont été adoptés par Orange et par le groupe "
                 "pharmaceutique Sanofi.")
    assert ("partnership", "Mistral AI", "Orange", "stated") in found, found
    assert ("partnership", "Mistral AI", "Sanofi", "stated") in found, found


def test_rivals_listed_with_a_repeated_preposition_are_each_the_subject_s() -> None:
    found = keys("Mistral AI revendique une avance sur l'américain Cohere et sur le français "
                 "LightOn, ses deux principaux concurrents.")
    assert ("rivalry", "Cohere", "Mistral AI", "stated") in found, found
    assert ("rivalry", "LightOn", "Mistral AI", "stated") in found, found
    assert ("rivalry", "Cohere", "LightOn", "stated") not in found, found


def test_a_list_of_leaders_relates_none_of_them() -> None:
    assert keys("Google, Microsoft et Amazon sont les leaders du secteur, devant Orange et "
                "par ailleurs Renault.") == set()


def test_a_list_closed_by_a_member_named_by_its_trade() -> None:
    # "A, B et le fournisseur de cloud C": the trade noun opens the last member.
    found = keys("Mistral AI a rejoint un consortium formé avec Airbus, Thales et le "
                 "fournisseur de cloud OVHcloud.")
    for other in ("Airbus", "Thales", "OVHcloud"):
        assert any(kind == "partnership" and {a, b} == {"Mistral AI", other}
                   for kind, a, b, _ in found), (other, found)
    # (an apposition's trade noun is no list member: Nvidia supplies both)
    found = keys("Nvidia, fournisseur de Mistral AI et d'OpenAI, a annoncé ses résultats.")
    assert ("partnership", "Mistral AI", "OpenAI", "stated") not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Capgemini s'appuie sur plusieurs modèles, dont Mistral Large 2 de Mistral AI et GPT-4o "
     "d'OpenAI.", {("uses_model", "Capgemini", "Mistral Large 2", "stated"),
                   ("uses_model", "Capgemini", "GPT-4o", "stated")}),
    ("Capgemini a investi dans plusieurs start-up, dont Mistral AI et LightOn.",
     {("investment", "Capgemini", "Mistral AI", "stated"),
      ("investment", "Capgemini", "LightOn", "stated")}),
])
def test_members_of_the_cue_s_plural_object_after_dont(text: str, expected: set) -> None:
    found = keys(text)
    assert expected <= found, found


def test_a_deal_named_with_its_own_parties_relates_them_not_the_verb_s_subject() -> None:
    found = keys("Cohere récupère les contrats de Mistral AI avec Airbus, Renault et Orange.")
    for client in ("Airbus", "Renault", "Orange"):
        assert any(kind == "partnership" and {a, b} == {"Mistral AI", client}
                   for kind, a, b, _ in found), (client, found)
    # (Whether Cohere, taking the contracts over, becomes the clients' partner is the trained
    # classifier's call: on the gold, refusing it cost six true relations and no false one.)


def test_a_second_partner_after_what_the_first_deal_is_for() -> None:
    found = keys("Mistral AI a déjà signé des contrats de fourniture avec Nvidia, pour 18 000 "
                 "puces, et avec AMD.")
    assert ("partnership", "AMD", "Mistral AI", "stated") in found, found
    assert ("partnership", "Mistral AI", "Nvidia", "stated") in found, found


def test_respectively_pairs_each_subject_with_its_own_partner() -> None:
    found = keys("Orange et Free ont conclu des accords similaires, respectivement avec "
                 "Mistral AI et OpenAI.")
    assert {(a, b) for kind, a, b, _ in found if kind == "partnership"} == {
        ("Mistral AI", "Orange"), ("Free", "OpenAI")}, found


def test_co_subjects_of_deals_with_unnamed_others_are_not_partners() -> None:
    assert keys("Sanofi, AstraZeneca et Roche multiplient également les accords de ce type "
                "avec des spécialistes de l'IA.") == set()
    assert keys("Orange et Renault ont signé des accords comparables avec une start-up "
                "nantaise.") == set()
    # (a deal between the co-subjects themselves still is one)
    assert ("partnership", "Roche", "Sanofi", "stated") in keys(
        "Sanofi et Roche ont signé un accord de recherche.")


def test_investors_supporting_the_round_invest_in_its_company_not_in_the_lead() -> None:
    found = keys("Mistral AI lève 10 millions d'euros. Le tour est mené par Accel, avec le "
                 "soutien de ses investisseurs historiques Partech et Eurazeo, ainsi que de "
                 "Bpifrance.")
    for investor in ("Accel", "Partech", "Eurazeo", "Bpifrance"):
        assert ("investment", investor, "Mistral AI", "stated") in found, (investor, found)
    assert not any(kind == "investment" and b == "Accel" for kind, _, b, _ in found), found


def test_the_lead_of_what_gathers_a_list_is_a_partner_of_each() -> None:
    found = keys("Ce centre de données géant, piloté par Orange, associe Mistral AI, Thales et "
                 "Airbus.")
    for member in ("Mistral AI", "Thales", "Airbus"):
        assert any(kind == "partnership" and {a, b} == {"Orange", member}
                   for kind, a, b, _ in found), (member, found)


def test_a_round_led_by_one_that_gathers_others_funds_the_company_raising_it() -> None:
    found = keys("Mistral AI lève 10 millions d'euros. Mené par le fonds Partech, il associe "
                 "Bpifrance, Eurazeo et plusieurs business angels.")
    for investor in ("Partech", "Bpifrance", "Eurazeo"):
        assert ("investment", investor, "Mistral AI", "stated") in found, (investor, found)
    assert not any(kind == "partnership" for kind, *_ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a member presented by its nationality alone
    ("Mistral AI participe au consortium OpenEuroLLM aux côtés de l'allemand Aleph Alpha et "
     "du letton Tilde.", ("partnership", "Mistral AI", "Tilde", "stated")),
    # a company's investing arm stands for it
    ("Mistral AI lève 10 millions d'euros auprès de Partech, de Bpifrance et de la branche "
     "capital-risque de Nvidia.", ("investment", "Nvidia", "Mistral AI", "stated")),
    # a trade with its field: "le spécialiste de la cybersécurité Y"
    ("Mistral AI compte parmi ses clients Orange, Renault et le spécialiste de la "
     "cybersécurité Thales.", ("partnership", "Mistral AI", "Thales", "stated")),
])
def test_the_last_member_of_a_list_presented_by_a_description(
        text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found


def test_a_complement_after_the_conjunction_is_no_list_member() -> None:
    # "les modèles locaux de Y": Y makes models, it is not one more ally of Cohere's.
    found = keys("Mistral AI affrontera Cohere, qui s'est allié à Fujitsu, ainsi que les "
                 "modèles locaux de Sakana AI.")
    assert not any(kind == "partnership" and "Sakana AI" in (a, b) for kind, a, b, _ in found)


def test_a_maker_supplying_its_own_model_to_listed_clients() -> None:
    found = keys("Mistral AI fournit déjà son modèle Mistral Large 2 à Renault et à Stellantis "
                 "pour leurs véhicules.")
    for client in ("Renault", "Stellantis"):
        assert ("partnership", "Mistral AI", client, "stated") in found, (client, found)
        assert ("uses_model", client, "Mistral Large 2", "stated") in found, (client, found)


def test_models_added_to_a_platform_s_catalogue_are_a_deal_with_their_makers() -> None:
    found = keys("Amazon Web Services ajoute à sa plateforme Bedrock deux nouveaux modèles : "
                 "Magistral Medium, de Mistral AI, et Qwen3-Coder, d'Alibaba.")
    for maker, model in (("Mistral AI", "Magistral Medium"), ("Alibaba", "Qwen3-Coder")):
        assert ("uses_model", "Amazon", model, "stated") in found, found
        assert any(kind == "partnership" and {a, b} == {"Amazon", maker}
                   for kind, a, b, _ in found), (maker, found)


def test_an_open_model_taken_into_a_platform_is_no_deal_with_its_maker() -> None:
    found = keys("Capgemini intègre dans sa plateforme des modèles ouverts, à commencer par "
                 "Llama 3.1 de Meta.")
    assert not any(kind == "partnership" for kind, *_ in found), found


@pytest.mark.parametrize("text", [
    "Mistral AI travaille notamment avec Orange, Renault ainsi qu'avec Airbus.",
    "Mistral AI a noué des partenariats avec Orange, avec Renault et avec Airbus.",
])
def test_a_list_of_partners_with_the_preposition_repeated_or_not(text: str) -> None:
    found = keys(text)
    for partner in ("Orange", "Renault", "Airbus"):
        assert any(kind == "partnership" and {a, b} == {"Mistral AI", partner}
                   for kind, a, b, _ in found), (partner, found)


def test_puis_par_adds_one_more_agent() -> None:
    found = keys("Mistral AI a été choisi par Orange, puis par Renault.")
    assert ("partnership", "Mistral AI", "Renault", "stated") in found, found


def test_co_subjects_after_an_opening_description_with_a_complement() -> None:
    # "Le fonds d'infrastructure X": the "d'" is the description's, X is a subject.
    found = keys("Le fonds d'infrastructure Ardian, le groupe émirien MGX et Nvidia "
                 "s'associent pour financer un campus de centres de données.")
    pairs = {frozenset((a, b)) for kind, a, b, _ in found if kind == "partnership"}
    assert pairs == {frozenset(p) for p in (("Ardian", "MGX"), ("Ardian", "Nvidia"),
                                            ("MGX", "Nvidia"))}, found


def test_an_investment_fund_s_description_is_no_investment_cue() -> None:
    found = keys("Le fonds d'investissement Partech investit dans Mistral AI.")
    assert ("investment", "Partech", "Mistral AI", "stated") in found, found


def test_a_model_is_not_what_is_owned_the_company_before_the_cue_is() -> None:
    found = keys("Les éditeurs s'appuient sur Viking 33B, le modèle conçu par la société "
                 "finlandaise Silo AI, désormais propriété d'AMD.")
    assert ("acquisition", "AMD", "Silo AI", "stated") in found, found


def test_a_lawsuit_with_an_adverbial_before_the_defendant() -> None:
    assert ("rivalry", "OpenAI", "xAI", "stated") in keys(
        "xAI, qui poursuit par ailleurs OpenAI en justice, cherche de nouveaux clients.")
    assert keys("Mistral AI poursuit également son développement avec Orange.") == {
        ("partnership", "Mistral AI", "Orange", "stated")}


def test_a_colon_opening_a_clause_of_its_own_ends_the_cue_s_reach() -> None:
    found = keys("Au nord, le danois Orange a choisi une tout autre voie : il a assigné "
                 "Microsoft en justice.")
    assert ("partnership", "Microsoft", "Orange", "stated") not in found, found


# rel6: a participial apposition with its agent ("Le groupe, soutenu par le fonds X, …") is
# closed like a relative clause: its agent is not the main verb's subject.
def test_an_agent_inside_a_participial_apposition_is_not_the_subject() -> None:
    found = keys("Kyutai ouvre un bureau à Lyon. Le laboratoire, financé par le fonds Partech, "
                 "se pose en rival direct de Mistral AI.")
    assert ("rivalry", "Mistral AI", "Partech", "stated") not in found, found
    assert ("rivalry", "Kyutai", "Mistral AI", "stated") in found, found
    found = keys("Le groupe, détenu par Iliad, s'associe désormais à Orange.")
    assert not any({a, b} == {"Iliad", "Orange"} for _, a, b, _ in found), found


def test_a_named_head_before_a_participial_apposition_keeps_the_verb() -> None:
    found = keys("Kyutai, soutenu par Iliad et par le fonds Partech, a signé un accord avec "
                 "Orange.")
    assert ("partnership", "Kyutai", "Orange", "stated") in found, found
    assert not any(kind == "partnership" and "Orange" in (a, b) and "Kyutai" not in (a, b)
                   for kind, a, b, _ in found), found


# rel6: an adverbial inserted between a stake's verb and its complement ("entre par ailleurs
# au capital de", "détient aussi 15 % de", "prend à son tour le contrôle de").
@pytest.mark.parametrize(("text", "expected"), [
    ("Nvidia entre par ailleurs au capital de Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Nvidia entre également au capital de Mistral AI aux côtés de Partech.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Partech détient par ailleurs 12 % de Mistral AI, selon ses comptes.",
     ("investment", "Partech", "Mistral AI", "stated")),
    ("Microsoft détient désormais environ 20 % du capital de Mistral AI.",
     ("investment", "Microsoft", "Mistral AI", "stated")),
    ("Nvidia prend par ailleurs le contrôle de Mistral AI.",
     ("acquisition", "Nvidia", "Mistral AI", "stated")),
])
def test_an_adverbial_between_a_stake_verb_and_its_complement(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_a_share_of_a_market_after_an_adverbial_is_no_stake() -> None:
    found = keys("Nvidia détient encore 80 % du marché des puces, loin devant AMD.")
    assert not any(kind in ("investment", "acquisition") for kind, *_ in found), found


# rel6: a source named by description ("selon le groupe de Santa Clara") is no party.
def test_a_source_named_by_description_is_no_party() -> None:
    found = keys("Nvidia a dévoilé Nemotron 3, un modèle ouvert. Salesforce et ServiceNow l'ont "
                 "déjà intégré à leurs plateformes, selon le groupe de Santa Clara.")
    assert not any(kind == "partnership" for kind, *_ in found), found
    assert ("makes_model", "Nvidia", "Nemotron 3", "stated") in found, found


# rel6: "compte A et B parmi ses clients (investisseurs)" names its object inside the cue, even
# when the main verb's object follows ("X, qui compte A parmi ses clients, s'appuie sur M").
def test_the_members_inside_a_parmi_cue_are_its_object_when_a_name_follows() -> None:
    found = keys("Mistral AI, qui compte Airbus et Renault parmi ses clients, a signé avec "
                 "Microsoft.")
    assert ("partnership", "Airbus", "Mistral AI", "stated") in found, found
    assert ("partnership", "Mistral AI", "Renault", "stated") in found, found
    found = keys("La start-up Mistral AI, qui compte Partech parmi ses investisseurs, s'appuie "
                 "sur Llama 2 de Meta.")
    assert ("investment", "Partech", "Mistral AI", "stated") in found, found


def test_two_partners_of_one_company_are_not_each_other_s_partners() -> None:
    found = keys("Mistral AI, qui compte Airbus parmi ses clients, a signé avec Microsoft.")
    assert ("partnership", "Airbus", "Microsoft", "stated") not in found, found
    assert ("partnership", "Microsoft", "Mistral AI", "stated") in found, found


# cross7: the round's own verbs with no complement stand for the round the article spoke of
# ("X complètent l'opération", "Y a mis au pot", "Z entre aussi au capital", "W mènerait
# l'opération, à laquelle participeraient A et B"): the company raising it is the other party.
@pytest.mark.parametrize(("text", "expected"), [
    ("Hugging Face annonce une levée de 200 millions de dollars. Sequoia et Accel complètent "
     "l'opération.", ("investment", "Accel", "Hugging Face", "stated")),
    ("Mistral AI boucle une levée de 500 millions d'euros. Lightspeed a également mis au pot.",
     ("investment", "Lightspeed", "Mistral AI", "stated")),
    ("Mistral AI a levé 500 millions d'euros. Nvidia et Salesforce ont également participé, "
     "selon un communiqué.", ("investment", "Salesforce", "Mistral AI", "stated")),
    ("Mistral AI a levé 500 millions d'euros. Bpifrance entre aussi au capital, aux côtés de "
     "Partech.", ("investment", "Partech", "Mistral AI", "stated")),
    ("Mistral AI s'apprêterait à lever un milliard d'euros. Le fonds Index Ventures mènerait "
     "l'opération, à laquelle participeraient aussi Accel et Sequoia.",
     ("investment", "Sequoia", "Mistral AI", "rumored")),
    ("Mistral AI a levé 500 millions d'euros. Le tour de table est emmené par General Catalyst, "
     "signe de l'appétit des fonds.", ("investment", "General Catalyst", "Mistral AI", "stated")),
    ("Mistral AI a levé 500 millions d'euros. Eurazeo et Partech participent au tour, de même "
     "que l'investisseur historique Lightspeed.",
     ("investment", "Lightspeed", "Mistral AI", "stated")),
])
def test_a_round_joined_without_naming_its_owner(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_an_investor_joined_after_de_meme_que_is_no_investee() -> None:
    found = keys("Mistral AI a levé 500 millions d'euros. Eurazeo et Partech participent au "
                 "tour, de même que l'investisseur historique Lightspeed.")
    assert not any(r[0] == "investment" and r[2] == "Lightspeed" for r in found), found


def test_the_leader_of_a_round_is_not_the_company_raising_it() -> None:
    # "a mené la série C de la start-up": the subject invests; the investors who follow put
    # money in the start-up, not in the leader.
    found = keys("Nvidia devient actionnaire de Mistral AI. L'américain a mené la série C de la "
                 "start-up. Les fonds Accel et Sequoia ont également suivi.")
    assert ("investment", "Accel", "Mistral AI", "stated") in found, found
    assert not any(r[0] == "investment" and r[2] == "Nvidia" for r in found), found


def test_a_relative_leading_the_round_is_not_a_second_round() -> None:
    found = keys("Mistral AI lève 500 millions d'euros auprès de Partech, qui mène le tour, "
                 "ainsi que d'Accel et de Sequoia.")
    assert not any(r[0] == "investment" and r[1] == "Partech" and r[2] != "Mistral AI"
                   for r in found), found


def test_the_company_raising_is_what_follows_a_list_of_investors() -> None:
    # The investors joining the round are the sentence's subject, not what "la start-up" of the
    # next sentence means.
    found = keys("Mistral AI a levé 500 millions d'euros. Le fonds Accel a également participé "
                 "à l'opération. Elle s'appuie sur Llama 3 pour ses tests.")
    assert ("uses_model", "Mistral AI", "Llama 3", "stated") in found, found
    assert not any(r[0] == "uses_model" and r[1] == "Accel" for r in found), found


# cross7: the clients a pronoun's company claims, counted by their trade ("une vingtaine
# d'industriels clients, dont X", "plus de 3 000 entreprises clientes, parmi lesquelles Y",
# "revendique comme clients X et Y").
@pytest.mark.parametrize("text", [
    "Mistral AI a levé 500 millions d'euros. Elle revendique une vingtaine d'industriels "
    "clients, dont Airbus et Renault.",
    "Mistral AI a levé 500 millions d'euros. Elle revendique plus de 3 000 entreprises "
    "clientes, parmi lesquelles Airbus et Renault.",
    "Mistral AI a levé 500 millions d'euros. Elle revendique comme clients Airbus et Renault.",
])
def test_clients_counted_by_their_trade_are_the_pronoun_s_partners(text: str) -> None:
    found = keys(text)
    assert {("partnership", "Airbus", "Mistral AI", "stated"),
            ("partnership", "Mistral AI", "Renault", "stated")} <= found, found


def test_a_share_of_the_clients_is_no_list_of_clients() -> None:
    found = keys("Salesforce revendique 10 000 clients, dont une large part utilise déjà son "
                 "assistant Agentforce.")
    assert not any(r[0] == "partnership" for r in found), found


def test_a_sentence_about_the_round_leaves_the_raising_company_as_subject() -> None:
    # "tandis que X, présent depuis l'amorçage, remet au pot": X is one more investor, and the
    # start-up of the next sentence is the company raising, not X.
    found = keys("Mistral AI annonce une levée de 500 millions d'euros. Le tour est mené par "
                 "Partech, aux côtés d'Eurazeo, tandis que Kima Ventures, présent depuis "
                 "l'amorçage, remet au pot. La start-up s'appuie sur Llama 3 pour ses tests.")
    assert ("uses_model", "Mistral AI", "Llama 3", "stated") in found, found
    assert not any(r[0] == "uses_model" and r[1] == "Kima Ventures" for r in found), found


# cross7: a description opening a sentence never stands for a company that sentence names
# ("La société lyonnaise a signé avec Mistral AI" is not Mistral AI), nor for one the article
# gave another nationality.
def test_an_opening_description_is_not_the_company_its_sentence_names() -> None:
    found = keys("Le fabricant allemand de robots Kuka a choisi Mistral Small 3, le modèle "
                 "compact de Mistral AI. Selon ses ingénieurs, le modèle français devançait Llama "
                 "3 sur la latence. La société bavaroise a signé un contrat de licence avec "
                 "Mistral AI.")
    assert ("partnership", "Kuka", "Mistral AI", "stated") in found, found


def test_a_description_of_another_nationality_is_the_other_company() -> None:
    # (a guard for the fintech introduction below: "la licorne française" is not the German
    # fintech just introduced)
    found = keys("Qonto s'offre Pennylane, une fintech allemande spécialisée dans la "
                 "comptabilité. La licorne française, soutenue par Tiger Global, avait déjà "
                 "racheté Penta en 2022.")
    assert ("acquisition", "Qonto", "Penta", "stated") in found, found
    assert ("acquisition", "Pennylane", "Penta", "stated") not in found, found


def test_a_biotech_introduced_so_is_the_start_up() -> None:
    found = keys("Novartis discute avec Genexa Bio, une biotech de Boston. Novartis multiplie les "
                 "alliances dans l'IA. Roche a aussi proposé de racheter la start-up.")
    assert ("acquisition", "Roche", "Genexa Bio", "talks") in found, found
    assert ("acquisition", "Roche", "Novartis", "talks") not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI lève 100 millions d'euros. La start-up a convaincu Lightspeed de mener ce tour "
     "de série B.", ("investment", "Lightspeed", "Mistral AI", "stated")),
    ("Mistral AI lève 100 millions d'euros. Le fonds Accel remet également au pot.",
     ("investment", "Accel", "Mistral AI", "stated")),
])
def test_more_words_of_a_round_joined(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


# cross7: a sentence opening on what the subject owns ("Ses modèles…", "Sa plateforme…") is
# still about the subject: the names in its later clauses are not what "Le groupe" or "La
# société" of the next sentence means.
@pytest.mark.parametrize("middle", [
    "Ses modèles ouverts séduisent bien au-delà de la Chine : Airbnb a reconnu s'appuyer sur "
    "Qwen pour son service client.",
    "Sa plateforme est distribuée en Europe par Capgemini, tandis qu'au Japon, c'est SoftBank "
    "qui la commercialise.",
])
def test_a_sentence_about_what_the_subject_owns_keeps_the_subject(middle: str) -> None:
    found = keys(f"Alibaba a dévoilé Qwen 3, son modèle le plus puissant. {middle} Le groupe a "
                 "également noué un partenariat avec BMW.")
    assert ("partnership", "Alibaba", "BMW", "stated") in found, found
    assert not any(r[0] == "partnership" and "BMW" in r[1:3] and "Alibaba" not in r[1:3]
                   for r in found), found


# cross7: "L'assureur lui préfère désormais X": a clitic or an adverb opens the verb phrase, so
# the description is the subject and X its object; the next "Le groupe" is the insurer.
def test_a_verb_phrase_after_an_opening_description_leaves_it_the_subject() -> None:
    found = keys("AXA a rompu avec Mistral AI. L'assureur lui préfère désormais Cohere, avec "
                 "lequel il vient de signer. Le groupe déploiera Command R+ dans dix pays.")
    assert ("uses_model", "AXA", "Command R+", "stated") in found, found


# cross7: a stressed pronoun after a preposition ("fait appel à elle", "a signé avec lui") is
# the company the sentence before was about, and the story stays on it.
def test_a_stressed_pronoun_is_the_company_spoken_of_and_stays_the_subject() -> None:
    found = keys("La start-up Mistral AI lève 100 millions d'euros. Airbus fait appel à elle "
                 "depuis un an pour ses centres d'appels. Sur ce segment, elle affronte Cohere.")
    assert ("partnership", "Airbus", "Mistral AI", "stated") in found, found
    assert ("rivalry", "Cohere", "Mistral AI", "stated") in found, found
    assert ("rivalry", "Airbus", "Cohere", "stated") not in found, found


def test_quant_a_lui_is_no_stressed_party() -> None:
    found = keys("Mistral AI s'allie à Orange. Free a quant à lui signé un partenariat avec "
                 "Nvidia.")
    assert not any(r[0] == "partnership" and "Nvidia" in r[1:3] and "Free" not in r[1:3]
                   for r in found), found


# cross7: "Selon le site spécialisé X, l'éditeur…": a news outlet presented by its trade is the
# source, no party; the description after it is the company spoken of.
def test_a_news_outlet_named_after_its_trade_is_no_party() -> None:
    found = keys("Ubisoft accélère sur l'IA générative. Selon le site spécialisé Numerama, "
                 "l'éditeur serait en discussion avec Microsoft.")
    assert not any("Numerama" in r[1:3] for r in found), found
    assert ("partnership", "Microsoft", "Ubisoft", "rumored") in found or (
        "partnership", "Microsoft", "Ubisoft", "talks") in found, found


# cross7: "X, via son fonds F, ainsi que Y": the company invests through its fund, and the
# list goes on past the fund.
def test_a_company_investing_through_its_fund_heads_the_list() -> None:
    found = keys("Mistral AI a levé 500 millions d'euros. Samsung, via son fonds Samsung "
                 "Catalyst, ainsi que Lightspeed et Accel ont également participé à l'opération.")
    assert {("investment", "Samsung", "Mistral AI", "stated"),
            ("investment", "Lightspeed", "Mistral AI", "stated"),
            ("investment", "Accel", "Mistral AI", "stated")} <= found, found


# cross7: "Les trois industriels", "ces quatre groupes": a definite plural that counts the
# companies just spoken of together is them, even past a sentence that names none.
def test_a_counted_plural_is_the_companies_spoken_of() -> None:
    found = keys("Renault, Stellantis et Valeo discutent d'une alliance dans les batteries. Le "
                 "projet serait baptisé Ampère. Les trois constructeurs veulent ainsi rivaliser "
                 "avec BYD.")
    assert {("rivalry", "BYD", "Renault", "stated"), ("rivalry", "BYD", "Stellantis", "stated"),
            ("rivalry", "BYD", "Valeo", "stated")} <= found, found


def test_a_count_that_does_not_match_is_no_reference() -> None:
    found = keys("Renault, Stellantis et Valeo discutent d'une alliance dans les batteries. Les "
                 "quatre fondateurs veulent rivaliser avec BYD.")
    assert not any(r[0] == "rivalry" for r in found), found


# cross7: a participial apposition ("La licorne, valorisée 4,5 milliards lors d'une levée menée
# par X et Y, avait racheté Z") closes before the main verb, past the comma of a decimal: its
# names are not the subject.
def test_the_names_inside_a_participial_apposition_are_not_the_subject() -> None:
    found = keys("Qonto poursuit ses emplettes. La licorne française, valorisée 4,5 milliards "
                 "d'euros lors d'une levée menée par Tiger Global et Accel, avait déjà racheté "
                 "Penta en 2022.")
    assert ("acquisition", "Qonto", "Penta", "stated") in found, found
    assert not any(r[0] == "acquisition" and r[1] in ("Tiger Global", "Accel")
                   for r in found), found


# cross7: "Elle s'était déjà associée à X": an adverb between the auxiliary and the participle,
# with a pronoun for the subject.
@pytest.mark.parametrize("verb", ["s'était déjà associée", "s'est récemment alliée"])
def test_a_pronoun_allied_past_an_adverb(verb: str) -> None:
    found = keys(f"Mistral AI poursuit son offensive. Elle {verb} à Helsing pour la défense.")
    assert ("partnership", "Helsing", "Mistral AI", "stated") in found, found


# cross7: "il a pris 15 % du capital de la jeune pousse": a stake taken, in the company the
# description stands for.
def test_a_stake_taken_in_the_start_up_described() -> None:
    found = keys("Airbus a signé un accord de distribution avec Mistral AI, une start-up "
                 "parisienne. En parallèle, il a pris 15 % du capital de la jeune pousse.")
    assert ("investment", "Airbus", "Mistral AI", "stated") in found, found


# cross7: "Ses agents combinent M et N", "la start-up combine ses algorithmes avec M": the
# company whose product combines the models uses them.
@pytest.mark.parametrize("text", [
    "Mistral AI lève 100 millions d'euros. Ses agents combinent Llama 3 et Gemma selon les "
    "tâches.",
    "Mistral AI lève 100 millions d'euros. Pour ses tests, la start-up combine ses propres "
    "algorithmes avec Llama 3.",
])
def test_a_product_combining_models_uses_them(text: str) -> None:
    found = keys(text)
    assert ("uses_model", "Mistral AI", "Llama 3", "stated") in found, found


# cross7: "X et Y utilisent ses outils": a plural subject and a singular possessor, so the
# tools are another company's, whose clients X and Y are; "Ses outils, qui combinent M et N":
# the owner uses the models.
def test_clients_using_its_tools_and_its_tools_combining_models() -> None:
    found = keys("Mistral AI a levé 100 millions d'euros. Airbus et Renault utilisent ses outils, "
                 "qui combinent des modèles maison et Llama 3. Ses agents d'analyse, qui "
                 "combinent Gemma et Phi-3, seront intégrés chez Thales.")
    assert {("partnership", "Airbus", "Mistral AI", "stated"),
            ("partnership", "Mistral AI", "Renault", "stated"),
            ("uses_model", "Mistral AI", "Gemma", "stated")} <= found, found


def test_a_company_using_its_own_tools_is_no_client() -> None:
    found = keys("Mistral AI a levé 100 millions d'euros. Airbus utilise ses outils maison.")
    assert not any(r[0] == "partnership" for r in found), found


# cross7: "Face à elle (à X), Y et Z visent le même marché": the opening phrase names the rival
# of the subject after its comma (a comma that ends the phrase, not a list).
@pytest.mark.parametrize("opening", ["Mistral AI lève des fonds. Face à elle,",
                                     "Mistral AI lève des fonds. Face à Mistral AI,"])
def test_an_opening_face_a_names_the_subject_s_rival(opening: str) -> None:
    found = keys(f"{opening} Cohere et Aleph Alpha visent le même marché.")
    assert {("rivalry", "Cohere", "Mistral AI", "stated"),
            ("rivalry", "Aleph Alpha", "Mistral AI", "stated")} <= found, found


def test_face_a_a_situation_is_no_rival() -> None:
    found = keys("Face à la crise, Cohere et Aleph Alpha visent le même marché.")
    assert not any(r[0] == "rivalry" for r in found), found


def test_a_name_after_a_participial_aside_is_nearer_the_cue() -> None:
    # "X, valorisée …, fait l'objet de plaintes de Y, filiale de Z": Y is Z's subsidiary, not X.
    found = keys("Perplexity, valorisée 20 milliards de dollars, fait l'objet de plaintes de "
                 "Dow Jones, filiale de News Corp.")
    assert ("acquisition", "News Corp", "Perplexity", "stated") not in found, found


def test_a_name_past_a_colon_does_not_bar_the_opening_description() -> None:
    # "La jeune pousse … : X a rompu l'accord qui la liait à Y": the start-up is still Y, the
    # name after the colon belongs to another clause.
    found = keys("Le canadien Cohere a assigné devant un tribunal la start-up française Mistral "
                 "AI, qu'il accuse de plagiat. Selon la plainte, le code de Mistral AI reprendrait "
                 "celui de Cohere. La jeune pousse, qui conteste fermement ces accusations, en "
                 "subit déjà les conséquences : Airbus a mis fin à l'accord de distribution qui la "
                 "liait à Mistral AI depuis 2023.")
    assert not any("Cohere" in r[1:3] and "Airbus" in r[1:3] for r in found), found


def test_a_model_family_written_with_its_version_keeps_the_version() -> None:
    # ("FLUX.1" is filed under the family "Flux": the relation names what the text wrote)
    found = keys("Canva intègre FLUX.1 dans son éditeur d'images, un modèle de Black Forest Labs.")
    assert ("uses_model", "Canva", "FLUX.1", "stated") in found


# same7: the stop of an abbreviation inside a name ends no sentence.
def test_a_stop_inside_a_name_ends_no_sentence() -> None:
    found = keys("Warner Bros. Discovery et Sony ont assigné en justice la start-up Suno.")
    assert ("rivalry", "Suno", "Warner Bros. Discovery", "stated") in found, found
    assert ("rivalry", "Sony", "Suno", "stated") in found, found


# same7: an adverbial between a passive participle and its agent keeps the passive.
@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI travaille avec Kyutai, rachetée depuis par Iliad.",
     ("acquisition", "Iliad", "Kyutai", "stated")),
    ("Orange s'appuie sur Hugging Face, acquise l'an dernier par Nvidia, pour ses outils.",
     ("acquisition", "Nvidia", "Hugging Face", "stated")),
])
def test_an_adverbial_between_a_participle_and_its_agent(
        text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found
    _, buyer, bought, _ = expected
    assert ("acquisition", bought, buyer, "stated") not in found, found


# same7: "s'offrir" at every tense is a purchase.
@pytest.mark.parametrize("text", [
    "Nvidia étend son catalogue en s'offrant Mistral AI.",
    "Nvidia s'est offert Mistral AI pour deux milliards.",
    "Nvidia s'offrira Mistral AI d'ici l'été.",
])
def test_s_offrir_is_a_purchase(text: str) -> None:
    assert ("acquisition", "Nvidia", "Mistral AI", "stated") in keys(text), keys(text)


# same7: "un tour (de table) dans Y, auquel participent X et Z": X and Z invest in Y.
def test_investors_joining_a_round_named_in_its_company() -> None:
    found = keys("Le fonds mène un tour de 2 milliards dans Anthropic, auquel participent aussi "
                 "Google et Salesforce.")
    assert ("investment", "Google", "Anthropic", "stated") in found, found
    assert ("investment", "Salesforce", "Anthropic", "stated") in found, found
    found = keys("Le programme de recherche de Meta, auquel participent Google et Salesforce, "
                 "avance.")
    assert not any(kind == "investment" for kind, *_ in found), found


# same7: "Y, la filiale qui … et dans laquelle X injecte…": X invests in Y.
def test_in_which_past_an_apposition_and_in_the_present() -> None:
    found = keys("Renault crée Ampere, la filiale qui réunit ses activités électriques et dans "
                 "laquelle Qualcomm injecte 100 millions d'euros.")
    assert ("investment", "Qualcomm", "Ampere", "stated") in found, found


# same7: one thing made or led by several companies together makes them partners.
def test_a_thing_launched_by_two_companies_makes_them_partners() -> None:
    found = keys("La plateforme, lancée l'an dernier par Thales et Airbus, vise les armées.")
    assert ("partnership", "Airbus", "Thales", "stated") in found, found


@pytest.mark.parametrize("text", [
    "Des modèles développés par Google et Meta sont testés.",
    "La start-up, fondée par d'anciens chercheurs de Google et de Meta, recrute.",
])
def test_things_each_made_by_one_or_founders_are_no_partnership(text: str) -> None:
    assert not any(kind == "partnership" for kind, *_ in keys(text)), keys(text)


def test_the_parents_of_a_joint_venture_are_partners() -> None:
    found = keys("Helios, la coentreprise d'Airbus et de Thales, recrute.")
    assert ("partnership", "Airbus", "Thales", "stated") in found, found
    assert not any(kind == "partnership" and "Helios" in (a, b) for kind, a, b, _ in found), found


def test_a_three_way_deal_pairs_all_three() -> None:
    found = keys("Renault a conclu un accord à trois avec Google et Mistral AI.")
    assert ("partnership", "Google", "Mistral AI", "stated") in found, found
    assert ("partnership", "Google", "Renault", "stated") in found, found
    found = keys("Renault a conclu un accord avec Google et Mistral AI.")
    assert ("partnership", "Google", "Mistral AI", "stated") not in found, found


def test_one_model_launched_by_two_companies() -> None:
    found = keys("Orange et Capgemini ont dévoilé Aurora-3, un modèle ouvert de traduction.")
    assert ("partnership", "Capgemini", "Orange", "stated") in found, found
    found = keys("Orange et Capgemini ont dévoilé chacun Aurora-3.")
    assert ("partnership", "Capgemini", "Orange", "stated") not in found, found


def test_the_members_a_consortium_gathers_are_partners() -> None:
    found = keys("Le consortium réunit Airbus, Thales et le fabricant de puces STMicroelectronics.")
    assert ("partnership", "Airbus", "STMicroelectronics", "stated") in found, found
    assert ("partnership", "STMicroelectronics", "Thales", "stated") in found, found
    found = keys("Chaque région a son consortium : celui de Renault réunit notamment Orange et "
                 "l'intégrateur Capgemini.")
    assert ("partnership", "Capgemini", "Orange", "stated") in found, found
    assert ("partnership", "Orange", "Renault", "stated") in found, found


# same7: an apposition is its name's, even when the name is an example ("tout comme X, …").
def test_an_apposition_after_an_example_is_its_name_s() -> None:
    found = keys("Renault a salué l'annonce, tout comme Orange, partenaire de Mistral AI.")
    assert ("partnership", "Mistral AI", "Orange", "stated") in found, found


# same7: "X désigne (considère) Y comme un concurrent": X and Y are rivals.
@pytest.mark.parametrize("text", [
    "Nvidia a désigné AMD comme un concurrent sérieux dans son rapport annuel.",
    "Nvidia considère désormais AMD comme son principal rival.",
])
def test_naming_a_company_as_a_rival(text: str) -> None:
    assert ("rivalry", "AMD", "Nvidia", "stated") in keys(text), keys(text)


# same7: "plaintes" in the plural and "action en justice" are lawsuits.
@pytest.mark.parametrize(("text", "expected"), [
    ("Meta fait l'objet de plaintes de Getty Images depuis l'an dernier.",
     ("rivalry", "Getty Images", "Meta", "stated")),
    ("Getty Images a abandonné son action en justice contre Stability AI.",
     ("rivalry", "Getty Images", "Stability AI", "ended")),
])
def test_lawsuit_nouns(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


# same7: a model that equips (powers) a company's products is used by that company.
def test_a_model_equipping_a_company_s_products() -> None:
    found = keys("Gemini équipe désormais les téléphones haut de gamme de Samsung.")
    assert ("uses_model", "Samsung", "Gemini", "stated") in found, found


# same7: "X a rompu avec Y et signé un accord avec Z": X signs, the auxiliary elided.
def test_a_deal_after_a_participle_with_its_auxiliary_elided() -> None:
    found = keys("Renault a rompu avec Google et signé dans la foulée un accord avec Mistral AI.")
    assert ("partnership", "Mistral AI", "Renault", "stated") in found, found
    assert ("partnership", "Google", "Mistral AI", "stated") not in found, found


# same7: "nos concurrents" in a quote are the rivals of the speaker's company.
def test_our_rivals_in_a_quote_are_the_speaker_s_company_s() -> None:
    found = keys("« Google et Meta restent nos concurrents les plus sérieux », explique le "
                 "directeur général de Mistral AI.")
    assert ("rivalry", "Google", "Mistral AI", "stated") in found, found
    assert ("rivalry", "Meta", "Mistral AI", "stated") in found, found
    found = keys("Mistral AI recrute. « Google et Meta sont nos concurrents », dit son patron.")
    assert ("rivalry", "Google", "Mistral AI", "stated") in found, found
    # (no speaker named: whose rivals they are is not said)
    found = keys("Mistral AI recrute. « Google et Meta sont nos concurrents », a-t-on entendu "
                 "au salon.")
    assert ("rivalry", "Google", "Mistral AI", "stated") not in found, found


# same7: "le danois X, le belge Y et le suisse Z": one list, each member presented by
# its nationality.
def test_a_list_of_members_each_presented_by_nationality() -> None:
    found = keys("Trois groupes, le danois Novo Nordisk, le belge UCB et le suisse Roche, "
                 "s'associent à Mistral AI pour bâtir un outil commun.")
    assert ("partnership", "Novo Nordisk", "UCB", "stated") in found, found
    assert ("partnership", "Mistral AI", "UCB", "stated") in found, found


# same7: a deal that comes with another relation, or binds the subject, is the same two's.
@pytest.mark.parametrize("text", [
    "Nvidia a pris une participation dans Mistral AI, assortie d'un accord commercial de "
    "cinq ans.",
    "Mistral AI, liée à Nvidia par un contrat pluriannuel, recrute à Paris.",
])
def test_a_deal_coming_with_or_binding_the_subject(text: str) -> None:
    assert ("partnership", "Mistral AI", "Nvidia", "stated") in keys(text), keys(text)


# same7: after a colon, a description as subject is the first clause's subject.
def test_a_described_subject_after_a_colon() -> None:
    found = keys("Qonto accélère : la néobanque française a racheté Pennylane pour étoffer "
                 "son offre.")
    assert ("acquisition", "Qonto", "Pennylane", "stated") in found, found


# same7: "X lorgne sur Y": a purchase considered.
def test_coveting_a_company() -> None:
    assert ("acquisition", "Nvidia", "Mistral AI", "talks") in keys(
        "Nvidia lorgne sur la start-up française Mistral AI."), keys(
        "Nvidia lorgne sur la start-up française Mistral AI.")
    found = keys("Nvidia lorgne sur le marché indien, où Reliance domine.")
    assert not any(kind == "acquisition" for kind, *_ in found), found


# same7: "le litige qui oppose (depuis 2023) X à Y": both named after the verb.
def test_opposing_x_to_y_after_the_verb() -> None:
    found = keys("Le procès rappelle celui qui oppose depuis 2024 Getty Images à la même "
                 "Stability AI.")
    assert ("rivalry", "Getty Images", "Stability AI", "stated") in found, found


# same7: a fight in court "contre X", and "croiser le fer avec X".
@pytest.mark.parametrize("text", [
    "Nvidia a lancé une offensive judiciaire contre AMD.",
    "Nvidia a saisi un tribunal de Californie contre AMD pour violation de brevets.",
    "Sur le marché des puces, Nvidia croise le fer avec AMD.",
])
def test_fights_in_court_and_crossed_swords(text: str) -> None:
    assert ("rivalry", "AMD", "Nvidia", "stated") in keys(text), keys(text)


# same7: "Y compte X à son capital", "ouvrir son capital à X", "X prennent N % de Y".
@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI compte Nvidia à son capital depuis 2024.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Mistral AI compte à son capital Nvidia et Samsung.",
     ("investment", "Samsung", "Mistral AI", "stated")),
    ("Mistral AI envisage d'ouvrir son capital à Nvidia.",
     ("investment", "Nvidia", "Mistral AI", "talks")),
    ("Nvidia et Samsung prennent ensemble 30 % de Mistral AI.",
     ("investment", "Samsung", "Mistral AI", "stated")),
])
def test_shareholders_named_by_the_capital(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


# same7: uses said with an adverb or an aside inside the cue, "en partant de", "bâti son
# outil sur".
@pytest.mark.parametrize("text", [
    "Renault mise plutôt sur GPT-4o pour son assistant.",
    "Renault a, de son côté, choisi GPT-4o pour son assistant.",
    "Renault s'appuie depuis ses débuts sur GPT-4o.",
    "Renault a entraîné son assistant en partant de GPT-4o.",
    "Renault a bâti son assistant sur GPT-4o.",
])
def test_uses_with_an_aside_in_the_cue(text: str) -> None:
    assert ("uses_model", "Renault", "GPT-4o", "stated") in keys(text), keys(text)


# same7: "les deux partenaires" are not the pair of rivals read last.
def test_the_two_partners_are_no_rivals() -> None:
    found = keys("Le cabinet Thales a engagé une procédure contre Palantir. Les deux "
                 "partenaires proposent une plateforme bâtie sur Gemini.")
    assert ("uses_model", "Palantir", "Gemini", "stated") not in found, found


# same7: more investors after the lead's role: "auprès d'X, qui mène le tour, de Y et de Z",
# "auprès d'X, le fonds de W, qui mène l'opération, ainsi que de Y".
@pytest.mark.parametrize("text", [
    "Mistral AI lève 600 millions auprès de General Catalyst, qui mène le tour, de Nvidia et "
    "de Samsung.",
    "Mistral AI lève 600 millions auprès de General Catalyst, le fonds de San Francisco, qui "
    "mène l'opération, ainsi que de Nvidia et Samsung.",
])
def test_more_investors_after_the_lead_s_role(text: str) -> None:
    found = keys(text)
    for investor in ("General Catalyst", "Nvidia", "Samsung"):
        assert ("investment", investor, "Mistral AI", "stated") in found, (investor, found)


# same7: a supplier and its client said by other verbs and nouns.
@pytest.mark.parametrize(("text", "expected"), [
    ("La banque BNP Paribas sera la première utilisatrice de GPT-4o en France.",
     ("uses_model", "BNP Paribas", "GPT-4o", "stated")),
    ("Nvidia, qui loue des capacités à Mistral AI et à la start-up Kyutai, recrute.",
     ("partnership", "Kyutai", "Nvidia", "stated")),
    ("Schneider Electric a décroché auprès de Mistral AI le contrat de refroidissement.",
     ("partnership", "Mistral AI", "Schneider Electric", "stated")),
    ("Oracle fournirait 2 gigawatts à xAI, selon la presse.",
     ("partnership", "Oracle", "xAI", "rumored")),
    ("Mistral AI, dont le principal client est Renault, recrute.",
     ("partnership", "Mistral AI", "Renault", "stated")),
    ("Capgemini s'est rapproché d'Anthropic l'an dernier.",
     ("partnership", "Anthropic", "Capgemini", "stated")),
])
def test_suppliers_and_clients_said_otherwise(text: str,
                                              expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_users_counted_are_no_company_using_its_own_model() -> None:
    found = keys("OpenAI revendique 800 millions d'utilisateurs de ChatGPT.")
    assert not any(kind == "uses_model" for kind, *_ in found), found


# same7: "a rompu avec A pour passer à B": B is used now.
def test_the_model_switched_to_after_a_break_is_used_now() -> None:
    found = keys("Renault a rompu avec Google pour passer à GPT-4o.")
    assert ("uses_model", "Renault", "GPT-4o", "stated") in found, found


# same7: a stake said by a noun, its investor and its company after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("L'entrée de Nvidia au capital de Mistral AI a surpris.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("La prise de participation de Microsoft dans Mistral AI inquiète Bruxelles.",
     ("investment", "Microsoft", "Mistral AI", "stated")),
    ("Mistral AI a changé de statut depuis l'investissement de 2 milliards de dollars de "
     "Nvidia dans son capital.", ("investment", "Nvidia", "Mistral AI", "stated")),
])
def test_a_stake_said_by_a_noun(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_a_participation_in_an_event_is_no_stake() -> None:
    found = keys("La participation de Nvidia au salon de Las Vegas a éclipsé Mistral AI.")
    assert not any(kind == "investment" for kind, *_ in found), found


# same7: a stake raised, a stake left, an adverb before the negation's "pas", "avoir choisi",
# "ont uni leurs forces".
@pytest.mark.parametrize(("text", "expected"), [
    ("Nvidia est monté au capital de Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Nvidia a renforcé sa participation dans Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Microsoft est sorti du capital de Mistral AI.",
     ("investment", "Microsoft", "Mistral AI", "ended")),
    ("Renault a annoncé avoir choisi GPT-4o pour son assistant.",
     ("uses_model", "Renault", "GPT-4o", "stated")),
    ("Renault et Mistral AI ont uni leurs forces.",
     ("partnership", "Mistral AI", "Renault", "stated")),
])
def test_stakes_choices_and_forces_joined(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_an_adverb_before_pas_still_negates() -> None:
    found = keys("Nvidia n'a finalement pas racheté Mistral AI.")
    assert not any(kind == "acquisition" for kind, *_ in found), found


# same7: "Y, que X a rachetée": the object fronted in a relative clause.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kyutai, que Mistral AI a rachetée en 2025, recrute.",
     ("acquisition", "Mistral AI", "Kyutai", "stated")),
    ("Mistral AI, que Nvidia finance depuis 2023, recrute.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
])
def test_an_object_fronted_in_a_relative_clause(text: str,
                                                expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


# same7: a company "passée sous le contrôle de X" (in X's "escarcelle", "giron") is bought.
@pytest.mark.parametrize("text", [
    "Kyutai est passée en 2024 sous le contrôle d'Iliad.",
    "Kyutai tombe dans l'escarcelle d'Iliad.",
    "Kyutai rejoint le giron d'Iliad.",
])
def test_passing_under_a_buyer_s_control(text: str) -> None:
    assert ("acquisition", "Iliad", "Kyutai", "stated") in keys(text), keys(text)


# same7: a race between two: "dispute à Y la première place", "talonne Y", "a détrôné Y".
@pytest.mark.parametrize("text", [
    "Stellantis dispute à Renault la première place du marché.",
    "Stellantis talonne Renault sur ce marché.",
    "Stellantis a détrôné Renault en Europe.",
])
def test_a_race_between_two(text: str) -> None:
    found = keys(text)
    assert ("rivalry", "Renault", "Stellantis", "stated") in found, found
    assert ("partnership", "Renault", "Stellantis", "stated") not in found, found


# same7: a phrase opening the sentence is said of the subject after its comma.
@pytest.mark.parametrize(("text", "expected"), [
    ("Rachetée par Iliad en 2024, Kyutai accélère.",
     ("acquisition", "Iliad", "Kyutai", "stated")),
    ("Financée par Nvidia, la start-up Mistral AI accélère.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Principal actionnaire de Mistral AI, Nvidia accélère.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Partenaire de Nvidia depuis 2020, Renault accélère.",
     ("partnership", "Nvidia", "Renault", "stated")),
    ("Associé à Nvidia depuis 2020, Renault accélère.",
     ("partnership", "Nvidia", "Renault", "stated")),
    ("Après avoir racheté Kyutai, Iliad vise Mistral AI.",
     ("acquisition", "Iliad", "Kyutai", "stated")),
])
def test_a_fronted_phrase_is_the_subject_s(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


@pytest.mark.parametrize("text", [
    "Elle affronte sur ce créneau Google, Meta, l'éditeur de Llama, et la française Mistral AI.",
    "Ces deux contrats la placent aux côtés de Google, Meta, Nvidia et Mistral AI.",
])
def test_a_list_after_a_cue_is_no_fronted_phrase(text: str) -> None:
    found = keys(text)
    assert ("rivalry", "Google", "Meta", "stated") not in found, found
    assert ("partnership", "Google", "Meta", "stated") not in found, found


# same7: "son contrat avec X, qui lui fournit M": the main subject uses M; an adjective inside
# "un accès (sécurisé) à M".
@pytest.mark.parametrize("text", [
    "Renault a prolongé son contrat avec OpenAI, qui lui fournit GPT-4o depuis 2024.",
    "Renault donne à ses ingénieurs un accès sécurisé à GPT-4o.",
])
def test_the_user_named_by_a_dative_or_an_access(text: str) -> None:
    assert ("uses_model", "Renault", "GPT-4o", "stated") in keys(text), keys(text)


# same7: more ways to say a use or a stake: "se sert de M", "s'est doté de M", "M est déployé
# chez X", "place 100 millions dans Y".
@pytest.mark.parametrize(("text", "expected"), [
    ("Renault se sert de GPT-4o pour ses traductions.",
     ("uses_model", "Renault", "GPT-4o", "stated")),
    ("Renault s'est doté de GPT-4o l'an dernier.", ("uses_model", "Renault", "GPT-4o", "stated")),
    ("GPT-4o est désormais déployé chez Renault.", ("uses_model", "Renault", "GPT-4o", "stated")),
    ("Nvidia place 100 millions d'euros dans Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
])
def test_more_uses_and_stakes(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


@pytest.mark.parametrize("text", [
    "Renault s'est offert les services de Capgemini pour ce chantier.",
    "Nvidia place ses espoirs dans Mistral AI.",
])
def test_services_bought_or_hopes_placed_are_no_deal_of_capital(text: str) -> None:
    found = keys(text)
    assert not any(kind in ("acquisition", "investment") for kind, *_ in found), found


# same7: "nous" in a quote is the company of the speaker named after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("« Nous travaillons avec Mistral AI depuis un an », a déclaré le PDG de Renault.",
     ("partnership", "Mistral AI", "Renault", "stated")),
    ("« Nous avons racheté Kyutai pour ses chercheurs », explique le patron d'Iliad.",
     ("acquisition", "Iliad", "Kyutai", "stated")),
])
def test_we_in_a_quote_is_the_speaker_s_company(text: str,
                                                expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_we_in_a_quote_with_no_company_named_relates_nothing() -> None:
    found = keys("« Nous travaillons avec Mistral AI », a déclaré un porte-parole.")
    assert not found, found


# same7: "n'a pas seulement investi" is no negation.
def test_not_only_is_no_negation() -> None:
    found = keys("Nvidia n'a pas seulement investi dans Mistral AI : il lui loue ses puces.")
    assert ("investment", "Nvidia", "Mistral AI", "stated") in found, found


# same7: "Y a rejeté (reçu) une offre de rachat de X": X bids for Y.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kyutai, qui avait rejeté l'an dernier une offre de rachat de Meta, recrute.",
     ("acquisition", "Meta", "Kyutai", "ended")),
    ("Kyutai a reçu une offre de rachat de Meta.", ("acquisition", "Meta", "Kyutai", "talks")),
])
def test_an_offer_received_or_rejected_names_its_bidder(
        text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found
    assert not any(kind == "acquisition" and a == "Kyutai" for kind, a, *_ in found), found


# same7: a verb coordinated to the first one (or an infinitive after it) is the subject's,
# not its object's.
@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Iliad a racheté Kyutai et investi dans Pasqal.",
     ("investment", "Iliad", "Pasqal", "stated"), ("investment", "Kyutai", "Pasqal", "stated")),
    ("Iliad rachète Kyutai pour 100 millions et signe avec Nvidia.",
     ("partnership", "Iliad", "Nvidia", "stated"), ("partnership", "Kyutai", "Nvidia", "stated")),
    ("Iliad a racheté Kyutai avant de s'allier à Nvidia.",
     ("partnership", "Iliad", "Nvidia", "stated"), ("partnership", "Kyutai", "Nvidia", "stated")),
])
def test_a_coordinated_verb_is_the_subject_s(text: str, expected: tuple[str, str, str, str],
                                             wrong: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found
    assert wrong not in found, found


# same7: "respectivement" distributes directed relations too.
@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Iliad et Orange ont respectivement racheté Kyutai et Pasqal.",
     ("acquisition", "Orange", "Pasqal", "stated"), ("acquisition", "Iliad", "Pasqal", "stated")),
    ("Renault et Stellantis utilisent respectivement GPT-4o et Gemini.",
     ("uses_model", "Stellantis", "Gemini", "stated"),
     ("uses_model", "Renault", "Gemini", "stated")),
])
def test_respectively_distributes_directed_relations(
        text: str, expected: tuple[str, str, str, str], wrong: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found
    assert wrong not in found, found


# same7: "Y, cliente de X"; "Y est contrôlée par X", "Y appartient au groupe X".
@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI, cliente de Nvidia, recrute.", ("partnership", "Mistral AI", "Nvidia", "stated")),
    ("Mistral AI est contrôlée par Nvidia.", ("acquisition", "Nvidia", "Mistral AI", "stated")),
    ("Mistral AI appartient désormais au groupe Nvidia.",
     ("acquisition", "Nvidia", "Mistral AI", "stated")),
])
def test_a_client_and_an_owner_said_otherwise(text: str,
                                              expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_belonging_to_a_club_is_no_ownership() -> None:
    found = keys("Mistral AI appartient au club des licornes, comme Kyutai.")
    assert not any(kind == "acquisition" for kind, *_ in found), found


# same7: a product "propulsé par M" is its maker's use of M; "intégré à son assistant M, le
# modèle de X": M goes in.
@pytest.mark.parametrize("text", [
    "Renault a dévoilé un nouvel agent conversationnel alimenté par GPT-4o.",
    "Renault a intégré à son assistant GPT-4o, le modèle d'OpenAI.",
])
def test_a_product_running_on_a_model(text: str) -> None:
    assert ("uses_model", "Renault", "GPT-4o", "stated") in keys(text), keys(text)


# same7: rivalry idioms: "en compétition avec X", "chasse sur les terres de X", "tient tête
# à X", "part à l'assaut de X", "défie X", "au coude-à-coude", "une action contre X".
@pytest.mark.parametrize("text", [
    "Mistral AI est en compétition directe avec OpenAI.",
    "Mistral AI chasse sur les terres d'OpenAI.",
    "Mistral AI tient tête à OpenAI.",
    "Mistral AI part à l'assaut d'OpenAI en Europe.",
    "Mistral AI défie OpenAI sur son propre terrain.",
    "Mistral AI et OpenAI sont au coude-à-coude.",
    "Mistral AI a intenté une action contre OpenAI.",
])
def test_rivalry_idioms(text: str) -> None:
    found = keys(text)
    assert ("rivalry", "Mistral AI", "OpenAI", "stated") in found, found
    assert ("partnership", "Mistral AI", "OpenAI", "stated") not in found, found


def test_a_fight_against_no_company_is_no_rivalry() -> None:
    found = keys("Tembusu Labs, spécialiste de la lutte contre le blanchiment, a rejoint le "
                 "consortium qu'ont formé DBS, OCBC et UOB.")
    assert not any(kind == "rivalry" for kind, *_ in found), found


# same7: "a fait le choix de X (M)"; "a remporté l'appel d'offres de X".
@pytest.mark.parametrize(("text", "expected"), [
    ("Renault a fait le choix de Mistral AI pour son assistant.",
     ("partnership", "Mistral AI", "Renault", "stated")),
    ("Renault a fait le choix de GPT-4o pour son assistant.",
     ("uses_model", "Renault", "GPT-4o", "stated")),
    ("Capgemini a remporté l'appel d'offres de Renault.",
     ("partnership", "Capgemini", "Renault", "stated")),
])
def test_a_choice_made_and_a_tender_won(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


# same7: a stake bought is an investment, not a purchase; more ways to lead or join a round.
@pytest.mark.parametrize(("text", "expected"), [
    ("Nvidia a acquis une participation minoritaire dans Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Nvidia a acquis 10 % de Mistral AI.", ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Nvidia a racheté 60 % de Mistral AI.", ("acquisition", "Nvidia", "Mistral AI", "stated")),
    ("Nvidia détient une part minoritaire de Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Nvidia a pris la tête du tour de table de Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Nvidia a souscrit à l'augmentation de capital de Mistral AI.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
    ("Mistral AI a obtenu le soutien financier de Nvidia.",
     ("investment", "Nvidia", "Mistral AI", "stated")),
])
def test_stakes_bought_and_rounds_led(text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found
    kind, a, b, _ = expected
    assert not any(k in ("acquisition", "investment") and (k, x, y) != (kind, a, b)
                   for k, x, y, _ in found), found


# same7: a company sold to a buyer ("a cédé (vendu) sa filiale Y à X", "Y a été cédée à X"),
# taken over ("a repris Y", "a avalé Y", "passée dans le giron de X").
@pytest.mark.parametrize("text", [
    "Renault a vendu sa filiale Kyutai à Iliad.",
    "Kyutai a été cédée à Iliad l'an dernier.",
    "Iliad a repris Kyutai en 2024.",
    "Iliad a avalé Kyutai.",
    "Kyutai, passée dans le giron d'Iliad l'an dernier, recrute.",
])
def test_a_company_sold_or_taken_over(text: str) -> None:
    assert ("acquisition", "Iliad", "Kyutai", "stated") in keys(text), keys(text)


@pytest.mark.parametrize("text", [
    "Renault a cédé sa participation dans Kyutai à Iliad.",
    "Iliad a repris des discussions avec Kyutai.",
])
def test_a_stake_sold_or_talks_resumed_buy_no_company(text: str) -> None:
    found = keys(text)
    assert ("acquisition", "Iliad", "Kyutai", "stated") not in found, found


# same7: more uses: "sur la base de M", "grâce à M", "a affiné M", "une version affinée de M",
# "s'est tourné vers M", "dote ses voitures de M", "a étendu l'usage de M".
@pytest.mark.parametrize("text", [
    "Renault a développé son assistant sur la base de Llama 3.1.",
    "Renault a conçu son assistant grâce à Llama 3.1.",
    "Renault a affiné Llama 3.1 sur ses données.",
    "Renault a lancé une version affinée de Llama 3.1.",
    "Renault s'est tourné vers Llama 3.1 l'an dernier.",
    "Renault dote ses voitures de Llama 3.1.",
    "Renault a étendu l'usage de Llama 3.1 à ses usines.",
])
def test_more_ways_to_use_a_model(text: str) -> None:
    assert ("uses_model", "Renault", "Llama 3.1", "stated") in keys(text), keys(text)


def test_thanks_to_an_own_model_is_no_use_of_a_third_party() -> None:
    found = keys("Renault trie ses dossiers grâce à un modèle maison, Odin, et à Llama 3.1.")
    assert ("uses_model", "Renault", "Odin", "stated") not in found, found


# same7: a licence granted: "cède à X le droit d'utiliser…", "accorde à X une licence".
@pytest.mark.parametrize(("text", "expected"), [
    ("Axel Springer, propriété de KKR, a accepté de céder à OpenAI le droit d'utiliser ses "
     "archives.", ("partnership", "Axel Springer", "OpenAI", "stated")),
    ("Axel Springer accorde à OpenAI une licence sur ses archives.",
     ("partnership", "Axel Springer", "OpenAI", "stated")),
])
def test_a_licence_granted(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


# prec7: "… participent au tour, de même que Y et Z": Y and Z join the round too; they are not
# what the first investors fund.
def test_investors_added_by_de_meme_que_are_co_investors() -> None:
    found = keys("Mistral AI annonce une levée de 600 millions d'euros menée par General "
                 "Catalyst. Bpifrance et Eurazeo participent à l'opération, de même que les fonds "
                 "historiques Partech et Lightspeed.")
    for investor in ("Bpifrance", "Eurazeo", "Partech", "Lightspeed"):
        assert ("investment", investor, "Mistral AI", "stated") in found, found
    assert not any(kind == "investment" and b in ("Partech", "Lightspeed")
                   for kind, _, b, _ in found), found


def test_co_investors_of_an_unknown_round_fund_nobody() -> None:
    found = keys("Eurazeo et Bpifrance participent au tour, de même que Partech et Lightspeed.")
    assert not any(kind == "investment" for kind, *_ in found), found


# prec7: the subject that led a round ("a mené la série B de la jeune pousse") invests in it; the
# investors who "ont suivi" next follow the company funded, not the lead.
def test_the_lead_of_a_round_is_not_the_company_the_followers_fund() -> None:
    found = keys("Nvidia devient actionnaire de Mistral AI. L'américain a mené la série B de 400 "
                 "millions d'euros de la jeune pousse. Partech et Lightspeed ont également suivi.")
    assert ("investment", "Partech", "Mistral AI", "stated") in found, found
    assert ("investment", "Lightspeed", "Mistral AI", "stated") in found, found
    assert not any(kind == "investment" and b == "Nvidia" for kind, _, b, _ in found), found


# prec7: "Le consortium W, formé par X, Y et Z, a retenu A et B": the members named as the agent
# of an apposed participle are partners of one another, but the main verb's subject is W, the
# consortium; A and B are its suppliers, not the members' partners.
def test_the_agents_of_an_apposed_participle_are_not_the_main_verb_s_subject() -> None:
    found = keys("Le consortium Boréal, formé par Orange, Capgemini et Atos, a choisi Mistral AI "
                 "et Aleph Alpha pour son assistant.")
    assert ("partnership", "Capgemini", "Orange", "stated") in found, found
    assert ("partnership", "Atos", "Capgemini", "stated") in found, found
    assert not any("Mistral AI" in (a, b) or "Aleph Alpha" in (a, b) for _, a, b, _ in found), \
        found
    found = keys("Le projet, piloté par Orange et Capgemini, a retenu Mistral AI.")
    assert not any("Mistral AI" in (a, b) for _, a, b, _ in found), found


# prec7: "X, Y et Z figurent parmi les premiers clients de cette offre": the clients of the company
# spoken of, each of them; the co-subjects of a role noun are not each other's partners.
def test_clients_listed_together_are_clients_of_the_story_not_partners_of_each_other() -> None:
    found = keys("Aleph Alpha ouvre un service d'hébergement souverain. Siemens, Bosch et la "
                 "Deutsche Bahn comptent parmi les tout premiers clients de ce service.")
    for client in ("Siemens", "Bosch", "Deutsche Bahn"):
        assert any(kind == "partnership" and {a, b} == {client, "Aleph Alpha"}
                   for kind, a, b, _ in found), found
    assert not any({a, b} <= {"Siemens", "Bosch", "Deutsche Bahn"} for _, a, b, _ in found), found
    found = keys("Siemens et Bosch sont clients de cette nouvelle plateforme.")
    assert not any(kind == "partnership" for kind, *_ in found), found


# prec7: a joint venture is what its owners made together, not their partner: "W, la coentreprise
# de X et de Y" relates X and Y; "X et Y ont créé W, une coentreprise" too; W is partner of neither.
@pytest.mark.parametrize("text", [
    "Numspot, la coentreprise d'Orange et de Capgemini, a obtenu une nouvelle certification.",
    "Orange et Capgemini ont créé en 2024 Numspot, une coentreprise chargée du cloud souverain.",
    "Orange et Capgemini ont annoncé la création d'une coentreprise, Numspot, dédiée au cloud.",
])
def test_a_joint_venture_is_no_partner_of_its_owners(text: str) -> None:
    found = keys(text)
    assert ("partnership", "Capgemini", "Orange", "stated") in found, found
    assert not any("Numspot" in (a, b) for kind, a, b, _ in found if kind == "partnership"), found


# prec7: "« X et Y sont nos concurrents », dit le patron de Z": X and Y are the speaker's rivals
# (Z, or the company spoken of), not each other's.
@pytest.mark.parametrize(("text", "speaker"), [
    ("« OpenAI et Anthropic restent nos principaux rivaux », reconnaît le fondateur de "
     "Mistral AI.", "Mistral AI"),
    ("Aleph Alpha veut conquérir les administrations. « OpenAI et Anthropic sont nos "
     "concurrents directs », affirme son directeur général.", "Aleph Alpha"),
])
def test_our_rivals_are_the_speaker_s_rivals_not_each_other_s(text: str, speaker: str) -> None:
    found = keys(text)
    for rival in ("OpenAI", "Anthropic"):
        assert any(kind == "rivalry" and {a, b} == {rival, speaker}
                   for kind, a, b, _ in found), found
    assert not any(kind == "rivalry" and {a, b} == {"OpenAI", "Anthropic"}
                   for kind, a, b, _ in found), found


def test_names_said_to_be_its_rivals_are_the_possessor_s_rivals() -> None:
    found = keys("Mistral AI accélère en Europe. OpenAI et Anthropic sont ses concurrents "
                 "directs.")
    assert ("rivalry", "Mistral AI", "OpenAI", "stated") in found, found
    assert ("rivalry", "Anthropic", "OpenAI", "stated") not in found, found


# prec7: a label named after the word that grants it ("certifié SecNumCloud", "la qualification
# HDS") is a standard the company holds, never a party of the sentence.
def test_a_certification_label_is_no_party() -> None:
    found = keys("Scaleway développe son offre publique. L'opérateur certifié SecNumCloud propose "
                 "désormais Codestral aux administrations.")
    assert not any("SecNumCloud" in (a, b) for _, a, b, _ in found), found
    assert ("uses_model", "Scaleway", "Codestral", "stated") in found, found


# prec7: the agents of a participle set off by commas ("valorisée … après une levée menée par X",
# "Soutenue par X, la start-up …") are not the main verb's subject; the participle's own cue
# funds that subject.
def test_the_agents_of_a_participial_phrase_are_not_the_main_verb_s_subject() -> None:
    found = keys("Mistral AI grandit vite. La licorne française, valorisée 11,7 milliards d'euros "
                 "après une levée menée par General Catalyst et Lightspeed, a racheté l'allemand "
                 "Aleph Alpha.")
    assert ("acquisition", "Mistral AI", "Aleph Alpha", "stated") in found, found
    assert not any(kind == "acquisition" and a in ("General Catalyst", "Lightspeed")
                   for kind, a, _, _ in found), found


def test_a_sentence_opening_on_a_funding_participle_funds_the_main_subject() -> None:
    found = keys("Mistral AI grandit vite. Soutenue par Bpifrance, la start-up a signé avec "
                 "Orange un contrat pluriannuel.")
    assert ("investment", "Bpifrance", "Mistral AI", "stated") in found, found
    assert ("partnership", "Mistral AI", "Orange", "stated") in found, found
    assert not any({a, b} == {"Bpifrance", "Orange"} for _, a, b, _ in found), found
    found = keys("Financée par Bpifrance et Eurazeo, la française Mistral AI recrute.")
    assert ("investment", "Bpifrance", "Mistral AI", "stated") in found, found
    assert ("investment", "Eurazeo", "Mistral AI", "stated") in found, found


# prec7: "X et Y ont conclu des accords comparables", "ont signé chacun un contrat avec Z": each
# its own deal, X and Y are not each other's partners.
@pytest.mark.parametrize("text", [
    "Renault et Stellantis ont conclu des accords comparables l'an dernier.",
    "Orange et Bouygues Telecom ont signé chacun un contrat avec Mistral AI.",
])
def test_co_subjects_each_with_their_own_deal_are_not_partners(text: str) -> None:
    found = keys(text)
    assert not any({a, b} in ({"Renault", "Stellantis"}, {"Orange", "Bouygues"})
                   for _, a, b, _ in found), found


# prec7: "X et Y s'associent pour automatiser … chez les clients de Z": a reciprocal verb's
# partners are its co-subjects (or the one "avec"/"à"); a purpose clause's complements are not.
def test_the_purpose_of_an_alliance_names_no_partner() -> None:
    found = keys("Orange et Capgemini s'associent pour moderniser les centres d'appels des "
                 "filiales de Stellantis.")
    assert ("partnership", "Capgemini", "Orange", "stated") in found, found
    assert not any("Stellantis" in (a, b) for kind, a, b, _ in found if kind == "partnership"), \
        found
    found = keys("Orange et Capgemini s'associent pour travailler avec Mistral AI.")
    assert ("partnership", "Mistral AI", "Orange", "stated") in found, found


# prec7: "…, tandis que X, présent depuis l'amorçage, remet au pot": X joins the round of the
# company funded (the clause after "tandis que" has its own subject); "La start-up" next is that
# company, never an investor.
def test_an_investor_remet_au_pot_and_the_start_up_next_is_the_funded_one() -> None:
    found = keys("Mistral AI annonce une levée de 600 millions d'euros. Le tour est mené par "
                 "General Catalyst, aux côtés de Bpifrance, tandis que Lightspeed, présent depuis "
                 "l'amorçage, remet au pot. La start-up s'appuie sur Llama 3 pour son assistant.")
    assert ("investment", "Lightspeed", "Mistral AI", "stated") in found, found
    assert ("uses_model", "Mistral AI", "Llama 3", "stated") in found, found
    assert not any(kind == "uses_model" and a == "Lightspeed" for kind, a, _, _ in found), found


def test_a_round_s_lead_does_not_fund_itself() -> None:
    found = keys("Le tour de table est mené par Partech, aux côtés d'Eurazeo et de Ventech.")
    assert not any(kind == "investment" and b == "Partech" for kind, _, b, _ in found), found


# prec7: a name the article called a model, taken for a company by the mentions a sentence
# later ("intègre Kern-7B"), is integrated, not a partner.
def test_a_model_named_before_is_no_partner_when_a_later_mention_takes_it_for_a_company() -> None:
    from reader.entities import Mention

    text = "Kernelia a lancé le modèle Kern-7B. Safran intègre Kern-7B dans ses outils."
    spans = [(text.index("Kernelia"), "Kernelia", "company"), (text.index("Kern-7B"), "Kern-7B",
             "model"), (text.index("Safran"), "Safran", "company"),
             (text.rindex("Kern-7B"), "Kern-7B", "company")]
    mentions = [Mention(start, start + len(name), kind, name, name) for start, name, kind in spans]
    article = article_from_text(text, Path("t.md"))
    found = {(r.type, r.a, r.b) for r in article_relations(article, mentions=mentions)}
    assert ("partnership", "Kern-7B", "Safran") not in found, found


# prec7: "Y, rachetée ensuite (depuis) par X": a passive with an adverb before its agent; X buys Y.
def test_a_passive_purchase_with_an_adverb_before_the_agent() -> None:
    found = keys("Novo Nordisk travaillait avec Exscientia, rachetée ensuite par Recursion.")
    assert any(kind == "acquisition" and (a, b) == ("Recursion", "Exscientia")
               for kind, a, b, _ in found), found
    assert not any(kind == "acquisition" and a == "Exscientia" for kind, a, _, _ in found), found


# prec7: "X et Y ont conservé leurs contrats": each its own contract, not a deal between them
# ("leurs discussions" stay between them).
def test_their_own_contracts_do_not_pair_the_co_subjects() -> None:
    found = keys("Renault et Stellantis, deux clients historiques de Mistral AI, ont conservé "
                 "leurs contrats après le rachat.")
    assert ("partnership", "Mistral AI", "Renault", "stated") in found, found
    assert not any({a, b} == {"Renault", "Stellantis"} for _, a, b, _ in found), found
    found = keys("Airbus et Thales poursuivent leurs discussions sur un rapprochement.")
    assert ("partnership", "Airbus", "Thales", "talks") in found, found


# prec7: "son propre modèle de fondation, baptisé M": its own model, made, not used.
def test_its_own_model_named_after_a_comma_and_baptise_is_made() -> None:
    found = keys("Cellvantis s'appuie sur son propre modèle de fondation, baptisé Fibra-1, "
                 "entraîné sur des structures protéiques.")
    assert ("makes_model", "Cellvantis", "Fibra-1", "stated") in found, found
    assert not any(kind == "uses_model" for kind, *_ in found), found


# prec7: "Selon le site spécialisé X, …": a source named with its kind is no party.
def test_a_source_named_with_its_kind_is_no_party() -> None:
    found = keys("Ubisoft veut automatiser ses tests. Selon le site spécialisé Pixel Insider, "
                 "l'éditeur serait aussi en discussion avec Microsoft.")
    assert not any("Pixel Insider" in (a, b) for _, a, b, _ in found), found
    assert any(kind == "partnership" and {a, b} == {"Microsoft", "Ubisoft"}
               for kind, a, b, _ in found), found


# prec7: "aux côtés de X, de Y et du groupe Z, déjà client de la société": the company funded,
# not one of the investors listed with Z.
def test_a_description_in_an_investor_s_apposition_is_not_a_fellow_investor() -> None:
    found = keys("Mistral AI lève 600 millions d'euros. Le tour est mené par General Catalyst, aux "
                 "côtés de Bpifrance, d'Eurazeo et du groupe Orange, déjà client de la société.")
    assert ("partnership", "Mistral AI", "Orange", "stated") in found, found
    assert not any(kind == "partnership" and "Orange" in (a, b) and "Mistral AI" not in (a, b)
                   for kind, a, b, _ in found), found


# prec7: "miser sur X" with no sum nor stake said is relying on a partner, not an investment.
def test_relying_on_partners_is_no_investment() -> None:
    found = keys("Revontuli Labs a perdu Nokia. Elle mise désormais sur Elisa et Telia, deux "
                 "opérateurs qui ont signé des contrats pluriannuels.")
    assert not any(kind == "investment" for kind, *_ in found), found
    assert ("partnership", "Elisa", "Revontuli Labs", "stated") in found, found


# prec7: "elle ne peut plus acheter de puces X et a noué un partenariat avec Y": X is the first
# verb's object; the pronoun is the subject of both, X no partner of Y.
def test_the_object_of_a_first_verb_is_not_the_subject_of_the_coordinated_one() -> None:
    found = keys("Zhipu AI est sous sanctions. Elle ne peut plus acheter de puces Nvidia et a noué "
                 "un partenariat avec Huawei.")
    assert not any({a, b} == {"Huawei", "Nvidia"} for _, a, b, _ in found), found
    found = keys("Mistral AI grandit. Elle utilise des serveurs de Scaleway et intègre Llama 3 "
                 "dans son assistant.")
    assert not any(kind == "uses_model" and a == "Scaleway" for kind, a, _, _ in found), found


# prec7: a deal the sentence says is forbidden ("leur interdisent de vendre … à des clients comme
# X") is not stated.
def test_a_forbidden_deal_is_no_relation() -> None:
    found = keys("Samsung et SK Hynix produisent des puces mémoire. Les sanctions américaines leur "
                 "interdisent désormais de livrer leurs modules les plus avancés à des clients "
                 "chinois comme Huawei.")
    assert not any("Huawei" in (a, b) for _, a, b, _ in found), found


# prec7: "prévoit de l'intégrer à P, son assistant": the pronoun is the model named before, P is
# only where it goes.
def test_integrating_it_into_a_product_uses_the_model_named_before() -> None:
    found = keys("OpenAI a lancé GPT-5. Apple prévoit de l'intégrer à Siri, son assistant vocal.")
    assert ("uses_model", "Apple", "GPT-5", "stated") in found, found
    assert not any(kind == "uses_model" and b == "Siri" for kind, _, b, _ in found), found


# prec7: "Y, qui avait rejeté une offre de rachat de X": X bid for Y, and the bid is over.
def test_a_turned_down_offer_is_the_bidder_s_ended_purchase() -> None:
    found = keys("Mistral AI, qui avait repoussé l'an dernier une offre de rachat de Microsoft, "
                 "prépare une levée.")
    assert ("acquisition", "Microsoft", "Mistral AI", "ended") in found, found
    assert not any(kind == "acquisition" and a == "Mistral AI" for kind, a, _, _ in found), found


# prec7: "X, qui avait mené son amorçage, et le fonds Y ont remis au pot": both join the round;
# "Elle" next is the company funded, not an investor.
def test_co_subjects_past_a_relative_clause_join_the_round_and_elle_is_the_funded() -> None:
    found = keys("Mistral AI lève 600 millions d'euros auprès de General Catalyst. Lightspeed, qui "
                 "avait mené son amorçage, et le fonds Eurazeo ont remis au pot. Elle s'appuie sur "
                 "Llama 3 pour son assistant.")
    assert ("investment", "Lightspeed", "Mistral AI", "stated") in found, found
    assert ("investment", "Eurazeo", "Mistral AI", "stated") in found, found
    assert ("uses_model", "Mistral AI", "Llama 3", "stated") in found, found
    assert not any(kind == "uses_model" and a == "Lightspeed" for kind, a, _, _ in found), found


# Buying goods of a brand ("acheter des puces X") buys no company, and the brand is no party to
# the deal the same sentence states with another company.
@pytest.mark.parametrize("text", [
    "Faute de licence, Baidu ne peut plus acheter de puces Nvidia et a signé un accord avec "
    "Huawei.",
    "Le groupe achète des serveurs Dell par centaines.",
])
def test_goods_of_a_brand_bought_relate_no_company(text: str) -> None:
    found = keys(text)
    assert not any(kind == "acquisition" for kind, *_ in found), found
    assert not any("Nvidia" in (a, b) and "Huawei" in (a, b) for _, a, b, _ in found), found


def test_a_company_bought_outright_is_still_an_acquisition() -> None:
    assert ("acquisition", "Nvidia", "Run:ai", "stated") in keys(
        "Nvidia achète la start-up Run:ai.")
    assert ("partnership", "Dell", "Nvidia", "stated") in keys(
        "Nvidia achète des composants à Dell.")


# coref8: "Son grand rival, X, a…": the apposition after the possessive names the rival of the
# company the sentence before was about.
def test_possessive_rival_with_the_name_in_apposition() -> None:
    found = keys("Micron livre ses premières mémoires HBM4 à AMD. Son grand rival, Kioxia, a "
                 "longtemps échoué aux tests de qualification d'Apple.")
    assert ("rivalry", "Kioxia", "Micron", "stated") in found, found
    assert not any(kind == "rivalry" and "Apple" in (a, b) for kind, a, b, _ in found), found


# coref8: a fronted apposition "Concurrent de X, <subject>": X is the subject's rival, the
# subject being a name, or "le groupe" / "il" standing for the company spoken of before.
def test_fronted_rival_apposition_names_the_subject_s_rival() -> None:
    found = keys("Rival historique d'Atos, Capgemini mise sur les agents.")
    assert ("rivalry", "Atos", "Capgemini", "stated") in found, found
    found = keys("Samsung dévoile une nouvelle puce mémoire. Les analystes saluent la cadence de "
                 "production. Concurrent désormais frontal de Micron aux États-Unis, le groupe "
                 "vise aussi le marché japonais.")
    assert ("rivalry", "Micron", "Samsung", "stated") in found, found
    found = keys("Concurrent direct d'OVHcloud et de Scaleway, Outscale recrute.")
    assert ("rivalry", "OVHcloud", "Outscale", "stated") in found, found
    assert ("rivalry", "Outscale", "Scaleway", "stated") in found, found
    # ("Concurrent de X, Y et Z …": no subject after a comma list without "et" is read)
    assert not any(kind == "rivalry" and {a, b} == {"OVHcloud", "Scaleway"}
                   for kind, a, b, _ in found), found


# coref8: a description inside a sentence ("une participation dans la biotech") made of the noun
# the article introduced a company with ("la biotech londonienne X") stands for that company,
# when the sentence names the story's company itself.
def test_a_description_inside_a_sentence_is_the_company_introduced_with_that_noun() -> None:
    found = keys("Novartis s'allie à Nvidia et à la biotech londonienne Isomorphic Labs pour "
                 "concevoir des molécules. Novartis avait déjà pris une participation dans la "
                 "biotech l'an dernier.")
    assert ("investment", "Novartis", "Isomorphic Labs", "stated") in found, found
    assert not any(kind == "investment" and "Nvidia" in (a, b) for kind, a, b, _ in found), found


# coref8: "Chez X, on …, l'établissement …": the frame names the company the clauses after it
# are about; "on" and the descriptions there stand for it.
def test_a_chez_frame_is_the_subject_of_on_and_of_the_descriptions_after_it() -> None:
    found = keys("Chez Renault, on a tranché : le constructeur s'appuie désormais sur Mistral "
                 "Large 2 pour son assistant.")
    assert ("uses_model", "Renault", "Mistral Large 2", "stated") in found, found
    found = keys("Chez AXA, on s'appuie sur Claude Sonnet 4 pour les sinistres.")
    assert ("uses_model", "AXA", "Claude Sonnet 4", "stated") in found, found


# coref8: "la société de San Francisco" is never a company the tables place in another town
# (Google is of Mountain View): the article's company that may be of that town is meant.
def test_a_description_of_a_town_is_not_a_company_of_another_town() -> None:
    found = keys("Google publie Gemini 3 et Google le promet à tous ses clients. Samsung discute "
                 "avec Perplexity depuis des mois. Le coréen a signé mardi un accord de "
                 "distribution avec la société de San Francisco.")
    assert ("partnership", "Perplexity", "Samsung", "stated") in found, found
    assert ("partnership", "Google", "Samsung", "stated") not in found, found


# names8: parties the mentions engine used to miss, now on the map: a business named in a
# closed apposition after its trade, an outlet suing in a relative clause.
def test_parties_named_after_their_trade_or_acting_outlets_are_related() -> None:
    found = keys("Le deuxième groupe de maisons de retraite français, Orvalis, a signé un "
                 "partenariat avec Mistral AI.")
    assert any(kind == "partnership" and {a, b} == {"Orvalis", "Mistral AI"}
               for kind, a, b, _ in found), found
    found = keys("Le Wall Street Journal, qui avait assigné Perplexity en 2024, poursuit "
                 "la procédure.")
    assert any(kind == "rivalry" and {a, b} == {"Wall Street Journal", "Perplexity"}
               for kind, a, b, _ in found), found


# rel8: "Face à des rivaux comme X, Y ou Z, W …": one enumeration, closed by "et"/"ou" and a
# comma, lists W's rivals; its members are not each other's rivals.
@pytest.mark.parametrize("text", [
    "Face à des concurrents comme Cohere, Aleph Alpha ou Anthropic, la jeune pousse accélère.",
    "Face à des rivaux tels que OpenAI, Anthropic et Google, Mistral AI mise sur l'open source.",
    "Face à OpenAI, Anthropic et Google, la start-up Mistral AI parie sur les petits modèles.",
])
def test_an_enumeration_after_face_a_holds_rivals_not_each_other_s(text: str) -> None:
    found = keys(text)
    members = [n for n in ("Cohere", "Aleph Alpha", "Anthropic", "OpenAI", "Google") if n in text]
    assert not any(kind == "rivalry" and a in members and b in members
                   for kind, a, b, _ in found), found
    if "Mistral AI" in text:
        assert all(("rivalry", *sorted(("Mistral AI", m)), "stated") in found
                   for m in members), found


# rel8: "acquérir des GPU auprès de X" buys goods from a supplier, X is not bought.
@pytest.mark.parametrize("text", [
    "À Lyon, l'hébergeur Scaleway a acquis 8 000 GPU H200 auprès de Nvidia.",
    "Iliad acquiert des milliers de puces auprès d'AMD pour son futur campus.",
    "OVHcloud a acquis cette année 2 000 serveurs auprès de Nvidia.",
])
def test_acquiring_goods_from_a_supplier_is_a_supply_deal(text: str) -> None:
    found = keys(text)
    assert not any(kind == "acquisition" for kind, _, _, _ in found), found
    assert any(kind == "partnership" for kind, _, _, _ in found), found


def test_acquiring_a_stake_from_a_holder_is_still_an_investment() -> None:
    found = keys("Microsoft a acquis 10 % de Mistral AI auprès de Nvidia.")
    assert ("investment", "Microsoft", "Mistral AI", "stated") in found, found


# rel8: "X a signé avec Y, et aurait (, selon…,) conclu un contrat avec Z": the verb coordinated
# with its own auxiliary shares X as subject; Y and Z are not partners.
@pytest.mark.parametrize(("text", "subject", "first", "second"), [
    ("L'AFP avait déjà signé avec Google l'an dernier, et aurait, selon nos informations, "
     "conclu discrètement un contrat avec Anthropic.", "AFP", "Google", "Anthropic"),
    ("Orange a noué un accord avec Google en 2023 et a signé cette année un contrat avec "
     "Mistral AI.", "Orange", "Google", "Mistral AI"),
    ("Renault a travaillé avec Google pendant deux ans, puis a conclu un partenariat avec "
     "Mistral AI.", "Renault", "Google", "Mistral AI"),
])
def test_a_verb_coordinated_with_its_auxiliary_keeps_the_first_subject(
        text: str, subject: str, first: str, second: str) -> None:
    found = keys(text)
    assert not any(kind == "partnership" and {a, b} == {first, second}
                   for kind, a, b, _ in found), found
    assert any(kind == "partnership" and {a, b} == {subject, second}
               for kind, a, b, _ in found), found


# rel8: two objects of "avec" in two clauses ("un contrat avec A…, mais celui avec B") are each
# the subject's partner, not partners of each other.
@pytest.mark.parametrize(("text", "first", "second"), [
    ("Hugging Face grandit. Elle avait signé un contrat avec Google il y a deux ans, mais celui "
     "avec Amazon n'a pas été reconduit.", "Google", "Amazon"),
    ("Doctolib se développe. Elle a conclu un accord avec Nvidia l'an dernier, puis un autre avec "
     "Mistral AI en mars.", "Nvidia", "Mistral AI"),
])
def test_two_objects_of_avec_are_not_each_other_s_partners(
        text: str, first: str, second: str) -> None:
    found = keys(text)
    assert not any({a, b} == {first, second} for _, a, b, _ in found), found


# rel8: ", et le berlinois Y l'a intégré": a name its verb follows, after ", et", is the subject
# of a new clause, neither a member of the list before nor the object of the deal before.
@pytest.mark.parametrize(("text", "first", "second"), [
    ("OpenAI a publié GPT-5. Le français Doctolib le déploie déjà, en vertu d'un accord signé "
     "avec la société, et l'allemand Aleph Alpha l'a intégré à ses outils.", "Doctolib",
     "Aleph Alpha"),
    ("Meta a lancé Llama 4. Capgemini le propose à ses clients grâce à un partenariat noué avec "
     "le groupe, et le japonais Rakuten l'a adopté pour son service client.", "Capgemini",
     "Rakuten"),
])
def test_a_subject_after_comma_et_opens_a_new_clause(text: str, first: str, second: str) -> None:
    found = keys(text)
    assert not any({a, b} == {first, second} for _, a, b, _ in found), found


# rel8: "intègre M, son modèle …", "déployer sa plateforme M": the possessive makes the subject
# M's maker, unless another company is known to make M.
@pytest.mark.parametrize(("text", "company", "model"), [
    ("Le groupe LightOn intégrera Alfred-2, son modèle de 40 milliards de paramètres, dans les "
     "outils d'EDF.", "LightOn", "Alfred-2"),
    ("Pour ses clients bancaires, LightOn va déployer sa plateforme Paradigm dans chaque agence.",
     "LightOn", "Paradigm"),
])
def test_a_model_called_the_subject_s_own_is_made_not_used(
        text: str, company: str, model: str) -> None:
    found = keys(text)
    assert ("makes_model", company, model, "stated") in found, found
    assert not any(kind == "uses_model" and b == model for kind, _, b, _ in found), found


def test_the_possessive_of_a_supplier_s_model_keeps_the_client_a_user() -> None:
    found = keys("Anthropic fournit à Orange Claude 3.5 Sonnet, son modèle le plus récent.")
    assert ("uses_model", "Orange", "Claude 3.5 Sonnet", "stated") in found, found
    found = keys("Sopra Steria intégrera la plateforme Paradigm de la start-up LightOn, ainsi que "
                 "son modèle Alfred-2, dans ses offres.")
    assert not any(kind == "makes_model" and a == "Sopra Steria" for kind, a, _, _ in found), found


# rel8: ", et Gallimard s'est joint à la plainte contre X": a capitalised subject the gazetteer
# lacks opens the cue's clause; the names of the clause before are not its parties.
@pytest.mark.parametrize(("text", "first", "other"), [
    ("En France, Editis et Hachette Livre refusent toute cession de droits, et Gallimard s'est "
     "joint à la plainte déposée contre Meta.", "Editis", "Meta"),
    ("Le Monde et Prisa Media ont signé des accords de licence, et Gallimard s'est joint aux "
     "poursuites contre OpenAI.", "Prisa", "OpenAI"),
])
def test_an_unknown_subject_after_comma_et_ends_the_clause_before(
        text: str, first: str, other: str) -> None:
    found = keys(text)
    assert not any(kind == "rivalry" and {a, b} == {first, other}
                   for kind, a, b, _ in found), found


# A contrast opens a clause of its own: the companies on either side are not the classifier's
# partners ("X a intégré M, tandis que Y étudie son intégration").
@pytest.mark.parametrize("text", [
    "Orange a annoncé l'intégrer à son assistant, tandis que SFR étudie son intégration.",
    "Samsung a choisi de l'intégrer à ses téléphones, tandis que Xiaomi étudie son intégration.",
])
def test_companies_either_side_of_a_contrast_are_not_partners(text: str) -> None:
    assert not any(kind == "partnership" for kind, *_ in keys(text)), keys(text)


@pytest.mark.parametrize(
    "text",
    [
        # a grouping described by a participle: its members are partners
        "Le consortium rassemblant Airbus, Thales et Safran a présenté son premier satellite.",
        # a grouping led by one company, the others "avec" it
        "Le groupement emmené par Thales, avec Airbus et le motoriste Safran, a gagné le marché.",
        # one bid filed together: the bidders are partners, what they bid for is not
        "Airbus, Thales et Safran ont déposé une offre conjointe pour reprendre les usines d'Atos.",
    ],
)
def test_members_of_a_grouping_or_a_joint_bid_are_partners(text: str) -> None:
    found = {(t, a, b) for t, a, b, _ in keys(text)}
    assert {("partnership", "Airbus", "Thales"), ("partnership", "Airbus", "Safran"),
            ("partnership", "Safran", "Thales")} <= found
    assert not any("Atos" in (a, b) and t == "partnership" for t, a, b in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a fight named by its noun
        ("Le conflit entre Qualcomm et Arm porte sur une licence.", ("Arm", "Qualcomm")),
        ("Le bras de fer juridique entre Getty Images et Stability AI dure depuis 2023.",
         ("Getty Images", "Stability AI")),
        ("Epic Games reste en conflit avec Apple sur les commissions.", ("Apple", "Epic Games")),
        # a company attacked or blamed by name
        ("Le Monde, qui attaque Perplexity pour contrefaçon, réclame 10 millions.",
         ("Le Monde", "Perplexity")),
        ("AMD reproche à Nvidia de verrouiller son écosystème.", ("AMD", "Nvidia")),
        # "X voit dans Y des concurrents"
        ("Scaleway voit dans Bleu et S3NS des concurrents redoutables.", ("Bleu", "Scaleway")),
    ],
)
def test_rivalry_said_by_a_noun_a_verb_of_attack_or_seen_as(
        text: str, pair: tuple[str, str]) -> None:
    assert ("rivalry", *pair, "stated") in keys(text), keys(text)


def test_a_detached_face_a_phrase_is_said_of_the_main_subject() -> None:
    # "…, face à des concurrents comme A ou B": the subject's rivals, not its clients'
    found = keys("Exotec équipe les entrepôts de Decathlon et de Carrefour, face à des "
                 "concurrents comme AutoStore ou Ocado.")
    rivals = {frozenset((a, b)) for t, a, b, _ in found if t == "rivalry"}
    assert rivals == {frozenset(("AutoStore", "Exotec")), frozenset(("Exotec", "Ocado"))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a platform offering another's model
        ("OVHcloud met Llama 3.1 et Mistral Small 3 à la disposition de ses clients.",
         {("uses_model", "OVHcloud", "Llama 3.1", "stated"),
          ("uses_model", "OVHcloud", "Mistral Small 3", "stated")}),
        ("Hugging Face a mis en ligne Qwen 2.5, une semaine après sa sortie.",
         {("uses_model", "Hugging Face", "Qwen 2.5", "stated")}),
        # a model preferred, evaluated, or a product switched onto it
        ("Stellantis a préféré Gemini 2.0 pour son assistant de bord.",
         {("uses_model", "Stellantis", "Gemini 2.0", "stated")}),
        ("Decathlon évalue Claude 3.5 Sonnet et Mistral Large 2 pour son service client.",
         {("uses_model", "Decathlon", "Claude 3.5 Sonnet", "talks"),
          ("uses_model", "Decathlon", "Mistral Large 2", "talks")}),
        ("Doctolib a basculé son assistant sur Mistral Large 2 en mars.",
         {("uses_model", "Doctolib", "Mistral Large 2", "stated")}),
    ],
)
def test_a_model_offered_preferred_evaluated_or_switched_to_is_used(
        text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys(text), keys(text)


@pytest.mark.parametrize("text", [
    "Les analystes évaluent Mistral AI à 6 milliards d'euros.",
    "LexisNexis a préféré s'allier à Harvey.",
])
def test_a_valuation_or_a_preferred_infinitive_is_no_model_use(text: str) -> None:
    assert not any(kind == "uses_model" for kind, *_ in keys(text)), keys(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the company after the founders' former employers opens the main clause
        ("Fondée par deux anciens de Google, Mistral AI a levé 30 millions d'euros auprès "
         "d'Eurazeo et de Partech.",
         {("investment", "Eurazeo", "Mistral AI", "stated"),
          ("investment", "Partech", "Mistral AI", "stated")}),
        # money "récoltée auprès de" an investor
        ("Pasqal, qui vient de récolter 100 millions d'euros auprès de Temasek, recrute.",
         {("investment", "Temasek", "Pasqal", "stated")}),
        # a co-investor set off by commas before the object
        ("Xavier Niel finance, aux côtés de Eurazeo, la start-up Pasqal.",
         {("investment", "Eurazeo", "Pasqal", "stated")}),
        # co-investors of a round joined
        ("Bpifrance a participé à la levée de Pasqal aux côtés de Temasek et de Eurazeo.",
         {("investment", "Bpifrance", "Pasqal", "stated"),
          ("investment", "Temasek", "Pasqal", "stated"),
          ("investment", "Eurazeo", "Pasqal", "stated")}),
        # a stake taken by a subject not named here: the co-investor still invests
        ("Le groupe a pris 10 % du capital de Pasqal, la pépite de l'informatique quantique "
         "installée à Palaiseau, aux côtés de Temasek.",
         {("investment", "Temasek", "Pasqal", "stated")}),
    ],
)
def test_investors_named_before_after_or_beside_the_funded_company(
        text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys(text), keys(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thales a approché Pasqal, la pépite de l'informatique quantique, en vue d'une "
         "acquisition.", ("acquisition", "Thales", "Pasqal", "talks")),
        ("Dassault Systèmes a mis la main cette semaine sur Pasqal.",
         ("acquisition", "Dassault Systèmes", "Pasqal", "stated")),
    ],
)
def test_a_purchase_sounded_out_or_made_with_a_time_inside_the_verb(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_a_company_approached_for_another_purpose_is_no_purchase() -> None:
    assert not any(kind == "acquisition" for kind, *_ in keys(
        "Thales a approché Pasqal pour un partenariat de recherche."))


def test_a_suit_dropped_for_a_licence_deal_is_an_ended_rivalry_and_a_partnership() -> None:
    found = keys("Getty Images a retiré en mars sa plainte contre Stability AI, après la "
                 "signature d'un accord de licence sur ses photos.")
    assert ("rivalry", "Getty Images", "Stability AI", "ended") in found, found
    assert ("partnership", "Getty Images", "Stability AI", "stated") in found, found


def test_a_suit_dropped_without_a_deal_is_no_partnership() -> None:
    found = keys("Getty Images a retiré sa plainte contre Stability AI, faute de preuves.")
    assert not any(kind == "partnership" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le modèle Llama 3.1 est proposé aux opérateurs, à commencer par Orange, qui l'a déjà "
         "adopté pour son service client.", ("uses_model", "Orange", "Llama 3.1")),
        ("Le modèle Mistral Small 3 a séduit plusieurs constructeurs, dont Stellantis, qui l'a "
         "intégré à ses voitures.", ("uses_model", "Stellantis", "Mistral Small 3")),
        ("Mistral AI, l'éditeur de Codestral, a été retenu par Havas, qui intégrera le modèle "
         "dans ses outils.", ("uses_model", "Havas", "Codestral")),
    ],
)
def test_a_pronoun_or_le_modele_in_a_relative_is_the_model_named_before(
        text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(t, a, b) for t, a, b, _ in keys(text)}, keys(text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the name apposed to an opening role noun is the subject, not the noun's complement
        ("Le grand rival de Renault, Stellantis, a pour sa part choisi Gemini 2.0 pour ses "
         "voitures.", ("uses_model", "Stellantis", "Gemini 2.0"),
         ("uses_model", "Renault", "Gemini 2.0")),
        ("Le principal client de Nvidia, Microsoft, a choisi Mistral AI pour ses clients "
         "européens.", ("partnership", "Microsoft", "Mistral AI"),
         ("partnership", "Mistral AI", "Nvidia")),
        # a supplier chosen by its client (its model apposed to it)
        ("Mistral AI, l'éditeur de Codestral, a été retenu par Havas pour ses outils.",
         ("partnership", "Havas", "Mistral AI"), None),
        # "signe de son côté avec Y"
        ("Free signe de son côté avec Mistral AI.", ("partnership", "Free", "Mistral AI"), None),
    ],
)
def test_subjects_and_suppliers_chosen(text: str, expected: tuple[str, str, str],
                                       wrong: tuple[str, str, str] | None,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found
    assert wrong not in found, found


def rule_keys(text: str, monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, str, str, str]]:
    """The relations the rules read, without the trained classifier's additions."""
    import reader.relations_classifier as classifier

    monkeypatch.setattr(classifier, "pairs", lambda *args, **kwargs: [])
    return keys(text)


def test_talks_with_investors_to_raise_money_are_an_investment_in_talks() -> None:
    found = keys("Pasqal serait en discussions avec Temasek et Eurazeo pour lever 200 millions "
                 "d'euros.")
    assert {("investment", "Temasek", "Pasqal", "talks"),
            ("investment", "Eurazeo", "Pasqal", "talks")} <= found, found
    assert not any(kind == "partnership" for kind, *_ in found), found


def test_shareholders_said_by_figurer_au_capital_and_their_stake_sold() -> None:
    found = keys("Temasek figure au capital de Pasqal depuis 2023.")
    assert ("investment", "Temasek", "Pasqal", "stated") in found, found
    found = keys("Temasek et Eurazeo, qui figuraient au capital de Pasqal, ont vendu leurs parts "
                 "à un fonds américain.")
    assert {("investment", "Temasek", "Pasqal", "ended"),
            ("investment", "Eurazeo", "Pasqal", "ended")} <= found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deliveries to clients
        ("AMD, qui a obtenu une licence d'exportation, a repris ses livraisons à Baidu et "
         "Tencent.", {("partnership", "AMD", "Baidu"), ("partnership", "AMD", "Tencent")}),
        # "actionnaire minoritaire d'Y"
        ("Nvidia, déjà actionnaire minoritaire d'Arm, a annoncé une nouvelle puce.",
         {("investment", "Nvidia", "Arm")}),
        # a model "exploité par" a user, after "Le modèle maison de X, M, …,"
        ("Le modèle maison de Mistral AI, Codestral, entraîné sur du code public, est déjà "
         "exploité par Dassault Systèmes.", {("uses_model", "Dassault Systèmes", "Codestral"),
                                            ("makes_model", "Mistral AI", "Codestral")}),
    ],
)
def test_deliveries_minority_holders_and_models_exploited_by(
        text: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Orange avait aussi négocié avec Mistral AI, dont le modèle Mistral Large 2 alimente "
         "déjà l'assistant embarqué des voitures Renault, mais sans succès.",
         ("uses_model", "Renault", "Mistral Large 2"),
         ("partnership", "Orange", "Renault")),
        ("Google, dont le modèle Gemini 2.0 est intégré depuis mars dans les téléphones Samsung, "
         "accélère.", ("uses_model", "Samsung", "Gemini 2.0"), None),
    ],
)
def test_a_model_running_in_a_company_s_products_is_that_company_s(
        text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str] | None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found
    assert wrong not in found, found


def test_investors_after_dans_lequel_ont_investi_and_their_examples() -> None:
    found = keys("Pasqal, la pépite dans laquelle ont investi plusieurs fonds européens, dont "
                 "Eurazeo et Partech, recrute cent ingénieurs.")
    assert {("investment", "Eurazeo", "Pasqal", "stated"),
            ("investment", "Partech", "Pasqal", "stated")} <= found, found


def test_a_clause_with_its_own_verb_is_no_apposition_of_the_name_before(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "Pour X, l'enjeu est de … à Y, qui a intégré M": Y integrates M, not X
    found = {(t, a, b) for t, a, b, _ in rule_keys(
        "Pour Orange, l'enjeu est de ne pas laisser le champ libre à Free, qui a intégré "
        "GPT-4 à son application.", monkeypatch)}
    assert ("uses_model", "Free", "GPT-4") in found, found
    assert ("uses_model", "Orange", "GPT-4") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thales, dont Airbus est devenu partenaire l'an dernier, recrute.",
         ("partnership", "Airbus", "Thales")),
        ("Atos est désormais propriétaire de Eviden, la branche numérique du groupe.",
         ("acquisition", "Atos", "Eviden")),
        ("Pasqal, qui vient de recevoir 100 millions d'euros de Temasek, recrute.",
         ("investment", "Temasek", "Pasqal")),
        ("Stellantis entraînera de son côté ses robots d'usine avec Mistral Large 2.",
         ("uses_model", "Stellantis", "Mistral Large 2")),
        ("Capgemini va mettre Mistral Large 2 entre les mains de ses consultants.",
         ("uses_model", "Capgemini", "Mistral Large 2")),
        ("Le procès intenté par Getty Images à Stability AI reprend lundi.",
         ("rivalry", "Getty Images", "Stability AI")),
        ("Ce pacte prolonge la participation prise par Temasek dans Pasqal l'an dernier.",
         ("investment", "Temasek", "Pasqal")),
    ],
)
def test_peers_owners_funders_users_and_suers_named_by_their_role(
        text: str, expected: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found


def test_an_attack_followed_by_dropped_suits_is_an_ended_rivalry() -> None:
    found = keys("Epic Games avait déjà attaqué Google en 2020, avant d'abandonner les poursuites "
                 "un an plus tard.")
    assert ("rivalry", "Epic Games", "Google", "ended") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sony Music aurait, selon la presse, déjà obtenu une licence comparable auprès de Suno.",
         ("partnership", "Sony Music", "Suno")),
        ("Capgemini, devenu le premier revendeur des offres d'Anthropic, recrute.",
         ("partnership", "Anthropic", "Capgemini")),
    ],
)
def test_a_licence_obtained_from_or_a_reseller_of_is_a_partnership(
        text: str, expected: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found


def test_a_model_relied_on_apres_s_etre_is_the_main_subject_s_ended_use(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Doctolib a basculé sur Mistral Large 2, le modèle de Mistral AI, après "
                      "s'être longtemps appuyé sur GPT-4 d'OpenAI.", monkeypatch)
    assert ("uses_model", "Doctolib", "GPT-4", "ended") in found, found
    assert not any(t == "uses_model" and a == "Mistral AI" for t, a, *_ in found), found


def test_the_subject_s_product_built_on_a_model_after_a_colon(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Renault accélère : son assistant de bord, bâti sur Mistral Large 2, arrive "
                      "en juin.", monkeypatch)
    assert ("uses_model", "Renault", "Mistral Large 2", "stated") in found, found


def test_a_model_kept_is_used_and_a_stake_kept_is_no_partnership(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Qonto a choisi Claude 3.5 Sonnet, tout en conservant Mistral Small 3 pour "
                      "les tâches simples.", monkeypatch)
    assert ("uses_model", "Qonto", "Mistral Small 3", "stated") in found, found
    found = rule_keys("Orange conserve sa participation dans Mistral AI.", monkeypatch)
    assert not any(kind == "partnership" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thales a battu Atos, associé pour l'occasion à Mistral AI, sur ce marché.",
         ("partnership", "Atos", "Mistral AI")),
        ("La Macif a souscrit à l'offre de Scaleway pour ses données.",
         ("partnership", "Macif", "Scaleway")),
    ],
)
def test_associated_for_the_occasion_and_a_subscribed_offer(
        text: str, expected: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deal word in apposition to a model's use: a deal with the model's maker
        ("Samsung s'appuie sur Gemini de Google pour ses téléphones, un arrangement reconduit "
         "chaque année.", ("partnership", "Google", "Samsung")),
        # a client trying a supplier's products
        ("Renault mène un essai des robots de Boston Dynamics dans son usine de Douai.",
         ("partnership", "Boston Dynamics", "Renault")),
    ],
)
def test_an_arrangement_for_a_model_and_a_trial_of_a_supplier_s_products(
        text: str, expected: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conditional in the "que" clause of a verb of saying in the past: the future of the
        # past, what the companies said, whatever the subordinate's subject
        ("Orange et Free ont annoncé qu'ils bâtiraient ensemble un réseau commun, au sein d'une "
         "coentreprise.", ("partnership", "Free", "Orange", "stated")),
        ("Renault a confirmé la semaine dernière que Mistral Large équiperait ses voitures, en "
         "vertu de son accord avec Mistral AI.",
         ("partnership", "Mistral AI", "Renault", "stated")),
    ],
)
def test_a_conditional_after_a_verb_of_saying_is_no_rumour(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys(text), keys(text)


def test_a_conditional_the_saying_does_not_govern_is_still_a_rumour() -> None:
    found = keys("Selon plusieurs sources, Orange serait en passe de signer un accord avec "
                 "Mistral AI.")
    assert ("partnership", "Mistral AI", "Orange", "stated") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Decathlon discute avec Anthropic d'un accès à son modèle Claude pour ses vendeurs.",
        "Selon la presse, Decathlon aurait approché Anthropic pour une licence de Claude, son "
        "modèle phare.",
    ],
)
def test_a_model_s_maker_is_stated_in_talks_about_its_use(text: str) -> None:
    found = keys(text)
    assert ("makes_model", "Anthropic", "Claude", "stated") in found, found


@pytest.mark.parametrize(
    ("text", "investors", "company"),
    [
        ("Pasqal avait levé 8 millions d'euros en 2021 auprès d'Eurazeo et de Bpifrance, qui "
         "quittent à cette occasion son capital.", ("Eurazeo", "Bpifrance"), "Pasqal"),
        ("Pasqal avait levé 8 millions d'euros auprès d'Eurazeo et de Bpifrance, qui ont soldé "
         "l'essentiel de leurs participations.", ("Eurazeo", "Bpifrance"), "Pasqal"),
        ("Le rachat réjouit Eurazeo et Bpifrance, entrés au capital de Pasqal en 2019, qui vendent "
         "leurs parts avec une belle plus-value.", ("Eurazeo", "Bpifrance"), "Pasqal"),
    ],
)
def test_investors_a_relative_says_leave_the_capital_have_ended_their_stake(
        text: str, investors: tuple[str, ...], company: str) -> None:
    found = keys(text)
    for investor in investors:
        assert ("investment", investor, company, "ended") in found, found


def test_a_relative_on_the_company_funded_leaves_its_investors_stated() -> None:
    found = keys("Eurazeo a investi en 2021 dans Pasqal, qui cède ses parts dans une filiale "
                 "lyonnaise.")
    assert ("investment", "Eurazeo", "Pasqal", "stated") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's agent after a time of the company's life: the agent funds it
        ("Pasqal avait été financé à ses débuts par Eurazeo.",
         ("investment", "Eurazeo", "Pasqal", "stated")),
        ("Pasqal, soutenu dès sa création par Bpifrance, ouvre un bureau à Munich.",
         ("investment", "Bpifrance", "Pasqal", "stated")),
        # a connective between "participe" and the round; the round in Quebec's French
        ("Eurazeo participe en outre au tour de table de 40 millions d'euros de Pasqal.",
         ("investment", "Eurazeo", "Pasqal", "stated")),
        ("Eurazeo participe à la ronde de financement de 40 millions de dollars de Pasqal.",
         ("investment", "Eurazeo", "Pasqal", "stated")),
        # investors cashing a gain sell their stake
        ("Pasqal avait levé 9 millions auprès d'Eurazeo, qui réalise au passage une belle "
         "plus-value.", ("investment", "Eurazeo", "Pasqal", "ended")),
    ],
)
def test_a_backer_after_a_time_phrase_and_a_round_joined_with_a_connective(
        text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found
    assert not any(kind == "investment" and a == "Pasqal" for kind, a, *_ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the past infinitive of the pronominal verbs of alliance
        ("Capgemini, le premier à s'être allié à Mistral AI, en récolte les fruits.",
         ("partnership", "Capgemini", "Mistral AI", "stated")),
        ("Capgemini se félicite de s'être allié avec Mistral AI.",
         ("partnership", "Capgemini", "Mistral AI", "stated")),
        # the stressed pronoun without its commas between the auxiliary and the choice
        ("D'après Les Echos, Renault aurait lui aussi retenu les modèles de Mistral AI.",
         ("partnership", "Mistral AI", "Renault", "rumored")),
        # a suit still going on
        ("Getty Images poursuit toujours Stability AI devant la justice britannique.",
         ("rivalry", "Getty Images", "Stability AI", "stated")),
        # the gerund of a stake taken
        ("Nvidia a pris pied dans le secteur en prenant 30 % de Pasqal.",
         ("investment", "Nvidia", "Pasqal", "stated")),
    ],
)
def test_infinitive_alliances_stressed_pronouns_suits_going_on_and_stakes_by_gerund(
        text: str, expected: tuple[str, str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys(text, monkeypatch)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing made with a partner, its object between the verb and "avec"
        ("Thales conçoit ses propres radars avec Airbus.", ("partnership", "Airbus", "Thales")),
        ("L'usine que Renault construit près de Douai avec Stellantis ouvrira en 2027.",
         ("partnership", "Renault", "Stellantis")),
        ("Capgemini prépare avec Orange une offre de cloud souverain.",
         ("partnership", "Capgemini", "Orange")),
        ("Thales a mis au point son système avec l'appui technique de Capgemini.",
         ("partnership", "Capgemini", "Thales")),
        # the company right before the verb ("X, qui prépare") is its subject, not the
        # sentence's first
        ("Airbus affronte Boeing, qui développe avec Safran un moteur plus sobre.",
         ("partnership", "Boeing", "Safran")),
    ],
)
def test_a_thing_made_with_a_partner_its_object_before_avec(
        text: str, expected: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Renault a développé un modèle pour rivaliser avec Stellantis.",
        "Thales a conçu un radar compatible avec les avions d'Airbus.",
        "Airbus affronte Boeing, qui développe avec Safran un moteur plus sobre.",
    ],
)
def test_a_purpose_a_comparison_or_another_subject_is_no_making_with(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert not any(kind == "partnership" and "Airbus" in (a, b) and "Safran" in (a, b)
                   for kind, a, b in found), found
    assert ("partnership", "Renault", "Stellantis") not in found, found
    assert ("partnership", "Airbus", "Thales") not in found, found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a co-investor right after the verb of funding, before what is funded
        ("Iliad finance avec Bpifrance le laboratoire Pasqal.",
         {("investment", "Bpifrance", "Pasqal"), ("investment", "Iliad", "Pasqal")},
         ("investment", "Iliad", "Bpifrance")),
        ("Eurazeo finance, avec Bpifrance, la start-up Pasqal.",
         {("investment", "Bpifrance", "Pasqal"), ("investment", "Eurazeo", "Pasqal")},
         ("investment", "Eurazeo", "Bpifrance")),
        # co-investors inside the "investit … dans" cue
        ("Eurazeo investit avec Bpifrance et Nvidia dans Pasqal.",
         {("investment", "Nvidia", "Pasqal"), ("investment", "Bpifrance", "Pasqal")},
         ("investment", "Eurazeo", "Nvidia")),
        ("Eurazeo a investi aux côtés de Bpifrance dans Pasqal.",
         {("investment", "Bpifrance", "Pasqal"), ("investment", "Eurazeo", "Pasqal")},
         ("investment", "Eurazeo", "Bpifrance")),
    ],
)
def test_a_co_investor_named_with_avec_funds_the_object_not_the_subject(
        text: str, expected: set[tuple[str, str, str]], wrong: tuple[str, str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected <= found, found
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight named by its noun, its parties after "entre"
        ("Dans le cloud, la bataille fait rage entre OVHcloud, Scaleway et Outscale.",
         {("rivalry", "OVHcloud", "Scaleway"), ("rivalry", "Outscale", "Scaleway"),
          ("rivalry", "OVHcloud", "Outscale")}),
        ("La guerre des prix entre Airbus et Boeing s'intensifie.",
         {("rivalry", "Airbus", "Boeing")}),
    ],
)
def test_a_fight_named_by_its_noun_between_its_parties(
        text: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected <= found, found


def test_a_benchmark_fight_between_models_is_no_rivalry(monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("La bataille entre Mistral Large et GPT-4o se joue sur les benchmarks de "
                      "code.", monkeypatch)
    assert not any(kind == "rivalry" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun right after its subject is the model the sentence named before
        ("Mistral AI a présenté Mistral Large en février ; Renault et Stellantis l'ont déjà "
         "déployé.", {("uses_model", "Renault", "Mistral Large"),
                      ("uses_model", "Stellantis", "Mistral Large")}),
        # (not the maker named after the model: "M, le modèle du chinois N")
        ("Peu après la sortie de Qwen 3, le modèle phare du chinois Alibaba, Renault l'a intégré à "
         "son assistant.", {("uses_model", "Renault", "Qwen 3")}),
    ],
)
def test_a_model_pronoun_right_after_its_subject(
        text: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected <= found, found
    assert not any(kind == "uses_model" and b == "Alibaba" for kind, a, b in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Renault se serait entendu avec Google, selon Les Echos.",
         ("partnership", "Google", "Renault", "rumored")),
        ("Renault et Google se sont entendus sur les prix.",
         ("partnership", "Google", "Renault", "stated")),
    ],
)
def test_an_agreement_reached_s_entendre_avec(
        text: str, expected: tuple[str, str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert expected in rule_keys(text, monkeypatch)


def test_collusion_alleged_is_no_agreement(monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Epic accuse Apple et Google de s'être entendus pour verrouiller le "
                      "marché.", monkeypatch)
    assert not any(kind == "partnership" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mistral AI, dont le modèle Mistral Large équipe désormais les voitures de Renault, "
        "recrute.",
        "Mistral AI, dont le modèle Mistral Large est déjà intégré dans l'assistant de Renault, "
        "recrute.",
    ],
)
def test_a_maker_whose_model_powers_a_client_s_products(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert {("uses_model", "Renault", "Mistral Large"),
            ("partnership", "Mistral AI", "Renault")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        # a company bought, named before the relative whose subject bought it
        "Pasqal, que le fonds Eurazeo a racheté en 2022, utilise Mistral Large.",
        # the relative's subject a pronoun: the sentence's subject
        "Eurazeo renforce les équipes de Pasqal, la start-up qu'il a rachetée l'an dernier.",
    ],
)
def test_a_company_bought_in_a_relative_clause(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert ("acquisition", "Eurazeo", "Pasqal") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's models, none named: the user is the maker's client
        ("Renault s'appuie pour sa part sur les modèles de Mistral AI.",
         ("partnership", "Mistral AI", "Renault")),
        ("Stellantis intègre désormais les modèles d'Aleph Alpha à ses usines.",
         ("partnership", "Aleph Alpha", "Stellantis")),
    ],
)
def test_the_models_of_a_maker_none_named_make_a_client(
        text: str, expected: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found


def test_models_a_company_cannot_deploy_make_no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Renault, qui ne peut pas y déployer les modèles de Mistral AI, cherche "
                      "une autre voie.", monkeypatch)
    assert not any(kind == "partnership" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Renault avait négocié avec Mistral AI, mais les discussions n'ont pas abouti.",
        "Renault avait discuté avec Mistral AI, avant de rompre les négociations en juin.",
    ],
)
def test_talks_that_came_to_nothing_are_ended(text: str) -> None:
    found = keys(text)
    assert ("partnership", "Mistral AI", "Renault", "ended") in found, found


def test_talks_that_succeeded_are_not_ended() -> None:
    found = keys("Renault négocie avec Mistral AI depuis juin et les discussions ont abouti.")
    assert ("partnership", "Mistral AI", "Renault", "ended") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dénoncer" a contract ends it; denouncing a tender is criticism of a rival
        ("Stellantis, concurrent direct de Renault, dénonce un appel d'offres taillé sur mesure.",
         ("rivalry", "Renault", "Stellantis", "stated")),
        ("Renault a dénoncé l'an dernier le contrat qui le liait à Capgemini.",
         ("partnership", "Capgemini", "Renault", "ended")),
        # a deal that fell through, one never renewed
        ("L'accord par lequel Renault devait racheter Pasqal a capoté vendredi.",
         ("acquisition", "Renault", "Pasqal", "ended")),
        ("Le partenariat entre Renault et Capgemini n'a pas été renouvelé.",
         ("partnership", "Capgemini", "Renault", "ended")),
    ],
)
def test_a_contract_denounced_a_deal_fallen_through_or_not_renewed(
        text: str, expected: tuple[str, str, str, str]) -> None:
    found = keys(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # one of the subject's models set off by commas, then the passive of use
        "Ses modèles, dont le plus récent Mistral Large, sont désormais utilisés par Renault.",
        # the agents counted, then named after "dont"
        "Son modèle phare, Mistral Large, est utilisé par plusieurs constructeurs européens, "
        "dont Renault.",
    ],
)
def test_a_passive_of_use_with_a_model_or_its_users_among_others(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert ("uses_model", "Renault", "Mistral Large") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Capgemini a accompagné Renault et Stellantis dans le déploiement de leurs assistants.",
         {("partnership", "Capgemini", "Renault"), ("partnership", "Capgemini", "Stellantis")}),
        ("Wavestone accompagne déjà Renault sur sa stratégie de données.",
         {("partnership", "Renault", "Wavestone")}),
    ],
)
def test_a_consultant_accompanies_its_client_in_a_project(
        text: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Eurazeo, qui avait accompagné Pasqal à ses débuts, a également réinvesti.",
        "Le tour est mené par Eurazeo, accompagné de Bpifrance.",
    ],
)
def test_an_investor_at_the_start_or_a_co_lead_is_no_consulting_client(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys(text, monkeypatch)
    assert not any(kind == "partnership" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Renault s'approvisionne désormais en puces auprès de Nvidia.",
        "Renault s'approvisionne chez Nvidia depuis 2023.",
    ],
)
def test_a_buyer_supplied_by_a_supplier(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert ("partnership", "Nvidia", "Renault") in found, found


def test_a_licence_on_a_company_s_technology_without_buying_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Nvidia a payé 20 milliards de dollars pour obtenir une licence non "
                      "exclusive sur la technologie de Groq, sans racheter formellement la "
                      "société.", monkeypatch)
    assert ("partnership", "Groq", "Nvidia", "stated") in found, found
    assert not any(kind == "acquisition" for kind, *_ in found), found


def test_without_buying_is_no_purchase(monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Nvidia s'est rapproché de Groq sans racheter Groq.", monkeypatch)
    assert not any(kind == "acquisition" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chez Renault, Mistral Large remplacera progressivement GPT-4o dans l'assistant vocal.",
        "Chez Renault, Mistral Large est désormais utilisé pour le service client.",
    ],
)
def test_a_model_opening_the_clause_after_chez_is_the_company_s(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert ("uses_model", "Renault", "Mistral Large") in found, found


def test_a_maker_s_own_model_after_chez_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Chez Mistral AI, Mistral Large remplacera Mistral Medium en juin.",
                      monkeypatch)
    assert not any(kind == "uses_model" for kind, *_ in found), found


def test_a_price_paid_for_a_company_is_its_purchase(monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_keys("Capgemini a déboursé 650 millions d'euros pour Pasqal en 2023.",
                      monkeypatch)
    assert ("acquisition", "Capgemini", "Pasqal", "stated") in found, found
    found = rule_keys("Capgemini a déboursé 650 millions d'euros pour obtenir une licence de "
                      "Pasqal.", monkeypatch)
    assert not any(kind == "acquisition" for kind, *_ in found), found


def test_an_example_s_own_relative_states_its_relations(monkeypatch: pytest.MonkeyPatch) -> None:
    # a list of examples relates none, but a relative opened right after one of its names is
    # that company's own clause
    found = rule_keys("Renault affronte des rivaux comme Stellantis, qui a déboursé 650 millions "
                      "d'euros pour Pasqal, et Volkswagen.", monkeypatch)
    assert ("acquisition", "Stellantis", "Pasqal", "stated") in found, found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the thing entrusted between "confier" and "à"
        ("Renault confie désormais son hébergement à OVHcloud.",
         ("partnership", "OVHcloud", "Renault"), None),
        ("Renault a confié la refonte de son site à Capgemini.",
         ("partnership", "Capgemini", "Renault"), None),
        # after ", et", the verb's subject is the sentence's, not a complement before it
        ("Renault a résilié le contrat qui le liait à Google pour ses données, et a confié le "
         "sujet à Capgemini.", ("partnership", "Capgemini", "Renault"),
         ("partnership", "Capgemini", "Google")),
    ],
)
def test_a_task_entrusted_to_a_supplier(
        text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str] | None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = {(t, a, b) for t, a, b, _ in rule_keys(text, monkeypatch)}
    assert expected in found, found
    assert wrong not in found, found


@pytest.mark.parametrize("text, expected", [
    ("Ailleurs, malgré son accord avec Cohere, Orange serait ouvert à l'idée d'intégrer Claude.",
     ("partnership", "Cohere", "Orange", "stated")),
    ("En Europe, fort de son partenariat avec Nvidia, Mistral AI envisagerait de s'allier à "
     "Orange.",
     ("partnership", "Mistral AI", "Nvidia", "stated")),
])
def test_a_fronted_phrase_keeps_its_deal_stated(text: str,
                                                expected: tuple[str, str, str, str]) -> None:
    # (the walk: "malgré son accord avec OpenAI, Apple serait ouvert à…" made the deal talks,
    # the main verb's conditional read as if the phrase were an apposition to the subject)
    assert expected in keys(text), keys(text)
