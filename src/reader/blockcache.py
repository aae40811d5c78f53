"""The parsed blocks of the article shown at start-up, kept on disk between runs.

Parsing that article needs markdown-it, whose import alone costs about 20 ms before the first
paint. The blocks of the article open at the last exit are stored here; the next start draws
them without importing markdown-it, which loads after the first paint.

A stored entry is used only for the very text it was parsed from (its path and the hash of its
content, checked against the text just read), by this version of the format; anything else (a
changed file, a truncated or foreign file, a field of the wrong type) is a miss, and the
article is parsed as if there were no cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from functools import cache
from pathlib import Path

from reader import __version__, document
from reader.articles import Article
from reader.document import Block, Cell, Span
from reader.paths import cache_dir, seeds_dir

log = logging.getLogger("reader")

# Bumped whenever Block, Cell or Span change, or the parse gives other blocks for one text.
VERSION = 1
MAX_CHARS = 400_000  # a longer article is parsed a screen at a time (Article.head) anyway
FILE_NAME = "first-article.json"


# The bundled articles' blocks, shipped with them, so that a first start (no cache yet) needs
# no markdown-it either; checked like the cache. `python -m reader.blockcache` writes it anew.
BUNDLED = Path(__file__).with_name("data") / "seed-blocks.json"


def cache_path() -> Path:
    return cache_dir() / FILE_NAME


@cache
def _parser_code() -> str:
    """This reader's version and a hash of the parsing module: blocks stored by another parse
    (an upgrade, a change to document.py) are never used, even when VERSION was not bumped."""
    try:
        source = Path(document.__file__).read_bytes()
    except OSError:
        source = b""
    return f"{__version__}:{hashlib.blake2b(source, digest_size=8).hexdigest()}"


def _key(article: Article, bundled: bool = False) -> dict[str, object]:
    # A bundled article is known by its name: the package sits wherever it was installed.
    where = article.path.name if bundled else str(article.path.resolve())
    return {"version": VERSION, "code": _parser_code(), "path": where, "digest": article.digest,
            "body_line": article.body_line, "markdown": article.markdown}


def load(article: Article, path: Path | None = None) -> list[Block] | None:
    """The stored blocks of `article`, or None when none are stored for exactly its text."""
    blocks = _load(path or cache_path(), lambda data: data, _key(article))
    if blocks is None and path is None and article.path.parent.resolve() == seeds_dir().resolve():
        blocks = _load(BUNDLED, lambda data: data["articles"].get(article.path.name),
                       _key(article, bundled=True))
    return blocks


def _load(path: Path, entry, key: dict[str, object]) -> list[Block] | None:
    try:
        with open(path, encoding="utf-8") as handle:
            data = entry(json.load(handle))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return [_block(item) for item in data["blocks"]]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        log.info("block cache %s not used: %s", path, type(error).__name__)
        return None


def save(article: Article, path: Path | None = None) -> None:
    """Store the blocks of `article` (already parsed: nothing is parsed here) for the next run."""
    if not article.parsed or len(article.text) > MAX_CHARS:
        return
    path = path or cache_path()
    data = {"key": _key(article), "blocks": [_plain(block) for block in article.blocks]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                             encoding="utf-8")
        os.replace(temporary, path)  # a reader of the file sees the old entry or the new one
    except OSError as error:
        log.info("block cache %s not written: %s", path, error)


def bundled_entries() -> dict[str, object]:
    """What BUNDLED holds for the bundled articles as they are now (parsed here)."""
    from reader.articles import load_library

    articles = sorted(load_library([seeds_dir()]).articles, key=lambda a: a.path.name)
    return {"articles": {a.path.name: {"key": _key(a, bundled=True),
                                       "blocks": [_plain(b) for b in a.blocks]}
                         for a in articles}}


def _plain(block: Block) -> list:
    return [block.kind, block.text, [_plain_span(s) for s in block.spans], block.level,
            block.marker, block.line,
            [[[c.text, [_plain_span(s) for s in c.spans], c.align] for c in row]
             for row in block.rows],
            block.href, block.info, block.quote, block.checked]


def _plain_span(span: Span) -> list:
    return [span.start, span.end, span.style, span.href]


def _block(item: list) -> Block:
    kind, text, spans, level, marker, line, rows, href, info, quote, checked = item
    block = Block(kind, text, tuple(_span(s) for s in spans), level, marker, line,
                  tuple(tuple(Cell(_str(c[0]), tuple(_span(s) for s in c[1]), _str(c[2]))
                              for c in row) for row in rows),
                  href, info, quote, checked)
    if not (isinstance(kind, str) and isinstance(text, str) and isinstance(marker, str)
            and isinstance(info, str) and type(level) is int and type(line) is int
            and type(quote) is int and (href is None or isinstance(href, str))
            and (checked is None or type(checked) is bool)):
        raise TypeError("a block field of the wrong type")
    return block


def _span(item: list) -> Span:
    start, end, style, href = item
    if not (type(start) is int and type(end) is int and isinstance(style, str)
            and (href is None or isinstance(href, str))):
        raise TypeError("a span field of the wrong type")
    return Span(start, end, style, href)


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("a cell field of the wrong type")
    return value


if __name__ == "__main__":  # after a change to the bundled articles or to parsing
    BUNDLED.write_text(json.dumps(bundled_entries(), ensure_ascii=False, indent=0) + "\n",
                       encoding="utf-8")
