"""The map's evidence reads as the article view shows it (polish-cli walk, item 3)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.screens.partnership_map import EvidenceScreen, PartnershipMap


async def test_map_evidence_shows_link_text_not_markdown(tmp_path: Path) -> None:
    article = tmp_path / "echos.md"
    article.write_text("# Investissement\n\nSelon [Les Échos](https://www.lesechos.fr/tech), "
                       "Microsoft a investi dans **Mistral AI** cette année.\n", encoding="utf-8")
    app = ReaderApp([article])
    async with app.run_test(size=(120, 40)) as pilot:
        await workers_done(app)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, PartnershipMap)
        await workers_done(app)
        await pilot.pause()
        relations = app.screen.query_one("#map-relations", DataTable)
        relations.focus()
        relations.move_cursor(row=0)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        table = evidence.query_one(DataTable)
        sentence = str(getattr(cell := table.get_row_at(0)[1], "plain", cell))
        assert sentence == "Selon Les Échos, Microsoft a investi dans Mistral AI cette année."


async def test_y_copies_the_address_without_tracking_parameters(tmp_path: Path) -> None:
    from reader.ui.screens.links import LinksScreen

    article = tmp_path / "lien.md"
    article.write_text("# Lien\n\nVoir [l'annonce](https://mistral.ai/news?utm_source=x&id=2"
                       "&fbclid=abc#suite).\n", encoding="utf-8")
    app = ReaderApp([article])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinksScreen)
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == "https://mistral.ai/news?id=2#suite"
        assert any(str(n.message) == "Copied https://mistral.ai/news?id=2#suite"
                   for n in app._notifications)
