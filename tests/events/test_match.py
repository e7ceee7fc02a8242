"""Tests for events._match: which trigger a sentence's words fire."""

from __future__ import annotations

import pytest
from tests.events.coded import coded


@pytest.mark.needs_model
def test_troops_moved_or_pulled_away_or_back_retreat_not_mobilize() -> None:
    away = coded("Belarus is moving its soldiers away from the frontier.")
    assert [(e[0], e[2]) for e in away] == [("RETREAT", "moving")]
    back = coded("Russia pulled troops back from the border.")
    assert [(e[0], e[2]) for e in back] == [("RETREAT", "pulled")]
    # moving troops towards a place still deploys them
    towards = coded("Belarus is moving its soldiers toward the frontier.")
    assert [(e[0], e[2]) for e in towards] == [("MOBILIZE", "moving")]
