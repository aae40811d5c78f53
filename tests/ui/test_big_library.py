"""A big library is listed and analysed in time linear in its size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from workers import workers_done

from reader.ui.app import ReaderApp


async def test_analysing_the_library_asks_each_read_state_a_few_times_not_once_per_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each analysed row used to recount the unread articles of the whole library (its title
    # line), so 10,000 articles asked for 100 million read states and were never analysed.
    count = 150
    for number in range(count):
        (tmp_path / f"article-{number:03}.md").write_text(
            f"# Article {number}\n\nUn paragraphe sur OpenAI, numéro {number}.\n",
            encoding="utf-8")
    calls = 0
    is_read = ReaderApp.is_read

    def counting(self: ReaderApp, article) -> bool:
        nonlocal calls
        calls += 1
        return is_read(self, article)

    monkeypatch.setattr(ReaderApp, "is_read", counting)
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        library = app.library_list
        assert all("words" in a.__dict__ for a in app.library.articles)
        # The unread count is shown (the 34-column pane has room for it and the sort only in
        # the short form); the first article, short, is read once shown whole for 2 s.
        assert re.fullmatch(rf"({count}|{count - 1}) unread of {count} · ↓id",
                            str(library.border_title))
    assert calls < 10 * count


async def test_a_big_library_opens_first_the_article_read_last(tmp_path: Path) -> None:
    # Past 200 files the library is listed and read behind the first paint: the article shown
    # first is picked from the names alone, with the id the whole library gives it.
    for number in range(250):
        (tmp_path / f"article-{number:03}.md").write_text(
            f"# Article {number}\n\nTexte {number}.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    twin = tmp_path / "sub" / "article-007.md"
    twin.write_text("# Le double\n\nUn autre article 7.\n", encoding="utf-8")
    first = ReaderApp([tmp_path])
    async with first.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await workers_done(first)
        assert first.current is not None and first.current.id == "article-000"
        first.open_article(first.library.by_id("article-007~2"))
        await pilot.pause()
    second = ReaderApp([tmp_path])
    async with second.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert second.current is not None
        assert (second.current.path, second.current.id) == (twin, "article-007~2")
        await workers_done(second)
        await pilot.pause()
        assert len(second.library.articles) == 251
        assert second.library.by_id("article-007~2") is second.current
        assert second.title.startswith("Le double")


async def test_loading_and_analysing_the_library_never_repr_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Textual names a worker after the repr of its arguments unless told otherwise: for the
    # analysis of 10,000 articles (their text included) that string took 180 MB at once.
    from reader.articles import Article

    for number in range(250):  # past the size loaded before the first paint
        (tmp_path / f"article-{number:03}.md").write_text(
            f"# Article {number}\n\nTexte {number}.\n", encoding="utf-8")
    (tmp_path / "long.md").write_text(
        "\n\n".join(f"Paragraphe {n} assez long pour compter." for n in range(3000)) + "\n",
        encoding="utf-8")
    calls = 0

    def counting(self: Article) -> str:
        nonlocal calls
        calls += 1
        return "Article(…)"

    monkeypatch.setattr(Article, "__repr__", counting)
    app = ReaderApp([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await workers_done(app)
        app.open_article(app.library.by_id("long"))  # parsed and its mentions found in workers
        for _ in range(3):
            await pilot.pause()
            await workers_done(app)
        assert len(app.library.articles) == 251
    assert calls == 0
