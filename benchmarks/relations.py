"""What the partnership map costs: a library's relations against its mention analysis.

Run: python benchmarks/relations.py [--articles 10000] [--interleave 100]

Builds a library of French articles from the bundled seeds' paragraphs (shuffled, 3 to 8 per
article, so each article's text differs), then times in the same run (CPU time of this
process, so that other work on a shared machine does not skew the ratios):
  - mention analysis: reader.entities.article_mentions on every article;
  - the map from those mentions: reader.relations.article_relations given each article's
    mentions (as when the library's mentions were analysed before), then build_map;
  - the cold map, on a fresh copy of the library: article_relations running the mention
    analysis itself, then build_map.
Both maps parse each article's Markdown blocks (the evidence's block index needs them).
Target (issue 14): map / mentions <= 2.0. The relation cache is not used.
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
    parser.add_argument("--interleave", type=int, default=0, metavar="N",
                        help="alternate the three phases every N articles (default: each whole)")
    args = parser.parse_args()
    matcher = default_matcher()
    articles = library(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words / 1e6:.1f} M words")

    article_relations(articles[0], matcher)  # the gazetteer's makers, loaded once
    forget_article(articles[0])
    fresh = library(args.articles)  # a copy where nothing is parsed or analysed yet
    clock = time.process_time
    # With --interleave N the three phases take turns every N articles, so that a change in
    # the machine's load during the run weighs on the three alike; else each runs whole.
    step = args.interleave or len(articles)
    baseline = mapped = mapped_cold = 0.0
    analysed: list = []
    found: list = []
    cold: list = []
    for at in range(0, len(articles), step):
        start = clock()
        for article in articles[at : at + step]:
            analysed.append(article_mentions(article, matcher))
            forget_article(article)
        baseline += clock() - start

        start = clock()
        found += [(article, article_relations(article, matcher, mentions=mentions))
                  for article, mentions in zip(articles[at : at + step],
                                               analysed[at : at + step], strict=True)]
        mapped += clock() - start

        start = clock()
        for article in fresh[at : at + step]:
            cold.append((article, article_relations(article, matcher)))
            forget_article(article)
        mapped_cold += clock() - start
    start = clock()
    relation_map = build_map(found)
    mapped += clock() - start
    start = clock()
    build_map(cold)
    mapped_cold += clock() - start

    print(f"mention analysis:            {baseline:.2f} s "
          f"({sum(len(m) for m in analysed)} mentions)")
    print(f"map from those mentions:     {mapped:.2f} s ({len(relation_map.edges)} relations, "
          f"{sum(len(e.evidence) for e in relation_map.edges)} sentences)")
    print(f"cold map (its own mentions): {mapped_cold:.2f} s")
    ratio = mapped / baseline if baseline else float("inf")
    ratio_cold = mapped_cold / baseline if baseline else float("inf")
    print(f"ratio map / mentions: {ratio:.2f}; cold map / mentions: {ratio_cold:.2f} "
          "(target <= 2.0)")
    return 0 if ratio <= 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
