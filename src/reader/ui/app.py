"""The Textual app: library on the left, article on the right, state kept between runs.

The app composes the panes, loads the library, opens screens and persists what the panes report;
the main screen (`reader.ui.main`) owns the panes' keys and routes them. Feature state lives in
the pane that shows it: the find, the mention cursor, the jump list, the view mode and the
highlighting in the article view; the filter, the sort and the counts in the library list; the
model download in the status line.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Header

from reader import blockcache
from reader.articles import Article, Library, Listing, assign_ids, load_files
from reader.paths import default_library
from reader.settings import Settings, load_settings
from reader.storage import StateStore
from reader.ui import keys
from reader.ui.commands import LibrarySearch, MapCommand, SettingsCommand
from reader.ui.crash import CrashReport
from reader.ui.feed_commands import FeedCommands
from reader.ui.feeds import FeedActions
from reader.ui.main import APP_WIDE, NARROW, MainScreen
from reader.ui.startup import (
    collect_garbage,
    first_library,
    handle_sigterm,
    restore_sigterm,
    set_up_theme,
)
from reader.ui.theme_commands import ThemeCommands, css_variables, install_builtin_themes
from reader.ui.themes import next_theme_name
from reader.ui.widgets.article import MODES, ArticleView
from reader.ui.widgets.footer import ReaderFooter
from reader.ui.widgets.library import SORTS, LibraryList
from reader.ui.widgets.library_pane import LibraryPane
from reader.ui.widgets.reading import ReadingPane
from reader.wording import counted

log = logging.getLogger("reader")

MAX_NOTICES = 4  # more load messages than this are summed up in one line
SAVE_DELAY = 0.4  # seconds between a change and its save (quitting saves at once)


class ReaderApp(FeedActions, CrashReport, App[None]):
    """Read French AI-industry news: library, article, and (later) translation."""

    CSS_PATH = str(Path(__file__).with_name("reader.tcss"))
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {LibrarySearch, ThemeCommands, FeedCommands, MapCommand,
                               SettingsCommand}
    BINDINGS = keys.bindings(tuple(k for k in keys.APP if k.action in APP_WIDE))

    def __init__(
        self,
        paths: list[Path] | None = None,
        state: StateStore | None = None,
        *,
        watch_interval: float = 2.0,
        theme: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        # Textual asks for the theme variables inside App.__init__: settings come first.
        self.settings = settings if settings is not None else load_settings()
        super().__init__()
        self.paths = list(paths) if paths else default_library()
        self._default_paths = not paths  # `R` then adds the saved library once it exists
        self.state = state if state is not None else StateStore()
        self.library = Library([], [])
        self._watch_interval = watch_interval
        # Chosen before mount: changing the theme later restyles every widget once more.
        self._theme_ready = False
        self._save_timer = None
        self._status_note = None
        self._status_text: str | None = None
        self._previous_sigterm = None
        self.state.load()
        self.theme_names, self._theme_notes = set_up_theme(self, theme, self.state, self.settings)

    def get_default_screen(self) -> Screen:
        return MainScreen(id="_default")

    def get_theme_variable_defaults(self) -> dict[str, str]:
        if not hasattr(self, "stylesheet"):
            # Textual's first ask, inside App.__init__ (for its stylesheet, not made yet), is for
            # its default theme: __init__ sets the chosen one and asks again before any CSS is
            # parsed, so working out (2-3 ms) what would be replaced unread is skipped.
            return {}
        # Every theme, Textual's own included, gets these so mentions are never invisible.
        return css_variables(self.current_theme, getattr(self, "settings", None))

    def watch_theme(self, name: str) -> None:
        # The start-up choice (--theme included) is not a choice to remember.
        if self._theme_ready:
            self.state.set_view("theme", name)
            self._save()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A dialog is a question to finish first: the palette over it stacked a second dialog.
        return not (action == "command_palette" and getattr(self.screen, "ASKS", False))

    def action_next_theme(self) -> None:
        self.theme = next_theme_name(self.theme, self.theme_names)
        self.say(f"Theme: {self.theme}")

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="main"):
            yield LibraryPane(id="library-pane")
            yield ReadingPane(self.settings.translator_options, self._watch_interval, id="reading")
        yield ReaderFooter()

    # ---- the panes (on the main screen, whatever screen is on top) -------------------------

    @property
    def main_screen(self) -> MainScreen:
        return cast(MainScreen, self.screen_stack[0])

    @property
    def article_view(self) -> ArticleView:
        return self.screen_stack[0].query_one(ArticleView)

    @property
    def reading(self) -> ReadingPane:
        return self.screen_stack[0].query_one(ReadingPane)

    @property
    def library_list(self) -> LibraryList:
        return self.screen_stack[0].query_one(LibraryList)

    @property
    def current(self) -> Article | None:
        """The article the reading pane shows (None also once the app is closing)."""
        try:
            return self.article_view.article
        except (IndexError, NoMatches):
            return None

    # ---- start-up ------------------------------------------------------------------------

    def on_mount(self) -> None:
        self._previous_sigterm = handle_sigterm(self.exit)
        self.library, rest = first_library(self.paths, self.state)
        self._notify_messages([*self.state.messages, *self._theme_notes, *self.library.messages])
        view = self.article_view
        highlight = self.state.view("highlight", self.settings.highlight) is not False
        view.set_reactive(ArticleView.highlight, highlight)  # the saved choice, not a new one
        self.reading.set_class(not highlight, "no-highlight")
        mode = self.state.view(
            "translation_view", "side" if self.settings.show_translation else "original"
        )
        view.mode = mode if mode in MODES else "original"
        view.reading_width = self.settings.reading_width
        library = self.library_list
        library.is_read = self.is_read
        sort = self.state.view("sort", "id")
        library.sort = sort if sort in SORTS else "id"
        if self.state.view("library_visible", True) is False:
            self.screen.add_class("library-hidden")
        first = self._last_article() or (
            library._sorted(self.library.articles)[0] if self.library.articles else None
        )
        library.set_articles(self.library.articles, first)
        missed = first is not None and not first.parsed
        if missed:
            # Its blocks as stored at the last exit: this paint then needs no markdown-it.
            cached = blockcache.load(first)
            if cached is not None:
                first.set_blocks(cached)
                missed = False
        self.open_article(first, remember=False)
        if missed:
            # Stored now (under 1 ms), not after the paint: a reader killed as soon as it shows
            # (a closed terminal) never unmounts, and its next start would parse again.
            blockcache.save(first)
        view.focus()
        self._apply_width(self.size.width)
        self.set_interval(3.0, self._save_position)
        self._theme_ready = True
        if self.theme in self.theme_names:
            # One of reader's themes was chosen: the built-ins' legible versions can wait.
            self.call_after_refresh(install_builtin_themes, self, self.theme_names)
        self.call_after_refresh(collect_garbage)
        if rest is None:
            # Language detection imports langdetect (slow): start it after the first paint.
            self.call_after_refresh(self.analyse_library)
        else:
            loaded = {a.path: a for a in self.library.articles}
            self.call_after_refresh(self.load_library_rest, rest, loaded)

    async def on_event(self, event: events.Event) -> None:
        # Once quitting, input still queued (a held key, a burst pasted before SIGTERM) is dropped:
        # otherwise the exit waits behind every one of those keys.
        if self._exit and isinstance(event, events.InputEvent):
            return
        if (isinstance(event, events.Key) and event.is_printable and event.character
                and len(self.screen_stack) == 1):
            panes = self.screen_stack[0].query(ReadingPane)  # none before the first compose
            if panes and panes.first().catch_typed(event.character):
                return
            libraries = self.screen_stack[0].query(LibraryPane)
            if libraries and libraries.first().catch(event.character):
                return
        await super().on_event(event)

    @work(thread=True, exclusive=True, group="library", exit_on_error=False,
          description="library loading")  # not the repr of its arguments (10,000 articles)
    def load_library_rest(self, listing: Listing, loaded: dict) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        named = assign_ids(listing.files())
        library = load_files(named, loaded, cancelled=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.call_from_thread(self._library_loaded, library)

    def _library_loaded(self, library: Library) -> None:
        self.library.articles = library.articles
        self._notify_messages(library.messages)
        self.library.messages += library.messages
        self.library_list.set_articles(self.library.articles, self.current)
        self.analyse_library()

    def analyse_library(self) -> None:
        """Language, words and mention counts of every article, off the start-up path."""
        self.library_list.analyse(list(self.library.articles))

    @on(ArticleView.MatcherLoaded)
    def _matcher_loaded(self) -> None:
        from reader.entities import default_matcher

        # Bad entries of the user's entities.toml: said once, skipped.
        self._notify_messages(list(default_matcher().messages))

    def _last_article(self) -> Article | None:
        last = self.state.last_article
        return next((a for a in self.library.articles if str(a.path.resolve()) == last), None)

    def say(self, message: str | None) -> None:
        """A short status toast; it replaces the previous one, so held keys do not pile up.

        Only the last message of a burst is shown: redrawing the toasts once per key made 300
        queued `r` presses take seconds (and a SIGTERM wait behind them). Warnings (skipped
        files, state problems) are left alone. Nothing to say (None, "") shows nothing.
        """
        if not message:
            return
        pending = self._status_text is not None
        self._status_text = message
        if not pending:
            # Posted behind the keys already queued, so a burst ends in one toast.
            self.call_later(self._show_status)

    def _show_status(self) -> None:
        from textual.notifications import Notification, Notify

        message, self._status_text = self._status_text, None
        if message is None or self._exit:
            return
        if self._status_note is not None:
            with contextlib.suppress(KeyError):
                self._unnotify(self._status_note, refresh=False)
        self._status_note = Notification(message, "", "information", 2, markup=False)
        self.post_message(Notify(self._status_note))

    def _notify_messages(self, messages: list[str]) -> None:
        for message in messages[:MAX_NOTICES]:
            log.warning(message)
            self.notify(message, severity="warning", markup=False, timeout=8)
        if len(messages) > MAX_NOTICES:
            for message in messages[MAX_NOTICES:]:
                log.warning(message)
            self.notify(
                f"{counted(len(messages) - MAX_NOTICES, 'more file')} skipped; see the log file",
                severity="warning",
                markup=False,
            )

    # ---- articles ------------------------------------------------------------------------

    def is_read(self, article: Article) -> bool:
        return self.state.article(article.path, article.digest).read  # the store resolves it

    def open_article(self, article: Article | None, *, block: int | None = None,
                     remember: bool = True, note: object = None, to_front: bool = True) -> None:
        """Show an article at its saved position (or `block`), remembering where we were."""
        self.main_screen.open_article(article, block=block, remember=remember, note=note,
                                      to_front=to_front)

    def format_title(self, title: str, sub_title: str) -> Content:
        from reader.ui.widgets.header import header_content

        return header_content(title, sub_title)

    def set_read(self, article: Article, read: bool) -> None:
        self.state.set_read(article.path.resolve(), article.digest, read)
        self.library_list.refresh_article(article)
        self._save()

    def _save_position(self) -> None:
        """The place is recorded as the reader moves; it is written every few seconds."""
        if self.state.changed:
            self._save()

    def _save(self) -> None:
        """Save soon: a burst of changes (r held down, ctrl+t cycling) is one write."""
        if self._save_timer is None:
            self._save_timer = self.set_timer(SAVE_DELAY, self._save_now)

    def save_view(self, key: str, value: object) -> None:
        """A view choice the main screen reports (sort, mode...), kept for the next run."""
        self.state.set_view(key, value)
        self._save()

    def _save_now(self) -> None:
        self._save_timer = None
        was_read_only = self.state.read_only
        self.state.save()
        if self.state.read_only and not was_read_only:
            self._notify_messages(self.state.messages[-1:])

    @on(ReadingPane.ChangedOnDisk)
    def _changed_on_disk(self, event: ReadingPane.ChangedOnDisk) -> None:
        """The open article's file changed: the new text takes its place, at the same place."""
        fresh, articles = event.fresh, self.library.articles
        if event.article not in articles or event.article is not self.current:
            return
        articles[articles.index(event.article)] = fresh
        self.open_article(fresh, block=self.article_view.first_visible(), remember=False,
                          to_front=False)
        self.library_list.set_articles(articles, fresh)
        self.notify(f"{fresh.path.name} changed on disk and was reloaded", markup=False)
        self.analyse_library()

    # ---- actions -------------------------------------------------------------------------

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # The palette's "Keys" opens reader's help (`?`): Textual's key panel did not close on
        # escape, and its footer overlapped the palette key.
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield SystemCommand("Keys", "Every key of reader (also ?)", self.action_help)
            else:
                yield command

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        # Textual's own drops webbrowser's answer: with no browser, nothing at all happened.
        import webbrowser

        try:
            opened = webbrowser.open(url, new=2 if new_tab else 0)
        except webbrowser.Error:
            opened = False
        if not opened:
            self.notify("No web browser found to open it: y in the links list (o) copies it",
                        severity="warning", markup=False)

    # ---- layout --------------------------------------------------------------------------

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)
        self.main_screen.update_header(width=event.size.width)  # self.size is the old one

    def _apply_width(self, width: int) -> None:
        main = self.screen_stack[0]  # under the map too: it stayed wide once the map closed
        main.set_class(width < NARROW, "narrow")
        focused = main.focused
        if (width < NARROW and not main.has_class("library-shown") and focused is not None
                and main.query_one("#library-pane") in focused.ancestors_with_self):
            # Narrow, the library is hidden: focus left in it would swallow every key.
            self.article_view.focus()

    def exit(self, *args, **kwargs) -> None:  # q, SIGTERM: before the panes are taken down
        if self.screen_stack and isinstance(self.screen_stack[0], MainScreen):
            self.main_screen.leave()
        super().exit(*args, **kwargs)

    def on_unmount(self) -> None:
        self.state.save()
        last = self.current or self._last_article()  # what the next start shows first
        if last is not None:
            blockcache.save(last)
        restore_sigterm(self._previous_sigterm)


__all__ = ["ReaderApp"]
