"""Palette entries for feeds: add a URL, refresh, one source only, a source read, delete."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from reader.ui.feeds import is_saved
from reader.ui.palette import NamedCommands

if TYPE_CHECKING:
    from reader.articles import Article


class FeedIndex(Protocol):
    """What the feed entries read from the app: the article shown and the library's sources."""

    current: Article | None
    run_action: Callable[..., object]

    def sources(self) -> list[str]: ...
    def show_source(self, source: str) -> None: ...
    def ask_mark_source_read(self, source: str) -> None: ...

ADD_URL = "Add a feed or page URL…"


class FeedCommands(NamedCommands):
    SHOWN = 2

    def commands(self) -> list[tuple[str, str, object]]:
        app = cast(FeedIndex, self.app)
        commands: list[tuple[str, str, object]] = [
            (ADD_URL, "Subscribe to a feed, or save one web page", self._ask_url),
            ("Refresh feeds", "Fetch what is new in every feed (R)",
             partial(app.run_action, "refresh_feeds")),
        ]
        current = app.current
        address = current.meta.get("url", "") if current is not None else ""
        if address.startswith(("https://", "http://")):
            commands.append(("Open the article's source address", address[:80],
                             partial(self._open_source, address)))
        if current is not None and is_saved(current):
            commands.append(("Delete this saved article…", current.title[:60],
                             partial(app.run_action, "delete_article")))
        for source in app.sources():
            commands.append((f"Show only source: {source}", "Filter the library (escape clears)",
                             partial(app.show_source, source)))
            commands.append((f"Mark source read: {source}", "Mark all its articles read (asks)",
                             partial(app.ask_mark_source_read, source)))
        return commands

    def _open_source(self, address: str) -> None:
        from reader.ui.screens.confirm import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.open_url(address)

        self.app.push_screen(ConfirmScreen("Open this link in your browser?", address), answer)

    def _ask_url(self) -> None:
        from reader.ui.screens.add_url import AddUrlScreen

        app = cast(FeedIndex, self.app)

        def chosen(url: str | None) -> None:
            if url:
                app.add_url(url)

        app.push_screen(AddUrlScreen(), chosen)

