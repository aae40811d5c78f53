"""The user's settings: `config.toml` under reader's config dir, read and never written.

Choices made in the app (theme switched with ctrl+t, highlighting toggled, ...) live in the
state file; this file holds the defaults a user wants to start from. Each setting can also come
from an environment variable (handy for one run or a test). An unusable value gives a one-line
notice naming the key, and the default is used.

    theme = "reader-paper"

    [reading]
    width = 84                # columns of text, 40 to 200
    highlight = true          # companies and models highlighted
    show_translation = false  # open articles with the English column shown

    [translation]
    beam_size = 4             # 1 (fastest) to 16
    threads = 0               # 0: automatic (the machine's cores, at most 4)
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reader import paths

if TYPE_CHECKING:
    import argparse

DEFAULT_THEME = "reader-dark"
CONFIG_ENV = "READER_CONFIG"
FILE_NAME = "config.toml"
# The same rule as theme files' names: a theme name is a CSS class and a command-line value.
THEME_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class Option:
    """One setting: where it sits in the file, its environment variable, type and bounds."""

    key: str  # dotted key in config.toml
    attr: str
    env: str
    default: Any
    low: int | None = None
    high: int | None = None
    note: str = ""

    @property
    def kind(self) -> type:
        return type(self.default)

    def expected(self) -> str:
        if self.kind is bool:
            return "true or false"
        if self.kind is int:
            return f"a whole number from {self.low} to {self.high}"
        return "a theme name (lower-case letters, digits, - and _)"


OPTIONS = (
    Option("theme", "theme", "READER_THEME", DEFAULT_THEME),
    Option("reading.width", "reading_width", "READER_READING_WIDTH", 84, 40, 200),
    Option("reading.highlight", "highlight", "READER_HIGHLIGHT", True),
    Option("reading.show_translation", "show_translation", "READER_SHOW_TRANSLATION", False),
    Option("translation.beam_size", "beam_size", "READER_BEAM_SIZE", 4, 1, 16),
    Option("translation.threads", "threads", "READER_THREADS", 0, 0, 64, note="0: automatic"),
)
_BY_KEY = {option.key: option for option in OPTIONS}
_SECTIONS = {key.split(".")[0] for key in _BY_KEY if "." in key}


@dataclass
class Settings:
    """Effective settings; `sources` says where each came from, `messages` what was wrong."""

    theme: str = DEFAULT_THEME
    reading_width: int = 84
    highlight: bool = True
    show_translation: bool = False
    beam_size: int = 4
    threads: int = 0  # 0: let the translation engine decide
    path: Path = field(default_factory=lambda: config_path())
    sources: dict[str, str] = field(default_factory=lambda: dict.fromkeys(_BY_KEY, "default"))
    messages: list[str] = field(default_factory=list)

    def value(self, key: str) -> Any:
        return getattr(self, _BY_KEY[key].attr)

    def translator_options(self) -> dict[str, Any]:
        """Keyword arguments for reader.translation's Translator / load_translator."""
        return {"beam_size": self.beam_size, "intra_threads": self.threads or None}


def config_path() -> Path:
    """Where the settings file is: $READER_CONFIG, else config.toml in reader's config dir."""
    named = os.environ.get(CONFIG_ENV)
    if named:
        return Path(named).expanduser()
    return paths.config_dir() / FILE_NAME


def _check(option: Option, value: Any) -> Any:
    """`value` if it fits `option`, else raises ValueError."""
    kind = option.kind
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            assert option.low is not None and option.high is not None
            if option.low <= value <= option.high:
                return value
    elif isinstance(value, str) and THEME_NAME.match(value):
        return value
    raise ValueError(option.expected())


def _from_env(option: Option, text: str) -> Any:
    """An environment variable's text as the option's type (ValueError when it is not one)."""
    word = text.strip().lower()
    if option.kind is bool:
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise ValueError(option.expected())
    if option.kind is int:
        try:
            return _check(option, int(word))
        except ValueError:
            raise ValueError(option.expected()) from None
    return _check(option, text.strip())


def _flatten(data: dict[str, Any], where: str, messages: list[str]) -> dict[str, Any]:
    """`{"reading": {"width": 84}}` as `{"reading.width": 84}`; unknown keys become notices."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SECTIONS and isinstance(value, dict):
            for inner, inner_value in value.items():
                dotted = f"{key}.{inner}"
                if dotted in _BY_KEY:
                    flat[dotted] = inner_value
                else:
                    messages.append(f"{where}: unknown key {dotted!r} (ignored)")
        elif key in _BY_KEY:
            flat[key] = value
        else:
            messages.append(f"{where}: unknown key {key!r} (ignored)")
    return flat


def _shown(value: Any) -> str:
    """A value as TOML writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return repr(value)


def _read_file(path: Path, messages: list[str]) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        messages.append(f"{path}: cannot read ({error.strerror or error}); using defaults")
        return {}
    import tomllib  # only for a file there is (most starts have none): 2 ms before the paint

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        messages.append(f"{path}: not UTF-8 text; using defaults")
    except tomllib.TOMLDecodeError as error:
        messages.append(f"{path}: not valid TOML ({error}); using defaults")
    return {}


def load_settings() -> Settings:
    """Defaults, then the file, then environment variables; never raises, never writes."""
    settings = Settings()
    path = settings.path
    messages = settings.messages
    from_file = _flatten(_read_file(path, messages), str(path), messages)
    for option in OPTIONS:
        if option.key in from_file:
            value = from_file[option.key]
            try:
                setattr(settings, option.attr, _check(option, value))
                settings.sources[option.key] = "file"
            except ValueError as error:
                messages.append(
                    f"{path}: {option.key}: expected {error}, got {_shown(value)}; "
                    f"using {_shown(option.default)}"
                )
        text = os.environ.get(option.env)
        if text is not None and text.strip():
            try:
                setattr(settings, option.attr, _from_env(option, text))
                settings.sources[option.key] = "env"
            except ValueError as error:
                now = settings.value(option.key)
                messages.append(
                    f"{option.env} (for {option.key}): expected {error}, got {text!r}; "
                    f"using {_shown(now)}"
                )
    return settings


# What was replaced in a user theme as loaded this run (reader.ui.themes fills it), by theme
# name: said when that theme is chosen, not at every start for every theme file.
THEME_NOTES: dict[str, str] = {}


def choose_theme(
    requested: str | None,
    remembered: Any,
    settings: Settings,
    available: Sequence[str],
) -> tuple[str, str, list[str]]:
    """The theme to start with: --theme, else the state file's choice, else the settings'.

    Returns (name, where it came from, notices). A remembered or configured theme that no
    longer exists (a user theme file removed) is passed over with a notice; the chosen theme's
    note (a colour replaced) is among the notices.
    """
    name, source, messages = _choose_theme(requested, remembered, settings, available)
    note = THEME_NOTES.get(name)
    return name, source, [*messages, note] if note else messages


def _choose_theme(
    requested: str | None,
    remembered: Any,
    settings: Settings,
    available: Sequence[str],
) -> tuple[str, str, list[str]]:
    messages: list[str] = []
    # A configured theme that does not exist is reported whichever theme wins, as every other
    # bad setting is: else a theme picked in the app hides the mistake until it is forgotten.
    unknown = settings.theme not in available
    where = "READER_THEME" if settings.sources.get("theme") == "env" else f"{settings.path}"
    problem = f"{where}: theme {settings.theme!r} is not a known theme"
    if requested is not None and requested in available:
        return requested, "--theme", [f"{problem} (ignored)"] if unknown else messages
    if isinstance(remembered, str):
        if remembered in available:
            return remembered, "state", [f"{problem} (ignored)"] if unknown else messages
        messages.append(f"theme {remembered!r} chosen earlier is no longer available")
    if not unknown:
        return settings.theme, settings.sources.get("theme", "default"), messages
    messages.append(f"{problem}; using {DEFAULT_THEME!r}")
    return DEFAULT_THEME, "default", messages


def theme_overridden(settings: Settings, chosen: Any) -> str | None:
    """One line when the settings name a theme that a choice made in the app overrides."""
    if settings.sources.get("theme") not in ("file", "env") or not isinstance(chosen, str) \
            or chosen == settings.theme:
        return None
    where = "READER_THEME" if settings.sources.get("theme") == "env" else settings.path.name
    return (f"{where}: theme {settings.theme!r} is overridden by {chosen!r}, chosen in the app "
            f"(remembered in the state file; ctrl+t or the palette changes it)")


# ---- reader config ---------------------------------------------------------------------------

def _config_parser() -> argparse.ArgumentParser:
    import argparse  # here, not at the top: the app's start-up does not need it

    parser = argparse.ArgumentParser(
        prog="reader config",
        description="Where reader's settings file is, and the settings in effect.",
    )
    parser.add_argument("what", choices=("path", "show"), metavar="path|show",
                        help="path: print the settings file's path; show: the settings in use")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def run_config(
    argv: Sequence[str],
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    effective_theme: Callable[[Settings], list[str]] | None = None,
) -> int:
    """`reader config path` and `reader config show`; notices go to `err`, exit 0 (2: usage).

    `effective_theme` puts the theme the app would start with into the settings (the front that
    knows the state file and the theme names passes it; settings sit below both).
    """
    parsed = _config_parser().parse_args(list(argv))  # bad usage: argparse exits 2
    if parsed.what == "path":
        out.write(f"{config_path()}\n")
        return 0
    settings = load_settings()
    notes = effective_theme(settings) if effective_theme is not None else []
    for message in [*settings.messages, *notes]:
        print(f"reader: {message}", file=err)
    out.write(_describe(settings))
    return 0


def _describe(settings: Settings) -> str:
    """The effective settings as TOML with dotted keys, each with where it came from."""
    state = "" if settings.path.exists() else " (no such file: defaults apply)"
    lines = [f"# settings file: {settings.path}{state}"]
    rows = []
    for option in OPTIONS:
        source = settings.sources[option.key]
        if source == "env":
            source = f"env {option.env}"
        if option.note:
            source += f" ({option.note})"
        rows.append((f"{option.key} = {_shown(settings.value(option.key))}", source))
    width = max(len(left) for left, _ in rows)
    lines += [f"{left:<{width}}  # {source}" for left, source in rows]
    return "\n".join(lines) + "\n"
