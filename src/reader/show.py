"""`reader show ID|PATH ...`: print articles as the article view draws them (as glow does).

The lines come from the view's own line model (`reader.layout`), so what this prints is what the
screen shows: headings, lists, quotes, tables, code, links followed by their number and address,
images by their alt text. Plain text with `--plain` or in a pipe; styled on a terminal.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from reader.articles import Article, LoadError, load_article
from reader.layout import Layout, Line
from reader.text import strip_controls

# Class names of the line model -> Rich styles for a terminal (no Textual needed to print).
STYLES = {
    "block--heading": "bold",
    "heading--1": "bold underline",
    "inline--em": "italic",
    "inline--strong": "bold",
    "inline--code": "cyan",
    "inline--link": "underline",
    "inline--url": "dim",
    "link--number": "dim",
    "inline--strike": "strike",
    "inline--image": "italic dim",
    "list--marker": "bold",
    "quote--bar": "dim",
    "block--code": "on grey11",
    "block--rule": "dim",
    "table--header": "bold",
    "table--border": "dim",
}


class ShowError(Exception):
    """An article that cannot be shown: one line; exit 2 when there is no such file or id
    (as for every command), 1 when it is there but cannot be shown."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def find_article(target: str) -> Article:
    """An article by path, else by id, unique id prefix or number in the default library."""
    path = Path(target).expanduser()
    if path.exists() or path.is_symlink():
        try:
            return load_article(path)
        except LoadError as error:
            raise ShowError(str(error)) from None
    from reader.articles import AmbiguousKey, load_library
    from reader.paths import default_library

    library = load_library(default_library())
    try:
        return library.find(target)
    except AmbiguousKey as error:
        # (a usage error, as an unknown id: the user names an article more precisely)
        raise ShowError(str(error), status=2) from None
    except LookupError:
        hint = library.number_hint(target)
        raise ShowError(
            f"no article {target!r} (neither a file nor an id{'; ' + hint if hint else ''})",
            status=2,
        ) from None


def lines_of(article: Article, width: int) -> tuple[Layout, list[Line]]:
    layout = Layout(article.blocks, width=width, reading_width=width)
    return layout, list(layout.lines())


def styled_text(layout: Layout, line: Line):
    """A line as a Rich Text with the model's styles (a terminal's version of the view)."""
    from rich.text import Text

    text = Text(no_wrap=True)
    for part in line.parts:
        style = " ".join(STYLES[c] for c in part.classes.split() if c in STYLES)
        if part.key is None:
            text.append(part.text, style=style or None)
            continue
        shown = layout.shown(part.key)
        piece = Text(shown.text[part.start : part.end], style=style or "")
        for start, end, name in shown.spans:
            if name in STYLES and start < part.end and end > part.start:
                piece.stylize(STYLES[name], max(start, part.start) - part.start,
                              min(end, part.end) - part.start)
        text.append_text(piece)
    text.rstrip()
    return text


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = argparse.ArgumentParser(
        prog="reader show", description="Print articles as reader draws them."
    )
    parser.add_argument("targets", nargs="+", metavar="ID|PATH")
    parser.add_argument("--plain", action="store_true", help="plain text, no styles")
    parser.add_argument("--width", type=int, metavar="N", help="columns (default: the terminal)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    terminal = out.isatty()
    width = args.width or (shutil.get_terminal_size((80, 24)).columns if terminal else 80)
    width = max(20, min(width, 1000))
    plain = args.plain or not terminal
    console = None
    if not plain:
        from rich.console import Console

        console = Console(file=out, width=width, highlight=False, markup=False, emoji=False)
    status = 0
    several = len(args.targets) > 1
    for number, target in enumerate(args.targets):
        try:
            article = find_article(target)
        except ShowError as error:
            print(f"reader: {error}", file=err)
            status = max(status, error.status)
            continue
        if several:
            # As `head` does: a blank line between articles, then the file's header.
            name = strip_controls(str(article.path))  # a file name is outside text too
            out.write(("\n" if number else "") + f"==> {name} <==\n")
        if not article.blocks:
            # What the app says in the article pane; nothing printed on stdout would be silent.
            label = strip_controls(target if Path(target).expanduser().exists() else article.id)
            print(f"reader: {label}: This article is empty.", file=err)
        layout, lines = lines_of(article, width)
        for line in lines:
            if console is None:
                out.write(layout.plain(line) + "\n")
            else:
                console.print(styled_text(layout, line), soft_wrap=True, crop=False)
    out.flush()
    return status
