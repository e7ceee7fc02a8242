"""Tests for events._irrealis: clauses that do not report their act as done."""

from __future__ import annotations

import pytest
from tests.events.coded import coded


@pytest.mark.needs_model
def test_an_infinitive_after_a_pretext_or_excuse_is_not_asserted() -> None:
    pretext = coded('The minister said Russia could stage a "false" pretext to invade Georgia.')
    assert [(e[0], e[1]) for e in pretext if e[2] == "invade"] == [("ASSAULT", "hypothetical")]
    excuse = coded("Moscow is looking for an excuse to invade, the minister said.")
    assert [(e[0], e[1]) for e in excuse if e[2] == "invade"] == [("ASSAULT", "hypothetical")]
