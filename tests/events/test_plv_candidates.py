"""Tests for events.plv_candidates: the read/unread parts of PLV train and the model-free
figures (issue 14, session 10)."""

from __future__ import annotations

from reportedly.events.evaluate_plv import PlvRow
from reportedly.events.plv_candidates import PART_SEED, plv_parts


def _rows(n: int) -> list[PlvRow]:
    return [
        PlvRow(sentence=f"s{i}", source="a", target="b", root="AGREE", id=f"plv/{i}")
        for i in range(n)
    ]


def test_the_parts_are_a_seeded_draw_of_sentences() -> None:
    rows = _rows(200)
    parts = plv_parts(rows)
    assert parts == plv_parts(list(reversed(rows)))  # the draw does not follow row order
    assert sum(p == "unread" for p in parts.values()) == 60
    assert parts != plv_parts(rows, seed=PART_SEED + 1)


def test_the_draw_counts_sentences_not_rows() -> None:
    rows = _rows(50)
    twins = [PlvRow(sentence="s7", source="c", target="d", root="ACCUSE", id="plv/7")] * 9
    parts = plv_parts([*rows, *twins])
    assert sum(p == "unread" for p in parts.values()) == 15  # 30% of 50 sentences
    assert parts == plv_parts(rows)
