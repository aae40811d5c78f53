"""Training and evaluation of the learned classifier of names left (reader.entities.learned).

Labels come from two kinds of gold:
- the mention batches (tests/data/mentions_*.json, unseen_fr.json): every mention is annotated,
  so a candidate span is a business if the paragraph's gold lists it as a company, and not one
  otherwise (a strong negative);
- the relation gold R1–R41: a candidate whose name is a party of a relation of its article is a
  business; any other candidate is a weak negative (a business that is in no relation is not
  one), counted with a small weight.
The businesses the engine already finds give more examples of the contexts businesses stand in:
each is scored as if the gazetteer did not know it (a positive where the gold says business, a
negative where a mention batch says it is none).

A logistic regression (numpy, full-batch Adam, L2) is trained on them. Evaluation: leave one
mention batch out (trained on everything else, scored on the batch left out), and the
validation relation batches R42–R44 (reach, P/R) at several thresholds.

Run: python -m reader.names_learn [--lobo] [--validate 0.5,0.7,0.9] [--ship THRESHOLD]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from reader.entities import COMPANY, default_matcher
from reader.entities import learned as learned_mod

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
BATCHES = ["unseen_fr"] + [f"mentions_{b}" for b in "FGHIJKLM"]
TRAIN_RELATIONS = [f"relations_R{n}" for n in range(1, 42)]
VALIDATION = [f"relations_R{n}" for n in (42, 43, 44)]
CACHE = Path("/tmp/names_learn_blocks2.pkl")

_recorded: list[tuple[str, list, list]] = []


def _fresh_matcher() -> None:
    """A new default matcher with the learned step on (it is off by default)."""
    default_matcher.cache_clear()
    default_matcher().learned = True


def _recorder(text, mentions, blocked, present=frozenset(), context=None):
    _recorded.append((text, list(mentions), list(blocked), present, context))
    return mentions


def _blocks_of(run) -> list[tuple[str, list, list]]:
    """The (text, mentions, blocked) each call of the engine's learned step saw in run()."""
    saved = learned_mod.learned_companies
    learned_mod.learned_companies = _recorder
    _recorded.clear()
    try:
        run()
    finally:
        learned_mod.learned_companies = saved
    return list(_recorded)


def record() -> dict:
    """Every block the engine reads in the gold, with its labels (cached in /tmp)."""
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    from reader import document
    from reader.articles import article_from_text
    from reader.entities import article_mentions, find_in_blocks

    _fresh_matcher()
    out: dict[str, list] = {}
    for name in BATCHES:
        items = []
        for paragraph in json.loads((DATA / f"{name}.json").read_text("utf-8"))["paragraphs"]:
            blocks = _blocks_of(lambda p=paragraph: find_in_blocks(
                [document.Block(document.PARAGRAPH, p["text"])]))
            gold = {t for t, kind in paragraph["mentions"] if kind == COMPANY}
            others = {t for t, kind in paragraph["mentions"] if kind != COMPANY}
            items.append(("batch", blocks, gold, others, paragraph))
        out[name] = items
    for name in TRAIN_RELATIONS + VALIDATION:
        items = []
        for article in json.loads((DATA / f"{name}.json").read_text("utf-8"))["articles"]:
            parties = set()
            for r in article["relations"]:
                parties.add(r["a"])
                if r["type"] not in ("uses_model", "makes_model"):
                    parties.add(r["b"])
            a = article_from_text(article["text"], Path(f"{article['id']}.md"), article["id"])
            blocks = _blocks_of(lambda a=a: article_mentions(a))
            items.append(("relations", blocks, parties, set(), None))
        out[name] = items
    CACHE.write_bytes(pickle.dumps(out))
    return out


def _word_span(words, start: int, end: int) -> tuple[int, int] | None:
    try:
        i = words.starts.index(start)
        j = words.ends.index(end, i) + 1
    except ValueError:
        return None
    return i, j


def examples(items, bands, weak: float = 0.3, known: float = 0.5):
    """(features, label, weight) of every candidate and every business found."""
    from reader.relations_score import company_name

    out = []
    model = {"bands": bands}
    for kind, blocks, gold, _others, _ in items:
        fair = {company_name(p) for p in gold} if kind == "relations" else None
        for text, mentions, blocked, present, context in blocks:
            for start, end, feats, _run in learned_mod.spans(text, mentions, blocked, model,
                                                             present, context):
                name = text[start:end]
                if kind == "batch":
                    out.append((feats, name in gold, 1.0))
                else:
                    pos = company_name(name) in fair
                    out.append((feats, pos, 1.0 if pos else weak))
            if not known:
                continue
            words = learned_mod._Words(text)
            people = learned_mod.surnames(text)
            for m in mentions:
                if m.kind != COMPANY:
                    continue
                span = _word_span(words, m.start, m.end)
                if span is None:
                    continue
                rest = [x for x in mentions if x is not m]
                companies = sorted((x.start, x.end) for x in rest if x.kind == COMPANY)
                _, runs = learned_mod.candidates(
                    text, [(x.start, x.end) for x in rest] + list(blocked))
                counts = learned_mod._counts(text, words, runs)
                counts[m.text] = max(1, counts.get(m.text, 0))  # (as a candidate counts itself)
                # (a known name's frequency in French says nothing of an unseen one: "Orange",
                # "Google" are common words; its context is what is learned)
                feats = learned_mod.features(text, words, *span, span, companies, {}, counts)
                learned_mod._judged(feats, m.text, text, m.start, people, words, *span)
                learned_mod._in_article(feats, words, *span, learned_mod.article_words(
                    context if context is not None else text))
                if kind == "batch":
                    out.append((feats, text[m.start:m.end] in gold, known))
                elif company_name(m.canonical) in fair:
                    out.append((feats, True, known))
    return out


L2 = [1e-3]


def train(rows, l2: float | None = None, epochs: int = 300, lr: float = 0.05) -> dict[str, float]:
    l2 = L2[0] if l2 is None else l2
    index: dict[str, int] = {}
    cols, rows_ix = [], []
    for r, (feats, _, _) in enumerate(rows):
        for f in feats:
            cols.append(index.setdefault(f, len(index)))
            rows_ix.append(r)
    cols = np.array(cols)
    rows_ix = np.array(rows_ix)
    y = np.array([1.0 if label else 0.0 for _, label, _ in rows])
    sw = np.array([w for _, _, w in rows])
    sw = sw / sw.sum()
    w = np.zeros(len(index))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, epochs + 1):
        z = np.bincount(rows_ix, weights=w[cols], minlength=len(rows))
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g_row = (p - y) * sw
        g = np.bincount(cols, weights=g_row[rows_ix], minlength=len(index)) + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}


def _bands() -> dict[str, int]:
    model = learned_mod._model()
    if model is not None:
        return model["bands"]
    return {}


def mention_score(name: str) -> tuple[int, int, int]:
    from reader import document
    from reader.entities import find_in_blocks

    data = json.loads((DATA / f"{name}.json").read_text("utf-8"))
    tp = fp = fn = 0
    for paragraph in data["paragraphs"]:
        blocks = [document.Block(document.PARAGRAPH, paragraph["text"])]
        got = Counter((m.text, m.kind) for m in find_in_blocks(blocks).mentions[0])
        want = Counter(tuple(m) for m in paragraph["mentions"])
        tp += sum((got & want).values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
    return tp, fp, fn


def _pr(tp, fp, fn) -> str:
    return f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp} fp {fp} fn {fn})"


def lobo(data, thresholds, **opts) -> None:
    bands = _bands()
    print("batch       | before | " + " | ".join(f"after @{t}" for t in thresholds))
    tot = {t: [0, 0, 0] for t in [None, *thresholds]}
    for held in BATCHES:
        rows = [r for name in data if name != held and name not in VALIDATION
                for r in examples(data[name], bands, **opts)]
        weights = train(rows)
        learned_mod.use_model({"weights": {}, "threshold": 1.0, "bands": bands})
        _fresh_matcher()
        cells = []
        base = mention_score(held)
        cells.append(_pr(*base))
        tot[None] = [a + b for a, b in zip(tot[None], base, strict=True)]
        for t in thresholds:
            learned_mod.use_model({"weights": weights, "threshold": t, "bands": bands})
            got = mention_score(held)
            tot[t] = [a + b for a, b in zip(tot[t], got, strict=True)]
            cells.append(_pr(*got))
        print(f"{held:11s} | " + " | ".join(cells), flush=True)
    print("pooled      | " + " | ".join(_pr(*tot[t]) for t in [None, *thresholds]))
    learned_mod.use_model(None)


def validate(data, thresholds, batches=VALIDATION, **opts) -> None:
    from reader.relations_score import score

    bands = _bands()
    rows = [r for name in data if name not in VALIDATION for r in examples(data[name], bands,
                                                                          **opts)]
    weights = train(rows)
    for t in [None, *thresholds]:
        learned_mod.use_model({"weights": weights if t else {}, "threshold": t or 1.0,
                               "bands": bands})
        _fresh_matcher()
        pooled = [0, 0, 0, 0]
        for name in batches:
            s = score(json.loads((DATA / f"{name}.json").read_text("utf-8")))
            c = s.scored
            pooled = [pooled[0] + c.tp, pooled[1] + c.fp, pooled[2] + c.fn,
                      pooled[3] + s.reachable]
            print(f"@{t} {name}: {_pr(c.tp, c.fp, c.fn)} reach {s.reachable}/{c.tp + c.fn}")
        tp, fp, fn, reach = pooled
        print(f"@{t} pooled: {_pr(tp, fp, fn)} reach {reach}/{tp + fn}", flush=True)
    learned_mod.use_model(None)


def ship(data, threshold: float, words: Path | None, **opts) -> None:
    bands = _bands()
    if words is not None:
        listed = json.loads(words.read_text("utf-8"))
    else:
        listed = json.loads(learned_mod.WEIGHTS.read_text("utf-8"))["words"]
        bands = {w: int(b) for b, ws in listed.items() for w in ws.split()}
    if not bands:
        bands = {w: int(b) for b, ws in listed.items() for w in ws.split()}
    rows = [r for name in data if name not in VALIDATION for r in examples(data[name], bands,
                                                                          **opts)]
    weights = train(rows)
    out = {
        "about": "Learned classifier of capitalised spans no rule found (reader.entities."
                 "learned), trained by `python -m reader.names_learn --ship` on the mention "
                 "batches and the relation gold R1-R41. 'words': common French words by zipf "
                 "frequency band (3 to 7), from the wordfreq package's data (CC BY-SA 4.0).",
        "options": opts,
        "threshold": threshold,
        "weights": dict(sorted(weights.items())),
        "words": listed,
    }
    learned_mod.WEIGHTS.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"))
                                   + "\n", encoding="utf-8")
    print(f"{len(weights)} weights, threshold {threshold} -> {learned_mod.WEIGHTS}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lobo", action="store_true")
    parser.add_argument("--validate", default="")
    parser.add_argument("--thresholds", default="0.5,0.7,0.9")
    parser.add_argument("--weak", type=float, default=0.3)
    parser.add_argument("--known", type=float, default=0.5)
    parser.add_argument("--ship", type=float, default=None)
    parser.add_argument("--folds", type=float, default=None, metavar="THRESHOLD")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--words", type=Path, default=None)
    parser.add_argument("--l2", type=float, default=1e-3)
    args = parser.parse_args(argv)
    L2[0] = args.l2
    _fresh_matcher()
    learned_mod.use_model({"weights": {}, "threshold": 1.0, "bands": {}})
    data = record()
    learned_mod.use_model(None)
    opts = {"weak": args.weak, "known": args.known}
    thresholds = [float(t) for t in args.thresholds.split(",")]
    if args.lobo:
        lobo(data, thresholds, **opts)
    if args.validate:
        validate(data, [float(t) for t in args.validate.split(",")], **opts)
    if args.folds is not None:
        folds(data, args.folds, show=args.show, **opts)
    if args.ship is not None:
        ship(data, args.ship, args.words, **opts)
    return 0



def folds(data, threshold: float, k: int = 4, show: bool = False, **opts) -> None:
    """Cross-validation over the relation gold R1–R41: k folds of consecutive batches, each
    scored with a model trained without it (and without the validation batches)."""
    from reader.relations_score import score

    bands = _bands()
    names = TRAIN_RELATIONS
    size = -(-len(names) // k)
    total = {"before": [0, 0, 0, 0], "after": [0, 0, 0, 0]}
    for f in range(k):
        held = names[f * size : (f + 1) * size]
        rows = [r for name in data if name not in VALIDATION and name not in held
                for r in examples(data[name], bands, **opts)]
        weights = train(rows)
        for label, model in (("before", {}), ("after", weights)):
            learned_mod.use_model({"weights": model, "threshold": threshold, "bands": bands})
            _fresh_matcher()
            errors = set()
            for name in held:
                s = score(json.loads((DATA / f"{name}.json").read_text("utf-8")))
                c = s.scored
                total[label] = [total[label][0] + c.tp, total[label][1] + c.fp,
                                total[label][2] + c.fn, total[label][3] + s.reachable]
                errors |= {f"{name}: {e}" for e in s.errors}
            if label == "before":
                before_errors = errors
            elif show:
                for e in sorted(errors - before_errors):
                    print("NEW  ", e)
                for e in sorted(before_errors - errors):
                    print("GONE ", e)
        print(f"fold {f}: " + " | ".join(
            f"{label} {_pr(*t[:3])} reach {t[3]}" for label, t in total.items()), flush=True)
    learned_mod.use_model(None)


if __name__ == "__main__":
    sys.exit(main())
