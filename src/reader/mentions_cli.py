"""`reader mentions [ID|PATH ...] [--json]`: the mentions of companies and AI models, for scripts
and for people."""

from __future__ import annotations

import json
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import TextIO

from reader.entities import Mention, article_mentions, default_matcher
from reader.wording import counted

WIDTH = 80


def run(paths: list[Path] | None, as_json: bool, out: TextIO) -> int:
    """Print the mentions of the articles under `paths` (None: the bundled seeds).

    Files that cannot be read are reported on stderr; the status is 1 when nothing could be read
    although something was asked for, else 0.
    """
    from reader.articles import load_library
    from reader.paths import default_library

    library = load_library(paths if paths is not None else default_library())
    matcher = default_matcher()
    for message in [*matcher.messages, *library.messages]:
        print(message, file=sys.stderr)
    articles = sorted(library.articles, key=lambda a: a.id)
    found = [(article, article_mentions(article, matcher)) for article in articles]
    if as_json:
        rows = [
            {
                "path": str(article.path),
                "id": article.id,
                "kind": m.kind,
                "text": m.text,
                "canonical": m.canonical,
                "start": m.start,
                "end": m.end,
            }
            for article, mentions in found
            for m in mentions
        ]
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(table([(article.id, article.title, mentions) for article, mentions in found]))
    return 1 if library.messages and not articles else 0


def table(found: list[tuple[str, str, list[Mention]]], width: int = WIDTH) -> str:
    """Entities with their kind, total and counts per article, numbered to fit 80 columns."""
    lines: list[str] = []
    if not found:
        return "No articles.\n"
    number_width = len(str(len(found)))
    lines.append(f"{counted(len(found), 'article')}:")
    for number, (article_id, title, mentions) in enumerate(found, 1):
        head = f"  [{number:>{number_width}}] {article_id}  "
        tail = f"  ({len(mentions)})"
        rest = width - len(head) - len(tail)
        short = title if len(title) <= rest else title[: max(rest - 1, 0)] + "…"
        lines.append(f"{head}{short}{tail}")
    totals: Counter[tuple[str, str]] = Counter()
    per_article: dict[tuple[str, str], Counter[int]] = {}
    for number, (_, _, mentions) in enumerate(found, 1):
        for m in mentions:
            key = (m.canonical, m.kind)
            totals[key] += 1
            per_article.setdefault(key, Counter())[number] += 1
    lines.append("")
    if not totals:
        lines.append("No mentions.")
        return "\n".join(lines) + "\n"
    name_width = min(max(len(name) for name, _ in totals), 28)
    header = f"{'entity':<{name_width}}  {'kind':<7}  {'total':>5}  per article [n]×count"
    lines.append(header)
    lines.append("-" * min(len(header), width))
    indent = " " * (name_width + 2 + 7 + 2 + 5 + 2)
    order = sorted(totals, key=lambda key: (-totals[key], key[0].lower(), key[1]))
    for name, kind in order:
        counts = per_article[(name, kind)]
        cells = " ".join(f"[{n}]×{counts[n]}" for n in sorted(counts))
        shown = name if len(name) <= name_width else name[: name_width - 1] + "…"
        first = f"{shown:<{name_width}}  {kind:<7}  {totals[(name, kind)]:>5}  "
        wrapped = textwrap.wrap(cells, width=width - len(indent)) or [""]
        lines.append(first + wrapped[0])
        lines.extend(indent + more for more in wrapped[1:])
    return "\n".join(lines) + "\n"
