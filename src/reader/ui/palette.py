"""A palette provider made of named commands: (name, help, callback), matched by name or words.

Names and help carry outside text (a source's name, a title, an address): every hit is built from
Content, never from a string, which the palette would read as markup ("[/]" raised MarkupError
in its search worker and ended the app; "[@click=app.quit]" made a link).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

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


def literal(text: str) -> str:
    """`text` as a hit's help, shown as written.

    Hit.help is typed str, and the palette passes it to Content.from_markup, which returns a
    Content unchanged: a Content is the one way to keep a title or an address from being parsed.
    """
    return cast(str, Content(text))


def highlighted(matcher: Matcher, text: str) -> Content:
    """`text` as written, the letters the query matched marked as Matcher.highlight marks them
    (which parses the text as markup first, and then marks the wrong letters too)."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets if score else ():
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def command_hit(matcher: Matcher, query: str, command: Command) -> Hit | None:
    """The hit for `command`: by its name (highlighted), else by the words of its help."""
    name, help, callback = command
    score = matcher.match(name)
    if score > 0:
        return Hit(score, highlighted(matcher, name), callback, text=name, help=literal(help))
    score = words_score(query, f"{name} {help}")
    if score > 0:
        return Hit(score, Content(name), callback, text=name, help=literal(help))
    return None


class NamedCommands(Provider):
    """Lists `commands()`; the first `SHOWN` are offered before anything is typed."""

    SHOWN = 1

    def commands(self) -> list[Command]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for name, help, callback in self.commands()[: self.SHOWN]:
            yield DiscoveryHit(Content(name), callback, text=name, help=literal(help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.commands():
            hit = command_hit(matcher, query, command)
            if hit is not None:
                yield hit
