"""Source names, titles, ids and addresses come from feeds and pages: the command palette shows
them as they are written, never as markup (a "[/]" crashed it, "[@click=…]" made a link)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workers import workers_done

from reader.paths import library_dir
from reader.ui.app import ReaderApp

SOURCES = [
    "[bold red]Pwned[/]",
    "[link=file:///etc/passwd]x[/link]",
    "Unbalanced [/] source",
    "[@click=app.quit]bye[/]",
]
TITLE = "[red]Nvidia[/red] [/] lance [b]une puce"
ADDRESS = "https://example.com/[b]page[/b]"


@pytest.fixture
def hostile_library() -> Path:
    # Saved articles (under the library folder), so the current one offers "Delete this saved
    # article…" with its title as help, and its address in "Open the article's source address".
    folder = library_dir() / "[i]site"
    folder.mkdir(parents=True)
    for number, source in enumerate(SOURCES):
        name = "[b]id[red].md" if number == 0 else f"{number}.md"
        (folder / name).write_text(
            f"---\nsource: {json.dumps(source)}\nurl: {json.dumps(ADDRESS)}\n---\n"
            f"# {TITLE} {number}\n\nNvidia publie un rapport sur ses puces [/] [b]gras.\n",
            "utf-8")
    return folder


async def palette(app: ReaderApp, pilot, *keys: str):
    """The palette's rows after typing `keys`, as the Content each row shows."""
    from textual.command import CommandList

    await pilot.press("ctrl+p", *keys)
    await pilot.pause(0.6)
    options = app.screen.query_one(CommandList)
    rows = [options.get_option_at_index(n).prompt for n in range(options.option_count)]
    await pilot.press("escape")
    await pilot.pause()
    return rows


def lines(rows) -> list[str]:
    return [line for row in rows for line in row.plain.split("\n")]


def marked(row, line: int = 0) -> str:
    """The letters a row marks as matching the query (the palette's match style underlines)."""
    text = row.plain.split("\n")[line]
    return "".join(text[span.start:span.end] for span in row.spans
                   if span.end <= len(text) and getattr(span.style, "underline", False))


async def test_hostile_sources_titles_and_addresses_show_literally(
        hostile_library: Path) -> None:
    app = ReaderApp([hostile_library])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await workers_done(app)
        assert app.current is not None
        shown = lines(await palette(app, pilot, *"Mark source read"))
        for source in SOURCES:
            assert f"Mark source read: {source}" in shown, shown
        shown = lines(await palette(app, pilot, *"Show only source"))
        for source in SOURCES:
            assert f"Show only source: {source}" in shown, shown
        shown = lines(await palette(app, pilot, *"Delete this saved"))
        assert app.current.title.startswith(TITLE) and app.current.title in shown, shown
        shown = lines(await palette(app, pilot, *"source address"))
        assert ADDRESS in shown, shown
        # While typing, the matched letters are marked on the name as written.
        rows = await palette(app, pilot, *"Pwned")
        row = next(row for row in rows if row.plain.startswith("Show only source: [bold red]"))
        assert row.plain.split("\n")[0] == f"Show only source: {SOURCES[0]}"
        assert marked(row) == "Pwned"
        assert not any("red" in str(span.style) for span in row.spans)
        rows = await palette(app, pilot, *"passwd")
        assert any(row.plain.startswith(f"Mark source read: {SOURCES[1]}") for row in rows)
        rows = await palette(app, pilot, *"click")
        assert any(row.plain.startswith(f"Show only source: {SOURCES[3]}") for row in rows)
        assert not any("@click" in str(span.style) for row in rows for span in row.spans)
        assert app.is_running


async def test_library_search_results_show_titles_and_ids_literally(
        hostile_library: Path) -> None:
    app = ReaderApp([hostile_library])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await workers_done(app)
        shown = lines(await palette(app, pilot, *"rapport"))
        assert f"{TITLE} 0  Nvidia publie un rapport sur ses puces [/] [b]gras." in shown, shown
        assert "[b]id[red], block 2" in shown, shown
        assert app.is_running


async def test_choosing_a_hostile_source_filters_by_it(hostile_library: Path) -> None:
    app = ReaderApp([hostile_library])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await workers_done(app)
        await pilot.press("ctrl+p", *"Show only source: Unbalanced")
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
        assert "1 article from Unbalanced [/] source" in said, said
        assert app.is_running
