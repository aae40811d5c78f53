"""`reader show`: articles printed through the article view's own line model."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.show import run

DATA = Path(__file__).parent / "data" / "commonmark"
READER = Path(sys.executable).parent / "reader"


def show(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(args), out, err)
    return status, out.getvalue(), err.getvalue()


def test_prints_blocks_as_the_view_lays_them_out(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Titre\n\nUn [lien](https://example.org/a) et ![un logo](logo.png) ici.\n\n"
        "- un\n- deux\n\nAprès la liste.\n\n> cité\n> > plus profond\n\n"
        "| a | b |\n|--:|:--|\n| 1 | 22 |\n\n```\nligne de code très longue " + "x" * 60
        + "\n```\n",
        encoding="utf-8",
    )
    status, out, _ = show(str(page), "--plain", "--width", "40")
    assert status == 0
    lines = out.split("\n")
    assert lines[0] == "Titre"
    assert "Un lien[1] ‹https://example.org/a› et" in out.replace("\n", " ")
    assert "[image: un logo]" in out
    # A blank line after the list, before the next paragraph; quotes show their depth.
    assert lines[lines.index("• deux") + 1] == ""
    assert "│ │ plus profond" in lines
    # A right-aligned column; code keeps its long line whole.
    assert "a │ b" in lines and "1 │ 22" in lines
    assert any(line.endswith("x" * 60) for line in lines)


def test_several_articles_each_after_a_header(tmp_path: Path) -> None:
    one, two = tmp_path / "un.md", tmp_path / "deux.md"
    one.write_text("Premier.\n", encoding="utf-8")
    two.write_text("Second.\n", encoding="utf-8")
    status, out, _ = show(str(one), str(two), "--plain")
    assert status == 0
    assert out == f"==> {one} <==\nPremier.\n\n==> {two} <==\nSecond.\n"


def test_a_missing_article_is_one_line_and_the_others_still_print(tmp_path: Path) -> None:
    page = tmp_path / "la.md"
    page.write_text("Là.\n", encoding="utf-8")
    status, out, err = show("pas-un-article", str(page), "--plain")
    assert status == 2  # as for a missing file in every command
    assert err == "reader: no article 'pas-un-article' (neither a file nor an id)\n"
    assert out.endswith("Là.\n")


def test_a_bundled_article_by_id_prefix_in_a_pipe_is_plain() -> None:
    done = subprocess.run(
        [str(READER), "show", "000", "--width", "60"], capture_output=True, text=True,
        check=False, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout  # a pipe gets plain text
    assert done.stdout.startswith("Apple et Meta, autrefois rivaux")
    assert max(len(line) for line in done.stdout.splitlines()) <= 60


def test_a_terminal_gets_styles(tmp_path: Path) -> None:
    page = tmp_path / "gras.md"
    page.write_text("Du **gras** ici.\n", encoding="utf-8")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    assert run([str(page), "--width", "40"], out, io.StringIO()) == 0
    assert "\x1b[1mgras" in out.getvalue()
    plain = Terminal()
    assert run([str(page), "--plain"], plain, io.StringIO()) == 0
    assert plain.getvalue() == "Du gras ici.\n"


# ---- every CommonMark / GFM example keeps its words -----------------------------------


class _Words(HTMLParser):
    """The words, link addresses and alt texts of an HTML rendering."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        # Footnote anchors (`#fn1`) are the HTML's own navigation, not the author's addresses.
        if tag == "a" and values.get("href") and not (values["href"] or "").startswith("#"):
            self.words.append(values["href"] or "")
        if tag == "img" and values.get("alt"):
            self.words += (values["alt"] or "").split()

    def handle_data(self, data: str) -> None:
        self.words += data.split()


def _expected(markdown: str) -> list[str]:
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    # The same syntax reader reads: GFM tables, strikethrough, task lists and footnotes.
    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    parser = _Words()
    parser.feed(md.use(footnote_plugin).use(tasklists_plugin).render(markdown))
    # Footnote back-links (↩︎) are navigation, not words.
    return [word for word in parser.words if word != "↩︎"]


def _examples() -> list[tuple[str, str]]:
    spec = json.loads((DATA / "commonmark.json").read_text(encoding="utf-8"))
    gfm = json.loads((DATA / "gfm_extensions.json").read_text(encoding="utf-8"))
    return [(f"cm{e['example']}", e["markdown"]) for e in spec] + [
        (f"gfm{e['example']}", e["markdown"]) for e in gfm
    ]


PARSER_DEFECTS: dict[str, str] = {}  # examples whose loss is a known parser defect (none)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every example printed by one `reader show --plain` run: name -> its text."""
    root = tmp_path_factory.mktemp("spec")
    paths = []
    for name, markdown in _examples():
        path = root / f"{name}.md"
        path.write_text(markdown, encoding="utf-8")
        paths.append(path)
    done = subprocess.run(
        [str(READER), "show", "--plain", "--width", "1000", *map(str, paths)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    out: dict[str, str] = {}
    current = None
    for line in done.stdout.split("\n"):
        if line.startswith("==> ") and line.endswith(" <=="):
            current = Path(line[4:-4]).stem
            out[current] = ""
        elif current is not None:
            out[current] += line + "\n"
    return out


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=PARSER_DEFECTS[name], strict=True))
        if name in PARSER_DEFECTS else name
        for name, _ in _examples()
    ],
)
def test_spec_example_keeps_every_word(printed: dict[str, str], name: str) -> None:
    markdown = dict(_examples())[name]
    text = printed[name]
    lost = [word for word in _expected(markdown) if word not in text]
    assert not lost, f"{name}: lost {lost!r} from {markdown!r}; printed {text!r}"


def test_an_empty_article_says_so_in_one_line(tmp_path: Path) -> None:
    empty, front = tmp_path / "empty.md", tmp_path / "front.md"
    empty.write_text("", encoding="utf-8")
    front.write_text("---\ntitle: Rien\n---\n", encoding="utf-8")  # front matter, no text
    for page in (empty, front):
        status, out, err = show(str(page), "--plain")
        assert status == 0  # an empty file is no error; the user is told what they see
        assert out == ""
        assert err == f"reader: {page}: This article is empty.\n"
