"""Web pages into article Markdown: charsets, the page's own links and marks, trafilatura.

Shared by `reader add` (pages from the network) and by opening a local .html file. trafilatura
and lxml are imported inside the functions: start-up never pays for them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import quote, urljoin, urlsplit

from reader.text import clean


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


# Python codecs no web page is written in: they rewrite backslashes in the text
# (`unicode_escape`), refuse to decode with replacement (`idna`), always fail (`undefined`), or
# are banned by HTML for hiding markup (`utf-7`). A label naming one is unknown, as to a browser.
_NOT_WEB = {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "utf-7",
            "charmap"}


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, or None for what a web page cannot be written in."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_1252:
        return "cp1252"
    try:
        info = codecs.lookup(label)
        # Byte transforms (`base64`, `zlib`, `rot13`) look up fine but are no text encoding.
        "".encode(info.name)
    except (LookupError, UnicodeError):
        return None
    return None if info.name in _NOT_WEB else info.name


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



# ---- addresses and lines ---------------------------------------------------------------------

def http_address(link: str, base: str) -> str:
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


def plain_line(text: str) -> str:
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
        href = http_address(attrs.get("href", ""), url)
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
    page.title = plain_line(document.title or "")
    page.author = plain_line(document.author or "")
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
        absolute = http_address(target, base)
        if not absolute:
            return label
        return f"[{label}]({absolute})"  # http_address encoded any space

    return clean(_MD_LINK.sub(fix, markdown)).strip() + "\n"

