"""The Textual app: library on the left, article on the right, state kept between runs."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Header, Input, Static

from reader.articles import (
    Article,
    Library,
    LoadError,
    assign_ids,
    discover,
    load_article,
    load_files,
)
from reader.paths import default_library
from reader.settings import Settings, choose_theme, load_settings
from reader.storage import StateStore
from reader.ui import keys
from reader.ui.commands import LibrarySearch, MapCommand
from reader.ui.feed_commands import FeedCommands
from reader.ui.feeds import FeedActions
from reader.ui.mentions import ArticleMentions, cell_marks, english_marks, marks_for
from reader.ui.render import Mark, links
from reader.ui.theme_commands import (
    ThemeCommands,
    css_variables,
    install_builtin_themes,
    install_themes,
)
from reader.ui.themes import next_theme_name
from reader.ui.widgets.article import MODES, ArticleView
from reader.ui.widgets.find import FindBar
from reader.ui.widgets.footer import ReaderFooter
from reader.ui.widgets.library import SORTS, LibraryList
from reader.ui.widgets.translation import TranslationStatus
from reader.wording import agree, counted

log = logging.getLogger("reader")

NARROW = 100  # below this many columns the library collapses
MAX_NOTICES = 4  # more load messages than this are summed up in one line
SEARCH_DELAY = 0.15  # seconds of quiet typing before the find runs
MAX_MARKS = 500  # highlighted matches per block; more would make one block slow to draw
MODEL_WATCH_INTERVAL = 2.0  # seconds between looks for a model installed from another shell
SAVE_DELAY = 0.4  # seconds between a change and its save (quitting saves at once)
EAGER_LIBRARY = 200  # files read before the first paint; a bigger library loads behind it


@dataclass(frozen=True, eq=False)
class Hit:
    """A find match: block, column ("source" or "translation"), offsets in that text."""

    block: int
    column: str
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    """Where the reader was: an article and the block at the top of the view."""

    article: Article
    block: int


class ReaderApp(FeedActions, App[None]):
    """Read French AI-industry news: library, article, and (later) translation."""

    CSS_PATH = str(Path(__file__).with_name("reader.tcss"))
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {LibrarySearch, ThemeCommands, FeedCommands, MapCommand}
    BINDINGS = keys.bindings(keys.APP)

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
        self.current: Article | None = None
        self._jumps: list[Place] = []
        self._watch_interval = watch_interval
        self._disk_stamp: tuple[int, int] | None = None
        self._position_dirty = False
        self._block = 0  # first visible block of the current article, as last reported
        # The mention matcher compiles a large gazetteer: built after the first paint.
        self._matcher_ready = False
        # Chosen before mount: changing the theme later restyles every widget once more.
        self._theme_ready = False
        self._builtins_installed = False
        self._save_timer = None
        self._status_note = None
        self._status_text: str | None = None
        self._previous_sigterm = None
        self.state.load()
        self.theme_names, self._theme_notes = install_themes(self, builtins=False)
        name, _, notes = choose_theme(
            theme, self.state.view("theme"), self.settings, list(self.available_themes)
        )
        if name not in self.theme_names:
            # A built-in was chosen: use its legible version now.
            install_builtin_themes(self, self.theme_names)
            self._builtins_installed = True
        # Set without the watcher: Textual's queues a second parse of all the CSS (about 10 ms
        # before the first paint) when the first parse, still to come, will use this theme.
        self.set_reactive(App.theme, name)
        dark = self.current_theme.dark
        self.update_classes(
            {f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
        )
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())
        self._theme_notes += [*self.settings.messages, *notes]
        self._mentions: ArticleMentions | None = None
        self._mention_index = -1
        self._flash: object | None = None  # the mention emphasised after a jump
        self.highlight = True
        self.filter_label: str | None = None
        self._mention_filter = None
        self._counts: dict[int, tuple[int, int]] = {}  # id(article) -> (companies, models)
        self.find_query: str | None = None  # set while a find is active in the article
        self._hits: list[Hit] = []
        self._hits_by_block: dict[tuple[int, str], list[Hit]] = {}
        self._search_timer = None
        self._hit_index = -1
        self._folded: dict[int, list[tuple[str, list[int]]]] = {}  # id(article) -> per block
        self._library_query = ""
        self._folded_articles: dict[int, str] = {}
        self.view_mode = "original"  # original / side / english
        self._last_translated_mode = "side"
        self._no_model = False
        self._downloading = False
        self._model_watch = None  # a Timer while the pane says no model is installed
        self._map_return = None  # (map selection, jump depth) after a jump from the map

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Every theme, Textual's own included, gets these so mentions are never invisible.
        return css_variables(self.current_theme, getattr(self, "settings", None))

    def watch_theme(self, name: str) -> None:
        # The start-up choice (--theme included) is not a choice to remember.
        if self._theme_ready:
            self.state.set_view("theme", name)
            self._save()

    def action_next_theme(self) -> None:
        self.theme = next_theme_name(self.theme, self.theme_names)
        self._say(f"Theme: {self.theme}")

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="main"):
            with Vertical(id="library-pane"):
                # Shown right after the first paint: the article is drawn first, the rows next.
                library = LibraryList(id="library")
                library.display = False
                yield library
            with Vertical(id="reading"):
                yield ArticleView(id="article")
                yield FindBar(id="find")
                yield TranslationStatus(id="translation-status")
                yield Legend(_legend(), id="legend", markup=False)
        yield ReaderFooter()

    # ---- start-up ------------------------------------------------------------------------

    def on_mount(self) -> None:
        self._handle_sigterm()
        files, missing = discover(self.paths)
        named = assign_ids(files)
        if len(named) <= EAGER_LIBRARY:
            self.library = load_files(named)
            self.library.messages[:0] = missing
            rest = None
        else:
            # A big library: read the article to show now, the rest in the background.
            self.library = Library([], missing)
            rest = named
            first_file = self._first_file(named)
            if first_file is not None:
                early = load_files([first_file])
                self.library.articles = early.articles
                self.library.messages += early.messages
        self._notify_messages([*self.state.messages, *self._theme_notes, *self.library.messages])
        self.highlight = self.state.view("highlight", self.settings.highlight) is not False
        mode = self.state.view(
            "translation_view", "side" if self.settings.show_translation else "original"
        )
        self.view_mode = mode if mode in MODES else "original"
        if self.view_mode != "original":
            self._last_translated_mode = self.view_mode
        self.screen.set_class(not self.highlight, "no-highlight")
        view = self.query_one(ArticleView)
        view.reading_width = self.settings.reading_width
        view.marks = self._block_marks
        view.cell_marks = self._cell_marks
        view.translation_marks = self._english_marks
        library = self.query_one(LibraryList)
        library.is_read = self.is_read
        library.extra = self._count_line
        sort = self.state.view("sort", "id")
        library.sort = sort if sort in SORTS else "id"
        if self.state.view("library_visible", True) is False:
            self.screen.add_class("library-hidden")
        first = self._last_article() or (
            library._sorted(self.library.articles)[0] if self.library.articles else None
        )
        library.set_articles(self.library.articles, first)
        self.open_article(first, remember=False)
        self.query_one(ArticleView).focus()
        self._apply_width(self.size.width)
        self.set_interval(self._watch_interval, self._check_disk)
        self.set_interval(3.0, self._save_position)
        self._theme_ready = True
        if not self._builtins_installed:
            self.call_after_refresh(install_builtin_themes, self, self.theme_names)
        self.call_after_refresh(collect_garbage)
        self.call_after_refresh(setattr, library, "display", True)
        if rest is None:
            # Language detection imports langdetect (slow): start it after the first paint.
            self.call_after_refresh(self.analyse_library)
        else:
            loaded = {a.path: a for a in self.library.articles}
            self.call_after_refresh(self.load_library_rest, rest, loaded)

    def _handle_sigterm(self) -> None:
        """SIGTERM quits like `q`: the terminal is given back and the place is saved.

        A plain signal handler, not `loop.add_signal_handler`: asyncio learns of a signal through
        its self-pipe, and a burst of keys from the input thread (one pipe write each) can fill
        that pipe, so the signal was lost and the reader kept running.
        """
        import asyncio
        import signal

        loop = asyncio.get_running_loop()

        def on_sigterm(_signum: int, _frame: object) -> None:
            loop.call_soon_threadsafe(self.exit)

        with contextlib.suppress(ValueError):  # not the main thread: leave the default
            self._previous_sigterm = signal.signal(signal.SIGTERM, on_sigterm)

    async def on_event(self, event: events.Event) -> None:
        # Once quitting, input still queued (a held key, a burst pasted before SIGTERM) is dropped:
        # otherwise the exit waits behind every one of those keys.
        if self._exit and isinstance(event, events.InputEvent):
            return
        await super().on_event(event)

    def _first_file(self, named: list[tuple[Path, str]]) -> tuple[Path, str] | None:
        """The file to open while a big library loads: the last one read, else the first id."""
        last = self.state.last_article
        if last:
            for path, article_id in named:
                if str(path.resolve()) == last:
                    return path, article_id
        return min(named, key=lambda item: item[1], default=None)

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def load_library_rest(self, named: list[tuple[Path, str]], loaded: dict) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        library = load_files(named, loaded, cancelled=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.call_from_thread(self._library_loaded, library)

    def _library_loaded(self, library: Library) -> None:
        self.library.articles = library.articles
        self._notify_messages(library.messages)
        self.library.messages += library.messages
        self.query_one(LibraryList).set_articles(self.library.articles, self.current)
        self.analyse_library()

    def _last_article(self) -> Article | None:
        last = self.state.last_article
        return next((a for a in self.library.articles if str(a.path.resolve()) == last), None)

    def _say(self, message: str) -> None:
        """A short status toast; it replaces the previous one, so held keys do not pile up.

        Only the last message of a burst is shown: redrawing the toasts once per key made 300
        queued `r` presses take seconds (and a SIGTERM wait behind them). Warnings (skipped
        files, state problems) are left alone.
        """
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

    @work(thread=True, exclusive=True, group="analyse", exit_on_error=False)
    def analyse_library(self) -> None:
        """Language, words and mention counts of every article, off the start-up path.

        Results are cached by content hash, so a library opened again is not re-analysed;
        rows are refreshed in batches so ten thousand articles do not flood the UI.
        """
        import time

        from textual.worker import get_current_worker

        from reader.catalog import Catalog
        from reader.entities import article_found, default_matcher, forget_article
        from reader.language import LanguageCache, article_language

        default_matcher()
        self.call_from_thread(self._matcher_loaded)
        cache = LanguageCache().load()
        catalog = Catalog().load()
        worker = get_current_worker()
        batch: list[Article] = []
        last_flush = time.monotonic()
        from collections import Counter

        languages: Counter[str] = Counter()  # a text too short to tell takes the library's
        for article in list(self.library.articles):
            if worker.is_cancelled:
                break
            if article.lang is None:
                fallback = languages.most_common(1)[0][0] if languages else None
                article.lang = article_language(article, cache, fallback)
            if article.language:
                languages[article.language] += 1
            known = catalog.get(article.digest)
            if known is None:
                kinds = [m.kind for m in article_found(article).in_order()]
                known = catalog.put(
                    article.digest, article.words, kinds.count("company"), kinds.count("model")
                )
            else:
                article.__dict__["words"] = known.words
            if article is not self.current:
                # Keep memory flat on big libraries: blocks are parsed again on open.
                article.__dict__.pop("blocks", None)
                forget_article(article)
            self._counts[id(article)] = (known.companies, known.models)
            batch.append(article)
            if time.monotonic() - last_flush > 0.25:
                self.call_from_thread(self._analysed_batch, batch)
                batch, last_flush = [], time.monotonic()
        if batch:
            self.call_from_thread(self._analysed_batch, batch)
        cache.save()
        catalog.save()

    def _analysed_batch(self, articles: list[Article]) -> None:
        library = self.query_one(LibraryList)
        for article in articles:
            library.refresh_article(article)
        if self.current in articles:
            self._update_header()

    def _matcher_loaded(self) -> None:
        if not self._matcher_ready:
            self._matcher_ready = True
            from reader.entities import default_matcher

            # Bad entries of the user's entities.toml: said once, skipped.
            self._notify_messages(list(default_matcher().messages))
            self.query_one(ArticleView).refresh_marks()

    def _count_line(self, article: Article) -> str:
        counts = self._counts.get(id(article))
        if counts is None:
            return ""
        companies, models = counts
        return f"{counted(companies, 'company')} · {counted(models, 'model')}"

    # ---- articles ------------------------------------------------------------------------

    def is_read(self, article: Article) -> bool:
        return self.state.article(article.path.resolve(), article.digest).read

    def open_article(self, article: Article | None, *, block: int | None = None,
                     remember: bool = True) -> None:
        """Show an article at its saved position (or `block`), remembering where we were."""
        view = self.query_one(ArticleView)
        if remember and self.current is not None:
            self._push_jump(Place(self.current, view.first_visible()))
        self._save_position()
        self.current = article
        if article is None:
            self.title = "reader"
            self.sub_title = "no articles"
            view.show(None)
            return
        saved = self.state.article(article.path.resolve(), article.digest)
        if self.find_query is not None:
            self.end_find()
        self._mentions = ArticleMentions(article)
        self._mention_index = -1
        self._flash = None
        if block is None:
            from reader.storage import place_of

            block = place_of([b.text for b in article.blocks], saved.block, saved.anchor)
        self._block = block
        view.translations = {}
        if view.mode != self.view_mode:
            view.set_mode(self.view_mode, reload=False)
        view.show(article, self._block)
        self.state.last_article = str(article.path.resolve())
        self._start_translation(article)
        self._disk_stamp = _stamp(article.path)
        self.query_one(LibraryList).point_at(article)
        # From the blocks, not the view: the view still has the previous article's layout.
        words = [b.words for b in article.blocks]
        before = sum(words[: self._block])
        total = sum(words)
        self._update_header(before / total if total else 0.0, total - before)

    def format_title(self, title: str, sub_title: str) -> Content:
        from reader.ui.widgets.header import header_content

        return header_content(title, sub_title)

    def _update_header(self, progress: float | None = None, words_left: int | None = None) -> None:
        article = self.current
        if article is None:
            return
        if progress is None or words_left is None:
            view = self.query_one(ArticleView)
            progress = view.progress() if progress is None else progress
            words_left = view.words_left() if words_left is None else words_left
        from reader.ui.widgets.header import fit_title, progress_line

        self.sub_title = progress_line(progress, words_left)
        title = article.title
        if article.meta.get("summary_only") == "true":
            title += " (summary only)"
        self.title = fit_title(title, self.sub_title, self.size.width)

    @on(ArticleView.Moved)
    def _moved(self, event: ArticleView.Moved) -> None:
        if event.article is not self.current:
            return
        self._position_dirty = True
        self._block = event.block
        if event.by_scroll:
            self._mention_index = -1  # the next `.` starts from what is on screen
        # The message carries what the header needs: when it arrives the app may be closing.
        self._update_header(event.progress, event.words_left)
        # Only the reader's own scrolling to the end marks an article read, never a layout.
        if event.at_end and event.by_scroll and not self.is_read(event.article):
            self._set_read(event.article, True)

    @on(ArticleView.Jumped)
    def _jumped(self, event: ArticleView.Jumped) -> None:
        self._push_jump(Place(event.article, event.block))

    @on(LibraryList.Opened)
    def _opened(self, event: LibraryList.Opened) -> None:
        # Narrow: the library covers the article; choosing one puts the article back.
        self.screen.remove_class("library-shown")
        if event.article is not self.current:
            self.open_article(event.article)
        self.query_one(ArticleView).focus()

    def _push_jump(self, place: Place) -> None:
        self._jumps.append(place)
        del self._jumps[:-50]

    def _set_read(self, article: Article, read: bool) -> None:
        self.state.set_read(article.path.resolve(), article.digest, read)
        self.query_one(LibraryList).refresh_article(article)
        self._save()

    def _save_position(self) -> None:
        if not self._position_dirty or self.current is None:
            return
        self._position_dirty = False
        blocks = self.current.blocks
        text = blocks[self._block].text if 0 <= self._block < len(blocks) else ""
        self.state.set_position(self.current.path.resolve(), self.current.digest, self._block,
                                text)
        self._save()

    def _save(self) -> None:
        """Save soon: a burst of changes (r held down, ctrl+t cycling) is one write."""
        if self._save_timer is None:
            self._save_timer = self.set_timer(SAVE_DELAY, self._save_now)

    def _save_now(self) -> None:
        self._save_timer = None
        was_read_only = self.state.read_only
        self.state.save()
        if self.state.read_only and not was_read_only:
            self._notify_messages(self.state.messages[-1:])

    def _check_disk(self) -> None:
        """Reload the open article when its file changed on disk, keeping the reading place."""
        article = self.current
        if article is None:
            return
        stamp = _stamp(article.path)
        if stamp is None or stamp == self._disk_stamp:
            return
        self._disk_stamp = stamp
        try:
            fresh = load_article(article.path, article.id)
        except LoadError as error:
            self.notify(f"{error}; still showing the earlier text", severity="warning",
                        markup=False)
            return
        if fresh.digest == article.digest:
            return
        fresh.lang = None
        articles = self.library.articles
        articles[articles.index(article)] = fresh
        block = self.query_one(ArticleView).first_visible()
        self.current = None
        self.open_article(fresh, block=block, remember=False)
        library = self.query_one(LibraryList)
        library.set_articles(articles, fresh)
        self.notify(f"{fresh.path.name} changed on disk and was reloaded", markup=False)
        self.analyse_library()

    # ---- actions -------------------------------------------------------------------------

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def _step(self, delta: int) -> None:
        library = self.query_one(LibraryList)
        articles = library.articles
        if not articles:
            return
        index = articles.index(self.current) if self.current in articles else -1
        target = index + delta
        if 0 <= target < len(articles):
            self.open_article(articles[target])
        else:
            self._say("No next article" if delta > 0 else "No previous article")

    def action_next_article(self) -> None:
        if self.find_query is not None and self._focus_in_article():
            if self._hits:
                self._go_to_hit(self._hit_index + 1)
            return
        self._step(+1)

    def _focus_in_article(self) -> bool:
        return isinstance(self.focused, ArticleView)

    def action_previous_article(self) -> None:
        self._step(-1)

    def action_toggle_library(self) -> None:
        screen = self.screen
        if self.size.width < NARROW:
            screen.toggle_class("library-shown")
            shown = screen.has_class("library-shown")
        else:
            screen.toggle_class("library-hidden")
            shown = not screen.has_class("library-hidden")
            self.state.set_view("library_visible", shown)
            self._save()
        if shown:
            self.query_one(LibraryList).focus()
        else:
            self.query_one(ArticleView).focus()

    def action_toggle_read(self) -> None:
        if self.current is not None:
            read = not self.is_read(self.current)
            self._set_read(self.current, read)
            self._say("Marked read" if read else "Marked unread")

    def action_cycle_sort(self) -> None:
        library = self.query_one(LibraryList)
        library.sort = SORTS[(SORTS.index(library.sort) + 1) % len(SORTS)]
        library.set_articles(self.library.articles, self.current)
        self.state.set_view("sort", library.sort)
        self._save()
        self._say(f"Library sorted by {library.sort}")

    def action_jump_back(self) -> None:
        if self._map_return is not None and len(self._jumps) == self._map_return[1]:
            self._reopen_map()
            return
        if not self._jumps:
            self._say("Nowhere to go back to")
            return
        place = self._jumps.pop()
        view = self.query_one(ArticleView)
        if place.article is self.current:
            view.go_to_block(place.block, remember=False)
        elif place.article in self.library.articles:
            self.open_article(place.article, block=place.block, remember=False)

    def action_open_link(self, block: int, number: int) -> None:
        article = self.current
        if article is None or not (0 <= block < len(article.blocks)):
            return
        targets = links(article.blocks[block])
        if not (0 <= number < len(targets)):
            return
        url = targets[number]
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme not in ("http", "https"):
            self.notify(f"Not opened: only http and https links open ({url[:80]})",
                        severity="warning", markup=False)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.open_url(url)

        from reader.ui.screens.confirm import ConfirmScreen

        self.push_screen(ConfirmScreen("Open this link in your browser?", url), answer)

    def action_links(self) -> None:
        from reader.ui.screens.links import LinksScreen

        if self.current is not None:
            self.push_screen(LinksScreen(self.current))

    # ---- translation ---------------------------------------------------------------------

    def _set_mode(self, mode: str) -> None:
        self.view_mode = mode
        if mode != "original":
            self._last_translated_mode = mode
        self.state.set_view("translation_view", mode)
        self._save()
        view = self.query_one(ArticleView)
        view.set_mode(mode)
        if self.current is not None:
            self._start_translation(self.current)

    def action_toggle_translation(self) -> None:
        self._set_mode(self._last_translated_mode if self.view_mode == "original" else "original")

    def action_cycle_view(self) -> None:
        self._set_mode(MODES[(MODES.index(self.view_mode) + 1) % len(MODES)])
        names = {"original": "French only", "side": "French and English", "english": "English"}
        self._say(names[self.view_mode])

    def _start_translation(self, article: Article) -> None:
        """Fill the translation column for `article`, or say why it cannot be."""
        status = self.query_one(TranslationStatus)
        self.workers.cancel_group(self, "translate")
        view = self.query_one(ArticleView)
        if view.mode != self.view_mode:
            view.set_mode(self.view_mode)
        if self.view_mode == "original":
            status.hide()
            return
        if (article.language or "fr") == "en":
            status.say("This article is in English already: nothing to translate.")
            return
        status.say("Preparing the translation…")
        self.translate_article(article)

    @work(thread=True, exclusive=True, group="translate", exit_on_error=False)
    def translate_article(self, article: Article) -> None:
        """Cached blocks at once, then the model, block by block, visible blocks first."""
        from textual.worker import get_current_worker

        from reader.translation import (
            ArticleTranslation,
            NoModelError,
            TranslationError,
            shared_translator,
        )

        worker = get_current_worker()
        try:
            state = ArticleTranslation.open(article)
        except NoModelError:
            self.call_from_thread(self._no_model_installed, article)
            return
        except TranslationError as error:
            self.call_from_thread(self._translation_failed, article, str(error))
            return
        except Exception as error:
            # A damaged cache or package must never leave "Preparing…" on screen for ever.
            log.exception("translation of %s failed", article.id)
            self.call_from_thread(self._translation_failed, article, _unexpected(error))
            return
        if worker.is_cancelled:
            return
        self._no_model = False
        self.call_from_thread(self._translations_known, article, dict(state.targets),
                              state.done, state.total)
        if state.complete:
            return
        try:
            translator = shared_translator(state.package, **self.settings.translator_options())
            order = self.call_from_thread(self._visible_order, article)
            done = state.done
            for index, text in state.run(translator, cancelled=lambda: worker.is_cancelled,
                                         order=order):
                done += 1
                self.call_from_thread(self._block_translated, article, index, text, done,
                                      state.total)
        except TranslationError as error:
            self.call_from_thread(self._translation_failed, article, str(error))
        except Exception as error:
            log.exception("translation of %s failed", article.id)
            self.call_from_thread(self._translation_failed, article, _unexpected(error))

    def _visible_order(self, article: Article) -> list[int]:
        if article is not self.current:
            return []
        top = self.query_one(ArticleView).first_visible()
        return list(range(top, min(top + 30, len(article.blocks))))

    def _translations_known(self, article: Article, targets: dict[int, str], done: int,
                            total: int) -> None:
        if article is not self.current:
            return  # the reader moved on; this result belongs to another article
        self.query_one(ArticleView).set_translations(targets)
        self.query_one(TranslationStatus).progress(done, total)

    def _block_translated(self, article: Article, index: int, text: str, done: int,
                          total: int) -> None:
        if article is not self.current:
            return
        self.query_one(ArticleView).set_translation(index, text)
        self.query_one(TranslationStatus).progress(done, total)

    def _no_model_installed(self, article: Article) -> None:
        self._no_model = True
        self.query_one(ArticleView).add_class("no-model")
        if article is self.current:
            self.query_one(TranslationStatus).no_model()
        self.refresh_bindings()
        if self._model_watch is None:
            # `reader models install` in another shell is noticed without a restart.
            self._model_watch = self.set_interval(MODEL_WATCH_INTERVAL, self._look_for_model)

    def _look_for_model(self) -> None:
        from reader.translation.packages import find_package

        if not self._no_model or self._downloading or find_package() is None:
            return
        self._model_ready()
        self._say("A French→English model is installed now")

    def _model_ready(self) -> None:
        if self._model_watch is not None:
            self._model_watch.stop()
            self._model_watch = None
        self._no_model = False
        self.query_one(ArticleView).remove_class("no-model")
        self.refresh_bindings()
        if self.current is not None:
            self._start_translation(self.current)

    def _translation_failed(self, article: Article, message: str) -> None:
        log.warning("translation failed: %s", message)
        if article is self.current:
            self.query_one(TranslationStatus).say(f"Translation stopped: {message}")

    def action_download_model(self) -> None:
        if self._downloading or not self._no_model:
            return
        self._downloading = True
        self.refresh_bindings()
        self.download_model()

    @work(thread=True, exclusive=True, group="download", exit_on_error=False)
    def download_model(self) -> None:
        from textual.worker import get_current_worker

        from reader.translation import DownloadCancelled, TranslationError
        from reader.translation.models import install_pair

        worker = get_current_worker()
        status = self.query_one(TranslationStatus)
        self.call_from_thread(status.say, "Looking for the French→English model…")
        try:
            package = install_pair(
                "fr", "en",
                progress=lambda p: self.call_from_thread(status.download_progress, p),
                cancelled=lambda: worker.is_cancelled,
            )
        except DownloadCancelled:
            # Quitting: the partial download and the staging folder are already gone.
            if not worker.is_cancelled:
                self.call_from_thread(self._download_done, "Download cancelled.", False)
            return
        except TranslationError as error:
            self.call_from_thread(self._download_done, f"Download failed: {error}", False)
            return
        except Exception as error:
            log.exception("model download failed")
            self.call_from_thread(self._download_done,
                                  f"Download failed: {_unexpected(error)}", False)
            return
        self.call_from_thread(
            self._download_done, f"Installed {package.name} {package.version}.", True
        )

    def _download_done(self, message: str, ok: bool) -> None:
        from reader.text import one_line

        self._downloading = False
        message = one_line(message, 400)
        self.notify(message, severity="information" if ok else "error", markup=False)
        if ok:
            self._model_ready()
        else:
            self.query_one(TranslationStatus).no_model(message)
        self.refresh_bindings()

    # ---- find in the article -----------------------------------------------------------

    def action_find(self) -> None:
        if self.current is None:
            return
        self.query_one(FindBar).open(self.find_query or "")
        if self.find_query is None:
            self.find_query = ""
        self.refresh_bindings()

    @on(Input.Changed, "#find-input")
    def _find_changed(self, event: Input.Changed) -> None:
        # Changes made by code (opening from the palette, closing) are not the reader typing.
        if not self.query_one(FindBar).has_class("active") or event.value == self.find_query:
            return
        self.find_query = event.value
        # Typing fast re-searches once, after the last key, not once per key.
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self._search)

    @on(Input.Submitted, "#find-input")
    def _find_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search()
        self.query_one(ArticleView).focus()
        if not self._hits:
            return
        top = self.query_one(ArticleView).first_visible()
        after = [n for n, hit in enumerate(self._hits) if hit.block >= top]
        self._go_to_hit(after[0] if after else 0)

    def end_find(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.find_query = None
        old = set(self._hits_by_block)
        self._hits = []
        self._hits_by_block = {}
        self._hit_index = -1
        self.query_one(FindBar).close()
        self._refresh_hit_blocks(old)
        self.query_one(ArticleView).focus()
        self.refresh_bindings()

    def _folded_blocks(self, article: Article) -> list[tuple[str, list[int]]]:
        from reader.search import fold_with_map

        folded = self._folded.get(id(article))
        if folded is None:
            folded = [fold_with_map(block.text) for block in article.blocks]
            self._folded = {id(article): folded}  # one article at a time is enough
        return folded

    def _search(self) -> None:
        """Find the query in both columns; hits are kept in reading order."""
        from reader.search import find_all, fold

        article = self.current
        query = (self.find_query or "").strip()
        hits: list[Hit] = []
        if article is not None and query:
            needle = fold(query)
            translations = self.query_one(ArticleView).translations
            show_english = self.view_mode != "original"
            for index, (folded, positions) in enumerate(self._folded_blocks(article)):
                start = folded.find(needle)
                while start >= 0:
                    end = start + len(needle)
                    hits.append(Hit(index, "source", positions[start], positions[end - 1] + 1))
                    start = folded.find(needle, end)
                if show_english and index in translations:
                    for s, e in find_all(translations[index], query):
                        hits.append(Hit(index, "translation", s, e))
        self._search_timer = None
        old = set(self._hits_by_block)
        self._hits = hits
        self._hits_by_block = {}
        for hit in hits:
            self._hits_by_block.setdefault((hit.block, hit.column), []).append(hit)
        self._hit_index = -1
        self._show_count()
        # Only rows whose marks change are drawn again (a long article has many rows).
        self._refresh_hit_blocks(old | set(self._hits_by_block))

    def _refresh_hit_blocks(self, keys: set[tuple[int, str]]) -> None:
        self.query_one(ArticleView).refresh_blocks(sorted({block for block, _ in keys}))

    def _show_count(self) -> None:
        bar = self.query_one(FindBar)
        if not (self.find_query or "").strip():
            bar.count("")
        elif not self._hits:
            bar.count("no match")
        elif self._hit_index < 0:
            bar.count(counted(len(self._hits), "match"))
        else:
            bar.count(f"{self._hit_index + 1} of {len(self._hits)}")

    def _hit_marks(self, index: int, column: str) -> list[Mark]:
        hits = self._hits_by_block.get((index, column))
        if not hits:
            return []
        current = self._hits[self._hit_index] if self._hit_index >= 0 else None
        marks = [Mark(h.start, h.end, ".search--hit") for h in hits[:MAX_MARKS]]
        if current is not None and current.block == index and current.column == column:
            marks.append(Mark(current.start, current.end, ".search--current"))
        return marks

    def _go_to_hit(self, number: int) -> None:
        previous = self._hits[self._hit_index].block if self._hit_index >= 0 else None
        self._hit_index = number % len(self._hits)
        hit = self._hits[self._hit_index]
        view = self.query_one(ArticleView)
        view.reveal_block(hit.block)
        if previous is not None and previous != hit.block:
            view.refresh_block(previous)
        view.refresh_block(hit.block)
        self._show_count()

    def open_at_match(self, article: Article, block: int, query: str) -> None:
        """From the palette: open the article at the block that matched, with the find on."""
        if article is not self.current:
            self.open_article(article, block=block)
        else:
            self.query_one(ArticleView).go_to_block(block)
        self.find_query = query
        self.query_one(FindBar).open(query)
        self._search()
        hits = [n for n, hit in enumerate(self._hits) if hit.block >= block]
        if hits:
            self._go_to_hit(hits[0])
        self.query_one(ArticleView).focus()
        self.refresh_bindings()

    def action_previous_match(self) -> None:
        if self._hits:
            self._go_to_hit(self._hit_index - 1 if self._hit_index >= 0 else -1)

    # ---- filtering the library ----------------------------------------------------------

    def action_filter_library(self) -> None:
        pane = self.query_one("#library-pane")
        pane.add_class("filtering")
        fields = pane.query("#library-filter")
        if fields:
            fields.first().focus()
            return
        # Mounted on first use: one widget less to build before the first paint.
        field = Input(placeholder="Filter: title or text", id="library-filter")
        pane.mount(field, before=0)
        field.focus()

    @on(Input.Changed, "#library-filter")
    def _library_filter_changed(self, event: Input.Changed) -> None:
        self._library_query = event.value.strip()
        self._apply_library_filter()

    @on(Input.Submitted, "#library-filter")
    def _library_filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(LibraryList).focus()

    def searchable(self) -> list[Article]:
        """The palette's library search (`commands.LibraryIndex`): the articles to look in."""
        return self.library.articles

    def folded_text(self, article: Article) -> str:
        """An article's title and text in search form, folded once (filter and palette)."""
        from reader.search import fold

        folded = self._folded_articles.get(id(article))
        if folded is None:
            folded = fold(article.title + "\n" + article.body)
            self._folded_articles[id(article)] = folded
        return folded

    def _apply_library_filter(self) -> None:
        tests = []
        if self._mention_filter is not None and self.filter_label is not None:
            tests.append(self._mention_filter)
        if self._library_query:
            from reader.search import fold

            needle = fold(self._library_query)
            tests.append(lambda article: needle in self.folded_text(article))
        library = self.query_one(LibraryList)
        library.filter = (lambda a: all(test(a) for test in tests)) if tests else None
        words = [self.filter_label] if self._mention_filter is not None and self.filter_label \
            else []
        library.filter_label = " + ".join([*words, *(
            [f"“{self._library_query}”"] if self._library_query else [])]) or None
        library.set_articles(self.library.articles, self.current)
        self.refresh_bindings()

    # ---- mentions ------------------------------------------------------------------------

    def _block_marks(self, index, block):
        marks = self._hit_marks(index, "source")
        if not self.highlight or self._mentions is None or not self._matcher_ready:
            return marks
        return marks_for(self._mentions.in_block(index, block), self._flash) + marks

    def _cell_marks(self, index, row, column, cell):
        if not self.highlight or self.current is None or not self._matcher_ready:
            return []
        return cell_marks(cell, self.current)

    def _english_marks(self, index, text):
        marks = self._hit_marks(index, "translation")
        if not self.highlight or not self._matcher_ready:
            return marks
        return english_marks(text) + marks

    def action_toggle_highlight(self) -> None:
        self.highlight = not self.highlight
        self.screen.set_class(not self.highlight, "no-highlight")
        self.state.set_view("highlight", self.highlight)
        self._save()
        self.query_one(ArticleView).refresh_marks()
        self._say("Highlighting on" if self.highlight else "Highlighting off")

    def action_mentions(self) -> None:
        from reader.ui.screens.mentions import MentionsScreen

        if self._mentions is None:
            return
        self._ensure_matcher()
        self.push_screen(
            MentionsScreen(self.current.title, self._mentions.counts()), self._mention_chosen
        )

    # ---- partnership map ------------------------------------------------------------------

    def action_partnership_map(self, selection=None) -> None:
        from reader.ui.screens.partnership_map import PartnershipMap

        articles = self.query_one(LibraryList).articles  # the library as filtered
        self.push_screen(PartnershipMap(articles, selection), self._map_chosen)

    def _map_chosen(self, choice) -> None:
        if choice is None:
            return
        self.open_article(choice.article, block=choice.block)
        self._map_return = (choice.selection, len(self._jumps))
        self.query_one(ArticleView).focus()

    def _reopen_map(self) -> None:
        selection, _ = self._map_return
        self._map_return = None
        if self._jumps:
            place = self._jumps.pop()  # the article read before the map was opened
            if place.article is not self.current and place.article in self.library.articles:
                self.open_article(place.article, block=place.block, remember=False)
        self.action_partnership_map(selection)

    def _mention_chosen(self, choice) -> None:
        if choice is None or self._mentions is None:
            return
        if choice.action == "jump":
            places = self._mentions.places()
            for number, place in enumerate(places):
                if place.mention.canonical == choice.canonical:
                    self._go_to_mention(number, remember=True)
                    return
        elif choice.action == "filter":
            from reader.entities import article_found

            def mentions_it(article: Article) -> bool:
                found = article_found(article).in_order()
                return any(m.canonical == choice.canonical for m in found)

            library = self.query_one(LibraryList)
            self._mention_filter = mentions_it
            self.filter_label = choice.canonical
            self._apply_library_filter()
            count = len(library.articles)
            self.notify(
                f"Library: {counted(count, 'article')} {agree(count, 'mention')} "
                f"{choice.canonical} (escape clears)",
                markup=False,
            )
            if self.size.width >= NARROW:
                self.screen.remove_class("library-hidden")
            library.focus()

    def action_clear_filter(self) -> None:
        self.filter_label = None
        self._library_query = ""
        for field in self.query("#library-filter").results(Input):
            field.value = ""
        self.query_one("#library-pane").remove_class("filtering")
        self._apply_library_filter()
        self._say("Library filter cleared")

    def action_escape(self) -> None:
        if self.find_query is not None:
            self.end_find()
        elif self.filter_label is not None or self._library_query:
            self.action_clear_filter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "escape":
            return (
                self.find_query is not None
                or self.filter_label is not None
                or bool(self._library_query)
            )
        if action == "previous_match":
            return self.find_query is not None
        if action == "download_model":
            # Shown (and active) only when the translation pane says no model is installed.
            return self._no_model and not self._downloading and self.view_mode != "original"
        return True

    def action_next_mention(self) -> None:
        self._step_mention(+1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def _ensure_matcher(self) -> None:
        """The reader asked for mentions before the background build finished: build now."""
        from reader.entities import default_matcher

        default_matcher()
        self._matcher_loaded()

    def _step_mention(self, delta: int) -> None:
        if self._mentions is None:
            return
        self._ensure_matcher()
        places = self._mentions.places()
        if not places:
            self._say("No mentions in this article")
            return
        if self._mention_index < 0:
            # Start from where the reader is, not from the top of the article.
            top = self.query_one(ArticleView).first_visible()
            after = [n for n, p in enumerate(places) if p.block >= top]
            number = (after[0] if after else len(places)) if delta > 0 else (
                (after[0] if after else len(places)) - 1
            )
        else:
            number = self._mention_index + delta
        if not 0 <= number < len(places):
            self._say("No more mentions" if delta > 0 else "No earlier mentions")
            return
        self._go_to_mention(number)

    def _go_to_mention(self, number: int, remember: bool = False) -> None:
        assert self._mentions is not None
        place = self._mentions.places()[number]
        self._mention_index = number
        self._flash = place.mention
        view = self.query_one(ArticleView)
        view.reveal_block(place.block, remember=remember)
        view.refresh_block(place.block)
        mention = place.mention

        def fade() -> None:
            if self._flash is mention:
                self._flash = None
                view.refresh_block(place.block)

        self.set_timer(1.5, fade)

    # ---- unexpected errors (issue 10, item 24) ------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        # Textual would print its crash screen (a traceback): the log keeps the traceback,
        # the reader gets one line saying where it is.
        from reader.paths import state_dir

        log.error("unexpected error", exc_info=error)
        self._crash_line = (
            f"reader: {type(error).__name__}: {error} (details in {state_dir() / 'reader.log'})"
        )
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        line = getattr(self, "_crash_line", None)
        if line is not None and "debug" not in self.features:
            self._exit_renderables.clear()
            self.error_console.print(line, markup=False, highlight=False, emoji=False)
        super()._print_error_renderables()

    def on_worker_state_changed(self, event) -> None:
        """A background job failed: its traceback goes to the log, one line to the screen."""
        from textual.worker import WorkerState

        error = event.worker.error
        if event.state == WorkerState.ERROR and error is not None:
            log.error("%s failed", event.worker.name, exc_info=error)
            self.notify(f"{event.worker.name} failed: {type(error).__name__}: {error}",
                        severity="error", markup=False)

    # ---- layout --------------------------------------------------------------------------

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)
        self._update_header()

    def _apply_width(self, width: int) -> None:
        self.screen.set_class(width < NARROW, "narrow")

    def on_unmount(self) -> None:
        import signal

        self._save_position()
        self.state.save()
        if self._previous_sigterm is not None:
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(signal.SIGTERM, self._previous_sigterm)


class Legend(Static):
    """How mentions look: company and model, without relying on colour alone."""

    COMPONENT_CLASSES = {"legend--company", "legend--model", "legend--hint"}


def _legend() -> Content:
    return Content.assemble(
        ("company", ".legend--company"),
        " · ",
        ("model", ".legend--model"),
        ("   h hide · m list · . , step", ".legend--hint"),
    )


def _unexpected(error: BaseException) -> str:
    """One line for a failure nobody foresaw (the traceback is in the log)."""
    from reader.text import one_line

    return f"unexpected {type(error).__name__}: {one_line(error, 200)} (details in reader.log)"


def collect_garbage() -> None:
    """Turn the garbage collector back on after the first paint (`reader` starts it off).

    What start-up built (modules, classes, the first screen) lives as long as the app: frozen,
    it is left out of every later collection.
    """
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


__all__ = ["ReaderApp"]
