"""The bundled articles keep every word of their sources and gain only structure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader import document
from reader.articles import Article, load_article
from reader.paths import seeds_dir

SOURCES = Path(__file__).parent / "data" / "seed_sources"
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")

# What structure each seed was given: (h1, h2, list items, images, title).
EXPECTED = {
    "000_49dae49570f5a508": (
        0, 3, 0, 0, "Apple et Meta explorent désormais des voies de collaboration",
    ),
    "001_fb4bc891a711a523": (
        0, 2, 0, 0, "Meta Platforms envisage de s'associer à ses principaux concurrents",
    ),
    "002_581111a87271915b": (
        1, 3, 0, 0,
        "Meta secoue le monde de l’IA : Découvrez pourquoi l’entreprise demande de l’aide à ses"
        " concurrents !",
    ),
    "003_83c5d11879767ac2": (
        1, 2, 0, 3,
        "Apple obtient un soulagement pour un problème d’IA. Cela pourrait réparer Apple"
        " Intelligence pour tout le monde",
    ),
    "004_5c2ae28543568fe5": (
        1, 1, 9, 0,
        "Ça sent le roussi pour Google\xa0: Microsoft et Meta s’associent dans leur course à l’IA",
    ),
}


def source_words(name: str) -> list[str]:
    """The source's words, with images reduced to their alt text and bullet glyphs dropped."""
    text = (SOURCES / f"{name}.txt").read_text(encoding="utf-8")
    text = IMAGE.sub(lambda m: m.group(1), text).replace("•", " ")
    return text.split()


def rendered_words(article: Article) -> list[str]:
    return " ".join(block.text for block in article.blocks).split()


def seed(name: str) -> Article:
    return load_article(seeds_dir() / f"{name}.md")


def test_every_source_has_a_seed() -> None:
    assert sorted(p.stem for p in SOURCES.glob("*.txt")) == sorted(EXPECTED)
    assert sorted(p.stem for p in seeds_dir().glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_rendered_words_equal_source_words(name: str) -> None:
    words = rendered_words(seed(name))
    expected = source_words(name)
    # Point at the first difference, so a failure says which word went astray.
    first = next(
        (i for i, (a, b) in enumerate(zip(words, expected, strict=False)) if a != b),
        min(len(words), len(expected)),
    )
    assert words == expected, (
        f"first difference at word {first}: {words[first:first + 5]} != "
        f"{expected[first:first + 5]}"
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_source_line_is_one_block(name: str) -> None:
    """No paragraph was merged into another (e.g. by a lazy list continuation) or split."""
    text = (SOURCES / f"{name}.txt").read_text(encoding="utf-8")
    lines = [IMAGE.sub(lambda m: m.group(1), line).replace("•", " ").split()
             for line in text.splitlines() if line.strip()]
    assert [block.text.split() for block in seed(name).blocks] == lines


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_id_title_and_structure(name: str) -> None:
    h1, h2, items, images, title = EXPECTED[name]
    article = seed(name)
    assert article.id == name
    assert article.title == title
    kinds = [(b.kind, b.level) for b in article.blocks]
    assert kinds.count((document.HEADING, 1)) == h1
    assert kinds.count((document.HEADING, 2)) == h2
    assert sum(b.kind == document.LIST_ITEM for b in article.blocks) == items
    assert sum(b.kind == document.IMAGE for b in article.blocks) == images
    assert {b.kind for b in article.blocks} <= {
        document.HEADING, document.PARAGRAPH, document.LIST_ITEM, document.IMAGE,
    }
    if h1:
        # The title line stays in the body, as the first block.
        assert article.blocks[0].kind == document.HEADING
        assert article.blocks[0].level == 1
        assert article.blocks[0].text.strip() == title.strip()


def test_list_items_are_bullets_without_glyph_in_text() -> None:
    items = [b for b in seed("004_5c2ae28543568fe5").blocks if b.kind == document.LIST_ITEM]
    assert all(b.marker == "•" and b.level == 1 for b in items)
    assert items[0].text.startswith("Llama 2 sera disponible")
    assert not any("•" in b.text for b in items)


def test_images_keep_alt_text_and_address() -> None:
    images = [b for b in seed("003_83c5d11879767ac2").blocks if b.kind == document.IMAGE]
    assert images[0].text == "Le modèle Qwen AI d'Alibaba fonctionnant sur un téléphone Android."
    assert images[0].href == (
        "https://www.digitaltrends.com/wp-content/uploads/2025/02/alibaba-qwen-ai.jpg"
        "?fit=3758%2C2506&p=1"
    )


@pytest.mark.parametrize("name", ["000_49dae49570f5a508", "001_fb4bc891a711a523"])
def test_front_matter_is_metadata_not_body(name: str) -> None:
    article = seed(name)
    assert article.meta["title"] == EXPECTED[name][4]
    assert article.meta["lang"] == "fr"
    assert article.language == "fr"
    assert article.text.startswith("---\n")
    assert not article.body.startswith("---")
    for block in article.blocks:
        assert "title:" not in block.text
        assert "lang:" not in block.text
        assert "---" not in block.text
    # The body starts with the source's first sentence, not with metadata.
    assert article.blocks[0].kind == document.PARAGRAPH
    assert article.blocks[0].text.split()[:6] == source_words(name)[:6]
    # Every word of the title comes from the first sentence.
    first_sentence = source_words(name)[: source_words(name).index("Selon")]
    assert set(EXPECTED[name][4].split()) <= set(first_sentence)


def test_seeds_without_front_matter_have_none() -> None:
    for name in ("002_581111a87271915b", "003_83c5d11879767ac2", "004_5c2ae28543568fe5"):
        article = seed(name)
        assert article.meta == {}
        assert article.body_offset == 0


def test_seed_markdown_has_no_stray_markup() -> None:
    """Nothing in the seeds is emphasis, code or a link: the sources had none."""
    for name in EXPECTED:
        for block in seed(name).blocks:
            assert block.spans == ()
