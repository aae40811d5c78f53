"""Rules over the words around a name: the kind they give it, appositions, sentence starts."""

from __future__ import annotations

from reader.entities.base import COMPANY, MODEL
from reader.entities.lexicon import (
    AGENT_PREPS,
    APPOSED,
    APPOSED_NOUNS,
    APPOSED_PARTICIPLES,
    COMPANY_NOUNS,
    COMPANY_VERB,
    INVEST_WORDS,
    MADE_WITH,
    MODEL_NOUNS,
    MODEL_VERB,
    OWNER_PREPS,
    ROLE_NOUNS,
    SENTENCE_END,
    SENTENCE_LEAD,
    STOP,
    SUE_VERBS,
    SUIT_NOUNS,
    TOKEN,
    USE_VERBS,
    WINDOW_CUT,
)
from reader.entities.shapes import NATIONAL_FORMS

_ARTICLES = frozenset({"le", "la", "l", "du", "au", "un", "une"})


def apposed(text: str, end: int) -> str | None:
    """The sense an apposition after a name gives it: company, model, 'person', 'product'."""
    found = APPOSED.match(text, end)
    if found is None:
        return None
    first = found.group("first").lower()
    if found.group("det") is None and first in APPOSED_PARTICIPLES:
        return COMPANY
    # The noun, or an adjective and then the noun: "une cliente", "une jeune pousse".
    words = [first, (found.group("second") or "").lower()]
    for word in words:
        for sense, nouns in APPOSED_NOUNS:
            if word in nouns:
                return sense
    return None


def tokens_before(text: str, start: int) -> list[str]:
    """Lower-cased words before `start` in the same clause, nearest first."""
    segment = text[max(0, start - 100) : start]
    cuts = list(WINDOW_CUT.finditer(segment))
    if cuts:
        segment = segment[cuts[-1].end() :]
    return TOKEN.findall(segment.lower())[::-1]


def context_cue(text: str, start: int, end: int) -> str | None:
    """The kind the words around a name give it: 'company', 'model', or None."""
    tokens = tokens_before(text, start)
    if tokens:
        nearest = tokens[0]
        if nearest in NATIONAL_FORMS and len(tokens) > 1 and tokens[1] in _ARTICLES:
            # "le modèle du chinois DeepSeek", "l'américain Perplexity": a nationality
            # written as an adjective before a name makes it a business (a model is
            # "le modèle chinois DeepSeek")
            return COMPANY
        if nearest in AGENT_PREPS:
            # "généré par Midjourney": a tool; "développé par Anysphere": a maker.
            return MODEL if len(tokens) > 1 and tokens[1] in MADE_WITH else COMPANY
        if nearest in USE_VERBS:
            return MODEL
        if nearest in SUE_VERBS:
            return COMPANY
        if nearest in ("dans", "in") and len(tokens) > 1 and tokens[1] in INVEST_WORDS:
            return COMPANY  # "investir dans Perplexity"
        if nearest in OWNER_PREPS:
            # (and "la concurrence de X": who competes is a business; "une plainte de X")
            if any(t in MODEL_NOUNS or t in ROLE_NOUNS or t in COMPANY_NOUNS
                   or t == "concurrence" or t in SUIT_NOUNS for t in tokens[1:4]):
                return COMPANY
            return None
        if nearest in ("ia", "ai"):
            return MODEL
    for token in tokens[:7]:
        if token in STOP:
            break
        if token in MODEL_NOUNS:
            return MODEL
        if token in COMPANY_NOUNS:
            return COMPANY
    sense = apposed(text, end)
    if sense in (COMPANY, MODEL):
        return sense
    if sense == "person":
        return None  # ("Gemma, une cliente, a signé": the person signed)
    after = text[end : end + 150]
    if COMPANY_VERB.match(after):
        return COMPANY
    if MODEL_VERB.match(after):
        return MODEL
    return None


def at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in SENTENCE_LEAD:
        i -= 1
    if i < 0 or text[i] in SENTENCE_END:
        return True
    # A list marker such as "1." or "2)" at the start of a line.
    return text[i].isdigit() and (i == 0 or text[i - 1] == "\n")

