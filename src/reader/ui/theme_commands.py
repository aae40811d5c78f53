"""Putting themes in the app (registration, palette, ctrl+t order) and `reader themes`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import partial
from typing import TextIO

from textual.app import App
from textual.theme import BUILTIN_THEMES, Theme

from reader.settings import THEME_NOTES, Settings, choose_theme, load_settings, theme_overridden
from reader.ui.palette import NamedCommands
from reader.ui.themes import load_all_themes, reader_variables, usable_builtin_themes


def install_builtin_themes(app: App, keep: Sequence[str] = ()) -> None:
    """Replace Textual's built-in themes with their legible versions (or drop unusable ones).

    Themes named in `keep` (reader's own, which may share a built-in's name) are left alone.
    Measuring 20-odd themes takes ~30 ms: the app does it after its first paint.
    """
    usable = usable_builtin_themes()
    for name in set(BUILTIN_THEMES) - {theme.name for theme in usable} - set(keep):
        app.unregister_theme(name)
    for theme in usable:
        if theme.name not in keep:
            app.register_theme(theme)


def install_themes(app: App, builtins: bool = True) -> tuple[list[str], list[str]]:
    """Register reader's and the user's themes (and, unless told not to, the built-ins).

    Returns (the names ctrl+t cycles through: bundled then user themes, notices about theme
    files that were skipped or corrected). Built-ins stay reachable from the palette.
    """
    if builtins:
        install_builtin_themes(app)
    themes, messages = load_all_themes()
    for theme in themes:
        app.register_theme(theme)
    # A theme whose colours were replaced says so when it is chosen (the start-up theme's note
    # comes with choose_theme's notices); not one toast per theme file at every start.
    app.watch(app, "theme", partial(_say_theme_note, app), init=False)
    if len(messages) > 1:
        skipped = ", ".join(message.split(": ", 1)[0].removeprefix("theme ").rsplit("/", 1)[-1]
                            for message in messages)
        messages = [f"theme files skipped: {skipped} (reader themes says why)"]
    return [theme.name for theme in themes], [*messages, *_override_once(app)]


def _say_theme_note(app: App, old: str, new: str) -> None:
    note = THEME_NOTES.get(new)
    if note and new != old:
        app.notify(note, severity="warning", markup=False)


def _override_once(app: App) -> list[str]:
    """The theme in the settings that a choice made in the app overrides: said once, and again
    only when the settings name another theme (`reader config show` says it every time)."""
    state, settings = getattr(app, "state", None), getattr(app, "settings", None)
    if state is None or settings is None:
        return []
    chosen = state.view("theme")
    known = chosen in app.available_themes and settings.theme in app.available_themes
    note = theme_overridden(settings, chosen) if known else None
    if note is None or state.view("theme_override_said") == settings.theme:
        return []
    state.set_view("theme_override_said", settings.theme)
    return [note]


def css_variables(theme: Theme, settings: Settings | None) -> dict[str, str]:
    """The app's `get_theme_variable_defaults()`: reader's theme variables and the text width.

    `settings` may be None: Textual asks for variables in App.__init__, possibly before the
    app has its settings.
    """
    width = settings.reading_width if settings is not None else Settings().reading_width
    return {
        **reader_variables(theme),
        "reading-width": str(width),
        # Side by side: two columns and the 2-cell gap between them.
        "reading-width-translated": str(2 * width + 2),
    }


def all_theme_names() -> tuple[list[str], list[str]]:
    """Every theme the app offers, reader's and the user's first; and notices about files."""
    themes, messages = load_all_themes()
    names = [theme.name for theme in themes]
    names += [t.name for t in usable_builtin_themes() if t.name not in names]
    return names, messages


def theme_name_error(name: str, names: Sequence[str]) -> str | None:
    """The message for `reader --theme NAME` when NAME is not a theme (exit 2), else None."""
    if name in names:
        return None
    return f"unknown theme {name!r}; themes: {', '.join(names)}"


class ThemeCommands(NamedCommands):
    """Palette entries: "Next theme", and "Theme: NAME" for every theme, found by typing."""

    def commands(self) -> list[tuple[str, str, object]]:
        app = self.app
        commands: list[tuple[str, str, object]] = [
            ("Next theme", "Switch to the next reader theme (ctrl+t)",
             partial(app.run_action, "next_theme")),
        ]
        for theme in app.available_themes.values():
            tone = "dark" if theme.dark else "light"
            commands.append(
                (f"Theme: {theme.name}", f"A {tone} theme", partial(setattr, app, "theme",
                                                                     theme.name))
            )
        return commands


def run_themes(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """`reader themes [--theme NAME]`: every theme, one a line, the one in use marked `*`."""
    import argparse  # here, not at the top: the app's start-up does not need it

    from reader.storage import StateStore

    parser = argparse.ArgumentParser(
        prog="reader themes",
        description="List the themes; * marks the one reader starts with.",
    )
    parser.add_argument("--theme", metavar="NAME", help="the theme this run would use")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(list(argv))
    names, messages = all_theme_names()
    settings: Settings = load_settings()
    if args.theme is not None and (problem := theme_name_error(args.theme, names)):
        print(f"reader: {problem}", file=err)
        return 2
    state = StateStore()
    state.load()
    current, _, notes = choose_theme(args.theme, state.view("theme"), settings, names)
    # The list of themes is where to see what was replaced in each, chosen or not.
    notes += [THEME_NOTES[name] for name in names if name in THEME_NOTES and name != current]
    for message in [*settings.messages, *messages, *notes]:
        print(f"reader: {message}", file=err)
    for name in names:
        out.write(f"{'*' if name == current else ' '} {name}\n")
    return 0
