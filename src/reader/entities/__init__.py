"""Company and AI-model mentions: the gazetteer, the matcher, and where to look in an article.

The gazetteer is data (src/reader/data/gazetteer.toml, plus the user's entities.toml); its
header documents the format and the annotation decisions. Matching is one regular expression
built from a trie of every surface form, then per-candidate rules for the few names that need
context. A company missing from the gazetteer is still found where the words around it can only
introduce a business ("la start-up X", "le patron de X"); Matcher(guess_unknown=False) turns
that off.

Modules, by concern: base (Mention, Entity), gazetteer (files), patterns (regexes from names),
lexicon (cue words), rules (what the words around a name say), guessing (companies introduced by
cue words), shapes, unseen and lists (names never seen, by their shape and the structure of the
news; the lists that name several), matcher, prose (what is not prose), sense (one sense per
article, canonical names), pipeline (the one place an article's mentions are found: blocks,
cells, offsets in the file).

Names are exported lazily: `from reader.entities import ENGINE_VERSION` (a cache stamp) costs
nothing, while `block_mentions` or `default_matcher` load the engine and compile its patterns.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.entities.base import COMPANY, KINDS, MODEL, Entity, GazetteerError, Mention
    from reader.entities.gazetteer import (
        BUNDLED,
        USER_FILE_NAME,
        entity_from_dict,
        load_gazetteer,
        user_entities_path,
    )
    from reader.entities.matcher import Matcher, default_matcher
    from reader.entities.pipeline import (
        Found,
        article_found,
        article_mentions,
        block_mentions,
        cell_mentions,
        find_in_blocks,
        find_in_markdown,
        forget_article,
    )
    from reader.entities.version import ENGINE_VERSION

_MODULE_OF = {
    **dict.fromkeys(["COMPANY", "KINDS", "MODEL", "Entity", "GazetteerError", "Mention"], "base"),
    **dict.fromkeys(["BUNDLED", "USER_FILE_NAME", "entity_from_dict", "load_gazetteer",
                     "user_entities_path"], "gazetteer"),
    **dict.fromkeys(["Matcher", "default_matcher"], "matcher"),
    **dict.fromkeys(["Found", "article_found", "article_mentions", "block_mentions",
                     "cell_mentions", "find_in_blocks", "find_in_markdown", "forget_article"],
                    "pipeline"),
    "ENGINE_VERSION": "version",
}

__all__ = [
    "BUNDLED",
    "COMPANY",
    "ENGINE_VERSION",
    "KINDS",
    "MODEL",
    "USER_FILE_NAME",
    "Entity",
    "Found",
    "GazetteerError",
    "Matcher",
    "Mention",
    "article_found",
    "article_mentions",
    "block_mentions",
    "cell_mentions",
    "default_matcher",
    "entity_from_dict",
    "find_in_blocks",
    "find_in_markdown",
    "forget_article",
    "load_gazetteer",
    "user_entities_path",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.entities' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"reader.entities.{module}"), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value
