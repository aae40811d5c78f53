"""How the relation engine's time grows on hostile sentences: each shape at n and 4n names.

Run: python benchmarks/relations_scaling.py [--n 1500]

Each shape's growth from n to 4n names is printed against the growth of a plain deal sentence
of the same sizes, measured in the same run (itself a little worse than linear: reading the
parties of a sentence of thousands of names). Near 1, the shape costs what any sentence of names
does; 2 or more, it has a quadratic part of its own. Measured on 26c7625, before the fixes:
x1.93, x1.80 and x2.49; after them about x1.0, x1.3 and x0.6. The shapes
are the ones round fourteen's review found quadratic (fixed in 1b8365d and e1bdcc1):
  - a founder's company beside thousands of names ("la société de Sam Altman et X et Y …");
  - thousands of "le modèle de Meta" after a model was named;
  - the main subject sought for each of thousands of detached phrases (", face à Google");
  - names and negations in one endless sentence ("Meta ne vise pas Google ne vise pas …"): each
    name was paired with every later one (x2.98 against the baseline before session 10 bounded
    a pair's reach, x0.81 after);
  - things made with partners, every name governed ("prépare des puces avec X, prépare des
    puces avec Y, …"): the sentence's subject was sought through all the groups before each
    one (round fifteen's review: 1.09 s -> 15.6 s at 1,000 -> 4,000, x14, on robust15 before
    the fix, the base 229f089 x5.4; "développe avec X, …" was x12.6 on the base already);
  - trade words beside the names ("Capgemini signe avec l'ESN et l'ESN Meta et …"): each
    description was tested against every one read before it and every name of the sentence
    (0.10 s -> 0.66 s at 1,000 -> 4,000 on robust15, x6.6; the base x2.2);
  - subsidiaries built on a model ("la filiale de Meta bâtie sur Llama 3, …"): the engine
    failed on the first (so on the base); able to read it, the main subject sought for each
    cue through every group before it, and the companies before it listed for each, took
    1.19 s -> 16.7 s, x14; about x5 after.
The next three are session ten's open shapes, fixed in session eleven (x2.49, x2.43 and x2.45
against the baseline on 57e3ec8, then x0.93, x1.10 and x1.03; at 6,000 names 26.6 s -> 1.5 s,
57.9 s -> 3.0 s, 6.9 s -> 0.3 s):
  - "X investit avec Y dans Z et …": whether the sentence says "respectivement" was searched
    for each cue, through the whole sentence;
  - "X a prolongé son partenariat avec Y, …": the same for a word saying the deal was signed;
  - cues between two far groups of names ("Meta et Google s'associent et s'entendent avec … avec
    OpenAI"): the gap to the nearest group was cut out and searched before its length ruled it
    out.
And one already cubic before session eleven (base and round alike), found by its helper subject16:
  - descriptions after fronted phrases ("Face à Google, la start-up mise sur Meta, …"): for
    each description, every company before it was tested, its preposition sought from the
    sentence's start (5.1 s at 200, x8 per doubling, then 0.09 s). Still quadratic after that
    fix (2.69 s -> 41.4 s at 1,500 -> 6,000 on c7b499b, x15.4, against the baseline x3.99):
    whether the sentence said a possessive before each cue was searched from its start, and for
    each description the parties after the previous one, the groups after its object, the
    sentence's names and its next colon were listed again; robust16 made each a bisection or a
    search once per sentence: 0.36 s -> 2.02 s, x5.6, against the baseline x1.45.
Found by robust16 in round sixteen's new code:
  - descriptions after clauses closed by a semicolon ("X rachète Y ; la start-up mise sur la
    société, "): for each description the company it follows was sought back through every
    name before it, each name's preposition sought in the 120 characters before it, though a
    semicolon rules out any before it (3.63 s -> 55.2 s at 500 -> 2,000 on c7b499b, x15.2,
    against the baseline x4.28; read at a third of n); after, the names tested once per
    sentence, the walk stopped at the semicolon and relatives closed before a description
    dropped for the next ones: 0.18 s -> 0.75 s, x4.3, against the baseline x1.23.
  - hundreds of names, each its own, in one sentence ("X0, fournisseur historique de Y0, X1,
    …", as the mentions engine's new guesses of round sixteen find them): for each pair the
    classifier scored, the words before the first name and after the second were read from the
    sentence's start and to its end, and each pair found made the whole sentence its evidence
    again (6.62 s -> 101.6 s at 250 -> 1,000 on c7b499b, x15.4, against the baseline about x4;
    read at a sixth of n); after, three words read from each name out, the evidence made once
    per sentence: 1.62 s -> 7.22 s, x4.5.
Open after round sixteen, fixed by robust17 (read at a third of n):
  - cues after an opening pronoun ("Elle a signé un accord et a signé un accord et … avec
    Apple"): for each cue, the last anaphor before it was sought again from the opening "Elle"
    to the cue, and the text between them cut out and searched for "qui"/"dont" and a clause
    closed before the cue: 0.32 s -> 4.82 s at 500 -> 2,000 cues on bc25f96, x14.9, against the
    baseline x4.33; after, the last anaphor sought only among the few words before the cue, the
    text between read from the sentence's commas, stops and "qui"/"dont" listed once:
    0.03 s -> 0.14 s, x4.2, against the baseline x1.24;
  - cues after a description's closed relative clause ("Le groupe, qui a levé, rachète Apple,
    rachète Nvidia, …"): for each cue the clause was matched from the opening description to
    the cue, its run through every comma: 0.24 s -> 2.95 s, x12.3, against the baseline x3.55;
    after, from the same marks (its last comma, the stops before it): 0.07 s -> 0.26 s, x4.0,
    against the baseline x1.17.
Mentions are given, as when the library's mentions were analysed before.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from reader.articles import article_from_text
from reader.entities.base import COMPANY, MODEL, Mention
from reader.relations import _main_subject, _Party, article_relations

MAKERS = ["OpenAI", "Meta", "Google", "Apple", "Microsoft", "Mistral AI", "Anthropic", "Alibaba",
          "Nvidia", "Amazon"]


def relations_seconds(text: str) -> float:
    """Best of three CPU times of article_relations on `text`, its mentions given."""
    article = article_from_text(text, Path("hostile.md"))
    mentions = [Mention(m.start(), m.end(), MODEL if m.group() == "Llama 3" else COMPANY,
                        m.group(), m.group())
                for m in re.finditer("|".join(["Llama 3", *MAKERS]), article.text)]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        article_relations(article, mentions=mentions)
        best = min(best, time.process_time() - started)
    return best


def plain(n: int) -> str:
    return "Meta signe avec " + " et ".join(MAKERS[i % 10] for i in range(n)) + ".\n"


def founders_company(n: int) -> str:
    return ("Meta signe avec la société de Sam Altman et "
            + " et ".join(MAKERS[i % 10] for i in range(n)) + ".\n")


def makers_model(n: int) -> str:
    return ("Meta a lancé Llama 3. Le groupe Amazon utilise "
            + ", ".join("le modèle de Meta" for _ in range(n)) + ".\n")


def names_and_negations(n: int) -> str:
    return "".join(f"{MAKERS[i % 10]} ne vise pas " for i in range(n)) + "fin.\n"


def made_with_partners(n: int) -> str:
    return "".join(f"prépare des puces avec {MAKERS[i % 10]}, " for i in range(n)) + "fin.\n"


def trades_beside_names(n: int) -> str:
    return "Capgemini signe avec " + " et ".join(
        f"l'ESN {MAKERS[i % 10]}" if i % 2 else "l'ESN" for i in range(n)) + ".\n"


def subsidiaries_on_a_model(n: int) -> str:
    return "".join(f"la filiale de {MAKERS[i % 10]} bâtie sur Llama 3, "
                   for i in range(n)) + "fin.\n"


def invested_with_partners(n: int) -> str:
    return "".join(f"{MAKERS[i % 10]} investit avec {MAKERS[(i + 1) % 10]} dans "
                   f"{MAKERS[(i + 2) % 10]} et " for i in range(n)) + "fin.\n"


def partnerships_prolonged(n: int) -> str:
    return "".join(f"{MAKERS[i % 10]} a prolongé son partenariat avec {MAKERS[(i + 1) % 10]}, "
                   for i in range(n)) + "fin.\n"


def cues_between_far_names(n: int) -> str:
    return "Meta et Google " + "s'associent et s'entendent avec " * n + "OpenAI.\n"


def descriptions_after_fronted_phrases(n: int) -> str:
    return "Face à Google, la start-up mise sur Meta, " * n + "fin.\n"


def descriptions_after_semicolons(n: int) -> str:
    return "Meta signe avec Google. " + "".join(
        f"{MAKERS[i % 10]} rachète {MAKERS[(i + 1) % 10]} ; la start-up mise sur la société, "
        for i in range(n)) + "fin.\n"


def cues_after_a_pronoun(n: int) -> str:
    return "Meta signe avec Google. Elle " + "a signé un accord et " * n + "avec Apple.\n"


def cues_after_a_relative(n: int) -> str:
    return "Meta signe avec Google. Le groupe, qui a levé, " + "".join(
        f"rachète {MAKERS[i % 10]}, " for i in range(n)) + "fin.\n"


def distinct_names_seconds(n: int) -> float:
    """As relations_seconds, on a sentence of 2n names all different (the MAKERS repeat)."""
    text = "".join(f"Zor{i}, fournisseur historique de Vel{i}, " for i in range(n)) + "fin.\n"
    article = article_from_text(text, Path("hostile.md"))
    mentions = [Mention(m.start(), m.end(), COMPANY, m.group(), m.group())
                for m in re.finditer(r"(?:Zor|Vel)\d+", article.text)]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        article_relations(article, mentions=mentions)
        best = min(best, time.process_time() - started)
    return best


def main_subject_seconds(n: int) -> float:
    sentence = "Meta équipe OpenAI" + ", face à Google" * n
    groups = [[_Party(0, 4, COMPANY, "Meta")], [_Party(12, 18, COMPANY, "OpenAI")]] + [
        [_Party(18 + 15 * i + 9, 18 + 15 * i + 15, COMPANY, "Google")] for i in range(n)]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for group in groups[2:]:
            _main_subject(sentence, groups, group[0].start)
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_500)
    parser.add_argument("--shapes", default="", metavar="WORDS",
                        help="only the shapes whose name holds these words")
    args = parser.parse_args()
    n = args.n
    base = relations_seconds(plain(4 * n)) / relations_seconds(plain(n))
    print(f"baseline, a plain deal sentence: {n} -> {4 * n} names: x{base:.1f}")
    # Most shapes are a text read by the whole engine; two time one step of it themselves.
    texts = [("a founder's company beside the names", founders_company),
             ("'le modèle de Meta' repeated", makers_model),
             ("names and negations, no full stop", names_and_negations),
             ("things made with partners, every name governed", made_with_partners),
             ("trade words beside the names", trades_beside_names),
             ("subsidiaries built on a model", subsidiaries_on_a_model),
             ("investments with partners", invested_with_partners),
             ("partnerships prolonged", partnerships_prolonged),
             ("cues between far names", cues_between_far_names),
             ("descriptions after fronted phrases", descriptions_after_fronted_phrases),
             ("descriptions after clauses closed by a semicolon", descriptions_after_semicolons),
             ("cues after an opening pronoun", cues_after_a_pronoun),
             ("cues after a closed relative clause", cues_after_a_relative)]
    shapes = [(name, lambda k, text=text: relations_seconds(text(k))) for name, text in texts]
    shapes[2:2] = [("the main subject per detached phrase", main_subject_seconds)]
    shapes[-2:-2] = [("hundreds of names, each its own", distinct_names_seconds)]
    for name, seconds in shapes:
        if args.shapes not in name:
            continue
        # (the main subject alone is cheap: read at five times the size; names and negations
        # were quadratic before: a third of it, so that the run before the fix ends)
        k = 5 * n if seconds is main_subject_seconds else n // 3 if (
            "negations" in name or "semicolon" in name or name.startswith("cues after")) \
            else n // 6 if (
            seconds is distinct_names_seconds) else n
        small, large = seconds(k), seconds(4 * k)
        print(f"{name}: {small:.2f} s -> {large:.2f} s, x{large / small:.1f}; "
              f"against the baseline x{large / small / base:.2f} (near 1: as a plain "
              "sentence; 2 or more: quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
