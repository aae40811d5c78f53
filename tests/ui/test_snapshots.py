"""SVG snapshots of what the reader looks like (pytest-textual-snapshot)."""

from __future__ import annotations

from workers import workers_done

from reader.ui.app import ReaderApp


async def _settle(pilot) -> None:
    # Language detection runs in a worker, started once the first screen is drawn: let that
    # happen, then wait for it, so the library shows final values.
    await pilot.pause()
    await workers_done(pilot.app)
    await pilot.pause()


def test_first_article_120x40(snap_compare) -> None:
    assert snap_compare(ReaderApp(), terminal_size=(120, 40), run_before=_settle)


def test_first_article_80x24(snap_compare) -> None:
    assert snap_compare(ReaderApp(), terminal_size=(80, 24), run_before=_settle)


def test_article_with_images_120x40(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("n", "n", "n")
        await pilot.press("space", "space", "space")
        await _settle(pilot)

    assert snap_compare(ReaderApp(), terminal_size=(120, 40), run_before=run_before)


def test_help_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(ReaderApp(), terminal_size=(80, 24), run_before=run_before)


def test_library_shown_when_narrow_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("l")
        await pilot.pause()

    assert snap_compare(ReaderApp(), terminal_size=(80, 24), run_before=run_before)


async def _open_map(pilot) -> None:
    await _settle(pilot)
    await pilot.press("M")
    await _settle(pilot)


def test_partnership_map_120x40(snap_compare, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    assert snap_compare(ReaderApp(), terminal_size=(120, 40), run_before=_open_map)


def test_partnership_map_80x24(snap_compare, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    assert snap_compare(ReaderApp(), terminal_size=(80, 24), run_before=_open_map)


def test_partnership_map_evidence_80x24(snap_compare, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))

    async def run_before(pilot) -> None:
        await _open_map(pilot)
        await pilot.press("enter")  # the first enter shows the highlighted relation's evidence
        await _settle(pilot)

    assert snap_compare(ReaderApp(), terminal_size=(80, 24), run_before=run_before)


def test_partnership_map_jump_and_back_120x40(snap_compare, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))

    async def run_before(pilot) -> None:
        await _open_map(pilot)
        await pilot.press("enter", "enter", "enter")
        await _settle(pilot)
        await pilot.press("ctrl+o")
        await _settle(pilot)

    assert snap_compare(ReaderApp(), terminal_size=(120, 40), run_before=run_before)
