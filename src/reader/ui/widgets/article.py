"""The article view: one widget per block, mounted in a window that follows the reader."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from reader import document
from reader.articles import Article
from reader.document import Block, Cell
from reader.ui import keys
from reader.ui.render import Mark, block_content, cell_content

# Marks for a block: the UI layers (mentions, search) supply them; index -> marks.
MarkSource = Callable[[int, Block], Sequence[Mark]]
CellMarkSource = Callable[[int, int, int, Cell], Sequence[Mark]]
TextMarkSource = Callable[[int, str], Sequence[Mark]]

# What the translation column shows: nothing, source and English side by side (interleaved
# when narrow), or English only.
MODES = ("original", "side", "english")
SIDE_BY_SIDE_MIN = 120  # columns; below this the translation goes under each block

# Mounting thousands of widgets freezes Textual (measured: 2,000 Statics take ~1.9 s to mount
# and ~160 ms per page scroll), so only a window of rows around the reader is mounted.
CHUNK = 60
WINDOW = 240


class BlockView(Static):
    """The rendered text of one block (source or translation)."""

    # Links are styled by the `.inline--link` component class; Textual's own link style would
    # paint over a mention inside a link and hide its kind.
    auto_links = False

    DEFAULT_CSS = """
    BlockView { width: 1fr; height: auto; }
    """

    def __init__(self, content: Content, kind: str, classes: str = "") -> None:
        super().__init__(content, markup=False, classes=f"block block--{kind} {classes}".strip())


class _Cell(Static):
    auto_links = False


class TableView(Vertical):
    """A Markdown table: header row and body rows of equal-width cells."""

    DEFAULT_CSS = """
    TableView { width: 1fr; height: auto; }
    TableView > Horizontal { height: auto; }
    TableView Static { width: 1fr; height: auto; padding: 0 1 0 0; }
    TableView > .table--header Static { text-style: bold; }
    """

    def __init__(
        self,
        block: Block,
        marks_for_cell: Callable[[int, int], Sequence[Mark]],
        classes: str = "",
    ) -> None:
        super().__init__(classes=f"block block--table {classes}".strip())
        self._block = block
        self._marks_for_cell = marks_for_cell

    def compose(self):
        for r, row in enumerate(self._block.rows):
            cells = [
                _Cell(cell_content(cell, self._marks_for_cell(r, c)), markup=False)
                for c, cell in enumerate(row)
            ]
            yield Horizontal(*cells, classes="table--header" if r == 0 else "table--row")


class BlockRow(Horizontal):
    """One source block and, when shown, its translation beside or under it."""

    DEFAULT_CSS = """
    BlockRow { height: auto; width: 1fr; }
    """

    def __init__(
        self, index: int, block: Block, build: Callable[[int, Block], list[Widget]]
    ) -> None:
        kind = block.kind
        level = f" heading--{block.level}" if kind == document.HEADING else ""
        quote = " in-quote" if block.quote else ""
        super().__init__(classes=f"row row--{kind}{level}{quote}")
        self.index = index
        self.block = block
        self._build = build
        self.composed = False

    def compose(self):
        # Built at mount time, not at creation, so a translation or marks that arrived in
        # between are shown.
        self.composed = True
        yield from self._build(self.index, self.block)


@dataclass
class _Window:
    lo: int = 0
    hi: int = 0


class ArticleView(VerticalScroll, can_focus=True):
    """Scrollable article: headings, paragraphs, lists, quotes, code, tables, images."""

    BINDINGS = keys.bindings(keys.ARTICLE)

    COMPONENT_CLASSES = {
        "inline--em",
        "inline--strong",
        "inline--code",
        "inline--link",
        "inline--url",
        "inline--strike",
        "inline--image",
        "list--marker",
        "mention--company",
        "mention--model",
        "mention--current",
        "search--hit",
        "search--current",
    }

    class Moved(Message):
        """The reading position changed: first visible block and progress through the words."""

        def __init__(
            self, article: Article, block: int, progress: float, at_end: bool, by_scroll: bool
        ) -> None:
            super().__init__()
            self.article = article
            self.block = block
            self.progress = progress
            self.at_end = at_end
            self.by_scroll = by_scroll  # the reader moved (not a layout or a reload)

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Moved)

    class Jumped(Message):
        """A jump is about to move the reader far: the app remembers where they were."""

        def __init__(self, article: Article, block: int) -> None:
            super().__init__()
            self.article = article
            self.block = block

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.marks: MarkSource = lambda index, block: ()
        self.cell_marks: CellMarkSource = lambda index, row, column, cell: ()
        self.translation_marks: TextMarkSource = lambda index, text: ()
        self.mode = "original"
        self.translations: dict[int, str] = {}
        self._window = _Window()
        self._cumulative: list[int] = [0]
        self._adjusting = False
        self._last_report: tuple[int, int, bool] | None = None
        # The block the reader is at; a resize re-wraps text, so the place is kept by block.
        self._anchor: int | None = None
        self._resize_pending = False

    # ---- loading -------------------------------------------------------------------------

    def show(self, article: Article | None, block: int = 0) -> None:
        """Show an article with `block` at the top (the saved reading position)."""
        self.article = article
        self.remove_children()
        self._window = _Window()
        self._last_report = None
        self._anchor = None
        if article is None:
            self._cumulative = [0]
            self.mount(Static(Content("No article to show."), classes="empty"))
            return
        blocks = article.blocks
        self._cumulative = [0, *accumulate(b.words for b in blocks)]
        if not blocks:
            self.mount(Static(Content("This article is empty."), classes="empty"))
            return
        self._load_window_at(min(max(block, 0), len(blocks) - 1))

    def refresh_marks(self) -> None:
        """Re-render mounted rows (marks changed: highlighting toggled, search typed)."""
        for row in self.query_children(BlockRow):
            self._rerender(row)

    def _rerender(self, row: BlockRow) -> None:
        # Update text in place (synchronous, no flicker); tables are rebuilt.
        if not row.composed:
            return
        for child in list(row.children):
            if isinstance(child, TableView):
                row.remove_children()
                row.mount_all(self._row_children(row.index, row.block))
                return
        for child in row.children:
            if not isinstance(child, BlockView):
                continue
            if child.has_class("source") and row.block.kind != document.CODE:
                # Marks change styles, never sizes: no layout pass for a long article.
                child.update(self._source_content(row.index, row.block), layout=False)
            elif child.has_class("translation") and not child.has_class("pending"):
                text = self.translations.get(row.index)
                if text is not None:
                    child.update(
                        self._translation_content(row.index, row.block, text), layout=False
                    )

    def _row_children(self, index: int, block: Block) -> list[Widget]:
        source = self._source_view(index, block)
        if self.mode == "original":
            return [source]
        return [source, self._translation_view(index, block)]

    def _source_view(self, index: int, block: Block) -> Widget:
        if block.kind == document.TABLE:
            # A table stays a table in English-only mode too: its cells are not re-laid out.
            return TableView(
                block, lambda r, c: self.cell_marks(index, r, c, block.rows[r][c]), "source keep"
            )
        if block.kind == document.RULE:
            return Static(Content("─" * 24), classes="block block--rule source keep")
        if block.kind == document.CODE:
            return BlockView(block_content(block), block.kind, "source keep")
        return BlockView(self._source_content(index, block), block.kind, "source")

    def _source_content(self, index: int, block: Block) -> Content:
        return block_content(
            block, self.marks(index, block), link_action=f"app.open_link({index},{{n}})"
        )

    def _translation_content(self, index: int, block: Block, text: str) -> Content:
        if block.kind == document.TABLE:
            text = text.replace("\t", " │ ")
        translated = Block(block.kind, text, level=block.level, marker=block.marker)
        return block_content(translated, self.translation_marks(index, text))

    def _translation_view(self, index: int, block: Block) -> Widget:
        text = self.translations.get(index)
        if block.kind in (document.CODE, document.RULE) or (
            block.kind == document.TABLE and text is None
        ):
            # Shown once, in the source column (kept visible in English-only mode).
            return Static(Content(""), classes="block translation untranslated")
        if text is None:
            return BlockView(Content("…"), block.kind, "translation pending")
        return BlockView(self._translation_content(index, block, text), block.kind, "translation")

    # ---- translation -----------------------------------------------------------------------

    def refresh_block(self, index: int) -> None:
        """Re-render one mounted row (its marks changed)."""
        row = self._row(index)
        if row is not None:
            self._rerender(row)

    def reveal_block(self, index: int, *, remember: bool = False) -> None:
        """Scroll just enough to show block `index` (mounting its window if needed)."""
        self.go_to_block(index, remember=remember, top=False)

    def set_mode(self, mode: str, *, reload: bool = True) -> None:
        """Show the original only, source and translation side by side, or English only."""
        self.mode = mode
        self.set_class(mode != "original", "translated")
        self.set_class(mode == "english", "english-only")
        self._apply_width()
        if reload and self.article is not None and self.article.blocks:
            keep = self.first_visible()
            self._load_window_at(keep)

    def set_translations(self, translations: dict[int, str]) -> None:
        """Replace all translations (a new article, or a cache hit)."""
        self.translations = dict(translations)
        if self.mode != "original":
            for row in self.query_children(BlockRow):
                self._refresh_translation(row)

    def set_translation(self, index: int, text: str) -> None:
        """One block's translation arrived: show it if the row is mounted."""
        self.translations[index] = text
        row = self._row(index)
        if row is not None and self.mode != "original":
            self._refresh_translation(row)

    def _refresh_translation(self, row: BlockRow, tries: int = 0) -> None:
        if not row.composed:
            return  # its compose will read the new translation
        if not row.children:
            if tries < 20 and row.is_attached:
                self.call_after_refresh(self._refresh_translation, row, tries + 1)
            return
        text = self.translations.get(row.index)
        for child in row.children:
            if child.has_class("translation") and isinstance(child, BlockView) and text is not None:
                child.remove_class("pending")
                child.update(self._translation_content(row.index, row.block, text))
                return
        for child in list(row.children):
            if child.has_class("translation"):
                child.remove()
        row.mount(self._translation_view(row.index, row.block))

    def _apply_width(self) -> None:
        self.set_class(self.size.width < SIDE_BY_SIDE_MIN, "interleaved")

    def _rows(self, lo: int, hi: int) -> list[BlockRow]:
        assert self.article is not None
        blocks = self.article.blocks
        return [
            BlockRow(index, blocks[index], self._row_children) for index in range(lo, hi)
        ]

    def _load_window_at(self, block: int) -> None:
        assert self.article is not None
        total = len(self.article.blocks)
        if total <= WINDOW:
            lo, hi = 0, total
        else:
            lo = max(0, min(block - CHUNK // 2, total - 2 * CHUNK))
            hi = min(total, lo + 2 * CHUNK)
        self.remove_children()
        self._window = _Window(lo, hi)
        self._adjusting = True
        self.mount_all(self._rows(lo, hi))
        self.call_after_refresh(self._settle_on, block)

    def _settle_on(self, block: int, tries: int = 0) -> None:
        row = self._row(block)
        if row is not None and block > 0 and row.virtual_region.y == 0 and tries < 50:
            # Not laid out yet (a busy machine): wait for another refresh.
            self.call_after_refresh(self._settle_on, block, tries + 1)
            return
        if row is not None:
            self.scroll_to(y=row.virtual_region.y, animate=False, immediate=True)
        self._adjusting = False
        self._last_report = None  # rows are new: mark the current one again
        self._anchor = block
        self._report(by_scroll=False)

    # ---- rows and positions --------------------------------------------------------------

    def _row(self, index: int) -> BlockRow | None:
        if not (self._window.lo <= index < self._window.hi):
            return None
        children = self.children
        position = index - self._window.lo
        if position < len(children):
            row = children[position]
            if isinstance(row, BlockRow) and row.index == index:
                return row
        return next((r for r in self.query_children(BlockRow) if r.index == index), None)

    def first_visible(self) -> int:
        """Index of the first block whose bottom is below the top of the view."""
        rows = [r for r in self.children if isinstance(r, BlockRow)]
        if not rows:
            return 0
        bottoms = [r.virtual_region.bottom for r in rows]
        position = bisect_right(bottoms, round(self.scroll_y))
        return rows[min(position, len(rows) - 1)].index

    def progress(self) -> float:
        """How far through the article's words the reader is (0..1)."""
        if self.article is None or not self.article.blocks:
            return 0.0
        if self._at_end():
            return 1.0
        total = self._cumulative[-1] or 1
        return self._cumulative[self.first_visible()] / total

    def words_left(self) -> int:
        if self.article is None or not self.article.blocks or self._at_end():
            return 0
        return self._cumulative[-1] - self._cumulative[self.first_visible()]

    def _at_end(self) -> bool:
        if self.article is None or self.virtual_size.height == 0:
            return False  # not laid out yet
        return self._window.hi >= len(self.article.blocks) and self.scroll_y >= self.max_scroll_y

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self.article is None or self._adjusting or self._resize_pending:
            return
        self._extend_window()
        self._report()

    def on_resize(self) -> None:
        self._apply_width()
        if self._anchor is not None and self.article is not None:
            self._resize_pending = True
            self.call_after_refresh(self._restore_anchor)
        else:
            self.call_after_refresh(self._report, False)

    def _restore_anchor(self) -> None:
        """After a resize has re-wrapped the rows, bring the reader's block back to the top."""
        self._resize_pending = False
        anchor = self._anchor
        row = self._row(anchor) if anchor is not None else None
        if row is not None:
            self._adjusting = True
            self.scroll_to(y=row.virtual_region.y, animate=False, immediate=True)
            self._adjusting = False
        self._report(by_scroll=False)

    def _report(self, by_scroll: bool = True) -> None:
        if self.article is None or self._adjusting:
            return
        block, at_end = self.first_visible(), self._at_end()
        if by_scroll or self._anchor is None:
            self._anchor = block
        elif self._anchor is not None and self._row(self._anchor) is not None:
            block = self._anchor  # a layout change is not a move: the place stays
        key = (id(self.article), block, at_end)
        if key == self._last_report:
            return
        self._last_report = key
        self._mark_current(block)
        self.post_message(self.Moved(self.article, block, self.progress(), at_end, by_scroll))

    def _mark_current(self, block: int) -> None:
        """The block at the top of the view is emphasised in both columns."""
        for row in self.query_children(".current"):
            row.remove_class("current")
        row = self._row(block)
        if row is not None:
            row.add_class("current")

    def _extend_window(self) -> None:
        assert self.article is not None
        total = len(self.article.blocks)
        lo, hi = self._window.lo, self._window.hi
        height = self.scrollable_content_region.height
        if hi < total and self.scroll_y >= self.max_scroll_y - height:
            new_hi = min(total, hi + CHUNK)
            self.mount_all(self._rows(hi, new_hi))
            self._window.hi = new_hi
            if new_hi - lo > WINDOW:
                self._drop_top(new_hi - lo - WINDOW)
        elif lo > 0 and self.scroll_y <= height:
            new_lo = max(0, lo - CHUNK)
            first = self.children[0] if self.children else None
            self._adjusting = True
            self.mount_all(self._rows(new_lo, lo), before=first)
            self._window.lo = new_lo
            self.call_after_refresh(self._after_prepend, first)

    def _after_prepend(self, anchor: Widget | None) -> None:
        if anchor is not None and anchor.is_mounted:
            added = anchor.virtual_region.y
            self.scroll_to(y=self.scroll_y + added, animate=False, immediate=True)
        if self.article is not None and self._window.hi - self._window.lo > WINDOW:
            self._drop_bottom(self._window.hi - self._window.lo - WINDOW)
        self._adjusting = False

    def _drop_top(self, count: int) -> None:
        rows = [r for r in self.children if isinstance(r, BlockRow)][:count]
        if not rows:
            return
        removed = rows[-1].virtual_region.bottom
        self._adjusting = True
        self.remove_children(rows)
        self._window.lo += len(rows)

        def settle() -> None:
            self.scroll_to(y=max(0, self.scroll_y - removed), animate=False, immediate=True)
            self._adjusting = False

        self.call_after_refresh(settle)

    def _drop_bottom(self, count: int) -> None:
        rows = [r for r in self.children if isinstance(r, BlockRow)][-count:]
        self.remove_children(rows)
        self._window.hi -= len(rows)

    # ---- jumps ---------------------------------------------------------------------------

    def go_to_block(self, index: int, *, remember: bool = True, top: bool = True) -> None:
        """Bring block `index` to the top of the view (or just into view, `top=False`)."""
        if self.article is None or not self.article.blocks:
            return
        index = min(max(index, 0), len(self.article.blocks) - 1)
        if remember:
            self.post_message(self.Jumped(self.article, self.first_visible()))
        row = self._row(index)
        if row is None:
            self._load_window_at(index)
        elif top:
            self.scroll_to(y=row.virtual_region.y, animate=False, immediate=True)
        else:
            self.scroll_to_widget(row, animate=False, immediate=True)

    def action_top(self) -> None:
        if self.article is not None and self.article.blocks:
            self.go_to_block(0)
            self.scroll_home(animate=False, immediate=True)

    def action_bottom(self) -> None:
        if self.article is None or not self.article.blocks:
            return
        self.post_message(self.Jumped(self.article, self.first_visible()))
        total = len(self.article.blocks)
        if self._window.hi < total:
            self._load_window_at(total - 1)
        self.call_after_refresh(lambda: self.scroll_end(animate=False, immediate=True))
