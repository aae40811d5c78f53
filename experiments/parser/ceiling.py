"""How much of the rules' recall gap can any pair classifier reach? (issue 14, parser experiment)

A pair classifier (words, parse, or both) scores pairs of parties named in one sentence the
engine reads; a gold relation no such pair carries (a party named in another sentence, by a
pronoun, or not among the mentions) is out of its reach whatever its features. Reads the items
quality.py cached.

Then, for R33–R38, why the others are out of reach: a party the mentions never name, two
parties never named in one sentence the engine reads, or named together but a pair the
candidates leave out (the engine's guards: negation, "chacun de son côté", a venture's name…).

Run: python experiments/parser/ceiling.py /tmp/parserexp_items.pkl
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from reader.articles import article_from_text
from reader.entities import article_mentions
from reader.relations import party_name
from reader.relations_learn import gold_files, label_key, read
from reader.relations_score import company_name, fair_key, model_name

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"

GROUPS = {"R33–R35": ("R33", "R34", "R35"), "R36–R38": ("R36", "R37", "R38"),
          "R33–R38": ("R33", "R34", "R35", "R36", "R37", "R38"),
          "R1–R32 (train)": tuple(f"R{n}" for n in range(1, 33))}


def main() -> int:
    items = pickle.loads(Path(sys.argv[1]).read_bytes())
    print("| batches | gold | rules tp | rules missed | missed with a candidate pair "
          "| best recall of rules ∪ a perfect pair classifier |")
    print("|---|---|---|---|---|---|")
    for group, batches in GROUPS.items():
        gold = tp = missed = reachable = 0
        for item in (i for i in items if i["batch"] in batches):
            covered = {fair_key(*label_key(label, c.first, c.second))
                       for c, _ in item["candidates"] for label in c.labels}
            gold += len(item["gold"])
            tp += len(item["gold"] & item["rules"])
            lost = item["gold"] - item["rules"]
            missed += len(lost)
            reachable += len(lost & covered)
        print(f"| {group} | {gold} | {tp} | {missed} | {reachable} ({reachable / missed:.0%}) "
              f"| {(tp + reachable) / gold:.3f} |")
    reasons: dict[str, Counter] = {}
    by_id = {(i["batch"], i["id"]): i for i in items}
    for path in gold_files(DATA):
        batch = path.stem.removeprefix("relations_")
        group = "R33–R35" if batch in GROUPS["R33–R35"] else \
            "R36–R38" if batch in GROUPS["R36–R38"] else None
        if group is None:
            continue
        for entry in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            item = by_id[batch, entry["id"]]
            covered = {fair_key(*label_key(label, c.first, c.second))
                       for c, _ in item["candidates"] for label in c.labels}
            article = article_from_text(entry["text"], Path(f"{entry['id']}.md"), entry["id"])
            mentions = list(article_mentions(article))
            _, spans = read(article, mentions)

            def names(ms) -> set[str]:
                return {company_name(m.canonical) for m in ms} | \
                    {model_name(party_name(m)) for m in ms}

            named = names(mentions)
            together = [names([m for m in mentions if m.start >= s and m.end <= e])
                        for _b, s, e in spans]
            for key in item["gold"] - item["rules"]:
                _kind, a, b = key
                if key in covered:
                    why = "a candidate pair (reachable)"
                elif a not in named or b not in named:
                    why = "a party not among the mentions"
                elif not any(a in t and b in t for t in together):
                    why = "never named in one sentence"
                else:
                    why = "named together, pair left out by the guards"
                reasons.setdefault(group, Counter())[why] += 1
    print("\nWhy the rules' misses are (or are not) within a pair classifier's reach\n")
    whys = sorted({w for c in reasons.values() for w in c})
    print("| batches | " + " | ".join(whys) + " |")
    print("|---" * (len(whys) + 1) + "|")
    for group, counts in reasons.items():
        print(f"| {group} | " + " | ".join(str(counts[w]) for w in whys) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
