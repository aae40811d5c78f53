"""`reader mentions --json` prints exactly what the article view highlights, read from the screen.

The corpus: the seeds, the held-out paragraphs (one article per batch), and the CommonMark spec
examples rewritten to name companies (Markdown of every shape: lists, nested lists, tables,
code, raw HTML, link definitions, emphasis, entities). The screen side reads the styled
segments of the rendered lines; the CLI side runs the command. Neither calls the engine.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from textual.color import Color
from workers import workers_done

from reader.cli import main
from reader.ui.app import ReaderApp
from reader.ui.widgets.article import ArticleView

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def build_corpus(root: Path) -> None:
    for seed in sorted(SEEDS.glob("*.md")):
        shutil.copy(seed, root / seed.name)
    for name in ("unseen_fr.json", "mentions_F.json"):
        batches: dict[str, list[str]] = {}
        for paragraph in json.loads((DATA / name).read_text("utf-8"))["paragraphs"]:
            batches.setdefault(paragraph.get("batch", "x"), []).append(paragraph["text"])
        for batch, texts in batches.items():
            (root / f"batch_{batch}.md").write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    examples = json.loads((DATA / "commonmark_mentions.json").read_text("utf-8"))["examples"]
    for example in examples:
        path = root / f"cm_{example['example']:03d}.md"
        path.write_text(example["markdown"], encoding="utf-8")


def cli_rows(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[tuple[str, str]]]:
    assert main(["mentions", "--json", str(root)]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_article: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        text = Path(row["path"]).read_text("utf-8")
        assert text[row["start"] : row["end"]] == row["text"]
        by_article.setdefault(Path(row["path"]).name, []).append((row["kind"], row["text"]))
    return by_article


def as_read(source: str) -> str:
    """A name as written in the source, as a reader sees it: markup and line breaks gone."""
    source = re.sub(r"\\(?=[^\w\s])", "", html.unescape(source))
    source = re.sub(r"\n[ \t>]*(?:[-+*]|\d+[.)])?[ \t]*", " ", source)
    return re.sub(r"[*_`]", "", source)


def highlighted(
    lines: list[list[tuple[str, object]]], colours: dict[str, object]
) -> list[tuple[str, str]]:
    """(kind, text) of each run of cells drawn in a mention colour, line by line.

    The view is made wide enough that no line of prose wraps, so a name never spans two lines;
    a name split into several segments (emphasis inside it) is one run of adjacent segments.
    """
    runs: list[list[str]] = []
    for segments in lines:
        open_kind: str | None = None
        for text, style in segments:
            colour = getattr(style, "color", None)
            kind = next((k for k, c in colours.items() if colour == c), None)
            if kind is not None and kind == open_kind:
                runs[-1][1] += text
            elif kind is not None:
                runs.append([kind, text])
            open_kind = kind
    return [(kind, " ".join(text.split())) for kind, text in runs]


def screen_mentions(app: ReaderApp) -> list[tuple[str, str]]:
    """Every mention the view draws in the article's own column, read from its segments."""
    view = app.query_one(ArticleView)
    colours = {
        "company": Color.parse(app.theme_variables["mention-company"]).rich_color,
        "model": Color.parse(app.theme_variables["mention-model"]).rich_color,
    }
    found: list[tuple[str, str]] = []
    for index in range(len(app.current.blocks)):
        found.extend(highlighted(view.block_drawn_lines(index), colours))
    return found


async def test_cli_json_is_what_the_view_highlights(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    build_corpus(corpus)
    expected = cli_rows(corpus, capsys)
    assert sum(len(v) for v in expected.values()) > 1500
    app = ReaderApp([corpus])
    mismatches: list[str] = []
    async with app.run_test(size=(2120, 60)) as pilot:
        app.theme = "reader-dark"  # mention colours unlike any other text colour
        # Lines as long as the longest block (2,000 characters): no name is cut by a wrap.
        app.query_one(ArticleView).reading_width = 2100
        await workers_done(app)
        await pilot.pause()
        for article in sorted(app.library.articles, key=lambda a: a.path.name):
            app.open_article(article, block=0, remember=False)
            await pilot.pause()
            await workers_done(app)
            await pilot.pause()
            seen = screen_mentions(app)
            cli = [(kind, " ".join(as_read(text).split())) for kind, text in
                   expected.get(article.path.name, [])]
            if seen != cli:
                mismatches.append(f"{article.path.name}: screen {seen} != cli {cli}")
    assert not mismatches, "\n".join(mismatches[:20]) + f"\n({len(mismatches)} articles)"
