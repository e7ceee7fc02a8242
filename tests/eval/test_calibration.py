"""Reliability tables and calibration error of statement confidence."""

from __future__ import annotations

import pytest

from reportedly.eval.calibration import format_reliability, reliability, right_statements
from reportedly.eval.records import Attribution
from reportedly.model import Mention, Span, Statement


def test_reliability_of_a_perfectly_calibrated_set_has_no_error() -> None:
    outcomes = [(0.95, True)] * 19 + [(0.95, False)] + [(0.25, True)] + [(0.25, False)] * 3
    rel = reliability(outcomes)
    assert rel.count == 24
    assert [(b.low, b.count) for b in rel.bins] == [(0.2, 4), (0.9, 20)]
    assert rel.ece == pytest.approx(0.0)


def test_reliability_error_is_the_weighted_gap() -> None:
    rel = reliability([(0.9, False), (0.9, False), (0.1, False), (0.1, False)])
    # half the statements at 0.9 with none right (gap 0.9), half at 0.1 (gap 0.1)
    assert rel.ece == pytest.approx(0.5)
    assert "missed by 0.450" in format_reliability(rel, target=0.05)[-1]
    assert reliability([(1.0, True)]).bins[0].low == 0.9  # 1.0 falls in the last bin


def statement(
    id: str, content: Span, speaker: Span | None, reported_by: str | None = None
) -> Statement:
    return Statement(
        id=id,
        kind="indirect",
        content=(content,),
        speaker=Mention(span=speaker, text="x", label="SPEAKER") if speaker else None,
        reported_by=reported_by,
    )


def test_right_statements_need_the_content_and_the_speaker() -> None:
    text = "Peskov said talks were over. Biden said he would not talk. Nobody said anything."
    gold = [
        Attribution(content=(Span(12, 27),), source=(Span(0, 6),)),
        Attribution(content=(Span(40, 57),), source=(Span(29, 34),)),
    ]
    predicted = [
        statement("a", Span(12, 27), Span(0, 6)),  # right
        statement("b", Span(40, 57), Span(0, 6)),  # content right, speaker wrong
        statement("c", Span(66, 79), Span(59, 65)),  # no gold
        statement("d", Span(45, 57), Span(29, 34), reported_by="b"),  # nested: not judged
    ]
    assert right_statements(text, gold, predicted) == {"a": True, "b": False, "c": False}
