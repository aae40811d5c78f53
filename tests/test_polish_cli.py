"""CLI, links, themes and caches: what a new user tripped over outside the reading screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _reader(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL,
                          env=os.environ.copy())


def test_reader_into_a_pipe_prints_the_library_list_instead_of_the_app(tmp_path: Path) -> None:
    (tmp_path / "un.md").write_text("# Un titre\n\nMistral AI lève des fonds à Paris.\n",
                                    encoding="utf-8")
    result = _reader([str(tmp_path)])
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["#", "ID"], lines
    assert lines[1].split()[1] == "un" and lines[1].endswith("Un titre"), lines
    assert result.stderr.strip() == "reader: output is not a terminal: listing the library " \
        "(reader list)"


def test_plain_reader_into_a_pipe_lists_the_bundled_library() -> None:
    result = _reader([])
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert len(result.stdout.splitlines()) > 5


def test_footnote_marks_and_link_numbers_differ_in_reader_show(tmp_path: Path, capsys) -> None:
    from reader.show import run

    article = tmp_path / "notes.md"
    article.write_text("# Notes\n\n[Mistral AI](https://mistral.ai/) lève des fonds. Note de bas "
                       "de page[^n].\n\n[^n]: La note elle-même.\n", encoding="utf-8")
    assert run(["--plain", str(article)], sys.stdout, sys.stderr) == 0
    out = capsys.readouterr().out
    assert "Mistral AI[1] ‹https://mistral.ai/›" in out
    assert "Note de bas de page[^1]." in out
    assert "[^1] La note elle-même." in out
    assert out.count("[1]") == 1, out


_LINKED = ("# Investissement\n\nSelon [Les Échos](https://www.lesechos.fr/tech), Microsoft a "
           "investi dans **Mistral AI** cette année.\n")


def test_relations_print_evidence_as_the_reader_sees_it_and_json_keeps_the_source(
    tmp_path: Path, capsys,
) -> None:
    import json

    from reader.relations_cli import run

    article = tmp_path / "echos.md"
    article.write_text(_LINKED, encoding="utf-8")
    assert run([article], "text", sys.stdout) == 0
    out = capsys.readouterr().out
    assert "« Selon Les Échos, Microsoft a investi dans Mistral AI cette année. »" in out, out
    assert "](" not in out and "**" not in out
    assert run([article], "json", sys.stdout) == 0
    rows = json.loads(capsys.readouterr().out)
    source = article.read_text(encoding="utf-8")
    place = rows[0]["articles"][0]
    assert source[place["start"]:place["end"]].startswith("Selon [Les Échos](https://")
    assert place["evidence"].startswith("Selon [Les Échos](https://")


def test_relations_of_an_empty_folder_say_no_article_was_found(tmp_path: Path, capsys) -> None:
    from reader.relations_cli import run

    (tmp_path / "empty").mkdir()
    assert run([tmp_path / "empty"], "json", sys.stdout) == 1  # (nothing could be read)
    captured = capsys.readouterr()
    assert captured.out == "[]\n"
    assert captured.err == "No articles found: nothing to read relations from.\n"


def test_cache_clear_forgets_relations_of_this_and_earlier_versions(tmp_path: Path,
                                                                    capsys) -> None:
    from reader.paths import cache_dir
    from reader.relations_cli import run as relations
    from reader.translation.cli import run_cache_clear

    article = tmp_path / "echos.md"
    article.write_text(_LINKED, encoding="utf-8")
    assert relations([article], "text", sys.stdout) == 0
    root = cache_dir()
    (current,) = root.glob("relations-v*.json")
    (root / "relations-v1.json").write_text("{}", encoding="utf-8")
    (root / ".relations-abc.tmp").write_text("{}", encoding="utf-8")
    (root / "relations-notes.txt").write_text("not reader's", encoding="utf-8")
    capsys.readouterr()
    assert run_cache_clear(sys.stdout) == 0
    assert not current.exists() and not (root / "relations-v1.json").exists()
    assert not (root / ".relations-abc.tmp").exists()
    assert (root / "relations-notes.txt").exists()
    assert capsys.readouterr().out.startswith("Cleared reader's caches (")


def test_reader_list_of_a_file_it_cannot_read_says_why_and_fails(tmp_path: Path, capsys) -> None:
    from reader.cli import main

    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert main(["list", str(binary)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "No articles.\n"
    assert captured.err == f"reader: {binary}: not a text file\n"
    assert main(["list", "--json", str(binary)]) == 1
    assert capsys.readouterr().out == "[]\n"
    # An empty folder is not an error: nothing to list.
    (tmp_path / "vide").mkdir()
    assert main(["list", str(tmp_path / "vide")]) == 0
    assert capsys.readouterr().out == "No articles.\n"
