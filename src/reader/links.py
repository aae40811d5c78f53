"""An article's links as a list (number, text, address), and the one address form reader copies.

A copied address reaches the terminal inside an OSC 52 sequence, so only a cleaned http(s)
address may go there: no controls, no spaces, nothing outside printable ASCII (the rest is
percent-encoded), and a host.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

from reader import document
from reader.document import Block
from reader.text import strip_controls

MAX_ADDRESS = 2048  # longer than any browser keeps; a longer "address" is not one

# Parameters that say where a click came from, not which page it is.
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|_ga|_gl|igshid|"
    r"mkt_tok|oly_anon_id|oly_enc_id|vero_id|xtor|at_medium|at_campaign|ref_src|ref|cmpid|"
    r"__twitter_impression|s_cid|ito|ns_source|ns_mchannel|ns_campaign)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Link:
    """One link of an article: its number in the list, its text, where it goes."""

    number: int
    text: str
    href: str


def article_links(blocks: Iterable[Block]) -> list[Link]:
    """Every link with an address, in reading order (table cells row by row)."""
    found: list[tuple[str, str]] = []
    for block in blocks:
        pieces = [(block.text, block.spans)]
        pieces += [(cell.text, cell.spans) for row in block.rows for cell in row]
        for text, spans in pieces:
            for span in spans:
                if span.style == document.LINK and span.href:
                    label = " ".join(text[span.start : span.end].split()) or span.href
                    found.append((label, span.href))
    return [Link(n, text, href) for n, (text, href) in enumerate(found, 1)]


def web_address(href: str) -> str | None:
    """`href` as a clean http(s) address, or None when it is not one (mailto:, a path, junk)."""
    text = "".join(strip_controls(href).split())
    if not text or len(text) > MAX_ADDRESS:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # Printable ASCII only: what is not (accents, other scripts) is percent-encoded, and what
    # is already encoded stays as it is.
    return quote(text, safe="!#$%&'()*+,-./:;=?@[]_~")


def copied_address(href: str) -> str | None:
    """What `y` copies: the clean http(s) address without its tracking parameters (utm_*,
    fbclid, ...: where a click came from, not which page it is); None when not a web address."""
    address = web_address(href)
    return without_tracking(address) if address is not None else None


def without_tracking(url: str) -> str:
    """`url` without its tracking parameters (utm_*, fbclid...), the rest exactly as written."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    kept = [pair for pair in parts.query.split("&")
            if pair and not TRACKING.match(pair.split("=", 1)[0])]
    return urlunsplit(parts._replace(query="&".join(kept)))
