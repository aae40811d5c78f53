"""The library: one row per article with its title, language, length, mentions and read state.

A library may hold ten thousand articles, so this is a Line API widget: every row has the same
height, the scroll size is known without measuring anything, and only the lines on screen are
rendered (and cached).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events, work
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.analysis import Analysis, key_of
from reader.articles import Article
from reader.search import fold
from reader.ui import keys
from reader.wording import counted

SORTS = ("id", "title", "unread", "date")
ROW_HEIGHT = 4  # two lines of title, the meta line, the mention counts


@dataclass(frozen=True)
class RowView:
    """What one row shows, as text (tests and the palette read it)."""

    prompt: Content


class LibraryList(ScrollView, can_focus=True):
    """Articles to pick from: keyboard and mouse, virtualised for big libraries."""

    BINDINGS = keys.bindings(keys.LIBRARY)

    COMPONENT_CLASSES = {
        "library--unread",
        "library--meta",
        "library--title",
        "library--cursor",
    }

    DEFAULT_CSS = """
    LibraryList { height: 1fr; overflow-x: hidden; }
    LibraryList > .library--cursor { background: $cursor-blurred-background; color: $foreground; }
    LibraryList:focus > .library--cursor {
        background: $cursor-background; color: $cursor-foreground;
    }
    """

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    # Articles the last feed refresh brought in; said in the title line until the next one.
    new_count: reactive[int] = reactive(0)

    class Opened(Message):
        """The reader chose an article."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    class Analysed(Message):
        """Rows got their language, length and mention counts (the header may show them)."""

        def __init__(self, articles: list[Article]) -> None:
            super().__init__()
            self.articles = articles

    class MentionsReady(Message):
        """The analysis built the mention matcher: the article can be highlighted now."""

    class Changed(Message):
        """The articles were set again (a feed brought some in, one was deleted or rewritten)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles: list[Article] = []
        self.is_read: Callable[[Article], bool] = lambda article: False
        self.sort = "id"
        self.filter: Callable[[Article], bool] | None = None
        # What the filter keeps, in words ("Meta", "“llama”"), for the title line.
        self.filter_label: str | None = None
        self.query = ""  # typed in the filter field
        self.chosen: tuple[str, Callable[[Article], bool]] | None = None  # a mention or source
        self.counts: dict[tuple[str, str], tuple[int, int]] = {}  # (path, digest) -> counts
        self._folded: dict[tuple[str, str], str] = {}
        self._all: Sequence[Article] = []
        self._current: Article | None = None
        self._total = 0
        self._index: dict[int, int] = {}  # id(article) -> row
        self._lines: dict[tuple, Strip] = {}  # rendered lines, dropped when they go stale

    # ---- content -----------------------------------------------------------------------

    def set_articles(self, articles: Sequence[Article], current: Article | None = None) -> None:
        self._all = articles
        if current is not None:
            self._current = current
        shown = [a for a in articles if self.filter(a)] if self.filter else articles
        self._total = len(articles)
        had_rows = bool(self.articles)
        self.articles = self._sorted(shown)
        if bool(self.articles) != had_rows and self.is_mounted:
            self.app.refresh_bindings()  # "⏎ Open" goes with the last row, and comes back
        self._index = {id(a): n for n, a in enumerate(self.articles)}
        self._lines.clear()
        self.virtual_size = Size(self.size.width, len(self.articles) * ROW_HEIGHT)
        if current is not None and id(current) in self._index:
            self.highlighted = self._index[id(current)]
        elif self.articles:
            self.highlighted = min(self.highlighted or 0, len(self.articles) - 1)
        else:
            self.highlighted = None
        self.update_title()
        self.refresh()
        self.post_message(self.Changed())

    def watch_new_count(self) -> None:
        self.update_title()

    def update_title(self) -> None:
        """The line above the rows: how many articles, the filter, the sort, how many unread."""
        count = len(self.articles)
        head = counted(count, "article") if self.filter is None else f"{count} of {self._total}"
        label = (f"filter {self.filter_label}" if self.filter is not None and self.filter_label
                 else None)
        new = f"{self.new_count} new" if self.new_count else None
        unread = f"{sum(not self.is_read(a) for a in self.articles)} unread"
        room = self.size.width - 3  # the corner and the title's padding
        # Whole fields only, the sort always: cut from the right, "10 unre…" hid the unread count
        # and the sort (after `s` only a toast said it). The new count goes first, then the
        # unread count, then the sort, then the filter.
        # The library pane's 34 columns do not hold "150 articles · 150 unread · ↓id", nor
        # "8 articles · 3 new · 7 unread · ↓id": "7 unread of 8" says both counts in less.
        short = f"{unread} of {count}"
        tries = [[head, label, new, unread, f"by {self.sort}"],
                 [head, label, new, unread, f"↓{self.sort}"],
                 [short, label, new, f"↓{self.sort}"],
                 [head, label, unread, f"↓{self.sort}"],
                 [short, label, f"↓{self.sort}"],
                 [head, label, f"↓{self.sort}"],
                 [head, label],  # while a filter is on, it says more than the sort
                 [head, f"↓{self.sort}"]]
        lines = [" · ".join(part for part in parts if part) for parts in tries]
        line = next((line for line in lines if len(line) <= room), lines[-1])
        self.border_title = Content(line)

    def _sorted(self, articles: Sequence[Article]) -> list[Article]:
        if self.sort == "title":
            # Folded, so "Ça sent…" sorts with the c's, not after every plain letter.
            return sorted(articles, key=lambda a: (fold(a.title), a.title, a.id))
        if self.sort == "unread":
            return sorted(articles, key=lambda a: (self.is_read(a), a.id))
        if self.sort == "date":
            # Newest first; undated articles (bundled, your own files) after, by id.
            dated = sorted((a for a in articles if a.meta.get("date")),
                           key=lambda a: (a.meta["date"], a.id), reverse=True)
            return dated + sorted((a for a in articles if not a.meta.get("date")),
                                  key=lambda a: a.id)
        return sorted(articles, key=lambda a: a.id)

    @property
    def option_count(self) -> int:
        return len(self.articles)

    def get_option_at_index(self, index: int) -> RowView:
        return RowView(Content("\n".join(text for text, _ in self._row_lines(index, 10_000))))

    def refresh_article(self, article: Article) -> None:
        """Redraw one row and the unread count (its read state changed)."""
        if id(article) in self._index:
            self.update_title()
        self._redraw_row(article)

    def _redraw_row(self, article: Article) -> None:
        """Redraw one row (its language, length or counts are known)."""
        row = self._index.get(id(article))
        if row is None:
            return
        self._forget(row)
        self.refresh(Region(0, row * ROW_HEIGHT - round(self.scroll_y), self.size.width,
                            ROW_HEIGHT))

    def _forget(self, row: int) -> None:
        for key in [k for k in self._lines if k[0] == row]:
            del self._lines[key]

    # ---- filter and sort ---------------------------------------------------------------

    def folded_text(self, article: Article) -> str:
        """An article's title and text in search form, folded once (filter and palette)."""
        key = key_of(article)
        folded = self._folded.get(key)
        if folded is None:
            folded = fold(article.title + "\n" + article.body)
            self._folded[key] = folded
        return folded

    def set_query(self, text: str) -> None:
        """Keep the articles whose title or text has `text` (typed in the filter field)."""
        self.query = text.strip()
        self._refilter()

    def choose(self, label: str, test: Callable[[Article], bool]) -> None:
        """Keep the articles `test` accepts (a mention, a source), named `label` in the title."""
        self.chosen = (label, test)
        self._refilter()

    def clear_filter(self) -> None:
        self.query, self.chosen = "", None
        self._refilter()

    @property
    def filtering(self) -> bool:
        return bool(self.query) or self.chosen is not None

    def _refilter(self) -> None:
        tests = [self.chosen[1]] if self.chosen is not None else []
        if self.query:
            needle = fold(self.query)
            tests.append(lambda article: needle in self.folded_text(article))
        self.filter = (lambda a: all(test(a) for test in tests)) if tests else None
        words = [self.chosen[0]] if self.chosen is not None else []
        if self.query:
            words.append(f"“{self.query}”")
        self.filter_label = " + ".join(words) or None
        self.set_articles(self._all, self._current)

    def cycle_sort(self) -> str:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.set_articles(self._all, self._current)
        return self.sort

    # ---- analysis: language, length, mention counts, off the event loop ------------------

    # A description: by default Textual describes a worker by the repr of its arguments, and
    # that of 10,000 articles took 180 MB at once.
    @work(thread=True, exclusive=True, group="analyse", exit_on_error=False,
          description="library analysis")
    def analyse(self, articles: list[Article]) -> None:
        """Rows are refreshed in batches so ten thousand articles do not flood the UI."""
        import time

        from textual.worker import get_current_worker

        from reader.analysis import analyse
        from reader.entities import default_matcher

        default_matcher()
        self.post_message(self.MentionsReady())
        worker = get_current_worker()
        batch: list[Analysis] = []
        last_flush = time.monotonic()
        for found in analyse(articles, lambda: worker.is_cancelled):
            batch.append(found)
            if time.monotonic() - last_flush > 0.25:
                self.app.call_from_thread(self._analysed, batch)
                batch, last_flush = [], time.monotonic()
        if batch and not worker.is_cancelled:
            self.app.call_from_thread(self._analysed, batch)

    def _analysed(self, batch: list[Analysis]) -> None:
        for found in batch:
            found.apply()
            self.counts[found.key] = (found.companies, found.models)
            # Not the title: counting the unread rows once per analysed row was quadratic.
            self._redraw_row(found.article)
        self.post_message(self.Analysed([found.article for found in batch]))

    def _count_line(self, article: Article) -> str:
        counts = self.counts.get(key_of(article))
        if counts is None:
            return ""
        companies, models = counts
        return f"{counted(companies, 'company')} · {counted(models, 'model')}"

    def point_at(self, article: Article) -> None:
        self._current = article
        if id(article) in self._index:
            self.highlighted = self._index[id(article)]

    # ---- rendering ---------------------------------------------------------------------

    def _row_lines(self, row: int, width: int) -> list[tuple[str, str]]:
        """(text, component class) for each line of a row, fitted to `width` cells."""
        article = self.articles[row]
        read = self.is_read(article)
        title_room = max(4, width - 2)
        words = _glued((article.title or article.id).split())
        first, second = _two_lines(words, title_room)
        dot = "  " if read else "● "
        lang = article.language or "··"
        if "words" in article.__dict__:
            length = f"{counted(article.words, 'word')} · {article.reading_minutes} min"
        else:
            # Counting words parses the article: done in the background, shown when known.
            length = "… words"
        meta = f"{lang} · {length}"
        extra = self._count_line(article)
        origin = " · ".join(part for part in (
            article.meta.get("date", "")[:10], article.meta.get("source", ""),
            "summary only" if article.meta.get("summary_only") == "true" else "",
        ) if part)
        if origin:
            # A saved article: where and when first; length and mentions share the last line.
            meta = f"{origin} · {lang}"
            if extra:
                # The counts stay whole; the reading time, then the word count, give way.
                words = length.split(" · ")[0]
                extra = next((line for line in (f"{length} · {extra}", f"{words} · {extra}")
                              if len(line) <= width - 2), extra)
            else:
                extra = length
        return [
            (dot + first, "library--unread" if not read else "library--title"),
            ("  " + second, "library--title"),
            ("  " + _whole_fields(meta, width - 2), "library--meta"),
            ("  " + _whole_fields(extra, width - 2), "library--meta"),
        ]

    def empty_lines(self) -> list[str]:
        """What the list says when it has no row: a blank list looked like a broken one."""
        if self.filter is None:
            return ["No articles."]
        return [f"No article matches {self.filter_label or 'the filter'}.",
                "escape clears the filter"]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # No row, nothing to open: the Footer offered "⏎ Open" beside the empty list.
        return action != "select" or bool(self.articles)

    def render_line(self, y: int) -> Strip:
        scroll_y = round(self.scroll_y)
        virtual_y = y + scroll_y
        row, line = divmod(virtual_y, ROW_HEIGHT)
        width = self.scrollable_content_region.width
        if not self.articles and width > 0 and virtual_y < len(self.empty_lines()):
            style = self.rich_style + self.get_component_rich_style("library--meta",
                                                                    partial=True)
            text = _whole_fields(self.empty_lines()[virtual_y], width - 2)
            return Strip([Segment("  " + text, style)]).crop_extend(0, width, self.rich_style)
        if row >= len(self.articles) or width <= 0:
            return Strip.blank(width, self.rich_style)
        cursor = row == self.highlighted
        key = (row, line, width, cursor, self.has_focus)
        cached = self._lines.get(key)
        if cached is not None:
            return cached
        text, part = self._row_lines(row, width)[line]
        base = self.rich_style
        if cursor:
            base = base + self.get_component_rich_style("library--cursor")
        title = base + self.get_component_rich_style("library--title", partial=True)
        if cursor:
            # The selected row is one colour on the cursor: the dot, the meta lines and the
            # accent colours were drawn for the panel and do not read on it.
            plain = base + Style(bold=line < 2)
            segments = [Segment(text, plain)]
        elif line == 0 and part == "library--unread":
            dot = base + self.get_component_rich_style("library--unread", partial=True)
            segments = [Segment(text[:2], dot), Segment(text[2:], title)]
        elif part == "library--meta":
            segments = [Segment(text, base + self.get_component_rich_style(part, partial=True))]
        else:
            segments = [Segment(text, title)]
        strip = Strip(segments).crop_extend(0, width, base)
        if len(self._lines) > 2000:
            self._lines.clear()
        self._lines[key] = strip
        return strip

    def on_resize(self, event: events.Resize) -> None:
        self._lines.clear()
        self.update_title()
        self.virtual_size = Size(event.size.width, len(self.articles) * ROW_HEIGHT)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # ---- moving and choosing -------------------------------------------------------------

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for row in (old, new):
            if row is not None:
                self._forget(row)
        self.refresh()
        if new is not None:
            self.scroll_to_region(
                Region(0, new * ROW_HEIGHT, 1, ROW_HEIGHT), animate=False, immediate=True
            )

    def _move(self, delta: int) -> None:
        if not self.articles:
            return
        current = self.highlighted if self.highlighted is not None else -1
        self.highlighted = max(0, min(len(self.articles) - 1, current + delta))

    def action_cursor_down(self) -> None:
        self._move(+1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        if self.articles:
            self.highlighted = 0

    def action_last(self) -> None:
        if self.articles:
            self.highlighted = len(self.articles) - 1

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_page_down(self) -> None:
        self._move(self._page())

    def action_page_up(self) -> None:
        self._move(-self._page())

    def action_select(self) -> None:
        if self.highlighted is not None and self.articles:
            self.post_message(self.Opened(self.articles[self.highlighted]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return  # the title line
        row = (offset.y + round(self.scroll_y)) // ROW_HEIGHT
        if 0 <= row < len(self.articles):
            self.highlighted = row
            self.action_select()


def _whole_fields(line: str, room: int) -> str:
    """`line`'s " · " fields that fit in `room`, dropped whole from the right ("… · s" was
    "summary only" cut to a letter); a first field too long alone ends in …."""
    fields = line.split(" · ")
    while len(fields) > 1 and len(" · ".join(fields)) > room:
        fields.pop()
    line = " · ".join(fields)
    return line if len(line) <= room else line[: max(room - 1, 0)].rstrip() + "…"


# French puts a space before these: alone, they started a title's second line (": Découvrez…").
_TRAILING = frozenset({":", ";", "!", "?", "»", "%"})


def _glued(words: list[str]) -> list[str]:
    """The title's words, a lone trailing mark kept with the word before it."""
    glued: list[str] = []
    for word in words:
        if glued and word in _TRAILING:
            glued[-1] += " " + word
        else:
            glued.append(word)
    return glued


def _two_lines(words: list[str], room: int) -> tuple[str, str]:
    """A title in two lines of at most `room` cells, the second ending in … when cut."""
    lines: list[str] = [""]
    used = 0
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        used += 1
        if len(candidate) <= room or not lines[-1]:
            lines[-1] = candidate
        elif len(lines) == 1:
            lines.append(word)
        else:
            lines[-1] = candidate
            break
    first = lines[0][:room]
    second = lines[1] if len(lines) > 1 else ""
    rest = words[used:]
    if len(second) > room or rest:
        second = second[: room - 1].rstrip() + "…"
    return first, second
