"""Language detection: per article, per block, and cached so a second run detects nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader import language
from reader.articles import article_from_text, load_article
from reader.language import (
    LanguageCache,
    LanguageEntry,
    article_language,
    block_languages,
    detect,
)
from reader.paths import cache_dir, seeds_dir

SEEDS = sorted(seeds_dir().glob("*.md"))

ENGLISH = (
    "The company said on Tuesday that it would invest several billion dollars in new data"
    " centres over the next three years, as demand for its cloud services keeps growing."
)
FRENCH = (
    "L'entreprise a annoncé mardi qu'elle investirait plusieurs milliards de dollars dans de"
    " nouveaux centres de données au cours des trois prochaines années."
)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count every text handed to langdetect, still detecting for real."""
    seen: list[str] = []
    real = language._probabilities

    def counting(text: str) -> list[tuple[str, float]]:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(language, "_probabilities", counting)
    return seen


def test_detect_french_and_english() -> None:
    assert detect(FRENCH) == "fr"
    assert detect(ENGLISH) == "en"


@pytest.mark.parametrize("text", ["", "   \n\t", "123 456 — 2024", "!!! ???", "\x00\x01"])
def test_detect_returns_none_for_undetectable_text(text: str, calls: list[str]) -> None:
    assert detect(text) is None


def test_detect_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> list[tuple[str, float]]:
        raise RuntimeError("profiles missing")

    monkeypatch.setattr(language, "_probabilities", broken)
    assert detect(ENGLISH) is None


def test_seed_without_front_matter_is_detected_french(calls: list[str]) -> None:
    article = load_article(seeds_dir() / "002_581111a87271915b.md")
    assert "lang" not in article.meta
    assert article_language(article) == "fr"
    assert article.language == "fr"
    assert len(calls) == 1
    assert len(calls[0]) <= language.SAMPLE_CHARS


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_seed_and_block_is_french(path: Path) -> None:
    article = load_article(path)
    assert article_language(article) == "fr"
    langs = block_languages(article)
    assert len(langs) == len(article.blocks)
    assert set(langs) == {"fr"}


def test_front_matter_lang_wins_without_detection(calls: list[str]) -> None:
    article = article_from_text(f"---\nlang: EN\n---\n\n{FRENCH}\n", Path("x.md"))
    assert article_language(article) == "en"
    assert calls == []


def test_english_block_inside_french_article(calls: list[str]) -> None:
    seed = load_article(seeds_dir() / "001_fb4bc891a711a523.md").body
    text = f"# Titre\n\n{FRENCH}\n\n{ENGLISH}\n\nCourt paragraphe ici.\n\nShort English line.\n"
    article = article_from_text(f"{text}\n{seed}", Path("mixed.md"))
    langs = block_languages(article)
    kinds = [b.text.split()[0] for b in article.blocks[:5]]
    assert kinds == ["Titre", "L'entreprise", "The", "Court", "Short"]
    assert langs[:5] == ["fr", "fr", "en", "fr", "fr"]
    assert set(langs[5:]) == {"fr"}
    # Short blocks (heading, 3-word lines) were never sent to the detector on their own.
    assert "Titre" not in calls
    assert "Short English line." not in calls
    assert ENGLISH in calls


def test_short_blocks_inherit_front_matter_language(calls: list[str]) -> None:
    article = article_from_text("---\nlang: fr\n---\nHello there, friend.\n\n- yes\n", Path("a.md"))
    assert block_languages(article) == ["fr", "fr"]
    assert calls == []


def test_code_blocks_are_not_detected(calls: list[str]) -> None:
    code = "for item in items: print(item, file=sys.stderr) and then return the value"
    article = article_from_text(f"{FRENCH}\n\n```\n{code}\n```\n", Path("c.md"))
    assert block_languages(article) == ["fr", "fr"]
    assert code not in calls


def test_cache_hit_avoids_detection(calls: list[str]) -> None:
    article = load_article(seeds_dir() / "003_83c5d11879767ac2.md")
    cache = LanguageCache().load()
    first = block_languages(article, cache)
    assert article_language(article, cache) == "fr"
    assert calls, "the first run detects"
    assert cache.save()
    assert cache.path == cache_dir() / "language.json"
    assert cache.path.is_file()

    calls.clear()
    again = load_article(seeds_dir() / "003_83c5d11879767ac2.md")
    fresh = LanguageCache().load()
    assert block_languages(again, fresh) == first
    assert article_language(again, fresh) == "fr"
    assert again.language == "fr"
    assert calls == []


def test_edited_article_is_detected_again(calls: list[str]) -> None:
    cache = LanguageCache().load()
    article_language(article_from_text(FRENCH, Path("e.md")), cache)
    cache.save()
    calls.clear()
    edited = article_from_text(ENGLISH, Path("e.md"))
    assert article_language(edited, LanguageCache().load()) == "en"
    assert len(calls) == 1


def test_undetectable_result_is_cached_too(calls: list[str]) -> None:
    cache = LanguageCache().load()
    article = article_from_text("1234 5678 9012 3456 7890 1357 2468\n", Path("n.md"))
    assert article_language(article, cache) is None
    cache.save()
    calls.clear()
    assert article_language(article, LanguageCache().load()) is None
    assert calls == []


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[]", b'{"entries": 5}', b"", b'{"entries": {"d": 3}}'],
)
def test_corrupt_cache_is_ignored_and_rewritten(content: bytes) -> None:
    path = cache_dir() / "language.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    cache = LanguageCache().load()
    assert cache.get("d") is None
    article = article_from_text(FRENCH, Path("f.md"))
    assert article_language(article, cache) == "fr"
    assert cache.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["entries"][article.digest] == {"lang": "fr"}
    assert LanguageCache().load().get(article.digest) == LanguageEntry("fr")


def test_stale_block_list_is_recomputed(calls: list[str]) -> None:
    article = article_from_text(f"{FRENCH}\n\n{ENGLISH}\n", Path("s.md"))
    cache = LanguageCache()
    cache.put(article.digest, LanguageEntry("fr", ("fr",)))  # one block: not this article's two
    assert block_languages(article, cache) == ["fr", "en"]


def test_save_merges_with_another_instance() -> None:
    one, two = LanguageCache().load(), LanguageCache().load()
    one.put("a", LanguageEntry("fr"))
    two.put("b", LanguageEntry("en", ("en",)))
    assert one.save() and two.save()
    merged = LanguageCache().load()
    assert merged.get("a") == LanguageEntry("fr")
    assert merged.get("b") == LanguageEntry("en", ("en",))


def test_save_is_atomic_and_reports_unwritable_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    cache = LanguageCache().load()
    cache.put("a", LanguageEntry("fr"))
    assert cache.save()
    assert synced, "the temp file is flushed to disk before it replaces the cache"
    before = cache.path.read_bytes()

    def failing(src: str, dst: str) -> None:
        raise OSError("disk full")

    cache.put("b", LanguageEntry("en"))
    monkeypatch.setattr(os, "replace", failing)
    assert cache.save() is False
    assert cache.path.read_bytes() == before  # the old file is untouched
    assert [p.name for p in cache.path.parent.iterdir()] == ["language.json"]  # no temp left

    blocked = tmp_path / "file"
    blocked.write_text("a regular file where a directory should be")
    other = LanguageCache(blocked / "language.json")
    other.put("a", LanguageEntry("fr"))
    assert other.save() is False


def test_langdetect_is_loaded_only_when_detecting() -> None:
    import subprocess
    import sys

    code = (
        "import sys, reader.language as l;"
        "assert 'langdetect' not in sys.modules;"
        "assert l.detect('Bonjour à tous, voici un texte écrit en français.') == 'fr';"
        "assert 'langdetect' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("source", ["# Seul titre\n", "Bonjour.\n", ""])
def test_a_text_too_short_to_tell_takes_the_library_language(
    source: str, calls: list[str]
) -> None:
    article = article_from_text(source, Path("court.md"))
    assert article_language(article) == "fr"
    assert article_language(article_from_text(source, Path("c.md")), fallback="en") == "en"
    assert calls == []  # no guess was asked for


@pytest.mark.parametrize(
    "source",
    [
        "OpenAI, Anthropic et Google DeepMind s'allient\n",  # was Dutch
        "Samsung Electronics et SK Hynix investissent massivement\n",  # was English
        "# Meta Llama Scale AI Nvidia Anthropic Claude\n",  # was Catalan
    ],
)
def test_a_short_article_full_of_names_is_not_given_a_foreign_language(source: str) -> None:
    assert article_language(article_from_text(source, Path("noms.md"))) == "fr"


def test_a_short_english_article_is_still_english() -> None:
    source = "# Apple unveils its new model for developers today, and says more is coming\n"
    assert article_language(article_from_text(source, Path("en.md"))) == "en"
