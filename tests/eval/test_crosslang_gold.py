"""gold/crosslang: every span fits its snippet, and the measurement in EVALUATION.md holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_path
from reportedly.crosslang import lexical
from reportedly.crosslang.match import LEXICAL_THRESHOLD
from reportedly.errors import InputError
from reportedly.eval.crosslang import (
    GoldStatement,
    Texts,
    average_precision,
    evaluate,
    load,
)

GOLD = Path(__file__).resolve().parents[2] / "gold" / "crosslang"


def test_gold_pairs_are_one_speaker_english_against_russian() -> None:
    statements, pairs = load(GOLD)
    assert len(pairs) == 45
    assert sum(same for *_, same in pairs) == 8
    for en, other, _ in pairs:
        assert statements[en].lang == "en"
        assert statements[other].lang in {"ru", "uk"}
        assert statements[en].speaker == statements[other].speaker
    assert all(len(s.snippet.split()) <= 8 for s in statements.values())


def test_average_precision() -> None:
    assert average_precision([(0.9, True), (0.8, False), (0.7, True)]) == pytest.approx(
        (1 + 2 / 3) / 2
    )
    assert average_precision([(0.1, False)]) == 0.0


def test_a_span_that_does_not_fit_its_snippet_is_E703(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Peskov said nothing at all today.", encoding="utf-8")
    s = GoldStatement(
        id="E1",
        lang="en",
        speaker="x",
        date=None,
        source="a.txt",
        start=0,
        end=11,
        snippet="Putin said",
    )
    with pytest.raises(InputError, match="E703"):
        Texts(tmp_path).span(s)


@pytest.mark.needs_shared
def test_gold_spans_fit_the_shared_texts_and_lexical_scores_hold() -> None:
    data = shared_path("data")
    statements, pairs = load(GOLD)
    texts = Texts(data)
    for s in statements.values():
        assert texts.span(s)  # raises when a span no longer fits its snippet
    scores = evaluate(
        "lexical", lexical.text_similarity, LEXICAL_THRESHOLD, statements, pairs, texts
    )
    # the figures of docs/EVALUATION.md
    assert (scores.precision, scores.recall) == (0.75, 0.75)
    assert scores.average_precision == pytest.approx(0.746, abs=1e-3)
    assert (scores.top1 * scores.queries, scores.queries) == (6, 7)
