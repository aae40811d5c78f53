"""Themes from TOML files (the bundled `themes/` folder) turned into Textual themes."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.theme import Theme

from reader.paths import themes_dir

DEFAULT_THEME = "reader-dark"
_FIELDS = {
    "name", "dark", "primary", "secondary", "accent", "warning", "error", "success",
    "foreground", "background", "surface", "panel", "boost", "luminosity_spread", "text_alpha",
}


class ThemeError(ValueError):
    """A theme file that cannot be used; the message names the file and the problem."""


def load_theme(path: Path) -> Theme:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ThemeError(f"{path.name}: {error}") from None
    variables = data.pop("variables", {})
    unknown = set(data) - _FIELDS
    if unknown:
        raise ThemeError(f"{path.name}: unknown key {sorted(unknown)[0]!r}")
    if "name" not in data or "primary" not in data:
        raise ThemeError(f"{path.name}: needs at least 'name' and 'primary'")
    if not isinstance(variables, dict) or not all(
        isinstance(v, str) for v in variables.values()
    ):
        raise ThemeError(f"{path.name}: [variables] must map names to colour strings")
    try:
        return Theme(**data, variables=variables)
    except Exception as error:  # Textual validates colours when the theme is built
        raise ThemeError(f"{path.name}: {error}") from None


def bundled_themes() -> list[Theme]:
    return [load_theme(path) for path in sorted(themes_dir().glob("*.toml"))]
