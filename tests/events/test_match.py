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


@pytest.mark.needs_model
def test_a_states_boycott_is_a_sanction_peoples_a_protest() -> None:
    states = coded("The US and most EU nations will boycott a Kremlin ceremony.")
    assert [(e[0], e[2]) for e in states] == [("SANCTION", "boycott")]
    assert [e[0] for e in coded("Russia boycotted the talks in Geneva.")] == ["SANCTION"]
    people = coded("Hundreds of students boycotted classes in protest.")
    assert [e[0] for e in people] == ["PROTEST"]


@pytest.mark.needs_model
def test_a_court_agreeing_to_hear_a_case_and_a_vow_that_are_no_agreements() -> None:
    assert coded("The court agreed to take a second look at the case last June.") == []
    assert coded('She vows that protecting existing regulations will be a "top priority."') == []
    assert [e[0] for e in coded("Russia agreed to a ceasefire.")] == ["AGREE"]
    assert [e[0] for e in coded("Biden vowed support for Ukraine.")] == ["AGREE"]


@pytest.mark.needs_model
def test_an_abstract_good_threatened_or_a_relative_helped_is_no_event() -> None:
    regimes = (
        "We must stand with our allies to fight aggressive and dangerous regimes that threaten"
        " freedom wherever they are."
    )
    assert [e[0] for e in coded(regimes) if e[0] == "THREATEN"] == []
    assert [e[0] for e in coded("Russia threatened Ukraine with retaliation.")] == ["THREATEN"]
    clients = "He supported pitching a bigger political tent to help his clients."
    assert [e[0] for e in coded(clients) if e[0] == "AID"] == []
    assert [e[0] for e in coded("The US helped Ukraine with weapons.")] == ["AID"]


@pytest.mark.needs_model
def test_control_taken_of_ground_is_a_seizure_of_a_chamber_or_company_none() -> None:
    settlements = (
        "Russian forces have taken control of the settlements of Soloviove in Ukraine's"
        " eastern Donetsk region, the defence ministry said on Monday."
    )
    assert [(e[0], e[2]) for e in coded(settlements)] == [("COERCE", "taken")]
    assert coded("Republicans took control of the Senate in 2014.") == []
    assert coded("The investor took control of the company.") == []
