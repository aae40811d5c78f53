"""Theme files: contrast computed from the files, loading and its errors, user themes, the
fallbacks every other theme gets, ctrl+t order, and `reader themes`."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

from reader.paths import config_dir, themes_dir
from reader.settings import DEFAULT_THEME
from reader.storage import StateStore
from reader.ui.theme_commands import all_theme_names, run_themes, theme_name_error
from reader.ui.themes import (
    READER_VARIABLES,
    ThemeError,
    contrast,
    contrast_problems,
    load_all_themes,
    load_theme,
    next_theme_name,
    parse_colour,
    reader_variables,
    surfaces,
    usable_builtin_themes,
)

THEME_FILES = sorted(themes_dir().glob("*.toml"))
AA = 4.5


# ---- WCAG from the files, computed here without reader's or Textual's colour code ----------


def _rgb(text: str) -> tuple[float, float, float, float]:
    """'#rrggbb', '#rgb', optionally followed by ' N%' (alpha), as 0..1 floats."""
    colour, _, percent = text.strip().partition(" ")
    alpha = float(percent.rstrip("%")) / 100 if percent else 1.0
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    assert len(digits) == 6, text
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b, alpha


def _over(text: str, ground: tuple[float, float, float]) -> tuple[float, float, float]:
    if text == "transparent":
        return ground
    r, g, b, a = _rgb(text)
    return tuple(c * a + d * (1 - a) for c, d in zip((r, g, b), ground, strict=True))


def _luminance(rgb: tuple[float, float, float]) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ratio(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_wcag_reference_values() -> None:
    assert _ratio((0, 0, 0), (1, 1, 1)) == pytest.approx(21)
    assert _ratio(_over("#777777", (0, 0, 0)), (1, 1, 1)) == pytest.approx(4.48, abs=0.01)
    # reader's own implementation (used to derive fallbacks) agrees.
    assert contrast(Color.parse("#777777"), Color.parse("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)


@pytest.mark.parametrize("path", THEME_FILES, ids=lambda p: p.stem)
def test_bundled_theme_file_passes_the_checks_user_files_get(path: Path) -> None:
    # The app loads the bundled files unchecked (start-up time): the checks run here instead.
    assert load_theme(path) == load_theme(path, verify=False)


@pytest.mark.parametrize("path", THEME_FILES, ids=lambda p: p.stem)
def test_bundled_theme_file_keeps_aa_contrast(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    variables = data["variables"]
    for key in ("background", "foreground", "surface", "panel"):
        assert key in data, f"{path.name} must set {key}"
    for key in ("mention-company", "mention-model", "translation-background", "current-block"):
        assert key in variables, f"{path.name} must set {key}"
    page = _over(data["background"], (0, 0, 0))
    grounds = {
        "background": page,
        "surface": _over(data["surface"], page),
        "panel": _over(data["panel"], page),
    }
    text = _over(data["foreground"], page)
    for where, ground in grounds.items():
        assert _ratio(text, ground) >= AA, f"{path.name}: foreground on {where}"
        if "text-muted" in variables:
            muted = _over(variables["text-muted"], ground)
            assert _ratio(muted, ground) >= AA, f"{path.name}: text-muted on {where}"
    mention_grounds = {
        "background": page,
        "panel": grounds["panel"],
        "translation-background": _over(variables["translation-background"], page),
        "current-block": _over(variables["current-block"], page),
    }
    for where, ground in mention_grounds.items():
        assert _ratio(text, ground) >= AA, f"{path.name}: foreground on {where}"
    for name in ("mention-company", "mention-model"):
        for where, ground in mention_grounds.items():
            ratio = _ratio(_over(variables[name], ground), ground)
            assert ratio >= AA, f"{path.name}: {name} on {where} is {ratio:.2f}:1"


def test_bundled_themes_are_the_promised_set() -> None:
    names = [tomllib.loads(p.read_text(encoding="utf-8"))["name"] for p in THEME_FILES]
    assert names == [p.stem for p in THEME_FILES]  # file named after its theme
    assert {"reader-dark", "reader-paper", "reader-high-contrast", "solarized-dark",
            "solarized-light", "reader-mono"} <= set(names)
    themes = {t.name: t for t in load_all_themes()[0]}
    assert not themes["reader-paper"].dark and not themes["solarized-light"].dark
    assert contrast(*(parse_colour(c) for c in ("#ffffff", "#000000"))) == pytest.approx(21)
    high = surfaces(themes["reader-high-contrast"])
    assert contrast(high.foreground, high.background) >= 15


def test_mono_marks_by_style_not_colour() -> None:
    data = tomllib.loads((themes_dir() / "reader-mono.toml").read_text(encoding="utf-8"))
    variables = data["variables"]
    assert variables["mention-company"] == variables["mention-model"] == data["foreground"]
    assert variables["mention-company-style"] == "bold"
    assert variables["mention-model-style"] == "underline"
    # The current block is marked in the margin: reversing it would hide the stepped mention.
    assert variables["current-block-style"] == "none"
    assert variables["current-block"] == "transparent"
    for key in ("primary", "secondary", "accent", "foreground", "background", "surface",
                "panel"):
        r, g, b, _ = _rgb(data[key])
        assert r == g == b, f"reader-mono: {key} is not a grey"


# ---- every theme the app offers -----------------------------------------------------------


def offered_themes() -> list[Theme]:
    return [*usable_builtin_themes(), *load_all_themes()[0]]


def test_every_offered_theme_passes_the_contrast_check() -> None:
    themes = offered_themes()
    assert {t.name for t in themes} >= set(BUILTIN_THEMES)  # none had to be hidden
    for theme in themes:
        assert contrast_problems(theme) == [], theme.name
        variables = reader_variables(theme)
        assert set(READER_VARIABLES) <= set(variables)
        assert variables["mention-company-style"] and variables["mention-model-style"]


def test_builtin_fallbacks_are_derived_and_readable() -> None:
    for theme in usable_builtin_themes():
        variables = reader_variables(theme)
        if theme.ansi:
            # Terminal colours: nothing to measure, so mentions take the text colour and
            # stand out by style alone.
            assert variables["mention-company"] == "ansi_default"
            assert variables["mention-company-style"] == "bold"
            assert variables["mention-model-style"] == "underline"
            continue
        ground = surfaces(theme, variables)
        for name in ("mention-company", "mention-model"):
            colour = parse_colour(variables[name], ground.background)
            assert contrast(colour, ground.background) >= AA, (theme.name, name)
            assert contrast(colour, ground.panel) >= AA, (theme.name, name)


def test_a_builtin_with_a_dim_library_panel_is_corrected_not_dropped() -> None:
    original = BUILTIN_THEMES["tokyo-night"]
    assert any("foreground on panel" in p for p in contrast_problems(original))
    fixed = next(t for t in usable_builtin_themes() if t.name == "tokyo-night")
    ground = surfaces(fixed)
    assert contrast(ground.foreground, ground.panel) >= AA
    assert fixed.background == original.background and fixed.primary == original.primary


@pytest.mark.parametrize(
    ("dark", "background", "accent", "secondary"),
    [
        (True, "#101010", "#111111", "#121212"),  # accents the colour of the page
        (False, "#fafafa", "#ffff00", "#f0f0f0"),  # yellow on white
        (True, "#000080", "#0000ff", "#000099"),  # blue on navy
    ],
)
def test_derived_mentions_read_whatever_the_accents(
    dark: bool, background: str, accent: str, secondary: str
) -> None:
    theme = Theme(name="odd", primary=accent, accent=accent, secondary=secondary,
                  background=background, dark=dark)
    problems = contrast_problems(theme)
    assert not [p for p in problems if p.startswith("mention-")]


# ---- loading theme files ----------------------------------------------------------------

GOOD = 'name = "sepia"\ndark = false\nprimary = "#704214"\nbackground = "#f4ecd8"\n'


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('name = "sepia"\nprimary = \n', "not valid TOML"),
        (GOOD + 'colour = "red"\n', "unknown key 'colour'"),
        (GOOD.replace("#704214", "#70421"), "'primary': '#70421' is not a colour"),
        ('primary = "#704214"\n', "missing 'name'"),
        ('name = "sepia"\n', "missing 'primary'"),
        (GOOD.replace('"sepia"', '"Sepia Tone"'), "name 'Sepia Tone' must be"),
        (GOOD.replace("dark = false", 'dark = "no"'), "'dark' has the wrong type"),
        (GOOD + "[variables]\nmention-compnay = \"#000000\"\n", "unknown variable"),
        (GOOD + "[variables]\nmention-model = \"blueish\"\n", "is not a colour"),
        (GOOD + "[variables]\nmention-model-style = \"shiny\"\n", "is not a text style"),
        (GOOD + "variables = 3\n", "[variables] must be a table"),
    ],
)
def test_a_bad_theme_file_is_refused_naming_the_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "sepia.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ThemeError) as raised:
        load_theme(path)
    assert str(raised.value).startswith("sepia.toml: ")
    assert problem in str(raised.value)


def test_a_good_file_with_styles_and_alpha_colours_loads(tmp_path: Path) -> None:
    path = tmp_path / "sepia.toml"
    path.write_text(
        GOOD + '[variables]\nmention-company = "#7a3b00"\nmention-company-style = "bold italic"\n'
        'current-block = "#704214 12%"\nblock-cursor-text-style = "none"\n',
        encoding="utf-8",
    )
    theme = load_theme(path)
    assert theme.name == "sepia" and theme.dark is False
    assert theme.variables["mention-company-style"] == "bold italic"


def user_theme(name: str, text: str) -> Path:
    folder = config_dir() / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_themes_come_after_the_bundled_ones_and_bad_ones_are_skipped() -> None:
    user_theme("sepia.toml", GOOD)
    broken = user_theme("broken.toml", "name = \n")
    nameless = user_theme("nameless.toml", 'primary = "#000000"\n')
    themes, messages = load_all_themes()
    names = [t.name for t in themes]
    assert names[0] == DEFAULT_THEME
    assert names[-1] == "sepia"
    assert len(messages) == 2
    assert any(str(broken) in m and "not valid TOML" in m for m in messages)
    assert any(str(nameless) in m and "missing 'name'" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_a_user_theme_replaces_a_bundled_one_of_the_same_name() -> None:
    user_theme("mine.toml", GOOD.replace('"sepia"', '"reader-paper"'))
    themes, messages = load_all_themes()
    paper = [t for t in themes if t.name == "reader-paper"]
    assert len(paper) == 1 and paper[0].background == "#f4ecd8"
    assert messages == []


def test_a_user_theme_with_invisible_mentions_gets_readable_ones() -> None:
    path = user_theme(
        "ghost.toml",
        'name = "ghost"\nprimary = "#336699"\nbackground = "#202020"\nforeground = "#dddddd"\n'
        '[variables]\nmention-company = "#222222"\nmention-model = "#99ccff"\n',
    )
    themes, messages = load_all_themes()
    ghost = next(t for t in themes if t.name == "ghost")
    assert "mention-company" not in ghost.variables
    assert ghost.variables["mention-model"] == "#99ccff"
    assert contrast_problems(ghost) == []
    # Said when the theme is chosen (choose_theme), not among the start-up notices.
    assert messages == []
    from reader.settings import THEME_NOTES

    assert path.name in THEME_NOTES["ghost"] and "mention-company" in THEME_NOTES["ghost"]


def test_light_themes_spell_out_muted_text() -> None:
    # Textual draws an "auto" muted colour near-white in component spans on light themes.
    for theme in offered_themes():
        if not theme.dark and not theme.ansi:
            muted = theme.variables.get("text-muted", "")
            assert muted.startswith("#"), theme.name


# ---- switching ------------------------------------------------------------------------------


def test_next_theme_name_wraps_and_starts_from_the_first() -> None:
    names = ["a", "b", "c"]
    assert next_theme_name("a", names) == "b"
    assert next_theme_name("c", names) == "a"
    assert next_theme_name("a", names, -1) == "c"
    assert next_theme_name("nord", names) == "a"
    assert next_theme_name("nord", names, -1) == "c"
    assert next_theme_name("a", []) == "a"


def test_theme_name_error_lists_the_names() -> None:
    names, _ = all_theme_names()
    assert theme_name_error("reader-paper", names) is None
    message = theme_name_error("papier", names)
    assert message is not None and "'papier'" in message
    assert "reader-paper" in message and "nord" in message


def run(argv: list[str]) -> tuple[int, list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_themes(argv, out, err)
    return code, out.getvalue().splitlines(), err.getvalue()


def marked(lines: list[str]) -> list[str]:
    return [line[2:] for line in lines if line.startswith("* ")]


def test_reader_themes_lists_every_theme_and_marks_the_current() -> None:
    code, lines, err = run([])
    assert code == 0 and err == ""
    names = [line[2:] for line in lines]
    assert names[0] == DEFAULT_THEME
    assert {"reader-paper", "reader-mono", "solarized-dark", "nord"} <= set(names)
    assert len(names) == len(set(names))
    assert marked(lines) == [DEFAULT_THEME]


def test_reader_themes_current_follows_settings_state_and_option(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = config_dir() / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('theme = "solarized-dark"\n', encoding="utf-8")
    assert marked(run([])[1]) == ["solarized-dark"]
    state = StateStore()
    state.load()
    state.set_view("theme", "reader-paper")
    state.save()
    assert marked(run([])[1]) == ["reader-paper"]
    assert marked(run(["--theme", "nord"])[1]) == ["nord"]


def test_reader_themes_reports_bad_files_and_unknown_names() -> None:
    user_theme("sepia.toml", GOOD)
    user_theme("broken.toml", "name = \n")
    code, lines, err = run([])
    assert code == 0 and "sepia" in [line[2:] for line in lines]
    assert "broken.toml" in err and "not valid TOML" in err
    code, lines, err = run(["--theme", "papier"])
    assert code == 2 and lines == []
    assert "unknown theme 'papier'" in err and "reader-paper" in err
