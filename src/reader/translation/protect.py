"""Keep company and model names exactly as written through a translation model.

A model may translate a name ("Le Chat" -> "The Cat", "Mistral" -> "Mistral wind"). Each
name is swapped for a placeholder the model copies unchanged, then put back. Placeholders
are three-digit numbers: digits are in every Argos vocabulary, sentencepiece leaves them
alone, translation models copy numbers verbatim (they are trained to), and three digits
never get a thousands separator. Numbers already in the sentence are skipped. A translator
passes its candidates cheapest first (fewest tokens in its vocabulary): every extra token
is one more decoding step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

DEFAULT_CANDIDATES = tuple(str(n) for n in range(701, 999))


@dataclass(frozen=True, slots=True)
class Protected:
    """A sentence with names replaced; `names` maps each placeholder to the original text."""

    text: str
    names: tuple[tuple[str, str], ...] = ()


def candidates_by_cost(count_tokens: Callable[[str], int]) -> tuple[str, ...]:
    """Three-digit placeholders ordered by how many tokens a tokenizer makes of them."""
    return tuple(sorted((str(n) for n in range(100, 1000)), key=lambda s: (count_tokens(s), s)))


def protect(
    text: str,
    spans: Iterable[tuple[int, int]],
    candidates: Sequence[str] = DEFAULT_CANDIDATES,
) -> Protected:
    """Replace each (start, end) range of `text` by a placeholder; overlaps keep the first."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start < 0 or end > len(text) or start >= end:
            continue
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end))
    if not chosen:
        return Protected(text)
    numbers = (n for n in candidates if n not in text)
    parts: list[str] = []
    names: list[tuple[str, str]] = []
    last = 0
    for start, end in chosen:
        placeholder = next(numbers, None)
        if placeholder is None:
            break
        parts.append(text[last:start])
        parts.append(placeholder)
        names.append((placeholder, text[start:end]))
        last = end
    parts.append(text[last:])
    return Protected("".join(parts), tuple(names))


def restore(translated: str, protected: Protected) -> str | None:
    """Put the names back; None if a placeholder did not come back exactly once."""
    result = translated
    for placeholder, name in protected.names:
        pattern = re.compile(rf"(?<!\d){placeholder}(?!\d)")
        if len(pattern.findall(result)) != 1:
            return None
        result = pattern.sub(lambda _match, name=name: name, result)
    return result
