"""Back ends of `reader translate`, `reader models ...` and `reader cache clear`.

Each returns the process exit status; reader's argument parser calls them. Output goes to
`out` (results) and stderr (messages); article text is printed as plain text, never markup.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from reader.text import one_line
from reader.translation.errors import INSTALL_HINT, NoModelError, TranslationError

log = logging.getLogger("reader")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_MODEL = 3
EXIT_INTERRUPTED = 130

MODELS_USAGE = """\
usage: reader models list
       reader models install fr en          download and install from the Argos package index
       reader models install FILE.argosmodel
       reader models remove fr en"""


def _console(out: TextIO):
    from rich.console import Console

    return Console(file=out, highlight=False, soft_wrap=False)


def _error(message: str) -> None:
    # Messages quote names, addresses and server text: the gate runs on every one.
    print(f"reader: {one_line(message, 500)}", file=sys.stderr)


def _size(count: int) -> str:
    """Bytes for a person: 57 KB, not 0.0 MB."""
    if count < 1000:
        return f"{count} bytes"
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if count < scale * 1000 or unit == "GB":
            value = count / scale
            return f"{value:.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"
    return f"{count} bytes"


class _Missing(Exception):
    """No such file and no such article: a usage error (exit 2), as for every command."""


def _load_target(target: str):
    """An article by path, else by id or number in the library; _Missing if neither."""
    from reader.articles import AmbiguousKey, LoadError, load_article, load_library
    from reader.paths import default_library

    path = Path(target).expanduser()
    if path.exists() or path.is_symlink():
        try:
            return load_article(path)
        except LoadError as error:
            raise TranslationError(str(error)) from None
    library = load_library(default_library())
    try:
        return library.find(target)
    except AmbiguousKey as error:
        # A unique id prefix names one article; an ambiguous one lists the candidates, a usage
        # error as an unknown id is (reader relations and mentions say 2 for both too).
        raise _Missing(str(error)) from None
    except LookupError:
        hint = library.number_hint(target)
        raise _Missing(f"no article in the library with id {target!r}, and no such file"
                       + (f"; {hint}" if hint else "")) from None


def run_translate(target: str, as_json: bool = False, out: TextIO = sys.stdout) -> int:
    """Translate an article (bundled id or path) and print it side by side, or as JSON."""
    from reader.language import article_language
    from reader.translation.article import ArticleTranslation, block_languages
    from reader.translation.engine import load_translator

    try:
        article = _load_target(target)
    except TranslationError as error:
        _error(str(error))
        return EXIT_ERROR
    except _Missing as missing:
        _error(str(missing))
        return EXIT_USAGE
    languages = block_languages(article)
    if article_language(article) == "en":
        _error(f"{article.id} is already in English; shown as it is.")
        pairs = [(block.kind, block.text, block.text) for block in article.blocks]
        return _print(article.id, None, pairs, as_json, out)
    try:
        state = ArticleTranslation.open(article, languages=languages)
        if not state.complete:
            from reader.settings import load_settings

            translator = load_translator(state.package, **load_settings().translator_options())
            for _ in state.run(translator):
                pass
    except NoModelError as error:
        _error(str(error))
        return EXIT_NO_MODEL
    except TranslationError as error:
        _error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    pairs = [(row.kind, row.source, state.targets.get(row.index, "")) for row in state.rows]
    return _print(article.id, state.package.key, pairs, as_json, out)


def _print(
    article_id: str, model: str | None, pairs: list[tuple[str, str, str]], as_json: bool,
    out: TextIO,
) -> int:
    if as_json:
        blocks = [{"kind": k, "source": s, "target": t} for k, s, t in pairs]
        json.dump({"id": article_id, "model": model, "blocks": blocks}, out, ensure_ascii=False,
                  indent=2)
        out.write("\n")
        return EXIT_OK
    from rich.table import Table
    from rich.text import Text

    table = Table(show_header=True, show_lines=True, expand=True, box=None, padding=(0, 2, 1, 0))
    table.add_column("Français", ratio=1)
    table.add_column("English", ratio=1)
    for kind, source, target in pairs:
        style = "bold" if kind == "heading" else ""
        table.add_row(Text(source, style=style), Text(target, style=style))
    import io

    from rich.console import Console

    # Drawn as for `out` (its width, its colours), then written without what Rich pads every
    # cell with: each line ended in spaces up to the terminal's width. (Console.capture gave
    # nothing on a terminal: Rich wrote the table to it directly.)
    shown = _console(out)
    drawn = io.StringIO()
    Console(file=drawn, width=shown.width, color_system=shown.color_system,
            force_terminal=shown.is_terminal, highlight=False, soft_wrap=False).print(table)
    out.write(_TRAILING.sub(_line_end, drawn.getvalue()))
    return EXIT_OK


# What ends a line after its text: spaces, and the style codes around them on a terminal.
_TRAILING = re.compile(r"(?: |\x1b\[[0-9;]*m)+$", re.MULTILINE)


def _line_end(match: re.Match[str]) -> str:
    return "\x1b[0m" if "\x1b" in match.group() else ""  # a style opened there is closed


def run_models(args: Sequence[str], out: TextIO = sys.stdout) -> int:
    """`models list | install fr en | install FILE.argosmodel | remove fr en`."""
    args = list(args)
    if {"-h", "--help"} & set(args):
        # Before anything else: `models install --help` read "--help" as a model file, and
        # asking for help must not tidy, download or install anything.
        print(MODELS_USAGE, file=out)
        return EXIT_OK
    try:
        _cleanup()
        if args == ["list"]:
            return _models_list(out)
        if len(args) == 3 and args[0] == "install":
            return _install_pair(args[1], args[2], out)
        if len(args) == 2 and args[0] == "install":
            return _install_file(Path(args[1]).expanduser(), out)
        if len(args) == 3 and args[0] == "remove":
            return _remove(args[1], args[2], out)
    except KeyboardInterrupt:
        _error("interrupted; nothing was installed")
        return EXIT_INTERRUPTED
    except TranslationError as error:
        _error(str(error))
        return EXIT_ERROR
    except Exception as error:
        # A package or server can provoke failures nobody foresaw: one line, details logged.
        log.exception("models %s failed", " ".join(args)[:200])
        _error(f"models {one_line(' '.join(args), 100)} failed: {type(error).__name__}: "
               f"{one_line(error, 200)} (details in reader.log)")
        return EXIT_ERROR
    print(MODELS_USAGE, file=sys.stderr)
    return EXIT_USAGE


def _cleanup() -> None:
    from reader.translation.models import cleanup_leftovers

    freed = cleanup_leftovers()
    if freed:
        _error(f"removed {_size(freed)} left by an interrupted install")


def _models_list(out: TextIO) -> int:
    from reader.translation.models import fetch_index
    from reader.translation.packages import installed_packages
    from reader.translation.proofs import proof_state
    from reader.translation.settings import packages_dir

    installed = installed_packages()
    print(f"Installed (in {packages_dir()}):", file=out)
    if not installed:
        print("  none. " + INSTALL_HINT, file=out)
    for package in installed:
        state = "" if package.ok else f"  [unusable: {one_line(package.problem, 200)}]"
        proof = proof_state(package) if package.ok else None
        if proof is not None:
            # Not proven yet: proven the first time it is loaded (reader.translation.proofs).
            state = f"  [{proof}]"
        pair = f"{package.from_code}→{package.to_code}" if package.from_code else "?"
        print(f"  {pair:8} {one_line(package.version, 20):8} {one_line(package.name, 80)}{state}",
              file=out)
    try:
        available = fetch_index()
    except TranslationError as error:
        print(f"Available: unknown. {one_line(error, 300)}", file=out)
        return EXIT_OK
    print("Available from the package index:", file=out)
    have = {(p.from_code, p.to_code, p.version) for p in installed if p.ok}
    for package in sorted(available, key=lambda p: (p.from_code, p.to_code)):
        mark = "  (installed)" if (package.from_code, package.to_code, package.version) in have \
            else ""
        print(f"  {package.from_code}→{package.to_code:5} {one_line(package.version, 20):8}{mark}",
              file=out)
    return EXIT_OK


def _install_pair(from_code: str, to_code: str, out: TextIO) -> int:
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    from reader.translation.models import (
        DownloadProgress,
        fetch_index,
        find_available,
        index_base,
        install_available,
        supported_pair,
    )
    from reader.translation.packages import find_package, version_key

    supported_pair(from_code, to_code)
    available = find_available(from_code, to_code, fetch_index())
    if available is None:
        _error(f"the package index at {index_base()} offers no {from_code}→{to_code} package")
        return EXIT_ERROR
    current = find_package(from_code, to_code)
    if current is not None and version_key(current.version) >= version_key(available.version):
        print(f"{one_line(current.name, 80)} {one_line(current.version, 20)} is already installed.",
              file=out)
        return EXIT_OK
    columns = (
        # Index text is data: never parsed as Rich markup.
        TextColumn(one_line(f"{available.name} {available.version}", 60), markup=False),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=_console(out), transient=False) as bar:
        task = bar.add_task("download", total=None)

        def report(step: DownloadProgress) -> None:
            bar.update(task, completed=step.done, total=step.total)

        package = install_available(available, progress=report)
    _installed(package, out)
    return EXIT_OK


def _installed(package, out: TextIO) -> None:
    print(one_line(f"Installed {package.name} {package.version} "
                   f"({package.from_code}→{package.to_code})."), file=out)


def _install_file(path: Path, out: TextIO) -> int:
    from reader.translation.models import install_archive

    package = install_archive(path)
    _installed(package, out)
    return EXIT_OK


def _remove(from_code: str, to_code: str, out: TextIO) -> int:
    from reader.translation.models import remove

    removed = remove(from_code, to_code)
    if not removed:
        _error(f"no {from_code}→{to_code} package is installed")
        return EXIT_ERROR
    for package in removed:
        print(one_line(f"Removed {package.name} {package.version}."), file=out)
    return EXIT_OK


def run_cache_clear(out: TextIO = sys.stdout) -> int:
    """Delete every cache reader keeps: translations, languages, library figures, downloads."""
    from reader.paths import cache_dir
    from reader.translation.cache import clear_caches

    root = cache_dir()
    freed = clear_caches(root)
    print(f"Cleared reader's caches ({_size(freed)}) in {one_line(str(root), 300)}.", file=out)
    return EXIT_OK
