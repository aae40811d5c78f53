"""Command palette entries: search the whole library and open an article at the match."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.search import fold

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

MAX_RESULTS = 30


class LibrarySearch(Provider):
    """`ctrl+p`, then type: every article whose text has the words, opened at the match."""

    async def discover(self) -> Hits:
        yield DiscoveryHit(
            "Search the library…",
            self._hint,
            help="Type words to find them in every article",
        )

    def _hint(self) -> None:
        self.app.notify("Type words after opening the palette to search every article", timeout=3)

    async def search(self, query: str) -> Hits:
        app: ReaderApp = self.app  # type: ignore[assignment]
        needle = fold(query.strip())
        if len(needle) < 2:
            return
        found = 0
        for article in app.library.articles:
            if needle not in app.folded_text(article):
                continue  # most articles: one look at a cached fold, no parse
            for index, block in enumerate(article.blocks):
                folded = fold(block.text)
                position = folded.find(needle)
                if position < 0:
                    continue
                snippet = _snippet(block.text, position, len(needle))
                yield Hit(
                    100 - found,  # reading order: earlier articles first
                    Content.assemble(
                        Content.styled(article.title[:50], "bold"), "  ", Content(snippet)
                    ),
                    partial(app.open_at_match, article, index, query.strip()),
                    text=f"{article.title} {snippet}",
                    help=f"{article.id}, block {index + 1}",
                )
                found += 1
                break
            if found >= MAX_RESULTS:
                return


def _snippet(text: str, position: int, length: int, room: int = 60) -> str:
    start = max(0, position - room // 3)
    piece = " ".join(text[start : start + room].split())
    return ("…" if start else "") + piece + ("…" if start + room < len(text) else "")


class MapCommand(Provider):
    """"Partnership map" in the palette: the same screen as `M`."""

    async def discover(self) -> Hits:
        yield DiscoveryHit("Partnership map", self._open,
                           help="Who works with whom in the library, with the sentences")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        score = matcher.match("Partnership map")
        if score > 0:
            yield Hit(score, matcher.highlight("Partnership map"), self._open,
                      help="Who works with whom in the library, with the sentences")

    def _open(self) -> None:
        self.app.action_partnership_map()  # type: ignore[attr-defined]
