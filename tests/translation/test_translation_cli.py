"""CLI back ends: translate (side by side, JSON, offline), models, cache clear."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from reader.articles import load_library
from reader.paths import seeds_dir
from reader.translation.cache import TranslationCache
from reader.translation.cli import run_cache_clear, run_models, run_translate
from reader.translation.packages import PackageInfo, find_package

SEED = "000_49dae49570f5a508"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any name lookup or connection attempt fails loudly (and is recorded)."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network is cut in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_no_model_exits_3_with_instructions(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert run_translate(SEED, as_json=True, out=out) == 3
    assert out.getvalue() == ""
    err = capsys.readouterr().err
    assert "No fr→en translation model is installed" in err
    assert "reader models install fr en" in err and "FILE.argosmodel" in err


def test_translate_json_offline(installed_copy: PackageInfo, no_network: list[object]) -> None:
    out = io.StringIO()
    assert run_translate(SEED, as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    article = load_library([seeds_dir()]).by_id(SEED)
    assert data["id"] == SEED
    assert data["model"] == "translate-fr_en-1_0@1.0"
    assert [(b["kind"], b["source"]) for b in data["blocks"]] == [
        (block.kind, block.text) for block in article.blocks
    ]
    # The copy model gives every block back exactly.
    assert all(b["target"] == b["source"] for b in data["blocks"])
    assert no_network == []


def test_translate_offline_end_to_end_through_the_api(
    installed_copy: PackageInfo, no_network: list[object]
) -> None:
    from reader.translation import ArticleTranslation, load_translator

    article = load_library([seeds_dir()]).by_id("002_581111a87271915b")
    state = ArticleTranslation.open(article)
    translator = load_translator()
    assert len(list(state.run(translator))) == state.total > 0
    assert no_network == []


def test_translate_side_by_side(installed_copy: PackageInfo, tmp_path: Path) -> None:
    path = tmp_path / "court.md"
    path.write_text("# Titre court\n\nUne phrase. Une autre.\n", encoding="utf-8")
    out = io.StringIO()
    assert run_translate(str(path), as_json=False, out=out) == 0
    lines = out.getvalue().splitlines()
    assert "Français" in lines[0] and "English" in lines[0]
    # Each block sits level with its translation.
    assert any(line.count("Titre court") == 2 for line in lines)
    assert any(line.count("Une phrase. Une autre.") == 2 for line in lines)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("out", [io.StringIO, _Terminal])
def test_translate_lines_end_without_padding(
    installed_copy: PackageInfo, tmp_path: Path, out: type[io.StringIO],
) -> None:
    # The walk: every line of the two columns was padded with spaces to the terminal's width
    # (on a terminal, inside the headings' bold too).
    import re

    path = tmp_path / "court.md"
    path.write_text("# Titre court\n\nUne phrase. Une autre.\n", encoding="utf-8")
    shown = out()
    assert run_translate(str(path), as_json=False, out=shown) == 0
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in shown.getvalue().splitlines()]
    assert any(line.count("Une phrase. Une autre.") == 2 for line in lines)
    assert any(line.count("Titre court") == 2 for line in lines)
    assert [line for line in lines if line != line.rstrip()] == []


def test_translate_unknown_target_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_translate("no-such-article", as_json=True, out=io.StringIO()) == 2
    assert "no-such-article" in capsys.readouterr().err


def test_an_english_article_is_shown_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "english.md"
    path.write_text("---\nlang: en\n---\n\nAlready English.\n", encoding="utf-8")
    out = io.StringIO()
    assert run_translate(str(path), as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert data["blocks"] == [
        {"kind": "paragraph", "source": "Already English.", "target": "Already English."}
    ]
    assert "already in English" in capsys.readouterr().err


def test_models_list_install_remove(
    package_server, copy_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package_server.serve_index({"fr_en.argosmodel": copy_package})
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)

    out = io.StringIO()
    assert run_models(["list"], out) == 0
    text = out.getvalue()
    assert "Installed" in text and "none" in text
    assert "fr→en" in text and "en→de" in text

    out = io.StringIO()
    assert run_models(["install", "fr", "en"], out) == 0
    assert "Installed translate-fr_en-1_0 1.0 (fr→en)" in out.getvalue()
    assert find_package() is not None

    out = io.StringIO()
    assert run_models(["install", "fr", "en"], out) == 0
    assert "already installed" in out.getvalue()
    assert package_server.requests.count("/fr_en.argosmodel") == 1

    out = io.StringIO()
    assert run_models(["list"], out) == 0
    assert "translate-fr_en-1_0" in out.getvalue() and "(installed)" in out.getvalue()

    out = io.StringIO()
    assert run_models(["remove", "fr", "en"], out) == 0
    assert "Removed translate-fr_en-1_0" in out.getvalue()
    assert find_package() is None
    assert run_models(["remove", "fr", "en"], io.StringIO()) == 1


def test_models_install_from_a_file(copy_package: Path) -> None:
    out = io.StringIO()
    assert run_models(["install", str(copy_package)], out) == 0
    assert find_package() is not None


def test_models_list_when_the_index_is_unreachable(
    installed_copy: PackageInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"http://127.0.0.1:{port}/")
    out = io.StringIO()
    assert run_models(["list"], out) == 0
    assert "translate-fr_en-1_0" in out.getvalue()
    assert "Available: unknown. Cannot reach the package index" in out.getvalue()


def test_models_errors_and_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("nope")
    assert run_models(["install", str(bad)], io.StringIO()) == 1
    assert "not a zip archive" in capsys.readouterr().err
    assert run_models(["frobnicate"], io.StringIO()) == 2
    assert "usage: reader models list" in capsys.readouterr().err


def test_cache_clear(_reader_dirs: dict[str, Path]) -> None:
    cache = TranslationCache()
    cache.put("pkg@1.0", "Bonjour.", "Hello.")
    out = io.StringIO()
    assert run_cache_clear(out) == 0
    assert "Cleared reader's caches (84 bytes)" in out.getvalue()
    assert TranslationCache().get("pkg@1.0", "Bonjour.") is None


def test_cache_clear_clears_every_cache_and_reports_its_size(
    _reader_dirs: dict[str, Path],
) -> None:
    """Issue 9 finding 6: language.json survived, and 57 KB was reported as "0.0 MB"."""
    root = _reader_dirs["cache"]
    cache = TranslationCache()
    for n in range(300):
        cache.put("pkg@1.0", f"Phrase {n}.", "x" * 100)
    (root / "language.json").write_text("[" * 3000 + "]" * 3000)
    (root / "catalog.json").write_text("{}")
    (root / "first-article.json").write_text("{}")  # reader.blockcache
    (root / "notes-of-the-user.txt").write_text("mine")
    expected = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) - 4
    assert 50_000 < expected < 100_000
    out = io.StringIO()
    assert run_cache_clear(out) == 0
    assert f"({expected / 1000:.0f} KB)" in out.getvalue()
    assert sorted(p.name for p in root.iterdir()) == ["notes-of-the-user.txt"]
