"""Addresses: the canonical form used to recognise an article, and safe names for files."""

from __future__ import annotations

import contextlib
import ipaddress
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reader.links import TRACKING as _TRACKING


def canonical(url: str) -> str:
    """The URL without tracking parameters, fragment, default port or case noise in the host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port is not None and not (
        (scheme == "http" and port == 80) or (scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING.match(k)]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


_HOST_NAME = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$",
                        re.IGNORECASE)
_FILE_ENDINGS = frozenset({"md", "markdown", "txt", "text", "html", "htm", "xml", "json", "opml",
                           "rss", "atom", "toml"})


def with_scheme(text: str) -> str | None:
    """A typed address without its scheme, completed: `site.example/feed` -> https://...,
    `localhost:8765/atom.xml` or `127.0.0.1/feed` -> http:// (a server on this machine or the
    local network seldom has a certificate). None when `text` has a scheme or names no host."""
    text = text.strip()
    if not text or "://" in text or text.startswith(("/", ".", "~")) or any(c.isspace()
                                                                             for c in text):
        return None
    authority = re.split(r"[/?#]", text, maxsplit=1)[0]
    if "@" in authority:
        return None
    if authority.startswith("["):
        host, _, rest = authority[1:].partition("]")
        port = rest.removeprefix(":") if rest.startswith(":") else None
        if rest and port is None:
            return None
    else:
        host, colon, port = authority.partition(":")
        port = port if colon else None
    if port is not None and not (port.isdigit() and 0 < int(port) < 65536):
        return None
    if host.lower() == "localhost":
        return f"http://{text}"
    try:
        ipaddress.ip_address(host)
    except ValueError:
        # `notes.md` or `page.html` that is not there is a missing file, not a site in Moldova.
        named = _HOST_NAME.match(host) and host.rsplit(".", 1)[-1].lower() not in _FILE_ENDINGS
        return f"https://{text}" if named else None
    return f"http://{text}"


def slug(text: str, limit: int = 60) -> str:
    """ASCII words joined by `-`: accents folded, everything else dropped, at most `limit`."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", folded)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or (words[0][:limit] if words else "")


def source_name(url: str) -> str:
    """A folder name for a site: its host without `www.`, only [a-z0-9.-], never `.` or `..`."""
    host = ""
    with contextlib.suppress(ValueError):
        host = (urlsplit(url).hostname or "").lower()
    host = host.removeprefix("www.")
    host = re.sub(r"[^a-z0-9.-]+", "-", host).strip(".-")
    host = re.sub(r"\.{2,}", ".", host)[:80]
    return host or "web"
