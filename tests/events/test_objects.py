"""Tests for events._objects: what a trigger acts on, as its rule's object constraints read it."""

from __future__ import annotations

import pytest
from tests.events.coded import coded


@pytest.mark.needs_model
def test_a_relative_pronoun_object_stands_for_its_noun() -> None:
    # accepting a presidency is no agreement: the relative "which" is read as the presidency
    presidency = (
        "As Lula da Silva noted, during the presidency of the G20, which Brazil will accept"
        " next year, the government will focus on poverty."
    )
    assert coded(presidency) == []
    # a clause with no object of its own is not read as its noun's act
    progress = "And Obama, for all the progress he helped wrangle from leaders, seems to agree."
    assert [e[0] for e in coded(progress) if e[2] == "helped"] == []
    assert [e[0] for e in coded("Brazil accepted the offer, which Russia made.")] == ["AGREE"]
