"""Command palette entries: search the whole library and open an article at the match."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Protocol, cast

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.articles import Article
from reader.search import fold
from reader.ui.palette import Command, NamedCommands, command_hit, literal

MAX_RESULTS = 30
SEARCH = "Search the library…"
SEARCH_HELP = "Type words to find them in every article"


class LibraryIndex(Protocol):
    """What the library search needs from the app's main screen (which provides it)."""

    def searchable(self) -> Iterable[Article]:
        """The library's articles, in the order results are listed."""

    def folded_text(self, article: Article) -> str:
        """An article's title and text in search form."""

    def open_at_match(self, article: Article, block: int, query: str) -> None:
        """Open `article` at `block` with the find on `query`."""


class LibrarySearch(Provider):
    """`ctrl+p`, then type: every article whose text has the words, opened at the match."""

    async def discover(self) -> Hits:
        yield DiscoveryHit(Content(SEARCH), self._open_search, text=SEARCH, help=SEARCH_HELP)

    def _open_search(self) -> None:
        # A palette of the library alone: the words typed next go into its search box, never to
        # the app as keys (before, a toast asked to reopen the palette and "Nvidia" pressed v, d…).
        self.app.push_screen(
            CommandPalette(providers=[LibraryMatches],
                           placeholder="Words to find in every article…")
        )

    async def search(self, query: str) -> Hits:
        # Typing "search" (or "find") found the articles with those letters, never the command.
        hit = command_hit(self.matcher(query), query, (SEARCH, SEARCH_HELP, self._open_search))
        if hit is not None:
            # Above the articles' text matches (scored under 0.5), as a named command is.
            hit.score = max(hit.score, 0.6)
            yield hit
        async for found in self._matches(query):
            yield found

    async def _matches(self, query: str) -> Hits:
        index = cast(LibraryIndex, self.app.screen_stack[0])
        needle = fold(query.strip())
        if len(needle) < 2:
            return
        found = 0
        for article in list(index.searchable()):
            if needle not in index.folded_text(article):
                continue  # most articles: one look at a cached fold, no parse
            for number, block in enumerate(article.blocks):
                folded = fold(block.text)
                position = folded.find(needle)
                if position < 0:
                    continue
                snippet = _snippet(block.text, position, len(needle))
                yield Hit(
                    # Below a command the words name ("part": Partnership map first; a command
                    # matches with a score up to 1), in reading order among themselves.
                    0.5 - found / 1000,
                    Content.assemble(
                        Content.styled(_title(article.title), "bold"), "  ", Content(snippet)
                    ),
                    partial(index.open_at_match, article, number, query.strip()),
                    text=f"{article.title} {snippet}",
                    help=literal(f"{article.id}, block {number + 1}"),  # a file's name
                )
                found += 1
                break
            if found >= MAX_RESULTS:
                return


class LibraryMatches(LibrarySearch):
    """The library search alone, as "Search the library…" opens it: nothing listed before typing."""

    async def discover(self) -> Hits:
        return
        yield  # an async generator that yields nothing

    async def search(self, query: str) -> Hits:
        async for found in self._matches(query):  # the articles only: no command to open it
            yield found


def _snippet(text: str, position: int, length: int, room: int = 60) -> str:
    # Cut between words, never inside one ("…artenariat"), on both sides of the match.
    start = max(0, position - room // 3)
    if start:
        start = text.rfind(" ", 0, start) + 1
    end = start + room
    if end < len(text) and (space := text.rfind(" ", position + length, end)) >= 0:
        end = space
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _title(title: str, room: int = 50) -> str:
    if len(title) <= room:
        return title
    cut = title[: room - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > room // 2 else cut).rstrip() + "…"


class MapCommand(NamedCommands):
    """"Partnership map" in the palette: the same screen as `M`."""

    def commands(self) -> list[Command]:
        return [("Partnership map", "Who works with whom in the library, with the sentences (M)",
                 self._open)]

    def _open(self) -> None:
        self.app.screen_stack[0].action_partnership_map()  # type: ignore[attr-defined]


class SettingsCommand(NamedCommands):
    """"Settings (config.toml)": where the settings file is. It is read at start and never
    written by the app (choices made in the app live in the state file), so the palette says
    where it is and how to see what is in effect, and copies the path for an editor."""

    def commands(self) -> list[Command]:
        return [("Settings (config.toml)",
                 "Where the config file is: reading width, theme, translation options",
                 self._show)]

    def _show(self) -> None:
        from reader.settings import config_path

        path = config_path()
        there = "" if path.exists() else " (not created yet)"
        self.app.copy_to_clipboard(str(path))
        self.app.notify(
            f"Settings file{there}: {path} (path copied). reader config show lists every "
            "setting and where it comes from; changes apply at the next start.",
            title="Settings", markup=False, timeout=12,
        )
