"""Markdown to blocks: what the article view, mentions and translation all read."""

from __future__ import annotations

import re
import time

import pytest

from reader import document
from reader.document import MAX_BLOCK_CHARS, Block, Span, parse

UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def kinds(blocks: list[Block]) -> list[str]:
    return [b.kind for b in blocks]


def span_text(block: Block, span: Span) -> str:
    return block.text[span.start : span.end]


def test_headings_with_levels_and_plain_text() -> None:
    blocks = parse("# Un *titre*\n\n### Trois\n\nSous-titre\n---\n")
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("heading", "Un titre", 1),
        ("heading", "Trois", 3),
        ("heading", "Sous-titre", 2),  # setext
    ]
    assert [(s.style, span_text(blocks[0], s)) for s in blocks[0].spans] == [("em", "titre")]


def test_paragraphs_join_soft_breaks_and_keep_hard_breaks() -> None:
    blocks = parse("Première ligne\nsuite du paragraphe.\n\nDeuxième  \nligne cassée.\n")
    assert kinds(blocks) == ["paragraph", "paragraph"]
    assert blocks[0].text == "Première ligne suite du paragraphe."
    assert blocks[1].text == "Deuxième\nligne cassée."


def test_line_numbers_with_offset() -> None:
    blocks = parse("# T\n\nun\n\ndeux\n", line_offset=4)
    assert [b.line for b in blocks] == [4, 6, 8]


def test_inline_spans() -> None:
    (block,) = parse("Du **gras**, de l'*italique*, du `code`, ~~barré~~ et [un lien](https://a.example/x).")
    assert block.text == "Du gras, de l'italique, du code, barré et un lien."
    found = [(s.style, span_text(block, s), s.href) for s in block.spans]
    assert found == [
        ("strong", "gras", None),
        ("em", "italique", None),
        ("code", "code", None),
        ("strike", "barré", None),
        ("link", "un lien", "https://a.example/x"),
    ]


def test_link_href_span_covers_its_text_and_nested_emphasis() -> None:
    (block,) = parse("Voir [le *rapport* complet](http://example.org/r?a=1&b=2 \"titre\") ici.")
    link = next(s for s in block.spans if s.style == "link")
    assert span_text(block, link) == "le rapport complet"
    assert link.href == "http://example.org/r?a=1&b=2"
    em = next(s for s in block.spans if s.style == "em")
    assert span_text(block, em) == "rapport"
    assert link.start <= em.start < em.end <= link.end


def test_autolink_has_href() -> None:
    (block,) = parse("Voir <https://example.com/page>.")
    link = next(s for s in block.spans if s.style == "link")
    assert span_text(block, link) == "https://example.com/page"
    assert link.href == "https://example.com/page"


def test_nested_lists_with_markers() -> None:
    source = (
        "- un\n- deux\n  - imbriqué\n    1. profond\n    2. encore\n- trois\n\n7. sept\n8. huit\n"
    )
    blocks = parse(source)
    assert [(b.kind, b.text, b.level, b.marker) for b in blocks] == [
        ("list_item", "un", 1, "•"),
        ("list_item", "deux", 1, "•"),
        ("list_item", "imbriqué", 2, "◦"),
        ("list_item", "profond", 3, "1."),
        ("list_item", "encore", 3, "2."),
        ("list_item", "trois", 1, "•"),
        ("list_item", "sept", 1, "7."),
        ("list_item", "huit", 1, "8."),
    ]


def test_loose_list_item_with_two_paragraphs() -> None:
    blocks = parse("- premier paragraphe\n\n  second paragraphe\n- autre\n")
    assert [(b.kind, b.text, b.marker) for b in blocks] == [
        ("list_item", "premier paragraphe", "•"),
        ("list_item", "second paragraphe", ""),  # a continuation: no second bullet
        ("list_item", "autre", "•"),
    ]


def test_quotes_with_depth() -> None:
    blocks = parse("> cité *ici*\n>\n> > plus profond\n\nhors citation\n")
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("quote", "cité ici", 1),
        ("quote", "plus profond", 2),
        ("paragraph", "hors citation", 0),
    ]
    assert blocks[0].spans[0].style == "em"


def test_list_inside_quote() -> None:
    (item,) = parse("> - élément\n>   suite\n")
    assert (item.kind, item.text, item.quote, item.marker) == ("list_item", "élément suite", 1, "•")


def test_code_fences_and_indented_code() -> None:
    source = (
        "```python\nprint('*pas* en italique')\n\n# pas un titre\n```\n\n    indenté\n    code\n"
    )
    blocks = parse(source)
    assert [(b.kind, b.text, b.info) for b in blocks] == [
        ("code", "print('*pas* en italique')\n\n# pas un titre", "python"),
        ("code", "indenté\ncode", ""),
    ]


def test_tables_have_rows_cells_and_text() -> None:
    source = "| Société | Modèle |\n|---|:-:|\n| Meta | *Llama* |\n| Google | `Gemini` |\n"
    (table,) = parse(source)
    assert table.kind == "table"
    assert [[c.text for c in row] for row in table.rows] == [
        ["Société", "Modèle"],
        ["Meta", "Llama"],
        ["Google", "Gemini"],
    ]
    assert table.text == "Société\tModèle\nMeta\tLlama\nGoogle\tGemini"
    assert table.rows[1][1].spans == (Span(0, 5, "em"),)


def test_rule() -> None:
    assert kinds(parse("avant\n\n***\n\naprès\n")) == ["paragraph", "rule", "paragraph"]


def test_images_are_blocks_with_alt_text() -> None:
    blocks = parse("![Le *modèle* Qwen](https://x.example/q.jpg?fit=1&p=1)\n\n![](vide.png)\n")
    assert [(b.kind, b.text, b.href) for b in blocks] == [
        ("image", "Le modèle Qwen", "https://x.example/q.jpg?fit=1&p=1"),
        ("image", "", "vide.png"),
    ]


@pytest.mark.parametrize("between", [" ", "\n", "  \n"])
def test_images_side_by_side_or_one_per_line_are_blocks(between: str) -> None:
    blocks = parse(f"![un chat](a.png){between}![deux](b.png)\n")
    assert [(b.kind, b.text, b.href) for b in blocks] == [
        ("image", "un chat", "a.png"),
        ("image", "deux", "b.png"),
    ]


def test_inline_image_stays_in_its_paragraph() -> None:
    (block,) = parse("Texte avec ![logo](l.png) dedans.")
    assert block.kind == "paragraph"
    assert block.text == "Texte avec [image: logo] dedans."
    (span,) = block.spans
    assert (span.style, span_text(block, span), span.href) == ("image", "[image: logo]", "l.png")


ENTITIES = [
    "&#27;[31m",
    "&#x1b;[2J",
    "&#x9b;31m",
    "&#155;",
    "&#x9d;52;c;x&#x9c;",
    "&#0;",
    "&#7;",
    "&#x7f;",
    "&#x85;",
    "&#x202e;",
]


@pytest.mark.parametrize("entity", ENTITIES)
def test_entities_never_yield_controls(entity: str) -> None:
    source = (
        f"# Titre {entity}\n\nTexte {entity} *em {entity}*\n\n- item {entity}\n\n"
        f"> cité {entity}\n\n"
        f"| a {entity} |\n|---|\n| b {entity} |\n\n![alt {entity}](u{entity}.png)\n\n"
        f"[lien {entity}](http://x.example/{entity})\n\n```{entity}\ncode\n```\n"
    )
    blocks = parse(source)
    assert len(blocks) == 8
    for block in blocks:
        hrefs = [s.href or "" for s in block.spans]
        for text in (block.text, block.info, block.href or "", *hrefs):
            assert not UNSAFE.search(text), (block.kind, text)
            assert "\u202e" not in text
        for row in block.rows:
            for cell in row:
                assert not UNSAFE.search(cell.text)


def test_named_entities_decode() -> None:
    (block,) = parse("AT&amp;T &lt;b&gt; &eacute;t&eacute; &nbsp;fin")
    assert block.text == "AT&T <b> été \xa0fin"


def test_raw_html_is_shown_literally() -> None:
    blocks = parse("<div onclick=\"x\">bloc</div>\n\nTexte <b>gras</b> <script>alert(1)</script>\n")
    assert kinds(blocks) == ["paragraph", "paragraph"]
    assert blocks[0].text == '<div onclick="x">bloc</div>'
    assert blocks[1].text == "Texte <b>gras</b> <script>alert(1)</script>"
    assert blocks[1].spans == ()


def test_rich_markup_is_plain_text() -> None:
    (block,) = parse("[bold red]pas du balisage[/] et [link=http://x]ici[/link]")
    assert block.text == "[bold red]pas du balisage[/] et [link=http://x]ici[/link]"
    assert block.spans == ()


HOSTILE = {
    "quotes x10000": (">" * 10000 + " texte profond\n\naprès\n", ["texte profond", "après"]),
    "bullets x2000 on one line": ("- " * 2000 + "x\n\naprès\n", ["x", "après"]),
    "2000 nested lists": (
        "".join("  " * i + f"- item{i}\n" for i in range(2000)) + "\naprès\n",
        [f"item{i}" for i in range(2000)] + ["après"],
    ),
    "50000 [": ("[" * 50000 + "\n", ["[" * 50000]),
    "50000 [ then ]": ("[" * 50000 + "]" * 50000 + "\n", ["[" * 50000 + "]" * 50000]),
    "50000 *": ("*" * 50000 + "\n", None),
    "25000 backticks": ("`" * 25000 + "x\n", None),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_nesting_parses_without_losing_text(name: str) -> None:
    source, expected_text = HOSTILE[name]
    start = time.perf_counter()
    blocks = parse(source)
    assert time.perf_counter() - start < 20
    if expected_text is not None:
        # Very long paragraphs come as several blocks (MAX_BLOCK_CHARS); no text is lost.
        joined: list[str] = []
        for block in blocks:
            if joined and len(joined[-1]) >= MAX_BLOCK_CHARS - 1 and block.kind == "paragraph":
                joined[-1] += block.text
            else:
                joined.append(block.text)
        assert joined == expected_text


def test_text_after_deep_nesting_keeps_its_line() -> None:
    blocks = parse("- " * 100 + "profond\n\nligne suivante\n", line_offset=3)
    assert [(b.text, b.line) for b in blocks] == [("profond", 3), ("ligne suivante", 5)]


def test_block_words() -> None:
    (block,) = parse("Un  deux\ttrois\n")
    assert block.words == 3
    assert document.Block("rule", "").words == 0


def test_long_paragraph_is_split_at_sentence_ends_keeping_spans() -> None:
    sentence = "Une phrase assez longue sur **OpenAI** et ses modèles. "
    blocks = parse(sentence * 120)
    assert len(blocks) > 1
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert "".join(b.text for b in blocks) == (sentence.replace("**", "") * 120).rstrip()
    assert all(b.text.rstrip().endswith(".") for b in blocks)
    for block in blocks:
        strong = [block.text[s.start : s.end] for s in block.spans if s.style == "strong"]
        assert strong and set(strong) == {"OpenAI"}


# ---- issue 10: Markdown that lost its links, alt texts, numbers -----------------------------


@pytest.mark.parametrize("source", ["[![moon](moon.jpg)](/uri)",
                                    "[![moon](moon.jpg)][ref]\n\n[ref]: /uri\n"])
def test_a_link_around_an_image_keeps_its_address(source: str) -> None:
    [block] = parse(source)
    assert block.text == "[image: moon]"
    assert {(s.style, s.href) for s in block.spans} == {("image", "moon.jpg"), ("link", "/uri")}


def test_two_linked_badges_keep_both_addresses() -> None:
    source = ("[![build](https://ci/badge.svg)](https://ci/run) "
              "[![pypi](https://pypi/badge.svg)](https://pypi/p)\n")
    [block] = parse(source)
    links = [(block.text[s.start:s.end], s.href) for s in block.spans if s.style == "link"]
    assert links == [("[image: build]", "https://ci/run"), ("[image: pypi]", "https://pypi/p")]


def test_a_heading_or_cell_of_only_an_image_keeps_its_alt_text() -> None:
    heading, table = parse("# ![Logo](logo.png)\n\n| ![x](x.png) |\n|---|\n| ![y](y.png) |\n")
    assert (heading.kind, heading.text) == ("heading", "[image: Logo]")
    assert [[cell.text for cell in row] for row in table.rows] == [["[image: x]"], ["[image: y]"]]


def test_an_ordered_list_may_start_at_zero() -> None:
    assert [b.marker for b in parse("0. zero\n1. one\n")] == ["0.", "1."]


def test_a_line_break_inside_alt_text_is_a_space() -> None:
    [image] = parse("![foo\nbar](/u)\n")
    assert (image.kind, image.text, image.href) == ("image", "foo bar", "/u")


def test_task_lists_are_parsed_into_checked_items() -> None:
    items = parse("- [x] fait *vite*\n- [ ] à faire\n1. [x] numéroté\n")
    assert [(b.text, b.checked, b.marker) for b in items] == [
        ("fait vite", True, "☑"), ("à faire", False, "☐"), ("numéroté", True, "1. ☑"),
    ]
    assert [span_text(items[0], s) for s in items[0].spans] == ["vite"]


def test_footnotes_are_a_reference_and_a_block() -> None:
    blocks = parse("Texte[^note] suivi.\n\n[^note]: La *note* elle-même.\n")
    assert [(b.kind, b.text, b.marker) for b in blocks] == [
        ("paragraph", "Texte[1] suivi.", ""), ("footnote", "La note elle-même.", "[1]"),
    ]
    [ref] = blocks[0].spans
    assert (ref.style, span_text(blocks[0], ref)) == ("footnote_ref", "[1]")


def test_an_empty_link_shows_its_address() -> None:
    [block] = parse("[](./target.md)\n")
    [link] = block.spans
    assert (block.text, link.href) == ("./target.md", "./target.md")
