"""Tests for events._reported: what a reported clause says about the act."""

from __future__ import annotations

import pytest
from tests.events.coded import coded


@pytest.mark.needs_model
def test_asking_whether_is_a_question_not_a_request() -> None:
    events = coded("When asked by a journalist whether he would run again, Macron said no.")
    assert [e[0] for e in events] == ["REJECT"]
    events = coded("Asked by a reporter whether the talks would resume, Lavrov said nothing.")
    assert events == []
    # asking someone to act stays a request
    events = coded("Zelensky asked Germany to send tanks.")
    assert [e[0] for e in events][:1] == ["REQUEST"]
