"""`reader add`, `reader fetch` and `reader feeds`: printing what the feeds package did.

Exit status: 0 when everything asked for worked, 1 when a feed or page failed (the rest is still
saved, each failure is one line on stderr), 2 for bad arguments (raised as ValueError here and
turned into a usage error by the caller).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import quoteattr

from reader.feeds import FeedReport, Fetcher, Outcome, Result, Store, StoreError, read_marks
from reader.feeds.net import FetchError, check_url
from reader.text import escape_controls
from reader.wording import counted


class BadArguments(ValueError):
    """The command line asks for something impossible; exit status 2."""


def _one_line(text: str) -> str:
    return escape_controls(" ".join(str(text).split()))


# json.dumps escapes C0 controls itself; with ensure_ascii=False, C1 controls (U+009B is CSI)
# and bidi overrides from a feed's links would reach the terminal as they are.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _dump_json(value: object, out: TextIO) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    out.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def _print_result(result: Result, as_json: bool, out: TextIO, err: TextIO) -> int:
    if as_json:
        _dump_json([o.as_json() for o in result.outcomes], out)
    else:
        for outcome in result.outcomes:
            if outcome.status != "failed":
                out.write(f"{outcome.status:<9} {outcome.id}  {_one_line(outcome.title)}\n")
    for note in result.notes:
        err.write(f"reader: {_one_line(note)}\n")
    for outcome in result.outcomes:
        if outcome.status == "failed":
            err.write(f"reader: failed: {_one_line(outcome.url)}: {_one_line(outcome.error)}\n")
    if result.cancelled:
        err.write("reader: interrupted; what was fetched is saved\n")
    return 0 if result.ok and not result.cancelled else 1


def run_add(urls: Sequence[str], keep: int | None, as_json: bool,
            out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr  # looked up per call: tests capture them
    if not urls:
        raise BadArguments("usage: reader add URL|PATH ... [--keep N] [--json]")
    files = {url: _local_file(url) for url in urls}
    urls = [_completed(url, err) if files[url] is None else url for url in urls]
    files = {url: files.get(url) for url in urls}
    for url in urls:
        if files[url] is not None:
            continue
        try:
            check_url(url)
        except FetchError as error:
            if "://" not in url or url.lower().startswith("file:"):
                raise BadArguments(f"{_one_line(url)}: no such file, and not a web address "
                                   "(http, https)") from None
            raise BadArguments(str(error)) from None
    if keep is not None and keep < 1:
        raise BadArguments("--keep takes a number of articles, 1 or more")
    fetcher = Fetcher(is_read=read_marks())
    total = Result()
    added_from: list[tuple[Path, int]] = []  # each folder given, and how many of its files
    for url in urls:
        local = files[url]
        if local is not None and local.is_dir():
            # A folder: its articles, as `reader FOLDER` lists them ("is a directory" before).
            result, listed = _add_folder(fetcher, local)
            if listed:  # (an empty folder's one line says so)
                added_from.append((local, sum(o.status != "failed" for o in result.outcomes)))
        else:
            # A local file is copied into the library, read as `reader PATH` reads it.
            result = fetcher.add(url, keep=keep) if local is None else fetcher.add_file(local)
        total.outcomes += result.outcomes
        total.feeds += result.feeds
        total.notes += result.notes
        total.cancelled |= result.cancelled
    if not as_json:
        for report in total.feeds:
            err.write(f"reader: subscribed to {_one_line(report.title or report.url)}\n")
        for folder, count in added_from:
            err.write(f"reader: {counted(count, 'article')} added from {_one_line(folder)}\n")
    return _print_result(total, as_json, out, err)


def _add_folder(fetcher: Fetcher, folder: Path) -> tuple[Result, int]:
    """Every article file under `folder` (.md, .txt, .html...) copied into the library; and
    how many files there were."""
    from reader.articles import EXTENSIONS, discover
    from reader.paths import library_dir

    result = Result()
    found, _ = discover([folder])
    # A folder holding the library (`reader add ~`) would copy the saved articles into it again.
    library = library_dir().resolve()
    found = [path for path in found if not path.resolve().is_relative_to(library)]
    if not found:
        result.outcomes.append(Outcome(
            folder.resolve().as_uri(), "failed",
            error=f"no article file ({', '.join(EXTENSIONS)}) in this folder"))
        return result, 0
    for path in found:
        if path.is_dir():
            continue  # a folder named like an article (`x.md/`): its files are listed too
        one = fetcher.add_file(path)
        result.outcomes += one.outcomes
        result.notes += one.notes
    return result, len(found)


def _completed(url: str, err: TextIO) -> str:
    """A web address typed without its scheme gets one, and the user is told which."""
    from reader.feeds.urls import with_scheme

    completed = with_scheme(url)
    if completed is None:
        return url
    err.write(f"reader: {_one_line(url)} has no http:// or https://: "
              f"using {_one_line(completed)}\n")
    return completed


def _local_file(url: str) -> Path | None:
    """The file a `file:` address or a path names, when it is there; None for a web address."""
    if url.lower().startswith("file:"):
        path = Path(unquote(urlsplit(url).path))
    elif "://" in url:
        return None
    else:
        path = Path(url).expanduser()
    return path if path.exists() or path.is_symlink() else None


class _Bar:
    """One progress line on a terminal's stderr; nothing when stderr is a file or a pipe."""

    def __init__(self, err: TextIO, lines: TextIO) -> None:
        self.err = err
        self.lines = lines
        self.tty = err.isatty()

    def __call__(self, report: FeedReport, done: int, total: int) -> None:
        if self.tty:
            self.err.write("\r\x1b[2K")
        self.lines.write(_one_line(report.line()) + "\n")
        self.lines.flush()
        if self.tty and done < total:
            width = 30
            filled = round(width * done / max(total, 1))
            self.err.write(f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} feeds")
            self.err.flush()


def run_fetch(as_json: bool, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    store = Store().load()
    if not store.feeds:
        err.write("reader: no feeds yet; subscribe with `reader add URL`\n")
        if as_json:
            out.write("[]\n")
        return 0
    fetcher = Fetcher(store, is_read=read_marks(), progress=_Bar(err, err if as_json else out))
    result = fetcher.refresh()
    failures = [r for r in result.feeds if r.error]
    for report in failures:
        result.outcomes.append(_feed_failure(report))
    return _print_result(result, as_json, out, err)


def _feed_failure(report: FeedReport):
    from reader.feeds.service import Outcome

    return Outcome(report.url, "failed", error=report.error)


FEEDS_USAGE = """\
usage: reader feeds [--json]                         subscriptions, last fetch, articles, unread
       reader feeds remove URL [--delete-articles]   unsubscribe (saved articles are kept unless
                                                     --delete-articles)
       reader feeds import FILE.opml                 subscribe to every feed of an OPML file
       reader feeds export                           the subscriptions as OPML, on stdout"""


def run_feeds(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    args = [a for a in argv if a != "--debug"]
    if {"-h", "--help"} & set(args):
        # Read as a URL to remove or a file to import otherwise ("not subscribed: --help").
        out.write(FEEDS_USAGE + "\n")
        return 0
    if not args or args == ["--json"]:
        return _list(out, "--json" in args)
    command, rest = args[0], args[1:]
    if command == "remove":
        delete = "--delete-articles" in rest
        urls = [a for a in rest if a != "--delete-articles"]
        if len(urls) != 1:
            raise BadArguments("usage: reader feeds remove URL [--delete-articles]")
        return _remove(urls[0], delete, out, err)
    if command == "import" and len(rest) == 1:
        return _import(rest[0], out, err)
    if command == "export" and not rest:
        return _export(out)
    raise BadArguments(
        "usage: reader feeds [--json] | remove URL [--delete-articles] | import FILE.opml | export"
    )


def _list(out: TextIO, as_json: bool) -> int:
    store = Store().load()
    is_read = read_marks()
    rows = []
    for record in store.feeds:
        rels = store.feed_articles(record["url"])
        present = [store.full_path(r) for r in rels if store.full_path(r).is_file()]
        rows.append({
            "title": record.get("title", ""), "url": record["url"],
            "last_fetch": record.get("last_fetch"), "articles": len(present),
            "unread": sum(1 for p in present if not is_read(p)),
            "last_error": record.get("last_error"), "keep": record.get("keep"),
        })
    if as_json:
        _dump_json(rows, out)
        return 0
    if not rows:
        out.write("No feeds yet. Subscribe with `reader add URL`.\n")
        return 0
    for row in rows:
        fetched = (row["last_fetch"] or "never").replace("T", " ").rstrip("Z")
        out.write(f"{_one_line(row['title'] or '(untitled)')}\n  {_one_line(row['url'])}\n"
                  f"  last fetch {fetched} · {counted(row['articles'], 'article')} · "
                  f"{row['unread']:,} unread"
                  + (f" · keeps {row['keep']}" if row["keep"] else "") + "\n")
        if row["last_error"]:
            out.write(f"  last error: {_one_line(row['last_error'])}\n")
    return 0


def _remove(url: str, delete: bool, out: TextIO, err: TextIO) -> int:
    store = Store()
    with store.locked():
        found, deleted = store.remove_feed(url, delete)
        if found:
            store.save()
    if not found:
        err.write(f"reader: not subscribed: {_one_line(url)}\n")
        return 1
    kept = "" if delete else " (its saved articles are kept)"
    out.write(f"Unsubscribed from {_one_line(url)}{kept}")
    out.write(f"; {deleted} articles deleted\n" if delete else "\n")
    return 0


def _import(name: str, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from reader.feeds.opml import OpmlError, read_opml

    try:
        feeds = read_opml(Path(name).expanduser())
    except OpmlError as error:
        raise BadArguments(str(error)) from None
    store = Store()
    added = 0
    with store.locked():
        for url, title in feeds:
            try:
                check_url(url)
            except FetchError as error:
                err.write(f"reader: skipped: {_one_line(error)}\n")
                continue
            if store.feed(url) is None:
                store.add_feed(url, title)
                added += 1
        store.save()
    out.write(f"Imported {added} feed{'s' if added != 1 else ''} "
              f"({len(feeds) - added} already there or skipped); `reader fetch` fetches them\n")
    return 0


def _export(out: TextIO) -> int:
    store = Store().load()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
              "  <head><title>reader subscriptions</title></head>\n  <body>\n")
    for record in store.feeds:
        title = quoteattr(record.get("title") or record["url"])
        out.write(f'    <outline type="rss" text={title} title={title} '
                  f'xmlUrl={quoteattr(record["url"])}/>\n')
    out.write("  </body>\n</opml>\n")
    return 0


__all__ = ["BadArguments", "StoreError", "run_add", "run_feeds", "run_fetch"]
