"""Settings from config.toml: values, where each came from, bad values, and the file untouched."""

from __future__ import annotations

import io
import os
import tomllib
from pathlib import Path

import pytest

from reader.paths import config_dir
from reader.settings import (
    DEFAULT_THEME,
    OPTIONS,
    Settings,
    choose_theme,
    config_path,
    load_settings,
    run_config,
)

DEFAULTS = {option.key: option.default for option in OPTIONS}


def write_config(text: str) -> Path:
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def values(settings: Settings) -> dict[str, object]:
    return {option.key: settings.value(option.key) for option in OPTIONS}


def test_no_file_gives_defaults_and_creates_nothing() -> None:
    settings = load_settings()
    assert values(settings) == DEFAULTS
    assert set(settings.sources.values()) == {"default"}
    assert settings.messages == []
    assert settings.path == config_dir() / "config.toml"
    assert not settings.path.exists()


def test_every_setting_from_the_file() -> None:
    write_config(
        'theme = "reader-paper"\n'
        "[reading]\nwidth = 72\nhighlight = false\nshow_translation = true\n"
        "[translation]\nbeam_size = 2\nthreads = 3\n"
    )
    settings = load_settings()
    assert values(settings) == {
        "theme": "reader-paper",
        "reading.width": 72,
        "reading.highlight": False,
        "reading.show_translation": True,
        "translation.beam_size": 2,
        "translation.threads": 3,
    }
    assert set(settings.sources.values()) == {"file"}
    assert settings.messages == []
    assert settings.translator_options() == {"beam_size": 2, "intra_threads": 3}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[reading]\nwidth = "wide"\n', "reading.width"),
        ("[reading]\nwidth = 10\n", "reading.width"),
        ("[reading]\nwidth = 84.5\n", "reading.width"),
        ('[reading]\nhighlight = "yes"\n', "reading.highlight"),
        ("[reading]\nshow_translation = 1\n", "reading.show_translation"),
        ("[translation]\nbeam_size = 0\n", "translation.beam_size"),
        ("[translation]\nbeam_size = true\n", "translation.beam_size"),
        ("[translation]\nthreads = -1\n", "translation.threads"),
        ('theme = "My Theme"\n', "theme"),
        ("theme = 3\n", "theme"),
    ],
)
def test_a_bad_value_is_named_and_the_default_used(text: str, key: str) -> None:
    path = write_config(text)
    settings = load_settings()
    assert settings.value(key) == DEFAULTS[key]
    assert settings.sources[key] == "default"
    [message] = settings.messages
    assert str(path) in message and key in message and "using" in message


def test_a_bad_value_leaves_the_others_alone() -> None:
    write_config('[reading]\nwidth = "wide"\nhighlight = false\n')
    settings = load_settings()
    assert settings.reading_width == 84 and settings.highlight is False
    assert settings.sources["reading.highlight"] == "file"


def test_unknown_keys_are_reported_and_ignored() -> None:
    write_config('colour = "blue"\n[reading]\nwidht = 90\n[display]\nx = 1\n')
    settings = load_settings()
    assert values(settings) == DEFAULTS
    joined = "\n".join(settings.messages)
    assert "'colour'" in joined and "'reading.widht'" in joined and "'display'" in joined
    assert len(settings.messages) == 3


@pytest.mark.parametrize(
    ("raw", "why"),
    [(b"theme = \n", "not valid TOML"), (b"\xff\xfe theme", "not UTF-8")],
)
def test_a_broken_file_gives_one_notice_and_defaults(raw: bytes, why: str) -> None:
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_bytes(raw)
    settings = load_settings()
    assert values(settings) == DEFAULTS
    [message] = settings.messages
    assert str(path) in message and why in message


def test_environment_beats_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    write_config("[translation]\nthreads = 3\nbeam_size = 2\n")
    monkeypatch.setenv("READER_THREADS", "1")
    monkeypatch.setenv("READER_HIGHLIGHT", "off")
    monkeypatch.setenv("READER_BEAM_SIZE", "lots")
    settings = load_settings()
    assert settings.threads == 1 and settings.sources["translation.threads"] == "env"
    assert settings.highlight is False and settings.sources["reading.highlight"] == "env"
    # A bad environment value keeps what the file said, and says so.
    assert settings.beam_size == 2 and settings.sources["translation.beam_size"] == "file"
    [message] = settings.messages
    assert "READER_BEAM_SIZE" in message and "translation.beam_size" in message


def test_reader_config_points_at_another_file(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text("[reading]\nwidth = 60\n", encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(other))
    assert config_path() == other
    assert load_settings().reading_width == 60
    out = io.StringIO()
    assert run_config(["path"], out) == 0
    assert out.getvalue() == f"{other}\n"


def test_config_show_says_where_each_value_came_from(monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_config('theme = "solarized-light"\n[reading]\nwidth = "wide"\n')
    monkeypatch.setenv("READER_THREADS", "2")
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    out, err = io.StringIO(), io.StringIO()
    assert run_config(["show"], out, err) == 0
    text = out.getvalue()
    lines = dict(
        (line.split(" = ")[0], line.rsplit("# ", 1)[1])
        for line in text.splitlines() if " = " in line
    )
    assert lines["theme"] == "file"
    assert lines["reading.width"] == "default"
    assert lines["translation.threads"] == "env READER_THREADS (0: automatic)"
    assert lines["translation.beam_size"] == "default"
    assert text.splitlines()[0] == f"# settings file: {path}"
    # The output is TOML a user can paste into the file.
    assert tomllib.loads(text) == {
        "theme": "solarized-light",
        "reading": {"width": 84, "highlight": True, "show_translation": False},
        "translation": {"beam_size": 4, "threads": 2},
    }
    assert "reading.width" in err.getvalue()
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_config_show_without_a_file() -> None:
    out = io.StringIO()
    assert run_config(["show"], out, io.StringIO()) == 0
    assert "no such file: defaults apply" in out.getvalue().splitlines()[0]
    assert not (config_dir() / "config.toml").exists()


def test_config_usage_errors_exit_2() -> None:
    for argv in ([], ["edit"]):
        with pytest.raises(SystemExit) as raised:
            run_config(argv, io.StringIO(), io.StringIO())
        assert raised.value.code == 2


def test_choose_theme_order() -> None:
    names = ["reader-dark", "reader-paper", "nord"]
    configured = Settings(theme="nord", sources={"theme": "file"})
    assert choose_theme("reader-paper", "nord", configured, names)[:2] == (
        "reader-paper", "--theme")
    assert choose_theme(None, "reader-paper", configured, names)[:2] == (
        "reader-paper", "state")
    assert choose_theme(None, None, configured, names)[:2] == ("nord", "file")
    assert choose_theme(None, None, Settings(), names)[:2] == (DEFAULT_THEME, "default")


def test_choose_theme_passes_over_themes_that_are_gone() -> None:
    names = ["reader-dark", "reader-paper"]
    configured = Settings(theme="sepia", sources={"theme": "file"})
    name, source, messages = choose_theme(None, "gone", configured, names)
    assert (name, source) == (DEFAULT_THEME, "default")
    assert len(messages) == 2
    assert "'gone'" in messages[0] and "'sepia'" in messages[1]
    assert str(configured.path) in messages[1]
