"""French sentence splitting that never loses a character and never needs a download.

argostranslate's default splitter (MiniSBD) fetches a model on first use and fails offline,
so reader splits sentences itself. The pieces returned always join back to the input:
whitespace after a sentence stays with it, so the translation can be reassembled with the
same spacing.
"""

from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence ("M. Dupont", "p. ex.").
# Compared case-sensitively first, then in lower case for the lower-case forms.
ABBREVIATIONS = frozenset(
    {
        # Titles.
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Drs", "Pr",
        "Prs", "St", "Ste", "Sts", "Stes", "Jr", "Sr", "Mr", "Mrs", "Ms", "Prof",
        # Companies.
        "Cie", "Ets", "Inc", "Ltd", "Corp", "Co", "Bros",
        # Usual French abbreviations.
        # Not "art", "vol", "mer", "sept": they are also words that end sentences.
        "p", "pp", "ex", "cf", "av", "apr", "env", "chap", "fig", "n", "no", "nº", "éd",
        "coll", "dir", "trad", "sq", "suiv", "vs", "approx", "hab", "tél", "boul", "réf",
        "cit", "op", "ibid", "al", "resp", "sté", "janv", "févr", "fév", "avr", "juil",
        "oct", "nov", "déc",
    }
)
_LOWER_ABBREVIATIONS = frozenset(a for a in ABBREVIATIONS if a == a.lower())

_TERMINATORS = ".!?…"
# Marks that may close a sentence after its terminator: quotes, brackets.
_CLOSERS = "»\"”’')]}"
# Spaces French typography puts inside guillemets and before ?!: NBSP and narrow NBSP.
_INNER_SPACE = "\u00a0\u202f\u2009"
# What may open the next sentence.
_OPENERS = "«\"“‘'([{—–-¿¡*•"

_BOUNDARY = re.compile(
    rf"(?P<end>[{re.escape(_TERMINATORS)}]+(?:[ {_INNER_SPACE}]*[{re.escape(_CLOSERS)}])*)"
    rf"(?P<space>\s+)"
    rf"(?=[{re.escape(_OPENERS)}{_INNER_SPACE}\s]*(?P<next>\w))"
)
_WORD_BEFORE = re.compile(r"([\w.\-’']*)$")

# Longer sentences are cut at a comma or semicolon: real models truncate long input.
MAX_SENTENCE_CHARS = 600


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    """Split `text` into sentences; `"".join(result) == text` always holds.

    Each piece carries the whitespace that follows it; leading whitespace of the text
    goes with the first piece. Empty text gives an empty list.
    """
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.end()
        pieces.extend(_cut_long(text[start:end], max_chars))
        start = end
    if start < len(text):
        pieces.extend(_cut_long(text[start:], max_chars))
    return pieces


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    ending = match.group("end")
    next_char = match.group("next")
    if not (next_char.isupper() or next_char.isdigit()):
        # "…et puis", "?, dit-il", "etc. et": the sentence goes on in lower case.
        return False
    if ending[0] != "." or ending.startswith(".."):
        return True
    word = _WORD_BEFORE.search(text, 0, match.start()).group(1)
    word = word.lstrip("-’'")
    if not word:
        return True
    if word in ABBREVIATIONS or word.lower() in _LOWER_ABBREVIATIONS:
        return False
    # "J. Dupont", "É.-U.", "c.-à-d.", "U.E.": initials and dotted abbreviations.
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False
    return "." not in word


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    """Cut an over-long sentence after `; `, `: ` or `, ` (else a space), keeping every char."""
    out: list[str] = []
    while len(sentence) > max_chars:
        window = sentence[:max_chars]
        cut = -1
        for mark in ("; ", ": ", ", ", " "):
            position = window.rfind(mark, max_chars // 3)
            if position > 0:
                cut = position + len(mark)
                break
        if cut <= 0:
            break
        # Keep following spaces with this piece.
        while cut < len(sentence) and sentence[cut].isspace():
            cut += 1
        if cut >= len(sentence):
            break
        out.append(sentence[:cut])
        sentence = sentence[cut:]
    out.append(sentence)
    return out
