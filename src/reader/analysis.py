"""What the library shows of each article beyond its title: language, words, mention counts.

Runs off the event loop on a copy of each article, so the articles the UI holds are never
changed from a worker thread; the caller applies the results (`Analysis.apply`) on its own loop.
Results are cached by content hash (`reader.catalog`), so a library opened again is not
re-analysed.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from reader.articles import Article


@dataclass(frozen=True)
class Analysis:
    """One article's findings: key (path, digest), language, words, companies, models."""

    article: Article
    key: tuple[str, str]
    lang: str | None
    words: int
    companies: int
    models: int

    def apply(self) -> None:
        """Record the findings on the article (on the thread that owns it)."""
        if self.article.lang is None:
            self.article.lang = self.lang
        self.article.__dict__["words"] = self.words


def key_of(article: Article) -> tuple[str, str]:
    """An article's identity for caches: its file and its content hash (not `id()`)."""
    return str(article.path), article.digest


def analyse(articles: Iterable[Article], cancelled: Callable[[], bool] = lambda: False,
            ) -> Iterator[Analysis]:
    """Language, words and mention counts of each article, in order; stops when cancelled."""
    from reader.catalog import Catalog
    from reader.entities import article_found, forget_article
    from reader.language import LanguageCache, article_language

    cache = LanguageCache().load()
    catalog = Catalog().load()
    languages: Counter[str] = Counter()  # a text too short to tell takes the library's
    try:
        for article in articles:
            if cancelled():
                break
            probe = copy.copy(article)  # parsed and detected here, not on the shared article
            lang = article.lang
            if lang is None:
                fallback = languages.most_common(1)[0][0] if languages else None
                lang = article_language(probe, cache, fallback)
            language = article.meta.get("lang") or lang
            if language:
                languages[language] += 1
            known = catalog.get(probe.digest)
            if known is None:
                # Names, not mentions: the row says "6 companies", as the `m` panel lists them.
                kinds = [kind for _, kind in
                         {(m.canonical, m.kind) for m in article_found(probe).in_order()}]
                forget_article(probe)
                known = catalog.put(probe.digest, probe.words, kinds.count("company"),
                                    kinds.count("model"))
            yield Analysis(article, (str(article.path), probe.digest), lang, known.words,
                           known.companies, known.models)
    finally:
        cache.save()
        catalog.save()


__all__ = ["Analysis", "analyse", "key_of"]
