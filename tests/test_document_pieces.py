"""A long article parsed a piece at a time gives exactly the blocks a whole parse gives.

`document.Parsing` cuts the text where every Markdown container is closed and parses the pieces
apart (the first ones before the article is shown, the rest in a worker). The blocks must be
the same as `document.parse` of the whole text, for every CommonMark and GFM spec example, for
examples run together (so that cuts fall between them), and for the seeds, with the smallest
pieces possible (a cut at every place the scan allows).
"""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import pytest

from reader import document
from reader.articles import LAZY_CHARS, article_from_text, load_article
from reader.paths import seeds_dir

DATA = Path(__file__).parent / "data" / "commonmark"
EXAMPLES = [
    e["markdown"] for e in json.loads((DATA / "commonmark.json").read_text(encoding="utf-8"))
] + [
    e["markdown"] for e in json.loads((DATA / "gfm_extensions.json").read_text(encoding="utf-8"))
]


def pieces(source: str, line_offset: int = 0, chunk: int = 1) -> list[document.Block]:
    blocks = document.Parsing(source, line_offset, chunk=chunk).all()
    assert blocks is not None
    return blocks


@pytest.mark.parametrize("number", range(len(EXAMPLES)))
def test_each_spec_example_in_pieces_is_the_whole_parse(number: int) -> None:
    source = EXAMPLES[number]
    assert pieces(source, 3) == document.parse(source, 3)


@pytest.mark.parametrize("seed", range(40))
def test_spec_examples_run_together_in_pieces_are_the_whole_parse(seed: int) -> None:
    # Six examples in a row: the cuts fall between and inside them, after lists, fences, quotes.
    rng = random.Random(seed)
    source = rng.choice(["\n", "\n\n", "\n\n\n"]).join(rng.sample(EXAMPLES, 6))
    assert pieces(source) == document.parse(source)


def test_all_spec_examples_as_one_text_in_pieces_are_the_whole_parse() -> None:
    # Without reference definitions and footnotes, which make a text be parsed whole.
    source = "\n\n".join(e for e in EXAMPLES if "]:" not in e and "^[" not in e)
    whole = document.parse(source)
    for chunk in (1, 500, 5000):
        assert pieces(source, chunk=chunk) == whole


@pytest.mark.parametrize("path", sorted(seeds_dir().glob("*.md")), ids=lambda p: p.name)
def test_seeds_in_pieces_are_the_whole_parse(path: Path) -> None:
    article = load_article(path)
    for chunk in (1, 300, 3000):
        assert pieces(article.body, article.body_line, chunk) == article.blocks


LONG = "\n\n".join(
    f"## Partie {n}\n\nUn paragraphe {n} avec *OpenAI* et un [lien](https://x.fr/{n}).\n\n"
    f"- un point\n- un autre\n\n  suite du point\n\n1. premier\n1. second\n\n"
    f"> une citation\n>\n> encore\n\n```python\nprint({n})\n\n\nprint('fin')\n```\n\n"
    f"| a | b |\n|---|--:|\n| {n} | x |\n\n---\n\n    du code indenté\n\n    encore"
    for n in range(400)
) + "\n"


def test_head_is_the_start_of_the_blocks_and_parses_only_that_far() -> None:
    whole = document.parse(LONG, 2)
    parsing = document.Parsing(LONG, 2)
    head = parsing.head(10)
    assert len(head) >= 10
    assert head == whole[: len(head)]
    assert len(head) < len(whole) / 4  # not the whole text
    assert not parsing.complete
    assert parsing.all() == whole
    assert parsing.complete
    assert parsing.head(10) == whole  # once done, a head is everything


def test_a_fence_the_scan_misjudges_is_parsed_right() -> None:
    # The scan takes "  ```" in the item for an open fence, ended only by the next "```" (which
    # in fact opens one): it would cut inside that fence. The piece's parse shows the fence
    # running to the cut, and the rest is parsed whole.
    filler = "\n\n".join(f"Paragraphe {n}." for n in range(50))
    source = f"- point\n\n  ```\n  code\n\nTexte.\n\n```\nx\n\ny\n\nz\n```\n\n{filler}\n"
    assert pieces(source) == document.parse(source)
    code = [b.text for b in pieces(source) if b.kind == document.CODE]
    assert code == ["code", "x\n\ny\n\nz"]


def test_references_and_footnotes_anywhere_are_seen_by_every_piece() -> None:
    filler = "\n\n".join(f"Paragraphe {n}." for n in range(200))
    source = (f"Voir [le site][site] et la note[^1], ou ^[une note en ligne].\n\n{filler}\n\n"
              "[site]: https://example.org\n\n[^1]: La note.\n")
    parsing = document.Parsing(source, chunk=10)
    assert parsing.head(1) == document.parse(source)  # parsed whole, links resolved
    blocks = parsing.all()
    assert blocks == document.parse(source)
    assert blocks is not None and any(s.href == "https://example.org" for s in blocks[0].spans)


def test_deep_nesting_in_a_piece_is_the_whole_parse() -> None:
    # Past the nesting limit markdown-it drops a list's lines to the end of the text (reader
    # shows them as plain paragraphs): a piece must not stop that at its own end.
    filler = "\n\n".join(f"*Paragraphe* {n}." for n in range(100))
    source = f"{filler}\n\n" + "> " * 60 + "fond\n\n" + "- " * 60 + "liste\n\n" + filler + "\n"
    whole = document.parse(source)
    assert whole[-1].text == "*Paragraphe* 99."  # the case: dropped lines, shown as they are
    assert pieces(source) == whole


def test_an_empty_item_gives_no_bullet_to_the_paragraph_after_its_list() -> None:
    blocks = document.parse("*\n\nUn paragraphe.\n")
    assert [(b.kind, b.text, b.marker) for b in blocks] == [
        (document.PARAGRAPH, "Un paragraphe.", "")
    ]


def test_a_worker_and_the_loop_share_one_parse() -> None:
    whole = document.parse(LONG)
    parsing = document.Parsing(LONG, chunk=2000)
    results: list[object] = []
    thread = threading.Thread(target=lambda: results.append(parsing.all()))
    thread.start()
    heads = [parsing.head(n) for n in range(0, 4000, 200)]
    thread.join()
    assert results == [whole]
    for head in heads:
        assert head == whole[: len(head)]


def test_a_cancelled_parse_stops_and_can_go_on() -> None:
    parsing = document.Parsing(LONG, chunk=2000)
    assert parsing.all(cancelled=lambda: True) is None
    assert not parsing.complete
    assert parsing.all() == document.parse(LONG)


def test_an_article_parses_its_head_then_the_rest() -> None:
    text = "---\ntitle: Long\n---\n" + LONG
    assert len(LONG) > LAZY_CHARS
    article = article_from_text(text, Path("long.md"))
    whole = document.parse(article.body, article.body_line)
    head = article.head(5)
    assert head == whole[: len(head)] and len(head) < len(whole)
    assert not article.parsed
    rest = article.parse_rest()
    assert rest == whole
    assert not article.parsed  # the worker's result is handed over by the caller
    article.set_blocks(rest)
    assert article.parsed and article.blocks is rest and article.parsing is None
    assert article.known_words == sum(b.words for b in whole)


def test_a_short_article_is_parsed_whole_at_once() -> None:
    article = article_from_text("# Court\n\nUn paragraphe.\n", Path("court.md"))
    assert article.head(1) == article.blocks
    assert article.parsed and article.parsing is None
