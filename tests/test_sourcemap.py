"""Block text mapped back to the Markdown it was written as."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import document
from reader.sourcemap import map_blocks


def spans(source: str) -> list[tuple[str, str | None]]:
    """(a word of block text, the source it maps to) for every word of every block."""
    blocks = document.parse(source)
    out = []
    for block, where in zip(blocks, map_blocks(source, blocks), strict=True):
        for word in block.text.split():
            start = block.text.index(word)
            span = where.span(start, start + len(word))
            out.append((word, source[span[0] : span[1]] if span else None))
    return out


def test_markup_inside_a_name_is_covered() -> None:
    assert ("OpenAI", "Open*AI") in spans("Open*AI* et Anthropic\n")
    assert ("AT&T", "AT&amp;T") in spans("- AT&amp;T et\n  Mistral\n")
    assert ("*Meta*", "\\*Meta\\*") in spans("Texte \\*Meta\\* ici\n")
    assert ("Meta", "&#77;eta") in spans("&#77;eta\n")


def test_nested_items_tables_quotes_and_images() -> None:
    source = (
        "2. Anthropic publie Claude\n   1. meilleur en code\n\n"
        "> cite OpenAI\n> et Meta\n\n"
        "| a | b |\n|---|---|\n| Mistral AI | `Llama` Le Chat |\n\n"
        "![OpenAI logo](x.png) et **Meta**\n"
    )
    found = spans(source)
    assert ("Claude", "Claude") in found and ("meilleur", "meilleur") in found
    assert ("Meta", "Meta") in found and ("Chat", "Chat") in found
    assert ("[image:", None) in found  # written by the parser, not the author
    assert ("OpenAI", "OpenAI") in found


def test_a_line_break_with_list_indentation_is_the_smallest_cover() -> None:
    source = "- la société Mistral\n  AI lève des fonds\n"
    block = document.parse(source)[0]
    where = map_blocks(source, [block])[0]
    start = block.text.index("Mistral AI")
    a, b = where.span(start, start + len("Mistral AI"))
    assert source[a:b] == "Mistral\n  AI"


WORDS = st.sampled_from(["OpenAI", "Meta", "&amp;", "*", "**", "`x`", "\\*", "[l](u)", "é",
                         "\n", "\n\n", "- ", "> ", "1. ", "    ", "|", "#", " ", "<b>", "&#77;"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=30))
def test_every_mapped_character_is_written_there(parts: list[str]) -> None:
    source = "".join(parts)
    blocks = document.parse(source)
    for block, where in zip(blocks, map_blocks(source, blocks), strict=True):
        assert len(where.starts) == len(block.text)
        last = -1
        for i, char in enumerate(block.text):
            a, b = where.starts[i], where.ends[i]
            if a < 0:
                continue
            assert a >= last  # in order
            last = a
            written = source[a:b]
            assert written == char or html.unescape(written).startswith(char) or (
                char.isspace() and written.isspace()) or written == "\\" + char


def test_a_sentence_in_the_file_is_found_back_in_its_blocks_text() -> None:
    # The map's evidence knows its sentence by file offsets; the article view marks block text.
    from reader.sourcemap import block_span

    source = "# Titre\n\nPremière phrase. *Seconde* [phrase](https://x.fr) ici.\nSuite.\n\nAutre.\n"
    blocks = document.parse(source)
    start = source.index("*Seconde*")
    end = source.index(" ici.") + len(" ici.")
    span = block_span(source, blocks, 1, start, end)
    assert span is not None
    assert blocks[1].text[span[0] : span[1]] == "Seconde phrase ici."
    assert block_span(source, blocks, 2, start, end) is None  # not written in that block
