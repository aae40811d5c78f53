"""Issue 10 outside the app: short ids, `reader list`'s header, `config show`, counted nouns."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.articles import load_library
from reader.cli import run_config, run_list
from reader.paths import seeds_dir
from reader.storage import StateStore
from reader.translation.cli import run_translate
from reader.wording import agree, counted


@pytest.mark.parametrize(
    ("key", "expected"),
    [("000", "000_"), ("1", "000_"), ("4", "003_"), ("5", "004_"), ("001", "001_"),
     ("001_fb4", "001_"), ("003_83c5d11879767ac2", "003_")],
)
def test_an_id_prefix_or_number_names_one_article(key: str, expected: str) -> None:
    # A number is the row of `reader list` (from 1); digits with leading zeros start an id.
    library = load_library([seeds_dir()])
    assert library.find(key).id.startswith(expected)


def test_an_ambiguous_prefix_lists_the_ids_it_matches() -> None:
    library = load_library([seeds_dir()])
    with pytest.raises(LookupError) as error:
        library.find("00")
    message = str(error.value)
    assert message.startswith("'00' matches 5 articles: 000_49dae49570f5a508, 001_")
    with pytest.raises(LookupError, match="no article with id '9'"):
        library.find("9")


def test_a_number_no_article_has_says_what_the_numbers_are() -> None:
    library = load_library([seeds_dir()])
    with pytest.raises(LookupError) as error:
        library.find("0")
    assert str(error.value).endswith("(reader list numbers the articles 1 to 5)")
    with pytest.raises(LookupError) as error:
        library.find("6")
    assert str(error.value) == "no article with id '6' (reader list numbers the articles 1 to 5)"


def test_translate_of_a_number_no_article_has_says_what_the_numbers_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_translate("6", as_json=True, out=io.StringIO()) == 2
    assert capsys.readouterr().err.rstrip().endswith("reader list numbers the articles 1 to 5")


def test_every_command_numbers_the_articles_as_reader_list_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.mentions_cli import run as run_mentions
    from reader.show import run as run_show

    listed = io.StringIO()
    assert run_list([], listed) == 0
    rows = [line.split() for line in listed.getvalue().splitlines()[1:]]
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]
    mentions = io.StringIO()
    assert run_mentions(None, False, mentions) == 0
    for number, article_id, *_ in rows:
        # `reader mentions` labels the article [n] ...
        assert f"[{number}] {article_id}  " in mentions.getvalue()
        # ... and `reader show n` prints that article, as `reader show ID` does.
        by_number, by_id = io.StringIO(), io.StringIO()
        assert run_show([number, "--plain"], by_number, io.StringIO()) == 0
        assert run_show([article_id, "--plain"], by_id, io.StringIO()) == 0
        assert by_number.getvalue() == by_id.getvalue()
    capsys.readouterr()


def test_translate_takes_a_short_id_and_lists_an_ambiguous_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # No model installed: a found article gets as far as "no model" (exit 3), not "no such id".
    assert run_translate("1", as_json=True, out=io.StringIO()) == 3
    assert "no bundled article" not in capsys.readouterr().err
    assert run_translate("000", as_json=True, out=io.StringIO()) == 3
    assert run_translate("00", as_json=True, out=io.StringIO()) == 2  # a usage error
    err = capsys.readouterr().err
    assert "'00' matches 5 articles" in err and "004_5c2ae28543568fe5" in err


def test_reader_list_has_a_header_row() -> None:
    out = io.StringIO()
    assert run_list([], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["#", "ID", "LANG", "WORDS", "TITLE"]
    assert lines[1].split()[:3] == ["1", "000_49dae49570f5a508", "fr"]
    # The columns line up under the header.
    assert lines[1].index(" fr ") + 1 == lines[0].index("LANG")
    json_out = io.StringIO()
    run_list(["--json"], json_out)
    assert "ID" not in json.loads(json_out.getvalue())[0]  # JSON has no header row


def test_config_show_says_the_theme_chosen_in_the_app(capsys: pytest.CaptureFixture) -> None:
    state = StateStore()
    state.load()
    state.set_view("theme", "solarized-dark")
    assert state.save()
    assert run_config(["show"]) == 0  # `reader config show`
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("theme ="))
    assert line.startswith('theme = "solarized-dark"')
    assert f"state file {state.path}" in line


def test_counted_nouns_agree() -> None:
    assert counted(1, "article") + " " + agree(1, "mention") == "1 article mentions"
    assert counted(2, "article") + " " + agree(2, "mention") == "2 articles mention"
    assert [counted(n, "match") for n in (0, 1, 12)] == ["0 matches", "1 match", "12 matches"]
    assert counted(1, "company") == "1 company" and counted(3, "company") == "3 companies"


def test_the_mentions_cli_counts_one_article_in_the_singular(tmp_path: Path) -> None:
    from reader.mentions_cli import run

    path = tmp_path / "a.md"
    path.write_text("# Titre\n\nOpenAI publie un modèle.\n", encoding="utf-8")
    out = io.StringIO()
    run([path], False, out)
    assert "1 article:" in out.getvalue()
