"""Every subcommand answers --help with its usage; `reader relations` takes articles by number."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import SUBCOMMANDS, USAGE, main
from reader.paths import seeds_dir

# The hand-parsed commands read their second word themselves: --help after it counts too.
NESTED = [
    ["feeds", "remove"], ["feeds", "import"], ["feeds", "export"],
    ["models", "list"], ["models", "install"], ["models", "remove"],
    ["cache", "clear"], ["config", "path"], ["config", "show"],
]


def _exit_status(argv: list[str]) -> int:
    # argparse ends --help with SystemExit(0); the hand-parsed commands return their status.
    try:
        return main(argv)
    except SystemExit as done:
        return done.code or 0


@pytest.mark.parametrize("words", [[name] for name in SUBCOMMANDS] + NESTED,
                         ids=lambda words: " ".join(words))
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_subcommand_help_prints_its_usage(
    words: list[str], flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _exit_status([*words, flag]) == 0
    out, err = capsys.readouterr()
    assert f"usage: reader {words[0]}" in out, (out, err)
    assert "no such file" not in out + err and "not subscribed" not in err


def test_reader_help_lists_every_subcommand() -> None:
    for name in SUBCOMMANDS:
        assert f"reader {name}" in USAGE


def test_help_installs_nothing_and_imports_nothing(
    _reader_dirs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _exit_status(["models", "install", "fr", "en", "--help"]) == 0
    assert _exit_status(["feeds", "import", "--help"]) == 0
    assert _exit_status(["feeds", "remove", "--help"]) == 0
    capsys.readouterr()
    assert main(["feeds", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def _relations_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict]:
    assert main(["relations", "--json", *argv]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def _article_ids(rows: list[dict]) -> set[str]:
    return {article["id"] for row in rows for article in row["articles"]}


def test_relations_takes_articles_by_number_id_or_id_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed = sorted(seeds_dir().glob("001_*"))[0]
    by_path = _relations_json([str(seed)], capsys)
    assert by_path and _article_ids(by_path) == {"001_fb4bc891a711a523"}
    # As show, translate and mentions take them: reader list's number, the id, a unique start.
    assert _relations_json(["2"], capsys) == by_path
    assert _relations_json(["001_fb4bc891a711a523"], capsys) == by_path
    assert _relations_json(["001_fb"], capsys) == by_path
    both = _relations_json(["1", str(seed)], capsys)
    assert _article_ids(both) == {"000_49dae49570f5a508", "001_fb4bc891a711a523"}


def test_relations_refuses_unknown_or_ambiguous_articles_with_status_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["relations", "9"]) == 2
    err = capsys.readouterr().err
    assert "no article '9'" in err and "reader list numbers the articles 1 to 5" in err, err
    assert main(["relations", "00"]) == 2
    assert "'00' matches 5 articles" in capsys.readouterr().err


def test_relations_paths_work_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file named like a number is that file: paths come first, as for mentions.
    monkeypatch.chdir(tmp_path)
    shutil.copy(sorted(seeds_dir().glob("004_*"))[0], tmp_path / "1")
    rows = _relations_json(["1"], capsys)
    assert {article["path"] for row in rows for article in row["articles"]} == {"1"}
    folder = tmp_path / "folder"
    shutil.copytree(seeds_dir(), folder)
    assert _article_ids(_relations_json([str(folder)], capsys)) == _article_ids(
        _relations_json([], capsys))
    # A missing path keeps its one-line message: a slash never names a library article.
    assert main(["relations", "/no/such/place", "missing/x.md"]) == 2
    assert capsys.readouterr().err == (
        "reader: no such file or directory: /no/such/place, missing/x.md\n")


def test_a_missing_path_beside_an_article_number_is_the_one_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["relations", "2", "~/no/such.md"]) == 2
    assert capsys.readouterr().err == (
        f"reader: no such file or directory: {Path('~/no/such.md').expanduser()}\n")


@pytest.mark.parametrize("command", ["show", "translate", "mentions", "relations"])
def test_an_ambiguous_id_is_a_usage_error_for_every_command(
    command: str, capsys: pytest.CaptureFixture[str],
) -> None:
    # (the walk: 'reader translate 00' exited 1 where an unknown id exits 2)
    assert main([command, "00"]) == 2
    assert "'00' matches 5 articles" in capsys.readouterr().err
