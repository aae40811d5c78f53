"""Training and evaluating the outside-party model (reader.relations_outside; issue 14, round 17).

Each article of the gold batches is read by the engine (rules and the shipped pair classifier);
the candidates of reader.relations_outside are labelled with the gold relations (per article,
scored types, fair names) the engine did not find. One logistic regression per label (numpy,
full-batch Adam, as reader.relations_learn). Evaluated leave-one-batch-out, or trained on every
batch but --skip'ed ones and scored on --held-out files: the engine alone against the engine ∪
the model at fixed thresholds, P/R per batch and pooled, and what the model adds per type.

Run: python -m reader.relations_outside_learn [--skip R42 R43 R44] [--held-out FILE ...]
     [--thresholds 0.6,0.7,0.8] [--related-parties] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

import numpy as np

from reader import relations_outside as outside
from reader.entities import COMPANY
from reader.relations_learn import SCORED, _order, gold_files, read
from reader.relations_outside import (
    LABELS,
    allowed,
    candidates,
    label_key,
    related_of,
)

Key = tuple[str, str, str]


name = outside.party


@dataclass
class Row:
    features: list[str]
    labels: set[str]
    mask: list[bool]
    keys: list[Key | None]  # fair key per label (None where not allowed)


@dataclass
class Item:
    batch: str
    id: str
    gold: set[Key]
    engine: set[Key]
    rows: list[Row]


def read_file(path: Path) -> list[tuple]:
    """The engine's reading of a gold file: per article (batch, entry, text, mentions, spans,
    relations)."""
    from reader.articles import article_from_text
    from reader.entities import article_mentions
    from reader.relations import article_relations

    out = []
    batch = path.stem.removeprefix("relations_")
    for entry in json.loads(path.read_text(encoding="utf-8"))["articles"]:
        article = article_from_text(entry["text"], Path(f"{entry['id']}.md"), entry["id"])
        mentions = list(article_mentions(article))
        _rules, spans = read(article, mentions)
        relations = article_relations(article, mentions=mentions)
        out.append((batch, entry, article.text, mentions, spans, relations))
    return out


def load(paths: list[Path], cache: Path | None = None) -> list[Item]:
    from reader.relations import one_per_key
    from reader.relations_score import fair_key

    items = []
    for batch, entry, text, mentions, spans, relations in _read(paths, cache):
        gold = {fair_key(r["type"], r["a"], r["b"]) for r in entry["relations"]
                if r["type"] in SCORED}
        engine = {fair_key(*r.key) for r in one_per_key(relations) if r.type in SCORED}
        # Where each gold relation is stated: a candidate is labelled with a relation only
        # in the sentence holding (part of) its evidence (the article's other sentences
        # naming the same party say something else); an evidence not found in the text
        # labels every sentence.
        stated: dict[Key, list[tuple[int, int]]] = {}
        for r in entry["relations"]:
            if r["type"] not in SCORED:
                continue
            at = text.find(r.get("evidence") or "\0")
            stated.setdefault(fair_key(r["type"], r["a"], r["b"]), []).append(
                (at, at + len(r["evidence"])) if at >= 0 else (0, len(text)))
        rows = []
        for c, kinds in article_rows(text, spans, mentions, relations):
            keys = [fair_key(*label_key(label, c.outside, c.x_name))
                    if allowed(label, *kinds) else None for label in LABELS]
            _b, s, e = spans[c.sentence]
            labels = {label for label, k in zip(LABELS, keys, strict=True)
                      if k is not None and k in gold and k not in engine
                      and any(a < e and s < b for a, b in stated[k])}
            rows.append(Row(c.shared + c.features, labels,
                            [k is not None for k in keys], keys))
        items.append(Item(batch, entry["id"], gold, engine, rows))
    return items


def article_rows(text, spans, mentions, relations):
    related, here = related_of(relations, spans)
    kinds = {name(m): m.kind for m in mentions}
    for c in candidates(text, spans, mentions, name, related, here, outside.RELATED_PARTIES):
        yield c, (COMPANY, kinds.get(c.x_name, c.x.kind))


class Model:
    def __init__(self, vocabulary: dict[str, int], weights: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.weights = weights

    def scores(self, features: list[str]) -> np.ndarray:
        index = [self.vocabulary[f] for f in set(features) if f in self.vocabulary]
        z = self.weights[index].sum(axis=0) if index else np.zeros(len(LABELS))
        return 1.0 / (1.0 + np.exp(-z))


def train(rows: list[Row], iterations: int = 300, l2: float = 1e-3, min_count: int = 2,
          positive_weight: float = 1.0) -> Model:
    counts = Counter(f for r in rows for f in set(r.features))
    kept = sorted(f for f, n in counts.items() if n >= min_count)
    vocabulary = {f: i for i, f in enumerate(["bias", *kept])}
    rr, cc = [], []
    for i, r in enumerate(rows):
        rr.append(i)
        cc.append(0)
        for f in set(r.features):
            if f in vocabulary and f != "bias":
                rr.append(i)
                cc.append(vocabulary[f])
    rows_a, cols_a = np.array(rr), np.array(cc)
    row_starts = np.flatnonzero(np.r_[True, rows_a[1:] != rows_a[:-1]])
    by_col = np.argsort(cols_a, kind="stable")
    col_starts = np.flatnonzero(np.r_[True, np.diff(cols_a[by_col]) != 0])
    rows_by_col = rows_a[by_col]
    y = np.array([[1.0 if label in r.labels else 0.0 for label in LABELS] for r in rows])
    mask = np.array([[1.0 if m else 0.0 for m in r.mask] for r in rows])
    mask = mask * np.where(y > 0, positive_weight, 1.0)
    n, width = len(rows), len(vocabulary)
    w = np.zeros((width, len(LABELS)))
    m1 = np.zeros_like(w)
    m2 = np.zeros_like(w)
    rate, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, iterations + 1):
        z = np.add.reduceat(w[cols_a], row_starts, axis=0)
        p = 1.0 / (1.0 + np.exp(-z))
        error = (p - y) * mask / n
        grad = np.add.reduceat(error[rows_by_col], col_starts, axis=0) + l2 * w
        m1 = b1 * m1 + (1 - b1) * grad
        m2 = b2 * m2 + (1 - b2) * grad * grad
        w -= rate * (m1 / (1 - b1 ** t)) / (np.sqrt(m2 / (1 - b2 ** t)) + 1e-8)
    return Model(vocabulary, w)


def predict(model: Model, item: Item) -> dict[Key, float]:
    out: dict[Key, float] = {}
    for r in item.rows:
        for key, prob in zip(r.keys, model.scores(r.features), strict=True):
            if key is not None and key not in item.engine:
                out[key] = max(out.get(key, 0.0), float(prob))
    return out


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def evaluate(items: list[Item], thresholds: list[float], held_out: list[Item] | None = None,
             **options) -> tuple[dict, dict]:
    """system -> batch -> (tp, fp, fn); and (threshold, batch group) -> type -> [tp, fp]."""
    tested = held_out if held_out is not None else items
    batches = sorted({i.batch for i in tested}, key=_order)
    model = train([r for i in items for r in i.rows], **options) if held_out is not None else None
    table: dict[str, dict[str, list[int]]] = {}
    added: dict[float, dict[str, list[int]]] = {t: {} for t in thresholds}
    for held in batches:
        fold = model or train([r for i in items if i.batch != held for r in i.rows], **options)
        for item in (i for i in tested if i.batch == held):
            probs = predict(fold, item)
            systems = {"engine": item.engine}
            for t in thresholds:
                learned = {k for k, p in probs.items() if p >= t}
                systems[f"engine+outside@{t}"] = item.engine | learned
                for k in learned:
                    counts = added[t].setdefault(k[0], [0, 0])
                    counts[0 if k in item.gold else 1] += 1
            for system, keys in systems.items():
                c = table.setdefault(system, {}).setdefault(held, [0, 0, 0])
                c[0] += len(keys & item.gold)
                c[1] += len(keys - item.gold)
                c[2] += len(item.gold - keys)
    return table, added


def print_table(table: dict, added: dict) -> None:
    batches = list(next(iter(table.values())))
    print("| system | " + " | ".join(batches) + " | pooled | tp/fp |")
    print("|---" * (len(batches) + 3) + "|")
    for system, row in table.items():
        cells = [f"{_pr(*row[b])[0]:.3f}/{_pr(*row[b])[1]:.3f}" for b in batches]
        total = [sum(row[b][n] for b in batches) for n in range(3)]
        p, r = _pr(*total)
        print(f"| {system} | " + " | ".join(cells) + f" | {p:.3f}/{r:.3f} | "
              f"{total[0]}/{total[1]} |")
    print()
    print("| threshold | " + " | ".join(LABEL_TYPES) + " |")
    print("|---" * (len(LABEL_TYPES) + 1) + "|")
    for t, per in added.items():
        print(f"| {t} | " + " | ".join(f"+{per.get(k, [0, 0])[0]} / {per.get(k, [0, 0])[1]}"
                                       for k in LABEL_TYPES) + " |")


LABEL_TYPES = ("partnership", "rivalry", "investment", "acquisition", "uses_model")

def _read(files: list[Path], cache: Path | None) -> list[tuple]:
    """read_file of each file, two at a time, kept in `cache` (a directory) when given."""
    import pickle
    from multiprocessing import Pool

    todo = []
    places = []
    for f in files:
        place = cache / f"{f.stem}-{sha256(f.read_bytes()).hexdigest()[:16]}.pickle" \
            if cache else None
        places.append(place)
        if place is None or not place.exists():
            todo.append(f)
    if todo:
        with Pool(2) as pool:
            done = dict(zip(todo, pool.map(read_file, todo), strict=True))
    else:
        done = {}
    out = []
    for f, place in zip(files, places, strict=True):
        if f in done:
            if place is not None:
                cache.mkdir(parents=True, exist_ok=True)
                place.write_bytes(pickle.dumps(done[f]))
            out += done[f]
        else:
            out += pickle.loads(place.read_bytes())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("tests/data"))
    parser.add_argument("--thresholds", default="0.6,0.7,0.8")
    parser.add_argument("--skip", nargs="+", default=[], metavar="BATCH")
    parser.add_argument("--held-out", type=Path, nargs="+", metavar="FILE")
    parser.add_argument("--positive-weight", type=float, default=1.0)
    parser.add_argument("--related-parties", action="store_true",
                        help="also a candidate for a party the engine related in its sentence")
    parser.add_argument("--cache", type=Path, help="a pickle of the loaded items (experiments)")
    args = parser.parse_args(argv)
    outside.RELATED_PARTIES = args.related_parties
    items = load(gold_files(args.data, tuple(args.skip)), args.cache)
    held_out = load(args.held_out, args.cache) if args.held_out else None
    rows = [r for i in items for r in i.rows]
    print(f"{len(items)} articles, {len(rows)} candidates, "
          f"{sum(bool(r.labels) for r in rows)} positive "
          f"({Counter(lab for r in rows for lab in r.labels)})")
    reach = sum(len({k for r in i.rows for k in r.keys if k in i.gold and k not in i.engine})
                for i in (held_out or items))
    missed = sum(len(i.gold - i.engine) for i in (held_out or items))
    print(f"engine's misses among the candidates' keys: {reach} of {missed}")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    table, added = evaluate(items, thresholds, held_out, positive_weight=args.positive_weight)
    print_table(table, added)
    return 0


if __name__ == "__main__":
    sys.exit(main())
