"""The partnership map screen: list, evidence, jump to the article and back (issue 14)."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.screens.partnership_map import EvidenceScreen, PartnershipMap, RelationPicture


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))


def _cells(table: DataTable, row: int) -> list[str]:
    return [str(getattr(cell, "plain", cell)) for cell in table.get_row_at(row)]


async def _evidence_of(pilot, row: int) -> DataTable:
    """The evidence table of the map's relation at `row`, opened with enter."""
    relations = pilot.app.screen.query_one("#map-relations", DataTable)
    relations.focus()
    relations.move_cursor(row=row)
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, EvidenceScreen)
    return pilot.app.screen.query_one(DataTable)


async def _open_map(pilot) -> PartnershipMap:
    await workers_done(pilot.app)
    await pilot.press("M")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PartnershipMap)
    await workers_done(pilot.app)
    await pilot.pause()
    return screen


async def _back_to_the_map(pilot) -> PartnershipMap:
    """ctrl+o from the article a sentence opened: the map again, its relations read."""
    await pilot.press("ctrl+o")
    await pilot.pause()
    await workers_done(pilot.app)
    await pilot.pause()
    back = pilot.app.screen
    assert isinstance(back, PartnershipMap)
    return back


async def test_map_ranks_companies_and_lists_the_selected_ones_relations() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        companies = screen.query_one("#map-companies", DataTable)
        first = _cells(companies, 0)
        assert first[0] == "Meta"  # the bundled stories are all about Meta's alliances
        relations = screen.query_one("#map-relations", DataTable)
        rows = [_cells(relations, r) for r in range(relations.row_count)]
        assert ["Microsoft", "partner", "stated", "2", "—"] in rows
        picture = screen.query_one(RelationPicture)
        assert picture.centre == "Meta"
        assert any(s.other == "Microsoft" for s in picture.spokes)


async def test_evidence_opens_the_article_at_the_sentence_and_ctrl_o_comes_back() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        relations = screen.query_one("#map-relations", DataTable)
        rows = [_cells(relations, r)[0] for r in range(relations.row_count)]
        target = rows.index("Microsoft")
        table = await _evidence_of(pilot, target)
        sentences = [_cells(table, r)[1] for r in range(table.row_count)]
        (row,) = [r for r, text in enumerate(sentences) if "Microsoft et Meta s’associent" in text]
        table.move_cursor(row=row)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, (PartnershipMap, EvidenceScreen))
        assert app.current is not None and app.current.id.startswith("004_")
        back = await _back_to_the_map(pilot)
        assert back.selection.company == "Meta"
        relations = back.query_one("#map-relations", DataTable)
        assert relations.cursor_row == target
        assert app.current is not None and app.current.id.startswith("000_")


async def test_ctrl_o_comes_back_to_a_company_below_the_first_and_its_relation_row() -> None:
    # The walk: Mistral AI, its third relation, enter, enter, ctrl+o came back with the first
    # relation highlighted and the names focused (a stale highlight of the first company).
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        companies = screen.query_one("#map-companies", DataTable)
        names = [_cells(companies, r)[0] for r in range(companies.row_count)]
        company = "Apple"
        companies.move_cursor(row=names.index(company))
        await pilot.pause()
        relations = screen.query_one("#map-relations", DataTable)
        assert relations.row_count >= 3
        relations.focus()
        relations.move_cursor(row=2)
        await pilot.pause()
        chosen = _cells(relations, 2)[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, (PartnershipMap, EvidenceScreen))
        back = await _back_to_the_map(pilot)
        back_companies = back.query_one("#map-companies", DataTable)
        back_relations = back.query_one("#map-relations", DataTable)
        assert _cells(back_companies, back_companies.cursor_row)[0] == company
        assert back_relations.cursor_row == 2
        assert _cells(back_relations, 2)[0] == chosen
        assert back.selection.company == company and back.selection.relation == 2
        assert back.focused is back_relations


async def test_evidence_says_where_its_english_comes_from_when_none_is_there() -> None:
    # The walk: an English column all "—", with no hint that the articles were not translated.
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_map(pilot)
        await pilot.press("enter")
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        await workers_done(app)
        await pilot.pause()
        hint = str(evidence.query_one(".hint").render())
        assert "English once translated (t)" in hint, hint
        # (and no column of "—" beside the French: the titles get the room, "Apple obtie…"
        # was cut at 12 cells)
        table = evidence.query_one(DataTable)
        labels = [str(column.label) for column in table.columns.values()]
        assert labels == ["Article", "French"], labels
        assert next(iter(table.columns.values())).width >= 20


async def test_escape_closes_an_empty_library_filter_so_m_opens_the_map() -> None:
    # The walk: "/" then escape left the empty field focused; "M" typed into it.
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        await app.run_action("screen.filter_library")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, PartnershipMap)


async def test_the_palette_on_the_map_opens_no_second_map() -> None:
    # Three "Partnership map" from the palette on the map needed three escapes.
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_map(pilot)
        for _ in range(2):
            await pilot.press("ctrl+p")
            await pilot.pause()
            for key in "partnership map":
                await pilot.press("space" if key == " " else key)
            await pilot.pause(0.3)
            # (its key, as the palette gives "Refresh feeds (R)")
            shown = [strip.text for strip in app.screen._compositor.render_strips()]
            assert any("with the sentences (M)" in line for line in shown), shown
            await pilot.press("enter")
            await pilot.pause()
            await workers_done(app)
        assert sum(isinstance(s, PartnershipMap) for s in app.screen_stack) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert not any(isinstance(s, PartnershipMap) for s in app.screen_stack)


def test_opening_the_map_leaves_the_relation_engine_to_its_worker() -> None:
    # `M` froze the screen 1-3 s on a first open: the map's module imported the relation
    # engine (its regexes compiled) on the event loop before the screen could show.
    import subprocess
    import sys

    code = ("import sys, reader.ui.screens.partnership_map\n"
            "print('reader.relations' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


async def test_map_follows_the_library_filter() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        await app.run_action("screen.filter_library")  # `/` in the library
        await pilot.pause()
        for key in "alibaba":
            await pilot.press(key)
        await pilot.press("enter")
        await pilot.pause()
        screen = await _open_map(pilot)
        assert len(screen.articles) == 1
        companies = screen.query_one("#map-companies", DataTable)
        names = [_cells(companies, r)[0] for r in range(companies.row_count)]
        assert "Alibaba" in names and "Microsoft" not in names
        # (the walk: with a filter the map never said so, and an empty one looked broken)
        status = str(screen.query_one("#map-status").render())
        assert "in 1 article (filter “alibaba”)" in status, status


async def test_the_first_enter_on_the_map_shows_the_highlighted_relations_evidence() -> None:
    # Right after M, enter on the company list only moved focus: nothing on screen changed.
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        relations = screen.query_one("#map-relations", DataTable)
        first = _cells(relations, relations.cursor_row)
        await pilot.press("enter")
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        assert first[0].lstrip("→← ") in evidence.query_one("Vertical").border_title
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert app.focused is relations


async def test_help_on_the_map_lists_the_maps_own_keys() -> None:
    # `?` on the map showed only the app's keys; enter/tab were only in the map's header.
    from textual.widgets import Static

    from reader.ui.screens.help import HelpScreen

    app = ReaderApp()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _open_map(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one(Static).render())
        assert "Partnership map" in text and "Switch between the companies" in text
        assert "Next article in the library" in text  # the app's keys still follow
        # What the columns and marks mean (the walk: no word on "n", "#" or the arrows).
        words = " ".join(text.split())
        assert "how many relations the library reports for the company" in words, words
        assert "the articles that say so" in words and "talks, rumored, ended" in words
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_evidence_at_80x24_keeps_its_keys_on_screen_and_scrolls_its_sentences() -> None:
    from textual.containers import Vertical

    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_map(pilot)
        await pilot.press("enter")  # Meta's first relation: three long sentences
        await workers_done(app)
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        box = evidence.query_one(Vertical).region
        hint = evidence.query_one(".hint").region
        assert hint.height == 1 and box.contains_region(hint) and hint.bottom <= 24
        table = evidence.query_one(DataTable)
        assert box.contains_region(table.region)
        table.move_cursor(row=table.row_count - 1)
        await pilot.pause()
        # The last sentence is brought into the box (or all of them fit: without English the
        # French has the English's width too).
        assert table.max_scroll_y == 0 or table.scroll_y == table.max_scroll_y


async def test_the_maps_legend_wraps_between_its_items_at_80_columns() -> None:
    from textual.widgets import Static

    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_map(pilot)
        legend = screen.query_one("#map-legend", Static)
        lines = [line.text.rstrip() for line in legend.render_lines(legend.region.reset_offset)]
        lines = [line for line in lines if line.strip()]
        assert len(lines) == 2
        assert "?? rumored" in lines[1] and not any(line.endswith("??") for line in lines)
        await pilot.resize_terminal(200, 40)
        await pilot.pause()
        lines = [line.text.strip() for line in legend.render_lines(legend.region.reset_offset)]
        assert [line for line in lines if line] == [
            "── partner  ══ invests  ━━ buys  ┈┈ uses  ╌╌ makes  ~~ rival  ? talks  ?? rumored"
            "  × ended"]


async def test_evidence_fits_its_columns_again_after_the_terminal_shrinks() -> None:
    app = ReaderApp()
    async with app.run_test(size=(200, 50)) as pilot:
        await _open_map(pilot)
        await pilot.press("enter")
        await workers_done(app)
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        table = evidence.query_one(DataTable)
        table.move_cursor(row=1)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        # Nothing to scroll sideways: the English column is whole inside the box.
        assert table.max_scroll_x == 0
        assert table.cursor_row == 1 and table.row_count >= 3
        assert "Selon le Wall Street Journal" in _cells(table, 0)[1]


def _notice(screen: PartnershipMap):
    from reader.ui.screens.partnership_map import MapNotice

    return screen.query_one(MapNotice)


async def test_the_map_says_in_one_quiet_line_when_the_classifier_weights_are_unreadable(
        tmp_path, monkeypatch) -> None:
    # The CLI said so on stderr; the map showed fewer relations with no word why.
    import reader.relations_classifier as classifier

    weights_file = tmp_path / "relations_classifier.json"
    weights_file.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(classifier, "WEIGHTS", weights_file)
    monkeypatch.setattr(classifier, "unavailable", None)
    classifier.weights.cache_clear()
    try:
        app = ReaderApp()
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await _open_map(pilot)
            notice = _notice(screen)
            assert notice.display and notice.region.height == 1
            shown = str(notice.render())
            assert shown.startswith("Relation classifier weights unreadable (")
            assert shown.endswith("relations from the rules only.")
            # Still a map (the rules' relations), and a notice, not an error toast.
            assert screen.query_one("#map-companies", DataTable).row_count > 0
            assert not [n for n in app._notifications if n.severity == "error"]
    finally:
        classifier.weights.cache_clear()  # (the next test reads the shipped file again)


async def test_the_map_says_nothing_of_the_classifier_when_its_weights_are_read(
        monkeypatch) -> None:
    import reader.relations_classifier as classifier

    monkeypatch.setattr(classifier, "unavailable", None)
    classifier.weights.cache_clear()
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        assert classifier.weights() is not None
        notice = _notice(screen)
        assert not notice.display and notice.region.height == 0
        assert "classifier" not in str(notice.render())


async def test_the_classifier_notice_is_shown_as_text_not_markup() -> None:
    from reader.ui.screens.partnership_map import MapNotice

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        notice = screen.query_one(MapNotice)
        notice.notice = "weights [bold]x[/bold] unreadable\x1b[31m\nsecond line"
        await pilot.pause()
        assert str(notice.render()) == "weights [bold]x[/bold] unreadable second line"


WORDS = {"partnership": "partner", "investment": "invests", "acquisition": "buys",
         "uses_model": "uses", "makes_model": "makes", "rivalry": "rival"}


async def test_each_relation_type_has_one_word_in_the_list_picture_legend_and_evidence() -> None:
    # The list said "makes_model" where the picture and its legend said "makes".
    from textual.widgets import Static

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        relations = screen.query_one("#map-relations", DataTable)
        kinds = [edge.type for edge in screen._edges]
        words = [_cells(relations, r)[1] for r in range(relations.row_count)]
        assert {"makes_model", "partnership", "rivalry"} <= set(kinds)  # Meta's
        assert words == [WORDS[kind] for kind in kinds]
        picture = screen.query_one(RelationPicture)
        drawn = "\n".join(draw_lines(picture))
        legend = str(screen.query_one("#map-legend", Static).render())
        for kind in set(kinds):
            assert WORDS[kind] in drawn and WORDS[kind] in legend
        assert "_model" not in drawn + legend + "".join(words)
        relations.focus()
        relations.move_cursor(row=kinds.index("makes_model"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        title = str(evidence.query_one("Vertical").border_title)
        assert title.startswith("Meta · makes · ")


def draw_lines(picture: RelationPicture) -> list[str]:
    from reader.relations_picture import draw

    size = picture.content_size
    return draw(picture.centre, picture.spokes, size.width, size.height).lines()


async def test_end_and_home_go_to_the_last_and_first_sentence_of_the_evidence() -> None:
    # As in the other lists (mentions, links): the table took them to scroll sideways.
    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_map(pilot)
        await pilot.press("enter")  # Meta's first relation: three sentences
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        table = evidence.query_one(DataTable)
        assert table.row_count >= 3 and table.cursor_row == 0
        await pilot.press("end")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("escape")
        companies = app.screen.query_one("#map-companies", DataTable)
        companies.focus()
        await pilot.press("end")  # the map's own lists too
        assert companies.cursor_row == companies.row_count - 1
        await pilot.press("home")
        assert companies.cursor_row == 0


async def test_a_sentence_opened_from_the_evidence_is_marked_not_its_whole_block() -> None:
    from reader.ui.widgets.article import CURRENT_MARK, ArticleView

    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        kinds = [edge.type for edge in screen._edges]
        table = await _evidence_of(pilot, kinds.index("makes_model"))  # Meta → Llama
        sentences = [_cells(table, r)[1] for r in range(table.row_count)]
        (row,) = [r for r, text in enumerate(sentences) if text.startswith("Selon le Wall")]
        table.move_cursor(row=row)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.sentence is not None
        block, start, end = view.sentence
        text = view.blocks[block].text
        assert start > 0  # the block's first sentence (Apple et Meta, …) is not marked
        assert text[start:end].startswith("Selon le Wall Street Journal")
        assert text[start:end].rstrip().endswith("Perplexity.")
        # The margin's bar stands beside the sentence's lines only.
        lines = [view.render_line(y).text for y in range(view.size.height)]
        barred = [line.strip() for line in lines if line.lstrip().startswith(CURRENT_MARK)]
        assert barred and "Selon le Wall Street" in barred[0]
        assert not any("autrefois rivaux" in line for line in barred)


DEAL = ("---\ntitle: Nvidia et Mistral AI\n---\n\nNvidia et Mistral AI s'associent pour construire "
        "un centre de calcul en France. Le partenariat a été annoncé lundi à Paris.\n")


def _save_page(tmp_path) -> None:
    """A page as `Add a feed or page URL…` saves it, under the library folder."""
    folder = tmp_path / "data" / "library" / "example.org"
    folder.mkdir(parents=True)
    (folder / "2026-12-01-nvidia-et-mistral-ai.md").write_text(DEAL, encoding="utf-8")


async def test_the_open_map_grows_when_a_feed_brings_an_article_in(tmp_path) -> None:
    # The walk: a page added from the palette on the map left the map as it was.
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        assert "Nvidia" not in screen._companies
        _save_page(tmp_path)
        app.reload_saved()  # what the feeds worker's end does
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        assert app.screen is screen
        assert "Nvidia" in screen._companies and len(screen.articles) == 6
        assert any(e.type == "partnership" and {e.a, e.b} == {"Mistral AI", "Nvidia"}
                   for e in screen.relation_map.edges)


async def test_the_map_reads_only_what_changed_between_two_views(tmp_path, monkeypatch) -> None:
    import reader.relations

    read: list[str] = []
    real = reader.relations.relations_for

    def counted(article, *args, **kwargs):
        read.append(article.id)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(reader.relations, "relations_for", counted)
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        first = await _open_map(pilot)
        assert len(read) == 5
        await pilot.press("escape")
        second = await _open_map(pilot)
        assert len(read) == 5  # nothing changed: nothing read, the same map shown at once
        assert second.relation_map is first.relation_map
        await pilot.press("escape")
        _save_page(tmp_path)
        app.reload_saved()
        await pilot.pause()
        third = await _open_map(pilot)
        assert len(read) == 6 and "nvidia" in read[-1]  # the new article alone
        assert "Nvidia" in third._companies


def test_a_key_longer_than_the_help_s_key_column_does_not_run_into_its_text() -> None:
    # The map's "g / G, home / end" was drawn "g / G, home / endFirst / last in the list".
    from reader.ui.screens.help import help_content

    text = help_content(64, PartnershipMap.KEYS).plain
    assert "endFirst" not in text
    lines = text.splitlines()
    row = lines.index("  g / G, home / end")
    assert lines[row + 1].strip() == "First / last in the list"
