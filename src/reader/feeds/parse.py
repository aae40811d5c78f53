"""Feeds into entries and Markdown: feedparser, a JSON Feed reader; pages: reader.webpage.

feedparser and lxml are imported inside the functions: start-up never pays for them.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape

from reader.webpage import http_address as _http
from reader.webpage import plain_line as _line

MAX_ITEMS = 200


class ParseError(Exception):
    """Bytes that are not a feed or page we can read; the message is one line."""


@dataclass
class Entry:
    guid: str
    link: str
    title: str
    author: str = ""
    date: str = ""  # ISO 8601, UTC, when known
    updated: str = ""  # what changes when the publisher edits the entry
    content: str = ""  # HTML
    summary: str = ""  # HTML


@dataclass
class Feed:
    title: str
    link: str
    entries: list[Entry] = field(default_factory=list)



# ---- feeds ------------------------------------------------------------------------------------

# In every encoding an XML parser detects by itself (a UTF-16 or UTF-32 feed too).
ENTITY_DECL = re.compile(b"|".join(
    re.escape("<!ENTITY".encode(codec))
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
), re.IGNORECASE)


def looks_like_feed(body: bytes, content_type: str) -> bool:
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if content_type in ("application/feed+json", "application/json") or head.startswith(b"{"):
        return b"jsonfeed.org" in body[:4096].lower()
    if content_type in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    if head.startswith(b"<?xml") or content_type in ("text/xml", "application/xml"):
        return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    # No XML declaration, served as text/html or text/plain: a feed root element first.
    return re.match(rb"(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:rdf)\b", head, re.DOTALL) is not None


def parse_feed(body: bytes, url: str, content_type: str = "", max_items: int = MAX_ITEMS) -> Feed:
    """Entries of an RSS 0.9x/1.0/2.0, Atom or JSON feed, newest first, at most `max_items`."""
    if body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        feed = _json_feed(body, url)
    else:
        # Entity declarations are how "billion laughs" and external-entity reads start; no
        # feed needs them, so they are refused before any XML parser sees the bytes.
        if ENTITY_DECL.search(body):
            raise ParseError("the feed declares XML entities; refused")
        feed = _xml_feed(body, url, content_type)
    feed.entries = _newest(_unique(feed.entries), max_items)
    return feed


def _xml_feed(body: bytes, url: str, content_type: str) -> Feed:
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True,
                              resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0][:120]})" if reason else ""
        raise ParseError(f"not a feed{detail}")
    meta = parsed.feed
    entries = []
    for item in parsed.entries:
        link = _http(item.get("link", ""), url)
        # dict.get: feedparser's own get() maps updated_parsed to published_parsed, with a warning.
        published, updated = dict.get(item, "published_parsed"), dict.get(item, "updated_parsed")
        content = ""
        if item.get("content"):
            content = max((c.get("value", "") for c in item.content), key=len)
        entries.append(Entry(
            guid=str(item.get("id") or item.get("guid") or ""),
            link=link,
            title=_line(unescape(item.get("title", ""))),
            author=_line(item.get("author", "")),
            date=_iso(published or updated),
            updated=_iso(updated) or _iso(published),
            content=content,
            summary=item.get("summary", ""),
        ))
    return Feed(_line(meta.get("title", "")), _http(meta.get("link", ""), url), entries)


def _json_feed(body: bytes, url: str) -> Feed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ParseError("not a feed (invalid JSON)") from None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise ParseError("not a feed (JSON without a JSON Feed version)")
    items = data.get("items")
    entries = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        # JSON Feed 1.1 `authors` (a list), 1.0 `author` (an object); anything else is no name.
        authors = item.get("authors") or [item.get("author")]
        if not isinstance(authors, list):
            authors = []
        names = [a.get("name", "") for a in authors if isinstance(a, dict)]
        published = _json_date(item.get("date_published"))
        entries.append(Entry(
            guid=_text(item.get("id")),
            link=_http(_text(item.get("url")), url),
            title=_line(_text(item.get("title"))),
            author=_line(", ".join(n for n in names if isinstance(n, str))),
            date=published,
            updated=_json_date(item.get("date_modified")) or published,
            content=_text(item.get("content_html")) or _plain_html(_text(item.get("content_text"))),
            summary=_plain_html(_text(item.get("summary"))),
        ))
    return Feed(_line(_text(data.get("title"))), _http(_text(data.get("home_page_url")), url),
                entries)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _plain_html(text: str) -> str:
    from html import escape

    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())


def _unique(entries: list[Entry]) -> list[Entry]:
    """Duplicate GUIDs in one feed: the first one counts. Entries get a GUID if they have none."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        if not entry.guid:
            basis = entry.link or f"{entry.title}\n{entry.content or entry.summary}"
            entry.guid = entry.link or "sha1:" + hashlib.sha1(basis.encode()).hexdigest()
        if entry.guid in seen:
            continue
        seen.add(entry.guid)
        out.append(entry)
    return out


def _newest(entries: list[Entry], limit: int) -> list[Entry]:
    # Stable: undated entries keep the feed's order (feeds list newest first by habit).
    dated = sorted(entries, key=lambda e: e.date or "", reverse=True) if any(
        e.date for e in entries) else entries
    return dated[:limit]


def _iso(parsed: time.struct_time | None) -> str:
    if not parsed:
        return ""
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    except (TypeError, ValueError):
        return ""


def _json_date(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):  # OverflowError: a year-1 or year-9999 date moved to UTC
        return ""



def html_to_markdown(fragment: str, base: str) -> str:
    """A feed entry's HTML (content or summary) as plain Markdown paragraphs."""
    if not fragment.strip():
        return ""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several kinds for junk; the text is what matters
        return _line(re.sub(r"<[^>]+>", " ", fragment)) + "\n"
    for bad in root.xpath("//script|//style|//iframe|//form|//object|//embed"):
        bad.drop_tree()
    blocks = []
    for element in root.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"):
        text = _line(element.text_content())
        if not text:
            continue
        tag = element.tag
        if tag.startswith("h") and len(tag) == 2:
            blocks.append("#" * min(int(tag[1]) + 1, 6) + " " + text)
        elif tag == "li":
            blocks.append("- " + _literal(text))
        else:
            blocks.append(_literal(text))
    if not blocks:
        text = _line(root.text_content())
        blocks = [text] if text else []
    return "\n\n".join(blocks) + ("\n" if blocks else "")


_BLOCK_MARKER = re.compile(r"^(?:[#>+*=`~-])")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])(\s|$)")


def _literal(text: str) -> str:
    """A paragraph of plain text that Markdown must not read as a heading, list or quote."""
    if _BLOCK_MARKER.match(text):
        return "\\" + text
    return _ORDERED_MARKER.sub(r"\1\\\2\3", text, count=1)


def words(markdown: str) -> int:
    return len(re.findall(r"\w+", markdown))
