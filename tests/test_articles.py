"""Loading articles: front matter, titles, ids, and files that are not articles."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reader import document
from reader.articles import (
    EXTENSIONS,
    MAX_BYTES,
    Listing,
    LoadError,
    article_from_text,
    assign_ids,
    discover,
    load_article,
    load_library,
    parse_front_matter,
)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_front_matter_is_parsed_and_excluded_from_blocks(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\n"
        'title: "Meta et Google : un accord"\n'
        "source: https://example.com/article\n"
        "Date: 2025-07-01\n"
        "lang: fr\n"
        "\n"
        "tags:\n"
        "  - ia\n"
        "---\n"
        "\n"
        "Premier paragraphe du corps.\n"
        "\n"
        "## Section\n",
    )
    article = load_article(path)
    assert article.meta == {
        "title": "Meta et Google : un accord",
        "source": "https://example.com/article",
        "date": "2025-07-01",
        "lang": "fr",
        "tags": "",
    }
    assert article.title == "Meta et Google : un accord"
    assert article.language == "fr"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "Premier paragraphe du corps."),
        ("heading", "Section"),
    ]
    # Lines count in the whole file, so positions match the file on disk.
    assert [b.line for b in article.blocks] == [10, 12]
    assert article.body.startswith("\nPremier paragraphe")
    assert article.text[: article.body_offset].count("---") == 2
    assert article.words == 5  # metadata words are not reading words
    for block in article.blocks:
        assert "source" not in block.text and "2025" not in block.text


def test_text_between_two_rules_is_not_hidden_as_front_matter() -> None:
    article = article_from_text("---\nUne introduction.\n---\nLe corps.\n", Path("r.md"))
    assert article.meta == {}
    assert article.body_offset == 0
    assert "Une introduction." in [b.text for b in article.blocks]


@pytest.mark.parametrize(
    "source",
    ["---\n# Un titre\n---\nLe corps.\n", "---\ntitle: x\n# Un titre\n---\nLe corps.\n"],
)
def test_a_heading_between_two_rules_is_text_not_front_matter(source: str) -> None:
    # Front matter is only `key: value` lines and blanks: a `#` line is a heading to show.
    article = article_from_text(source, Path("r.md"))
    assert article.meta == {}
    assert ("heading", "Un titre") in [(b.kind, b.text) for b in article.blocks]


def test_unclosed_front_matter_is_body() -> None:
    meta, offset = parse_front_matter("---\ntitle: x\nle reste\n")
    assert (meta, offset) == ({}, 0)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("---\ntitle: Du front matter\n---\n# Un titre\n", "Du front matter"),
        ("Intro.\n\n# Le titre\n\nTexte.\n", "Le titre"),
        ("## Sous-titre\n\n# Titre après\n", "Sous-titre"),
        ("### Trop petit\n\nPremière phrase ici. Deuxième phrase.\n", "Trop petit"),
        ("Première phrase ici. Deuxième phrase.\n", "Première phrase ici."),
        ("**Gras** et [lien](http://x.example) ici. Suite.\n", "Gras et lien ici."),
        ("---\ntitle:\n---\nRepli sur le corps ?\nOui.\n", "Repli sur le corps ?"),
        ("", "nom-du-fichier"),
        ("   \n\n", "nom-du-fichier"),
        ("```\nque du code\n```\n", "nom-du-fichier"),
    ],
)
def test_title_fallbacks(text: str, title: str) -> None:
    assert article_from_text(text, Path("nom-du-fichier.md")).title == title


def test_long_first_sentence_is_shortened() -> None:
    article = article_from_text("mot " * 100, Path("long.md"))
    assert len(article.title) == 120
    assert article.title.endswith("…")


def test_txt_title_line_becomes_heading(tmp_path: Path) -> None:
    text = "Un titre de note\n\nLe premier paragraphe.\nSuite.\n\nFin.\n"
    path = write(tmp_path / "note.txt", text)
    article = load_article(path)
    assert article.markdown is False
    assert article.title == "Un titre de note"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("heading", "Un titre de note"),
        ("paragraph", "Le premier paragraphe. Suite."),
        ("paragraph", "Fin."),
    ]


def test_txt_without_title_line_and_markdown_left_literal(tmp_path: Path) -> None:
    path = write(tmp_path / "brut.txt", "Ceci est une phrase. Et *pas* de Markdown.\n# ni titre\n")
    article = load_article(path)
    assert article.title == "Ceci est une phrase."
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "Ceci est une phrase. Et *pas* de Markdown."),
        ("paragraph", "# ni titre"),
    ]
    assert article.meta == {}


def test_txt_front_matter_is_not_parsed() -> None:
    article = article_from_text("---\ntitle: x\n---\ntexte\n", Path("a.txt"))
    assert article.meta == {}
    assert article.body_offset == 0


def test_ids_are_stems_made_unique(tmp_path: Path) -> None:
    write(tmp_path / "one" / "article.md", "# Un\n")
    write(tmp_path / "two" / "article.md", "# Deux\n")
    write(tmp_path / "two" / "article.txt", "Trois\n")
    write(tmp_path / "two" / "autre.markdown", "# Autre\n")
    write(tmp_path / "two" / "ignoré.png", "<p>non</p>\n")
    write(tmp_path / "two" / "page.html", "<h1>Page</h1><p>Un texte assez long pour un article"
          " que l'extracteur garde, comme une page enregistrée depuis le navigateur.</p>\n")
    write(tmp_path / "two" / ".cache.md", "caché\n")
    library = load_library([tmp_path / "one", tmp_path / "two"])
    assert library.messages == []
    assert [(a.id, a.title) for a in library.articles] == [
        ("article", "Un"),
        ("article~2", "Deux"),
        ("article~3", "Trois"),
        ("autre", "Autre"),
        ("page", "Page"),  # a web page saved to disk is read as the article it holds
    ]
    assert len({a.id for a in library.articles}) == 5
    assert library.by_id("article~2").path == tmp_path / "two" / "article.md"
    assert library.by_id("absent") is None


def test_single_file_path_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "seul.md", "# Seul\n")
    library = load_library([path])
    assert [a.id for a in library.articles] == ["seul"]


def assert_one_line_naming(message: str, name: str) -> None:
    assert "\n" not in message and "\r" not in message
    assert name in message
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in message)


def test_bad_files_are_skipped_with_one_line_messages(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    write(lib / "bon.md", "# Bon\n\nTexte.\n")
    write(lib / "gros.md", b"a" * (MAX_BYTES + 1))
    write(lib / "binaire.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (lib / "dossier.md").mkdir()
    os.mkfifo(lib / "tube.md")
    missing = tmp_path / "absent.md"
    library = load_library([lib, missing])
    assert [a.id for a in library.articles] == ["bon"]
    assert len(library.messages) == 5
    by_name = {
        name: next(m for m in library.messages if name in m)
        for name in ("gros.md", "binaire.md", "dossier.md", "tube.md", "absent.md")
    }
    for name, message in by_name.items():
        assert_one_line_naming(message, name)
    assert "too large" in by_name["gros.md"]
    assert "not a text file" in by_name["binaire.md"]
    assert "directory" in by_name["dossier.md"]
    assert "not a regular file" in by_name["tube.md"]
    assert "no such file" in by_name["absent.md"]


def test_exactly_five_megabytes_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "limite.md", b"a " * (MAX_BYTES // 2))
    assert load_article(path).words == MAX_BYTES // 2


def test_unreadable_path_raises_load_error(tmp_path: Path) -> None:
    # Everything runs as root here: a regular file used as a directory is unreadable for all.
    blocker = write(tmp_path / "fichier", "pas un dossier")
    with pytest.raises(LoadError) as error:
        load_article(blocker / "x.md")
    assert_one_line_naming(str(error.value), "fichier/x.md")
    library = load_library([blocker / "x.md"])
    assert library.articles == []
    assert len(library.messages) == 1


def test_control_characters_in_file_names_are_escaped(tmp_path: Path) -> None:
    write(tmp_path / "mal\x1b[31mnommé.md", "")
    write(tmp_path / "deux\nlignes.md", "# Deux lignes\n")
    library = load_library([tmp_path, tmp_path / "absent\x1b]0;x\x07.md"])
    assert sorted(a.id for a in library.articles) == ["deux\\x0alignes", "mal\\x1b[31mnommé"]
    assert library.by_id("mal\\x1b[31mnommé").title == "mal\\x1b[31mnommé"
    (message,) = library.messages
    assert_one_line_naming(message, "absent\\x1b]0;x\\x07.md")


def test_cp1252_file_loads_with_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "ancien.md", "# L’été\n\nCafé à 5 € — « déjà ».\n".encode("cp1252"))
    article = load_article(path)
    assert article.title == "L’été"
    assert article.blocks[1].text == "Café à 5 € — « déjà »."
    assert article.notice is not None
    # Named by its path, as the "not a text file" message names a binary file: one way.
    assert article.notice.startswith(f"{path}: ")
    assert "Windows-1252" in article.notice
    binary = write(tmp_path / "image.md", b"\x00\x01\x02PNG" * 50)
    with pytest.raises(LoadError, match="^" + re.escape(f"{binary}: ")):
        load_article(binary)
    library = load_library([path])
    assert library.messages == [article.notice]
    assert library.articles[0].title == "L’été"


def test_utf8_file_has_no_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "moderne.md", "# L’été\n")
    assert load_article(path).notice is None
    assert load_library([path]).messages == []


def test_controls_in_content_are_stripped_at_load(tmp_path: Path) -> None:
    path = write(tmp_path / "esc.md", "# Titre\x1b[31m rouge\x1b[0m\r\n\r\nTexte\x07 ici\x9b2J.\n")
    article = load_article(path)
    assert article.title == "Titre rouge"
    assert [b.text for b in article.blocks] == ["Titre rouge", "Texte ici."]
    assert "\x1b" not in article.text and "\r" not in article.text


def test_words_reading_time_and_digest() -> None:
    short = article_from_text("# Titre\n\n" + "mot " * 460, Path("a.md"))
    assert short.words == 461
    assert short.reading_minutes == 2
    assert article_from_text("", Path("e.md")).reading_minutes == 0
    assert article_from_text("un mot", Path("u.md")).reading_minutes == 1
    same = article_from_text("# Titre\n\n" + "mot " * 460, Path("b.md"))
    edited = article_from_text("# Titre\n\n" + "mot " * 461, Path("a.md"))
    assert short.digest == same.digest
    assert short.digest != edited.digest


def test_markdown_syntax_is_not_counted_as_words() -> None:
    text = "# Titre\n\n- [lien](https://example.com/long/url) ici\n"
    article = article_from_text(text, Path("m.md"))
    assert article.words == 3
    assert [b.kind for b in article.blocks] == [document.HEADING, document.LIST_ITEM]


# ---- listing a folder: what `Path.rglob` found, in the same order, without Path objects ------


def _rglob_discover(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """How reader listed folders before (`Path.rglob` and sorted Paths): the reference."""
    files: list[Path] = []
    messages: list[str] = []
    for path in paths:
        if path.is_dir() and path.suffix.lower() not in EXTENSIONS:
            found = [p for p in path.rglob("*")
                     if p.suffix.lower() in EXTENSIONS and not p.name.startswith(".")]
            files.extend(sorted(found))
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            messages.append(f"{path}: no such file or directory")
    return files, messages


def _tree(root: Path) -> None:
    for name in ("a/b.md", "a-c.md", "a/z/x.md", "x.md", "b/x.md", "B.MD", "notes.txt",
                 "c.markdown", ".hidden.md", ".git/inside.md", "x.tar.md", "e\x1bvil.md",
                 "skip.html", "weird.", "d.md/inner.md"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("# T\n", encoding="utf-8")
    (root / "linked").symlink_to(root / "a", target_is_directory=True)
    (root / "gone.md").symlink_to(root / "nowhere.md")


def test_a_listing_finds_what_rglob_found_in_the_same_order(tmp_path: Path) -> None:
    _tree(tmp_path / "lib")
    single = tmp_path / "lib" / "x.md"
    paths = [tmp_path / "lib", single, tmp_path / "missing.md", tmp_path / "lib" / "b"]
    files, messages = _rglob_discover(paths)
    # (each file once, where first listed: x.md and b/ are inside lib/ already)
    once = [f for n, f in enumerate(files)
            if os.path.abspath(f) not in {os.path.abspath(g) for g in files[:n]}]
    assert len(once) < len(files)
    files = once
    listing = Listing(paths)
    assert listing.files() == files
    assert discover(paths) == (files, messages)
    assert len(listing) == len(files)


def test_a_file_given_twice_or_with_its_folder_is_one_article(tmp_path: Path) -> None:
    # `reader relations f.md f.md` counted "2 articles", the same sentence twice; the app
    # listed f and f~2.
    article = write(tmp_path / "lib" / "f.md", "# T\n\nMicrosoft investit dans OpenAI.\n")
    again = tmp_path / "lib" / ".." / "lib" / "f.md"
    library = load_library([article, article, tmp_path / "lib", again])
    assert [a.id for a in library.articles] == ["f"]


def test_the_first_file_of_a_listing_is_the_one_of_smallest_id(tmp_path: Path) -> None:
    _tree(tmp_path / "lib")
    for paths in ([tmp_path / "lib"], [tmp_path / "lib" / "b", tmp_path / "lib"]):
        named = assign_ids(Listing(paths).files())
        assert Listing(paths).first() == min(named, key=lambda item: item[1])


def test_the_first_file_of_a_listing_is_the_one_read_last_with_its_id(tmp_path: Path) -> None:
    _tree(tmp_path / "lib")
    listing = Listing([tmp_path / "lib"])
    named = assign_ids(listing.files())
    # Three files are called x.md: each read last comes back with the id the library gives it.
    for path, article_id in named:
        if path.name == "x.md":
            assert listing.first(str(path.resolve())) == (path, article_id)
    assert [i for p, i in named if p.name == "x.md"] == ["x", "x~2", "x~3"]
    gone = str(tmp_path / "elsewhere" / "x.md")
    assert listing.first(gone) == min(named, key=lambda item: item[1])


# ---- a title read without markdown-it ----------------------------------------------------------

def _parsed_title(body: str) -> str:
    """The title a full Markdown parse gives (its first level-1/2 heading)."""
    from reader.articles import _shorten

    heading = next(b for b in document.parse(body) if b.kind == document.HEADING)
    assert heading.level <= 2
    return _shorten(heading.text)


@pytest.mark.parametrize("body", [
    "# Meta secoue le monde de l’IA : Découvrez pourquoi !\n\nTexte.",
    "\n  \n   ## Titre avec espaces   \nsuite",
    "# Ça sent le roussi pour Google : Microsoft et Meta s’associent \n",
    "# " + "long " * 60 + "\n",
    "# 1. Pas une liste > ni une citation ! (ni) {rien}\n",
    "# Ça sent le roussi pour Google\u00a0: Microsoft\n",
    "# Ça sent le roussi : à l’IA\u00a0\n\nTexte.",
    "#  \u3000\u2003Espaces de toutes sortes\u202f \u00a0\n",
])
def test_a_plain_opening_heading_gives_the_parsed_title(body: str) -> None:
    from reader.articles import plain_heading_title

    assert plain_heading_title(body) == _parsed_title(body)


@pytest.mark.parametrize("body", [
    "# Le *nouveau* modèle", "# Le `code`", "# Un [lien](https://x.fr)", "# A &amp; B",
    "# Un \\# échappé", "# Titre fermé ##", "#\tTabulé", "### Niveau trois", "    # du code",
    "# Un <https://x.fr>", "# Barré ~~ici~~", "# Note[^1]\n\n[^1]: n", "# snake_case_name",
    "Paragraphe\n# Titre", "#Collé", "# \u0085espace de fin de ligne",
])
def test_a_heading_with_inline_syntax_is_left_to_the_parser(body: str) -> None:
    from reader.articles import plain_heading_title

    assert plain_heading_title(body) is None
    article = article_from_text(body, Path("a.md"))
    assert article.title  # the parse still finds a title


def test_titles_from_opening_headings_match_the_parse_on_random_lines() -> None:
    import random

    from reader.articles import plain_heading_title

    rng = random.Random(12)
    alphabet = "aéZ9 :!?.,'’()-–#*_`[]<>&\\~|\t\u00a0\u2028\u3000\u2003\u0085{}/@$%^"
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))
        body = rng.choice(["", "\n", " \n"]) + " " * rng.randint(0, 4) + "#" * rng.randint(1, 3) \
            + " " * rng.randint(0, 2) + line + "\n\nTexte."
        title = plain_heading_title(body)
        if title is not None:
            assert title == _parsed_title(body), repr(body)
