"""Domain modules stay apart from the UI and keep heavy imports off the start-up path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import reader

PACKAGE = Path(reader.__file__).resolve().parent
# Entry points, not domain: cli builds the app, __main__ runs it on import.
NOT_DOMAIN = {"reader.cli", "reader.__main__"}
HEAVY = ("textual", "argostranslate", "langdetect", "ctranslate2", "sentencepiece", "reader.ui",
         "feedparser", "trafilatura", "lxml")


def domain_modules() -> list[str]:
    """Every module of the package outside ui/ (new ones are covered without editing this)."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[0] == "ui":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(("reader", *parts))
        if name not in NOT_DOMAIN:
            names.append(name)
    return names


def test_domain_modules_found() -> None:
    names = domain_modules()
    for expected in (
        "reader",
        "reader.text",
        "reader.document",
        "reader.articles",
        "reader.language",
        "reader.paths",
    ):
        assert expected in names
    assert not any(name.startswith("reader.ui") for name in names)


def test_importing_domain_pulls_in_no_ui_and_no_heavy_module() -> None:
    names = domain_modules()
    code = (
        "import importlib, json, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"heavy = {HEAVY!r}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy\n"
        "                or any(m.startswith(h + '.') for h in heavy))\n"
        "print(json.dumps(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"domain imports pulled in: {loaded}"

