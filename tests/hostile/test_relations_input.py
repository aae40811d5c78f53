"""Hostile article text through the relation engine: every shape must finish, whatever its size.

Each text is sized so that a linear reading takes well under a second and a regex that
backtracks polynomially (or worse) takes hours: the subprocess's generous timeout then fails the
test instead of hanging the suite, as a stuck worker would hang the partnership map.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

# Time for the interpreter, the gazetteer and the engine on a loaded machine; the defects
# these tests guard against took from minutes to days on the same texts.
TIMEOUT = 240

_RUN = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from reader.articles import article_from_text
    from reader.entities import article_mentions
    from reader.relations import article_relations
    article = article_from_text(sys.stdin.read(), Path("hostile.md"))
    mentions = article_mentions(article)
    relations = article_relations(article, mentions=mentions)
    print(json.dumps([len(mentions), sorted([r.type, r.a, r.b] for r in relations)]))
""")


def _relations(text: str) -> tuple[int, list[list[str]]]:
    """(how many mentions, the relations as [type, a, b]) the engine reads in `text`."""
    try:
        done = subprocess.run([sys.executable, "-c", _RUN], input=text, capture_output=True,
                              text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the relation engine did not finish within {TIMEOUT}s on {len(text)} chars")
    assert done.returncode == 0, done.stderr[-2000:]
    count, relations = json.loads(done.stdout)
    return count, relations


def test_long_runs_of_blanks_between_two_names_finish() -> None:
    # The gap between two names went through a list pattern with four adjacent runs of
    # blanks: cubic in the gap (800 blanks took 11 s; these would take days).
    text = "Meta" + " " * 10_000 + "s'associe à" + "\t " * 5_000 + "OpenAI.\n"
    count, _ = _relations(text)
    assert count == 2


def test_a_sentence_naming_a_thousand_models_and_their_makers_finishes() -> None:
    # A table of models flattened into one sentence: the classifier read the whole sentence
    # again for each pair of company mentions, cubic in their number (200 pairs of names
    # took 6 s; these 1,600 would take most of an hour).
    makers = ["OpenAI", "Meta", "Google", "Apple", "Microsoft", "Mistral AI", "Anthropic",
              "Alibaba", "Nvidia", "Amazon"]
    text = "Le modèle " + ", ".join(
        f"Llama {i} de {makers[i % 10]}" for i in range(1_600)) + ".\n"
    count, relations = _relations(text)
    assert count == 3_200
    assert ["makes_model", "Meta", "Llama 2"] in relations


def test_an_article_naming_one_new_business_thousands_of_times_finishes() -> None:
    # Each occurrence of a name the article settled was checked against every mention of its
    # block: quadratic in their number (32,000 took 35 s; these 120,000 would take eight
    # minutes).
    text = "La start-up Zorvane recrute. " * 120_000 + "\n"
    count, _ = _relations(text)
    assert count == 120_000


_MAKERS = ["OpenAI", "Meta", "Google", "Apple", "Microsoft", "Mistral AI", "Anthropic", "Alibaba",
           "Nvidia", "Amazon"]


def test_a_paragraph_of_deals_without_any_full_stop_finishes() -> None:
    # 460 KB of deals in one sentence (a transcript, a scraped table): each cue's status
    # scanned its clause from the sentence's start and read every word before it, and each
    # cue scanned every party and group of the sentence, quadratic in its length (48 KB
    # took 18 s; these would take most of an hour).
    text = "".join(f"{_MAKERS[i % 10]} aurait signé avec {_MAKERS[(i + 3) % 10]} puis "
                   for i in range(12_000)) + "\n"
    count, relations = _relations(text)
    assert count == 24_000
    assert ["partnership", "Meta", "Microsoft"] in relations


def test_one_sentence_naming_ten_companies_thousands_of_times_finishes() -> None:
    # The classifier tried every pair of company mentions of a sentence, even when its ten
    # names had long been paired: 32,000 mentions made half a billion tests.
    text = "".join(f"{_MAKERS[i % 10]} s'associe à {_MAKERS[(i + 3) % 10]} ; "
                   for i in range(16_000)) + "\n"
    count, relations = _relations(text)
    assert count == 32_000
    assert ["partnership", "Meta", "Microsoft"] in relations


def test_two_names_thousands_of_words_apart_leave_the_articles_other_relations() -> None:
    # The classifier sums a weight per word between two names: 2,500 words made the sum so
    # negative that its logistic overflowed, and every relation of the article was lost.
    text = ("Apple s'associe à Google. Meta" + ", et des millions de modèles" * 500
            + " et OpenAI.\n")
    count, relations = _relations(text)
    assert count == 4
    assert relations == [["partnership", "Apple", "Google"]]


def test_a_sentence_of_names_and_denials_finishes() -> None:
    # Each pair of names with "dément" (or "la liberté de") between them and no clause break
    # was skipped by the classifier, however far apart, and each skip searched the gap from
    # every such word to the second name: cubic in the sentence's length (13 KB took 30 s;
    # these 52 KB would take half an hour).
    text = "".join(f"{_MAKERS[i % 2]} dément " for i in range(4_000)) + "fin.\n"
    count, _ = _relations(text)
    assert count == 4_000
    # (a denial between two near names still says they made no deal)
    assert _relations("OpenAI dément avoir engagé des négociations avec Meta.\n")[1] == []


def test_a_sentence_of_names_and_negations_finishes() -> None:
    # Each pair of names with a negation between them searched the gap from the negation to
    # the second name for a clause break: cubic in the sentence's length (12 KB took 20 s;
    # these 48 KB would take more than half an hour).
    text = "".join(f"{_MAKERS[i % 10]} ne vise pas " for i in range(2_400)) + "fin.\n"
    count, relations = _relations(text)
    assert count == 2_400
    assert relations == []


def test_a_round_leader_described_by_one_endless_word_finishes() -> None:
    # "Nvidia de <one word> … rejoint": the joined-lead pattern split the words after "de" in
    # every way (five runs of letters, each after optional blanks), polynomial of the fifth
    # degree in the word when the rest failed (120 letters took 3 s; these 400, half an hour).
    text = ("Mistral AI a levé 100 millions d'euros lors d'un tour mené par Nvidia.\n\n"
            "Nvidia de " + "a" * 400 + " b c d e f g h rejoint Google.\n")
    _, relations = _relations(text)
    assert ["investment", "Nvidia", "Mistral AI"] in relations


def test_subsidiaries_built_on_a_model_thousands_of_times_finish() -> None:
    # "la filiale de X bâtie sur M": a description before the cue, neither company nor model,
    # made the engine fail (an index into no model), even once; repeated, the main subject
    # was sought through every group before each cue.
    makers = ["OpenAI", "Meta", "Google", "Apple", "Microsoft", "Mistral AI", "Anthropic",
              "Alibaba", "Nvidia", "Amazon"]
    text = "".join(f"la filiale de {makers[i % 10]} bâtie sur Llama 3, "
                   for i in range(3_000)) + "fin.\n"
    _relations(text)
