"""End to end in a real terminal: add a feed, refresh with `R`, open the new article, translate."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from argos_fixtures import build_package
from feed_server import FeedServer, running
from feed_site import ARTICLES, page, rss
from test_e2e_tmux import READER, TMUX, Terminal

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    if not READER.exists():
        pytest.fail(f"{READER} is missing: install the project into this environment first")
    return {f"READER_{n}_DIR": str(tmp_path / "dirs" / n.lower())
            for n in ("STATE", "CACHE", "DATA", "CONFIG")}


@pytest.fixture
def terminal(tmp_path: Path, env: dict[str, str]) -> Iterator[Terminal]:
    term = Terminal(tmp_path, env)
    try:
        yield term
    finally:
        term.close()


@pytest.fixture
def news() -> Iterator[FeedServer]:
    with running() as server:
        for article in ARTICLES:
            server.serve(f"/articles/{article.slug}", page(article))
        # At first the feed lacks its newest article; `R` will find it.
        server.serve("/feed.xml", rss(server.base, ARTICLES[1:]), "application/rss+xml")
        yield server


def test_add_refresh_open_and_translate(terminal: Terminal, news: FeedServer,
                                        env: dict[str, str], tmp_path: Path) -> None:
    import os

    package = build_package(tmp_path / "translate-fr_en-1_0.argosmodel")
    installed = subprocess.run([str(READER), "models", "install", str(package)],
                               env={**os.environ, **env}, capture_output=True, text=True,
                               timeout=120, check=False)
    assert installed.returncode == 0, installed.stderr

    terminal.start(size=(120, 40), cwd=tmp_path)
    terminal.expect("Apple et Meta, autrefois rivaux")
    terminal.keys("C-p")
    terminal.expect("Search")
    terminal.keys("-l", "Add a feed")
    terminal.expect("Add a feed or page URL…")
    terminal.keys("Enter")
    terminal.expect("https://site.example/feed.xml")  # the input's placeholder
    terminal.keys("-l", news.url("/feed.xml"))
    terminal.keys("Enter")
    terminal.expect("2 new articles", timeout=60)

    news.serve("/feed.xml", rss(news.base), "application/rss+xml")
    terminal.keys("R")
    terminal.expect("1 new article", timeout=60)

    # Sort by date (id → title → unread → date): the new article is the first row; open it.
    terminal.keys("s", "s", "s")
    terminal.expect("Library sorted by date")
    terminal.keys("Tab")
    terminal.keys("g", "Enter")
    terminal.expect(ARTICLES[0].paragraphs[0][:50], header=("Mistral AI lève",))

    terminal.keys("t")
    terminal.expect("blocks translated (offline)", timeout=60)
    terminal.keys("q")
    assert terminal.exit_status() == 0
    final = terminal.screen()
    assert "Traceback" not in final, final
