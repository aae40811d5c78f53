"""The command line, run as a user runs it: the installed `reader` script in another directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__
from reader.cli import main

READER = Path(sys.executable).parent / "reader"
SEED_IDS = [
    "000_49dae49570f5a508",
    "001_fb4bc891a711a523",
    "002_581111a87271915b",
    "003_83c5d11879767ac2",
    "004_5c2ae28543568fe5",
]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(READER), *args], cwd=cwd, capture_output=True, text=True, timeout=60,
        env=os.environ.copy(),
    )


def test_list_json_from_another_directory(tmp_path: Path) -> None:
    result = run("list", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == SEED_IDS
    for row in rows:
        assert set(row) == {"id", "path", "title", "lang", "words"}
        assert row["lang"] == "fr"
        assert Path(row["path"]).is_file()
        assert row["words"] > 300
    titles = {row["id"]: row["title"] for row in rows}
    assert titles["004_5c2ae28543568fe5"].startswith("Ça sent le roussi pour Google")
    assert titles["003_83c5d11879767ac2"].startswith("Apple obtient un soulagement")
    assert titles["000_49dae49570f5a508"].startswith("Apple et Meta")


def test_list_of_given_paths_sorted_by_id(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("# Deuxième\n\nDu texte en français pour le lecteur.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Premier titre\nUn paragraphe de texte.\n")
    (tmp_path / "sub" / "b.md").write_text("# Homonyme\n\nTexte.\n")
    result = run("list", "--json", ".", cwd=tmp_path)
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == ["a", "b", "b~2"]
    assert [row["title"] for row in rows] == ["Premier titre", "Deuxième", "Homonyme"]


def test_missing_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("/no/such/place", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "reader: no such file or directory: /no/such/place"
    result = run("list", "missing.md", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_path_named_like_a_subcommand(tmp_path: Path) -> None:
    (tmp_path / "list").mkdir()
    (tmp_path / "list" / "x.md").write_text("# Titre\n\nTexte.\n")
    result = run("list", "--json", "./list", cwd=tmp_path)
    assert [row["id"] for row in json.loads(result.stdout)] == ["x"]


def test_version_and_help(tmp_path: Path) -> None:
    assert run("--version", cwd=tmp_path).stdout.strip() == f"reader {__version__}"
    help_text = run("--help", cwd=tmp_path).stdout
    assert "reader list" in help_text and "./name" in help_text


def test_unexpected_error_shows_no_traceback_unless_debug(monkeypatch, capsys) -> None:
    import reader.cli as cli

    def boom(argv):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(cli.SUBCOMMANDS, "list", boom)
    assert main(["list"]) == 1
    err = capsys.readouterr().err
    assert "reader: RuntimeError: disk on fire" in err and "Traceback" not in err
    assert "reader.log" in err
    with pytest.raises(RuntimeError):
        main(["list", "--debug"])


def test_mentions_json_on_the_seeds_indexes_the_article_text(tmp_path: Path) -> None:
    result = run("mentions", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {row["id"] for row in rows} == set(SEED_IDS)
    texts = {}
    for row in rows:
        assert set(row) == {"path", "id", "kind", "text", "canonical", "start", "end"}
        if row["path"] not in texts:
            texts[row["path"]] = Path(row["path"]).read_text(encoding="utf-8")
        assert texts[row["path"]][row["start"] : row["end"]] == row["text"]
    # Front matter is metadata: the title of 000 repeats names that must not be counted.
    first = [r for r in rows if r["id"] == SEED_IDS[0]]
    body_start = texts[first[0]["path"]].index("\n---\n") + 5
    assert all(r["start"] >= body_start for r in first)


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    result = subprocess.run(
        f"'{READER}' mentions --json | head -1", shell=True, cwd=tmp_path,
        capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.strip() == "["
    assert "Error" not in result.stderr
