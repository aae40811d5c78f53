"""How reader words counts: one helper, so "1 article" and "2 articles" agree everywhere."""

from __future__ import annotations

# Nouns whose plural is not the singular plus "s".
_PLURALS = {"match": "matches", "company": "companies"}


def plural(count: int, noun: str) -> str:
    """`noun` as it goes after `count`: "article" after 1, "articles" after 0 or 2."""
    if count == 1:
        return noun
    return _PLURALS.get(noun, noun + "s")


def counted(count: int, noun: str) -> str:
    """A count and its noun: "1 article", "3 articles", "2 matches", "0 companies"."""
    return f"{count:,} {plural(count, noun)}"


def agree(count: int, verb: str) -> str:
    """A present-tense verb after a count's noun: "1 article mentions", "2 articles mention"."""
    return verb + "s" if count == 1 else verb
