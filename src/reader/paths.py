"""Where reader finds its bundled files and keeps its own (platformdirs, app name `reader`)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reader"
_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # In a wheel the folder sits inside the package; in a source checkout it is top level.
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / name


def seeds_dir() -> Path:
    return _bundled("seeds")


def themes_dir() -> Path:
    return _bundled("themes")


def _dirs():
    # platformdirs is cheap, but keep it out of module import for the domain tests' sake.
    import platformdirs

    return platformdirs.PlatformDirs(APP_NAME, appauthor=False)


def state_dir() -> Path:
    return Path(os.environ.get("READER_STATE_DIR") or _dirs().user_state_dir)


def data_dir() -> Path:
    return Path(os.environ.get("READER_DATA_DIR") or _dirs().user_data_dir)


def cache_dir() -> Path:
    return Path(os.environ.get("READER_CACHE_DIR") or _dirs().user_cache_dir)


def library_dir() -> Path:
    """Where saved web articles live, one folder per source."""
    return data_dir() / "library"


def default_library() -> list[Path]:
    """What every command reads when given no PATH: the bundled articles and everything saved."""
    saved = library_dir()
    return [seeds_dir(), saved] if saved.is_dir() else [seeds_dir()]


def config_dir() -> Path:
    return Path(os.environ.get("READER_CONFIG_DIR") or _dirs().user_config_dir)
