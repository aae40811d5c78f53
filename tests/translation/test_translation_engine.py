"""The engine on a real CTranslate2 model and sentencepiece tokenizer built by the tests."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Any

import pytest

from reader.translation.engine import Translator, load_translator
from reader.translation.errors import NoModelError
from reader.translation.packages import PackageInfo, find_package
from reader.translation.protect import protect, restore


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str = "company"
    canonical: str = ""
    text: str = ""


class NameMatcher:
    """The interface of reader.entities' matcher, for a fixed list of names."""

    def __init__(self, *names: str) -> None:
        self.pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names))

    def find(self, text: str, context: str | None = None) -> list[Mention]:
        return [Mention(m.start(), m.end(), text=m.group()) for m in self.pattern.finditer(text)]


class CountingModel:
    """Wraps a ctranslate2.Translator to see each translate_batch call."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.calls: list[dict[str, Any]] = []

    def translate_batch(self, tokens: list[list[str]], **options: Any) -> Any:
        self.calls.append({"tokens": tokens, **options})
        return self.model.translate_batch(tokens, **options)


@pytest.fixture
def counted(copy_translator: Translator, monkeypatch: pytest.MonkeyPatch) -> CountingModel:
    counter = CountingModel(copy_translator._model)
    monkeypatch.setattr(copy_translator, "_model", counter)
    return counter


PARAGRAPH = (
    "Apple et Meta, autrefois rivaux, explorent désormais des voies de collaboration. "
    "Selon le Wall Street Journal, M. Federighi a parlé de Gemini… Vraiment ?! "
    "La version 2.5 arrive  en 2024."
)


def test_copy_model_gives_back_the_exact_text(copy_translator: Translator) -> None:
    assert copy_translator.translate_block(PARAGRAPH) == PARAGRAPH


def test_a_block_is_one_batch_with_our_beam_size(
    copy_translator: Translator, counted: CountingModel
) -> None:
    copy_translator.translate_block(PARAGRAPH)
    assert len(counted.calls) == 1
    call = counted.calls[0]
    assert len(call["tokens"]) == 4  # four sentences, one batch
    assert call["beam_size"] == copy_translator.beam_size == 2
    assert call["num_hypotheses"] == 1


def test_beam_size_does_not_come_from_argostranslate_settings(
    copy_translator: Translator, counted: CountingModel
) -> None:
    from reader.translation.settings import argos_settings

    settings = argos_settings()
    before = settings.beam_size
    settings.beam_size = 9
    try:
        copy_translator.translate_block("Il pleut.")
    finally:
        settings.beam_size = before
    assert counted.calls[0]["beam_size"] == 2


def test_lines_and_table_cells_are_translated_apart_and_kept(
    copy_translator: Translator, counted: CountingModel
) -> None:
    table = "Entreprise\tModèle\nMistral AI\tLe Chat\n\t2.5"
    assert copy_translator.translate_block(table) == table
    sent = [copy_translator.decode(tokens) for tokens in counted.calls[0]["tokens"]]
    # Cells without letters ("2.5", "") never reach the model.
    assert sent == ["Entreprise", "Modèle", "Mistral AI", "Le Chat"]


def test_text_without_letters_needs_no_model(
    copy_translator: Translator, counted: CountingModel
) -> None:
    assert copy_translator.translate_block("2024 — 3,5 %") == "2024 — 3,5 %"
    assert counted.calls == []


def test_swap_model_rewrites_a_word_so_text_went_through_the_model(
    swap_translator: Translator,
) -> None:
    assert swap_translator.translate_block("Meta aime le chat.") == "chat aime le Meta."


def test_protected_names_come_out_as_written(
    swap_translator: Translator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(swap_translator, "matcher", NameMatcher("Meta"))
    # "chat" still turns into "Meta" (the model ran), but the company name is untouched.
    assert swap_translator.translate_block("Meta aime le chat.") == "Meta aime le Meta."
    assert swap_translator.translate_block("Apple et Meta. Le chat de Meta dort.") == (
        "Apple et Meta. Le Meta de Meta dort."
    )


def test_protection_with_reader_entities_matcher(
    swap_translator: Translator, monkeypatch: pytest.MonkeyPatch
) -> None:
    entities = pytest.importorskip("reader.entities")
    matcher = entities.default_matcher()
    found = [m.text for m in matcher.find("Apple et Meta explorent.")]
    assert "Meta" in found
    monkeypatch.setattr(swap_translator, "matcher", matcher)
    assert swap_translator.translate_block("Meta aime le chat.") == "Meta aime le Meta."


def test_placeholders_avoid_numbers_in_the_sentence() -> None:
    text = "Meta a payé 701 millions à Meta."
    last = text.rindex("Meta")
    protected = protect(text, [(0, 4), (last, last + 4)])
    assert "701" in protected.text and protected.text.count("701") == 1
    assert [name for _p, name in protected.names] == ["Meta", "Meta"]
    assert restore(protected.text, protected) == "Meta a payé 701 millions à Meta."


def test_a_lost_or_doubled_placeholder_is_detected() -> None:
    protected = protect("Meta publie.", [(0, 4)])
    placeholder = protected.names[0][0]
    assert restore(f"{placeholder} publishes.", protected) == "Meta publishes."
    assert restore("It publishes.", protected) is None
    assert restore(f"{placeholder} {placeholder}", protected) is None


def test_a_lost_placeholder_falls_back_to_the_plain_sentence(
    copy_translator: Translator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(copy_translator, "matcher", NameMatcher("Meta"))
    real_run = copy_translator._run
    batches: list[list[str]] = []

    def forgetful_run(sentences: list[str]) -> list[str]:
        batches.append(list(sentences))
        # Like a model that dropped the number standing for the name.
        return [re.sub(r"\b\d{3}\b", "", s) for s in real_run(sentences)]

    monkeypatch.setattr(copy_translator, "_run", forgetful_run)
    assert copy_translator.translate_block("Meta publie. Il pleut.") == "Meta publie. Il pleut."
    cheapest = copy_translator._placeholders()[0]
    assert batches == [[f"{cheapest} publie.", "Il pleut."], ["Meta publie."]]


def test_placeholders_cost_the_fewest_tokens_first(copy_translator: Translator) -> None:
    candidates = copy_translator._placeholders()
    costs = [len(copy_translator.encode(c)) for c in candidates]
    assert costs == sorted(costs) and costs[0] < costs[-1]
    assert sorted(candidates) == [str(n) for n in range(100, 1000)]


def test_translate_blocks_streams_and_stops_when_cancelled(copy_translator: Translator) -> None:
    texts = ["Premier bloc.", "Deuxième bloc.", "Troisième bloc."]
    assert list(copy_translator.translate_blocks(texts)) == list(enumerate(texts))
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 1

    for position, _text in copy_translator.translate_blocks(texts, cancelled=cancelled):
        seen.append(position)
    assert seen == [0]


def test_package_identity(copy_translator: Translator) -> None:
    assert copy_translator.package_name == "translate-fr_en-1_0"
    assert copy_translator.package_version == "1.0"
    assert copy_translator.key == "translate-fr_en-1_0@1.0"


def test_load_translator_without_a_package_says_how_to_install() -> None:
    with pytest.raises(NoModelError, match="reader models install fr en"):
        load_translator()


def test_load_translator_finds_the_installed_package(installed_copy: PackageInfo) -> None:
    assert find_package("fr", "en") == installed_copy
    translator = load_translator(matcher=None, intra_threads=1)
    assert translator.translate_block("Bonjour.") == "Bonjour."


def test_importing_the_package_imports_no_heavy_module() -> None:
    import subprocess

    code = (
        "import sys, reader.translation, reader.translation.cli, reader.translation.models;"
        "heavy = [m for m in ('argostranslate', 'ctranslate2', 'sentencepiece', 'textual')"
        " if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_an_article_keeps_its_names_through_the_swap_model(
    swap_translator: Translator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from reader.articles import article_from_text
    from reader.translation.article import ArticleTranslation

    entities = pytest.importorskip("reader.entities")
    monkeypatch.setattr(swap_translator, "matcher", entities.default_matcher())
    article = article_from_text(
        "# Meta et le chat\n\nApple et Meta publient. Le chat de Meta dort.\n", Path("a.md")
    )
    state = ArticleTranslation(article, swap_translator.package, languages=[])
    assert dict(state.run(swap_translator)) == {
        0: "Meta et le Meta",
        1: "Apple et Meta publient. Le Meta de Meta dort.",
    }


def test_shared_translator_loads_once_and_is_dropped_on_removal(
    installed_copy: PackageInfo,
) -> None:
    from reader.translation.engine import shared_translator
    from reader.translation.models import remove

    first = shared_translator()
    assert shared_translator() is first
    remove("fr", "en")
    with pytest.raises(NoModelError):
        shared_translator()


def test_a_model_failure_is_a_translation_error(
    copy_translator: Translator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.translation.errors import TranslationFailed

    class Broken:
        def translate_batch(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("out of memory")

    monkeypatch.setattr(copy_translator, "_model", Broken())
    with pytest.raises(TranslationFailed, match="out of memory"):
        copy_translator.translate_block("Il pleut.")


def test_a_damaged_model_is_a_clear_load_error(installed_copy: PackageInfo) -> None:
    from reader.translation.errors import ModelLoadError

    (installed_copy.path / "model" / "model.bin").write_bytes(b"not a model")
    # Changed since its install: proven again, in a child process, before reader loads it.
    with pytest.raises(ModelLoadError, match="Cannot use model translate-fr_en-1_0: The model "
                       "does not load or translate: RuntimeError: Unsupported model binary"):
        load_translator()
