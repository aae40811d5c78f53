"""Turning bytes from disk into clean text: decoding and stripping terminal controls.

Article text is data. Anything that a terminal could act on (C0/C1 controls, ESC sequences)
is removed here, at load, and again on text markdown-it-py produces from entities.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# ESC-introduced sequences first (so their parameters go with them), then any lone control.
# CSI: ESC [ ... final byte; OSC/DCS/SOS/PM/APC: ESC ] / P / X / ^ / _ ... up to BEL or ST,
# or the end of the line when unterminated (a stray ESC ] must not hide the rest of the file);
# the 8-bit forms (0x9b CSI, 0x9d OSC, 0x90 DCS ...) likewise.
_SEQUENCE = re.compile(
    r"""
      (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?          # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]) [^\n]*? (?:\x07|\x1b\\|\x9c|(?=\n)|$) # OSC DCS...
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                                    # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)
# Every C0 control but tab and newline, DEL, every C1 control.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi overrides and isolates can make text display in another order than it is stored.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keeping newline and tab."""
    if not _needs_cleaning(text):
        return text
    text = _SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    return _BIDI.sub("", text)


_QUICK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _needs_cleaning(text: str) -> bool:
    return _QUICK.search(text) is not None


_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        # A byte that was not valid in the file system's encoding (surrogateescape).
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """Show controls (and undecodable bytes) in a name as visible escapes, e.g. `\\x1b`.

    For file names: stripping would make two names look alike; passing them through
    would let a name drive the terminal, or fail to encode when printed.
    """
    return _UNSHOWABLE.sub(_escape, text)


def normalise_newlines(text: str) -> str:
    """Fold CRLF, lone CR, and Unicode line/paragraph separators into newlines."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text or "\x0c" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
    return text


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    notice: str | None = None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotText(ValueError):
    """The bytes are not a text file (binary content)."""


def looks_binary(data: bytes) -> bool:
    """A NUL byte in the first 8 KiB of a file without a UTF-16/32 BOM means binary."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    return b"\x00" in head


def _garbled(body: bytes, encoding: str, text: str) -> bool:
    """NULs, or as many undecodable units as characters: what a BOM before binary gives."""
    if "\x00" in text[:8192]:
        return True
    bad = len(text) - len(body.decode(encoding, errors="ignore"))
    return bad > 0 and bad * 2 >= len(text.strip())


def decode(data: bytes) -> Decoded:
    """Decode file bytes: a BOM wins, then strict UTF-8, then cp1252 with a notice.

    The returned text has newlines normalised and controls stripped, so every offset
    computed on it is an offset into what the reader shows.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            raw = body.decode(encoding, errors="replace")
            if encoding.startswith("utf-16") and len(body) >= _DOUBT and b"\x00" not in body:
                # UTF-16 spells every ASCII character (a space, a line break, a digit) with a
                # NUL byte: without one, the two bytes may be strays in front of an 8-bit
                # file, which UTF-16 would turn into a page of CJK-looking characters.
                stray = _eight_bit(body, len(bom), raw)
                if stray is not None:
                    mark = " ".join(f"{byte:02X}" for byte in bom)
                    notice = (f"starts with {mark} (a UTF-16 mark) but the rest is not UTF-16; "
                              f"read as {_NAMES[stray.encoding]}")
                    if stray.notice:
                        notice += f" ({stray.notice})"
                    return Decoded(stray.text, stray.encoding, notice)
            if _garbled(body, encoding, raw):
                # A BOM in front of bytes that do not decode (an image after FF FE) is no text.
                raise NotText("binary file")
            return Decoded(clean(raw), encoding)
    if looks_binary(data):
        raise NotText("binary file")
    try:
        return Decoded(clean(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    lenient = data.decode("utf-8", errors="replace")
    bad, good = _utf8_damage(data, lenient)
    if good > 4 * bad:
        # Mostly well-formed UTF-8 with a few damaged bytes: reading it all as cp1252
        # would garble every accented letter to repair a handful.
        return Decoded(
            clean(lenient),
            "utf-8",
            f"{bad} invalid UTF-8 byte sequence(s), first at byte {first_bad}; shown as \ufffd",
        )
    # cp1252 leaves five bytes undefined; they become U+FFFD (never C1 controls, which
    # would start escape sequences and swallow text).
    return Decoded(
        clean(data.decode("cp1252", errors="replace")),
        "cp1252",
        f"not valid UTF-8 (byte {first_bad}); read as Windows-1252",
    )


_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252"}
# Fewer bytes after a UTF-16 mark than this are too few to doubt it.
_DOUBT = 8
_ODD_UTF16 = re.compile("[\ue000-\uf8ff\ufffd]")
# Bytes of plain text in an 8-bit encoding: tab, line breaks, printable ASCII.
_PLAIN = frozenset(b"\t\n\r" + bytes(range(0x20, 0x7F)))


def _utf8_damage(data: bytes, lenient: str) -> tuple[int, int]:
    """(sequences UTF-8 could not decode, well-formed non-ASCII characters) in `data`."""
    bad = lenient.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for char in lenient if char > "\x7f" and char != "\ufffd")
    return bad, good


def _eight_bit(body: bytes, offset: int, utf16: str) -> Decoded | None:
    """`body` read as the 8-bit text it looks like (UTF-8, else Windows-1252), or None when it
    could be UTF-16 after all (CJK text without a space or line break is all non-ASCII bytes).

    Byte positions in the notice count from the file's start (`offset` bytes before `body`).
    """
    # Text in 8 bits has spaces or line breaks (one byte in six or so in French or English);
    # UTF-16 CJK or kana text hardly ever has a 0x20 or 0x0A byte (its own would bring a NUL).
    # UTF-8 CJK has none either, but as UTF-16 it gives private-use characters (a lead byte
    # E4-E9 as a high byte) and unpaired surrogates, which real UTF-16 text does not have.
    gaps = body.count(b" ") + body.count(b"\n")
    if gaps < 0.05 * len(body) and _ODD_UTF16.search(utf16) is None:
        return None
    try:
        return Decoded(clean(body.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start + offset
    lenient = body.decode("utf-8", errors="replace")
    bad, good = _utf8_damage(body, lenient)
    if good > 4 * bad:
        return Decoded(clean(lenient), "utf-8",
                       f"{bad} invalid UTF-8 byte sequence(s), first at byte {first_bad}")
    # French or English in Windows-1252 is mostly printable ASCII (UTF-16 kana can be as
    # printable, its high byte being 0x30: the spaces tell them apart).
    plain = sum(byte in _PLAIN for byte in body)
    if plain >= 0.7 * len(body) and gaps >= 0.05 * len(body):
        return Decoded(clean(body.decode("cp1252", errors="replace")), "cp1252")
    return None


def clean(text: str) -> str:
    """Normalise newlines, then strip controls (the order keeps lone CRs as line breaks)."""
    return strip_controls(normalise_newlines(text))


_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def one_line(value: object, limit: int = 300) -> str:
    """Outside text (a name, a server's message, an exception) fit for one line of a message.

    The gate for every string that did not come from reader itself and is not article text:
    escape sequences and controls removed, line breaks folded into spaces, undecodable bytes
    shown as U+FFFD (a lone surrogate cannot be printed), and at most `limit` characters.
    """
    text = value if isinstance(value, str) else str(value)
    text = _SURROGATE.sub("\ufffd", strip_controls(normalise_newlines(text)))
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
