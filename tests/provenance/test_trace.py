"""Quote tracing without the language model: normalising, matching, blocking, ordering, diffs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.provenance.quote_diff import word_diff
from reportedly.provenance.quote_match import (
    THRESHOLD,
    block_words,
    matching,
    normalize_quote,
    similarity,
)
from reportedly.provenance.render import render_edits, render_trace, trace_to_dict
from reportedly.provenance.trace import QuoteIndex, QuoteRecord, trace_quote

BASE = (
    "The special military operation is ongoing. That said, it is important to note that "
    "President Putin always has been, is and will be open for contact and negotiation. The "
    "best way to achieve our interests is by peaceful diplomatic means."
)
GLOSS = BASE.replace("our interests", "our [Russia’s - ed.] interests")
TRANSLATION = (
    "The special military operation continues. At the same time, it is important to note that "
    "President Putin has always been, is and will be open to contacts and negotiations. The "
    "best way to achieve our interests is through peaceful, diplomatic means."
)
CHANGED = (
    "President Putin always has been, is and will be open for contact and negotiation ... The "
    "best way to achieve our interests is by military means"
)
SHOUTED = "«" + BASE.upper().replace(" IS ", "   IS ", 1) + "»"
OTHER = "The initiative by the Russian Federation was not reciprocated."
SAME_SUBJECT = (
    "Putin always has been, is and will be open for negotiations in order to ensure Russia’s "
    "interests"
)


def record(sid: str, text: str, day: int | None, outlet: str = "X") -> QuoteRecord:
    published = None if day is None else date(2022, 12, day)
    return QuoteRecord(
        statement_id=sid, text=text, article_id=f"art-{sid}", published=published, outlet=outlet
    )


RECORDS = [
    record("d", CHANGED, 4, "Kyiv Independent"),
    record("b", GLOSS, 3, "Ukrainska Pravda"),
    record("e", SHOUTED, None, "Blog"),
    record("a", BASE, 2, "TASS"),
    record("c", TRANSLATION, 3, "Meduza"),
    record("f", OTHER, 2, "RIA Novosti"),
    record("g", SAME_SUBJECT, 5, "RIA Novosti"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Hello,” he said…", "hello he said"),
        ("«Привет»,  МИР", "привет мир"),
        ("our [Russia’s - ed.] interests", "our interests"),
        ("open for contact ... and negotiation", "open for contact and negotiation"),
        ("Russia’s   interests", "russias interests"),
        ("Café  CAFÉ", "cafe cafe"),
        ("", ""),
    ],
)
def test_trace_normalize_quote(text: str, expected: str) -> None:
    assert normalize_quote(text) == expected


@pytest.mark.parametrize(
    ("variant", "same"),
    [
        (GLOSS, True),
        (SHOUTED, True),
        (TRANSLATION, True),
        (CHANGED, True),  # a cut version with a changed word is still a version
        (OTHER, False),
        (SAME_SUBJECT, False),
    ],
)
def test_trace_similarity_threshold(variant: str, same: bool) -> None:
    score = similarity(normalize_quote(BASE), normalize_quote(variant))
    assert (score >= THRESHOLD) is same, score


def test_trace_similarity_fragment_of_a_longer_quote() -> None:
    fragment = "President Putin always has been, is and will be open for contact and negotiation"
    assert similarity(normalize_quote(fragment), normalize_quote(BASE)) >= THRESHOLD
    assert similarity(normalize_quote("is and will be"), normalize_quote(BASE)) < THRESHOLD


def test_trace_block_words_skip_short_words_and_glosses() -> None:
    assert block_words("It is [Russia’s - ed.] OUR interests, is it?") == ("interests",)


def ops(reference: str, version: str) -> list[tuple[str, str, str, bool]]:
    return [
        (e.op, " ".join(e.before), " ".join(e.after), e.material)
        for e in word_diff(reference, version)
        if e.op != "equal"
    ]


@pytest.mark.parametrize(
    ("reference", "version", "expected"),
    [
        ("He said: “Yes, we will.”", "he said yes WE WILL", []),
        (
            "our interests",
            "our [Russia’s - ed.] interests",
            [("gloss", "", "[Russia’s - ed.]", False)],
        ),
        ("a b c d e", "b c d", [("omission", "a", "", False), ("omission", "e", "", False)]),
        ("a b c d e", "a b … d e", [("omission", "c", "", False)]),
        ("a b c d e", "a b d e", [("delete", "c", "", True)]),
        ("was not reciprocated", "was reciprocated", [("delete", "not", "", True)]),
        ("by peaceful means", "by military means", [("replace", "peaceful", "military", True)]),
        ("we recognise it", "we recognize it", [("spelling", "recognise", "recognize", False)]),
        ("open to talks", "open to direct talks", [("insert", "", "direct", True)]),
    ],
)
def test_trace_word_diff(
    reference: str, version: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert ops(reference, version) == expected


@given(st.text(max_size=80), st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_trace_word_diff_keeps_every_word(reference: str, version: str) -> None:
    edits = word_diff(reference, version)
    ref_words = [w for e in edits if e.op not in {"insert", "gloss"} for w in e.before]
    ver_words = [w for e in edits if e.op not in {"delete", "omission", "gloss"} for w in e.after]
    assert [normalize_quote(w) for w in ref_words if normalize_quote(w)] == normalize_quote(
        reference
    ).split()
    assert [normalize_quote(w) for w in ver_words if normalize_quote(w)] == normalize_quote(
        version
    ).split()


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_trace_normalize_is_idempotent(text: str) -> None:
    once = normalize_quote(text)
    assert normalize_quote(once) == once


def test_trace_quote_orders_marks_and_flags() -> None:
    result = trace_quote(BASE, QuoteIndex(RECORDS))
    assert [v.record.statement_id for v in result.versions] == ["a", "c", "b", "d", "e"]
    assert result.reference == "a"
    assert [v.record.statement_id for v in result.earliest] == ["a"]
    by_id = {v.record.statement_id: v for v in result.versions}
    assert not by_id["b"].material  # an editor's insertion only
    assert not by_id["e"].material  # quote marks, case and spaces only
    assert by_id["c"].material  # a translation with other words
    assert by_id["d"].material  # "peaceful diplomatic" became "military"
    assert ("peaceful", "diplomatic") in [e.before for e in by_id["d"].edits if e.material]


def test_trace_quote_same_earliest_day_marks_both() -> None:
    records = [record("x", BASE, 2), record("y", GLOSS, 2), record("z", SHOUTED, 3)]
    result = trace_quote(BASE, QuoteIndex(records))
    assert [v.record.statement_id for v in result.earliest] == ["x", "y"]


def test_trace_quote_nothing_found() -> None:
    result = trace_quote("Completely unrelated words about weather forecasts", QuoteIndex(RECORDS))
    assert result.versions == ()
    assert result.reference is None
    assert "No stored statement matches" in render_trace(result)


def test_trace_quote_hops_reach_a_paraphrase_of_a_paraphrase() -> None:
    far = (
        "The special operation goes on. At the same time, it must be stressed that our President "
        "has always been, is and will be open to contacts and negotiations. For us the best way "
        "to achieve the goals is via peaceful, diplomatic ways."
    )
    records = [record("a", BASE, 2), record("c", TRANSLATION, 3), record("far", far, 4)]
    assert similarity(normalize_quote(BASE), normalize_quote(far)) < THRESHOLD
    direct = trace_quote(BASE, QuoteIndex(records), hops=0)
    assert [v.record.statement_id for v in direct.versions] == ["a", "c"]
    linked = trace_quote(BASE, QuoteIndex(records), hops=1)
    assert [v.record.statement_id for v in linked.versions] == ["a", "c", "far"]


def test_trace_index_groups_without_comparing_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    import reportedly.provenance.trace as trace_module

    filler = [
        record(f"n{i}", f"Unrelated sentence number {i} about zebra{i} crossings", 1)
        for i in range(300)
    ]
    index = QuoteIndex(RECORDS + filler)
    compared = 0
    real = trace_module.matching

    def counting(query: str, others: Sequence[str], threshold: float) -> dict[int, float]:
        nonlocal compared
        compared += len(others)
        return real(query, others, threshold)

    monkeypatch.setattr(trace_module, "matching", counting)
    groups = index.groups()
    ids = [sorted(r.statement_id for r in g) for g in groups]
    assert ["a", "b", "c", "d", "e"] in ids
    assert not any("f" in g for g in ids)
    pairs = len(index) * (len(index) - 1) // 2
    assert compared < pairs // 10


def test_trace_render_marks_earliest_and_changes() -> None:
    result = trace_quote(BASE, QuoteIndex(RECORDS))
    text = render_trace(result)
    assert "★ earliest" in text
    assert "MATERIAL CHANGE" in text
    assert "[-peaceful diplomatic-] {+military+}" in text
    assert "⟨[Russia’s - ed.]⟩" in text
    data = trace_to_dict(result)
    assert [v["earliest"] for v in data["versions"]] == [True, False, False, False, False]
    assert data["versions"][3]["material"] is True


def test_trace_render_edits_shortens_long_unchanged_runs() -> None:
    edits = word_diff(BASE, BASE.replace("peaceful", "military"))
    shown = render_edits(edits)
    assert "…" in shown
    assert len(shown) < len(BASE)


@given(st.lists(st.sampled_from([BASE, GLOSS, TRANSLATION, CHANGED, SHOUTED, OTHER, SAME_SUBJECT])))
@settings(max_examples=30, deadline=None)
def test_trace_matching_agrees_with_similarity(texts: list[str]) -> None:
    others = [normalize_quote(t) for t in texts]
    query = normalize_quote(CHANGED)
    expected = {n for n, o in enumerate(others) if similarity(query, o) >= THRESHOLD}
    assert set(matching(query, others, THRESHOLD)) == expected


def test_trace_normalize_drops_words_made_of_apostrophes() -> None:
    # found by hypothesis: ʼ (U+02BC) is a letter to the word pattern and folds to nothing
    assert normalize_quote("0:ʼ") == "0"
    assert normalize_quote(normalize_quote("0:ʼ")) == "0"
