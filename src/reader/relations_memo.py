"""The partnership map kept between views of it, so `M` after `M` (or ctrl+o back from an
article) builds nothing again, while articles a feed brought in are read and added.

Plain Python, no Textual, and nothing heavy imported: the app holds one from the first `M`; the
relation engine is only imported by the worker that reads what the memo does not know.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.articles import Article
    from reader.relations import Relation, RelationMap

# Relations kept per article content beyond the library shown (a filter narrowed it): a
# bound, so a long session's refreshes do not grow it without end.
KEPT = 20_000


class MapMemo:
    """The last map built and the articles it was built from; each article's relations by
    content, so a changed library is read again only where it changed."""

    def __init__(self) -> None:
        self._articles: list[Article] = []
        self._map: RelationMap | None = None
        self.notice: str | None = None
        self._relations: dict[str, list[Relation]] = {}

    def get(self, articles: Sequence[Article]) -> RelationMap | None:
        """The map of exactly these articles (the same ones, in the same order), if built."""
        if self._map is None or len(articles) != len(self._articles):
            return None
        if any(a is not b for a, b in zip(articles, self._articles, strict=True)):
            return None
        return self._map

    def relations(self, article: Article) -> list[Relation] | None:
        """An article's relations if its content was read before (in this run)."""
        return self._relations.get(article.digest)

    def build(self, articles: Sequence[Article], read: Callable[[Article], list[Relation]],
              cancelled: Callable[[], bool] = lambda: False,
              progress: Callable[[int], None] | None = None
              ) -> list[tuple[Article, list[Relation]]] | None:
        """Each article with its relations: the known ones from here, the others from `read`.
        None when cancelled."""
        found = []
        for number, article in enumerate(articles, 1):
            if cancelled():
                return None
            relations = self.relations(article)
            found.append((article, relations if relations is not None else read(article)))
            if progress is not None:
                progress(number)
        return found

    def keep(self, found: Sequence[tuple[Article, list[Relation]]], relation_map: RelationMap,
             notice: str | None) -> None:
        """Remember the map built from `found` (on the event loop, once the worker is done)."""
        if len(self._relations) + len(found) > KEPT:
            self._relations = {}
        self._relations.update((article.digest, relations) for article, relations in found)
        self._articles = [article for article, _ in found]
        self._map = relation_map
        self.notice = notice
