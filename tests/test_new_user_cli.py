"""A new user's walk of the command line (fresh state): numbering, messages, local files."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from reader.translation.cli import run_models, run_translate


def test_no_model_says_where_the_offline_file_comes_from(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # an index nobody answers at: no test goes to the internet
        probe.bind(("127.0.0.1", 0))
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"http://127.0.0.1:{probe.getsockname()[1]}/")
    assert run_translate("1", as_json=True, out=io.StringIO()) == 3
    err = capsys.readouterr().err
    listed = io.StringIO()
    assert run_models(["list"], listed) == 0
    for text in (err, listed.getvalue()):
        # The package's file name and the index to get it from, on one line, no Markdown.
        line = next(line for line in text.splitlines() if "Without internet" in line)
        assert "translate-fr_en-1_9.argosmodel" in line
        assert "https://www.argosopentech.com/argospm/index/" in line
        assert "reader models install FILE.argosmodel" in line
        assert "`" not in text


PAGE = (
    "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Une page | Le Site</title>"
    "</head><body><nav><a href='/'>Accueil</a> <a href='/tech'>Tech</a></nav><article>"
    "<h1>OpenAI et Mistral AI signent un accord</h1>"
    "<p>OpenAI annonce un partenariat avec Mistral AI autour du modèle GPT-4o. Les deux "
    "entreprises veulent proposer ensemble des outils aux développeurs européens.</p>"
    "<p>Selon la presse, <a href='https://example.org/accord'>l'accord</a> prévoit aussi des "
    "travaux communs sur la sécurité des modèles et sur leur coût.</p></article>"
    "<footer>© 2026 Le Site</footer></body></html>"
)


@pytest.mark.parametrize("form", ["relative", "absolute", "file-url"])
def test_add_copies_a_local_file_into_the_library(
    form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.articles import load_library
    from reader.cli import main
    from reader.paths import default_library

    (tmp_path / "files").mkdir()
    page = tmp_path / "files" / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    given = {"relative": "files/page.html", "absolute": str(page),
             "file-url": page.as_uri()}[form]
    assert main(["add", given]) == 0
    assert capsys.readouterr().out.startswith("new ")
    # Read through the same extractor as a web page, then a saved article like any other.
    saved = [a for a in load_library(default_library()).articles if "seeds" not in str(a.path)]
    assert [a.title for a in saved] == ["OpenAI et Mistral AI signent un accord"]
    assert "<" not in saved[0].text and saved[0].meta["url"] == page.as_uri()
    assert main(["add", given]) == 0  # again: the same article, not a second copy
    assert capsys.readouterr().out.startswith("unchanged ")


def test_add_of_markdown_and_text_files_keeps_what_they_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.articles import load_article
    from reader.cli import main

    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Ma note\nlang: fr\n---\n\n# Titre\n\nOpenAI *publie*.\n",
                    encoding="utf-8")
    text = tmp_path / "brut.txt"
    text.write_text("Titre brut\n\nOpenAI et *Mistral* : 1. un\n\n- deux & <trois>\n",
                    encoding="utf-8")
    empty = tmp_path / "vide.md"
    empty.write_text("", encoding="utf-8")
    assert main(["add", "--json", str(note), str(text), str(empty)]) == 1  # one failed
    rows = json.loads(capsys.readouterr().out)
    assert [row["status"] for row in rows] == ["new", "new", "failed"]
    assert rows[2]["error"] == "no article text in the file"
    for row, original in zip(rows[:2], (note, text), strict=True):
        copy = load_article(Path(row["path"]))
        assert [b.text for b in copy.blocks] == [b.text for b in load_article(original).blocks]
    assert load_article(Path(rows[0]["path"])).title == "Ma note"


REFUSED = (
    "Voir [local](file:///etc/passwd), [js](javascript:alert(1)), <javascript:x>, "
    "![logo](javascript:y) et [**le site**](https://example.org/a).\n"
)


def test_a_refused_link_shows_its_text_not_its_source() -> None:
    from reader.document import LINK, parse
    from reader.links import article_links

    blocks = parse(REFUSED)
    assert blocks[0].text == "Voir local, js, javascript:x, [image: logo] et le site."
    # Only the web link is a link: nothing else can be numbered, listed or opened.
    assert [(s.href) for s in blocks[0].spans if s.style == LINK] == ["https://example.org/a"]
    assert [(link.text, link.href) for link in article_links(blocks)] == [
        ("le site", "https://example.org/a")]


def test_show_prints_a_refused_link_as_its_text(tmp_path: Path) -> None:
    from reader.show import run as run_show

    page = tmp_path / "liens.md"
    page.write_text(REFUSED, encoding="utf-8")
    out = io.StringIO()
    assert run_show([str(page), "--plain", "--width", "200"], out, io.StringIO()) == 0
    assert out.getvalue() == ("Voir local, js, javascript:x, [image: logo] et le site[1] "
                              "‹https://example.org/a›.\n")


def _bad_config_theme_and_a_theme_chosen_in_the_app() -> Path:
    from reader.settings import config_path
    from reader.storage import StateStore

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('theme = "nope"\n', encoding="utf-8")
    state = StateStore()
    state.load()
    state.set_view("theme", "solarized-dark")
    assert state.save()
    return path


def test_an_unknown_config_theme_is_reported_even_when_the_app_chose_another(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.cli import main

    path = _bad_config_theme_and_a_theme_chosen_in_the_app()
    expected = f"reader: {path}: theme 'nope' is not a known theme (ignored)\n"
    for argv in (["themes"], ["config", "show"]):
        assert main(argv) == 0
        captured = capsys.readouterr()
        assert captured.err == expected, argv
        if argv == ["themes"]:
            assert "* solarized-dark\n" in captured.out  # the app's choice still wins


def test_choose_theme_reports_an_unknown_configured_theme_whoever_wins() -> None:
    from reader.settings import DEFAULT_THEME, Settings, choose_theme

    names = ["reader-dark", "reader-paper"]
    configured = Settings(theme="nope", sources={"theme": "file"})
    for requested, remembered, chosen in (("reader-dark", None, "reader-dark"),
                                          (None, "reader-paper", "reader-paper"),
                                          (None, None, DEFAULT_THEME)):
        name, _, messages = choose_theme(requested, remembered, configured, names)
        assert name == chosen
        assert len(messages) == 1 and "theme 'nope' is not a known theme" in messages[0]


def test_help_keeps_the_command_table_in_its_columns(capsys: pytest.CaptureFixture[str]) -> None:
    import re

    from reader.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    table = [line for line in out.splitlines() if line.startswith("reader ")]
    assert table[0].startswith("reader [PATH ...]  ")  # the first row is a row like the others
    # Where each description starts: after the run of spaces that ends the command.
    columns = {m.end() for line in table if (m := re.search(r"\S {2,}(?=\S)", line))}
    assert len(columns) == 1, columns
    wrapped = [line for line in out.splitlines() if line.startswith(" " * 20)]
    assert wrapped and {len(line) - len(line.lstrip()) for line in wrapped} == columns


@pytest.mark.parametrize("argv", [["--debug", "list"], ["--debug", "list", "--json"]])
def test_debug_before_a_command_is_the_command_with_debug(
    argv: list[str], capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.cli import main

    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "000_49dae49570f5a508" in out


@pytest.mark.parametrize("argv", [["--theme", "reader-paper", "list"],
                                  ["--theme=reader-paper", "show", "1"]])
def test_theme_before_a_command_is_refused_in_one_clear_line(
    argv: list[str], capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.cli import main

    assert main(argv) == 2
    err = capsys.readouterr().err
    name = argv[-1] if argv[-1] == "list" else "show"
    assert err == (f"reader: --theme is for reading (reader --theme NAME [PATH ...]); "
                   f"reader {name} does not take it\n")


def test_a_local_html_page_is_read_through_the_extractor(tmp_path: Path) -> None:
    from reader.articles import load_article

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    article = load_article(page)
    assert article.title == "OpenAI et Mistral AI signent un accord"
    assert article.language == "fr"
    assert "<" not in article.text and "doctype" not in article.text
    assert "OpenAI annonce un partenariat avec Mistral AI" in article.text
    assert "Accueil" not in article.text  # the menu stays behind, as for a saved web page


def test_show_and_list_read_local_html_and_a_folder_lists_it(tmp_path: Path) -> None:
    from reader.show import run as run_show

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "autre.htm").write_text(PAGE.replace("OpenAI et", "Meta et"), encoding="utf-8")
    (tmp_path / "note.md").write_text("# Note\n\nTexte.\n", encoding="utf-8")
    out = io.StringIO()
    assert run_show([str(tmp_path / "page.html"), "--plain"], out, io.StringIO()) == 0
    assert out.getvalue().startswith("OpenAI et Mistral AI signent un accord\n")
    assert "l'accord[1] ‹https://example.org/accord›" in out.getvalue()
    from reader.cli import run_list

    listed = io.StringIO()
    assert run_list([str(tmp_path)], listed) == 0
    rows = [line.split(None, 4) for line in listed.getvalue().splitlines()[1:]]
    assert [(row[1], row[4]) for row in rows] == [
        ("autre", "Meta et Mistral AI signent un accord"),
        ("note", "Note"),
        ("page", "OpenAI et Mistral AI signent un accord"),
    ]


def test_a_page_with_no_text_is_an_empty_article(tmp_path: Path) -> None:
    from reader.show import run as run_show

    page = tmp_path / "vide.html"
    page.write_text("<html><head><title></title></head><body></body></html>", encoding="utf-8")
    err = io.StringIO()
    assert run_show([str(page), "--plain"], io.StringIO(), err) == 0
    assert err.getvalue() == f"reader: {page}: This article is empty.\n"


def test_add_of_a_path_that_is_not_there_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["add", "files/nope.html"]) == 2
    assert capsys.readouterr().err == (
        "reader: files/nope.html: no such file, and not a web address (http, https)\n")
