"""Every subcommand answers --help with its usage; `reader relations` takes articles by number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import SUBCOMMANDS, USAGE, main

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
