"""Gazetteer files: the bundled one and the user's entities.toml, read into Entity entries.

The format and the annotation decisions are documented in the header of data/gazetteer.toml.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from reader.entities.base import COMPANY, KINDS, MODEL, SENSES, Entity, GazetteerError
from reader.entities.patterns import pattern_source

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "gazetteer.toml"
USER_FILE_NAME = "entities.toml"


def _strings(value: object, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(f"{field} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def entity_from_dict(entry: object) -> Entity:
    """Validate one entry of a gazetteer file; raise GazetteerError saying what is wrong."""
    if not isinstance(entry, dict):
        raise GazetteerError("not a table")
    unknown = set(entry) - {"name", "kind", "forms", "patterns", "maker", "also", "requires",
                            "case", "assistant"}
    if unknown:
        raise GazetteerError(f"unknown field {sorted(unknown)[0]!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError("name must be a non-empty string")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise GazetteerError(f"kind must be 'company' or 'model', not {kind!r}")
    forms = _strings(entry["forms"], "forms") if "forms" in entry else (name.strip(),)
    patterns = _strings(entry.get("patterns"), "patterns")
    for pattern in patterns:
        try:
            compiled = re.compile(pattern_source(pattern))
        except re.error as error:
            raise GazetteerError(f"pattern {pattern!r} is not a valid regex ({error})") from None
        if compiled.groups:
            raise GazetteerError(f"pattern {pattern!r} has capturing groups; use (?:...)")
        if compiled.match(""):
            raise GazetteerError(f"pattern {pattern!r} matches empty text")
    if not forms and not patterns:
        raise GazetteerError("needs at least one form or pattern")
    maker = entry.get("maker")
    if maker is not None and (not isinstance(maker, str) or not maker.strip()):
        raise GazetteerError("maker must be a non-empty string")
    also = frozenset(_strings(entry.get("also"), "also"))
    if also - SENSES:
        raise GazetteerError(f"also: unknown sense {sorted(also - SENSES)[0]!r}")
    case = entry.get("case", "exact")
    if case not in ("exact", "strict"):
        raise GazetteerError("case must be 'exact' or 'strict'")
    assistant = entry.get("assistant", False)
    if not isinstance(assistant, bool):
        raise GazetteerError("assistant must be true or false")
    if assistant and kind != MODEL:
        raise GazetteerError("assistant is for a model entry (an assistant built on models)")
    return Entity(
        name=name.strip(),
        kind=kind,
        forms=forms,
        patterns=patterns,
        maker=maker.strip() if maker else None,
        also=also,
        requires=_strings(entry.get("requires"), "requires"),
        strict_case=case == "strict",
        assistant=assistant,
    )


def load_gazetteer(path: Path, strict: bool = False) -> tuple[list[Entity], list[str]]:
    """Read a gazetteer file; bad entries become one-line messages (or errors when strict)."""
    label = str(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return [], []
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        if strict:
            raise
        return [], [f"{label}: cannot read entities ({_one_line(error)}); file ignored"]
    entities: list[Entity] = []
    messages: list[str] = []
    entries = data.get("entity", [])
    if not isinstance(entries, list):
        entries = [entries]
    for number, entry in enumerate(entries, 1):
        try:
            entities.append(entity_from_dict(entry))
        except GazetteerError as error:
            name = entry.get("name") if isinstance(entry, dict) else None
            where = f"entity {number}" + (f" ({name!r})" if isinstance(name, str) else "")
            message = f"{label}: {where}: {error}; skipped"
            if strict:
                raise GazetteerError(message) from None
            messages.append(message)
    ignore = data.get("ignore", [])
    try:
        names = _strings(ignore, "ignore")
    except GazetteerError as error:
        if strict:
            raise
        messages.append(f"{label}: {error}; ignore list skipped")
    else:
        entities.extend(Entity(n, COMPANY, (n,), ignore=True) for n in names)
    return entities, messages


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())

def user_entities_path() -> Path:
    from reader import paths

    return paths.config_dir() / USER_FILE_NAME

