"""Tests for events.render: the events section of `reportedly show`."""

from __future__ import annotations

import dataclasses

from stored import analysis

from reportedly.events.render import render_events
from reportedly.model import DateValue


def test_render_lists_events_with_condition_and_date() -> None:
    text = render_events(analysis())
    assert text.startswith("Events (4)")
    assert "REJECT" in text
    assert "Russia [RUS] → United States [USA]" in text
    assert "2023-03-06" in text
    assert "condition: if Moscow withdraws its troops" in text
    assert "as a condition" in text
    assert "statement 1" in text


def test_render_yearless_date_says_so() -> None:
    a = analysis(published=None)
    yearless = DateValue(text="1 December", granularity="day", month=12, day=1)
    first = dataclasses.replace(a.events[0], date=yearless)
    text = render_events(dataclasses.replace(a, events=(first,)))
    assert "--12-01 (“1 December”, year unknown)" in text


def test_render_nothing_without_events() -> None:
    assert render_events(dataclasses.replace(analysis(), events=())) == ""


def test_render_plain_without_colour() -> None:
    assert "\x1b[" not in render_events(analysis(), color=False)
    assert "\x1b[" in render_events(analysis(), color=True)
