"""Shared fixtures: every test runs with reader's directories in a temporary place."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.settings import CONFIG_ENV, OPTIONS


@pytest.fixture(autouse=True)
def _reader_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point state, data, cache and config at tmp dirs so no test touches the real home."""
    dirs = {}
    for name in ("STATE", "DATA", "CACHE", "CONFIG"):
        path = tmp_path / "reader-dirs" / name.lower()
        monkeypatch.setenv(f"READER_{name}_DIR", str(path))
        dirs[name.lower()] = path
    # A developer's own settings (config file, READER_THEME, ...) must not leak into tests.
    for name in (CONFIG_ENV, *(option.env for option in OPTIONS)):
        monkeypatch.delenv(name, raising=False)
    return dirs
