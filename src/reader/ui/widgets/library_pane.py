"""The library pane: the list of articles and, once asked for, the field that filters it.

The list keeps the filter (what was typed, or a mention or source chosen elsewhere); the pane
puts the field above it and passes on what is typed.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input

from reader.articles import Article
from reader.ui.widgets.library import LibraryList


class LibraryPane(Vertical):
    """The library list, with its filter field mounted on first use."""

    # Between `open_filter` and the field taking focus, keys already queued (tmux send-keys,
    # a fast typist's "/nvidia") went to the list and the screen: n opened the next article.
    catching = False

    def on_descendant_focus(self) -> None:
        self.catching = False

    def catch(self, character: str) -> bool:
        """Type `character` into the filter field if it is still on its way to focus."""
        if not self.catching:
            return False
        fields = self.query("#library-filter").results(Input)
        field = next(fields, None)
        if field is None or field.has_focus:
            self.catching = False
            return False
        field.insert_text_at_cursor(character)
        return True

    def compose(self) -> ComposeResult:
        yield LibraryList(id="library")

    @property
    def list(self) -> LibraryList:
        return self.query_one(LibraryList)

    def neighbour(self, article: Article | None, delta: int) -> Article | None:
        """The article `delta` rows from `article` in the list as shown (None past either end)."""
        articles = self.list.articles
        index = articles.index(article) if article in articles else -1
        target = index + delta
        return articles[target] if articles and 0 <= target < len(articles) else None

    def open_filter(self) -> None:
        """Show the filter field, focused."""
        self.add_class("filtering")
        fields = self.query("#library-filter")
        if fields:
            field = fields.first()
            self.catching = not field.has_focus
            field.focus()
            return
        # Mounted on first use: one widget less to build before the first paint.
        field = Input(placeholder="Filter: title or text", id="library-filter")
        self.mount(field, before=0)
        self.catching = True
        field.focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.list.set_query(event.value)
        self.app.refresh_bindings()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.list.focus()

    def clear_filter(self) -> None:
        """Every article again, the field emptied and hidden."""
        self.list.clear_filter()
        for field in self.query("#library-filter").results(Input):
            field.value = ""
            if field.has_focus:
                self.list.focus()  # (the hidden field kept the keys typed next)
        self.remove_class("filtering")
        self.catching = False
        self.app.refresh_bindings()

    def filter_by_mention(self, canonical: str) -> int:
        """Show only the articles that mention `canonical` (a company or model)."""
        from reader.entities import article_found

        def mentions_it(article: Article) -> bool:
            return any(m.canonical == canonical for m in article_found(article).in_order())

        return self.filter_by(canonical, mentions_it)

    def filter_by(self, label: str, test: Callable[[Article], bool]) -> int:
        """Show only the articles `test` accepts (a mention, a source); returns how many."""
        library = self.list
        library.choose(label, test)
        self.app.refresh_bindings()
        library.focus()
        return len(library.articles)
