"""Feeds and pages into entries and Markdown: feedparser, a JSON Feed reader, trafilatura.

feedparser, trafilatura and lxml are imported inside the functions: start-up never pays for them.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from urllib.parse import quote, urljoin, urlsplit

from reader.text import clean

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


@dataclass
class Page:
    title: str
    markdown: str
    author: str = ""
    date: str = ""
    lang: str = ""
    canonical: str = ""
    feeds: list[tuple[str, str]] = field(default_factory=list)  # (type, url) advertised
    article: bool = False  # the page says it is an article (og:type, JSON-LD)
    paywalled: bool = False  # the page says part of it is for subscribers (schema.org)


# ---- charsets ---------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# What browsers do (WHATWG Encoding): these labels mean windows-1252.
_AS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii",
            "iso_8859-1", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(body: bytes, header_charset: str | None = None) -> str:
    """Page bytes to text: a BOM, then the HTTP charset, then `<meta>`, then UTF-8 or cp1252."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(name, errors="replace")
    candidates = [_codec(header_charset)]
    match = _META_CHARSET.search(body[:4096])
    if match:
        candidates.append(_codec(match.group(1).decode("ascii", "replace")))
    for name in candidates:
        if name:
            if name == "utf-8":
                break  # a declared UTF-8 page with bad bytes: try strict, then cp1252 below
            return body.decode(name, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


# ---- feeds ------------------------------------------------------------------------------------

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


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
        if _ENTITY_DECL.search(body):
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


def _http(link: str, base: str) -> str:
    """An absolute http(s) address, or "" (no `javascript:` or `file:` link is ever followed)."""
    link = (link or "").strip()
    if not link:
        return ""
    # Controls, spaces and bidi marks are no part of an address: encoded, they cannot reach a
    # terminal in a failure line, and the server still gets what the feed meant.
    absolute = _URL_UNSAFE.sub(lambda m: quote(m.group()), urljoin(base, link))
    try:
        parts = urlsplit(absolute)
    except ValueError:
        return ""
    return absolute if parts.scheme in ("http", "https") and parts.hostname else ""


_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _line(text: str) -> str:
    return " ".join(clean(text or "").split())


# ---- pages ------------------------------------------------------------------------------------

_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_JSON_LD_ARTICLE = re.compile(r'"@type"\s*:\s*\[?[^\]}]*"(?:News)?Article"', re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
# AMP pages write their images as <amp-img>, which trafilatura does not know: alt text lost.
_AMP_IMG = re.compile(r"<(/?)amp-img\b", re.IGNORECASE)
# The schema.org mark that news sites give search engines for subscriber-only text.
_PAYWALL = re.compile(r'"isAccessibleForFree"\s*:\s*"?false\b', re.IGNORECASE)
_HTML_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
              "application/json")


def head_links(html: str, url: str) -> tuple[str, list[tuple[str, str]]]:
    """The page's canonical address and the feeds it advertises, from its `<link>` tags."""
    head = html[:200_000]
    canonical = ""
    feeds: list[tuple[str, str]] = []
    for tag in _LINK_TAG.findall(head):
        attrs = {m.group(1).lower(): unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag)}
        rel = attrs.get("rel", "").lower().split()
        href = _http(attrs.get("href", ""), url)
        if not href:
            continue
        if "canonical" in rel and not canonical:
            canonical = href
        kind = attrs.get("type", "").lower().strip()
        if "alternate" in rel and kind in FEED_TYPES and href not in [f for _, f in feeds]:
            feeds.append((kind, href))
    return canonical, feeds


def says_article(html: str) -> bool:
    """Whether the page calls itself an article: `og:type` article, or JSON-LD (News)Article."""
    head = html[:200_000]
    for tag in _META_TAG.findall(head):
        attrs = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "").lower()
                 for m in _ATTR.finditer(tag)}
        if attrs.get("property") == "og:type" and attrs.get("content") == "article":
            return True
    return _JSON_LD_ARTICLE.search(head) is not None


def extract_page(html: str, url: str) -> Page:
    """Main text of an article page as Markdown, with its title, author, date and language."""
    import trafilatura

    canonical, feeds = head_links(html, url)
    html = _AMP_IMG.sub(r"<\1img", html)
    document = trafilatura.extract_with_metadata(
        html, url=url, output_format="markdown", include_links=True, include_images=True,
        include_tables=True, include_comments=False, include_formatting=True,
        # The extensive search falls back on a copyright year or a related link's address
        # (2024-01-01, 2026-02-01): a wrong date is worse than none.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    lang = _HTML_LANG.search(html[:20_000])
    page = Page(title="", markdown="", canonical=canonical, feeds=feeds,
                lang=lang.group(1).lower() if lang else "", article=says_article(html),
                paywalled=_PAYWALL.search(html[:200_000]) is not None)
    if document is None:
        return page
    page.title = _line(document.title or "")
    page.author = _line(document.author or "")
    page.date = document.date or ""
    page.markdown = safe_markdown(_without_header(document.text or ""), url)
    return page


def _without_header(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


_MD_LINK = re.compile(r"(!?)\[((?:[^\[\]\\]|\\.)*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\))?)"
                      r"(?:\s+\"[^\"\n]*\")?\s*\)")


def safe_markdown(markdown: str, base: str) -> str:
    """Links keep only http(s)/mailto targets (resolved against the page); images keep alt text."""

    def fix(match: re.Match[str]) -> str:
        bang, label, target = match.group(1), match.group(2), match.group(3).strip("<>")
        if bang:
            alt = label.strip()
            return f"*{alt}*" if alt else ""
        if target.lower().startswith("mailto:"):
            return f"[{label}]({target})"
        absolute = _http(target, base)
        if not absolute:
            return label
        return f"[{label}]({absolute})"  # _http encoded any space

    return clean(_MD_LINK.sub(fix, markdown)).strip() + "\n"


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
