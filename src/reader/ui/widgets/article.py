"""The article view: one Line-API scroll view drawing the article's line model (reader.layout).

Blocks are wrapped to lines once per width and mode (`reader.layout.Layout`, no Textual), and
only the lines on screen are rendered (`render_line`). Mentions, find hits, the current block and
links are styles laid over the line's text when it is drawn, so changing them redraws lines and
never re-lays out anything; nothing is mounted per block.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from itertools import accumulate

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import work
from textual.content import Content, Span
from textual.css.parse import parse_declarations
from textual.css.styles import Styles
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.style import Style as VisualStyle

from reader import document
from reader.articles import Article
from reader.document import Block, Cell
from reader.layout import MODES as MODES
from reader.layout import SOURCE, TRANSLATION, Facts, Key, Layout, Line, facts, side_by_side_fits
from reader.reading import FindSession, Hit, JumpList, Place, folded_blocks, step_mention
from reader.ui import keys
from reader.ui.mentions import ArticleMentions, cell_marks, english_marks, marks_for
from reader.ui.render import Mark, unexpected

# Names of the line model (reader.layout) drawn with another component class.
ALIASES = {
    "inline--url": "muted",
    "link--number": "muted",
    "block--rule": "muted",
    "block--quote": "muted",
    "table--border": "muted",
    "column--interleaved": "muted",
    "empty": "muted",
    "table--header": "inline--strong",
}

# How the line model's names are drawn, in TCSS over the theme's variables. Not component
# classes: Textual styles each of those as a node of its own on every restyle (three times
# before the first paint); these are parsed once per theme.
LINE_STYLES = {
    "block--heading": "text-style: bold; color: $heading;",
    "heading--1": "color: $heading-title; text-style: bold;",
    "quote--bar": "color: $primary-darken-1;",
    "block--code": "background: $boost;",
    # Link addresses and numbers, quotes, rules, table borders, the interleaved English.
    "muted": "color: $text-muted;",
    "inline--em": "text-style: italic;",
    "inline--strong": "text-style: bold;",
    "inline--code": "color: $text-accent;",
    # Italic, not underlined: models are underlined, and the two must differ without colour.
    "inline--link": "text-style: italic; color: $text-primary;",
    "inline--strike": "text-style: strike;",
    "inline--image": "color: $text-muted; text-style: italic;",
    "list--marker": "color: $accent;",
    "mention--company": "color: $mention-company; text-style: $mention-company-style;",
    "mention--model": "color: $mention-model; text-style: $mention-model-style;",
    "mention--current": "text-style: $mention-current-style;",
    # Other matches are reversed; the current one has its own colour and is bold and
    # underlined, so the two differ without colour too.
    "search--hit": "background: $warning 30%; text-style: reverse;",
    "search--current": (
        "background: $accent 90%; color: $background; text-style: bold underline not reverse;"
    ),
    # Translation: a second column level with each block, or under it when narrow.
    "column--translation": "background: $translation-background;",
    "pending": "color: $pending-text;",
    "block--current": "background: $current-block; text-style: $current-block-style;",
    "current--mark": "color: $accent;",
    # The sentence a jump from the map came for (the margin's bar is on its lines only).
    "evidence--sentence": "background: $accent 25%;",
}
VARIABLE = re.compile(r"\$([A-Za-z0-9_-]+)")

log = logging.getLogger("reader")

MARGIN = 2  # cells left and right of the text; the left one shows the current-block marker
CURRENT_MARK = "▎"
SEARCH_DELAY = 0.15  # seconds of quiet typing before the find runs
FLASH = 1.5  # seconds the mention a step went to stays emphasised
NAMES = {"original": "French only", "side": "French and English", "english": "English"}
STRIP_CACHE = 400  # rendered lines kept; a screen is ~50, so scrolling back is cheap
# Blocks parsed past the reader's place before a long article is shown (the rest comes from a
# worker): more than a tall screen holds, so the first screen and a few pages down are whole.
HEAD_BLOCKS = 150


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article: headings, paragraphs, lists, quotes, code, tables, images."""

    BINDINGS = keys.bindings(keys.ARTICLE)

    class Moved(Message):
        """The reading position changed: first visible block and progress through the words."""

        def __init__(
            self, article: Article, block: int, progress: float, at_end: bool, by_scroll: bool,
            words_left: int | None = 0,
        ) -> None:
            super().__init__()
            self.article = article
            self.block = block
            self.progress = progress
            self.at_end = at_end
            self.by_scroll = by_scroll  # the reader moved (not a layout or a reload)
            self.words_left = words_left  # None while a long article is parsed

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Moved)

    class ModeChanged(Message):
        """The reader chose another view (French, side by side, English): saved, translated."""

        def __init__(self, mode: str) -> None:
            super().__init__()
            self.mode = mode

    class HighlightToggled(Message):
        """The reader turned mention highlighting on or off."""

        def __init__(self, highlight: bool) -> None:
            super().__init__()
            self.highlight = highlight

    class FindChanged(Message):
        """The find started, ended or counted anew: what the find bar says."""

        def __init__(self, active: bool, count: str) -> None:
            super().__init__()
            self.active = active
            self.count = count

    class MatcherLoaded(Message):
        """The mention matcher became ready (its notes about entities.toml are shown once)."""

    class Translating(Message):
        """How the English column is going: blocks done, no model, or why it stopped."""

        def __init__(self, article: Article, done: int = 0, total: int = 0, *,
                     no_model: bool = False, problem: str | None = None) -> None:
            super().__init__()
            self.article = article
            self.done = done
            self.total = total
            self.no_model = no_model
            self.problem = problem

    # The view's state; the app sets the saved values at start and persists the messages above.
    mode: reactive[str] = reactive("original", init=False)
    highlight: reactive[bool] = reactive(True, init=False)
    matcher_ready: reactive[bool] = reactive(False, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.translations: dict[int, str] = {}
        self.reading_width = 84
        self.wide = False  # `w`: tables at full width, scrolled sideways
        self._layout: Layout | None = None
        self._facts: Facts | None = None  # of the article shown: the same at every width
        self._layout_key: tuple | None = None
        self._cumulative: list[int] = [0]
        self._styled: dict[Key, Content] = {}
        self._strips: dict[int, tuple[Strip, bool]] = {}  # and: scrolls sideways
        self._class_styles: dict[str, VisualStyle] = {}
        self._parsed_styles: dict[str, Styles] | None = None
        self._last_report: tuple[int, int, bool] | None = None
        # The block the reader is at; a resize re-wraps text, so the place is kept by block.
        self._anchor: int = 0
        self._current = -1  # the block emphasised (the top one, or the one a step went to)
        self._adjusting = False
        self.last_translated_mode = "side"  # what `t` brings back
        self.jumps: JumpList[Article] = JumpList(50)
        self._find: FindSession | None = None
        self._find_timer = None
        self._folded: tuple[tuple, list[tuple[str, list[int]]]] | None = None
        self._mentions: ArticleMentions | None = None
        self._mention_index = -1
        self._flash: object | None = None  # the mention emphasised after a step
        # (block, start, end) in block text: the sentence a jump from the map came for.
        self._sentence: tuple[int, int, int] | None = None
        # The blocks known: all of them, or while a long article is parsed (`parsing`), its
        # first ones. Mentions are judged against the whole article: a long one's are found in
        # a worker once it is parsed, and drawn from then on (`_mentions_known`).
        self._blocks: list[Block] = []
        self._mentions_known = True
        self._when_parsed: list = []  # what waits for the whole article (a translation)

    # ---- loading -------------------------------------------------------------------------

    def show(self, article: Article | None, block: int = 0, *, remember: bool = False,
             note: object = None) -> None:
        """Show an article with `block` at the top (the saved reading position).

        `remember` puts the place being left on the jump list (with `note`, e.g. the map
        selection a jump came from).
        """
        if remember and self.article is not None:
            self.jumps.push(Place(self.article, self.first_visible(), note))
        if self._find is not None:
            self.end_find()
        self._mentions = ArticleMentions(article) if article is not None else None
        self._mention_index = -1
        self._flash = None
        self._sentence = None
        self.translations = {}
        self.article = article
        self._layout = None
        self._layout_key = None
        self._facts = None
        self._last_report = None
        self._forget_rendering()
        self.workers.cancel_group(self, "parse")
        self.workers.cancel_group(self, "mentions")
        self._when_parsed = []
        blocks = article.head(max(block, 0) + HEAD_BLOCKS) if article is not None else []
        self._blocks = blocks
        self._mentions_known = article is None or article.parsed
        self._cumulative = [0, *accumulate(b.words for b in blocks)]
        self._anchor = min(max(block, 0), max(len(blocks) - 1, 0))
        self._current = self._anchor
        if self._lay_out():
            self._show_anchor()
        self.refresh()
        self.call_after_refresh(self._report, False)
        if article is not None and not article.parsed:
            # Once the first screen is drawn: the worker would share the interpreter with it.
            self.call_after_refresh(self._parse_rest_of, article)

    def _parse_rest_of(self, article: Article) -> None:
        if article is self.article and self.parsing:
            self._parse_rest(article)

    @property
    def parsing(self) -> bool:
        """Whether the view has only the first blocks of its article (the rest is parsed)."""
        article = self.article
        # Parsed elsewhere meanwhile (the links list asked for every block) still counts
        # until the view takes the blocks.
        return article is not None and (not article.parsed or self._blocks is not article.blocks)

    @property
    def blocks(self) -> list[Block]:
        """The blocks known of the article shown (its first ones while `parsing`)."""
        return self._blocks

    def saved_place(self, article: Article, block: int, anchor: str) -> int:
        """The block a saved position means now (`storage.place_of`), parsing a long article
        only as far as that block when its anchor is still there."""
        from reader.storage import anchor_of, place_of

        head = article.head(max(block, 0) + HEAD_BLOCKS)
        if not anchor or (0 <= block < len(head) and anchor_of(head[block].text) == anchor):
            return block
        return place_of([b.text for b in article.blocks], block, anchor)

    # Workers given an article are described: Textual's default is the repr of the arguments.
    @work(thread=True, exclusive=True, group="parse", exit_on_error=False, description="parse")
    def _parse_rest(self, article: Article) -> None:
        """The rest of a long article, parsed off the event loop."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        blocks = article.parse_rest(cancelled=lambda: worker.is_cancelled)
        if blocks is not None and not worker.is_cancelled:
            self.app.call_from_thread(self._parsed, article, blocks)

    def _parsed(self, article: Article, blocks: list[Block]) -> None:
        article.set_blocks(blocks)
        if article is self.article and self.parsing:
            self._take_all_blocks()

    def _wait_for_parse(self) -> None:
        """Something needs the whole article now (`G`, a find, a mention step): finish the
        parse here, with the pieces the worker has done."""
        if self.parsing:
            assert self.article is not None
            self.article.set_blocks(self.article.blocks)
            self._take_all_blocks()

    def _take_all_blocks(self) -> None:
        """The whole article is known: lay it out again where the reader is, find mentions."""
        article = self.article
        assert article is not None
        self.workers.cancel_group(self, "parse")
        blocks = self._blocks = article.blocks
        self._cumulative = [0, *accumulate(b.words for b in blocks)]
        layout = self._layout
        y = round(self.scroll_y)
        top = layout.block_at(y) if layout is not None else self._anchor
        offset = y - layout.top(top) if layout is not None else 0
        self._layout = None
        self._facts = None
        self._forget_rendering()
        if self._lay_out():
            assert self._layout is not None
            self._layout.ensure(top - 1, top + 1)
            self._set_virtual_size()
            self._scroll_to_line(self._layout.top(top) + offset)
            self._settle_view()
        self.refresh()
        self._last_report = None
        self._report(by_scroll=False)
        if not self._mentions_known:
            self._find_mentions(article)
        waiting, self._when_parsed = self._when_parsed, []
        for job in waiting:
            job()

    @work(thread=True, exclusive=True, group="mentions", exit_on_error=False,
          description="mentions")
    def _find_mentions(self, article: Article) -> None:
        """A long article's mentions, judged against all of it, off the event loop."""
        from reader.entities import article_found

        article_found(article)  # cached per article: drawing reads it from there
        self.app.call_from_thread(self._mentions_found, article)

    def _mentions_found(self, article: Article) -> None:
        if article is self.article and not self._mentions_known:
            self._mentions_known = True
            self.refresh_marks()

    def _forget_rendering(self) -> None:
        self._styled.clear()
        self._strips.clear()

    def notify_style_update(self) -> None:
        # A theme or CSS change: drawn lines carry the old colours.
        super().notify_style_update()
        self._class_styles.clear()
        self._parsed_styles = None
        self._forget_rendering()
        self.refresh()

    def _parse_style(self, style: str | VisualStyle) -> VisualStyle:
        """A span's style: our component classes with every text style, reverse included.

        (Textual's own lookup keeps bold, dim, italic, underline and strike only, so a
        `reverse` from the theme, the stepped mention's or the find hits', was never drawn.)
        """
        if isinstance(style, VisualStyle):
            return style
        cached = self._class_styles.get(style)
        if cached is not None:
            return cached
        if not style.startswith("."):
            return self._get_style(style)
        name = ALIASES.get(style[1:], style[1:])
        styles = self._line_styles().get(name)
        if styles is None:
            # A class the line model names that no rule styles (a plain paragraph).
            self._class_styles[style] = VisualStyle()
            return self._class_styles[style]
        has = styles.has_rule
        flags = styles.text_style if has("text_style") else None
        if isinstance(flags, str):
            # Declarations parsed outside a stylesheet keep the words, as the setter takes them.
            flags = RichStyle.parse(flags)
        visual = VisualStyle(
            styles.background if has("background") else None,
            styles.color if has("color") else None,
            bold=flags.bold if flags is not None else None,
            dim=flags.dim if flags is not None else None,
            italic=flags.italic if flags is not None else None,
            underline=flags.underline if flags is not None else None,
            reverse=flags.reverse if flags is not None else None,
            strike=flags.strike if flags is not None else None,
        )
        self._class_styles[style] = visual
        return visual

    def _line_styles(self) -> dict[str, Styles]:
        """LINE_STYLES with the theme's variables, parsed once per theme or CSS change."""
        if self._parsed_styles is None:
            variables = self.app.theme_variables

            def value(match: re.Match[str]) -> str:
                return variables.get(match.group(1), match.group(0))

            self._parsed_styles = {
                name: parse_declarations(VARIABLE.sub(value, rules), ("reader", name))
                for name, rules in LINE_STYLES.items()
            }
        return self._parsed_styles

    def _text_width(self) -> int:
        return max(0, self.scrollable_content_region.width - 2 * MARGIN)

    def _lay_out(self) -> bool:
        """Lay the article out for the current width and mode; False when not sized yet."""
        width = self._text_width()
        if self.article is None or width <= 0:
            self._layout = None
            self.virtual_size = Size(0, 0)
            return False
        key = (width, self.mode, self.has_class("no-model"), self.reading_width, self.wide)
        if self._layout is None or key != self._layout_key:
            if self._facts is None:
                self._facts = facts(self._blocks)
            self._layout = Layout(
                self._blocks, width=width, mode=self.mode,
                translations=self.translations, reading_width=self.reading_width,
                pending=not self.has_class("no-model"), known=self._facts, wide=self.wide,
            )
            self._layout_key = key
            self._strips.clear()
        self._set_virtual_size()
        return True

    def _set_virtual_size(self) -> None:
        layout = self._layout
        if layout is None:
            return
        width = max(self.scrollable_content_region.width, layout.max_width + 2 * MARGIN)
        self.virtual_size = Size(width, layout.height)

    def refresh_marks(self) -> None:
        """Draw every line again (marks changed: highlighting toggled, the matcher loaded)."""
        self._forget_rendering()
        self.refresh()

    def refresh_blocks(self, indices: Iterable[int]) -> None:
        """Draw these blocks again; many at once (a find in a long article) redraws all."""
        indices = list(indices)
        if len(indices) > 64:
            self.refresh_marks()
            return
        for index in indices:
            self.refresh_block(index)

    def refresh_block(self, index: int) -> None:
        """Draw one block again (its marks changed)."""
        for key in [k for k in self._styled if k[0] == index]:
            del self._styled[key]
        layout = self._layout
        if layout is None or not 0 <= index < len(layout.blocks):
            return
        for y in range(layout.top(index), layout.top(index + 1)):
            self._strips.pop(y, None)
        self.refresh()

    # ---- translation -----------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """Show the original only, source and translation side by side, or English only."""
        self.mode = mode

    def validate_mode(self, mode: str) -> str:
        return mode if mode in MODES else "original"

    def watch_mode(self, mode: str) -> None:
        if mode != "original":
            self.last_translated_mode = mode
        self.set_class(self.mode != "original", "translated")
        self.set_class(self.mode == "english", "english-only")
        if self.article is not None and self._lay_out():
            self._show_anchor()
        self._apply_width()
        self._forget_rendering()
        self.refresh()

    def set_translations(self, translations: dict[int, str]) -> None:
        """Replace all translations (a new article, or a cache hit)."""
        self.translations = dict(translations)
        if self.mode != "original" and self.article is not None:
            self._layout = None
            if self._lay_out():
                self._show_anchor()
            self._forget_rendering()
            self.refresh()

    def set_translation(self, index: int, text: str) -> None:
        """One block's translation arrived: re-wrap that block only."""
        self.translations[index] = text
        layout = self._layout
        if layout is None or self.mode == "original" or not 0 <= index < len(layout.blocks):
            return
        change = layout.set_translation(index, text)
        for key in [k for k in self._styled if k[0] == index and k[1] == TRANSLATION]:
            del self._styled[key]
        if change:
            self._strips.clear()
            self._set_virtual_size()
            if index < self._anchor:
                # Lines above the reader grew or shrank: keep the reader's text where it was.
                self._scroll_to_line(round(self.scroll_y) + change)
        else:
            for y in range(layout.top(index), layout.top(index + 1)):
                self._strips.pop(y, None)
        self.refresh()

    def _apply_width(self) -> None:
        self.set_class(
            not side_by_side_fits(self._text_width(), self.reading_width), "interleaved"
        )

    # ---- positions -----------------------------------------------------------------------

    def first_visible(self) -> int:
        """Index of the first block whose lines reach the top of the view."""
        layout = self._layout
        if layout is None or self.article is None or not self._blocks:
            return 0
        return layout.block_at(round(self.scroll_y))

    def progress(self) -> float:
        """How far through the article's words the reader is (0..1)."""
        if self.article is None or not self._blocks:
            return 0.0
        if self._at_end():
            return 1.0
        return self.progress_at(self.first_visible())[0]

    def words_left(self) -> int | None:
        """Words after the reader's place; None while a long article's length is not known."""
        if self.article is None or not self._blocks or self._at_end():
            return 0
        return self.progress_at(self.first_visible())[1]

    def progress_at(self, block: int) -> tuple[float, int | None]:
        """(progress, words left) with `block` at the top; the words left are None while the
        article is parsed and its words were not counted before."""
        total = self._cumulative[-1] if not self.parsing else self.article.known_words
        before = self._cumulative[min(max(block, 0), len(self._cumulative) - 1)]
        if total is None:
            return 0.0, None
        return (before / total if total else 0.0), max(total - before, 0)

    def _at_end(self) -> bool:
        if self.article is None or self._layout is None or self.virtual_size.height == 0:
            return False  # not laid out yet
        if self.parsing:
            return False  # the end of the blocks known is not the article's
        return self.scroll_y >= self.max_scroll_y

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self.article is None or self._adjusting:
            return
        self._settle_view()
        self._report()

    def _show_anchor(self, anchor: int | None = None) -> None:
        """Scroll block `anchor` (the reader's block) to the top, its lines wrapped."""
        layout = self._layout
        if layout is None:
            return
        index = self._anchor if anchor is None else anchor
        layout.ensure(index - 1, index + 1)
        self._set_virtual_size()
        self._scroll_to_line(layout.top(index))
        self._settle_view()

    def _settle_view(self) -> None:
        """Wrap the blocks on screen; if lines above turned out taller or shorter than their
        estimate, scroll by the difference so the text on screen stays where it was."""
        layout = self._layout
        if layout is None or not layout.blocks:
            return
        y = round(self.scroll_y)
        index = layout.block_at(y)
        offset = y - layout.top(index)
        height = self.scrollable_content_region.height
        widest = layout.max_width
        changed = layout.ensure(index - 1, index + 1)
        changed = layout.ensure_lines(index, offset + height + 1) or changed
        if changed or layout.max_width != widest:
            self._strips.clear()
            self._set_virtual_size()
        if changed and layout.top(index) + offset != y:
            self._scroll_to_line(layout.top(index) + offset)

    def on_resize(self) -> None:
        if self.article is None:
            return
        anchor = self._anchor
        if self._lay_out():
            self._show_anchor(anchor)
        self._apply_width()
        self._anchor = anchor
        self.refresh()
        self.call_after_refresh(self._report, False)

    def watch_show_vertical_scrollbar(self) -> None:
        self._scrollbars_changed()

    def watch_show_horizontal_scrollbar(self) -> None:
        self._scrollbars_changed()

    def _scrollbars_changed(self) -> None:
        # A scrollbar that comes or goes after a resize's layout changes the height shown, so
        # whether the article fits (its end on screen): the header said "0% · 1 min left" for
        # an article shown whole until a key was pressed.
        if self.article is not None:
            self.call_after_refresh(self._report, False)

    def _scroll_to_line(self, y: int) -> None:
        self._adjusting = True
        try:
            # Forced: right after a layout the scrollbars are not yet known to allow scrolling.
            self.scroll_to(y=max(0, y), animate=False, immediate=True, force=True)
        finally:
            self._adjusting = False

    def _report(self, by_scroll: bool = True) -> None:
        if self.article is None or self._adjusting or self._layout is None:
            return
        block, at_end = self.first_visible(), self._at_end()
        if by_scroll:
            self._anchor = block
            self._set_current(block)
        else:
            block = self._anchor  # a layout change is not a move: the place stays
        key = (id(self.article), block, at_end)
        if key == self._last_report:
            return
        self._last_report = key
        if by_scroll:
            self._mention_index = -1  # the next `.` starts from what is on screen
        self.post_message(self.Moved(self.article, block, self.progress(), at_end, by_scroll,
                                     self.words_left()))

    def _set_current(self, block: int) -> None:
        if block == self._current:
            return
        previous, self._current = self._current, block
        layout = self._layout
        if layout is None:
            return
        for index in (previous, block):
            if 0 <= index < len(layout.blocks):
                for y in range(layout.top(index), layout.top(index + 1)):
                    self._strips.pop(y, None)
        self.refresh()

    @property
    def current_block(self) -> int:
        """The block emphasised: the one at the top, or the one a step or jump went to."""
        return self._current

    # ---- jumps ---------------------------------------------------------------------------

    def go_to_block(self, index: int, *, remember: bool = True, top: bool = True) -> None:
        """Bring block `index` to the top (or, `top=False`, a third down unless on screen)."""
        if self.article is None or not self._blocks:
            return
        if index >= len(self._blocks):
            self._wait_for_parse()
        index = min(max(index, 0), len(self._blocks) - 1)
        if remember:
            self.jumps.push(Place(self.article, self.first_visible()))
        layout = self._layout
        if layout is None:
            self._anchor = index
            self._current = index
            return
        if layout.ensure(index - 1, index + 1):
            self._strips.clear()
            self._set_virtual_size()
        start, end = layout.top(index), layout.bottom(index)
        height = self.scrollable_content_region.height
        if top:
            self._scroll_to_line(start)
        else:
            visible = self.scroll_y <= start and end <= self.scroll_y + height
            if not visible:
                # Land the target a third down the screen, with what led to it above.
                self._scroll_to_line(start - height // 3)
        self._settle_view()
        self._anchor = self.first_visible() if not top else index
        self._set_current(index)
        self._last_report = None
        self._report(by_scroll=False)

    def reveal_block(self, index: int, *, remember: bool = False) -> None:
        """Show block `index` (a third down the screen unless it is already in view)."""
        self.go_to_block(index, remember=remember, top=False)

    def action_top(self) -> None:
        if self.article is not None and self._blocks:
            self.go_to_block(0)
            self._last_report = None
            self._report()  # the reader moved: mention stepping starts again from here

    def action_toggle_wide(self) -> None:
        """Tables at their full width (scroll sideways with ← →), or fitted to the column."""
        self.wide = not self.wide
        if self.article is not None and self._lay_out():
            self._show_anchor()
            self._forget_rendering()
        if not self.wide:
            self.scroll_to(x=0, animate=False, immediate=True)
        self.refresh()
        self.app.notify("Tables at full width: ← → scroll" if self.wide else "Tables fitted",
                        timeout=2)

    def _nothing_to_scroll(self) -> None:
        """A key that scrolls down, on an article that fits on the screen, has read it to its
        end: no scroll happens, so no scroll would tell."""
        if self.article is not None and self.max_scroll_y == 0 and self._at_end():
            self._last_report = None
            self._report()

    def action_page_down(self) -> None:
        self._nothing_to_scroll()  # first: with nothing to scroll, Textual skips the action
        super().action_page_down()

    def action_scroll_down(self) -> None:
        self._nothing_to_scroll()
        super().action_scroll_down()

    def action_bottom(self) -> None:
        self._wait_for_parse()
        if self.article is None or not self._blocks:
            return
        self.jumps.push(Place(self.article, self.first_visible()))
        layout = self._layout
        if layout is not None:
            # The last screenful wrapped first, so the end is where the scroll ends.
            height = self.scrollable_content_region.height
            index, covered = len(layout.blocks), 0
            while index > 0 and covered < height:
                index -= 1
                covered += len(layout.block_lines(index))
            layout.ensure(index, index)
            self._strips.clear()
            self._set_virtual_size()
        self.scroll_end(animate=False, immediate=True)
        self._nothing_to_scroll()

    # ---- view mode and highlighting (the app saves them from the messages) ----------------

    def toggle_translation(self) -> None:
        self._choose_mode(self.last_translated_mode if self.mode == "original" else "original")

    def cycle_mode(self) -> str:
        """The next view; returns its name for the status line."""
        self._choose_mode(MODES[(MODES.index(self.mode) + 1) % len(MODES)])
        return NAMES[self.mode]

    def _choose_mode(self, mode: str) -> None:
        self.mode = mode
        self.post_message(self.ModeChanged(self.mode))

    def watch_highlight(self, highlight: bool) -> None:
        self.refresh_marks()
        self.post_message(self.HighlightToggled(highlight))

    def watch_matcher_ready(self, ready: bool) -> None:
        if ready:
            self.refresh_marks()
            self.post_message(self.MatcherLoaded())

    def _ensure_matcher(self) -> None:
        """The reader asked for mentions before the background build finished: build now."""
        self._wait_for_parse()
        if not self.matcher_ready:
            from reader.entities import default_matcher

            default_matcher()
            self.matcher_ready = True
        if not self._mentions_known and self._mentions is not None:
            self._mentions.places()  # found here, so the worker's result is not waited for
            self._mentions_known = True
            self.refresh_marks()

    # ---- marks: mentions and find hits laid over the text ---------------------------------

    def mark_sentence(self, index: int, start: int, end: int) -> None:
        """Mark the sentence at file offsets `start`..`end` of block `index` (a relation's
        evidence), not the whole block; it stays until another article is shown."""
        from reader.sourcemap import block_span

        article = self.article
        if article is None or not 0 <= index < len(self._blocks):
            return
        span = block_span(article.body, self._blocks, index, start - article.body_offset,
                          end - article.body_offset, article.body_line)
        self._sentence = (index, *span) if span is not None else None
        self.refresh_block(index)

    @property
    def sentence(self) -> tuple[int, int, int] | None:
        """The sentence marked: (block, start, end) in the block's text."""
        return self._sentence

    def _block_marks(self, index: int, block: Block) -> list[Mark]:
        marks = self._hit_marks(index, SOURCE)
        if self._sentence is not None and self._sentence[0] == index:
            marks = [Mark(self._sentence[1], self._sentence[2], ".evidence--sentence"), *marks]
        if not self.highlight or self._mentions is None or not self.matcher_ready:
            return marks
        if not self._mentions_known:
            return marks  # a long article's, found in a worker: drawn once known
        return marks_for(self._mentions.in_block(index, block), self._flash) + marks

    def _cell_marks(self, cell: Cell) -> list[Mark]:
        if not self.highlight or self.article is None or not self.matcher_ready:
            return []
        if not self._mentions_known:
            return []
        return cell_marks(cell, self.article)

    def _english_marks(self, index: int, text: str) -> list[Mark]:
        marks = self._hit_marks(index, TRANSLATION)
        if not self.highlight or not self.matcher_ready:
            return marks
        return english_marks(text) + marks

    def _hit_marks(self, index: int, column: str) -> list[Mark]:
        if self._find is None:
            return []
        return [Mark(start, end, f".search--{kind}")
                for start, end, kind in self._find.marks(index, column)]

    # ---- mentions: `.` `,` step, `m` lists -----------------------------------------------

    def mention_counts(self) -> list[tuple[str, str, int]] | None:
        """(name, kind, count) of the article's mentions, most mentioned first."""
        if self._mentions is None:
            return None
        self._ensure_matcher()
        return self._mentions.counts()

    def step_mention(self, delta: int) -> str | None:
        """Go to the next (+1) or previous (-1) mention; returns what to tell the reader."""
        if self._mentions is None:
            return None
        self._ensure_matcher()
        places = self._mentions.places()
        if not places:
            return "No mentions in this article"
        number = step_mention([p.block for p in places], self._mention_index, delta,
                              self.first_visible())
        if number is None:
            return "No more mentions" if delta > 0 else "No earlier mentions"
        self._go_to_mention(number)
        return None

    def jump_to_mention(self, canonical: str) -> None:
        """Go to the first mention of `canonical` (from the mentions list), remembered."""
        if self._mentions is None:
            return
        for number, place in enumerate(self._mentions.places()):
            if place.mention.canonical == canonical:
                self._go_to_mention(number, remember=True)
                return

    def _go_to_mention(self, number: int, remember: bool = False) -> None:
        assert self._mentions is not None
        place = self._mentions.places()[number]
        self._mention_index = number
        self._flash = mention = place.mention
        self.reveal_block(place.block, remember=remember)
        self.refresh_block(place.block)

        def fade() -> None:
            if self._flash is mention:
                self._flash = None
                self.refresh_block(place.block)

        self.set_timer(FLASH, fade)

    # ---- find in the article ---------------------------------------------------------------

    @property
    def find_query(self) -> str | None:
        """The query of the find under way (None when no find is on)."""
        return self._find.query if self._find is not None else None

    @property
    def find_matches(self) -> int:
        """How many matches the find under way has (0 when no find is on)."""
        return len(self._find.hits) if self._find is not None else 0

    @property
    def find_count(self) -> str:
        """What the find bar says: "", "no match", "12 matches", "3 of 12"."""
        return self._find.count_line() if self._find is not None else ""

    def start_find(self, query: str = "") -> None:
        if self._find is None:
            self._find = FindSession(query)
            self.post_message(self.FindChanged(True, ""))

    def find_typed(self, query: str) -> None:
        """The reader typed: search once typing pauses, not once per key."""
        self.start_find()
        assert self._find is not None
        self._find.query = query
        if self._find_timer is not None:
            self._find_timer.stop()
        self._find_timer = self.set_timer(SEARCH_DELAY, self._run_find)

    def find_submitted(self) -> None:
        """Enter in the find bar: search now and go to the first match from the top."""
        if self._find_timer is not None:
            self._find_timer.stop()  # it would search again and forget the current match
            self._run_find()
        self.focus()
        if self._find is not None and self._find.hits:
            first = self._find.first_from(self.first_visible())
            self._go_to_hit(first if first is not None else 0)

    def find_from(self, query: str, block: int) -> None:
        """A find started elsewhere (the palette): search and go to the first hit from `block`."""
        self.start_find(query)
        assert self._find is not None
        self._find.query = query
        self._run_find()
        first = self._find.first_from(block)
        if first is not None:
            self._go_to_hit(first)

    def next_match(self) -> None:
        if self._find is not None and self._find.hits:
            self._go_to_hit(self._find.index + 1)

    def previous_match(self) -> None:
        if self._find is not None and self._find.hits:
            self._go_to_hit(self._find.index - 1 if self._find.index >= 0 else -1)

    def end_find(self) -> None:
        if self._find_timer is not None:
            self._find_timer.stop()
            self._find_timer = None
        if self._find is None:
            return
        old = self._find.clear()
        self._find = None
        self.refresh_blocks(sorted(old))
        self.post_message(self.FindChanged(False, ""))

    def _run_find(self) -> None:
        """Find the query in both columns; hits are kept in reading order."""
        self._find_timer = None
        if self._find is None:
            return
        self._wait_for_parse()
        article = self.article
        folded: list[tuple[str, list[int]]] = []
        if article is not None:
            key = (article.path, article.digest)
            if self._folded is None or self._folded[0] != key:
                self._folded = (key, folded_blocks(b.text for b in self._blocks))
            folded = self._folded[1]
        translations = self.translations if self.mode != "original" else None
        changed = self._find.search(self._find.query, folded, translations)
        self.post_message(self.FindChanged(True, self._find.count_line()))
        # Only rows whose marks change are drawn again (a long article has many rows).
        self.refresh_blocks(sorted(changed))

    def _go_to_hit(self, number: int) -> None:
        assert self._find is not None
        previous: Hit | None = self._find.current
        hit = self._find.go(number)
        if hit is None:
            return
        self.reveal_block(hit.block)
        if previous is not None and previous.block != hit.block:
            self.refresh_block(previous.block)
        self.refresh_block(hit.block)
        self.post_message(self.FindChanged(True, self._find.count_line()))

    # ---- translation: a worker fills the English column, results come back on the loop ------

    def stop_translation(self) -> None:
        self.workers.cancel_group(self, "translate")
        self._when_parsed = []

    def translate(self, article: Article, options: dict) -> None:
        """Fill the English column (a long article once it is parsed: it needs every block)."""
        if article is self.article and self.parsing:
            self._when_parsed = [lambda: self._translate(article, options)]
        else:
            self._translate(article, options)

    @work(thread=True, exclusive=True, group="translate", exit_on_error=False,
          description="translation")
    def _translate(self, article: Article, options: dict) -> None:
        """Cached blocks at once, then the model, block by block, visible blocks first."""
        from textual.worker import get_current_worker

        from reader.translation import (
            ArticleTranslation,
            NoModelError,
            TranslationError,
            shared_translator,
        )

        worker = get_current_worker()
        call = self.app.call_from_thread
        try:
            state = ArticleTranslation.open(article)
        except NoModelError:
            call(self._post_translating, article, 0, 0, True, None)
            return
        except TranslationError as error:
            call(self._post_translating, article, 0, 0, False, str(error))
            return
        except Exception as error:
            # A damaged cache or package must never leave "Preparing…" on screen for ever.
            log.exception("translation of %s failed", article.id)
            call(self._post_translating, article, 0, 0, False, unexpected(error))
            return
        if worker.is_cancelled:
            return
        call(self._translations_known, article, dict(state.targets), state.done, state.total)
        if state.complete:
            return
        try:
            translator = shared_translator(state.package, lambda: worker.is_cancelled, **options)
            order = call(self._visible_order, article)
            done = state.done
            for index, text in state.run(translator, cancelled=lambda: worker.is_cancelled,
                                         order=order):
                done += 1
                call(self._block_translated, article, index, text, done, state.total)
        except TranslationError as error:
            if not worker.is_cancelled:  # a first-use proof stopped because the reader moved on
                call(self._post_translating, article, 0, 0, False, str(error))
        except Exception as error:
            log.exception("translation of %s failed", article.id)
            call(self._post_translating, article, 0, 0, False, unexpected(error))

    def _post_translating(self, article: Article, done: int, total: int, no_model: bool,
                          problem: str | None) -> None:
        self.post_message(self.Translating(article, done, total, no_model=no_model,
                                           problem=problem))

    def _visible_order(self, article: Article) -> list[int]:
        if article is not self.article:
            return []
        top = self.first_visible()
        return list(range(top, min(top + 30, len(self._blocks))))

    def _translations_known(self, article: Article, targets: dict[int, str], done: int,
                            total: int) -> None:
        if article is not self.article:
            return  # the reader moved on; this result belongs to another article
        self.set_translations(targets)
        self._post_translating(article, done, total, False, None)

    def _block_translated(self, article: Article, index: int, text: str, done: int,
                          total: int) -> None:
        if article is not self.article:
            return
        self.set_translation(index, text)
        self._post_translating(article, done, total, False, None)

    # ---- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        # Sized for the first time: Textual draws a frame before the Resize event arrives, and
        # laying out here puts the text in that first frame rather than the next.
        if self._layout is None and self.article is not None and self._lay_out():
            self._show_anchor()
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._layout
        number = scroll_y + y
        if layout is None:
            if y == 1 and self.article is None:
                return self._message_strip("No article to show.", width)
            if y == 1 and self.article is not None and not self._blocks:
                return self._message_strip("This article is empty.", width)
            return Strip.blank(width, base)
        if y == 1 and not layout.blocks:
            return self._message_strip("This article is empty.", width)
        if self._layout_key is not None and self._layout_key[2] != self.has_class("no-model"):
            # The pane learnt whether a model is installed: placeholders come or go.
            self._lay_out()
            layout = self._layout
            assert layout is not None
        cached = self._strips.get(number)
        if cached is None:
            line = layout.line(number)
            strip = self._render(line) if line is not None else Strip.blank(0, base)
            if len(self._strips) > STRIP_CACHE:
                self._strips.clear()
            cached = self._strips[number] = (strip, line is not None and line.code)
        strip, wide = cached
        # Only code and tables scroll sideways: prose is wrapped to the screen, and moving it
        # with them left the text being read cut at the left edge.
        return strip.crop_extend(scroll_x if wide else 0, (scroll_x if wide else 0) + width, base)

    def _message_strip(self, text: str, width: int) -> Strip:
        content = Content(" " * MARGIN + text).stylize(".empty")
        return Strip(self._segments(content), content.cell_length).extend_cell_length(
            width, self.rich_style
        )

    def _segments(self, content: Content) -> list[Segment]:
        return [
            Segment(text, style.rich_style)
            for text, style in content.render(self.visual_style, end="",
                                              parse_style=self._parse_style)
        ]

    def _render(self, line: Line) -> Strip:
        layout = self._layout
        assert layout is not None
        current = line.block == self._current and not line.gap and self.mode != "english"
        mark = Content(CURRENT_MARK + " ").stylize(".current--mark") if (
            line.block == self._current and not line.gap and self._in_sentence(line)
        ) else None
        parts = line.parts
        inset = layout.geometry.left
        if (mark is not None and inset >= MARGIN and parts and parts[0].key is None
                and parts[0].text == " " * inset):
            # The text is centred on a wide screen: the mark goes beside it, not 40 cells left.
            pieces = [Content(" " * inset), mark]
            parts = parts[1:]
        else:
            pieces = [mark or Content(" " * MARGIN)]
        # Summed part by part: measuring the joined line again cost as much as the parts did
        # (a line with a ’ or … is measured character by character).
        cells = MARGIN + (len(line.parts) - len(parts)) * inset
        for part in parts:
            if part.key is None:
                piece = Content(part.text)
                size = piece.cell_length
            else:
                piece = self._styled_run(part.key)[part.start : part.end]
                size = piece.cell_length
                if size < part.width:
                    piece = piece + Content(" " * (part.width - size))
                    size = part.width
            for name in reversed(part.classes.split()):
                piece = piece.stylize_before("." + name)
            pieces.append(piece)
            cells += size
        content = Content("").join(pieces)
        if current and self.has_class("translated"):
            content = content.stylize_before(".block--current", MARGIN)
        return Strip(self._segments(content), cells)

    def _in_sentence(self, line: Line) -> bool:
        """Whether the line shows part of the sentence marked (any line does when none is, or
        the sentence is in another block)."""
        sentence = self._sentence
        if sentence is None or sentence[0] != line.block or self.mode == "english":
            return True
        layout = self._layout
        assert layout is not None
        for part in line.parts:
            if part.key is None or part.key[1] != SOURCE:
                continue
            placed = layout.shown(part.key).mark(sentence[1], sentence[2])
            if placed is not None and part.start < placed[1] and placed[0] < part.end:
                return True
        return False

    def _styled_run(self, key: Key) -> Content:
        """A run of shown text with its inline styles, links, mentions and find hits."""
        content = self._styled.get(key)
        if content is not None:
            return content
        layout = self._layout
        assert layout is not None and self.article is not None
        shown = layout.shown(key)
        index, column, row, cell = key
        spans = [Span(start, end, "." + style) for start, end, style in shown.spans]
        block = self._blocks[index]
        for start, end, number in shown.links:
            # The action names the link by its place in the block; the address stays out of it.
            action = f"screen.open_link({index},{number - layout.first_link(index)})"
            spans.append(Span(start, end, Style.from_meta({"@click": action})))
        marks: Sequence[Mark]
        if column == SOURCE and row >= 0:
            marks = self._cell_marks(block.rows[row][cell])
        elif column == SOURCE:
            marks = () if block.kind == document.CODE else self._block_marks(index, block)
        else:
            text = self.translations.get(index)
            marks = self._english_marks(index, text) if text is not None else ()
        for mark in marks:
            placed = shown.mark(mark.start, mark.end)
            if placed is not None:
                spans.append(Span(placed[0], placed[1], mark.style))
        content = Content(shown.text, spans=spans)
        if len(self._styled) > STRIP_CACHE:
            self._styled.clear()
        self._styled[key] = content
        return content

    # ---- reading the screen (tests and `reader show` read lines, not widgets) -------------

    def visible_text(self) -> list[str]:
        """The text of the lines on screen, as drawn (for tests and the snapshot of a view)."""
        layout = self._layout
        if layout is None:
            return []
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        out = []
        for y in range(top, min(top + height, layout.height)):
            line = layout.line(y)
            if line is not None:
                out.append(layout.plain(line))
        return out

    def block_top(self, index: int) -> int:
        """The line (in the article) where block `index` starts to be drawn."""
        return self._layout.top(index) if self._layout is not None else 0

    def text_origin(self, index: int) -> tuple[int, int]:
        """Where block `index`'s text starts on the widget (x, y), as drawn now."""
        layout = self._layout
        if layout is None:
            return (MARGIN, 0)
        y = layout.top(index)
        line = layout.line(y)
        while line is not None and line.gap:
            y += 1
            line = layout.line(y)
        x = MARGIN
        for part in line.parts if line is not None else ():
            if part.key is not None:
                break
            x += part.width
        shift = round(self.scroll_x) if line is not None and line.code else 0
        return (x - shift, y - round(self.scroll_y))

    def visible_columns(self, column: str) -> dict[int, str]:
        """Block index -> the text `column` shows for it, for blocks on screen now."""
        layout = self._layout
        if layout is None:
            return {}
        top = round(self.scroll_y)
        out: dict[int, str] = {}
        for y in range(top, min(top + self.scrollable_content_region.height, layout.height)):
            line = layout.line(y)
            for part in line.parts if line is not None else ():
                if part.key is not None and part.key[1] == column and part.key[2] < 0:
                    out[part.key[0]] = layout.shown(part.key).text
                elif part.key is None and column == TRANSLATION and "pending" in part.classes:
                    out.setdefault(line.block, part.text.strip())
        return out

    def visible_blocks(self, column: str | None = None, *, everything: bool = False) -> list[str]:
        """The text of each run on screen (or, `everything`, in the article) whole, in order."""
        layout = self._layout
        if layout is None:
            return []
        top = 0 if everything else round(self.scroll_y)
        height = layout.height if everything else self.scrollable_content_region.height
        seen: list[Key] = []
        for y in range(top, min(top + height, layout.height)):
            line = layout.line(y)
            for part in line.parts if line is not None else ():
                if part.key is not None and part.key not in seen and (
                    column is None or part.key[1] == column
                ):
                    seen.append(part.key)
        order = sorted(seen, key=lambda k: (k[0], k[1] != SOURCE, k[2], k[3]))
        return [layout.shown(key).text for key in order]

    def block_lines(self, index: int, column: str | None = None) -> list[str]:
        """Block `index` as drawn at the current width: its lines, or one column's runs."""
        layout = self._layout
        if layout is None or not 0 <= index < len(layout.blocks):
            return []
        out = []
        for y in range(layout.top(index), layout.top(index + 1)):
            line = layout.line(y)
            if line is None or line.gap:
                continue
            if column is None:
                out.append(layout.plain(line))
                continue
            runs = [
                layout.shown(p.key).text[p.start : p.end]
                for p in line.parts
                if p.key is not None and p.key[1] == column
            ]
            literal = [p.text for p in line.parts if p.key is None and column in p.classes]
            if runs or literal:
                out.append(" ".join([*literal, *runs]).strip())
        return out

    def block_spans(self, index: int, column: str = SOURCE) -> list[tuple[str, str]]:
        """(text, style) of the styled runs drawn for block `index` in `column`."""
        layout = self._layout
        if layout is None or not 0 <= index < len(layout.blocks):
            return []
        out = []
        keys = sorted({
            p.key for y in range(layout.top(index), layout.top(index + 1))
            for p in (layout.line(y).parts if layout.line(y) else ())
            if p.key is not None and p.key[1] == column
        })
        for key in keys:
            content = self._styled_run(key)
            out += [(content.plain[s.start : s.end], str(s.style)) for s in content.spans]
        return out

    def block_segments(self, index: int) -> list[tuple[str, object]]:
        """(text, Rich style) of every non-blank segment block `index` draws."""
        layout = self._layout
        if layout is None or not 0 <= index < len(layout.blocks):
            return []
        return [
            (segment.text, segment.style)
            for y in range(layout.top(index), layout.top(index + 1))
            if (line := layout.line(y)) is not None and not line.gap
            for segment in self._render(line)
            if segment.text.strip() and segment.style is not None
        ]

    def block_drawn_lines(self, index: int) -> list[list[tuple[str, object]]]:
        """Each line block `index` draws, as its (text, Rich style) segments, blanks included."""
        layout = self._layout
        if layout is None or not 0 <= index < len(layout.blocks):
            return []
        return [
            [(segment.text, segment.style) for segment in self._render(line)]
            for y in range(layout.top(index), layout.top(index + 1))
            if (line := layout.line(y)) is not None and not line.gap
        ]

    def link_number(self, block: int, n: int) -> int:
        """The article-wide number of the `n`th link of `block` (the number drawn after it)."""
        if self._layout is None:
            return n + 1
        return self._layout.first_link(block) + n
