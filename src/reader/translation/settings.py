"""Where reader keeps Argos packages, and a safe way to import argostranslate.

`argostranslate.settings` reads the environment and creates directories under the home
directory when it is imported. reader keeps its models in its own data dir instead, so the
environment is pointed there for the duration of that import (then put back, so nothing
else in the process, such as platformdirs, sees it), and the module's paths are re-pointed
every time in case reader's data dir changed since (tests do that).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from reader import paths

_lock = threading.Lock()

# Values argostranslate parses at import (int(), enum lookups): a user's odd setting would
# crash the import, and none of them matter to reader, which drives CTranslate2 itself.
_FIXED_ENV = {
    "ARGOS_DEVICE_TYPE": "cpu",
    "ARGOS_DEBUG": "0",
    "ARGOS_DEV_MODE": "0",
    "ARGOS_MODEL_PROVIDER": "OPENNMT",
    "ARGOS_CHUNK_TYPE": "ARGOSTRANSLATE",
    "ARGOS_INTER_THREADS": "1",
    "ARGOS_INTRA_THREADS": "0",
    "ARGOS_BATCH_SIZE": "32",
    "ARGOS_BEAM_SIZE": "4",
    "ARGOS_COMPUTE_TYPE": "auto",
}


def argos_dir() -> Path:
    """reader's own Argos area: packages, downloads staging, argostranslate's scratch dirs."""
    return paths.data_dir() / "argos"


def packages_dir() -> Path:
    """Installed packages, one folder each, as argostranslate lays them out."""
    return argos_dir() / "packages"


def downloads_dir() -> Path:
    return paths.cache_dir() / "argos-downloads"


def _scratch_dir() -> Path:
    """A writable place for argostranslate's own config/cache dirs (not needed by reader)."""
    wanted = argos_dir() / "argostranslate"
    try:
        wanted.mkdir(parents=True, exist_ok=True)
        if os.access(wanted, os.W_OK):
            return wanted
    except OSError:
        pass
    # Unwritable data dir (HOME pointing to a file, read-only home): argostranslate must
    # still import, so its scratch dirs go to a private temporary folder.
    return Path(tempfile.mkdtemp(prefix="reader-argos-"))


@contextlib.contextmanager
def _environment(values: dict[str, str], remove: tuple[str, ...]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in (*values, *remove)}
    try:
        for key in remove:
            os.environ.pop(key, None)
        os.environ.update(values)
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def argos_settings() -> ModuleType:
    """Import `argostranslate.settings` aimed at reader's dirs; re-aim it if already imported."""
    with _lock:
        module = sys.modules.get("argostranslate.settings")
        if module is None:
            scratch = _scratch_dir()
            env = {
                **_FIXED_ENV,
                # Path.home() runs at import and fails without a passwd entry.
                "HOME": str(scratch),
                "XDG_DATA_HOME": str(scratch / "share"),
                "XDG_CONFIG_HOME": str(scratch / "config"),
                "XDG_CACHE_HOME": str(scratch / "cache"),
                # Created at import: must be writable, so it is the scratch one for now.
                "ARGOS_PACKAGES_DIR": str(scratch / "packages"),
                "ARGOS_TRANSLATE_PACKAGE_DIR": str(scratch / "packages"),
            }
            # SNAP makes it read SNAP_USER_DATA (KeyError when unset) and scan snap dirs.
            with _environment(env, remove=("SNAP",)):
                import argostranslate.settings as module
        _point(module)
        return module


def _point(module: ModuleType) -> None:
    """Make argostranslate look for packages where reader installs them, and only there."""
    package_dir = packages_dir()
    module.package_data_dir = package_dir
    module.package_dirs = [package_dir]
    module.device = "cpu"
    module.downloads_dir = downloads_dir()
    module.local_package_index = argos_dir() / "index.json"


def argos_package_module() -> ModuleType:
    """`argostranslate.package`, imported after its settings were pointed at reader's dirs."""
    argos_settings()
    import argostranslate.package

    return argostranslate.package


def clear_argos_caches() -> None:
    """Forget what argostranslate memoised about installed packages (after install/remove)."""
    translate = sys.modules.get("argostranslate.translate")
    if translate is None:
        return
    getter = getattr(translate, "get_installed_languages", None)
    if getter is not None and hasattr(getter, "cache_clear"):
        getter.cache_clear()
    installed = getattr(translate, "installed_translates", None)
    if isinstance(installed, list):
        installed.clear()
