"""Command line: `reader [PATH ...]` opens the app; subcommands print or manage things."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from reader import __version__
from reader.paths import default_library, state_dir

log = logging.getLogger("reader")

USAGE = """\
reader [PATH ...]                  read the library (bundled and saved), or these files
                                   (output not a terminal: prints reader list instead)
reader list [PATH ...] [--json]    list articles (number, id, language, words, title)
reader mentions [ID|PATH ...] [--json]
                                   companies and AI models mentioned, per article
reader relations [ID|PATH ...] [--json | --dot | --mermaid]
                                   who works with whom, with the sentences that say so
reader translate ID|PATH [--json]  translate an article to English, offline
                                   (ID: an id, a unique start of one, or its number
                                   in reader list)
reader add URL [--keep N] [--json] subscribe to a feed (or a home page's feed), or save a page
reader add PATH                    copy a local article (.md, .txt, .html), or a folder's
                                   articles, into the library
reader fetch [--json]              refresh every feed
reader feeds [--json]              subscriptions: title, URL, last fetch, articles, unread
reader feeds remove URL [--delete-articles]
reader feeds import FILE.opml | export
reader show ID|PATH ... [--plain] [--width N]
                                   print articles as reader draws them
reader models list                 translation models installed and available
reader models install fr en        download and install the French→English model
reader models install FILE.argosmodel
                                   install a model file (machines without internet)
reader models remove fr en         remove it
reader cache clear                 forget cached translations, languages, library figures,
                                   relations
reader themes                      list themes (* marks the current one)
reader config path | show          where the settings file is; the effective settings
reader --theme NAME [PATH ...]     read with this theme (this run only)

A path that is named like a subcommand is given as ./name.
"""


class UsageError(Exception):
    """Bad command line: the message is shown and reader exits with status 2."""


def _paths(values: Sequence[str]) -> list[Path]:
    paths = [Path(value).expanduser() for value in values]
    missing = [str(p) for p in paths if not (p.exists() or p.is_symlink())]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    return paths


def _paths_or_articles(values: Sequence[str]) -> list[Path]:
    """Files and folders as given; an argument that is neither names an article of the library
    as `show` and `translate` take it: its number in `reader list`, its id, or a unique start."""
    paths = [Path(value).expanduser() for value in values]
    missing = [n for n, path in enumerate(paths) if not (path.exists() or path.is_symlink())]
    if not missing:
        return paths  # (the library is not read: files alone cost nothing more)
    # An id is a file's stem and never holds a slash: such a value can only be a path, and a
    # missing path says so as it always did, without the library's guesses.
    files = [str(paths[n]) for n in missing if "/" in values[n]]
    if files:
        raise UsageError(f"no such file or directory: {', '.join(files)}")
    from reader.articles import AmbiguousKey, load_library

    library = load_library(default_library())
    for n in missing:
        try:
            paths[n] = library.find(values[n]).path
        except AmbiguousKey as error:
            raise UsageError(str(error)) from None
        except LookupError:
            hint = library.number_hint(values[n])
            raise UsageError(f"no such file or directory, and no article {values[n]!r} in the "
                             "library" + (f" ({hint})" if hint else "")) from None
    return paths


def _main_parser():
    import argparse

    # The command table is the description, kept as written: as a usage it would start after
    # "usage: " and lose its columns.
    parser = argparse.ArgumentParser(
        prog="reader",
        usage="reader [--theme NAME] [PATH ...]\n       reader COMMAND [ARGS ...]",
        description="A calm terminal reader for French AI-industry news.\n\n" + USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to open")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--theme", metavar="NAME", help="theme for this run")
    return parser


def _list_parser():
    import argparse

    parser = argparse.ArgumentParser(prog="reader list", description="List articles.")
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument("--json", action="store_true", help="print a JSON array sorted by id")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def run_list(argv: Sequence[str], out: TextIO | None = None) -> int:
    from reader.articles import load_library
    from reader.language import LanguageCache, article_language

    out = out or sys.stdout  # looked up per call, not when the module was imported

    args = _list_parser().parse_args(argv)
    library = load_library(_paths(args.paths) or default_library())
    for message in library.messages:
        print(f"reader: {message}", file=sys.stderr)
    cache = LanguageCache().load()
    articles = sorted(library.articles, key=lambda a: a.id)
    rows = [
        {
            "id": a.id,
            "path": str(a.path.resolve()),
            "title": a.title,
            "lang": article_language(a, cache),
            "words": a.words,
        }
        for a in articles
    ]
    cache.save()
    # Nothing could be read of what was asked for (a binary file): the reasons are on stderr,
    # and the status says it, as `reader add` and `reader mentions` do.
    status = 1 if library.messages and not rows else 0
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return status
    if not rows:
        out.write("No articles.\n")
        return status
    # As wide as the longest id: a saved web article's id is its (long) file name.
    width = max([24, *(len(row["id"]) for row in rows)])
    # The number `show`, `translate` and `mentions` take and print: the row, counted from 1.
    number_width = len(str(len(rows)))
    out.write(f"{'#':>{number_width}}  {'ID':<{width}} {'LANG':<4} {'WORDS':>6}  TITLE\n")
    for number, row in enumerate(rows, 1):
        lang = row["lang"] or "??"
        out.write(f"{number:>{number_width}}  {row['id']:<{width}} {lang:<4} {row['words']:>6}  "
                  f"{row['title']}\n")
    return 0


def run_mentions(argv: Sequence[str]) -> int:
    import argparse

    from reader.mentions_cli import run

    parser = argparse.ArgumentParser(
        prog="reader mentions", description="Companies and AI models mentioned in articles."
    )
    parser.add_argument("paths", nargs="*", metavar="ID|PATH",
                        help="files, folders, or articles by number in reader list or by id")
    parser.add_argument("--json", action="store_true", help="one JSON object per mention")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    return run(_paths_or_articles(args.paths) or None, args.json, sys.stdout)


def run_relations(argv: Sequence[str]) -> int:
    import argparse

    from reader.relations_cli import run

    parser = argparse.ArgumentParser(
        prog="reader relations",
        description="Partnerships, investments, acquisitions, model use and rivalries, "
        "with the sentences that state them.",
    )
    parser.add_argument("paths", nargs="*", metavar="ID|PATH",
                        help="files, folders, or articles by number in reader list or by id")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", dest="output", action="store_const", const="json",
                        help="one JSON object per relation, with its evidence")
    output.add_argument("--dot", dest="output", action="store_const", const="dot",
                        help="a Graphviz graph")
    output.add_argument("--mermaid", dest="output", action="store_const", const="mermaid",
                        help="a Mermaid flowchart")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    return run(_paths_or_articles(args.paths) or None, args.output or "text", sys.stdout)


def run_translate(argv: Sequence[str]) -> int:
    import argparse

    from reader.translation.cli import run_translate as translate

    parser = argparse.ArgumentParser(
        prog="reader translate",
        description="Translate an article (a bundled article's id, or a file) to English.",
    )
    parser.add_argument("target", metavar="ID|PATH")
    parser.add_argument("--json", action="store_true", help="print the blocks as JSON")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    return translate(args.target, args.json, sys.stdout)


def _feeds_call(call) -> int:
    from reader.feeds.cli import BadArguments, StoreError

    try:
        return call()
    except BadArguments as error:
        raise UsageError(str(error)) from None
    except StoreError as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1


def run_add(argv: Sequence[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="reader add", description="Subscribe to a feed, or save one web page, by URL; "
        "or copy a local article file into the library."
    )
    parser.add_argument("urls", nargs="+", metavar="URL|PATH")
    parser.add_argument("--keep", type=int, metavar="N", help="keep a feed's newest N articles")
    parser.add_argument("--json", action="store_true", help="print a JSON array of articles")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    from reader.feeds.cli import run_add as add

    return _feeds_call(lambda: add(args.urls, args.keep, args.json))


def run_fetch(argv: Sequence[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="reader fetch", description="Refresh every feed.")
    parser.add_argument("--json", action="store_true", help="print a JSON array of articles")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    from reader.feeds.cli import run_fetch as fetch

    return _feeds_call(lambda: fetch(args.json))


def run_feeds(argv: Sequence[str]) -> int:
    from reader.feeds.cli import run_feeds as feeds

    return _feeds_call(lambda: feeds(argv))


def run_show(argv: Sequence[str]) -> int:
    from reader.show import run

    return run(argv, sys.stdout, sys.stderr)


def run_models(argv: Sequence[str]) -> int:
    from reader.translation.cli import run_models as models

    return models([a for a in argv if a != "--debug"], sys.stdout)


def run_cache(argv: Sequence[str]) -> int:
    args = [a for a in argv if a != "--debug"]
    if {"-h", "--help"} & set(args):
        print("usage: reader cache clear\n\nForget cached translations, languages, library "
              "figures and relations.")
        return 0
    if args != ["clear"]:
        raise UsageError("usage: reader cache clear")
    from reader.translation.cli import run_cache_clear

    return run_cache_clear(sys.stdout)


def run_themes(argv: Sequence[str]) -> int:
    from reader.ui.theme_commands import run_themes as themes

    return themes([a for a in argv if a != "--debug"], sys.stdout, sys.stderr)


def run_config(argv: Sequence[str]) -> int:
    from reader.settings import run_config as config

    return config([a for a in argv if a != "--debug"], sys.stdout, sys.stderr, _effective_theme)


def _effective_theme(settings) -> list[str]:
    """Put the theme the app starts with into `settings`, as `reader themes` marks it.

    A theme picked in the app is kept in the state file and wins over the settings file, so
    `config show` says that theme and where it came from.
    """
    from reader.settings import choose_theme, theme_overridden
    from reader.storage import StateStore
    from reader.ui.theme_commands import all_theme_names

    state = StateStore()
    state.load()
    names, _ = all_theme_names()
    name, source, notes = choose_theme(None, state.view("theme"), settings, names)
    if source == "state":
        # (A theme that does not exist is reported as such, above: not as overridden too.)
        overridden = theme_overridden(settings, name) if settings.theme in names else None
        notes += [overridden] if overridden else []
        settings.theme = name
        settings.sources["theme"] = f"state file {state.path} (chosen in the app)"
    return notes


def run_app(argv: Sequence[str]) -> int:
    theme = None
    if not argv:
        paths = None  # plain `reader`: no need to build a parser (start-up time counts)
    else:
        args = _main_parser().parse_args(argv)
        paths = _paths(args.paths) if args.paths else None
        if args.theme is not None:
            from reader.ui.theme_commands import all_theme_names, theme_name_error

            error = theme_name_error(args.theme, all_theme_names()[0])
            if error:
                raise UsageError(error)
            theme = args.theme
    if not sys.stdout.isatty():
        # `reader | head`, `reader > file`: a full-screen app would write escape codes into
        # the pipe and wait for keys nobody can type. The list is what fits a pipe.
        print("reader: output is not a terminal: listing the library (reader list)",
              file=sys.stderr)
        return run_list([str(path) for path in paths or ()])
    # Start-up allocates hundreds of thousands of objects and frees few: the collector's passes
    # over them (a full one among them) cost about 40 ms before the first paint. The app turns
    # it back on once the first screen is drawn (reader.ui.app.collect_garbage).
    import gc

    gc.disable()
    # Textual is imported here, not at the top: `reader list` and friends stay fast.
    from reader.ui.app import ReaderApp

    app = ReaderApp(paths, theme=theme)
    app.run()
    return app.return_code or 0


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "list": run_list,
    "add": run_add,
    "fetch": run_fetch,
    "feeds": run_feeds,
    "mentions": run_mentions,
    "relations": run_relations,
    "translate": run_translate,
    "show": run_show,
    "models": run_models,
    "cache": run_cache,
    "themes": run_themes,
    "config": run_config,
}


def _options_after_command(argv: list[str]) -> list[str]:
    """`reader --debug list` is `reader list --debug`; `--theme` before a command is refused.

    Without this the command's name would be read as a path ("no such file: list").
    """
    position, theme = 0, False
    while position < len(argv):
        arg = argv[position]
        if arg == "--debug":
            position += 1
        elif arg == "--theme":
            position, theme = position + 2, True
        elif arg.startswith("--theme="):
            position, theme = position + 1, True
        else:
            break
    if position == 0 or position >= len(argv) or argv[position] not in SUBCOMMANDS:
        return argv
    name = argv[position]
    if theme:
        raise UsageError(f"--theme is for reading (reader --theme NAME [PATH ...]); "
                         f"reader {name} does not take it")
    return [name, *argv[position + 1 :], *argv[:position]]


def _setup_logging() -> Path | None:
    try:
        directory = state_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "reader.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    log_path = _setup_logging()
    try:
        argv = _options_after_command(argv)
        command = SUBCOMMANDS.get(argv[0]) if argv else None
        if command is not None:
            return command(argv[1:])
        return run_app(argv)
    except UsageError as error:
        print(f"reader: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `reader mentions | head`: the reader of our output left; that is not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        log.exception("unexpected error")
        if debug:
            raise
        where = f" (details in {log_path})" if log_path else ""
        from reader.text import one_line

        print(f"reader: {type(error).__name__}: {one_line(error)}{where}", file=sys.stderr)
        return 1
