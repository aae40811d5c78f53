"""A palette provider made of named commands: (name, help, callback), matched by name or words."""

from __future__ import annotations

import re
from collections.abc import Callable

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from reader.search import fold

Command = tuple[str, str, Callable[[], object]]

# A command found by the words of its help only ("config" for "Settings…", "download" for a
# command that says it downloads) comes below those whose names match.
WORDS_SCORE = 0.3


def words_score(query: str, text: str) -> float:
    """WORDS_SCORE when every word of `query` starts a word of `text` (accents and case
    aside), else 0."""
    wanted = re.findall(r"\w+", fold(query))
    if not wanted:
        return 0.0
    words = re.findall(r"\w+", fold(text))
    found = all(any(word.startswith(part) for word in words) for part in wanted)
    return WORDS_SCORE if found else 0.0


def command_hit(matcher: Matcher, query: str, command: Command) -> Hit | None:
    """The hit for `command`: by its name (highlighted), else by the words of its help."""
    name, help, callback = command
    score = matcher.match(name)
    if score > 0:
        return Hit(score, matcher.highlight(name), callback, text=name, help=help)
    score = words_score(query, f"{name} {help}")
    if score > 0:
        return Hit(score, Content(name), callback, text=name, help=help)
    return None


class NamedCommands(Provider):
    """Lists `commands()`; the first `SHOWN` are offered before anything is typed."""

    SHOWN = 1

    def commands(self) -> list[Command]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for name, help, callback in self.commands()[: self.SHOWN]:
            yield DiscoveryHit(name, callback, help=help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.commands():
            hit = command_hit(matcher, query, command)
            if hit is not None:
                yield hit
