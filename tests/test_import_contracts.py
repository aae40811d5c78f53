"""Import rules: the layer contracts hold, cover every module, and the UI starts light."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import reader

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(reader.__file__).resolve().parent
LINT = Path(sys.executable).parent / "lint-imports"


def contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def modules() -> list[str]:
    """Every module of the package (a package by its `__init__`), the root package left out."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts:
            names.append(".".join(("reader", *parts)))
    return names


def layers_holding(module: str, contract: dict) -> list[str]:
    entries = [e.strip() for layer in contract["layers"] for e in layer.split("|")]
    return [e for e in entries if module == e or module.startswith(e + ".")]


def test_the_contracts_hold() -> None:
    done = subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_every_module_sits_in_exactly_one_layer() -> None:
    top, ui = contracts()
    for module in modules():
        assert len(layers_holding(module, top)) == 1, f"{module}: not in one layer of {top['name']}"
        if module.startswith("reader.ui."):
            held = layers_holding(module, ui)
            assert len(held) == 1, f"{module}: not in one layer of {ui['name']}"


def test_a_module_missing_from_the_contracts_is_caught() -> None:
    top, _ = contracts()
    assert layers_holding("reader.feeds_of_tomorrow", top) == []


def test_the_ui_imports_no_feature_domain_or_heavy_library_before_first_use() -> None:
    heavy = ("reader.entities", "reader.translation", "reader.feeds", "langdetect",
             "argostranslate", "ctranslate2", "feedparser", "trafilatura", "lxml", "spacy")
    code = (
        "import json, sys\n"
        "import reader.ui.app\n"
        f"heavy = {heavy!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules "
        "if any(m == h or m.startswith(h + '.') for h in heavy))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert json.loads(done.stdout) == []


def test_the_first_screen_of_the_bundled_library_needs_no_markdown_parser(tmp_path: Path) -> None:
    """A first start (empty dirs) and the next one draw the first article without markdown-it:
    titles of plain opening headings, and the blocks shipped with the bundled articles or stored
    in the cache, are read without it."""
    code = (
        "import asyncio, sys\n"
        "from reader.ui.app import ReaderApp\n"
        "async def main():\n"
        "    app = ReaderApp(None)\n"
        "    async with app.run_test(size=(120, 40)) as pilot:\n"
        "        text = ' '.join(app.current.blocks[0].text.split()[:4])\n"
        "        print('markdown_it' in sys.modules, text)\n"
        "asyncio.run(main())\n"
    )
    env = {**os.environ, **{f"READER_{name}_DIR": str(tmp_path / name.lower())
                            for name in ("STATE", "CACHE", "DATA", "CONFIG")}}
    for start in ("first", "next"):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True, timeout=120, env=env)
        assert done.stdout.split(maxsplit=1) == ["False", "Apple et Meta, autrefois\n"], start


def test_coref_is_a_basic_module_without_textual() -> None:
    # Its tables and rules are plain data and regexes: the lowest layer, importable anywhere.
    top, _ = contracts()
    assert layers_holding("reader.coref", top) == ["reader.coref"]
    assert "reader.coref" in top["layers"][-1]
    code = "import sys, reader.coref; print(any(m.startswith('textual') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "False"
