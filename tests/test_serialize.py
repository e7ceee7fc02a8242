"""Tests of reportedly.serialize: the JSON form of analyses and statement records."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.model import Analysis, Span
from reportedly.serialize import (
    analysis_from_dict,
    analysis_to_dict,
    span_from_dict,
    statement_record,
)
from store.builders import analyses, sample_analysis


def _json_round_trip(a: Analysis) -> Analysis:
    return analysis_from_dict(json.loads(json.dumps(analysis_to_dict(a))))


def test_serialize_sample_round_trip_is_exact() -> None:
    a = sample_analysis()
    back = _json_round_trip(a)
    assert back == a
    assert back.versions == a.versions


@settings(max_examples=150, deadline=None)
@given(analyses())
def test_serialize_round_trip_property(a: Analysis) -> None:
    back = _json_round_trip(a)
    assert back == a
    assert back.versions == a.versions
    assert back.annotation is None


def test_serialize_spans_carry_article_text() -> None:
    a = sample_analysis()
    d = analysis_to_dict(a)
    text = a.article.text
    for s in d["statements"]:
        for part in s["content"] + s["quotes"]:
            assert part["text"] == text[part["start"] : part["end"]]
    assert d["article"]["published"] == "2022-12-02"
    assert "annotation" not in d


def test_serialize_span_outside_text_is_refused() -> None:
    a = sample_analysis()
    n = len(a.article.text)
    bad = replace(a, skipped=(replace(a.skipped[0], span=Span(n, n + 1)),))
    with pytest.raises(InputError, match="outside"):
        analysis_to_dict(bad)


SAMPLE = sample_analysis()
RECORD = statement_record(SAMPLE, SAMPLE.statements[0])


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("statement_id", SAMPLE.statements[0].id),
        ("kind", "direct"),
        ("cue_text", "Quote from"),
        ("speaker_text", "Peskov"),
        ("speaker_entity", "dmitry-peskov"),
        ("speaker_name", "Dmitry Peskov"),
        ("speaker_kind", "person"),
        ("reported_by", None),
        ("confidence", 0.9),
        (
            "citations",
            [
                {
                    "outlet": "RIA Novosti",
                    "kind": "source_line",
                    "description": "Kremlin-aligned news outlet",
                }
            ],
        ),
        ("article_id", SAMPLE.article.id),
        ("outlet", "Ukrainska Pravda"),
        ("published", "2022-12-02"),
        ("source", "up-kremlin-response-to-biden-conditions.txt"),
    ],
)
def test_serialize_statement_record_fields(field: str, expected: object) -> None:
    assert RECORD[field] == expected


def test_serialize_statement_record_joins_content_parts() -> None:
    text = SAMPLE.article.text
    parts = [text[s.start : s.end] for s in SAMPLE.statements[0].content]
    assert RECORD["content"] == " … ".join(parts)
    assert [p["text"] for p in RECORD["content_spans"]] == parts
    assert RECORD["cue_start"] is not None
    assert text[RECORD["cue_start"] : RECORD["cue_end"]] == "Quote from"
    assert text[RECORD["speaker_start"] : RECORD["speaker_end"]] == "Peskov"
    json.dumps(RECORD)  # JSON-ready


def test_serialize_statement_record_unresolved_speaker_and_no_citation() -> None:
    s = replace(SAMPLE.statements[1], speaker_entity=None, speaker=None, cue=None)
    a = replace(SAMPLE, statements=(SAMPLE.statements[0], s), citations=())
    record = statement_record(a, s)
    assert record["speaker_name"] is None
    assert record["speaker_kind"] is None
    assert record["speaker_text"] is None
    assert record["cue_text"] is None
    assert record["citations"] == []


def _broken(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    d = copy.deepcopy(analysis_to_dict(SAMPLE))
    target = d
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return d


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("format",), 99, "unknown format version"),
        (("article", "text"), KeyError, "missing field 'text'"),
        (("article", "published"), "2. Dezember", "not an ISO date"),
        (("article", "authors"), "Ukrainska Pravda", "should be list"),
        (("statements", 0, "kind"), "rumour", "unknown value"),
        (("statements", 0, "content"), [], "at least one content span"),
        (("statements", 0, "confidence"), "high", "should be float"),
        (("statements", 0, "cue", "start"), True, "should be int"),
        (("statements", 0, "cue", "end"), 10**6, "outside the text"),
        (("statements", 0, "cue", "text"), "Quoted by", "does not match"),
        (("statements", 0, "cue", "start"), 9999, "invalid span"),
        (("entities", 0, "kind"), "alien", "unknown value"),
        (("citations", 0, "statements"), [1, 2], "list of strings"),
        (("versions",), {"x": 1}, "strings to strings"),
        (("skipped", 0), "E601", "expected an object"),
    ],
)
def test_serialize_from_dict_rejects_malformed(
    path: tuple[Any, ...], value: Any, message: str
) -> None:
    with pytest.raises(InputError, match=message) as info:
        analysis_from_dict(_broken(path, value))
    assert info.value.code == "E408"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(_json)
def test_serialize_from_dict_on_junk_raises_only_input_error(junk: object) -> None:
    with pytest.raises(InputError):
        analysis_from_dict(junk)


_SPAN_TEXT = "some text"


@st.composite
def _span_dicts(draw: st.DrawFn) -> tuple[bool, dict[str, Any]]:
    """(must it decode?, dict): spans that fit the text, as written, and junk."""
    if draw(st.booleans()):
        start = draw(st.integers(0, len(_SPAN_TEXT)))
        end = draw(st.integers(start, len(_SPAN_TEXT)))
        data: dict[str, Any] = {"start": start, "end": end}
        if draw(st.booleans()):
            data["text"] = _SPAN_TEXT[start:end]
        return True, data
    return False, draw(st.dictionaries(st.sampled_from(["start", "end", "text"]), _json))


@settings(max_examples=100, deadline=None)
@given(_span_dicts())
def test_serialize_span_from_dict_never_crashes(case: tuple[bool, dict[str, Any]]) -> None:
    valid, data = case
    if valid:  # by construction half the cases: the span must decode to what was written
        span = span_from_dict(data, "span", _SPAN_TEXT)
        assert (span.start, span.end) == (data["start"], data["end"])
    else:
        try:
            span = span_from_dict(data, "span", _SPAN_TEXT)
        except InputError:
            return
    assert 0 <= span.start <= span.end <= len(_SPAN_TEXT)
    assert span_from_dict({**data, "text": span.text(_SPAN_TEXT)}, "span", _SPAN_TEXT) == span


def test_serialize_documented_record_example_matches_code() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "data-format.md").read_text("utf-8")
    block = doc.split("<!-- record-example:start -->")[1].split("<!-- record-example:end -->")[0]
    documented = json.loads(block.strip().removeprefix("```json").removesuffix("```"))
    assert documented == statement_record(SAMPLE, SAMPLE.statements[1])
    for field in documented:
        assert f"`{field}`" in doc
