"""Themes: the bundled and the user's TOML files as Textual themes, and reader's own variables.

A theme file holds Textual's `Theme` fields (name, dark, primary, background, ...) and a
`[variables]` table. reader reads these variables (see reader.tcss):

- `mention-company`, `mention-model`: colours of the two kinds of mention;
- `mention-company-style`, `mention-model-style`: their text styles (bold / underline by
  default, so a mention never depends on colour alone);
- `translation-background`: the English column's background;
- `current-block`, `current-block-style`: the emphasis of the block the reader is at;
- `mention-current-style`: the brief emphasis of the mention stepped to with `.` and `,`.

Derived only (a theme cannot set them; they follow from its colours), for what the app draws
around the article: `chrome-muted` (meta lines, hints, the header's progress, placeholders),
`chrome-key` (keys in the footer and help), `cursor-background` / `cursor-foreground` (the
selected row of a focused list) and `cursor-blurred-background` (of a list without focus);
and for the article's own lines, `heading` (section headings), `heading-title` (a top-level
heading) and `pending-text` (the "…" of a paragraph not yet translated).
Each is moved until it keeps 4.5:1 on every ground it is drawn on.

Any theme, Textual's built-ins included, gets values for the ones it leaves out from
`reader_variables()`, derived from its own colours and adjusted until mentions keep WCAG AA
contrast (4.5:1) on every background text sits on.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.css.constants import VALID_STYLE_FLAGS
from textual.theme import BUILTIN_THEMES, Theme

from reader.paths import config_dir, themes_dir
from reader.settings import DEFAULT_THEME as DEFAULT_THEME  # the app imports it from here
from reader.settings import THEME_NAME, THEME_NOTES

MIN_CONTRAST = 4.5  # WCAG 2.x AA for body text

# Reader's colour and style variables, with what a theme that says nothing gets for the styles.
COLOUR_VARIABLES = ("mention-company", "mention-model", "translation-background", "current-block")
STYLE_DEFAULTS = {
    "mention-company-style": "bold",
    "mention-model-style": "underline",
    "current-block-style": "none",
    "mention-current-style": "reverse",
}
READER_VARIABLES = (*COLOUR_VARIABLES, *STYLE_DEFAULTS)

_FIELDS: dict[str, type | tuple[type, ...]] = {
    "name": str, "dark": bool, "primary": str, "secondary": str, "accent": str, "warning": str,
    "error": str, "success": str, "foreground": str, "background": str, "surface": str,
    "panel": str, "boost": str, "luminosity_spread": (int, float), "text_alpha": (int, float),
}
_COLOUR_FIELDS = {
    "primary", "secondary", "accent", "warning", "error", "success", "foreground", "background",
    "surface", "panel", "boost",
}
_PERCENT = re.compile(r"^(?P<colour>.+?)\s+(?P<percent>\d+(?:\.\d+)?)%$")


class ThemeError(ValueError):
    """A theme file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


# ---- colours and contrast ------------------------------------------------------------------


def parse_colour(value: str, over: Color | None = None) -> Color:
    """A CSS colour as Textual writes it ("#rrggbb", "red", "#fff 10%", "auto 60%"), made opaque.

    `over` is what the colour is drawn on: alpha colours are blended over it and "auto" is the
    contrasting text colour Textual would pick. Raises ColorParseError.
    """
    text = value.strip()
    alpha = 1.0
    match = _PERCENT.match(text)
    if match:
        text, alpha = match["colour"], float(match["percent"]) / 100
    if text == "auto":
        if over is None:
            raise ColorParseError("'auto' needs a background", None)
        colour = over.get_contrast_text(alpha)
    else:
        colour = Color.parse(text)
        colour = colour.with_alpha(colour.a * alpha)
    if over is not None and colour.ansi is None and over.ansi is None:
        return over + colour if colour.a < 1 else colour
    return colour


def luminance(colour: Color) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG 2.x contrast ratio (1 to 21) of two opaque colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_ansi(theme: Theme) -> bool:
    """Themes drawn with the terminal's own palette: no contrast can be computed for them."""
    if theme.ansi:
        return True
    return any(
        (value or "").startswith("ansi_") for value in (theme.background, theme.foreground)
    )


_generated: dict[str, dict[str, str]] = {}


def generated(theme: Theme) -> dict[str, str]:
    """Textual's colour system for `theme` (all its $variables), computed once per theme."""
    key = repr(theme)  # a dataclass: every field, variables included
    found = _generated.get(key)
    if found is None:
        if len(_generated) > 256:
            _generated.clear()
        found = _generated[key] = theme.to_color_system().generate()
    return dict(found)


@dataclass(frozen=True)
class Surfaces:
    """The colours text sits on in the reader, and the body text colour, for one theme."""

    foreground: Color
    background: Color
    surface: Color
    panel: Color
    translation: Color
    current_block: Color

    def where_mentions_sit(self) -> dict[str, Color]:
        return {
            "background": self.background,
            "panel": self.panel,  # the legend
            "translation-background": self.translation,
            "current-block": self.current_block,
        }

    def where_text_sits(self) -> dict[str, Color]:
        return {"background": self.background, "surface": self.surface, "panel": self.panel}


def surfaces(theme: Theme, variables: dict[str, str] | None = None) -> Surfaces:
    """Resolve a theme's colours the way Textual does (its ColorSystem) into opaque colours."""
    colours = generated(theme)
    variables = variables if variables is not None else reader_variables(theme)
    background = parse_colour(colours["background"])
    translation = parse_colour(variables["translation-background"], background)
    return Surfaces(
        foreground=parse_colour(colours["foreground"], background),
        background=background,
        surface=parse_colour(colours["surface"], background),
        panel=parse_colour(colours["panel"], background),
        translation=translation,
        # The current block's tint is drawn over the page (and over the translation column).
        current_block=parse_colour(variables["current-block"], background),
    )


def _readable(colour: Color, grounds: list[Color], dark: bool) -> Color:
    """`colour`, lightened (dark themes) or darkened (light ones) until it reads on `grounds`."""
    for _ in range(100):
        if min(contrast(colour, ground) for ground in grounds) >= MIN_CONTRAST:
            return colour
        colour = colour.lighten(0.02) if dark else colour.darken(0.02)
    # Lab steps end at white or black: nothing reads better on these grounds.
    return Color(255, 255, 255) if dark else Color(0, 0, 0)


def chrome_variables(theme: Theme) -> dict[str, str]:
    """Colours of the rows, hints and keys around the article, each readable where it sits."""
    if is_ansi(theme):
        return {
            "chrome-muted": "ansi_default", "chrome-key": "ansi_default",
            "cursor-background": "ansi_blue", "cursor-foreground": "ansi_bright_white",
            "cursor-blurred-background": "ansi_default",
            "heading": theme.accent or "ansi_default", "heading-title": "ansi_default",
            "pending-text": "ansi_default",
        }
    colours = generated(theme)
    background = parse_colour(colours["background"])
    foreground = parse_colour(colours["foreground"], background)
    surface = parse_colour(colours["surface"], background)
    panel = parse_colour(colours["panel"], background)
    boost = parse_colour(colours["boost"], panel)  # inputs sit on $boost over the panel
    # A focused list's row: the theme's cursor colour under whichever text reads better on it,
    # the cursor moved away from that text until it reads.
    cursor = parse_colour(colours["block-cursor-background"], panel)
    text = max((foreground, background, Color(255, 255, 255), Color(0, 0, 0)),
               key=lambda c: contrast(c, cursor))
    cursor = _readable(cursor, [text], luminance(text) < 0.5)
    # Without focus: a tint of the cursor colour over the panel, light enough for body text.
    blurred = _legible_ground(panel.blend(cursor, 0.3, 1.0), panel, foreground)
    grounds = [background, surface, panel, boost, blurred]
    muted = parse_colour(colours["text-muted"], background)
    key = parse_colour(colours["accent"], panel)
    # Textual's `$text` is "auto 87%": contrast text chosen against the ground it is drawn on.
    # Lines drawn by the article view have no such ground, so resolve it here, on the page.
    title = background + background.get_contrast_text(0.87)
    page = [background, parse_colour(colours["surface"], background)]
    return {
        "heading": _readable(parse_colour(colours["accent"], background), page, theme.dark).hex,
        "heading-title": _readable(title, page, theme.dark).hex,
        # A pending translation's "…" stays faint (Textual's `$text-disabled`, 38%).
        "pending-text": (background + background.get_contrast_text(0.38)).hex,
        "chrome-muted": _readable(muted, grounds, theme.dark).hex,
        "chrome-key": _readable(key, grounds, theme.dark).hex,
        "cursor-background": cursor.hex,
        "cursor-foreground": text.hex,
        "cursor-blurred-background": blurred.hex,
    }


def reader_variables(theme: Theme) -> dict[str, str]:
    """Every reader variable for `theme`: its own values where it has them, else derived ones.

    For the app's `get_theme_variable_defaults()` (theme variables still win there). Derived
    mention colours start from the theme's accent (companies) and secondary (models) and are
    adjusted until they keep 4.5:1 contrast on every background a mention sits on.
    """
    own = {k: v for k, v in theme.variables.items() if k in READER_VARIABLES}
    derived: dict[str, str] = dict(STYLE_DEFAULTS)
    if is_ansi(theme):
        # No colours to measure: mentions take the text colour and stand out by style alone.
        derived.update({
            "mention-company": "ansi_default",
            "mention-model": "ansi_default",
            "translation-background": "transparent",
            "current-block": "transparent",
            # The margin marker shows the current block; a reversed block would hide the
            # reversed mention that `.` and `,` step to.
            "current-block-style": "none",
        })
        return {**derived, **own, **chrome_variables(theme)}
    colours = generated(theme)
    background = parse_colour(colours["background"])
    derived["translation-background"] = colours["surface"]
    derived["current-block"] = f"{colours['primary']} {12 if theme.dark else 10}%"
    merged = {**derived, **own}
    grounds = list(surfaces(theme, merged).where_mentions_sit().values())
    for name, start in (("mention-company", "accent"), ("mention-model", "secondary")):
        base = parse_colour(colours[start], background)
        derived[name] = _readable(base, grounds, theme.dark).hex
    return {**derived, **own, **chrome_variables(theme)}


def contrast_problems(theme: Theme, variables: dict[str, str] | None = None) -> list[str]:
    """What in `theme` falls under 4.5:1: body text and mentions on the grounds they sit on.

    Body text is the foreground on every ground (page, surface, library panel, translation
    column, current block), and muted text (quotes, the interleaved translation) on the page
    and the translation column.
    """
    if is_ansi(theme):
        return []
    variables = variables if variables is not None else reader_variables(theme)
    ground = surfaces(theme, variables)
    colours = generated(theme)
    # (what, its colour value, the ground's name, the ground)
    everywhere = {**ground.where_text_sits(), **ground.where_mentions_sit()}
    checks = [("foreground", colours["foreground"], where, colour)
              for where, colour in everywhere.items()]
    checks += [
        ("text-muted", colours["text-muted"], "background", ground.background),
        ("text-muted", colours["text-muted"], "translation-background", ground.translation),
    ]
    checks += [(name, variables[name], where, colour)
               for name in ("mention-company", "mention-model")
               for where, colour in ground.where_mentions_sit().items()]
    problems = []
    for what, value, where, colour in checks:
        ratio = contrast(parse_colour(value, colour), colour)
        if ratio < MIN_CONTRAST:
            problems.append(f"{what} on {where}: {ratio:.2f}:1")
    return problems


def _legible_ground(ground: Color, towards: Color, text: Color) -> Color:
    """`ground` moved towards `towards` (the page) until `text` reads on it."""
    for step in range(11):
        candidate = ground.blend(towards, step / 10, 1.0)
        if contrast(text, candidate) >= MIN_CONTRAST:
            return candidate
    return towards


def usable_builtin_themes() -> list[Theme]:
    """Textual's built-in themes as reader registers them.

    A built-in whose library panel or surface is too close to its text colour gets those
    grounds moved towards its page colour until the text reads; one that still fails (none in
    Textual 8.2) is left out, so that the app unregisters it.
    """
    return list(_usable_builtins())


@cache
def _usable_builtins() -> tuple[Theme, ...]:
    usable = []
    for theme in map(_opaque_muted, BUILTIN_THEMES.values()):
        if is_ansi(theme) or not contrast_problems(theme):
            usable.append(theme)
            continue
        ground = surfaces(theme)
        fields = _theme_fields(theme)
        for name in ("surface", "panel"):
            colour = getattr(ground, name)
            if contrast(ground.foreground, colour) < MIN_CONTRAST:
                fields[name] = _legible_ground(colour, ground.background, ground.foreground).hex
        fixed = Theme(**fields)
        if not contrast_problems(fixed):
            usable.append(fixed)
    return tuple(usable)


# ---- files ---------------------------------------------------------------------------------


@cache
def _known_variables() -> frozenset[str]:
    # Everything Textual's colour system defines, which a theme may override, plus reader's.
    textual = generated(BUILTIN_THEMES["textual-dark"])
    return frozenset(textual) | frozenset(READER_VARIABLES)


def _check_variable(name: str, value: Any) -> str | None:
    """Why a [variables] entry is unusable, or None."""
    if not isinstance(value, str):
        return f"variable {name!r} must be a string"
    if name.endswith("style"):
        words = value.split()
        if not words or any(word not in VALID_STYLE_FLAGS for word in words):
            return f"variable {name!r}: {value!r} is not a text style"
        return None
    try:
        parse_colour(value, Color(0, 0, 0))
    except ColorParseError:
        return f"variable {name!r}: {value!r} is not a colour"
    return None


def load_theme(path: Path, *, verify: bool = True) -> Theme:
    """Read one theme file; raises ThemeError naming the file and the first problem.

    `verify=False` (the bundled files, verified by the tests) skips the variable names and the
    colour system's generation: about half of the themes' cost before the first paint.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeError(path, f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ThemeError(path, f"not valid TOML: {error}") from None
    variables = data.pop("variables", {})
    for key in data:
        if key not in _FIELDS:
            raise ThemeError(path, f"unknown key {key!r}")
    for key in ("name", "primary"):
        if key not in data:
            raise ThemeError(path, f"missing {key!r}")
    for key, value in data.items():
        kind = _FIELDS[key]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise ThemeError(path, f"{key!r} has the wrong type ({value!r})")
        if key in _COLOUR_FIELDS:
            try:
                Color.parse(value)
            except ColorParseError:
                raise ThemeError(path, f"{key!r}: {value!r} is not a colour") from None
    if not THEME_NAME.match(data["name"]):
        raise ThemeError(
            path, f"name {data['name']!r} must be lower-case letters, digits, - or _"
        )
    if not isinstance(variables, dict):
        raise ThemeError(path, "[variables] must be a table")
    if not verify:
        return Theme(**data, variables=dict(variables))
    known = _known_variables()
    for name, value in variables.items():
        if name not in known:
            raise ThemeError(path, f"unknown variable {name!r}")
        problem = _check_variable(name, value)
        if problem:
            raise ThemeError(path, problem)
    theme = Theme(**data, variables=dict(variables))
    try:
        theme.to_color_system().generate()
    except (ColorParseError, ValueError) as error:
        raise ThemeError(path, str(error)) from None
    return theme


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def _load_folder(folder: Path, check: bool) -> tuple[list[Theme], list[str]]:
    """Every theme file in `folder`; a bad one is skipped with a line naming it and why."""
    themes: list[Theme] = []
    messages: list[str] = []
    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError as error:
        return [], [f"themes folder {folder}: {error.strerror or error}"]
    for path in paths:
        try:
            theme = load_theme(path, verify=check)
        except ThemeError as error:
            messages.append(f"theme {path}: {error.problem} (skipped)")
            continue
        if check:
            THEME_NOTES.pop(theme.name, None)
            theme = _fix_unreadable(theme, path)
        themes.append(_opaque_muted(theme))
    return themes, messages


def _fix_unreadable(theme: Theme, path: Path) -> Theme:
    """A user theme whose body text or mentions would not read gets readable colours instead.

    What was replaced and why is one line in THEME_NOTES, said when the theme is chosen: a
    theme that is only there in the folder is no reason to speak at every start.
    """
    if is_ansi(theme):
        return theme
    fields, said = _theme_fields(theme), []
    ground = surfaces(theme)
    grounds = {**ground.where_text_sits(), **ground.where_mentions_sit()}
    worst = min(grounds, key=lambda where: contrast(ground.foreground, grounds[where]))
    ratio = contrast(ground.foreground, grounds[worst])
    if ratio < MIN_CONTRAST:
        text = _readable(ground.foreground, list(grounds.values()),
                         luminance(ground.background) < 0.5)
        fields["foreground"] = text.hex
        said.append(f"body text {ground.foreground.hex} on {worst} {grounds[worst].hex} is "
                    f"{ratio:.1f}:1 (under 4.5:1): using {text.hex}")
        theme = Theme(**fields)
    problems = [p for p in contrast_problems(theme) if p.startswith("mention-")]
    if problems:
        bad = sorted({p.split(" ", 1)[0] for p in problems})
        fields["variables"] = {k: v for k, v in theme.variables.items() if k not in bad}
        theme = Theme(**fields)
        said.append(f"{problems[0].replace(': ', ' is ')} (under 4.5:1): using derived "
                    f"{' and '.join(bad)}")
    if said:
        THEME_NOTES[theme.name] = f"theme {theme.name} ({path.name}): {'; '.join(said)}"
    return theme


def _opaque_muted(theme: Theme) -> Theme:
    """A light theme with `text-muted` as a plain colour instead of Textual's "auto 60%".

    Textual 8.2.8 resolves an "auto" colour in a component-class span (the library's meta
    lines, the legend) as if on a dark ground: near-white on a light theme. The colour "auto"
    gives on the page, spelled out (darkened where needed to read on every ground), does not.
    """
    if theme.dark or is_ansi(theme) or "text-muted" in theme.variables:
        return theme
    ground = surfaces(theme)
    start = parse_colour(generated(theme)["text-muted"], ground.background)
    muted = _readable(start, [*ground.where_text_sits().values(), ground.translation], False)
    return Theme(**{**_theme_fields(theme),
                    "variables": {**theme.variables, "text-muted": muted.hex}})


def _theme_fields(theme: Theme) -> dict[str, Any]:
    return {
        name: getattr(theme, name)
        for name in (*_FIELDS, "variables", "ansi")
    }


def load_all_themes() -> tuple[list[Theme], list[str]]:
    """Bundled themes (the default first), then the user's; and notices about skipped files.

    A user theme with a bundled theme's name replaces it; one whose mention colours would not
    read on its backgrounds gets derived ones, with a notice.
    """
    bundled, messages = _load_folder(themes_dir(), check=False)
    users, more = _load_folder(user_themes_dir(), check=True)
    bundled.sort(key=lambda theme: theme.name != DEFAULT_THEME)
    by_name = {theme.name: theme for theme in bundled}
    for theme in users:
        by_name[theme.name] = theme
    return list(by_name.values()), messages + more


def next_theme_name(current: str, names: list[str], step: int = 1) -> str:
    """The theme after (or, with step -1, before) `current` in `names`, wrapping around."""
    if not names:
        return current
    if current not in names:
        return names[0] if step > 0 else names[-1]
    return names[(names.index(current) + step) % len(names)]
