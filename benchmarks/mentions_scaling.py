"""How the mentions engine's time grows on hostile articles: each shape at n and 4n names.

Run: python benchmarks/mentions_scaling.py [--n 400]

As benchmarks/relations_scaling.py does for the relation engine: each shape's growth from n to
4n names (the mention analysis of the whole article, and its one-sense pass alone) is printed
against the growth of a plain article of as many names the gazetteer knows, measured in the
same run. Near 1, the shape costs what any article of names does; 2 or more, it has a
quadratic part of its own.
  - hundreds of names the engine guesses ("la start-up Zorbex0 AI signe avec Velmon0 Labs.
    …"): the one-sense pass, which finds their other occurrences and short forms ("Zorbex0"),
    tried each of them at every position where its first letter stood (one alternation of
    every surface). On bc25f96, at 400 -> 1,600 names: the pass 0.015 s -> 0.139 s, x9.3,
    against the baseline x2.67 (the analysis x1.82); at 1,600 -> 6,400: 0.122 s -> 1.99 s,
    x16.3, against the baseline x3.06 (the analysis 0.21 s -> 2.33 s, x2.09). After robust17
    (past 64 surfaces, one alternation factored by prefix, tried longest first as before):
    0.012 s -> 0.046 s, x3.8, against the baseline x0.98 (the analysis x0.99); at 1,600 ->
    6,400, 0.049 s -> 0.222 s, x4.5, against the baseline x1.16 (the analysis 0.12 s -> 0.53 s,
    x1.11). Same mentions on every gold batch, seed and these hostile articles.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reader.articles import article_from_text
from reader.entities import default_matcher, pipeline

KNOWN = ["OpenAI", "Meta", "Google", "Apple", "Microsoft", "Mistral AI", "Anthropic", "Alibaba",
         "Nvidia", "Amazon"]


def plain(n: int) -> str:
    """n known names, a deal sentence per pair, a paragraph per ten sentences."""
    return "".join(f"{KNOWN[i % 10]} signe avec {KNOWN[(i + 1) % 10]}. "
                   + ("\n\n" if i % 10 == 9 else "") for i in range(n // 2)) + "\n"


def guessed(n: int) -> str:
    """n names the gazetteer does not know, each guessed from its description or suffix."""
    return "".join(f"la start-up Zorbex{i} AI signe avec Velmon{i} Labs. "
                   + ("\n\n" if i % 10 == 9 else "") for i in range(n // 2)) + "\n"


def seconds(text: str) -> tuple[float, float]:
    """Best of three CPU times of the article's mention analysis, and of its one-sense pass."""
    matcher = default_matcher()
    one_sense = pipeline.one_sense_per_article
    spent: list[float] = []

    def timed(*args: object) -> None:
        started = time.process_time()
        one_sense(*args)
        spent.append(time.process_time() - started)

    best = (float("inf"), float("inf"))
    pipeline.one_sense_per_article = timed
    try:
        for _ in range(3):
            article = article_from_text(text, Path("hostile.md"))
            spent.clear()
            started = time.process_time()
            pipeline.find_in_blocks(article.blocks, matcher)
            total = time.process_time() - started
            best = min(best, (total, sum(spent)))
    finally:
        pipeline.one_sense_per_article = one_sense
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=400)
    n = parser.parse_args().n
    default_matcher()  # (the gazetteer, loaded once)
    (small, _), (large, _) = seconds(plain(n)), seconds(plain(4 * n))
    base = large / small
    print(f"baseline, known names: {n} -> {4 * n} names: {small:.2f} s -> {large:.2f} s, "
          f"x{base:.1f}")
    (small, pass_small), (large, pass_large) = seconds(guessed(n)), seconds(guessed(4 * n))
    print(f"guessed names, the analysis: {small:.2f} s -> {large:.2f} s, x{large / small:.1f}; "
          f"against the baseline x{large / small / base:.2f}")
    growth = pass_large / pass_small
    print(f"guessed names, the one-sense pass: {pass_small:.3f} s -> {pass_large:.3f} s, "
          f"x{growth:.1f}; against the baseline x{growth / base:.2f} (near 1: as known names; "
          "2 or more: quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
