"""Fetching news: reader's fetch + extract + save against trafilatura's own extraction.

Run: python benchmarks/fetch.py [--pages 200] [--feeds 20] [--rounds 3]

A local server (127.0.0.1, in this process) serves `--pages` French article pages, each with the
navigation, cookie banner, ads, newsletter box, related links and comments of tests/feeds, and
`--feeds` RSS feeds listing them (ETag and Last-Modified set). Each round:

  baseline  `trafilatura.extract` on every page's bytes, one after the other, with the options
            reader uses (Markdown, links, images, tables, no comments);
  first     `Fetcher.refresh()` into an empty library: every feed and page fetched, extracted,
            saved as Markdown (4 requests at once; the per-host limit is raised to 4, since all
            pages sit on one host here and the politeness rule is not what is measured);
  second    `Fetcher.refresh()` again with nothing new: one conditional request per feed (304).

Printed: median first / median baseline (target <= 1.3) and median second / median first
(target <= 0.05), and how many saved articles hold every paragraph of their page and none of its
boilerplate (extraction quality on these pages).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "feeds"))

from feed_server import running  # noqa: E402
from feed_site import BOILERPLATE, Article, page, rss  # noqa: E402

TARGET_EXTRACT = 1.3
TARGET_SECOND = 0.05


def articles(count: int) -> list[Article]:
    """`count` distinct French articles cut from the bundled seeds' paragraphs."""
    from reader.articles import load_library
    from reader.paths import seeds_dir

    paragraphs = [
        block.text
        for article in load_library([seeds_dir()]).articles
        for block in article.blocks
        if block.kind == "paragraph" and len(block.text) > 120
    ]
    out = []
    for n in range(count):
        chosen = [paragraphs[(n * 3 + k) % len(paragraphs)] for k in range(5)]
        chosen[0] = f"Dépêche {n} : " + chosen[0]
        out.append(Article(
            f"article-{n}", f"Actualité de l'IA numéro {n}", f"Auteur {n % 7}",
            f"2026-02-{1 + n % 28:02d}T{n % 24:02d}:00:00Z", chosen,
            f"Intertitre {n}", "la source", f"/source/{n}",
        ))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4, help="requests at once (reader: 4)")
    args = parser.parse_args()

    import trafilatura

    from reader.feeds import Fetcher, Store
    from reader.webpage import decode_html

    items = articles(args.pages)
    per_feed = max(1, len(items) // args.feeds)
    with running() as server:
        bodies = {}
        for article in items:
            html = page(article).encode("utf-8")
            server.serve(f"/articles/{article.slug}", html)
            bodies[server.url(f"/articles/{article.slug}")] = html
        for number in range(args.feeds):
            chunk = items[number * per_feed:(number + 1) * per_feed]
            server.serve(f"/feed{number}.xml", rss(server.base, chunk, title=f"Flux {number}"),
                         "application/rss+xml", etag=f'"f{number}"')

        def baseline() -> float:
            start = time.perf_counter()
            for url, body in bodies.items():
                trafilatura.extract(
                    decode_html(body), url=url, output_format="markdown", include_links=True,
                    include_images=True, include_tables=True, include_comments=False,
                    include_formatting=True, with_metadata=True,
                )
            return time.perf_counter() - start

        baseline()  # imports and first-call caches, for both sides
        base_times, first_times, second_times = [], [], []
        quality = (0, 0)
        for _round in range(args.rounds):
            base_times.append(baseline())
            root = Path(tempfile.mkdtemp(prefix="reader-fetch-bench-"))
            os.environ["READER_DATA_DIR"] = str(root)
            store = Store(root)
            with store.locked():
                for number in range(args.feeds):
                    store.add_feed(server.url(f"/feed{number}.xml"))
                store.save()
            fetcher = Fetcher(Store(root), concurrency=args.concurrency,
                              per_host=args.concurrency)
            start = time.perf_counter()
            first = fetcher.refresh()
            first_times.append(time.perf_counter() - start)
            assert first.new == len(bodies), (first.new, [o.error for o in first.outcomes][:3])
            start = time.perf_counter()
            second = fetcher.refresh()
            second_times.append(time.perf_counter() - start)
            assert second.new == 0 and all(f.not_modified for f in second.feeds)
            quality = _quality(root, items)

    base, first, second = (statistics.median(t) for t in (base_times, first_times, second_times))
    print(f"{args.pages} pages, {args.feeds} feeds, {args.rounds} rounds (medians), "
          f"{args.concurrency} requests at once")
    print(f"trafilatura.extract on the same bytes : {base:7.3f} s")
    print(f"reader first refresh (fetch+extract+save): {first:7.3f} s")
    print(f"reader second refresh (nothing new)    : {second:7.3f} s")
    print(f"first / extract  = {first / base:.2f}x (target <= {TARGET_EXTRACT})")
    print(f"second / first   = {second / first:.1%} (target <= {TARGET_SECOND:.0%})")
    print(f"extraction: {quality[0]}/{quality[1]} articles hold every paragraph and no boilerplate")
    return 0 if first / base <= TARGET_EXTRACT and second / first <= TARGET_SECOND else 1


def _quality(root: Path, items: list[Article]) -> tuple[int, int]:
    from reader.articles import load_article

    good = 0
    files = list((root / "library").rglob("*.md"))
    by_title = {}
    for path in files:
        article = load_article(path)
        by_title[article.title] = article.text
    for item in items:
        # Whitespace compared as words: trafilatura turns French no-break spaces into spaces.
        text = " ".join(by_title.get(item.title, "").split())
        paragraphs = [" ".join(p.split()) for p in item.paragraphs]
        if all(p in text for p in paragraphs) and not any(b in text for b in BOILERPLATE):
            good += 1
    return good, len(items)


if __name__ == "__main__":
    sys.exit(main())
