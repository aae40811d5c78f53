"""Adding and refreshing: feeds and pages fetched, extracted and saved, one outcome per article.

Network and extraction run on the scheduler's threads; every file is written on the thread that
called `add()` or `refresh()`, so quitting mid-refresh never leaves half-done bookkeeping.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reader.feeds import net
from reader.feeds.parse import (
    MAX_ITEMS,
    Entry,
    Feed,
    ParseError,
    html_to_markdown,
    looks_like_feed,
    parse_feed,
    words,
)
from reader.feeds.store import Store, StoreError, now_iso
from reader.feeds.urls import canonical
from reader.webpage import Page, decode_html, extract_page

log = logging.getLogger("reader")

MIN_WORDS = 40  # less extracted text than this is no article (paywall, script-only page)


@dataclass
class Outcome:
    """One article saved (or not), or one failure: what `--json` prints."""

    url: str
    status: str  # new / updated / unchanged / failed
    path: Path | None = None
    title: str = ""
    lang: str = ""
    feed: str | None = None
    error: str = ""

    @property
    def id(self) -> str | None:
        return self.path.stem if self.path is not None else None

    def as_json(self) -> dict[str, Any]:
        if self.status == "failed":
            return {"url": self.url, "status": "failed", "error": self.error}
        return {
            "url": self.url, "path": str(self.path) if self.path else None, "id": self.id,
            "title": self.title, "lang": self.lang or None, "feed": self.feed,
            "status": self.status,
        }


@dataclass
class FeedReport:
    """What one feed's refresh did, for the one line per feed."""

    url: str
    title: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    not_modified: bool = False
    error: str = ""
    removed: int = 0

    def line(self) -> str:
        name = self.title or self.url
        if self.error:
            return f"✗ {name}: {self.error}"
        if self.not_modified:
            return f"✓ {name}: not modified"
        parts = [f"{self.new} new"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        if self.failed:
            parts.append(f"{self.failed} failed")
        if self.removed:
            parts.append(f"{self.removed} removed (keep)")
        return f"{'✓' if not self.failed else '!'} {name}: {', '.join(parts)}"


@dataclass
class Result:
    outcomes: list[Outcome] = field(default_factory=list)
    feeds: list[FeedReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False
    finished: int = 0

    @property
    def ok(self) -> bool:
        return not any(o.status == "failed" for o in self.outcomes) and not any(
            f.error for f in self.feeds)

    @property
    def new(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "new")


@dataclass
class _Fetched:
    response: net.Response
    feed: Feed | None = None
    page: Page | None = None


class Fetcher:
    """Adds URLs and refreshes feeds into a Store; parameters exist for tests and benchmarks."""

    def __init__(
        self,
        store: Store | None = None,
        *,
        concurrency: int = net.CONCURRENCY,
        per_host: int = net.PER_HOST,
        deadline: float = net.DEADLINE,
        max_bytes: int = net.MAX_BYTES,
        max_items: int = MAX_ITEMS,
        retries: int = net.RETRIES,
        progress: Callable[[FeedReport, int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        is_read: Callable[[Path], bool] | None = None,
    ) -> None:
        self.store = store if store is not None else Store()
        self.concurrency = concurrency
        self.per_host = per_host
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_items = max_items
        self.retries = retries
        self.progress = progress
        self.cancelled = cancelled
        self.is_read = is_read

    # ---- network (scheduler threads) -------------------------------------------------------

    def _get(self, url: str, etag: str | None = None, modified: str | None = None):
        return net.get(url, etag=etag, last_modified=modified, deadline=self.deadline,
                       max_bytes=self.max_bytes, retries=self.retries)

    def _fetch_any(self, url: str, *, page_only: bool = False) -> _Fetched:
        response = self._get(url)
        if looks_like_feed(response.body, response.content_type):
            if page_only:
                raise ParseError("the link is a feed, not a page")
            return self._parsed(response)
        html = decode_html(response.body, response.charset)
        return _Fetched(response, page=extract_page(html, response.url))

    def _fetch_feed(self, record: dict[str, Any]) -> _Fetched:
        response = self._get(record["url"], record.get("etag"), record.get("last_modified"))
        return _Fetched(response) if response.not_modified else self._parsed(response)

    def _parsed(self, response: net.Response) -> _Fetched:
        return _Fetched(response, feed=parse_feed(response.body, response.url,
                                                  response.content_type, self.max_items))

    def _scheduler(self) -> net.Scheduler:
        return net.Scheduler(self.concurrency, self.per_host, self.deadline)

    # ---- add ---------------------------------------------------------------------------

    def add(self, url: str, keep: int | None = None) -> Result:
        """Subscribe to a feed, save a page, or subscribe to the feed a home page advertises."""
        result = Result()
        with self.store.locked():
            try:
                url = net.check_url(url)
                fetched = self._fetch_any(url)
            except Exception as error:  # an extractor's bug too: this URL's failure, one line
                result.outcomes.append(_failure(url, error))
                return result
            scheduler = self._scheduler()
            if fetched.feed is not None:
                self._subscribe(url, fetched, keep, scheduler, result)
            else:
                page = fetched.page
                assert page is not None
                home = urlsplit(fetched.response.url).path in ("", "/")
                count = words(page.markdown)
                # A short news item that calls itself an article is still an article.
                thin = count == 0 or (count < MIN_WORDS and not page.article)
                xml_feeds = [f for kind, f in page.feeds if "json" not in kind] or [
                    f for _, f in page.feeds]
                if xml_feeds and (home or thin):
                    self._subscribe_advertised(xml_feeds, keep, scheduler, result,
                                               fetched.response.url)
                elif thin:
                    result.outcomes.append(Outcome(
                        url, "failed", error="no article text found on the page"))
                else:
                    result.outcomes.append(self._save_page(fetched, None, None, restore=True))
            result.cancelled = not scheduler.run(self.cancelled)
            self.store.save()
        return result

    def add_file(self, path: Path) -> Result:
        """Save a local article in the library: Markdown as written, a web page extracted.

        The file is read as `reader PATH` reads it (an .html page through the extractor), and
        its `file:` address keeps it one article: adding it again updates that copy.
        """
        from reader.articles import LoadError, load_article

        result = Result()
        url = path.resolve().as_uri()
        with self.store.locked():
            try:
                article = load_article(path)
            except LoadError as error:
                result.outcomes.append(Outcome(url, "failed", error=str(error)))
                return result
            if not article.blocks:
                result.outcomes.append(Outcome(url, "failed", error="no article text in the file"))
                return result
            body = article.body if article.markdown else "\n\n".join(
                # A .txt file's paragraphs, as text that Markdown shows as it is.
                ("# " if block.kind == "heading" else "") + _escaped(block.text)
                for block in article.blocks)
            meta = {
                "title": article.title or path.stem,
                "url": url,
                "source": "local files",
                "author": article.meta.get("author", ""),
                "date": article.meta.get("date", ""),
                "lang": article.language or "",
                "fetched": now_iso(),
            }
            rel = self.store.known(None, "", url)
            result.outcomes.append(self._write(meta, body, rel, None, "", "", "", restore=True))
            self.store.save()
        return result

    def _subscribe(self, url: str, fetched: _Fetched, keep: int | None,
                   scheduler: net.Scheduler, result: Result) -> None:
        feed = fetched.feed
        assert feed is not None
        existing = self.store.feed(url) or self.store.feed(fetched.response.url)
        record = existing or self.store.add_feed(fetched.response.url, feed.title, keep)
        record["last_fetch"] = now_iso()  # `reader feeds` must not say "never" just after
        if keep is not None:
            record["keep"] = keep
        record["last_fetch"] = now_iso()
        report = FeedReport(record["url"], feed.title or record.get("title", ""))
        result.feeds.append(report)
        self._entries(record, fetched, report, scheduler, result, total=1)

    def _subscribe_advertised(self, feeds: list[str], keep: int | None,
                              scheduler: net.Scheduler, result: Result, page: str) -> None:
        first, others = feeds[0], feeds[1:]
        for other in others:
            result.notes.append(f"also advertised: {other}")
        if not net.followable(page, first):
            result.outcomes.append(Outcome(first, "failed", error=_NOT_FOLLOWED))
            return
        try:
            fetched = self._fetch_any(first)
            if fetched.feed is None:
                raise ParseError("the advertised feed is not a feed")
        except Exception as error:
            result.outcomes.append(_failure(first, error))
            return
        self._subscribe(first, fetched, keep, scheduler, result)

    # ---- refresh -------------------------------------------------------------------------

    def refresh(self, urls: list[str] | None = None) -> Result:
        """Fetch every subscribed feed (or those named); one failing feed never stops the rest."""
        result = Result()
        with self.store.locked():
            records = [f for f in self.store.feeds
                       if urls is None or any(canonical(u) == canonical(f["url"]) for u in urls)]
            scheduler = self._scheduler()
            total = len(records)
            for record in records:
                report = FeedReport(record["url"], record.get("title", ""))
                result.feeds.append(report)
                scheduler.add(net.Task(
                    record["url"], lambda r=record: self._fetch_feed(r),
                    lambda value, error, r=record, rep=report: self._feed_done(
                        r, rep, value, error, scheduler, result, total),
                ))
            result.cancelled = not scheduler.run(self.cancelled)
            for record in records:
                self._retain(record, result)
            self.store.save()
        return result

    def _feed_done(self, record, report: FeedReport, fetched: _Fetched | None,
                   error: Exception | None, scheduler, result: Result, total: int) -> None:
        record["last_fetch"] = now_iso()
        if error is not None or fetched is None:
            message = _message(error)
            report.error = record["last_error"] = message
            log.warning("feed %s: %s", record["url"], message)
            self._progress(report, result, total)
            return
        record.pop("last_error", None)
        if fetched.response.not_modified:
            report.not_modified = True
            self._progress(report, result, total)
            return
        if fetched.feed and fetched.feed.title:
            record["title"] = report.title = fetched.feed.title
        self._entries(record, fetched, report, scheduler, result, total)

    def _entries(self, record, fetched: _Fetched, report: FeedReport, scheduler,
                 result: Result, total: int) -> None:
        """Save what is new in a fetched feed; pages are fetched through the scheduler."""
        feed = fetched.feed
        assert feed is not None
        pending = 0
        validators = {k: fetched.response.headers.get(h) for k, h in
                      (("etag", "etag"), ("last_modified", "last-modified"))}

        def finish() -> None:
            # Validators are kept only when every entry was saved: otherwise the next refresh
            # would get a 304 and never retry the entries that failed.
            if not report.failed:
                for key, value in validators.items():
                    if value:
                        record[key] = value
                    else:
                        record.pop(key, None)
            self._progress(report, result, total)

        for entry in feed.entries:
            rel = self.store.known(record["url"], entry.guid, entry.link)
            stored = self.store.articles.get(rel, {}) if rel else {}
            # Only the feed an article was saved from fetches it again when its date moves:
            # otherwise two feeds listing it with different dates would rewrite it in turn.
            if rel and (stored.get("deleted") or stored.get("feed") != record["url"]
                        or stored.get("updated", "") == entry.updated):
                if not stored.get("deleted"):
                    # Seen again through another feed or GUID: remember it, fetch nothing.
                    # A saved page this feed adopts takes the entry's date too, or the next
                    # refresh would see it "moved" and rewrite it.
                    adopted = entry.updated if not stored.get("feed") else ""
                    self.store.remember(rel, record["url"], entry.guid, entry.link,
                                        updated=adopted)
                    report.unchanged += 1
                    result.outcomes.append(self._outcome_for(rel, entry.link, record["url"]))
                continue
            if not entry.link:
                outcome = self._save_entry(record, entry, None, rel)
                self._count(report, result, outcome)
                continue
            if not net.followable(fetched.response.url, entry.link):
                # A feed must not send reader to another service of its host or network.
                outcome = (self._save_entry(record, entry, None, rel)
                           if entry.content or entry.summary else
                           Outcome(entry.link, "failed", error=_NOT_FOLLOWED, feed=record["url"]))
                self._count(report, result, outcome)
                continue
            pending += 1

            def done(value, error, entry=entry, rel=rel) -> None:
                nonlocal pending
                pending -= 1
                if error is not None:
                    log.info("page %s: %s", entry.link, _message(error))
                    if entry.content or entry.summary:
                        outcome = self._save_entry(record, entry, None, rel)
                    else:
                        outcome = Outcome(entry.link, "failed", error=_message(error),
                                          feed=record["url"])
                else:
                    outcome = self._save_entry(record, entry, value, rel)
                self._count(report, result, outcome)
                if pending == 0:
                    finish()

            scheduler.add(net.Task(
                entry.link, lambda link=entry.link: self._fetch_any(link, page_only=True), done))
        if pending == 0:
            finish()

    def _count(self, report: FeedReport, result: Result, outcome: Outcome) -> None:
        result.outcomes.append(outcome)
        if outcome.status == "failed":
            report.failed += 1
        else:
            setattr(report, outcome.status, getattr(report, outcome.status) + 1)

    def _progress(self, report: FeedReport, result: Result, total: int) -> None:
        result.finished += 1
        if self.progress is not None:
            self.progress(report, min(result.finished, total), total)

    # ---- saving ---------------------------------------------------------------------------

    def _outcome_for(self, rel: str, url: str, feed: str | None) -> Outcome:
        path = self.store.full_path(rel)
        meta = _front_matter(path)
        return Outcome(meta.get("url") or url, "unchanged", path, meta.get("title", ""),
                       meta.get("lang", ""), feed)

    def _save_entry(self, record, entry: Entry, fetched: _Fetched | None,
                    rel: str | None) -> Outcome:
        page = fetched.page if fetched is not None else None
        url = fetched.response.url if fetched is not None else entry.link
        if page is not None and rel is None:
            # Saved before under another address (its canonical link, or a redirect).
            known = self.store.known(None, "", page.canonical or url)
            if known is not None and not self.store.articles[known].get("deleted"):
                self.store.remember(known, record["url"], entry.guid, entry.link)
                return self._outcome_for(known, entry.link, record["url"])
        summary_only = page is None or page.paywalled or words(page.markdown) < MIN_WORDS
        if summary_only:
            body = html_to_markdown(entry.content or entry.summary, url or record["url"])
            if not body.strip() and page is not None and page.paywalled:
                body = page.markdown  # the teaser is all there is
            if not body.strip():
                return Outcome(entry.link or record["url"], "failed", feed=record["url"],
                               error="no article text and no summary in the feed")
        else:
            body = page.markdown
        meta = {
            "title": entry.title or (page.title if page else "") or "Untitled",
            "url": canonical(page.canonical) if page and page.canonical else (
                canonical(url) if url else ""),
            "source": record.get("title") or "",
            "author": entry.author or (page.author if page else ""),
            "date": entry.date or (page.date if page else ""),
            "lang": page.lang if page else "",
            "feed": record["url"],
            "fetched": now_iso(),
            "summary_only": "true" if summary_only else "",
        }
        return self._write(meta, body, rel, record["url"], entry.guid, entry.updated,
                           page.canonical if page else "")

    def _save_page(self, fetched: _Fetched, feed: str | None, rel: str | None,
                   restore: bool = False) -> Outcome:
        page = fetched.page
        assert page is not None
        url = canonical(page.canonical or fetched.response.url)
        rel = rel or self.store.known(None, "", url) or self.store.known(
            None, "", fetched.response.url)
        meta = {
            "title": page.title or "Untitled",
            "url": url,
            "source": urlsplit(url).hostname or "",
            "author": page.author,
            "date": page.date,
            "lang": page.lang,
            "fetched": now_iso(),
            "summary_only": "true" if page.paywalled else "",
        }
        if rel is not None:
            # Saved before (from a feed, say): its title, source and feed stay; the text may change.
            old = _front_matter(self.store.full_path(rel))
            meta.update({k: old[k] for k in ("title", "source", "author", "date", "feed", "lang")
                         if old.get(k)})
            feed = old.get("feed") or None
        return self._write(meta, page.markdown, rel, feed, "", "", page.canonical, restore)

    def _write(self, meta, body, rel, feed, guid, updated, canonical_url,
               restore: bool = False) -> Outcome:
        try:
            saved = self.store.save_article(meta, body, rel=rel, feed=feed, guid=guid,
                                            updated=updated, canonical_url=canonical_url,
                                            restore=restore)
        except StoreError as error:
            return Outcome(meta["url"], "failed", error=str(error), feed=feed)
        return Outcome(meta["url"], saved.status, saved.path, meta["title"], meta["lang"], feed)

    def _retain(self, record: dict[str, Any], result: Result) -> None:
        """Keep a feed to `keep` articles: the oldest read ones go first, never unread ones."""
        keep = record.get("keep")
        if not isinstance(keep, int) or keep < 0 or self.is_read is None:
            return
        rels = self.store.feed_articles(record["url"])
        if len(rels) <= keep:
            return
        rels.sort(key=lambda r: (self.store.articles[r].get("date") or "", r), reverse=True)
        report = next((f for f in result.feeds if f.url == record["url"]), None)
        # Beyond the newest `keep`, oldest first; an unread article stays whatever its age.
        for rel in reversed(rels[keep:]):
            if self.is_read(self.store.full_path(rel)):
                removed = self.store.delete(rel)
                if report is not None:
                    report.removed += removed


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]<>#|~!&+-])")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")


_NOT_FOLLOWED = ("not fetched: it points to another port of the same host, or to a local "
                 "address, over http")


def _escaped(text: str) -> str:
    """Plain text as Markdown that renders to that text (CommonMark backslash escapes)."""
    return _ORDERED_START.sub(r"\1\\\2", _MARKDOWN_PUNCTUATION.sub(r"\\\1", text))


def _front_matter(path: Path) -> dict[str, str]:
    from reader.articles import parse_front_matter

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    return parse_front_matter(text)[0]


def _failure(url: str, error: Exception) -> Outcome:
    if not isinstance(error, net.FetchError | ParseError):
        log.warning("%s: %s", url, _message(error), exc_info=error)
    return Outcome(url, "failed", error=_message(error))


def _message(error: Exception | None) -> str:
    if error is None:
        return "failed"
    if isinstance(error, net.FetchError | ParseError | StoreError):
        return str(error)
    return f"{type(error).__name__}: {error}"
