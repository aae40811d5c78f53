"""Every CommonMark 0.31.2 example and the GFM extension examples, through the article model.

The model must not lose a word, a link address or an alt text that markdown-it-py's own HTML
rendering of the same source shows (the examples are test data in tests/data/commonmark).
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader import document
from reader.document import Block

DATA = Path(__file__).parent / "data" / "commonmark"
EXAMPLES = [
    (f"commonmark-{e['example']}", e["markdown"])
    for e in json.loads((DATA / "commonmark.json").read_text(encoding="utf-8"))
] + [
    (f"gfm-{e['extension']}-{e['example']}", e["markdown"])
    for e in json.loads((DATA / "gfm_extensions.json").read_text(encoding="utf-8"))
]


class _Seen(HTMLParser):
    """The words, link addresses and alt texts an HTML page shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.hrefs: list[str] = []
        self.alts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href") and not (found.get("href") or "").startswith("#"):
            self.hrefs.append(found["href"] or "")
        if tag == "img":
            self.alts.append(found.get("alt") or "")
            self.hrefs.append(found.get("src") or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _model(blocks: list[Block]) -> tuple[str, set[str]]:
    """All text the model holds (as one string) and every address in it."""
    texts: list[str] = []
    hrefs: set[str] = set()
    for block in blocks:
        texts += [block.text, block.marker, block.info]
        if block.href:
            hrefs.add(block.href)
        spans = list(block.spans)
        for row in block.rows:
            for cell in row:
                texts.append(cell.text)
                spans += cell.spans
        hrefs |= {span.href for span in spans if span.href}
    return "\n".join(texts), hrefs


@pytest.mark.parametrize(("name", "source"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_no_word_address_or_alt_text_is_lost(name: str, source: str) -> None:
    seen = _Seen()
    seen.feed(document._parser().render(source))
    text, hrefs = _model(document.parse(source))
    missing_words = [w for w in "".join(seen.text).split() if w not in text]
    # Footnote back-links (↩︎) are the HTML's navigation, not the author's words.
    missing_words = [w for w in missing_words if w != "↩︎"]
    assert missing_words == [], (source, text)
    assert [h for h in seen.hrefs if h and h not in hrefs] == [], (source, hrefs)
    assert [a for a in seen.alts if a and a not in text] == [], (source, text)


def test_the_examples_are_all_there() -> None:
    assert sum(name.startswith("commonmark-") for name, _ in EXAMPLES) == 652
    assert {name.split("-")[1] for name, _ in EXAMPLES if name.startswith("gfm-")} == {
        "table", "strikethrough", "tasklist",
    }
