"""Hostile text inside a file: controls, entities, markup, link schemes and raw HTML, in the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from hostile.helpers import (
    library_rows,
    notes,
    run_pilot,
    screen_text,
    settle,
    visible_text,
)
from reader.ui.app import ReaderApp
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.widgets.article import ArticleView

SIZE = (120, 40)


def _source_block(app: ReaderApp, words: str) -> int:
    """The block whose drawn source text starts with `words`."""
    view = app.query_one(ArticleView)
    for index in range(len(app.current.blocks)):
        if " ".join(view.block_lines(index, "source")).startswith(words):
            return index
    raise AssertionError(f"no block starts with {words!r}: {visible_text(app)!r}")


async def _click_text(app: ReaderApp, pilot, index: int, column: int) -> None:
    """Click the `column`th cell of block `index`'s first line, where the screen draws it."""
    view = app.query_one(ArticleView)
    x, y = view.text_origin(index)
    await pilot.click(ArticleView, offset=(x + column, y))


async def _open(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ReaderApp, list[str]]:
    app = ReaderApp([path])
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    return app, opened


# ---- control characters ------------------------------------------------------------------

CONTROLS = {
    "nul-after-8k": (b"x" * 9000 + b"\n\nAvant\x00apr\xc3\xa8s le NUL.\n",
                     # 9,000 letters without a space are shown as blocks of 2,000 at most.
                     ["x" * 2000] * 4 + ["x" * 1000, "Avantaprès le NUL."]),
    "del": (b"Avant\x7fapr\xc3\xa8s le DEL.\n", ["Avantaprès le DEL."]),
    # An 8-bit CSI takes the next final byte with it, as a terminal would: end the line.
    "c1": ("Contrôles C1 : \u0085NEL\u0084IND\u008dRI\u009b\nfin.\n".encode(),
           ["Contrôles C1 : NELINDRI fin."]),
    "bel-backspace": (b"Sonnerie\x07 et retour\x08\x08\x08arri\xc3\xa8re.\n",
                      ["Sonnerie et retourarrière."]),
    "lone-cr": (b"Ligne un\rligne deux\r\rParagraphe apr\xc3\xa8s CR seul.\n",
                ["Ligne un ligne deux", "Paragraphe après CR seul."]),
    "other-c0": (b"Tab\tgard\xc3\xa9e, \x0bVT et \x1c\x1d\x1e\x1f partis.\n",
                 ["Tab\tgardée, VT et  partis."]),
}


def _has_control(text: str) -> bool:
    return any((ch < " " and ch not in "\n\t") or "\x7f" <= ch <= "\x9f" for ch in text)


@pytest.fixture(scope="module")
def controls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Each control file opened in turn in one app: (article text, whole screen) by case."""
    root = tmp_path_factory.mktemp("controls")
    for name, (data, _) in CONTROLS.items():
        (root / f"{name}.md").write_bytes(data)

    async def scenario(app: ReaderApp, pilot) -> dict[str, tuple[str, str]]:
        seen = {}
        for article in app.library.articles:
            app.open_article(article)
            await settle(pilot)
            # Every block as the view draws it: a long one runs past the screen.
            drawn = app.query_one(ArticleView).visible_blocks(everything=True)
            seen[article.id] = ("\n".join(drawn), screen_text(app))
        return seen

    return run_pilot([root], scenario, root)


@pytest.mark.parametrize("case", list(CONTROLS))
def test_control_characters_are_removed_and_the_words_kept(
    controls: dict[str, tuple[str, str]], case: str
) -> None:
    text, screen = controls[case]
    assert text.split("\n") == CONTROLS[case][1]
    assert not _has_control(screen)


async def test_nul_in_the_first_8k_is_refused_as_binary_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "binaire.md").write_bytes(b"Avant\x00apr\xc3\xa8s.\n")
    (tmp_path / "texte.md").write_text("Texte lisible.\n", encoding="utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert visible_text(app) == "Texte lisible."
        assert any(note.endswith("binaire.md: not a text file") for note in notes(app))


async def test_numeric_entities_for_controls_never_become_controls(tmp_path: Path) -> None:
    page = tmp_path / "entities.md"
    page.write_text(
        "Échap &#27;[31mrouge, CSI &#x9b;32m, &#155;33m, NUL &#0;, DEL &#x7f;, BEL &#7;, "
        "ST &#x9c; et &#xd800; fin.\n\n&eacute;t&eacute; &amp; &lt;b&gt; conservés.\n",
        encoding="utf-8",
    )
    app = ReaderApp([page])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = visible_text(app)
        assert not _has_control(text)
        assert "\ud800" not in text
        # The visible parts stay; the code points themselves become U+FFFD or vanish.
        for words in ("Échap", "[31mrouge", "32m", "33m", "fin.", "été & <b> conservés."):
            assert words in text


# ---- markup ------------------------------------------------------------------------------

MARKUP = (
    "# [bold red]Titre[/] [@click=app.quit]piège[/]\n\n"
    "[bold]gras[/bold] et [/] fin.\n\n"
    "[@click=app.quit]quitter[/]\n\n"
    "[@click=app.open_link(0,0)]lien[/]\n\n"
    "[link=file:///etc/passwd]mot de passe[/link]\n\n"
    "[link='https://evil.example']site[/link] et $accent et {{var}} et :smile: et \\[x\\]\n"
)


async def test_markup_is_shown_literally_and_clicking_it_does_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "[bold]markup[bold].md"
    page.write_text(MARKUP, encoding="utf-8")
    app, opened = await _open(page, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = visible_text(app)
        for literal in ("[bold red]Titre[/] [@click=app.quit]piège[/]",
                        "[bold]gras[/bold] et [/] fin.",
                        "[@click=app.quit]quitter[/]", "[@click=app.open_link(0,0)]lien[/]",
                        "[link=file:///etc/passwd]mot de passe[/link]",
                        "[link='https://evil.example']site[/link] et $accent et {{var}} "
                        "et :smile: et [x]"):
            assert literal in text
        assert app.title == "[bold red]Titre[/] [@click=app.quit]piège[/]"
        assert "[bold red]Titre[/]" in screen_text(app)  # the header shows it as text too
        for words in ("[@click=app.quit]quitter", "[@click=app.open_link(0,0)]lien",
                      "[link=file:///etc/passwd]", "[link='https://evil.example']"):
            index = _source_block(app, words)
            app.query_one(ArticleView).go_to_block(index, remember=False)
            await pilot.pause()
            for column in (0, 1, 8, 18):
                await _click_text(app, pilot, index, column)
            await pilot.pause()
        assert app.is_running
        assert app.screen is app.screen_stack[0]  # no dialog, no other screen
        assert opened == []
        assert not any("Not opened" in note for note in notes(app))


async def test_markup_in_a_file_name_is_shown_literally(tmp_path: Path) -> None:
    (tmp_path / "[@click=app.quit]x.md").write_bytes(b"")
    (tmp_path / "[red]rouge[red].md").write_text("# [b]T[/b]\n", encoding="utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = "\n".join(library_rows(app))
        assert "[@click=app.quit]x" in rows
        assert "[b]T[/b]" in rows
        await pilot.click("#library", offset=(3, 0))
        await pilot.click("#library", offset=(3, 3))
        await settle(pilot)
        assert app.is_running


# ---- links -------------------------------------------------------------------------------

# Links markdown-it keeps: the app refuses every scheme but http(s), with a notice.
REFUSED = [
    "smb://serveur/partage",
    "vscode://file/etc/passwd",
    "x-custom-scheme:payload",
    "ms-msdt:/id%20PCWDiagnostic",
    "mailto:victime@example.org",
    "/etc/passwd",
    "//evil.example/chemin",
    "%6Aavascript:alert(1)",
]
# Destinations markdown-it refuses: no link at all, the source is shown as written.
LITERAL = [
    "[clic](file:///etc/passwd)",
    "[clic](javascript:alert(document.cookie))",
    "[clic](JaVaScRiPt:alert(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD4=)",
    "<file:///etc/passwd>",
    "<javascript:alert(1)>",
]
HTTP = "https://example.org/page"


@dataclass
class Clicked:
    text: str
    new_notes: list[str]
    dialog: bool
    opened: list[str]
    running: bool


@pytest.fixture(scope="module")
def clicks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Clicked]:
    """One article, one paragraph per link; each is brought to the top and clicked."""
    root = tmp_path_factory.mktemp("links")
    paragraphs = [f"[lien {n}]({target}) fin." for n, target in enumerate(REFUSED)]
    paragraphs += [f"{source} fin." for source in LITERAL]
    paragraphs.append(f"[lien http]({HTTP}) fin.")
    page = root / "links.md"
    page.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    cases = [*REFUSED, *LITERAL, HTTP]

    async def scenario(app: ReaderApp, pilot) -> dict[str, Clicked]:
        opened: list[str] = []
        app.open_url = lambda url, **kw: opened.append(url)
        view = app.query_one(ArticleView)
        seen = {}
        for index, case in enumerate(cases):
            view.go_to_block(index, remember=False)
            await settle(pilot)
            before = len(notes(app))
            await _click_text(app, pilot, index, 2)
            await pilot.pause()
            dialog = isinstance(app.screen, ConfirmScreen)
            if dialog:
                await pilot.press("escape")
                await pilot.pause()
            drawn = " ".join(view.block_lines(index, "source"))
            seen[case] = Clicked(drawn, notes(app)[before:], dialog,
                                 list(opened), app.is_running)
        return seen

    return run_pilot([page], scenario, root)


@pytest.mark.parametrize("target", REFUSED)
def test_links_other_than_http_are_refused_with_a_notice(
    clicks: dict[str, Clicked], target: str
) -> None:
    seen = clicks[target]
    assert seen.text.startswith("lien ")
    assert not seen.dialog and seen.opened == [] and seen.running
    assert len(seen.new_notes) == 1
    assert seen.new_notes[0].startswith("Not opened: only http and https links open (")


@pytest.mark.parametrize("source", LITERAL)
def test_dangerous_schemes_are_not_links_at_all(clicks: dict[str, Clicked], source: str) -> None:
    seen = clicks[source]
    # Only the text shows (not the Markdown source), and it is no link.
    shown = "clic" if source.startswith("[clic]") else source.strip("<>")
    assert seen.text == f"{shown} fin."
    assert not seen.dialog and seen.opened == [] and seen.running
    assert seen.new_notes == []


def test_http_link_click_asks_first(clicks: dict[str, Clicked]) -> None:
    # The same click as in the refusals above does reach links: those tests are not vacuous.
    seen = clicks[HTTP]
    assert seen.dialog and seen.opened == [] and seen.new_notes == []


async def test_raw_html_is_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">clic</a>',
        "<iframe src=\"file:///etc/passwd\"></iframe>",
        "<!-- commentaire caché -->",
        "<style>body{display:none}</style>",
    ]
    page = tmp_path / "html.md"
    page.write_text("\n\n".join(lines) + "\n\nTexte <b>gras</b> et <br/> fin.\n",
                    encoding="utf-8")
    app, opened = await _open(page, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert visible_text(app).split("\n") == [*lines, "Texte <b>gras</b> et <br/> fin."]
        await _click_text(app, pilot, _source_block(app, "<a href"), 3)
        await pilot.pause()
        assert opened == [] and not isinstance(app.screen, ConfirmScreen)
