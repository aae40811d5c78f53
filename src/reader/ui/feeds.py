"""The app's side of feeds: `R` refresh, adding a URL, deleting a saved article, a source read.

A mixin of ReaderApp: the work runs in thread workers over `reader.feeds`, and only the results
come back to the event loop. Quitting cancels the worker, which returns within a poll (0.1 s).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from reader.articles import Article, assign_ids, discover, load_files
from reader.paths import default_library, library_dir
from reader.wording import counted

if TYPE_CHECKING:
    from reader.feeds import Result

log = logging.getLogger("reader")


def is_saved(article: Article) -> bool:
    """A web article reader saved (under the library folder), as opposed to a bundled/own file."""
    try:
        article.path.resolve().relative_to(library_dir().resolve())
    except (ValueError, OSError):
        return False
    return True


class FeedActions:
    """Feed actions for ReaderApp (which provides library, state, say, notify...)."""

    _default_paths = False

    @property
    def feeds_busy(self) -> bool:
        """A refresh or an add is running: the feeds worker says so, no flag to keep in step."""
        from textual.worker import WorkerState

        return any(worker.group == "feeds" and worker.state in (WorkerState.PENDING,
                                                                 WorkerState.RUNNING)
                   for worker in self.workers)

    # ---- refresh and add -------------------------------------------------------------------

    def action_refresh_feeds(self) -> None:
        if self.feeds_busy:
            self.say("Already refreshing feeds")
            return
        from reader.feeds import Store, StoreError

        try:
            feeds = Store().load().feeds
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if not feeds:
            self.say("No feeds yet: ctrl+p, then “Add a feed or page URL…”")
            return
        self.say(f"Refreshing {len(feeds)} feed{'s' if len(feeds) != 1 else ''}…")
        self._feeds_worker(None)

    def add_url(self, url: str) -> None:
        """From the palette's input, already checked: subscribe or save in the background."""
        if self.feeds_busy:
            self.say("Wait for the feeds being fetched, then add it again")
            return
        self.say(f"Fetching {url[:60]}…")
        self._feeds_worker(url)

    @work(thread=True, exclusive=True, group="feeds", exit_on_error=False)
    def _feeds_worker(self, url: str | None) -> None:
        """Refresh every feed (`url` None, with progress in the status line) or add one URL."""
        from textual.worker import get_current_worker

        from reader.feeds import Fetcher, StoreError, read_marks

        worker = get_current_worker()

        def progress(report, done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self.say, f"Feeds {done}/{total} · {report.line()}")

        try:
            fetcher = Fetcher(progress=progress if url is None else None,
                              cancelled=lambda: worker.is_cancelled, is_read=read_marks())
            result = fetcher.refresh() if url is None else fetcher.add(url)
        except Exception as error:  # whatever it is, `R` must work again afterwards
            if not isinstance(error, StoreError):
                log.warning("feeds: %s", error, exc_info=error)
            if not worker.is_cancelled:
                message = str(error) if isinstance(error, StoreError) else (
                    f"{type(error).__name__}: {error}")
                self.call_from_thread(self._feeds_failed, message)
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._feeds_done, result)

    def _feeds_failed(self, message: str) -> None:
        log.warning("feeds: %s", message)
        self.notify(message, severity="error", markup=False)

    def _feeds_done(self, result: Result) -> None:
        from reader.ui.widgets.library import LibraryList

        self.query_one(LibraryList).new_count = result.new
        changed = {o.path.resolve() for o in result.outcomes
                   if o.status == "updated" and o.path is not None}
        self.reload_saved(changed)
        failures = [o for o in result.outcomes if o.status == "failed"]
        failures += [f for f in result.feeds if f.error]
        for failure in failures:
            log.warning("feeds: %s", failure.line() if hasattr(failure, "line") else
                        f"{failure.url}: {failure.error}")
        new = result.new
        message = f"{new} new article{'s' if new != 1 else ''}" if new else "No new articles"
        updated = sum(1 for o in result.outcomes if o.status == "updated")
        if updated:
            message += f", {updated} updated"
        if failures:
            first = failures[0]
            message += (f"; {len(failures)} failed ({first.url[:60]}: {first.error}"
                        f"{'; more in the log' if len(failures) > 1 else ''})")
            self.notify(message, severity="warning", markup=False, timeout=8)
        else:
            self.say(message)
        for note in result.notes:
            self.notify(note, markup=False, timeout=8)

    def reload_saved(self, changed: set[Path] = frozenset()) -> None:
        """Pick up new and rewritten files; the open article and the reader's place stay."""
        from reader.ui.widgets.library import LibraryList

        if self._default_paths:
            self.paths = default_library()
        files, _missing = discover(self.paths)
        loaded = {a.path: a for a in self.library.articles
                  if a.path.resolve() not in changed or a is self.current}
        library = load_files(assign_ids(files), loaded)
        self.library.articles = library.articles
        self._notify_messages(library.messages)
        self.query_one(LibraryList).set_articles(self.library.articles, self.current)
        if self.current is not None and self.current.path.resolve() in changed:
            self._check_disk()
        self.analyse_library()

    # ---- saved articles and sources --------------------------------------------------------

    def action_delete_article(self) -> None:
        article = self.current
        if article is None or not is_saved(article):
            self.say("Only articles saved from the web can be deleted here")
            return
        from reader.ui.screens.confirm import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if yes:
                self._delete(article)

        self.push_screen(ConfirmScreen("Delete this saved article?",
                                       f"{article.title}\n{article.path}"), answer)

    def _delete(self, article: Article) -> None:
        from reader.feeds import Store, StoreError
        from reader.ui.widgets.library import LibraryList

        store = Store()
        try:
            with store.locked():
                rel = store.rel_of(article.path)
                if rel is not None:
                    store.delete(rel)
                    store.save()
                else:
                    article.path.unlink(missing_ok=True)
        except (StoreError, OSError) as error:
            self.notify(f"Not deleted: {error}", severity="error", markup=False)
            return
        library = self.query_one(LibraryList)
        rows = library.articles
        index = rows.index(article) if article in rows else -1
        self.library.articles = [a for a in self.library.articles if a is not article]
        library.set_articles(self.library.articles)
        rows = library.articles
        following = rows[min(index, len(rows) - 1)] if rows and index >= 0 else (
            rows[0] if rows else None)
        self.article_view.jumps.drop(article)
        self.open_article(following, remember=False, to_front=False)
        title = article.title
        if len(title) > 50:
            title = title[:50].rsplit(" ", 1)[0] + "…"  # cut at a word, and say so
        self.say(f"Deleted “{title}”")

    def sources(self) -> list[str]:
        return sorted({a.meta["source"] for a in self.library.articles if a.meta.get("source")},
                      key=str.casefold)

    def ask_mark_source_read(self, source: str) -> None:
        """The palette's "Mark source read": a whole source at once asks first, with the count
        (nothing undoes it but `r` on each article)."""
        unread = [a for a in self.library.articles
                  if a.meta.get("source") == source and not self.is_read(a)]
        if not unread:
            self.say(f"{source}: no unread article")
            return
        from reader.ui.screens.confirm import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if yes:
                self.mark_source_read(source)

        self.push_screen(ConfirmScreen(
            f"Mark {counted(len(unread), 'unread article')} from {source} read?",
            "Only r, on each article, marks one unread again."), answer)

    def mark_source_read(self, source: str) -> None:
        from reader.ui.widgets.library import LibraryList

        library = self.query_one(LibraryList)
        count = 0
        for article in self.library.articles:
            if article.meta.get("source") == source and not self.is_read(article):
                self.state.set_read(article.path.resolve(), article.digest, True)
                library.refresh_article(article)
                count += 1
        self._save()
        self.say(f"{source}: {count} article{'s' if count != 1 else ''} marked read")

    def show_source(self, source: str) -> None:
        count = self.main_screen.filter_library(source, lambda a: a.meta.get("source") == source)
        self.notify(f"Library: {count} article{'s' if count != 1 else ''} from {source} "
                    "(escape clears)", markup=False)
