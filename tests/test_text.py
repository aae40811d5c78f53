"""Decoding files and stripping what a terminal could act on."""

from __future__ import annotations

import codecs

import pytest

from reader.text import (
    NotText,
    clean,
    decode,
    escape_controls,
    looks_binary,
    normalise_newlines,
    strip_controls,
)

FRENCH = "L’été où Meta a dû s’associer à ses concurrents : « déjà » vu ?\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + FRENCH.encode("utf-32-be"), "utf-32-be"),
    ],
    ids=["utf8-bom", "utf16le", "utf16be", "utf32le", "utf32be"],
)
def test_bom_decides_encoding_and_is_dropped(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == FRENCH
    assert decoded.encoding == encoding
    assert decoded.notice is None


def test_utf16_with_bom_is_not_mistaken_for_binary() -> None:
    # UTF-16 text is full of NUL bytes; the BOM says it is text.
    data = codecs.BOM_UTF16_LE + "abc".encode("utf-16-le")
    assert b"\x00" in data
    assert not looks_binary(data)
    assert decode(data).text == "abc"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE], ids=["FF FE", "FE FF"])
def test_a_utf16_mark_in_front_of_utf8_text_is_read_as_utf8_and_said(bom: bytes) -> None:
    # UTF-16 made CJK-looking characters of it, silently: the rest has no NUL byte, as
    # UTF-16 text has for each space, line break or digit, and is valid UTF-8.
    decoded = decode(bom + FRENCH.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (FRENCH, "utf-8")
    mark = " ".join(f"{byte:02X}" for byte in bom)
    assert decoded.notice == (f"starts with {mark} (a UTF-16 mark) but the rest is not UTF-16; "
                              "read as UTF-8")


def test_a_utf16_mark_in_front_of_damaged_utf8_counts_the_bad_bytes_from_the_files_start() -> None:
    data = codecs.BOM_UTF16_LE + "Café crème à l’été, déjà ".encode() + b"\xff" + " voilà".encode()
    decoded = decode(data)
    assert decoded.text == "Café crème à l’été, déjà \ufffd voilà"
    assert decoded.notice is not None and "\n" not in decoded.notice
    assert "read as UTF-8" in decoded.notice
    bad_at = data.rindex(b"\xff")  # (the mark's own FF is byte 0)
    assert f"1 invalid UTF-8 byte sequence(s), first at byte {bad_at}" in decoded.notice


def test_a_utf16_mark_in_front_of_windows_1252_text_is_read_as_windows_1252_and_said() -> None:
    text = "L’été, Œuvre à 5 € — « déjà » vu… Meta et Apple s’associent.\n"
    decoded = decode(codecs.BOM_UTF16_LE + text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")
    assert decoded.notice is not None and decoded.notice.endswith("read as Windows-1252")


@pytest.mark.parametrize("text", ["人工智能公司发布了新模型。全角：ＡＢＣ",
                                  "ひらがなとカタカナのぶんしょうです。これはテストです。"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_cjk_without_any_ascii_character_is_still_utf16(text: str, encoding: str) -> None:
    # No NUL byte here either (no space, no line break): the bytes are not 8-bit text, so the
    # mark is believed.
    bom = codecs.BOM_UTF16_LE if encoding == "utf-16-le" else codecs.BOM_UTF16_BE
    decoded = decode(bom + text.encode(encoding))
    assert (decoded.text, decoded.encoding, decoded.notice) == (text, encoding, None)


def test_strict_utf8_without_notice() -> None:
    decoded = decode(FRENCH.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.notice) == (FRENCH, "utf-8", None)


def test_cp1252_fallback_with_notice() -> None:
    text = "L’été, Œuvre à 5 € — « déjà » vu…"
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.notice is not None
    assert "UTF-8" in decoded.notice and "Windows-1252" in decoded.notice
    assert "byte 1" in decoded.notice  # where the first non-UTF-8 byte is


def test_cp1252_undefined_byte_does_not_swallow_text() -> None:
    # 0x9d is undefined in cp1252; read as latin-1 it would be an OSC introducer (C1)
    # eating the rest of the file, and 0x92 would vanish instead of being ’.
    decoded = decode(b"l\x92IA co\xfbte \x9d suite du texte\nencore une ligne")
    assert decoded.text == "l’IA coûte \ufffd suite du texte\nencore une ligne"
    assert decoded.encoding == "cp1252"


def test_one_bad_byte_in_utf8_keeps_the_accents() -> None:
    data = "Café crème à l’été, déjà ".encode() + b"\xff" + " voilà".encode()
    decoded = decode(data)
    assert decoded.text == "Café crème à l’été, déjà \ufffd voilà"
    assert decoded.encoding == "utf-8"
    assert decoded.notice is not None
    assert "1 invalid UTF-8" in decoded.notice
    bad_at = data.index(b"\xff")
    assert f"byte {bad_at}" in decoded.notice


def test_one_bad_byte_in_ascii_falls_back_to_cp1252() -> None:
    decoded = decode(b"plain ascii then caf\xe9 here")
    assert decoded.text == "plain ascii then café here"
    assert decoded.encoding == "cp1252"
    assert decoded.notice


@pytest.mark.parametrize(
    "data",
    [
        b"\x00",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"GIF89a\x01\x00\x01\x00\x00",
        b"text" * 100 + b"\x00",
    ],
)
def test_binary_detected(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(NotText):
        decode(data)


def test_nul_after_first_8k_is_not_binary_and_is_stripped() -> None:
    data = b"a" * 9000 + b"\x00b"
    assert not looks_binary(data)
    assert decode(data).text == "a" * 9000 + "b"


def test_c0_and_c1_controls_stripped_newline_and_tab_kept() -> None:
    c0 = "".join(chr(c) for c in range(0x20) if c not in (9, 10, 13, 12))
    c1 = "".join(chr(c) for c in range(0x80, 0xA0) if c not in (0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F))
    text = f"a{c0}b\x7fc{c1}d\te\nf"
    assert strip_controls(text) == "abcd\te\nf"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),  # SGR colour
        ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
        ("a\x1b[?1049hb", "ab"),  # private mode (alternate screen)
        ("a\x1b[38;2;255;0;0mb", "ab"),  # parameters go with the sequence
        ("a\x9b31mb", "ab"),  # 8-bit CSI
        ("a\x1b]0;new title\x07b", "ab"),  # OSC title, BEL-terminated
        ("a\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # OSC 8 hyperlink
        ("a\x9d52;c;ZXZpbA==\x9cb", "ab"),  # 8-bit OSC 52 clipboard write
        ("a\x1bP1;2|payload\x1b\\b", "ab"),  # DCS
        ("a\x90q#0;2;0;0;0\x9cb", "ab"),  # 8-bit DCS (sixel)
        ("a\x1b_apc data\x1b\\b", "ab"),  # APC
        ("a\x1b(Bb", "ab"),  # charset designation
        ("a\x1b7b\x1b8c", "abc"),  # save/restore cursor
        ("a\x1bcb", "ab"),  # full reset
        ("x\x1b", "x"),  # lone ESC at the end
        ("a\u202eb\u2066c", "abc"),  # bidi override / isolate
    ],
)
def test_escape_sequences_removed_with_parameters(raw: str, shown: str) -> None:
    assert strip_controls(raw) == shown


def test_unterminated_osc_ends_at_the_line() -> None:
    # A stray ESC ] must not hide the rest of the article.
    text = "début \x1b]0;titre jamais fermé\nla suite reste\nvisible"
    assert strip_controls(text) == "début \nla suite reste\nvisible"


def test_clean_text_is_untouched() -> None:
    text = "Texte propre\tavec tabulation\net « guillemets » — tirets…"
    assert strip_controls(text) is text


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\rb", "a\n\nb"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("a\u2028b", "a\nb"),
        ("a\u2029b", "a\n\nb"),
        ("a\x0cb", "a\nb"),
    ],
)
def test_newlines_normalised(raw: str, normalised: str) -> None:
    assert normalise_newlines(raw) == normalised
    assert clean(raw) == normalised


def test_decode_normalises_and_strips() -> None:
    data = "Titre\r\nLigne\x1b[1m grasse\x1b[0m\rfin\u2028".encode()
    assert decode(data).text == "Titre\nLigne grasse\nfin\n"


def test_escape_controls_makes_names_printable() -> None:
    assert escape_controls("bad\x1b[31mname\n") == "bad\\x1b[31mname\\x0a"
    assert escape_controls("été\u202e") == "été\\u202e"
    assert escape_controls("raw\udcff") == "raw\\xff"  # undecodable file-name byte
    assert escape_controls("fine name.md") == "fine name.md"


def test_one_line_is_the_gate_for_outside_text_in_messages() -> None:
    from reader.text import one_line

    hostile = "HTTP 500 \x1b]0;pwned\x07\x1b[2J\x9d8;;x\x9c\x9b31mgone\r\nnext\tline \udcff"
    assert one_line(hostile) == "HTTP 500 gone next line \ufffd"
    assert one_line(ValueError("a\x1b[41mb")) == "ab"
    assert one_line("x" * 500, limit=10) == "xxxxxxxxx…"
    assert one_line("[bold red]kept as text[/oops]") == "[bold red]kept as text[/oops]"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + b"\x00",  # three bytes: half a UTF-16 unit after the BOM
        codecs.BOM_UTF16_LE + b"\x00\x00" * 20,  # NUL characters
        codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff" * 10,  # no code point at all
    ],
    ids=["bom-half-unit", "bom-nuls", "bom-invalid-utf32"],
)
def test_a_bom_before_binary_is_still_binary(data: bytes) -> None:
    with pytest.raises(NotText):
        decode(data)


def test_a_utf16_mark_before_utf8_cjk_is_doubted_and_before_few_bytes_believed() -> None:
    # UTF-8 CJK has no space either, but read as UTF-16 it gives private-use characters.
    text = "人工智能公司发布了新模型。"
    decoded = decode(codecs.BOM_UTF16_LE + text.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (text, "utf-8") and decoded.notice
    # A mark alone, or before a few bytes, is too little to doubt.
    assert (decode(codecs.BOM_UTF16_LE).encoding, decode(codecs.BOM_UTF16_LE).notice) == (
        "utf-16-le", None)
    assert decode(codecs.BOM_UTF16_LE + "Hi".encode("utf-16-le")).text == "Hi"
