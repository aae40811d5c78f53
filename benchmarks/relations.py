"""What the partnership map costs: a library's relations against its mention analysis.

Run: python benchmarks/relations.py [--articles 10000]

Builds a library of French articles from the bundled seeds' paragraphs (shuffled, 3 to 8 per
article, so each article's text differs), then times in the same run:
  - mention analysis: reader.entities.article_mentions on every article;
  - the map: reader.relations.article_relations (which runs the mention analysis itself) on
    every article, then build_map.
Target (issue 14): map / mentions <= 2.0. The relation cache is not used: this is a cold run.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from reader.articles import article_from_text
from reader.entities import article_mentions, default_matcher, forget_article
from reader.paths import seeds_dir
from reader.relations import article_relations, build_map


def paragraphs() -> list[str]:
    out = []
    for path in sorted(seeds_dir().glob("*.md")):
        text = path.read_text(encoding="utf-8").split("---", 2)[-1]
        out += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    return out


def library(count: int, seed: int = 14) -> list:
    rng = random.Random(seed)
    pieces = paragraphs()
    articles = []
    for number in range(count):
        body = "\n\n".join(rng.sample(pieces, rng.randint(3, 8)))
        articles.append(article_from_text(f"Article {number}\n\n{body}\n", Path(f"{number}.md")))
    return articles


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    matcher = default_matcher()
    articles = library(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words / 1e6:.1f} M words")

    start = time.perf_counter()
    mentions = 0
    for article in articles:
        mentions += len(article_mentions(article, matcher))
        forget_article(article)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    found = []
    for article in articles:
        found.append((article, article_relations(article, matcher)))
        forget_article(article)
    relation_map = build_map(found)
    mapped = time.perf_counter() - start

    print(f"mention analysis: {baseline:.2f} s ({mentions} mentions)")
    print(f"map:              {mapped:.2f} s ({len(relation_map.edges)} relations, "
          f"{sum(len(e.evidence) for e in relation_map.edges)} sentences)")
    ratio = mapped / baseline if baseline else float("inf")
    print(f"ratio map / mentions: {ratio:.2f} (target <= 2.0)")
    return 0 if ratio <= 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
