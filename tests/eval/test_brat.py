"""Tests for the brat standoff reader."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.eval.brat import (
    attributions,
    base_role,
    mismatched_text_bounds,
    parse_ann,
    read_ann,
)
from reportedly.model import Span

TEXT = 'Smith said "we will win," adding that "it is close" to reporters.'
ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    'T3\tContent 11 25;38 51\t"we will win," "it is close"\n'
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "A1\tNegated E1\n"
    "R1\tRelated Arg1:T1 Arg2:T3\n"
    "#1\tAnnotatorNotes T1\ta note\n"
    "N1\tReference T1 Wikipedia:123\tSmith\n"
    "*\tEquiv T1 T2\n"
)


def test_brat_parses_discontinuous_text_bound() -> None:
    doc = parse_ann(ANN)
    content = doc.text_bound("T3")
    assert content.label == "Content"
    assert content.spans == (Span(11, 25), Span(38, 51))


def test_brat_ignores_attribute_relation_note_lines() -> None:
    doc = parse_ann(ANN)
    assert [tb.id for tb in doc.text_bounds] == ["T1", "T2", "T3", "T4"]
    assert [e.id for e in doc.events] == ["E1"]


def test_brat_event_to_attribution() -> None:
    (attribution,) = attributions(parse_ann(ANN))
    assert attribution.content == (Span(11, 25), Span(38, 51))
    assert attribution.source == (Span(0, 5),)
    assert attribution.cue == (Span(6, 10),)
    assert attribution.id == "E1"
    assert attribution.label == "Attribution"


def test_brat_text_matches_offsets() -> None:
    assert mismatched_text_bounds(parse_ann(ANN), TEXT) == ()
    shifted = ANN.replace("T1\tSource 0 5", "T1\tSource 1 6")
    assert mismatched_text_bounds(parse_ann(shifted), TEXT) == ("T1",)


def test_brat_repeated_roles_are_united() -> None:
    ann = (
        "T1\tContent 20 30\tx\nT2\tContent 0 5\ty\nT3\tCue 10 14\tsaid\n"
        "E1\tAttribution:T3 Content:T1 Content2:T2\n"
    )
    (attribution,) = attributions(parse_ann(ann))
    assert attribution.content == (Span(0, 5), Span(20, 30))
    # no Cue argument: the trigger stands in for it
    assert attribution.cue == (Span(10, 14),)
    assert attribution.source == ()


def test_brat_missing_roles_are_empty() -> None:
    ann = "T1\tAttribution-no-source 10 14\tsaid\nE1\tAttribution-no-source:T1 \n"
    (attribution,) = attributions(parse_ann(ann), cue_from_trigger=False)
    assert attribution.content == ()
    assert attribution.cue == ()


def test_brat_filters_event_types() -> None:
    ann = ANN + "T9\tOther 0 5\tSmith\nE2\tOther:T9\n"
    assert [a.id for a in attributions(parse_ann(ann), event_types=["Attribution"])] == ["E1"]


def test_brat_multiline_text_continues() -> None:
    ann = 'T1\tContent 0 20;22 30\t"first paragraph\n\n"second"\nT2\tCue 31 35\tsaid\n'
    doc = parse_ann(ann)
    assert doc.text_bound("T1").text == '"first paragraph\n\n"second"'
    assert doc.text_bound("T2").spans == (Span(31, 35),)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("T1\tSource\tSmith", "no offsets"),
        ("T1\tSource 0 x\tSmith", "bad span"),
        ("T1\tSource 5 2\tSmith", "bad span"),
        ("E1\tAttribution", "type:trigger"),
        ("E1\tAttribution:T1 Source", "bad event argument"),
        ("garbage", "unknown brat annotation line"),
    ],
)
def test_brat_malformed_lines_name_the_input(line: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        parse_ann(line + "\n", source="doc.ann")
    assert "doc.ann:1" in str(info.value)


def test_brat_missing_reference_raises() -> None:
    with pytest.raises(InputError, match="T7"):
        attributions(parse_ann("E1\tAttribution:T7\n"))


@pytest.mark.parametrize(("role", "base"), [("Content2", "Content"), ("Cue", "Cue"), ("A1", "A")])
def test_brat_base_role(role: str, base: str) -> None:
    assert base_role(role) == base


def test_brat_read_ann_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_ann(tmp_path / "absent.ann")


@given(st.text(max_size=200))
def test_brat_parse_raises_only_input_errors(data: str) -> None:
    with contextlib.suppress(InputError):
        parse_ann(data)


@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 100)), min_size=1, max_size=3),
        max_size=5,
    )
)
def test_brat_spans_round_trip(fragments: list[list[tuple[int, int]]]) -> None:
    lines = []
    for n, frags in enumerate(fragments, start=1):
        offsets = ";".join(f"{start} {start + length}" for start, length in frags)
        lines.append(f"T{n}\tContent {offsets}\tsome text")
    doc = parse_ann("\n".join(lines))
    assert [list(tb.spans) for tb in doc.text_bounds] == [
        [Span(start, start + length) for start, length in frags] for frags in fragments
    ]
