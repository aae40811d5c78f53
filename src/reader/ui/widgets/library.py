"""The library: one row per article with its title, language, length and read state."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.articles import Article
from reader.ui import keys

SORTS = ("id", "title", "unread")


class LibraryList(OptionList):
    """Articles to pick from; OptionList renders only visible lines, so big libraries scroll."""

    BINDINGS = keys.bindings(keys.LIBRARY)

    COMPONENT_CLASSES = {"library--unread", "library--meta", "library--title"}

    class Opened(Message):
        """The reader chose an article."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles: list[Article] = []
        self.is_read: Callable[[Article], bool] = lambda article: False
        self.extra: Callable[[Article], str] = lambda article: ""
        self.sort = "id"
        self.filter: Callable[[Article], bool] | None = None
        self.all_articles: list[Article] = []

    def set_articles(self, articles: Sequence[Article], current: Article | None = None) -> None:
        self.all_articles = list(articles)
        shown = [a for a in articles if self.filter(a)] if self.filter else articles
        self.articles = self._sorted(shown)
        self.set_options(Option(self._prompt(a), id=str(i)) for i, a in enumerate(self.articles))
        if current is not None:
            self.point_at(current)

    def _sorted(self, articles: Sequence[Article]) -> list[Article]:
        if self.sort == "title":
            return sorted(articles, key=lambda a: (a.title.casefold(), a.id))
        if self.sort == "unread":
            return sorted(articles, key=lambda a: (self.is_read(a), a.id))
        return sorted(articles, key=lambda a: a.id)

    def _prompt(self, article: Article) -> Content:
        read = self.is_read(article)
        dot = Content.styled("  " if read else "● ", "" if read else ".library--unread")
        title = Content.styled(article.title or article.id, ".library--title")
        lang = article.language or "··"
        if "words" in article.__dict__:
            meta = f"  {lang} · {article.words:,} words · {article.reading_minutes} min"
        else:
            # Counting words parses the article: done in the background, shown when known.
            meta = f"  {lang} · … words"
        parts = [dot, title, "\n", Content.styled(meta, ".library--meta")]
        extra = self.extra(article)
        if extra:
            parts += ["\n", Content.styled(f"  {extra}", ".library--meta")]
        return Content.assemble(*parts)

    def refresh_article(self, article: Article) -> None:
        """Redraw one row (read state or language changed)."""
        try:
            index = self.articles.index(article)
        except ValueError:
            return
        self.replace_option_prompt_at_index(index, self._prompt(article))

    def refresh_all(self) -> None:
        for index, article in enumerate(self.articles):
            self.replace_option_prompt_at_index(index, self._prompt(article))

    def point_at(self, article: Article) -> None:
        if article in self.articles:
            self.highlighted = self.articles.index(article)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened(self.articles[event.option_index]))
