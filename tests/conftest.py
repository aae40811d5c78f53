"""Shared fixtures: every test runs with reader's directories in a temporary place."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _reader_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point state, data, cache and config at tmp dirs so no test touches the real home."""
    dirs = {}
    for name in ("STATE", "DATA", "CACHE", "CONFIG"):
        path = tmp_path / "reader-dirs" / name.lower()
        monkeypatch.setenv(f"READER_{name}_DIR", str(path))
        dirs[name.lower()] = path
    return dirs
