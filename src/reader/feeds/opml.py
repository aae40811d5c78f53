"""OPML subscription lists, as other feed readers import and export them."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from reader.feeds.parse import ENTITY_DECL

MAX_BYTES = 5 * 1024 * 1024


class OpmlError(ValueError):
    """A file that is not an OPML list we can read; one line for the user."""


def read_opml(path: Path) -> list[tuple[str, str]]:
    """(feed URL, title) of every outline with an `xmlUrl`, nested folders included."""
    try:
        data = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        raise OpmlError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise OpmlError(f"{path}: too large (limit 5 MB)")
    if ENTITY_DECL.search(data):
        raise OpmlError(f"{path}: declares XML entities; refused")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise OpmlError(f"{path}: not OPML ({error})") from None
    if root.tag.lower() != "opml":
        raise OpmlError(f"{path}: not OPML (root element <{root.tag[:40]}>)")
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            title = outline.get("title") or outline.get("text") or ""
            feeds.append((url, " ".join(title.split())))
    return feeds
