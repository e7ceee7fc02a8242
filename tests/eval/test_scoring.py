"""Tests for the corpus-independent attribution scorer, on tiny hand-made cases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.eval.records import Attribution
from reportedly.eval.scoreboard import Score, Scoreboard
from reportedly.eval.scoring import error_records, score_document
from reportedly.eval.text_index import TextIndex
from reportedly.model import Span

# 0         1         2         3         4         5         6         7         8
# 012345678901234567890123456789012345678901234567890123456789012345678901234567890123
TEXT = (
    '"We will win," Smith said. '  # 0..27: content 0-14, source 15-20, cue 21-25
    "Jones said that the polls were wrong. "  # 27..: source 27-32, cue 33-37, content 38-64
    'The mayor called it "a disgrace" today.'
)


def find(sub: str, text: str = TEXT) -> Span:
    start = text.index(sub)
    return Span(start, start + len(sub))


DIRECT = Attribution(
    content=(find('"We will win,"'),), source=(find("Smith"),), cue=(find("said"),), id="g1"
)
INDIRECT = Attribution(
    content=(find("that the polls were wrong"),),
    source=(find("Jones"),),
    cue=(Span(find("Jones said").end - 4, find("Jones said").end),),
    id="g2",
)
MIXED = Attribution(
    content=(find('it "a disgrace" today'),),
    source=(find("The mayor"),),
    cue=(find("called"),),
    id="g3",
)
GOLD = (DIRECT, INDIRECT, MIXED)


def scores(gold: tuple[Attribution, ...], pred: tuple[Attribution, ...]) -> dict[str, Score]:
    board = Scoreboard()
    board.add(score_document(TEXT, gold, pred))
    report = board.report()
    return {f"{m}.{k}": s for m, by_kind in report.scores.items() for k, s in by_kind.items()}


def test_scoring_kinds_read_from_text() -> None:
    index = TextIndex(TEXT)
    assert [index.kind(a.content) for a in GOLD] == ["direct", "indirect", "mixed"]


def test_scoring_perfect_prediction() -> None:
    s = scores(GOLD, GOLD)
    for metric in (
        "content.overlap.all",
        "content.exact.all",
        "source.exact.all",
        "cue.exact.all",
        "linked.exact.all",
        "role.content.all",
        "role.source.all",
        "role.cue.all",
        "role_raw.content.all",
        "role_raw.source.all",
        "role_raw.cue.all",
        "linked.raw.all",
    ):
        assert s[metric].f1 == 1.0, metric
    assert s["content.overlap.all"].gold == 3


def test_scoring_empty_prediction() -> None:
    s = scores(GOLD, ())
    assert s["content.overlap.all"].recall == 0.0
    assert s["content.overlap.all"].precision == 0.0
    assert s["content.overlap.all"].predicted == 0


def test_scoring_edges_normalised_for_exact() -> None:
    # the same content without its quote marks and comma is still an exact match
    pred = Attribution(content=(find("We will win"),), source=(find("Smith"),), cue=(find("said"),))
    s = scores((DIRECT,), (pred,))
    assert s["content.exact.all"].f1 == 1.0
    assert s["role.content.all"].f1 == 1.0
    # on raw offsets it is not: the gold includes the marks and the comma
    assert s["role_raw.content.all"].f1 == 0.0
    assert s["linked.raw.all"].f1 == 0.0
    assert s["role_raw.source.all"].f1 == 1.0


def test_scoring_raw_roles_count_each_span_once() -> None:
    # two attributions sharing a source span: one Source span in the text
    other = Attribution(content=(find("a disgrace"),), source=(find("Smith"),), cue=(find("said"),))
    s = scores((DIRECT, other), (DIRECT,))
    assert (s["role_raw.source.all"].gold, s["role_raw.source.all"].tp) == (1, 1)
    assert (s["role_raw.content.all"].gold, s["role_raw.content.all"].tp) == (2, 1)


@pytest.mark.parametrize(
    ("pred_text", "overlap", "exact"),
    [
        ("that the polls were wrong", True, True),
        ("the polls were wrong", True, False),  # 4 of 5 gold tokens
        ("polls were", False, False),  # 2 of 5: under half the gold
        ("Jones said that the polls were wrong. The mayor called it", False, False),  # 5 of 11
        ("that the polls", True, False),  # 3 of 5
    ],
)
def test_scoring_overlap_threshold(pred_text: str, overlap: bool, exact: bool) -> None:
    pred = Attribution(content=(find(pred_text),))
    s = scores((INDIRECT,), (pred,))
    assert (s["content.overlap.all"].tp == 1) is overlap
    assert (s["content.exact.all"].tp == 1) is exact


def test_scoring_discontinuous_gold_against_contiguous_prediction() -> None:
    text = '"We will win," Smith said, "and we will win big."'
    gold = Attribution(
        content=(Span(0, 14), Span(27, 49)), source=(Span(15, 20),), cue=(Span(21, 25),)
    )
    whole = Attribution(content=(Span(0, 49),), source=(Span(15, 20),), cue=(Span(21, 25),))
    first = Attribution(content=(Span(0, 14),), source=(Span(15, 20),), cue=(Span(21, 25),))
    both = Attribution(
        content=(Span(1, 12), Span(28, 47)), source=(Span(15, 20),), cue=(Span(21, 25),)
    )
    board = Scoreboard()
    for pred in (whole, first, both):
        board.add(score_document(text, (gold,), (pred,)))
    report = board.report()
    overlap = report.scores["content.overlap"]["all"]
    exact = report.scores["content.exact"]["all"]
    # whole: 8 gold tokens of 10 predicted -> overlap, not exact (it adds "Smith said")
    # first: 3 of 8 gold tokens -> no overlap match; both: same fragments after trimming -> exact
    assert overlap.tp == 2
    assert exact.tp == 1
    assert TextIndex(text).kind(gold.content) == "direct"


def test_scoring_one_to_one_alignment() -> None:
    # two predictions on one gold: one matches, the other is a false alarm
    pred1 = Attribution(content=(find("that the polls were wrong"),))
    pred2 = Attribution(content=(find("the polls were wrong"),))
    doc = score_document(TEXT, (INDIRECT,), (pred2, pred1))
    assert len(doc.pairs) == 1
    assert doc.pairs[0].predicted == 1  # the exact one wins by overlap ratio
    assert doc.false_alarms == (0,)
    assert doc.counts["content.overlap.tp_gold.all"] == 1
    assert doc.counts["content.pred.all"] == 2


def test_scoring_alignment_prefers_ratio_over_size() -> None:
    # a huge prediction covers the gold fully but is mostly elsewhere; a tight one wins
    huge = Attribution(content=(Span(0, len(TEXT)),))
    tight = Attribution(content=(find("the polls were wrong"),))
    doc = score_document(TEXT, (INDIRECT,), (huge, tight))
    assert [(p.gold, p.predicted) for p in doc.pairs] == [(0, 1)]
    assert doc.counts["content.overlap.tp_gold.all"] == 1


@pytest.mark.parametrize(
    ("source", "exact", "overlap"),
    [
        ((find("Jones"),), 1, 1),
        ((find("Jones said"),), 0, 1),  # 1 of 2 tokens: half
        ((find("Smith"),), 0, 0),
        ((), 0, 0),
    ],
)
def test_scoring_source_among_matched(source: tuple[Span, ...], exact: int, overlap: int) -> None:
    pred = Attribution(content=INDIRECT.content, source=source, cue=INDIRECT.cue)
    s = scores((INDIRECT,), (pred,))
    assert s["source.exact.all"].tp == exact
    assert s["source.overlap.all"].tp == overlap
    assert s["source.exact.all"].predicted == (1 if source else 0)
    assert s["linked.overlap.all"].tp == overlap


def test_scoring_source_not_scored_for_unmatched_content() -> None:
    pred = Attribution(content=(find("today"),), source=(find("The mayor"),))
    s = scores((MIXED,), (pred,))
    assert s["source.exact.all"].gold == 0
    assert s["source.exact.all"].predicted == 0


def test_scoring_absent_source_on_both_sides_is_linked() -> None:
    gold = Attribution(content=INDIRECT.content, cue=INDIRECT.cue)
    s = scores((gold,), (gold,))
    assert s["linked.exact.all"].tp == 1
    assert s["source.exact.all"].gold == 0


def test_scoring_per_kind_split() -> None:
    s = scores(GOLD, (DIRECT, INDIRECT))
    assert s["content.overlap.direct"].f1 == 1.0
    assert s["content.overlap.indirect"].f1 == 1.0
    assert s["content.overlap.mixed"].recall == 0.0
    assert s["content.overlap.mixed"].gold == 1


def test_scoring_role_spans_scored_independently() -> None:
    # wrong pairing (sources swapped) still scores per-role spans right, but not linked
    a = Attribution(content=DIRECT.content, source=INDIRECT.source, cue=DIRECT.cue)
    b = Attribution(content=INDIRECT.content, source=DIRECT.source, cue=INDIRECT.cue)
    s = scores((DIRECT, INDIRECT), (a, b))
    assert s["role.source.all"].f1 == 1.0
    assert s["source.exact.all"].tp == 0
    assert s["linked.overlap.all"].tp == 0


def test_scoring_kind_filter() -> None:
    s_board = Scoreboard()
    s_board.add(score_document(TEXT, GOLD, (DIRECT, MIXED), kinds=("direct",)))
    overlap = s_board.report().scores["content.overlap"]["all"]
    assert (overlap.gold, overlap.predicted, overlap.tp) == (1, 1, 1)


def test_scoring_gold_without_content_ignored() -> None:
    doc = score_document(TEXT, (Attribution(content=()), DIRECT), (DIRECT,))
    assert doc.counts["ignored.gold_without_content"] == 1
    assert doc.counts["content.gold.all"] == 1
    assert doc.pairs[0].gold == 1  # indices refer to the input sequence


def test_scoring_token_overlap_like_citron() -> None:
    pred = Attribution(content=(find("the polls were wrong. The mayor"),))
    s = scores((INDIRECT,), (pred,))
    tokens = s["content.tokens.all"]
    assert tokens.precision == pytest.approx(4 / 6)
    assert tokens.recall == pytest.approx(4 / 5)


def test_scoring_worst_documents_kept_in_order() -> None:
    board = Scoreboard(worst_n=2)
    board.add(score_document(TEXT, GOLD, GOLD, doc_id="perfect"))
    board.add(score_document(TEXT, GOLD, (), doc_id="empty"))
    board.add(score_document(TEXT, GOLD, (DIRECT,), doc_id="half"))
    report = board.report()
    assert [d.doc_id for d in report.worst] == ["empty", "half"]
    assert report.documents == 3
    assert report.as_dict()["worst"][0]["f1"] == 0.0


def test_scoring_error_records() -> None:
    partial = Attribution(content=(find("today"),), id="p1")
    wrong_source = Attribution(content=DIRECT.content, source=(find("Jones"),), cue=DIRECT.cue)
    alarm = Attribution(content=(find("Smith said"),), id="p3")
    pred = (partial, wrong_source, alarm)
    doc = score_document(TEXT, GOLD, pred, doc_id="d")
    errors = [
        (e["error"], e.get("gold", {}).get("id", ""), e.get("predicted", {}).get("id", ""))
        for e in error_records(TEXT, GOLD, pred, doc)
    ]
    assert sorted(errors) == [
        ("false_alarm", "", "p3"),
        ("miss", "g2", ""),
        ("partial", "g3", "p1"),
        ("source_wrong", "g1", ""),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“All of it is quoted.”", "direct"),
        ("He said ‘no way’ to that.", "mixed"),
        ("Nothing quoted, Biden’s aides’ plan.", "indirect"),
        ('"Open quote runs to the end', "direct"),
        ("«Guillemets» too", "mixed"),
    ],
)
def test_scoring_kind_cases(text: str, kind: str) -> None:
    assert TextIndex(text).kind((Span(0, len(text)),)) == kind


@given(
    st.text(alphabet='ab "“”.,\n', max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4),
)
def test_scoring_counts_are_consistent(
    text: str, gold_raw: list[tuple[int, int]], pred_raw: list[tuple[int, int]]
) -> None:
    def make(raw: list[tuple[int, int]]) -> tuple[Attribution, ...]:
        return tuple(
            Attribution(content=(Span(min(a, b, len(text)), min(max(a, b), len(text))),))
            for a, b in raw
        )

    gold, pred = make(gold_raw), make(pred_raw)
    doc = score_document(text, gold, pred)
    c = doc.counts
    assert c["content.overlap.tp_gold.all"] <= min(c["content.gold.all"], c["content.pred.all"])
    assert c["content.exact.tp_gold.all"] <= c["content.gold.all"]
    assert 0.0 <= doc.f1 <= 1.0
    assert len({p.gold for p in doc.pairs}) == len(doc.pairs)
    assert len({p.predicted for p in doc.pairs}) == len(doc.pairs)


def test_scoring_report_renders_table_and_markdown() -> None:
    from reportedly.eval.report import format_markdown, format_table

    board = Scoreboard()
    board.add(score_document(TEXT, GOLD, (DIRECT,), doc_id="doc-a"))
    report = board.report()
    table = format_table(report, title="t")
    assert "Content overlap" in table
    assert "missed by" in table  # recall 1/3 misses the 0.70 target
    assert "doc-a" in table
    markdown = format_markdown(report)
    assert markdown.splitlines()[0].startswith("| metric |")
    assert "| Content overlap (≥50% tokens) | all | 1.000 | 0.333 | 0.500 | 3 | 1 | 1 |" in markdown
