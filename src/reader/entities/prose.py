"""What is not prose in a text (URLs, e-mail addresses), masked without moving offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.entities.base import MASK
from reader.entities.patterns import is_word

_URLISH = re.compile(
    r"://|www\.|@|\.(?:com|fr|org|net|io|ai|dev|co|eu|uk|de|cn|app|"
    r"tech|info|gov|edu|be|ch|ca|us|ly|gl|gg|me)(?![\w-])"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def mask_ranges(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """Replace ranges with a filler that is neither a word character nor a space; keep newlines."""
    parts: list[str] = []
    last = 0
    for start, end in sorted(ranges):
        start = max(start, last)
        if end <= start:
            continue
        parts.append(text[last:start])
        chunk = text[start:end]
        parts.append("".join("\n" if ch == "\n" else MASK for ch in chunk))
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def mask_urls(text: str) -> str:
    """URLs, web addresses and e-mail addresses are not prose: mask them, keeping offsets."""
    ranges: list[tuple[int, int]] = []
    covered = 0
    for hit in _URLISH.finditer(text):
        if hit.start() < covered:
            continue
        start = hit.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = hit.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        token = text[start:end]
        marker = hit.group()
        if marker.startswith(".") and not (hit.start() and is_word(text[hit.start() - 1])):
            continue
        if marker == "@":
            email = _EMAIL.search(token)
            if not email:
                continue
        elif marker.startswith(".") and "/" not in token and not token[:1].islower():
            # "Amazon.com", "JD.com": a company's name, not an address written out.
            continue
        ranges.append((start, end))
        covered = end
    return mask_ranges(text, ranges) if ranges else text



# Raw HTML is shown as the text it is (the parser runs with HTML off), but a tag and its
# attributes (`<span class="Nvidia">`) are markup, not prose.
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.DOTALL)


def mask_html(text: str) -> str:
    """HTML tags and comments masked, offsets kept."""
    if "<" not in text:
        return text
    ranges = [m.span() for m in _HTML_TAG.finditer(text)]
    return mask_ranges(text, ranges) if ranges else text
