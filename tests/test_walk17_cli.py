"""The seventeenth walk's command-line items: `reader add FOLDER`, numbers for `mentions`."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


def test_add_of_a_folder_adds_its_articles_and_says_how_many(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    # "failed: … is a directory", exit 1: `reader FOLDER` reads the same folder.
    folder = tmp_path / "arts"
    (folder / "plus").mkdir(parents=True)
    (folder / "a.md").write_text("# Accord\n\nOpenAI et Mistral AI signent.\n", "utf-8")
    (folder / "plus" / "b.txt").write_text("Titre\n\nNvidia investit.\n", "utf-8")
    (folder / "notes.json").write_text("{}", "utf-8")  # not an article: left alone
    assert main(["add", str(folder)]) == 0
    captured = capsys.readouterr()
    assert [line.split()[0] for line in captured.out.splitlines()] == ["new", "new"]
    assert captured.err == f"reader: 2 articles added from {folder}\n"
    assert main(["add", str(folder)]) == 0  # again: the same two, unchanged
    assert capsys.readouterr().out.count("unchanged") == 2


def test_add_of_a_folder_holding_the_library_does_not_copy_it_into_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.paths import data_dir

    (tmp_path / "a.md").write_text("# Accord\n\nOpenAI et Mistral AI signent.\n", "utf-8")
    assert main(["add", str(tmp_path)]) == 0
    assert data_dir().resolve().is_relative_to(tmp_path.resolve())  # the library is in there
    assert main(["add", str(tmp_path)]) == 0  # the saved copy of a.md is not added again
    assert capsys.readouterr().out.splitlines()[-1].startswith("unchanged ")


def test_add_of_a_folder_with_no_article_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["add", str(tmp_path / "empty")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no article file (.md," in err, err


def test_mentions_takes_an_article_number_as_show_and_translate_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.articles import load_library
    from reader.paths import default_library

    first = load_library(default_library()).numbered()[0]
    assert main(["mentions", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"1 article:\n  [1] {first.id}  "), out[:200]
    assert main(["mentions", first.id[:5], "--json"]) == 0  # a unique start of its id
    assert capsys.readouterr().out.count(f'"id": "{first.id}"') > 0
    assert main(["mentions", "999"]) == 2
    err = capsys.readouterr().err
    assert "no article '999'" in err and "reader list numbers the articles 1 to" in err, err

