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


@pytest.mark.needs_model
def test_an_act_under_a_noun_of_reluctance_is_not_done() -> None:
    slammed = coded(
        "Former British Defense Secretary Ben Wallace has slammed German Chancellor Olaf"
        " Scholz for his hesitation in providing military aid to Ukraine."
    )
    assert [(e[0], e[1]) for e in slammed if e[2] == "providing"] == [("AID", "hypothetical")]
    assert coded("Germany was criticised for its delay in delivering tanks.") == []
    done = coded("Germany succeeded in delivering tanks to Ukraine.")
    assert [(e[0], e[1]) for e in done] == [("AID", "asserted")]


@pytest.mark.needs_model
def test_an_act_under_a_noun_of_prospect_is_not_done() -> None:
    joining = coded(
        'Putin sees the prospect of Ukraine joining the Western military alliance as a "hostile'
        ' act."'
    )
    assert [(e[0], e[1]) for e in joining if e[2] == "joining"] in (
        [],
        [("COOPERATE", "hypothetical")],
    )
    assert not [
        e
        for e in coded("The poll did not measure reasons for supporting Ukraine.")
        if e[1] == "asserted"
    ]
    done = coded("Poland has been supporting Ukraine since 2014.")
    assert [(e[0], e[1]) for e in done] == [("SUPPORT", "asserted")]


@pytest.mark.needs_model
def test_an_act_all_but_done_is_not_done() -> None:
    war = coded("The USSR nearly unleashed a third world war.")
    assert [e[1] for e in war] in ([], ["hypothetical"])
    invaded = coded("Russia almost invaded Ukraine in 2021.")
    assert [(e[0], e[1]) for e in invaded] == [("ASSAULT", "hypothetical")]
    shelled = coded("Russia shelled almost every town in the region.")
    assert [(e[0], e[1]) for e in shelled] == [("ASSAULT", "asserted")]


@pytest.mark.needs_model
def test_a_reported_would_bound_by_an_if_clause_announces_nothing() -> None:
    strike = coded("Putin said Russia would strike Kyiv if Ukraine attacked Crimea.")
    assert [(e[0], e[1]) for e in strike if e[2] == "strike"] == [("ASSAULT", "hypothetical")]
    send = coded("Putin said Russia would send troops to Belarus.")
    assert [e[1] for e in send if e[2] == "send"] == ["asserted"]
