"""Where to look in an article: its blocks, its cells, its Markdown source."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.entities.base import Mention
from reader.entities.matcher import Matcher, default_matcher
from reader.entities.prose import mask_ranges

if TYPE_CHECKING:
    from reader.articles import Article
    from reader.document import Block, Cell

_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)
_LINK_DEST = re.compile(
    r"(?<=\])\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\)"
)
_REF_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>")
_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_MAYBE_CODE_BLOCK = re.compile(r"```|~~~|^(?: {4}|\t)", re.MULTILINE)


def markdown_prose(source: str) -> str:
    """`source` with everything that is not prose masked (same length, same offsets)."""
    ranges: list[tuple[int, int]] = []
    if _MAYBE_CODE_BLOCK.search(source):
        from reader.document import _parser

        starts = [0]
        for line in source.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        for token in _parser().parse(source):
            if token.type in ("fence", "code_block") and token.map:
                first, last = token.map
                ranges.append((starts[first], min(starts[min(last, len(starts) - 1)], len(source))))
    text = mask_ranges(source, ranges) if ranges else source
    more: list[tuple[int, int]] = []
    for regex in (_INLINE_CODE, _LINK_DEST, _REF_DEF, _AUTOLINK, _HTML):
        more.extend(m.span() for m in regex.finditer(text))
    return mask_ranges(text, more) if more else text


def find_in_markdown(source: str, matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in Markdown source, ignoring code, link targets, URLs and HTML tags."""
    matcher = matcher or default_matcher()
    prose = markdown_prose(source)
    return [_retext(m, source) for m in matcher.find(prose)]


def _retext(mention: Mention, source: str) -> Mention:
    text = source[mention.start : mention.end]
    if text == mention.text:
        return mention
    return Mention(mention.start, mention.end, mention.kind, mention.canonical, text)


_article_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _article_prose(article: Article) -> str:
    cached = _article_cache.get(article)
    if cached is not None and cached[0] == article.digest:
        return cached[1]
    body = article.body
    prose = markdown_prose(body) if article.markdown else body
    _article_cache[article] = (article.digest, prose)
    return prose


def forget_article(article: Article) -> None:
    """Drop the cached prose of an article (a big library counts, then lets go)."""
    _article_cache.pop(article, None)


def article_mentions(article: Article, matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in an article's body, with offsets into `article.text` (front matter skipped)."""
    matcher = matcher or default_matcher()
    offset = article.body_offset
    prose = _article_prose(article)
    return [
        Mention(m.start + offset, m.end + offset, m.kind, m.canonical,
                article.text[m.start + offset : m.end + offset])
        for m in matcher.find(prose)
    ]


def _without_code(text: str, spans: Iterable) -> str:
    ranges = [(s.start, s.end) for s in spans if s.style == "code"]
    return mask_ranges(text, ranges) if ranges else text


def cell_mentions(cell: Cell, article: Article | None = None,
                  matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in one table cell, offsets into `cell.text`; inline code excluded."""
    matcher = matcher or default_matcher()
    context = _article_prose(article) if article is not None else None
    return _cell_mentions(cell, context, matcher)


def _cell_mentions(cell: Cell, context: str | None, matcher: Matcher) -> list[Mention]:
    found = matcher.find(_without_code(cell.text, cell.spans), context)
    return [_retext(m, cell.text) for m in found]


def block_mentions(block: Block, article: Article | None = None,
                   matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in a parsed block, offsets into `block.text`; code spans and code blocks excluded.

    Pass the article the block comes from so that names whose sense depends on the whole text
    (a first name, a name that is both company and model) are judged as article_mentions judges
    them.
    """
    from reader import document

    matcher = matcher or default_matcher()
    if block.kind in (document.CODE, document.RULE):
        return []
    if block.kind == document.TABLE and block.rows:
        found: list[Mention] = []
        offset = 0
        # Without the article, the table is the text its cells are judged in.
        table_context = _article_prose(article) if article is not None else block.text
        for row in block.rows:
            for cell in row:
                for m in _cell_mentions(cell, table_context, matcher):
                    found.append(Mention(m.start + offset, m.end + offset, m.kind,
                                         m.canonical, m.text))
                offset += len(cell.text) + 1  # the tab or newline joining cells
        return [m for m in found if block.text[m.start : m.end] == m.text]
    context = _article_prose(article) if article is not None else None
    found = matcher.find(_without_code(block.text, block.spans), context)
    return [_retext(m, block.text) for m in found]
