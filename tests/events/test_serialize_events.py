"""Tests for the events in the analysis document (serialize) and its decoding."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stored import analysis

from reportedly.errors import InputError
from reportedly.model import DateValue
from reportedly.serialize import (
    analysis_from_dict,
    analysis_to_dict,
    date_value_from_dict,
    date_value_to_dict,
)


def test_serialize_events_round_trip() -> None:
    a = analysis()
    d = analysis_to_dict(a)
    assert [e["type"] for e in d["events"]] == ["REJECT", "AGREE", "RETREAT", "REQUEST"]
    assert d["events"][0]["date"]["iso"] == "2023-03-06"
    assert d["events"][1]["condition"]["text"] == "if Moscow withdraws its troops"
    assert analysis_from_dict(d).events == a.events


def test_serialize_records_without_events_still_decode() -> None:
    d = analysis_to_dict(analysis())
    del d["events"]
    assert analysis_from_dict(d).events == ()


def _broken(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    d = copy.deepcopy(analysis_to_dict(analysis()))
    target: Any = d
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return d


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("events", 0, "type"), "BOMB", "unknown value"),
        (("events", 0, "modality"), "maybe", "unknown value"),
        (("events", 0, "trigger"), {"start": 0, "end": 10_000}, "outside the text"),
        (("events", 0, "trigger", "text"), "other words", "does not match"),
        (("events", 0, "source"), "Russia", "expected an object"),
        (("events", 0, "date", "value"), "1 Dec", "not an ISO date"),
        (("events", 0, "date", "granularity"), "decade", "unknown value"),
        (("events", 0, "confidence"), "high", "should be float"),
        (("events",), "none", "should be list"),
    ],
)
def test_serialize_events_reject_malformed(path: tuple[Any, ...], value: Any, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        analysis_from_dict(_broken(path, value))
    assert info.value.code == "E408"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


_date_values = st.builds(
    DateValue,
    text=st.text(max_size=12),
    value=st.none() | st.dates(),
    granularity=st.none() | st.sampled_from(["day", "week", "month", "year"]),
    year_known=st.booleans(),
    uncertain=st.booleans(),
    month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
)


@st.composite
def _date_dicts(draw: st.DrawFn) -> tuple[DateValue | None, dict[str, Any]]:
    """(the value written, or None for junk; the dict)."""
    if draw(st.booleans()):
        value = draw(_date_values)
        return value, date_value_to_dict(value)
    keys = ["text", "value", "granularity", "year_known", "uncertain", "month", "day"]
    return None, draw(st.dictionaries(st.sampled_from(keys), _json))


@settings(max_examples=150, deadline=None)
@given(_date_dicts())
def test_serialize_date_value_junk_raises_only_input_error(
    case: tuple[DateValue | None, dict[str, Any]],
) -> None:
    written, data = case
    if written is not None:  # by construction half the cases: the round trip runs
        assert date_value_from_dict(data, "date") == written
        return
    try:
        value = date_value_from_dict(data, "date")
    except InputError:
        return
    assert isinstance(value.text, str)
    assert date_value_from_dict(date_value_to_dict(value), "date") == value
