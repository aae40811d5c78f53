"""`reader relations [ID|PATH ...] [--json | --dot | --mermaid]`: the map, for scripts."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TextIO

from reader.relations import UNORDERED, Edge, RelationCache, RelationMap, build_map, relations_for
from reader.relations_picture import shown_evidence, type_word
from reader.text import one_line


def load_map(paths: list[Path] | None) -> tuple[RelationMap, list[str], bool]:
    """The map of the articles under `paths` (None: the default library), messages, any article."""
    from reader.articles import load_library
    from reader.entities import default_matcher
    from reader.paths import default_library

    library = load_library(paths if paths is not None else default_library())
    matcher = default_matcher()
    cache = RelationCache().load()
    articles = sorted(library.articles, key=lambda a: a.id)
    found = [(article, relations_for(article, cache, matcher)) for article in articles]
    cache.save()
    from reader.relations_classifier import unavailable

    learned = [unavailable] if unavailable else []
    return build_map(found), [*matcher.messages, *library.messages, *learned], bool(articles)


def run(paths: list[Path] | None, output: str, out: TextIO) -> int:
    """Print the map; status 1 when nothing could be read although something was asked for."""
    relation_map, messages, any_article = load_map(paths)
    if not any_article and not messages:
        # (an empty folder said only "No relations.", as if its articles had none)
        messages = ["No articles found: nothing to read relations from."]
    for message in messages:
        print(message, file=sys.stderr)
    writer = {"json": as_json, "dot": as_dot, "mermaid": as_mermaid}.get(output, as_text)
    out.write(writer(relation_map))
    return 1 if messages and not any_article else 0


def _first_per_article(edge: Edge) -> list:
    seen: dict[int, object] = {}
    for e in edge.evidence:
        seen.setdefault(id(e.article), e)
    return list(seen.values())


def as_json(relation_map: RelationMap) -> str:
    rows = [
        {
            "type": edge.type,
            "a": edge.a,
            "b": edge.b,
            "status": edge.status,
            "articles": [
                {
                    "id": e.article.id,
                    "path": str(e.article.path),
                    "block": e.relation.block,
                    "start": e.relation.start,
                    "end": e.relation.end,
                    "evidence": e.relation.evidence,
                }
                for e in _first_per_article(edge)
            ],
        }
        for edge in relation_map.edges
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def _dot_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def as_dot(relation_map: RelationMap) -> str:
    """Graphviz: partnership and rivalry without arrows, the others from a to b."""
    lines = ["digraph relations {", "  node [shape=box];"]
    for edge in relation_map.edges:
        attributes = [f"label={_dot_string(edge.type)}"]
        if edge.type in UNORDERED:
            attributes.append("dir=none")
        if edge.status != "stated":
            attributes.append(f"style={'dashed' if edge.status == 'talks' else 'dotted'}")
        lines.append(f"  {_dot_string(edge.a)} -> {_dot_string(edge.b)} "
                     f"[{', '.join(attributes)}, tooltip={_dot_string(edge.status)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_label(text: str) -> str:
    # Mermaid has no escape inside quotes but entity codes; brackets and pipes would end a label.
    return re.sub(r'["|<>\[\]{}()#;`]', lambda m: f"#{ord(m.group())};", text)


def as_mermaid(relation_map: RelationMap) -> str:
    ids: dict[str, str] = {}
    lines = ["graph LR"]
    for edge in relation_map.edges:
        for name in (edge.a, edge.b):
            if name not in ids:
                ids[name] = f"n{len(ids)}"
                lines.append(f'  {ids[name]}["{_mermaid_label(name)}"]')
    for edge in relation_map.edges:
        label = edge.type if edge.status == "stated" else f"{edge.type} ({edge.status})"
        arrow = "---" if edge.type in UNORDERED else "-->"
        if edge.status in ("talks", "rumored"):
            arrow = "-.-" if edge.type in UNORDERED else "-.->"
        lines.append(f"  {ids[edge.a]} {arrow}|{_mermaid_label(label)}| {ids[edge.b]}")
    return "\n".join(lines) + "\n"


def as_text(relation_map: RelationMap) -> str:
    if not relation_map.edges:
        return "No relations.\n"
    lines = []
    for name, count in relation_map.companies():
        lines.append(f"{name} ({count})")
        for edge in relation_map.of(name):
            arrow = "—" if edge.type in UNORDERED else ("→" if edge.a == name else "←")
            n = len(edge.articles)
            lines.append(f"  {arrow} {edge.other(name)}  {type_word(edge.type)}, {edge.status}, "
                         f"{n} article{'s' if n != 1 else ''}")
            # The sentences that say so, one per article (as --help promises), on one line
            # each: article text passes the one-line gate like any outside text.
            shown = _first_per_article(edge)
            for evidence in shown[:_EVIDENCE_SHOWN]:
                sentence = shown_evidence(evidence.relation.evidence)
                lines.append(f"      « {one_line(sentence, 240)} »")
            if len(shown) > _EVIDENCE_SHOWN:
                lines.append(f"      +{len(shown) - _EVIDENCE_SHOWN} more")
    return "\n".join(lines) + "\n"


_EVIDENCE_SHOWN = 2
