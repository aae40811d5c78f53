"""The main screen: the library and the reading pane, with the keys that act on them.

The screen owns the bindings of the panes and routes each action in a line or two to the widget
that holds the state (the find, the mention cursor, the jump list and the mode in the reading
pane; the filter and the sort in the library list). Keys that must work on every screen (quit,
help, theme) are the app's. What must outlive a run goes to the app through `Host`.

Because the bindings are the screen's, another screen on top (help, a dialog, the map) takes
them out of the binding chain: a reading key never acts out of sight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, cast

from textual import on
from textual.css.query import NoMatches
from textual.screen import Screen

from reader.articles import Article, Library
from reader.storage import StateStore
from reader.ui import keys
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.library import LibraryList
from reader.ui.widgets.library_pane import LibraryPane
from reader.ui.widgets.reading import ReadingPane
from reader.ui.widgets.translation import TranslationStatus
from reader.wording import agree, counted

NARROW = 100  # below this many columns the library collapses
# An article that fits on one screen is read once shown whole this long (or left for another):
# with nothing to scroll, "scrolled to its end" never happened and it stayed unread.
SEEN_WHOLE = 2.0
# Keys that work on every screen, or that act on the app's own work (feeds): the app runs them.
APP_WIDE = frozenset({"quit", "help", "next_theme"})
ON_APP = APP_WIDE | {"refresh_feeds", "delete_article"}
# Actions whose binding shows (and works) only in some states: see `check_action`.
FIND_ACTIONS = frozenset({"next_article", "next_match", "previous_match", "end_find",
                          "clear_filter", "download_model"})


class Host(Protocol):
    """What the main screen needs from its app: the library, the saved state, the status line."""

    library: Library
    state: StateStore

    def say(self, message: str | None) -> None:
        """A short status toast."""

    def save_view(self, key: str, value: object) -> None:
        """Remember a view choice (the sort, the mode...) for the next run."""

    def is_read(self, article: Article) -> bool: ...

    def set_read(self, article: Article, read: bool) -> None: ...

    def open_url(self, url: str, *, new_tab: bool = True) -> None: ...


class MainScreen(Screen):
    """The library and the reading pane."""

    # The article has focus from the first frame; Textual's default (the first focusable
    # widget, the library) would focus the library and move it away, restyling both twice.
    AUTO_FOCUS = "#article"
    # Every key of keys.APP, in its order (the Footer shows them so); the app's own run there.
    BINDINGS = keys.bindings(keys.APP, on_app=ON_APP)
    _kept_unread: Article | None = None
    # The partnership map as last built (reader.relations_memo.MapMemo), from the first `M` on.
    _map_memo = None

    @property
    def host(self) -> Host:
        return cast(Host, self.app)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def reading(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def library_pane(self) -> LibraryPane:
        return self.query_one(LibraryPane)

    @property
    def current(self) -> Article | None:
        try:
            return self.view.article
        except NoMatches:
            return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in FIND_ACTIONS:
            return True
        try:
            view, library = self.view, self.query_one(LibraryList)
        except NoMatches:  # not composed yet
            return False
        finding = view.find_query is not None
        # n belongs to the find while the article has focus (nothing to step to at "no match").
        owns_n = finding and isinstance(self.focused, ArticleView)
        if action == "next_article":
            return not owns_n
        if action == "next_match":
            return owns_n and view.find_matches > 0
        if action == "previous_match":
            return view.find_matches > 0
        if action == "end_find":
            return finding
        if action == "clear_filter":
            # (also an open field with nothing typed: escape closed nothing, and the next
            # key, "M", went into the field)
            return not finding and (library.filtering or self.library_pane.has_class("filtering"))
        # Shown (and active) only when the translation pane says no model is installed.
        return self.reading.can_download

    # ---- the article shown: at its saved place, in the header; its place saved ----------------

    def open_article(self, article: Article | None, *, block: int | None = None,
                     remember: bool = True, note: object = None, to_front: bool = True) -> None:
        """Show an article at its saved position (or `block`), remembering where we were.

        Narrow, the article comes out from under the library (unless `to_front` is False: the
        file changed on disk, or the article shown was deleted, is no choice of the reader's).
        """
        view, state = self.view, self.host.state
        if to_front:
            self.article_to_front()
        if article is None:
            self.app.title = "reader"
            self.app.sub_title = "no articles"
            view.show(None, remember=remember)
            return
        if article is not self.current:  # shown again (a jump inside it) is not left
            self._read_if_seen_whole(self.current)
        saved = state.article(article.path.resolve(), article.digest)
        if block is None:
            block = view.saved_place(article, saved.block, saved.anchor)
        self.reading.show(article, block, remember=remember, note=note)
        state.last_article = str(article.path.resolve())
        self.query_one(LibraryList).point_at(article)
        # At `block`, not at the view's top: the view is not laid out for this article yet.
        self.update_header(*view.progress_at(block))
        self.set_timer(SEEN_WHOLE, lambda: self._read_if_seen_whole(article, timed=True))

    def article_to_front(self) -> None:
        """Narrow, with the library covering the article: the article is shown, and focused.

        Whatever opens an article or moves in it (the map's sentence, a mention, a search) means
        to show it: before, the header changed while the library stayed in front.
        """
        if self.has_class("library-shown"):
            self.remove_class("library-shown")
            self.view.focus()

    def leave(self) -> None:
        """Quitting leaves the article as `n` does: one shown whole is read, 2 s or not."""
        self._read_if_seen_whole(self.current)

    def _read_if_seen_whole(self, article: Article | None, timed: bool = False) -> None:
        view = self.view
        if (article is None or article is not self.current or article is not view.article
                or article is self._kept_unread or self.host.is_read(article)):
            return
        if timed and self.app.screen is not self:
            # Under the help, the map or a dialog it is not being read: asked again later.
            self.set_timer(SEEN_WHOLE, lambda: self._read_if_seen_whole(article, timed=True))
            return
        # (an empty article, "This article is empty.", has nothing more to show: seen, it is
        # read; the walk found one that stayed unread for ever)
        if not view.parsing and (view.virtual_size.height > 0 or not article.blocks) \
                and view.max_scroll_y == 0:
            self.host.set_read(article, True)

    def update_header(self, progress: float | None = None, words_left: int | None = None,
                      width: int | None = None) -> None:
        article = self.current
        if article is None:
            return
        if progress is None or words_left is None:
            view = self.view
            progress = view.progress() if progress is None else progress
            words_left = view.words_left() if words_left is None else words_left
        from reader.ui.widgets.header import header_lines

        self.app.title, self.app.sub_title = header_lines(article, progress, words_left,
                                                          width or self.app.size.width)

    @on(ArticleView.Moved)
    def _moved(self, event: ArticleView.Moved) -> None:
        article = event.article
        if article is not self.current:
            return
        blocks = self.view.blocks  # a long article's first blocks while it is parsed
        text = blocks[event.block].text if 0 <= event.block < len(blocks) else ""
        self.host.state.set_position(article.path.resolve(), article.digest, event.block, text)
        # The message carries what the header needs: when it arrives the app may be closing.
        self.update_header(event.progress, event.words_left)
        # Only the reader's own scrolling to the end marks an article read, never a layout.
        if event.at_end and event.by_scroll and not self.host.is_read(article):
            self.host.set_read(article, True)

    @on(LibraryList.Analysed)
    def _analysed(self, event: LibraryList.Analysed) -> None:
        if self.current in event.articles:
            self.update_header()

    # ---- the library ------------------------------------------------------------------------

    def _step(self, delta: int) -> None:
        article = self.library_pane.neighbour(self.current, delta)
        if article is not None:
            self.open_article(article)
        elif self.query_one(LibraryList).articles:
            self.host.say("No next article" if delta > 0 else "No previous article")

    def action_next_article(self) -> None:
        self._step(+1)

    def action_previous_article(self) -> None:
        self._step(-1)

    def action_toggle_library(self) -> None:
        if self.app.size.width < NARROW:
            self.toggle_class("library-shown")
            shown = self.has_class("library-shown")
        else:
            self.toggle_class("library-hidden")
            shown = not self.has_class("library-hidden")
            self.host.save_view("library_visible", shown)
        if shown:
            self.query_one(LibraryList).focus()
        else:
            self.view.focus()

    def action_toggle_read(self) -> None:
        if self.current is not None:
            read = not self.host.is_read(self.current)
            self.host.set_read(self.current, read)
            # Marked unread by hand: not read again for being shown whole.
            self._kept_unread = None if read else self.current
            self.host.say("Marked read" if read else "Marked unread")

    def action_cycle_sort(self) -> None:
        sort = self.query_one(LibraryList).cycle_sort()
        self.host.save_view("sort", sort)
        self.host.say(f"Library sorted by {sort}")

    @on(LibraryList.Opened)
    def _opened(self, event: LibraryList.Opened) -> None:
        # Narrow: the library covers the article; choosing one puts the article back.
        self.article_to_front()
        if event.article is not self.current:
            self.open_article(event.article)
        self.view.focus()

    @on(LibraryList.MentionsReady)
    def _mentions_ready(self) -> None:
        for view in self.query(ArticleView).results(ArticleView):  # none once the app closes
            view.matcher_ready = True

    def action_filter_library(self) -> None:
        self.library_pane.open_filter()

    def action_clear_filter(self) -> None:
        self.library_pane.clear_filter()
        self.host.say("Library filter cleared")

    def filter_library(self, label: str, test: Callable[[Article], bool]) -> int:
        """Show only the articles `test` accepts (a source); returns how many."""
        self._show_library()
        return self.library_pane.filter_by(label, test)

    def _show_library(self) -> None:
        if self.app.size.width >= NARROW:
            self.remove_class("library-hidden")
        else:  # collapsed: the filtered list takes focus, so it must cover the article as `l` does
            self.add_class("library-shown")

    # ---- jumps and links ----------------------------------------------------------------------

    def action_jump_back(self) -> None:
        self.host.say(self.reading.jump_back())

    @on(ReadingPane.JumpedBack)
    def _jumped_back(self, event: ReadingPane.JumpedBack) -> None:
        place = event.place
        known = place.article is self.current or place.article in self.host.library.articles
        if place.article is not self.current and known:
            self.open_article(place.article, block=place.block, remember=False)
        if place.note is not None:
            # The jump came from the map: back to the article read before, then the map again.
            self.action_partnership_map(place.note)

    def action_open_link(self, block: int, number: int) -> None:
        url = self.reading.link_to_open(block, number)
        if url is not None:
            from reader.ui.screens.confirm import ConfirmScreen

            self.app.push_screen(ConfirmScreen("Open this link in your browser?", url),
                                 lambda yes: self.host.open_url(url) if yes else None)

    def action_links(self) -> None:
        from reader.ui.screens.links import LinksScreen

        if self.current is not None:
            self.app.push_screen(LinksScreen(self.current))

    # ---- translation: the view translates, the status line tells, the app saves ---------------

    def action_toggle_translation(self) -> None:
        self.view.toggle_translation()

    def action_cycle_view(self) -> None:
        name = self.view.cycle_mode()
        if self.reading.can_download:
            # The pane still shows the French: a toast saying "English" alone was wrong.
            name += " · no model installed, the French is shown (d downloads one)"
        self.host.say(name)

    @on(ArticleView.ModeChanged)
    def _mode_changed(self, event: ArticleView.ModeChanged) -> None:
        self.host.save_view("translation_view", event.mode)
        self.app.refresh_bindings()

    def action_download_model(self) -> None:
        self.reading.download_model()

    @on(TranslationStatus.ModelInstalled)
    def _model_installed(self, event: TranslationStatus.ModelInstalled) -> None:
        if event.downloaded:
            self.app.notify(event.message, severity="information", markup=False)
        else:
            self.host.say(event.message)

    @on(TranslationStatus.DownloadFailed)
    def _download_failed(self, event: TranslationStatus.DownloadFailed) -> None:
        self.app.notify(event.message, severity="error", markup=False)
        self.app.refresh_bindings()

    # ---- find in the article: the reading pane runs it ---------------------------------------

    def action_find(self) -> None:
        self.reading.start_find()

    def action_next_match(self) -> None:
        self.view.next_match()

    def action_previous_match(self) -> None:
        self.view.previous_match()

    def action_end_find(self) -> None:
        self.reading.end_find()

    # The palette's library search (`commands.LibraryIndex`).

    def searchable(self) -> Iterable[Article]:
        return self.host.library.articles

    def folded_text(self, article: Article) -> str:
        return self.query_one(LibraryList).folded_text(article)

    def open_at_match(self, article: Article, block: int, query: str) -> None:
        """Open the article at the block that matched, with the find on."""
        if article is not self.current:
            self.open_article(article, block=block)
        else:
            self.article_to_front()
            self.view.go_to_block(block)
        self.reading.find_from(query, block)

    # ---- mentions: the view steps and lists, the screen opens the panel ----------------------

    def action_toggle_highlight(self) -> None:
        self.reading.toggle_highlight()

    @on(ArticleView.HighlightToggled)
    def _highlight_toggled(self, event: ArticleView.HighlightToggled) -> None:
        self.host.save_view("highlight", event.highlight)
        self.host.say("Highlighting on" if event.highlight else "Highlighting off")

    def action_mentions(self) -> None:
        from reader.ui.screens.mentions import MentionsScreen

        counts = self.view.mention_counts()
        if counts is not None and self.current is not None:
            self.app.push_screen(MentionsScreen(self.current.title, counts), self._mention_chosen)

    def _mention_chosen(self, choice) -> None:
        if choice is None:
            return
        if choice.action == "jump":
            self.article_to_front()
            self.view.jump_to_mention(choice.canonical)
        elif choice.action == "filter":
            self._show_library()
            count = self.library_pane.filter_by_mention(choice.canonical)
            self.app.notify(f"Library: {counted(count, 'article')} {agree(count, 'mention')} "
                            f"{choice.canonical} (escape clears)", markup=False)

    def action_next_mention(self) -> None:
        self.host.say(self.reading.step_mention(+1))

    def action_previous_mention(self) -> None:
        self.host.say(self.reading.step_mention(-1))

    # ---- partnership map --------------------------------------------------------------------

    def action_partnership_map(self, selection=None) -> None:
        from reader.relations_memo import MapMemo
        from reader.ui.screens.partnership_map import PartnershipMap

        if self._open_map() is not None:
            return  # (the palette on the map: one map open, one escape closes it)
        if self._map_memo is None:
            self._map_memo = MapMemo()
        library = self.query_one(LibraryList)
        self.app.push_screen(PartnershipMap(library.articles, selection,
                                            filtered=self._map_filter(), memo=self._map_memo),
                             self._map_chosen)  # (the library as filtered)

    def _map_filter(self) -> str | None:
        library = self.query_one(LibraryList)
        return (library.filter_label or "on") if library.filter is not None else None

    def _open_map(self):
        from reader.ui.screens.partnership_map import PartnershipMap

        return next((s for s in self.app.screen_stack if isinstance(s, PartnershipMap)), None)

    @on(LibraryList.Changed)
    def _library_changed(self) -> None:
        # A feed (or a page added from the palette on the map) brought articles in while the
        # map is open: it grows with them, as the issue asks, without waiting for the next `M`.
        if self._map_memo is None:
            return  # no map was ever opened: nothing to keep in step
        screen = self._open_map()
        if screen is not None:
            screen.set_articles(list(self.query_one(LibraryList).articles), self._map_filter())

    def _map_chosen(self, choice) -> None:
        if choice is None:
            return
        # The jump remembers the map selection: ctrl+o comes back to the map.
        self.open_article(choice.article, block=choice.block, note=choice.selection)
        if choice.end > choice.start:
            self.view.mark_sentence(choice.block, choice.start, choice.end)
        self.view.focus()
