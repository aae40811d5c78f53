"""The English of a relation's evidence sentence, read from the translation cache (no model loaded).

The article view caches each block's English under a key stamped with the mention engine
(`ArticleTranslation.cache_key`); reading it through `ArticleTranslation` keeps the two in step.
"""

from __future__ import annotations

from reader.articles import Article
from reader.relations import Relation, evidence_text, sentences


def english_sentences(items: list[tuple[Article, Relation]]) -> dict[int, str]:
    """Item number -> the English of its evidence, for items whose block is translated.

    The sentence at the same place in the English block when the two have as many sentences,
    else the whole English block.
    """
    from reader.translation.article import ArticleTranslation
    from reader.translation.errors import NoModelError

    found: dict[int, str] = {}
    opened: dict[int, ArticleTranslation | None] = {}
    for number, (article, relation) in enumerate(items):
        key = id(article)
        if key not in opened:
            try:
                opened[key] = ArticleTranslation.open(article, detect_languages=False)
            except (NoModelError, OSError, ValueError):
                opened[key] = None
        translation = opened[key]
        if translation is None or not (0 <= relation.block < len(article.blocks)):
            continue
        english = translation.targets.get(relation.block)
        block = article.blocks[relation.block].text
        if not english:
            continue
        found[number] = _sentence(block, english, relation.evidence)
    return found


def _sentence(block: str, english: str, evidence: str) -> str:
    french = [evidence_text(block[s:e]) for s, e in sentences(block)]
    parts = [evidence_text(english[s:e]) for s, e in sentences(english)]
    if len(french) == len(parts):
        target = evidence[:40]
        for index, sentence in enumerate(french):
            if sentence[:40] == target or target.startswith(sentence[:20]):
                return parts[index]
    return evidence_text(english)
