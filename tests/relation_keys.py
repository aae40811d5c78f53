"""The relations an article's text gives, as (type, a, b, status): what the relation tests
compare."""

from __future__ import annotations

from pathlib import Path

from reader.articles import article_from_text
from reader.relations import article_relations


def keys(text: str) -> set[tuple[str, str, str, str]]:
    article = article_from_text(text, Path("t.md"))
    return {(r.type, r.a, r.b, r.status) for r in article_relations(article)}
