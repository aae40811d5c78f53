"""The app holds no feature state: its attributes after mount, and after using every feature."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from reader.ui.app import ReaderApp
from reader.ui.widgets.article import SEARCH_DELAY, ArticleView
from reader.ui.widgets.library import LibraryList

# What ReaderApp may keep beyond a plain Textual App: where the library comes from and what it
# is, the saved state and settings, the theme set-up, and the bookkeeping of saving and quitting.
ALLOWED = {
    "settings", "paths", "_default_paths", "state", "library", "theme_names", "_theme_notes",
    "_watch_interval", "_theme_ready",
    "_save_timer", "_status_note", "_status_text", "_previous_sigterm",
}


class Plain(App[None]):
    pass


async def plain_attributes(of_screen: bool = False) -> set[str]:
    app = Plain()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.notify("x")
        await pilot.pause()
        return set(vars(app.screen if of_screen else app))


def make_library(tmp_path: Path) -> list[Path]:
    paths = []
    for name, body in [("a", "Nvidia et OpenAI signent. " * 40), ("b", "Meta et Llama 2.")]:
        path = tmp_path / f"{name}.md"
        path.write_text(f"# {name}\n\n" + "\n\n".join([body] * 30) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def extra(app: ReaderApp, plain: set[str]) -> set[str]:
    # Textual's own "__" attributes (reactive watchers) come and go with what is watched.
    return {name for name in vars(app) if not name.startswith("__")} - plain - ALLOWED


async def test_the_app_keeps_no_feature_state(tmp_path: Path) -> None:
    plain, plain_screen = await plain_attributes(), await plain_attributes(of_screen=True)
    app = ReaderApp(make_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert extra(app, plain) == set()
        view = app.query_one(ArticleView)
        # Every feature once: find, mentions, a jump and back, the filter, sort, translation.
        await pilot.press("slash", *"openai")
        await pilot.pause(SEARCH_DELAY + 0.2)
        await pilot.press("enter", "n", "escape", "full_stop", "G", "ctrl+o", "h", "h", "s")
        await pilot.press("v", "v", "v", "slash")
        await pilot.press("escape")
        await app.run_action("screen.filter_library")  # `/` in the library
        await pilot.press(*"meta")
        await pilot.pause()
        assert len(app.query_one(LibraryList).articles) == 1  # the features did run
        await pilot.press("escape")
        await pilot.pause()
        assert view.find_query is None and not app.query_one(LibraryList).filtering
        assert extra(app, plain) == set()
        # Nor does the main screen that routes the panes' keys: it is no controller either.
        assert {n for n in vars(app.main_screen) if not n.startswith("__")} - plain_screen == set()
    # What is left is plain data or bookkeeping, never an object that holds feature state.
    kinds = {type(getattr(app, name)).__name__ for name in ALLOWED if hasattr(app, name)}
    assert kinds <= {"Settings", "list", "bool", "StateStore", "Library", "float", "tuple",
                     "NoneType", "Timer", "str", "Notification", "Handlers", "function", "int"}


async def said(app: ReaderApp, pilot) -> str | None:
    """The status toast shown last (it comes a frame or two after the key, behind a burst)."""
    for _ in range(40):
        await pilot.pause()
        if app._status_text is None and app._notifications:
            break
    notes = list(app._notifications)
    return str(notes[-1].message) if notes else None


async def test_keys_routed_to_the_panes_act_and_say_when_there_is_nowhere_to_go(
        tmp_path: Path) -> None:
    app = ReaderApp(make_library(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.current is not None and app.current.title == "a"
        await pilot.press("p")
        await pilot.pause()
        assert app.current.title == "a" and await said(app, pilot) == "No previous article"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert await said(app, pilot) == "Nowhere to go back to"
        await pilot.press("n")
        await pilot.pause()
        assert app.current.title == "b"
        await pilot.press("n")
        await pilot.pause()
        assert app.current.title == "b" and await said(app, pilot) == "No next article"
        # Back across articles: the pane reports the place, the app opens the article there.
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.current.title == "a" and app.title == "a"
