"""What the app does once, around its first paint: the theme, the first library, SIGTERM, gc.

Plain functions over the app, so `ReaderApp` keeps only the wiring; each runs once per run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from textual.app import App

from reader.articles import Library, Listing, assign_ids, load_files
from reader.settings import Settings, choose_theme
from reader.storage import StateStore
from reader.ui.theme_commands import install_builtin_themes, install_themes

EAGER_LIBRARY = 200  # files read before the first paint; a bigger library loads behind it


def set_up_theme(app: App, theme: str | None, state: StateStore,
                 settings: Settings) -> tuple[list[str], list[str]]:
    """Install reader's themes and choose one, inside `__init__`, before any CSS is parsed.

    Returns the names of reader's themes and what to tell the reader about the choice.
    """
    theme_names, theme_notes = install_themes(app, builtins=False)
    name, _, notes = choose_theme(theme, state.view("theme"), settings, list(app.available_themes))
    if name not in theme_names:
        # A built-in was chosen: use its legible version now.
        install_builtin_themes(app, theme_names)
    # Set without the watcher: Textual's queues a second parse of all the CSS (about 10 ms
    # before the first paint) when the first parse, still to come, will use this theme.
    app.set_reactive(App.theme, name)
    dark = app.current_theme.dark
    app.update_classes(
        {f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
    )
    app._refresh_truecolor_filter(app.ansi_theme)
    app.stylesheet.set_variables(app.get_css_variables())
    return theme_names, [*theme_notes, *settings.messages, *notes]


def first_library(paths: list[Path], state: StateStore) -> tuple[Library, Listing | None]:
    """The library to paint first, and the listing still to read behind it (None: all read)."""
    listing = Listing(paths)
    missing = listing.messages
    if len(listing) <= EAGER_LIBRARY:
        library = load_files(assign_ids(listing.files()))
        library.messages[:0] = missing
        return library, None
    # A big library: read the article to show now, the rest (even its list of files, as
    # Paths in order) in the background.
    library = Library([], missing)
    first_file = listing.first(state.last_article)
    if first_file is not None:
        early = load_files([first_file])
        library.articles = early.articles
        library.messages += early.messages
    return library, listing


def handle_sigterm(quit_app: Callable[[], object]) -> object:
    """SIGTERM quits like `q`: the terminal is given back and the place is saved.

    A plain signal handler, not `loop.add_signal_handler`: asyncio learns of a signal through
    its self-pipe, and a burst of keys from the input thread (one pipe write each) can fill
    that pipe, so the signal was lost and the reader kept running. Returns the handler it
    replaced (None when not on the main thread: the default is left).
    """
    import asyncio
    import signal

    loop = asyncio.get_running_loop()

    def on_sigterm(_signum: int, _frame: object) -> None:
        loop.call_soon_threadsafe(quit_app)

    with contextlib.suppress(ValueError):  # not the main thread: leave the default
        return signal.signal(signal.SIGTERM, on_sigterm)
    return None


def restore_sigterm(previous: object) -> None:
    import signal

    if previous is not None:
        with contextlib.suppress(ValueError, TypeError):
            signal.signal(signal.SIGTERM, previous)


def collect_garbage() -> None:
    """Turn the garbage collector back on after the first paint (`reader` starts it off).

    What start-up built (modules, classes, the first screen) lives as long as the app: frozen,
    it is left out of every later collection.
    """
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()
