"""The `M` screen: who works with whom in the library, each relation backed by its sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Static

if TYPE_CHECKING:
    # (the relation engine, a second of regexes to compile, is imported by the worker that
    # reads the relations: `M` shows the map's screen at once, saying it reads them)
    from reader.relations import Edge, Evidence, Relation, RelationMap
    from reader.relations_memo import MapMemo

from reader.articles import Article
from reader.relations_picture import LINES, Spoke, draw, shown_evidence, type_word
from reader.text import one_line
from reader.ui.screens.table import TableScreen
from reader.ui.widgets.footer import ReaderFooter
from reader.wording import counted

# Theme colours per relation type (the line characters tell them apart without colour too).
TYPE_STYLES = {
    "partnership": "$success",
    "investment": "$warning",
    "acquisition": "$error",
    "uses_model": "$mention-model",
    "makes_model": "$secondary",
    "rivalry": "$accent",
}


@dataclass(frozen=True)
class MapSelection:
    """Where the reader was on the map, to come back to it."""

    company: str | None = None
    relation: int = 0


@dataclass(frozen=True)
class MapChoice:
    """A sentence chosen on the map: open its article at its block, the sentence marked."""

    article: Article
    block: int
    selection: MapSelection
    start: int = 0  # the sentence in the article's text (the file), as the relation says
    end: int = 0


class RelationPicture(Widget):
    """The selected company in the middle, its relations around it."""

    DEFAULT_CSS = """
    RelationPicture { height: 1fr; min-height: 5; padding: 0 0 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.centre: str | None = None
        self.spokes: list[Spoke] = []

    def show(self, centre: str | None, spokes: list[Spoke]) -> None:
        self.centre, self.spokes = centre, spokes
        self.refresh()

    def render(self) -> Content:
        if self.centre is None:
            return Content("")
        width, height = self.content_size.width, self.content_size.height
        picture = draw(self.centre, self.spokes, width, height)
        lines = picture.lines()
        by_row: dict[int, list] = {}
        for style in picture.styles:
            by_row.setdefault(style.row, []).append(style)
        parts: list[Content] = []
        for row, line in enumerate(lines):
            content = Content(line)
            for style in by_row.get(row, []):
                if style.start >= len(line):
                    continue
                end = min(style.end, len(line))
                if style.role == "centre":
                    content = content.stylize("$accent bold", style.start, end)
                elif style.role == "name":
                    content = content.stylize("bold", style.start, end)
                elif style.role == "more":
                    content = content.stylize("$text-muted italic", style.start, end)
                elif style.role in TYPE_STYLES:
                    content = content.stylize(TYPE_STYLES[style.role], style.start, end)
            parts.append(content)
        return Content("\n").join(parts)


class MapNotice(Static):
    """One quiet line saying why the map may hold fewer relations than it should (the
    classifier's weights could not be read); hidden while there is nothing to say."""

    DEFAULT_CSS = """
    MapNotice { height: auto; color: $text-muted; padding: 0 1; display: none; }
    """

    notice: reactive[str | None] = reactive(None)

    def watch_notice(self, notice: str | None) -> None:
        # (an exception's name and a file name: outside text, shown as plain data)
        self.update(Content(one_line(notice)) if notice else Content(""))
        self.display = bool(notice)


def _legend(width: int = 200) -> Content:
    """The line key, wrapped between its items only: "??" never ends a line without "rumored"."""
    items = [Content.styled(f"{line * 2} {label}", TYPE_STYLES[kind])
             for kind, (line, label) in LINES.items()]
    items += [Content.styled(mark, "$text-muted") for mark in ("? talks", "?? rumored", "× ended")]
    lines: list[list[Content]] = [[]]
    used = 0
    for number, item in enumerate(items):
        if lines[-1] and used + 2 + len(item.plain) > width:
            lines.append([])
            used = 0
        if lines[-1]:
            # Between two status marks the gap is theirs (muted), as it was when one string.
            lines[-1].append(Content.styled("  ", "$text-muted") if number > len(LINES)
                             else Content("  "))
        used += (2 if lines[-1] else 0) + len(item.plain)
        lines[-1].append(item)
    return Content("\n").join(Content.assemble(*line) for line in lines)


class PartnershipMap(Screen[MapChoice | None]):
    """Companies ranked by relation count; the selected one's relations, list and picture."""

    BINDINGS = [
        Binding("escape,q,M", "close", "Close", id="map-close"),
        # priority: above the focused table's own (hidden) enter, so the Footer shows it.
        Binding("enter", "evidence", "Evidence", id="map-evidence", priority=True),
        Binding("tab", "app.focus_next", "Switch list", id="map-switch", show=False),
        Binding("j", "cursor('down')", "Down", show=False),
        Binding("k", "cursor('up')", "Up", show=False),
        Binding("g", "cursor('first')", "First", show=False),
        Binding("G", "cursor('last')", "Last", show=False),
        # priority: the focused table binds home/end itself, to scroll sideways.
        Binding("home", "cursor('first')", "First", show=False, priority=True),
        Binding("end", "cursor('last')", "Last", show=False, priority=True),
        Binding("question_mark", "help", "Help", id="map-help"),
    ]
    # `?` here lists these first: the app's help alone did not say what enter or tab do here.
    KEYS = ("Partnership map", [
        ("enter", "The sentences that state the highlighted relation (on a company too)"),
        ("enter", "On a sentence: open the article there; ctrl+o comes back to the map"),
        ("tab", "Switch between the companies and their relations"),
        ("j / k", "Down / up in the list"),
        ("g / G, home / end", "First / last in the list"),
        ("escape, q, M", "Close the map"),
        # (what the columns and marks mean: the walk found no word on them anywhere)
        ("n", "Column: how many relations the library reports for the company"),
        ("→ / ←", "It invests in, buys, uses or makes the other / the other does so to it; "
                  "no arrow: partners or rivals"),
        ("#, Latest", "Columns: the articles that say so, and the latest date of their front "
                      "matter (— when none)"),
        ("? ?? ×", "Marks in the picture: talks, rumored, ended (stated has none)"),
    ])

    DEFAULT_CSS = """
    PartnershipMap { layout: vertical; }
    PartnershipMap #map-main { height: 1fr; }
    PartnershipMap #map-companies { width: 24; max-width: 40%; height: 1fr; }
    PartnershipMap #map-right { width: 1fr; }
    PartnershipMap #map-relations { height: 12; }
    PartnershipMap #map-status { height: 1; color: $text-muted; padding: 0 1; }
    PartnershipMap #map-legend { height: auto; padding: 0 1; }
    """

    class Computed(Message):
        """The map of the library, read by the worker."""

        def __init__(self, relation_map: RelationMap, notice: str | None = None,
                     found: list[tuple[Article, list[Relation]]] | None = None) -> None:
            super().__init__()
            self.relation_map = relation_map
            self.notice = notice
            self.found = found or []  # each article with its relations, for the memo

    class Progress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

    def __init__(self, articles: list[Article], selection: MapSelection | None = None,
                 relation_map: RelationMap | None = None, filtered: str | None = None,
                 memo: MapMemo | None = None) -> None:
        super().__init__()
        self.articles = list(articles)
        # The map as last built, kept by the app: the same articles show it at once, new
        # ones (a feed's) are read alone.
        self.memo = memo
        if relation_map is None and memo is not None:
            relation_map = memo.get(self.articles)
            self._notice = memo.notice
        else:
            self._notice = None
        # The library filter the articles are kept by, in the library's words ("“nvidia”"):
        # the status line says so, or an empty map looks broken.
        self.filtered = filtered
        self.selection = selection or MapSelection()
        # Coming back from a jump (ctrl+o): the relations, where the user left, have the focus.
        self._returning = selection is not None
        self.relation_map = relation_map
        self._companies: list[str] = []
        self._edges: list[Edge] = []

    def compose(self) -> ComposeResult:
        yield Static(Content("Partnership map"), id="map-status")
        yield MapNotice(id="map-notice")
        with Horizontal(id="map-main"):
            companies: DataTable = DataTable(cursor_type="row", id="map-companies")
            companies.border_title = "Companies"
            yield companies
            with Vertical(id="map-right"):
                relations: DataTable = DataTable(cursor_type="row", zebra_stripes=True,
                                                 id="map-relations")
                yield relations
                yield RelationPicture(id="map-picture")
        yield Static(_legend(self.app.size.width - 2), id="map-legend")
        yield ReaderFooter()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one("#map-legend", Static).update(_legend(event.size.width - 2))

    def on_mount(self) -> None:
        companies = self.query_one("#map-companies", DataTable)
        companies.add_column("Name", width=16)
        companies.add_column("n", width=2)
        relations = self.query_one("#map-relations", DataTable)
        for label, width in (("With", 14), ("Type", 11), ("Status", 7), ("#", 2),
                             ("Latest", 10)):
            relations.add_column(label, width=width)
        if self.relation_map is not None:
            self.query_one(MapNotice).notice = self._notice
            self._show_map(self.relation_map)
        else:
            self._say(f"Reading relations in {len(self.articles)} articles…")
            self.read_relations()
        (relations if self._returning else companies).focus()

    def set_articles(self, articles: list[Article], filtered: str | None = None) -> None:
        """The library changed under the open map (a feed or a page added): read it again,
        the articles read before from the memo; the same articles change nothing."""
        if len(articles) == len(self.articles) and all(
                a is b for a, b in zip(articles, self.articles, strict=True)):
            return
        self.articles = list(articles)
        self.filtered = filtered
        self.read_relations()

    @work(thread=True, exclusive=True, group="relations", exit_on_error=False)
    def read_relations(self) -> None:
        from textual.worker import get_current_worker

        from reader.relations import RelationCache, build_map, relations_for
        from reader.relations_memo import MapMemo

        worker = get_current_worker()
        articles = self.articles
        memo = self.memo or MapMemo()
        engine: list = []  # the matcher and the cache, loaded for the first article not known

        def read(article: Article) -> list[Relation]:
            if not engine:
                from reader.entities import default_matcher

                engine.extend((default_matcher(), RelationCache().load()))
            return relations_for(article, engine[1], engine[0])

        def progress(number: int) -> None:
            if number % 50 == 0:
                self.post_message(self.Progress(number, len(articles)))

        found = memo.build(articles, read, lambda: worker.is_cancelled, progress)
        if found is None:
            return
        notice = memo.notice
        if engine:
            engine[1].save()
            from reader.relations_classifier import unavailable

            notice = unavailable
        self.post_message(self.Computed(build_map(found), notice, found))

    @on(Progress)
    def _progress(self, event: Progress) -> None:
        self._say(f"Reading relations… {event.done}/{event.total} articles")

    @on(Computed)
    def _computed(self, event: Computed) -> None:
        read = [article for article, _ in event.found]
        if len(read) != len(self.articles) or any(
                a is not b for a, b in zip(read, self.articles, strict=True)):
            return  # the library changed again while this was read: its worker comes next
        if self.memo is not None:
            self.memo.keep(event.found, event.relation_map, event.notice)
        self.relation_map = event.relation_map
        self.query_one(MapNotice).notice = event.notice
        self._show_map(event.relation_map)

    def _say(self, text: str) -> None:
        self.query_one("#map-status", Static).update(Content(text))

    def _show_map(self, relation_map: RelationMap) -> None:
        ranked = relation_map.companies()
        self._companies = [name for name, _ in ranked]
        table = self.query_one("#map-companies", DataTable)
        table.clear()
        for name, count in ranked:
            # A name longer than its column ends in "…" rather than mid-word.
            table.add_row(Text(name, no_wrap=True, overflow="ellipsis"), str(count))
        n = len(relation_map.edges)
        kept = f" (filter {self.filtered})" if self.filtered else ""
        if not ranked and self.filtered:
            # "0 relations among 0 names" did not say the library filter left them out.
            # (one line at 80 columns: the first escape closes the map, the second the filter)
            self._say(f"No relation: library filter {self.filtered} keeps "
                      f"{counted(len(self.articles), 'article')} · escape twice clears it")
        else:
            self._say(f"{n} relation{'s' if n != 1 else ''} among {len(ranked)} names in "
                      f"{len(self.articles)} article{'s' if len(self.articles) != 1 else ''}"
                      f"{kept} · enter: evidence · tab: switch list")
        if not ranked:
            self.query_one(RelationPicture).show(None, [])
            return
        row = 0
        if self.selection.company in self._companies:
            row = self._companies.index(self.selection.company)
        table.move_cursor(row=row)
        self._show_company(self._companies[row], self.selection.relation)

    def _show_company(self, name: str, relation_row: int = 0) -> None:
        assert self.relation_map is not None
        self._edges = self.relation_map.of(name)
        table = self.query_one("#map-relations", DataTable)
        table.clear()
        table.border_title = name
        spokes = []
        for edge in self._edges:
            other = edge.other(name)
            arrow = "" if edge.type in ("partnership", "rivalry") else (
                "→ " if edge.a == name else "← ")
            table.add_row(Text(arrow + other, no_wrap=True, overflow="ellipsis"),
                          Content.styled(type_word(edge.type), TYPE_STYLES[edge.type]),
                          edge.status, str(len(edge.articles)), edge.latest or "—")
            spokes.append(Spoke(other, edge.type, edge.status, outgoing=edge.a == name))
        if self._edges:
            table.move_cursor(row=min(relation_row, len(self._edges) - 1))
        self.selection = MapSelection(name, min(relation_row, max(len(self._edges) - 1, 0)))
        self.query_one(RelationPicture).show(name, spokes)

    @on(DataTable.RowHighlighted, "#map-companies")
    def _company_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row != event.data_table.cursor_row:
            # A highlight the cursor has left already (the first row's, as the list filled,
            # arriving after the selection kept across a jump was restored): it would show
            # the first company and drop the relation the user had chosen.
            return
        if 0 <= event.cursor_row < len(self._companies):
            name = self._companies[event.cursor_row]
            if name != self.selection.company or not self._edges:
                self._show_company(name)

    @on(DataTable.RowHighlighted, "#map-relations")
    def _relation_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row == event.data_table.cursor_row:  # (not a stale one, as above)
            self.selection = MapSelection(self.selection.company, event.cursor_row)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        # DataTable takes `enter` itself. On a company it shows the evidence of the relation
        # highlighted beside it, as the header says: moving focus alone looked like nothing.
        event.stop()
        self.action_evidence()

    def action_evidence(self) -> None:
        if self.focused is not None and self.focused.id == "map-companies":
            self.query_one("#map-relations", DataTable).focus()
        if not self._edges:
            return
        row = self.query_one("#map-relations", DataTable).cursor_row
        edge = self._edges[min(max(row, 0), len(self._edges) - 1)]
        self.app.push_screen(EvidenceScreen(edge), self._evidence_chosen)

    def _evidence_chosen(self, evidence: Evidence | None) -> None:
        if evidence is not None:
            relation = evidence.relation
            self.dismiss(MapChoice(evidence.article, relation.block, self.selection,
                                   relation.start, relation.end))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.KEYS))

    def action_cursor(self, direction: str) -> None:
        table = self.focused if isinstance(self.focused, DataTable) else None
        if table is None:
            return
        if direction in ("first", "last"):
            table.move_cursor(row=0 if direction == "first" else table.row_count - 1)
        else:
            (table.action_cursor_down if direction == "down" else table.action_cursor_up)()


class EvidenceScreen(TableScreen["Evidence | None"]):
    """The sentences that state one relation, French with the English beside when known."""

    # j/k, g/G and home/end come from TableScreen, as in the other lists.
    BINDINGS = [
        Binding("enter", "open", "Open article", id="evidence-open", priority=True),
        Binding("escape,q", "dismiss(None)", "Back", id="evidence-close"),
    ]

    DEFAULT_CSS = """
    EvidenceScreen { align: center middle; }
    EvidenceScreen > Vertical {
        width: 100; max-width: 100%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    EvidenceScreen DataTable { height: auto; max-height: 100%; }
    EvidenceScreen .hint { color: $text-muted; dock: bottom; }
    """

    class Translated(Message):
        def __init__(self, english: dict[int, str]) -> None:
            super().__init__()
            self.english = english

    def __init__(self, edge: Edge) -> None:
        super().__init__()
        self.edge = edge

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            kind, status = type_word(self.edge.type), self.edge.status
            box.border_title = f"{self.edge.a} · {kind} · {self.edge.b} ({status})"
            table: DataTable = DataTable(cursor_type="row", id="evidence")
            yield table
            yield Static(Content("enter: open the article at this sentence · escape: back"),
                         classes="hint")
        yield ReaderFooter()  # this dialog's keys, not the map's under it

    def on_mount(self) -> None:
        self._english: dict[int, str] = {}
        self._fill({})
        self.query_one(DataTable).focus()
        self.look_up_english()

    def on_resize(self, event: events.Resize) -> None:
        # Columns sized for the old width would push the English out of the box sideways.
        self._fill(self._english)

    def _fill(self, english: dict[int, str]) -> None:
        self._english = english
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        # The box is 100 cells at most; its border and padding take 4, each cell's padding 2,
        # the vertical scrollbar 2: the two text columns share what is left after "Article".
        width = min(self.app.size.width, 100) - 4 - 6 - 2
        if english:
            column = max((width - 12) // 2, 12)
            table.add_column("Article", width=12)
            table.add_column("French", width=column)
            table.add_column("English", width=column)
        else:
            # No English for any sentence (no article translated yet): a column of "—" would
            # take a third of the box, so the French and the article's title share it.
            title_width = max(min(width // 4, 24), 12)
            table.add_column("Article", width=title_width)
            table.add_column("French", width=max(width + 2 - title_width, 12))  # (two cells)
        for number, e in enumerate(self.edge.evidence):
            title = e.article.title if len(e.article.title) <= 40 else e.article.title[:39] + "…"
            # Text wraps in a cell where Content is cut; both are built from plain strings.
            cells = [Text(title, no_wrap=True, overflow="ellipsis"),
                     Text(shown_evidence(e.relation.evidence))]
            if english:
                cells.append(Text(english.get(number, "—")))
            table.add_row(*cells, height=None)
        table.move_cursor(row=max(row, 0))

    @work(thread=True, exclusive=True, group="evidence-english", exit_on_error=False)
    def look_up_english(self) -> None:
        from reader.evidence_english import english_sentences

        english = english_sentences([(e.article, e.relation) for e in self.edge.evidence])
        self.post_message(self.Translated(english))

    @on(Translated)
    def _translated(self, event: Translated) -> None:
        if event.english:
            self._fill(event.english)
        elif self.edge.evidence:
            # (a column of "—" said nothing of why: the English is the article's translation)
            self.query_one(".hint", Static).update(Content(
                "enter: open at this sentence · escape: back · English once translated (t)"))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        row = self.query_one(DataTable).cursor_row
        if 0 <= row < len(self.edge.evidence):
            self.dismiss(self.edge.evidence[row])
