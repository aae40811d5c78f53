"""The reading pane: the article view with its find bar, translation status line and legend.

The pane runs what happens between those widgets: the find bar types into the view's find, the
view's translation progress goes to the status line, a model installed or missing changes both.
The state stays in the widget that shows it (the find and the mode in the view, the download in
the status line); the pane keeps none of its own. What must outlive a run reaches the app as the
view's messages (`ModeChanged`, `HighlightToggled`), which keep bubbling up to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from reader.articles import Article, LoadError, load_article
from reader.reading import Place
from reader.ui.render import links
from reader.ui.widgets.article import ArticleView
from reader.ui.widgets.find import FindBar
from reader.ui.widgets.translation import TranslationStatus

log = logging.getLogger("reader")


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


class ReadingPane(Vertical):
    """The article and the lines under it.

    `translator_options` gives the translator's options; every `watch_interval` seconds the open
    article's file is looked at (a change is reported with `ChangedOnDisk`).
    """

    class ChangedOnDisk(Message):
        """The open article's file changed: `fresh` holds its new text (the app swaps it in)."""

        def __init__(self, article: Article, fresh: Article) -> None:
            super().__init__()
            self.article = article
            self.fresh = fresh

    class JumpedBack(Message):
        """Back to a place in another article, or to the map (`place.note`): the app opens it."""

        def __init__(self, place: Place[Article]) -> None:
            super().__init__()
            self.place = place

    def __init__(self, translator_options: Callable[[], Any], watch_interval: float = 2.0, *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self._translator_options = translator_options
        self._watch_interval = watch_interval
        # The open article's file as last seen (mtime, size): `check_disk` compares.
        self._stamp: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield ArticleView(id="article")
        yield FindBar(id="find")
        yield TranslationStatus(id="translation-status")
        yield Legend(_legend(), id="legend", markup=False)

    def on_mount(self) -> None:
        # The pane's own timer: it stops with the pane, never looking for a view already gone.
        self.set_interval(self._watch_interval, self.check_disk)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status(self) -> TranslationStatus:
        return self.query_one(TranslationStatus)

    def show(self, article: Article, block: int, *, remember: bool = True,
             note: object = None) -> None:
        """Open `article` at `block` (see `ArticleView.show`), its file watched, translated."""
        self.view.show(article, block, remember=remember, note=note)
        self.watch_file(article)
        self.start_translation(article)

    # ---- translation: the view translates, the status line tells --------------------------

    def start_translation(self, article: Article) -> None:
        """Fill the translation column for `article`, or say why it cannot be."""
        status, view = self.status, self.view
        view.stop_translation()
        if view.mode == "original":
            status.hide()
        elif (article.language or "fr") == "en":
            status.say("This article is in English already: nothing to translate.")
        else:
            status.say("Preparing the translation…")
            view.translate(article, self._translator_options())

    @on(ArticleView.ModeChanged)
    def _mode_changed(self) -> None:
        if self.view.article is not None:
            self.start_translation(self.view.article)

    def _taken_down(self) -> bool:
        """A worker's news can arrive while the app closes and the pane's widgets are gone."""
        return not self.query(ArticleView) or not self.query(TranslationStatus)

    @on(ArticleView.Translating)
    def _translating(self, event: ArticleView.Translating) -> None:
        if self._taken_down():
            return
        status, view = self.status, self.view
        current = event.article is view.article
        if event.no_model:
            view.add_class("no-model")
            if current:
                status.no_model()
            status.watch_for_model()
            self.app.refresh_bindings()
        elif event.problem is not None:
            log.warning("translation failed: %s", event.problem)
            if current:
                status.say(f"Translation stopped: {event.problem}")
        elif current:
            status.progress(event.done, event.total)
        if event.problem is None and not event.no_model and view.has_class("no-model"):
            self._model_found()  # installed meanwhile, and the watch has not looked yet

    @property
    def can_download(self) -> bool:
        """The status line says no model is installed, and no download runs."""
        view = self.view
        return (view.has_class("no-model") and view.mode != "original"
                and not self.status.downloading)

    def download_model(self) -> None:
        if self.can_download:
            self.status.download()
            self.app.refresh_bindings()

    @on(TranslationStatus.ModelInstalled)
    def _model_installed(self) -> None:
        # The app says so and persists nothing; the column is filled here.
        if self._taken_down():
            return
        self._model_found()
        if self.view.article is not None:
            self.start_translation(self.view.article)

    def _model_found(self) -> None:
        self.status.stop_watching()
        self.view.remove_class("no-model")
        self.app.refresh_bindings()

    # ---- find in the article: the view finds, the bar shows --------------------------------

    def start_find(self) -> None:
        view = self.view
        if view.article is None:
            return
        view.start_find()
        self.query_one(FindBar).open(view.find_query or "")
        self.app.refresh_bindings()

    def catch_typed(self, character: str) -> bool:
        """A key typed while the find field is on its way to focus goes into it."""
        return self.query_one(FindBar).catch(character)

    def find_from(self, query: str, block: int) -> None:
        """A find already run elsewhere (the palette): the view shows it, the bar says it."""
        view = self.view
        view.find_from(query, block)
        self.query_one(FindBar).open(query)
        view.focus()
        self.app.refresh_bindings()

    @on(Input.Changed, "#find-input")
    def _find_changed(self, event: Input.Changed) -> None:
        event.stop()
        # Changes made by code (opening from the palette, closing) are not the reader typing.
        view = self.view
        if not self.query_one(FindBar).has_class("active") or event.value == view.find_query:
            return
        view.find_typed(event.value)

    @on(Input.Submitted, "#find-input")
    def _find_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.view.find_submitted()

    @on(ArticleView.FindChanged)
    def _find_shown(self) -> None:
        # From the view's state, not the message's: an "ended" may arrive after a new start.
        view, bar = self.view, self.query_one(FindBar)
        if view.find_query is None:
            bar.close()
        else:
            bar.count(view.find_count)
        self.app.refresh_bindings()

    def end_find(self) -> bool:
        """End the find if one is active; False when there was none."""
        view = self.view
        if view.find_query is None:
            return False
        view.end_find()
        view.focus()
        return True

    # ---- the article's own actions: the app routes the keys here -----------------------------

    def step_mention(self, delta: int) -> str | None:
        """Next (`delta` +1) or previous mention; what to say when there is none."""
        return self.view.step_mention(delta)

    def jump_back(self) -> str | None:
        """Back to where the reader was before the last jump; what to say when there is none."""
        view = self.view
        place = view.jumps.back()
        if place is None:
            return "Nowhere to go back to"
        if place.note is None and place.article is view.article:
            view.go_to_block(place.block, remember=False)
        else:
            self.post_message(self.JumpedBack(place))
        return None

    def toggle_highlight(self) -> None:
        view = self.view
        view.highlight = not view.highlight

    def link_to_open(self, block: int, number: int) -> str | None:
        """The address of link `number` of `block` (clicked) if it may be opened: http(s) only.

        The app asks the reader first (it opens screens; a widget does not).
        """
        blocks = self.view.blocks  # the link was drawn: its block is known
        if self.view.article is None or not (0 <= block < len(blocks)):
            return None
        targets = links(blocks[block])
        if not (0 <= number < len(targets)):
            return None
        url = targets[number]
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme not in ("http", "https"):
            self.notify(f"Not opened: only http and https links open ({url[:80]})",
                        severity="warning", markup=False)
            return None
        return url

    # ---- highlighting: the legend goes with it ----------------------------------------------

    @on(ArticleView.HighlightToggled)
    def _highlight_toggled(self, event: ArticleView.HighlightToggled) -> None:
        self.set_class(not event.highlight, "no-highlight")

    # ---- the open article's file ------------------------------------------------------------

    def watch_file(self, article: Article) -> None:
        """Remember how `article`'s file looks now; a later change is reported."""
        self._stamp = _stamp(article.path)

    def check_disk(self) -> None:
        """Load the open article again when its file changed (the app puts it in the library)."""
        article = self.view.article
        if article is None:
            return
        stamp = _stamp(article.path)
        if stamp is None or stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            fresh = load_article(article.path, article.id)
        except LoadError as error:
            self.notify(f"{error}; still showing the earlier text", severity="warning",
                        markup=False)
            return
        if fresh.digest != article.digest:
            fresh.lang = None
            self.post_message(self.ChangedOnDisk(article, fresh))


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
