"""An article's links list and the only address form reader copies to the clipboard."""

from __future__ import annotations

import pytest

from reader.document import parse
from reader.links import article_links, web_address


def test_links_in_reading_order_with_numbers_text_and_address() -> None:
    blocks = parse(
        "Voir [la *source*](https://a.fr/x) et <https://b.fr>.\n\n"
        "| Nom | Lien |\n|---|---|\n| A | [ici](http://c.fr) |\n\n"
        "[![badge](https://ci/b.svg)](https://ci/run)\n"
    )
    assert [(link.number, link.text, link.href) for link in article_links(blocks)] == [
        (1, "la source", "https://a.fr/x"),
        (2, "https://b.fr", "https://b.fr"),
        (3, "ici", "http://c.fr"),
        (4, "[image: badge]", "https://ci/run"),
    ]


@pytest.mark.parametrize(
    ("href", "address"),
    [
        ("https://exemple.fr/a?b=1#c", "https://exemple.fr/a?b=1#c"),
        ("HTTP://exemple.fr/", "HTTP://exemple.fr/"),
        ("https://exemple.fr/été", "https://exemple.fr/%C3%A9t%C3%A9"),
        ("https://exemple.fr/a%20b", "https://exemple.fr/a%20b"),
        ("https://exe mple.fr/\x1b]52;c;cHduZWQ=\x07", "https://exemple.fr/"),
        ("https://exemple.fr/\u009d52;x", "https://exemple.fr/"),
        ("mailto:presse@exemple.fr", None),
        ("javascript:alert(1)", None),
        ("/chemin/local", None),
        ("https:///sans-hote", None),
        ("https://" + "a" * 3000, None),
        ("", None),
    ],
)
def test_only_clean_http_addresses_are_copied(href: str, address: str | None) -> None:
    cleaned = web_address(href)
    assert cleaned == address
    if cleaned is not None:
        assert cleaned.isascii() and cleaned.isprintable() and " " not in cleaned
