"""The data every part of the engine shares: kinds of mentions, a mention, a gazetteer entry."""

from __future__ import annotations

from dataclasses import dataclass

COMPANY = "company"
MODEL = "model"
KINDS = (COMPANY, MODEL)
SENSES = frozenset({COMPANY, MODEL, "platform", "person", "word"})


# What one space in a multi-word name may be in the text: spaces, or one line break (Markdown
# wraps paragraphs), but never a blank line.
SP = r"(?:[ \t\u00a0\u2009\u202f]+(?:\n[ \t]*)?|\n[ \t]*)"
APOSTROPHES = "'’ʼ"
HYPHENS = "-‐‑"
MASK = "\x00"  # replaces what is not prose; never a word character nor a space


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in text: `text == source[start:end]`."""

    start: int
    end: int
    kind: str
    canonical: str
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One gazetteer entry (see the header of gazetteer.toml for the fields)."""

    name: str
    kind: str
    forms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    maker: str | None = None
    also: frozenset[str] = frozenset()
    requires: tuple[str, ...] = ()
    strict_case: bool = False
    ignore: bool = False
    assistant: bool = False


class GazetteerError(ValueError):
    """An entry that cannot be used; the message is one line."""

