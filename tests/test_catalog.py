"""The library's per-article figures are cached by content and recounted when entities change."""

from __future__ import annotations

from reader.catalog import Catalog
from reader.entities import user_entities_path


def test_round_trip_and_corrupt_file() -> None:
    catalog = Catalog().load()
    assert catalog.get("abc") is None
    catalog.put("abc", 120, 3, 1)
    assert catalog.save()
    again = Catalog().load()
    assert again.get("abc").words == 120
    assert (again.get("abc").companies, again.get("abc").models) == (3, 1)
    again.path.write_text("{not json")
    assert Catalog().load().get("abc") is None  # ignored, not fatal


def test_user_entities_change_invalidates_counts() -> None:
    catalog = Catalog().load()
    catalog.put("abc", 120, 3, 1)
    catalog.save()
    user = user_entities_path()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text('[[entity]]\nname = "Zorglub AI"\nkind = "company"\n')
    assert Catalog().load().get("abc") is None


def test_a_new_mention_engine_recounts(monkeypatch) -> None:
    catalog = Catalog().load()
    catalog.put("abc", 120, 3, 1)
    catalog.save()
    assert Catalog().load().get("abc") is not None
    monkeypatch.setattr("reader.entities.ENGINE_VERSION", "next")
    assert Catalog().load().get("abc") is None


def test_unwritable_cache_dir_is_not_fatal(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    catalog = Catalog(blocker / "catalog.json")
    catalog.put("abc", 1, 0, 0)
    assert catalog.save() is False
