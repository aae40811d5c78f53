"""CLI defects found walking the README as a new user: columns and wording."""

from __future__ import annotations

import io
from pathlib import Path

from reader.cli import USAGE, run_list


def test_reader_list_columns_line_up_with_long_ids(tmp_path: Path) -> None:
    # A saved web article's id is its file name, often longer than a bundled id.
    (tmp_path / "2026-03-01-openai-et-microsoft-renegocient-leur-partenariat.md").write_text(
        "# OpenAI et Microsoft renégocient leur partenariat\n\nOpenAI et Microsoft ont entamé "
        "des discussions pour revoir les termes de leur accord.\n", encoding="utf-8")
    (tmp_path / "court.md").write_text("# Court\n\nUn texte français assez court.\n",
                                       encoding="utf-8")
    out = io.StringIO()
    assert run_list([str(tmp_path)], out) == 0
    lines = out.getvalue().splitlines()
    column = lines[0].index("LANG")
    assert all(line[column:column + 2] == "fr" for line in lines[1:]), lines


def test_usage_says_what_commands_read_without_a_path() -> None:
    # `reader mentions` with no PATH reads the saved library too, as every command does.
    assert "(default: bundled)" not in USAGE
    assert "French->English" not in USAGE


def test_translate_of_an_unknown_id_does_not_say_only_bundled_articles_were_searched(
    capsys,
) -> None:
    from reader.translation.cli import run_translate

    assert run_translate("9") == 2
    error = capsys.readouterr().err
    assert "'9'" in error and "bundled" not in error, error
