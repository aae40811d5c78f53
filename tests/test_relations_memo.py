"""The map kept between views: the same articles build nothing, new ones alone are read."""

from __future__ import annotations

from pathlib import Path

from reader.articles import article_from_text
from reader.relations import article_relations, build_map
from reader.relations_memo import MapMemo


def _article(name: str, text: str):
    return article_from_text(text, Path(f"{name}.md"), name)


def test_the_same_articles_give_the_map_back_and_a_new_one_alone_is_read() -> None:
    a = _article("a", "Microsoft et Meta s'associent sur Llama 2.")
    b = _article("b", "Microsoft investit dans OpenAI.")
    memo = MapMemo()
    read: list[str] = []

    def reading(article):
        read.append(article.id)
        return article_relations(article)

    found = memo.build([a, b], reading)
    assert found is not None and read == ["a", "b"]
    relation_map = build_map(found)
    memo.keep(found, relation_map, None)
    assert memo.get([a, b]) is relation_map
    assert memo.get([b, a]) is None and memo.get([a]) is None  # another list: built again
    c = _article("c", "Apple rachète Perplexity.")
    found = memo.build([a, b, c], reading)
    assert found is not None and read == ["a", "b", "c"]  # a and b from the memo
    # The same content in a fresh object (a file rewritten as it was) is not read again.
    again = _article("a", a.text)
    assert memo.build([again], reading) is not None and read == ["a", "b", "c"]


def test_a_cancelled_build_gives_nothing() -> None:
    memo = MapMemo()
    article = _article("a", "Microsoft investit dans OpenAI.")
    assert memo.build([article], article_relations, cancelled=lambda: True) is None
