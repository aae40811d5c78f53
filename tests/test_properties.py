"""Properties over generated input: decoding, block extraction, mention offsets, sentence cuts.

Complements the examples elsewhere (test_text, test_document, test_entities, the splitter tests):
only what those do not already check by property.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader import document, entities
from reader.articles import article_from_text
from reader.entities import article_mentions, block_mentions, default_matcher
from reader.text import NotText, clean, decode
from reader.translation.splitter import split_sentences

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# What the reader must never hand to the terminal.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Decoded text also has every line end folded into "\n".
_UNSAFE = re.compile(_CONTROLS.pattern[:-1] + r"\u2028\u2029\r]")

ENCODINGS = {"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252"}


def _valid_unicode(text: str) -> bool:
    return not any("\ud800" <= ch <= "\udfff" for ch in text)


# ---- decoding ------------------------------------------------------------------------------


@SETTINGS
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace")))
def test_any_bytes_decode_to_safe_text_or_are_called_binary(data: bytes) -> None:
    try:
        decoded = decode(data)
    except NotText:
        assert b"\x00" in data[:8192]
        return
    assert decoded.encoding in ENCODINGS
    assert not _UNSAFE.search(decoded.text.replace("\n", "").replace("\t", ""))
    assert decoded.text == clean(decoded.text)  # cleaning is done once and for all


@SETTINGS
@given(st.text(max_size=300))
def test_utf8_round_trips_to_the_cleaned_text(text: str) -> None:
    assume(_valid_unicode(text))
    data = text.encode("utf-8")
    if b"\x00" in data[:8192]:
        return  # binary: covered above
    decoded = decode(data)
    expected = text[1:] if text.startswith("\ufeff") else text
    assert decoded.text == clean(expected)
    assert (decoded.encoding, decoded.notice) == ("utf-8", None)


@SETTINGS
@given(st.text(max_size=200), st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le",
                                               "utf-32-be", "utf-8"]))
def test_a_bom_decides_and_the_text_survives(text: str, encoding: str) -> None:
    assume(_valid_unicode(text))
    bom = {
        "utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[encoding]
    if encoding == "utf-16-le" and text.startswith("\x00"):
        # FF FE 00 00 is the UTF-32-LE BOM: the longer BOM wins, as every reader does, and
        # what follows is read as UTF-32 (binary when it does not decode).
        with contextlib.suppress(NotText):
            assert decode(bom + text.encode(encoding)).encoding == "utf-32-le"
        return
    if "\x00" in text:
        # A NUL character is binary with or without a BOM.
        with pytest.raises(NotText):
            decode(bom + text.encode(encoding))
        return
    decoded = decode(bom + text.encode(encoding))
    if decoded.encoding != encoding:
        # A UTF-16 mark before bytes that read as 8-bit text (no NUL, spaces, valid UTF-8) is
        # taken for two stray bytes: never silently.
        assert encoding.startswith("utf-16") and decoded.notice is not None
        assert "(a UTF-16 mark) but the rest is not UTF-16" in decoded.notice
        return
    assert decoded.text == clean(text)


# French letters whose Windows-1252 byte can only start a UTF-8 sequence: any of them makes the
# file invalid UTF-8, so the reader must fall back and get every letter right. Not "œ" (0x9c):
# after "Ç" (0xc7) it makes valid UTF-8 ("ǜ"), and valid UTF-8 is rightly read as UTF-8.
FRENCH_LETTERS = "éèêëàâäçîïôöùûüÿæÉÈÀÇÔ"


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list(FRENCH_LETTERS) + list("abc XYZ.,'\n-")),
               max_size=200))
def test_windows_1252_french_is_read_back_exactly(text: str) -> None:
    data = text.encode("cp1252")
    assume(not data.isascii())
    decoded = decode(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text == clean(text)
    assert decoded.notice is not None and "Windows-1252" in decoded.notice


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("éàçôœ€’«»aeiou ,.\n")), min_size=10, max_size=200),
       st.data())
def test_one_bad_byte_in_utf8_costs_one_character(text: str, data: st.DataObject) -> None:
    assume(sum(ch > "\x7f" for ch in text) >= 5)
    cut = data.draw(st.integers(0, len(text)))
    damaged = text[:cut].encode() + b"\xff" + text[cut:].encode()
    decoded = decode(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.text == clean(text[:cut] + "\ufffd" + text[cut:])
    assert decoded.notice is not None and decoded.notice.startswith("1 invalid UTF-8 byte")


# ---- block extraction ----------------------------------------------------------------------

WORD = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéàçÉ")), min_size=1,
               max_size=8)
# Container and block prefixes, repeated to any depth (markdown-it stops at 40 levels).
PREFIX = st.lists(st.sampled_from(["> ", "- ", "* ", "1. ", "2) ", "  ", "    ", "# ", "## ",
                                   "\t", ">"]), max_size=60).map("".join)
# Past markdown-it's limit (40): the lines it would drop are where text used to get lost.
DEEP = st.builds(lambda marker, depth: marker * depth,
                 st.sampled_from(["> ", "- ", "1. ", "> - ", "* > "]), st.integers(30, 90))
LINE = st.tuples(PREFIX | DEEP, st.lists(WORD, min_size=1, max_size=6)).map(
    lambda t: t[0] + " ".join(t[1])
)
SOURCE = st.lists(st.one_of(LINE, st.just(""), st.just("---"), st.just("```"), st.just("| a | b |"),
                            st.just("|---|---|")), max_size=25).map("\n".join)
_WORDS = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


@SETTINGS
@given(SOURCE)
def test_no_word_is_lost_whatever_the_nesting(source: str) -> None:
    blocks = document.parse(source)
    shown = [word for block in blocks for word in _words(block.text)]
    # Table rows and fences add no words of their own; the source's words all come back, in order.
    assert shown == _words(source)


@SETTINGS
@given(SOURCE | st.text(max_size=300), st.integers(0, 10_000))
def test_blocks_are_clean_and_their_spans_and_lines_fit(source: str, offset: int) -> None:
    source = clean(source)  # what articles hand to parse()
    blocks = document.parse(source, offset)
    lines = source.count("\n") + 1
    for block in blocks:
        assert not _CONTROLS.search(block.text.replace("\n", "").replace("\t", ""))
        assert offset <= block.line < offset + lines
        for span in block.spans:
            assert 0 <= span.start < span.end <= len(block.text)
        assert list(block.spans) == sorted(block.spans, key=lambda s: (s.start, -s.end))
        for row in block.rows:
            for cell in row:
                assert all(0 <= s.start < s.end <= len(cell.text) for s in cell.spans)
    assert [b.line - offset for b in blocks] == [b.line for b in document.parse(source)]


# ---- mention offsets through articles and blocks ------------------------------------------

NAMES = ["OpenAI", "Mistral AI", "Google", "Anthropic", "Nvidia", "GPT-4o", "Llama 3", "Meta",
         "Claude", "DeepSeek-V3", "Apple"]
PROSE = st.lists(
    st.one_of(st.sampled_from(NAMES), WORD, st.sampled_from([" ", ", ", ". ", "\n", "\n\n",
                                                            "# ", "- ", "> ", "`", "*", "[x](u)",
                                                            "l'", "d’", "---\n"])),
    max_size=40,
).map("".join)
FRONT = st.one_of(st.just(""), st.builds(lambda t: f"---\ntitle: {t}\nauteur: OpenAI\n---\n",
                                         st.sampled_from(["Meta", "Apple et Google", "x"])))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FRONT, PROSE)
def test_article_and_block_mentions_point_at_their_text(front: str, body: str) -> None:
    article = article_from_text(front + body, Path("propriete.md"))
    found = article_mentions(article)
    last = article.body_offset
    for m in found:
        assert m.start >= last, "mentions are sorted, disjoint, and never in the front matter"
        assert article.text[m.start : m.end] == m.text
        assert m.kind in entities.KINDS
        last = m.end
    for block in article.blocks:
        for m in block_mentions(block, article):
            assert block.text[m.start : m.end] == m.text


@settings(max_examples=150, deadline=None)
@given(st.lists(WORD, max_size=8).map(" ".join), st.lists(WORD, max_size=8).map(" ".join))
def test_an_unambiguous_name_is_found_where_it_is(before: str, after: str) -> None:
    text = f"{before} OpenAI {after}".strip()
    start = text.index("OpenAI")
    found = default_matcher().find(text)
    assert any(m.start == start and m.end == start + 6 and m.canonical == "OpenAI"
               for m in found), found


# ---- sentence splitter: long sentences cut at commas ----------------------------------------


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab ,;.!?«» \nÉ")) | st.characters(), max_size=400),
       st.integers(1, 60))
def test_cutting_long_sentences_loses_nothing(text: str, max_chars: int) -> None:
    pieces = split_sentences(text, max_chars=max_chars)
    assert "".join(pieces) == text
    assert all(pieces)
