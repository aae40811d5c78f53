"""Find sessions, the jump list and mention stepping, without Textual."""

from __future__ import annotations

from reader.reading import FindSession, JumpList, Place, folded_blocks, step_mention


def test_a_find_lists_hits_in_reading_order_across_both_columns() -> None:
    session = FindSession()
    changed = session.search("ia", folded_blocks(["L'IA gagne", "rien", "ia, IA"]),
                             {1: "AI wins (ia)"})
    assert [(h.block, h.column, h.start, h.end) for h in session.hits] == [
        (0, "source", 2, 4), (1, "translation", 9, 11), (2, "source", 0, 2),
        (2, "source", 4, 6),
    ]
    assert changed == {0, 1, 2}
    assert session.count_line() == "4 matches"


def test_accents_and_case_are_folded_but_offsets_are_the_original_ones() -> None:
    session = FindSession()
    session.search("ete", folded_blocks(["Un Été chaud"]))
    hit = session.hits[0]
    assert "Un Été chaud"[hit.start:hit.end] == "Été"


def test_stepping_wraps_and_the_count_says_where_the_reader_is() -> None:
    session = FindSession()
    session.search("a", folded_blocks(["a", "b", "a a"]))
    assert session.count_line() == "3 matches"
    assert session.next().block == 0
    assert session.count_line() == "1 of 3"
    session.next()
    session.next()
    assert session.next().block == 0  # wrapped
    assert session.previous().block == 2
    assert session.first_from(1) == 1 and session.first_from(3) is None


def test_marks_show_every_hit_and_the_current_one_apart() -> None:
    session = FindSession()
    session.search("a", folded_blocks(["a a"]))
    assert session.marks(0, "source") == [(0, 1, "hit"), (2, 3, "hit")]
    session.go(1)
    assert session.marks(0, "source")[-1] == (2, 3, "current")
    assert session.marks(0, "translation") == []


def test_no_match_and_an_empty_query_and_clearing() -> None:
    session = FindSession()
    session.search("zzz", folded_blocks(["abc"]))
    assert session.count_line() == "no match" and session.next() is None
    session.search("  ", folded_blocks(["abc"]))
    assert session.count_line() == "" and session.hits == []
    session.search("b", folded_blocks(["abc", "b"]))
    assert session.clear() == {0, 1}
    assert session.hits == [] and session.current is None


def test_the_jump_list_goes_back_newest_first_and_keeps_its_depth() -> None:
    jumps: JumpList[str] = JumpList(depth=3)
    for block in range(5):
        jumps.push(Place("a", block))
    assert len(jumps) == 3
    assert [jumps.back().block for _ in range(3)] == [4, 3, 2]
    assert jumps.back() is None


def test_mention_stepping_starts_from_the_top_of_the_screen() -> None:
    blocks = [0, 2, 2, 5, 9]
    assert step_mention(blocks, -1, +1, top=3) == 3
    assert step_mention(blocks, -1, -1, top=3) == 2
    assert step_mention(blocks, -1, +1, top=10) is None
    assert step_mention(blocks, -1, -1, top=0) is None
    assert step_mention(blocks, 1, +1, top=0) == 2
    assert step_mention(blocks, 4, +1, top=0) is None
    assert step_mention([], -1, +1, top=0) is None
