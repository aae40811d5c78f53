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


def _relations_seconds(text: str) -> tuple[float, list[list[str]]]:
    """The seconds article_relations takes on `text` (its mentions given: each name of
    _MAKERS, and Llama 3 a model), the best of three, and the relations as [type, a, b]."""
    import re
    import time
    from pathlib import Path

    from reader.articles import article_from_text
    from reader.entities.base import COMPANY, MODEL, Mention
    from reader.relations import article_relations

    article = article_from_text(text, Path("hostile.md"))
    body = article.text
    mentions = [Mention(m.start(), m.end(), MODEL if m.group() == "Llama 3" else COMPANY,
                        m.group(), m.group())
                for m in re.finditer("|".join(["Llama 3", *_MAKERS]), body)]
    best, relations = float("inf"), []
    for _ in range(3):
        started = time.perf_counter()
        relations = article_relations(article, mentions=mentions)
        best = min(best, time.perf_counter() - started)
    return best, sorted([r.type, r.a, r.b] for r in relations)


def test_a_sentence_naming_thousands_of_companies_after_a_founders_company_is_linear() -> None:
    # "la société de Sam Altman" names a company by its founder; the names the sentence keeps
    # beside it were looked up in a list of the named parties, one search per party:
    # quadratic in their number (20,000 names took 22 s; now 4 s). Four times the names, about
    # four times the time, not sixteen.
    def text(n: int) -> str:
        return ("Meta signe avec la société de Sam Altman et "
                + " et ".join(_MAKERS[i % 10] for i in range(n)) + ".\n")

    small, relations = _relations_seconds(text(1_500))
    large, _ = _relations_seconds(text(6_000))
    assert ["partnership", "Meta", "OpenAI"] in relations
    assert large < 8 * small + 0.2


def test_a_sentence_naming_a_makers_model_thousands_of_times_is_linear() -> None:
    # "le modèle de Meta" stands for the Meta model named before; for each such company the
    # sentence's parties were all walked to find a model of its own: quadratic in their number
    # (12,000 took 5 s; now 2 s, most of it the reading any sentence of names takes).
    def text(n: int) -> str:
        return ("Meta a lancé Llama 3. Le groupe Amazon utilise "
                + ", ".join("le modèle de Meta" for _ in range(n)) + ".\n")

    small, relations = _relations_seconds(text(1_500))
    large, _ = _relations_seconds(text(6_000))
    assert ["makes_model", "Meta", "Llama 3"] in relations
    assert large < 8 * small + 0.2


def test_the_main_subject_of_a_long_sentence_is_found_without_reading_it_all() -> None:
    # The subject of a sentence, sought for each cue (", face à des concurrents comme Y" said of
    # it, a detached phrase), copied every group after it and the whole text before it: a
    # sentence of 20,000 names took 35 s, now 13 s (as before those cues). Four times the
    # cues, about four times the time, not sixteen.
    import time

    from reader.entities.base import COMPANY
    from reader.relations import _main_subject, _Party

    def seconds(n: int) -> float:
        sentence = "Meta équipe OpenAI" + ", face à Google" * n
        groups = [[_Party(0, 4, COMPANY, "Meta")], [_Party(12, 18, COMPANY, "OpenAI")]] + [
            [_Party(18 + 15 * i + 9, 18 + 15 * i + 15, COMPANY, "Google")] for i in range(n)]
        started = time.perf_counter()
        for group in groups[2:]:
            assert _main_subject(sentence, groups, group[0].start) == ["Meta"]
        return time.perf_counter() - started

    small = min(seconds(2_000) for _ in range(3))
    large = min(seconds(8_000) for _ in range(3))
    assert large < 8 * small + 0.05
