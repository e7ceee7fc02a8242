"""Tests for session 16's events work on fresh text: verbs and idioms of verbal attack, and
blocking a decision as a refusal."""

from __future__ import annotations

import pytest
from tests.events.coded import coded as _events


def _types(text: str) -> list[tuple[str, str]]:
    return [e[:2] for e in _events(text)]


@pytest.mark.needs_model
def test_sparring_and_rebutting_a_rival_are_criticism() -> None:
    assert _types("The two candidates sparred over trade policy.") == [("ACCUSE", "asserted")]
    assert _types("The senator rebutted the governor's proposals on immigration.") == [
        ("ACCUSE", "asserted")
    ]
    # rebutting charges made against oneself is a denial, no event
    assert _types("The minister rebutted the allegations.") == []


@pytest.mark.needs_model
def test_knocking_or_questioning_conduct_is_criticism_a_door_or_a_suspect_is_not() -> None:
    assert _types("Trump knocked the president's plan on trade.") == [("ACCUSE", "asserted")]
    assert _types("She questioned Israel's commitment to peace.") == [("ACCUSE", "asserted")]
    assert _types("Volunteers knocked on doors across the state.") == []
    assert _types("Detectives questioned the suspect for hours.") == []


@pytest.mark.needs_model
def test_idioms_of_verbal_attack() -> None:
    assert _types("Sanders took a swipe at Clinton on Tuesday.") == [("ACCUSE", "asserted")]
    assert _types("The Kremlin poured scorn on the proposal.") == [("ACCUSE", "asserted")]
    assert _types("Biden tore into Republicans over the budget.") == [("ACCUSE", "asserted")]


@pytest.mark.needs_model
def test_blocking_a_decision_is_a_refusal_blocking_a_road_is_not() -> None:
    assert _types("Hungary blocked the sanctions package.") == [("REJECT", "asserted")]
    assert _types("Germany has been blocking the transfer of tanks to Ukraine.") == [
        ("REJECT", "asserted")
    ]
    assert _types("Police blocked the road to the airport.") == []


@pytest.mark.needs_model
def test_agreeing_with_what_is_said_is_no_agreement() -> None:
    assert _types("Huckabee agreed, praising his former rival as a rising star.") == [
        ("SUPPORT", "asserted")
    ]
    assert ("AGREE", "asserted") not in _types("The two leaders agreed that Russia must leave.")
    assert _types("Russia agreed to talks with Ukraine.") == [("AGREE", "asserted")]
    assert _types("Both sides agreed on a prisoner exchange.") == [("AGREE", "asserted")]


@pytest.mark.needs_model
def test_speech_to_the_press_offered_warnings_and_rushing_are_no_events() -> None:
    assert _types("The general spoke with journalists in Luxembourg.") == []
    assert _types("Scholz spoke with Zelensky on Monday.") == [("CONSULT", "asserted")]
    assert _types("Rubio has been offering more dire warnings about terrorism.") == []
    assert _types("Gore charged into the fray against his opponent.") == []


@pytest.mark.needs_model
def test_an_in_order_to_purpose_is_aimed_at_not_done() -> None:
    assert _types("NATO sent troops in order to stop a Russian offensive.") == [
        ("MOBILIZE", "asserted")
    ]
    assert ("REQUEST", "asserted") not in _types("Russia cut gas so as to pressure Europe.")
    # a plain "to" purpose keeps its act (the doer's own, done: docs/events.md)
    assert _types("Farmers blocked roads to protest the tax.") == [("PROTEST", "asserted")]


@pytest.mark.needs_model
def test_more_insults_of_a_person_are_criticism() -> None:
    assert _types("Trump called Obama the most ignorant president in our history.") == [
        ("ACCUSE", "asserted")
    ]
    assert _types("Trump said Jeb Bush is a loser.") == [("ACCUSE", "asserted")]


@pytest.mark.needs_model
def test_words_in_a_sense_outside_politics_code_nothing() -> None:
    # asking oneself, deploying tactics, seizing on news or the initiative, offering caveats
    assert _types("I ask myself if peace is really being searched for.") == []
    assert _types("He deploys an array of tactics to fight back.") == []
    assert _types("Russia deployed troops to the border.") == [("MOBILIZE", "asserted")]
    assert _types("The media has seized on new revelations about the emails.") == []
    assert _types("Ukraine is seizing the initiative in the south.") == []
    assert _types("Police seized weapons from the group.") == [("COERCE", "asserted")]
    assert _types("Pollsters have offered fewer caveats this year.") == []


@pytest.mark.needs_model
def test_a_named_person_attacked_is_criticised() -> None:
    assert _types("Sanders has attacked Clinton repeatedly for her ties to Wall Street.") == [
        ("ACCUSE", "asserted")
    ]
    assert _types("Russian forces attacked the town of Bakhmut.") == [("ASSAULT", "asserted")]
