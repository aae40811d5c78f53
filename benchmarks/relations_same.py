"""Whether a change to reader.relations kept its output: every relation, field by field.

Run: python benchmarks/relations_same.py --save before.json   (on the code before the change)
     python benchmarks/relations_same.py --against before.json

Reads, with no relation cache: the bundled seeds as `reader relations seeds --json` prints
them, every gold batch under tests/data (its scores and each article's relations), and a
library of shuffled seed paragraphs as benchmarks/relations.py builds it (cold, so the
mention analysis runs inside article_relations). A speed-up must leave all of it unchanged.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from dataclasses import astuple
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def outputs(library_size: int) -> dict[str, object]:
    os.environ["READER_CACHE_DIR"] = tempfile.mkdtemp(prefix="relations-same-")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from relations import library

    from reader.articles import article_from_text
    from reader.entities import default_matcher
    from reader.paths import seeds_dir
    from reader.relations import article_relations
    from reader.relations_cli import run
    from reader.relations_score import score

    out: dict[str, object] = {}
    printed = io.StringIO()
    run([seeds_dir()], "json", printed)
    out["seeds --json"] = printed.getvalue()
    matcher = default_matcher()
    for path in sorted((ROOT / "tests" / "data").glob("relations_R*.json")):
        batch = json.loads(path.read_text(encoding="utf-8"))
        out[f"{path.name} score"] = score(batch).summary()
        for item in batch["articles"]:
            article = article_from_text(item["text"], Path(f"{item['id']}.md"), item["id"])
            out[f"{path.name} {item['id']}"] = [
                list(astuple(r)) for r in article_relations(article, matcher)]
    for article in library(library_size):
        out[f"library {article.path}"] = [
            list(astuple(r)) for r in article_relations(article, matcher)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    now = outputs(args.articles)
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"saved {len(now)} outputs to {args.save}")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        now = json.loads(json.dumps(now, ensure_ascii=False))
        changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        for key in changed[:20]:
            print(f"CHANGED {key}\n  before: {before.get(key)!s:.400}"
                  f"\n  now:    {now.get(key)!s:.400}")
        print(f"{len(now) - len(changed)} of {len(now)} outputs the same, {len(changed)} changed")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
