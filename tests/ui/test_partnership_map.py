"""The partnership map screen: list, evidence, jump to the article and back (issue 14)."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

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


async def _open_map(pilot) -> PartnershipMap:
    await pilot.app.workers.wait_for_complete()
    await pilot.press("M")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PartnershipMap)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_map_ranks_companies_and_lists_the_selected_ones_relations() -> None:
    app = ReaderApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_map(pilot)
        companies = screen.query_one("#map-companies", DataTable)
        first = _cells(companies, 0)
        assert first[0] == "Meta"  # the bundled stories are all about Meta's alliances
        relations = screen.query_one("#map-relations", DataTable)
        rows = [_cells(relations, r) for r in range(relations.row_count)]
        assert ["Microsoft", "partnership", "stated", "1", "—"] in rows
        picture = screen.query_one(RelationPicture)
        assert picture.centre == "Meta"
        assert any(s.other == "Microsoft" for s in picture.spokes)
