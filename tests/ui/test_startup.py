"""The app's first library: a small one is read whole before the first paint, a big one only
for the article shown first (the one read last), the rest left to the worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.storage import StateStore
from reader.ui import startup


def write(folder: Path, names: list[str]) -> None:
    for name in names:
        (folder / f"{name}.md").write_text(f"# {name}\n\nTexte.\n", encoding="utf-8")


def test_a_small_library_is_read_whole(tmp_path: Path) -> None:
    write(tmp_path, ["a", "b", "c"])
    library, rest = startup.first_library([tmp_path], StateStore(tmp_path / "state.json"))
    assert rest is None
    assert [a.title for a in library.articles] == ["a", "b", "c"]


def test_a_big_library_reads_the_last_article_first(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "EAGER_LIBRARY", 2)
    write(tmp_path, ["a", "b", "c"])
    state = StateStore(tmp_path / "state.json")
    state.last_article = str((tmp_path / "b.md").resolve())
    library, rest = startup.first_library([tmp_path, tmp_path / "missing"], state)
    assert [a.title for a in library.articles] == ["b"]
    assert rest is not None and len(rest) == 3
    assert any("missing" in message for message in library.messages)
