"""Encodings, line ends and tricky Unicode: each file opened in the app, its words intact."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import pytest

from hostile.helpers import notes, run_pilot, screen_text, settle, visible_text
from reader.ui.app import ReaderApp

FRENCH = "L'été à Paris : « ça coûte 3 € », dit l'élève."
CP1252 = "L’œuvre coûte 3 € « déjà » — Noël."
LATIN1 = "Noël à l'hôtel : « ça coûte 3 francs », dit l'élève. ÿ ß Æ."
ZALGO = "Cafe\u0301 n\u0303 Z" + "\u0336\u0337\u0338\u0301\u0300" * 40 + " fin."

# name -> (bytes on disk, the article text the reader must show (blocks joined by \n), notice)
CASES: dict[str, tuple[bytes, str, str | None]] = {
    "utf8-bom": (codecs.BOM_UTF8 + FRENCH.encode(), FRENCH, None),
    "utf16-le-bom": (codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), FRENCH, None),
    "utf16-be-bom": (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), FRENCH, None),
    "utf32-le-bom": (codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"), FRENCH, None),
    # Two stray bytes that look like a UTF-16 mark before UTF-8: the words, and one line saying so.
    "ff-fe-then-utf8": (codecs.BOM_UTF16_LE + FRENCH.encode(), FRENCH,
                        "FF FE (a UTF-16 mark) but the rest is not UTF-16; read as UTF-8"),
    "cp1252-french": (CP1252.encode("cp1252"), CP1252, "read as Windows-1252"),
    "latin1-french": (LATIN1.encode("latin-1"), LATIN1, "read as Windows-1252"),
    "utf8-one-bad-byte": (FRENCH.encode().replace("coûte".encode(), b"co\xffte"),
                          FRENCH.replace("coûte", "co\ufffdte"),
                          "1 invalid UTF-8 byte sequence(s), first at byte"),
    "mixed-newlines": (b"Un\r\ndeux\rtrois\nquatre\r\n\r\nCinq\r\rSix\n\nSept",
                       "Un deux trois quatre\nCinq\nSix\nSept", None),
    "line-separators": ("Un\u2028deux\u2029Trois\u2028\u2028Quatre".encode(),
                        "Un deux\nTrois\nQuatre", None),
    "form-feeds": (b"Page un.\x0c\x0cPage deux.\x0csuite", "Page un.\nPage deux. suite", None),
    "emoji-zwj": ("Famille 👩\u200d👩\u200d👧\u200d👦, drapeau 🇫🇷, peau 👍🏽, "
                  "clé 🗝\ufe0f.".encode(),
                  "Famille 👩\u200d👩\u200d👧\u200d👦, drapeau 🇫🇷, peau 👍🏽, clé 🗝\ufe0f.", None),
    "cjk-wide": ("人工智能公司 DeepSeek 发布了新模型。全角：ＡＢＣ".encode(),
                 "人工智能公司 DeepSeek 发布了新模型。全角：ＡＢＣ", None),
    "combining-marks": (ZALGO.encode(), ZALGO, None),
    "bidi-override": ("Fichier \u202egpj.exe\u202c et \u2066isolé\u2069, \u200fRLM gardé.".encode(),
                      "Fichier gpj.exe et isolé, \u200fRLM gardé.", None),
}


@dataclass
class Shown:
    text: str
    screen: str
    notes: list[str]
    title: str


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Shown]:
    """Every case file opened in turn in one app at 100x30."""
    root = tmp_path_factory.mktemp("encodings")
    library = root / "library"
    library.mkdir()
    for name, (data, _, _) in CASES.items():
        (library / f"{name}.md").write_bytes(data)

    async def scenario(app: ReaderApp, pilot) -> dict[str, Shown]:
        load_notes = notes(app)
        seen = {}
        for article in app.library.articles:
            app.open_article(article)
            await settle(pilot)
            mine = [n for n in load_notes if n.startswith(f"{article.path}:")]
            seen[article.id] = Shown(visible_text(app), screen_text(app), mine, app.title)
        return seen

    return run_pilot([library], scenario, root, size=(100, 30))


@pytest.mark.parametrize("name", list(CASES))
def test_text_is_shown_as_written(shown: dict[str, Shown], name: str) -> None:
    _, expected, notice = CASES[name]
    seen = shown[name]
    assert seen.text == expected
    if notice is None:
        assert seen.notes == []
    else:
        assert len(seen.notes) == 1 and notice in seen.notes[0]


def test_bidi_override_does_not_reorder_the_screen(shown: dict[str, Shown]) -> None:
    # "gpj.exe" must read as stored, not reversed into "exe.jpg".
    assert "Fichier gpj.exe et isolé" in shown["bidi-override"].screen
    assert "\u202e" not in shown["bidi-override"].screen


def test_wide_characters_fit_the_screen(shown: dict[str, Shown]) -> None:
    assert "人工智能公司" in shown["cjk-wide"].screen
    assert "👩\u200d👩\u200d👧\u200d👦" in shown["emoji-zwj"].text


async def test_utf16_without_bom_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "sans-bom.md").write_bytes(FRENCH.encode("utf-16-le"))
    (tmp_path / "lisible.md").write_text("Lisible.\n", encoding="utf-8")
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert [a.id for a in app.library.articles] == ["lisible"]
        assert any(n.endswith("sans-bom.md: not a text file") for n in notes(app))


async def test_narrow_terminal_with_wide_characters(tmp_path: Path) -> None:
    page = tmp_path / "large.md"
    page.write_text("# 人工智能\n\n" + "人工智能公司发布了新模型。" * 20 + "\n", encoding="utf-8")
    app = ReaderApp([page])
    async with app.run_test(size=(21, 8)) as pilot:
        await settle(pilot)
        await pilot.press("j", "space", "G")
        await settle(pilot)
        assert app.is_running
        assert "人工智能公司发布了新模型。" * 20 in visible_text(app)
