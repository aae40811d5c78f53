"""The block cache of the first article: used only for the very text it was parsed from.

A cache file that is truncated, garbage, from another version of the format, or written for
a file that has changed since, must never put wrong text on screen: the article is parsed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hostile.helpers import screen_text, settle
from reader import blockcache
from reader.articles import load_article
from reader.ui.app import ReaderApp

SIZE = (120, 40)
RICH = """\
# Mistral et Nvidia signent

Un *premier* paragraphe avec un [lien](https://ex.fr/a) et du `code`.[^1]

- [x] une tâche faite
  1. imbriqué

> cité
> > plus profond

| modèle | taille |
|:-------|-------:|
| Le Chat | 7 |

```python
print("ok")
```

![une image](https://ex.fr/i.png)

[^1]: La note.
"""


def article_file(tmp_path: Path, text: str = RICH, name: str = "article.md") -> Path:
    path = tmp_path / "lib" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_stored_blocks_come_back_equal(tmp_path: Path) -> None:
    article = load_article(article_file(tmp_path))
    blocks = article.blocks
    assert {b.kind for b in blocks} >= {"heading", "paragraph", "list_item", "quote", "table",
                                         "code", "image", "footnote"}
    blockcache.save(article)
    again = load_article(article.path)
    assert blockcache.load(again) == blocks


def test_an_unparsed_article_is_not_stored(tmp_path: Path) -> None:
    article = load_article(article_file(tmp_path))
    blockcache.save(article)  # nothing parsed yet: nothing to store, nothing parsed here
    assert not article.parsed and not blockcache.cache_path().exists()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "not an object",
                                    "other version", "other parser", "wrong types", "short block",
                                    "directory"])
def test_a_damaged_cache_is_a_miss(tmp_path: Path, damage: str) -> None:
    article = load_article(article_file(tmp_path))
    assert article.blocks  # parsed, so that save stores them
    blockcache.save(article)
    path = blockcache.cache_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(300) + b"\xff\xfe\x00")
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not an object":
        path.write_text("[1, 2, 3]", encoding="utf-8")
    elif damage == "other version":
        data["key"]["version"] = blockcache.VERSION + 1
        path.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "other parser":  # stored by another reader, or before document.py changed
        data["key"]["code"] = "0.0.1:0123456789abcdef"
        path.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "wrong types":
        data["blocks"][0][1] = {"text": 1}
        path.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "short block":
        data["blocks"][0] = data["blocks"][0][:3]
        path.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "directory":
        path.unlink()
        path.mkdir()
    assert blockcache.load(load_article(article.path)) is None


def test_a_file_changed_on_disk_is_a_miss(tmp_path: Path) -> None:
    path = article_file(tmp_path)
    article = load_article(path)
    assert article.blocks  # parsed, so that save stores them
    blockcache.save(article)
    stat = path.stat()
    # Same size, same modification time: only the content tells.
    path.write_text(RICH.replace("premier", "dernier"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert blockcache.load(load_article(path)) is None


def test_another_file_with_the_same_text_is_a_miss(tmp_path: Path) -> None:
    article = load_article(article_file(tmp_path))
    assert article.blocks  # parsed, so that save stores them
    blockcache.save(article)
    assert blockcache.load(load_article(article_file(tmp_path, name="copie.md"))) is None


async def run_once(path: Path) -> str:
    """Run the app on `path`, quit, and give the screen it showed."""
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        await pilot.press("q")
    return shown


async def test_the_next_start_draws_the_stored_blocks(tmp_path: Path) -> None:
    path = article_file(tmp_path)
    assert "un premier paragraphe" in (await run_once(path)).lower()
    # The stored blocks are what the next start draws (so it need not parse): an entry edited
    # under a key that still matches the text shows the edit.
    cache = blockcache.cache_path()
    data = json.loads(cache.read_text(encoding="utf-8"))
    paragraph = next(b for b in data["blocks"] if b[0] == "paragraph")
    paragraph[1] = paragraph[1].replace("premier", "PREMIER")
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert "Un PREMIER paragraphe" in await run_once(path)


@pytest.mark.parametrize("damage", ["changed on disk", "garbage", "truncated"])
async def test_a_stale_or_damaged_cache_shows_the_right_article(tmp_path: Path,
                                                                damage: str) -> None:
    path = article_file(tmp_path)
    await run_once(path)
    cache = blockcache.cache_path()
    assert cache.exists()
    if damage == "changed on disk":
        path.write_text(RICH.replace("Un *premier* paragraphe", "Un *autre* texte"),
                        encoding="utf-8")
    elif damage == "garbage":
        cache.write_bytes(b"\x00\x1b[31m{{{" * 50)
    else:
        cache.write_bytes(cache.read_bytes()[:-40])
    shown = await run_once(path)
    if damage == "changed on disk":
        assert "Un autre texte" in shown and "premier" not in shown
    else:
        assert "Un premier paragraphe" in shown


async def test_the_blocks_are_stored_once_drawn_without_quitting(tmp_path: Path) -> None:
    # A reader whose terminal is closed never unmounts: the first screen's blocks are kept anyway.
    path = article_file(tmp_path)
    app = ReaderApp([path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert blockcache.load(load_article(path)) == app.current.blocks


# ---- the bundled articles' blocks, shipped for a first start -----------------------------------

def test_the_shipped_blocks_of_the_bundled_articles_are_current() -> None:
    shipped = json.loads(blockcache.BUNDLED.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(blockcache.bundled_entries())), (
        "bundled articles or document.py changed: run `python -m reader.blockcache`")


def test_a_first_start_finds_the_bundled_article_blocks() -> None:
    from reader.paths import seeds_dir

    first = min(seeds_dir().glob("*.md"))
    assert not blockcache.cache_path().exists()
    assert blockcache.load(load_article(first)) == load_article(first).blocks


@pytest.mark.parametrize("damage", ["other text", "garbage", "no entry"])
def test_a_stale_or_damaged_shipped_entry_is_a_miss(tmp_path: Path, damage: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.paths import seeds_dir

    first = min(seeds_dir().glob("*.md"))
    data = json.loads(blockcache.BUNDLED.read_text(encoding="utf-8"))
    shipped = tmp_path / "seed-blocks.json"
    if damage == "other text":
        data["articles"][first.name]["key"]["digest"] = "0" * 24
        shipped.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "garbage":
        shipped.write_bytes(b"\xff" * 100)
    else:
        shipped.write_text(json.dumps({"articles": {}}), encoding="utf-8")
    monkeypatch.setattr(blockcache, "BUNDLED", shipped)
    assert blockcache.load(load_article(first)) is None
