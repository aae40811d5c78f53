"""The partnership map's evidence shows the English of a sentence once its article is translated."""

from __future__ import annotations

from textual.widgets import DataTable
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.screens.partnership_map import EvidenceScreen, PartnershipMap


def _cells(table: DataTable, row: int) -> list[str]:
    return [str(getattr(cell, "plain", cell)) for cell in table.get_row_at(row)]


async def test_evidence_of_a_translated_article_shows_its_english(installed_copy) -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        assert app.current is not None and app.current.id.startswith("000_")
        await pilot.press("t")  # the copy model: each English sentence is its French
        await workers_done(app)
        await pilot.pause()
        await pilot.press("M")
        await workers_done(app)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PartnershipMap)
        relations = screen.query_one("#map-relations", DataTable)
        (row,) = [r for r in range(relations.row_count) if _cells(relations, r)[0] == "→ Llama"]
        relations.focus()
        relations.move_cursor(row=row)
        await pilot.pause()
        await pilot.press("enter")
        await workers_done(app)
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        table = evidence.query_one(DataTable)
        rows = [_cells(table, r) for r in range(table.row_count)]
        (translated,) = [r for r in rows if r[1].startswith("Selon le Wall Street Journal")]
        assert translated[2] == translated[1]
        # An article nobody translated keeps the dash.
        assert any(r[2] == "—" for r in rows if r is not translated)
