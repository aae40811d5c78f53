"""reader.layout: blocks to lines for a width, without Textual."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import parse
from reader.layout import Layout, cells, shown_inline, side_by_side_fits, wrap


def plain(layout: Layout) -> list[str]:
    return [layout.plain(line) for line in layout.lines()]


@given(st.text(alphabet=st.sampled_from("ab é中 \t"), max_size=80), st.integers(1, 30))
@settings(max_examples=300, deadline=None)
def test_wrap_keeps_every_character_and_fits(text: str, width: int) -> None:
    ranges = wrap(text, width)
    assert "".join(text[a:b] for a, b in ranges).replace(" ", "").replace("\t", "") == (
        text.replace(" ", "").replace("\t", "")
    )
    for a, b in ranges:
        # A line fits, except a single wide character on a one-cell line.
        assert cells(text[a:b]) <= width or b - a == 1


def test_link_numbers_and_addresses_follow_the_link_and_marks_map_through() -> None:
    [block] = parse("Voir [le site](https://example.org) et OpenAI.")
    shown = shown_inline(block.text, block.spans, first_link=3)
    assert shown.text == "Voir le site[3] ‹https://example.org› et OpenAI."
    start = block.text.index("OpenAI")
    a, b = shown.mark(start, start + len("OpenAI"))
    assert shown.text[a:b] == "OpenAI"
    assert shown.mark(0, 999) is None  # a mark computed for other text is dropped


def test_side_by_side_needs_two_columns_of_forty_cells() -> None:
    assert side_by_side_fits(115) and not side_by_side_fits(81)


def test_estimates_become_exact_as_blocks_are_wrapped() -> None:
    text = "\n\n".join(f"Paragraphe {n} " + "avec des mots " * (n % 17) for n in range(900))
    blocks = parse(text)
    lazy = Layout(blocks, width=50, reading_width=50)
    assert lazy._lines.count(None) == len(blocks)  # nothing wrapped up front
    eager = Layout(blocks, width=50, reading_width=50)
    lines = plain(eager)
    assert lazy.ensure(0, len(blocks)) in (True, False)
    assert lazy.height == eager.height == len(lines)
    assert [lazy.plain(lazy.line(y)) for y in range(lazy.height)] == lines


def test_side_by_side_lines_up_each_block_with_its_translation() -> None:
    blocks = parse("Un paragraphe assez long pour tenir sur deux lignes au moins ici.\n\nFin.")
    layout = Layout(blocks, width=90, mode="side", reading_width=40,
                    translations={0: "A paragraph", 1: "End."})
    lines = plain(layout)
    assert lines[0].strip().startswith("Un paragraphe") and lines[0].endswith("A paragraph")
    assert lines[-1].strip().startswith("Fin.") and lines[-1].endswith("End.")


def test_interleaved_puts_the_translation_under_the_block() -> None:
    blocks = parse("Bonjour.")
    layout = Layout(blocks, width=60, mode="side", reading_width=60, translations={0: "Hello."})
    assert plain(layout) == ["Bonjour.", "  Hello."]


def test_code_keeps_its_lines_and_tables_their_alignment() -> None:
    blocks = parse(
        "```\n" + "x" * 120 + "\n```\n\n| a | nombre |\n|:-:|--:|\n| b | 1 |\n| cc | 22 |\n"
    )
    layout = Layout(blocks, width=60, reading_width=60)
    lines = plain(layout)
    assert sum("x" * 120 in line for line in lines) == 1
    assert layout.max_width >= 120
    one = next(line for line in lines if line.endswith(" 1"))
    assert len(one) == len(next(line for line in lines if line.endswith("22")))


def test_a_tables_english_is_a_table_that_scrolls_sideways_with_the_french() -> None:
    # The English of a table used to be one run of cells joined by bars; it has the French
    # table's rows and cells (the translator keeps the tabs and newlines), so it is drawn as a
    # table, columns aligned, and `→` (which shifts the lines marked `code`) moves it too.
    blocks = parse("| Entreprise | Montant |\n|---|--:|\n| Mistral AI | 600 M€ |\n")
    english = {0: "Firm\tSum\nMistral AI\t600 M€"}
    grid = ["Firm       │    Sum", "───────────┼───────", "Mistral AI │ 600 M€"]
    for mode in ("side", "english"):
        for width in (60, 120):
            layout = Layout(blocks, width=width, mode=mode, reading_width=width,
                            translations=english, wide=True)
            lines = [(layout.plain(line), line.code) for line in layout.lines()]
            # Side by side, English under the French (too narrow for two columns), English only.
            drawn = [text for text, _ in lines if text.strip()][-3:]
            assert [text[-len(row):] for text, row in zip(drawn, grid, strict=True)] == grid, (
                mode, width, lines)
            assert all(code for text, code in lines if text.strip()), (mode, width)
    # Cells that no longer line up with the French: prose with bars, which stays put.
    merged = {0: "Company and amount\nMistral AI\t600 M€"}
    only = Layout(blocks, width=60, mode="english", reading_width=60, translations=merged,
                  wide=True)
    assert [(only.plain(line), line.code) for line in only.lines()] == [
        ("Company and amount", False), ("Mistral AI│600 M€", False)]
    # No model: the French table stands in for the English, and moves as a table.
    french = Layout(blocks, width=60, mode="english", reading_width=60, translations={},
                    pending=False, wide=True)
    assert all(line.code for line in french.lines() if french.plain(line).strip())


def test_side_by_side_with_no_model_lays_the_french_out_as_the_original() -> None:
    # Nothing pending and no English: the right half stayed empty and the French was squeezed.
    blocks = parse("# Titre\n\n" + "Un paragraphe assez long pour remplir une ligne. " * 6)
    original = plain(Layout(blocks, width=160, mode="original"))
    alone = Layout(blocks, width=160, mode="side", pending=False)
    assert not alone.geometry.side
    assert plain(alone) == original
    # With the English of a block (cached before the model went), the two columns are back.
    assert Layout(blocks, width=160, mode="side", pending=False,
                  translations={1: "A paragraph."}).geometry.side
    assert Layout(blocks, width=160, mode="side").geometry.side  # a model: English pending
