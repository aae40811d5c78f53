"""Scoring relation extraction against a gold batch, as issue 14 measures it.

A gold batch is JSON: {"articles": [{"id", "text", "relations": [{"type", "a", "b", "status",
"evidence"}]}]}. Relations are compared per article as (type, a, b), partnership and rivalry
as unordered pairs; precision and recall are counted over the scored types (makes_model is
reported on its own), and the status is checked on the relations both sides have.

Run: python -m reader.relations_score tests/data/relations_R1.json [--errors]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reader.relations import (
    ACQUISITION,
    INVESTMENT,
    MAKES_MODEL,
    PARTNERSHIP,
    RIVALRY,
    USES_MODEL,
    Relation,
    article_relations,
    one_per_key,
    relation_key,
)

SCORED = (PARTNERSHIP, INVESTMENT, ACQUISITION, USES_MODEL, RIVALRY)

Key = tuple[str, str, str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    scored: Counts = field(default_factory=Counts)
    makes: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)
    status_right: int = 0
    status_total: int = 0
    # Scored gold relations whose two parties are both among the article's mentions: what the
    # cues can reach at best; a miss past that is mention recall (issue 13), not a cue.
    reachable: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.status_total if self.status_total else 1.0

    def summary(self) -> str:
        lines = [
            f"scored types: P {self.scored.precision:.3f}  R {self.scored.recall:.3f}  "
            f"(tp {self.scored.tp}, fp {self.scored.fp}, fn {self.scored.fn})",
            f"makes_model:  P {self.makes.precision:.3f}  R {self.makes.recall:.3f}  "
            f"(tp {self.makes.tp}, fp {self.makes.fp}, fn {self.makes.fn})",
            f"status accuracy on matched: {self.status_accuracy:.3f} "
            f"({self.status_right}/{self.status_total})",
            f"ceiling: {self.reachable} of {self.scored.tp + self.scored.fn} scored gold relations "
            f"have both parties among the mentions (R <= "
            f"{self.reachable / max(1, self.scored.tp + self.scored.fn):.3f})",
        ]
        for kind, c in sorted(self.per_type.items()):
            lines.append(f"  {kind:<12} P {c.precision:.3f}  R {c.recall:.3f}  "
                         f"(tp {c.tp}, fp {c.fp}, fn {c.fn})")
        return "\n".join(lines)


# A company's legal or generic tail: "Meta Platforms" is Meta, "SoundHound AI" is SoundHound.
_COMPANY_TAIL = re.compile(
    r"(?:\s+(?:ai|inc|corp|corporation|platforms|sa|sas|se|ag|gmbh|ltd|llc|plc|group|groupe))+$")


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑_.’']+", " ", bare).strip()


def company_name(name: str) -> str:
    """How the scorer compares company names: case, accents and legal tails aside, and a form
    the gazetteer files under a shorter canonical name it begins with ("Sequoia Capital" is
    "Sequoia", "LG Electronics" is "LG") as that name, since the map names companies so.
    A form filed under a name it does not begin with is not relaxed: the map would be wrong
    to merge them. A cloud arm named after
    its group is the group, as the map names it (reader.coref.group_name)."""
    from reader.coref import group_name

    plain = _plain(group_name(name))
    plain = _shortened().get(plain, plain)
    return _COMPANY_TAIL.sub("", plain) or plain


@cache
def _shortened() -> dict[str, str]:
    from reader.coref import group_name
    from reader.entities import BUNDLED, COMPANY, load_gazetteer

    entities, _ = load_gazetteer(BUNDLED)
    out: dict[str, str] = {}
    for entity in entities:
        if entity.kind != COMPANY:
            continue
        canonical = _plain(entity.name)
        initials = "".join(word[0] for word in canonical.split())
        # (the name the map gives the company: "AWS" is Amazon Web Services, shown as Amazon)
        shown = _plain(group_name(entity.name))
        for form in entity.forms:
            if _plain(form).startswith(canonical + " "):
                out[_plain(form)] = shown
            elif form.isupper() and len(form) >= 3 and _plain(form) == initials:
                # An acronym of the name the map shows is that company ("QIA" is the Qatar
                # Investment Authority, "AWS" Amazon Web Services).
                out[_plain(form)] = shown
    return out


def model_name(name: str) -> str:
    """How the scorer compares model names: case, accents, spaces and hyphens aside."""
    return _plain(name)


def fair_key(kind: str, a: str, b: str) -> Key:
    """A relation's key with names compared fairly; type and direction stay strict."""
    second = model_name(b) if kind in (USES_MODEL, MAKES_MODEL) else company_name(b)
    return relation_key(kind, company_name(a), second)


def gold_keys(relations: list[dict]) -> dict[Key, str]:
    """(type, a, b) -> status, one per key (the first status given)."""
    out: dict[Key, str] = {}
    for r in relations:
        out.setdefault(fair_key(r["type"], r["a"], r["b"]), r.get("status", "stated"))
    return out


def predicted(text: str, article_id: str) -> tuple[list[Relation], set[str]]:
    """The article's relations, one per key, and the fair names of its mentions."""
    from reader.articles import article_from_text
    from reader.entities import article_mentions
    from reader.relations import party_name

    article = article_from_text(text, Path(f"{article_id}.md"), article_id)
    mentions = article_mentions(article)
    names = {company_name(m.canonical) for m in mentions} \
        | {model_name(party_name(m)) for m in mentions}
    return one_per_key(article_relations(article, mentions=mentions)), names


def score(batch: dict) -> Score:
    result = Score()
    for item in batch["articles"]:
        gold = gold_keys(item["relations"])
        found: dict[Key, Relation] = {}
        relations, named = predicted(item["text"], item["id"])
        for r in relations:
            found.setdefault(fair_key(*r.key), r)
        result.reachable += sum(1 for kind, a, b in gold
                                if kind != MAKES_MODEL and a in named and b in named)
        for key in set(gold) | set(found):
            kind = key[0]
            counts = result.makes if kind == MAKES_MODEL else result.scored
            per = result.per_type.setdefault(kind, Counts())
            if key in gold and key in found:
                counts.tp += 1
                per.tp += 1
                result.status_total += 1
                if gold[key] == found[key].status:
                    result.status_right += 1
                else:
                    result.errors.append(
                        f"{item['id']}: status {key} gold {gold[key]} got {found[key].status}")
            elif key in found:
                counts.fp += 1
                per.fp += 1
                result.errors.append(f"{item['id']}: FP {key} [{found[key].status}] "
                                     f"« {found[key].evidence[:160]} »")
            else:
                counts.fn += 1
                per.fn += 1
                evidence = next((r.get("evidence", "") for r in item["relations"]
                                 if fair_key(r["type"], r["a"], r["b"]) == key), "")
                unseen = "" if key[1] in named and key[2] in named else " (a party unmentioned)"
                result.errors.append(f"{item['id']}: FN {key} [{gold[key]}]{unseen} "
                                     f"« {evidence[:160]} »")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score relation extraction on a gold batch.")
    parser.add_argument("batch", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    result = score(json.loads(args.batch.read_text(encoding="utf-8")))
    try:
        print(result.summary())
        if args.errors:
            print("\n".join(sorted(result.errors)))
        sys.stdout.flush()
    except BrokenPipeError:
        # `… | head -1`: the reader of the scores left; not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
