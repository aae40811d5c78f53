"""The Footer on every screen at 80, 100 and 120 columns: the keys a user needs there, whole,
and on a dialog the dialog's own keys (it showed the keys of the screen underneath)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from workers import workers_done

from reader.ui.app import ReaderApp
from reader.ui.screens.add_url import AddUrlScreen
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.links import LinksScreen
from reader.ui.screens.mentions import MentionsScreen
from reader.ui.screens.partnership_map import EvidenceScreen, PartnershipMap

SIZES = [(80, 24), (100, 30), (120, 40)]
# Keys of the main screen: none of them does anything while a dialog is open.
MAIN_KEYS = ("n Next", "p Prev", "l Library", "m Mentions", "t English", "/ Find", "q Quit")


def footer_line(app: ReaderApp) -> str:
    """The bottom line of the screen, as drawn ("" before a new screen's first layout)."""
    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    return lines[-1] if lines else ""


async def wait_until(pilot: Pilot, condition: Callable[[], object], what: str) -> None:
    for _ in range(1200):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


def keys_shown(line: str, *labels: str) -> bool:
    return all(f" {label} " in f" {line} " for label in labels)


@pytest.mark.parametrize("size", SIZES)
async def test_without_a_model_the_footer_shows_d_whole(size: tuple[int, int]) -> None:
    # "d Download model" did not fit at 100 or 80 columns and was dropped with the English on
    # and no model, the one screen where d is the key to press.
    app = ReaderApp()
    async with app.run_test(size=size) as pilot:
        await workers_done(app)
        await pilot.press("t")
        await workers_done(app)
        await wait_until(pilot, lambda: keys_shown(footer_line(app), "d Download"),
                         f"d Download in the footer: {footer_line(app)!r}")
        line = footer_line(app)
        assert keys_shown(line, "t English", "? Help", "q Quit"), line
        assert line.rstrip().endswith("▏^p palette"), line
        await pilot.press("t")  # English off: d does not apply and is not offered
        await wait_until(pilot, lambda: "Download" not in footer_line(app), "d gone")
        assert keys_shown(footer_line(app), "n Next", "p Prev", "t English")


@pytest.mark.parametrize("size", SIZES)
async def test_each_dialog_shows_its_own_keys_in_the_footer(
    size: tuple[int, int], tmp_path: Path
) -> None:
    page = tmp_path / "liens.md"
    page.write_text("# Liens\n\nOpenAI et [Mistral AI](https://mistral.ai) signent.\n",
                    encoding="utf-8")
    app = ReaderApp([page])
    async with app.run_test(size=size) as pilot:
        await workers_done(app)
        dialogs: list[tuple[str | Callable[[], object], type, tuple[str, ...]]] = [
            ("question_mark", HelpScreen, ("esc Close",)),
            ("m", MentionsScreen, ("⏎ Jump to first", "f Filter library", "esc Close")),
            ("o", LinksScreen, ("⏎ Open", "y Copy address", "esc Close")),
            (lambda: app.push_screen(ConfirmScreen("Open?", "https://mistral.ai")),
             ConfirmScreen, ("y Yes", "n No")),
            (lambda: app.push_screen(AddUrlScreen()), AddUrlScreen, ("esc Cancel",)),
        ]
        for open_it, kind, own in dialogs:
            if callable(open_it):
                open_it()
            else:
                await pilot.press(open_it)
            await wait_until(pilot, lambda kind=kind, own=own: isinstance(app.screen, kind)
                             and keys_shown(footer_line(app), *own),
                             f"{kind.__name__}'s keys: {footer_line(app)!r}")
            line = footer_line(app)
            assert not [k for k in MAIN_KEYS if keys_shown(line, k)], (kind.__name__, line)
            await pilot.press("escape")
            await wait_until(pilot, lambda kind=kind: not isinstance(app.screen, kind), "closed")


@pytest.mark.parametrize("size", SIZES)
async def test_the_map_and_its_evidence_offer_enter_in_the_footer(
    size: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The focused table's own (hidden) enter hid the map's "Evidence" and the evidence
    # dialog's "Open article"; under the dialog the map's keys stayed in the Footer.
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    app = ReaderApp()
    async with app.run_test(size=size) as pilot:
        await workers_done(app)
        await pilot.press("M")
        await wait_until(pilot, lambda: isinstance(app.screen, PartnershipMap)
                         and keys_shown(footer_line(app), "⏎ Evidence", "esc Close"),
                         f"the map's keys: {footer_line(app)!r}")
        the_map = app.screen
        await workers_done(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, EvidenceScreen)
                         and keys_shown(footer_line(app), "⏎ Open article", "esc Back"),
                         f"the evidence's keys: {footer_line(app)!r}")
        assert "Evidence" not in footer_line(app)
        await pilot.press("enter")  # opens the article at the sentence, as the key says
        await wait_until(pilot, lambda: app.screen is app.main_screen, "the article")
        assert the_map not in app.screen_stack
