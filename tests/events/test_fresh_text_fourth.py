"""Tests for session 17's events work on fresh text: senses outside politics, verbs of
criticism, a partner for discussing, and what evidence shows."""

from __future__ import annotations

import pytest
from tests.events.coded import coded as _events


def _types(text: str) -> list[tuple[str, str]]:
    return [e[:2] for e in _events(text)]


@pytest.mark.needs_model
def test_discussing_needs_a_partner() -> None:
    assert _types("Schlafly discussed Trump's proposed wall.") == []
    assert _types("Biden and Scholz discussed the sanctions.") == [("CONSULT", "asserted")]
    assert _types("Erdogan discussed Libya with Donald Trump.") == [("CONSULT", "asserted")]
    assert _types("The leaders discussed the sanctions on Tuesday.") == [("CONSULT", "asserted")]


@pytest.mark.needs_model
def test_campaign_senses_of_fight_occupy_and_mobilize_are_no_events() -> None:
    assert _types('"I will fight for you," Trump told the crowd.') == []
    assert _types("Axelrod occupied a role that is familiar to the campaign.") == []
    assert _types("The campaign needs to identify and mobilize voters.") == []
    # the military senses stay
    assert _types("Russian troops occupied the city of Kherson.") == [("COERCE", "asserted")]
    assert _types("Russia mobilized reservists near the border.") == [("MOBILIZE", "asserted")]


@pytest.mark.needs_model
def test_calling_out_a_person_and_challenging_a_statement_are_criticism() -> None:
    assert _types("Sanders called out Clinton on Tuesday.") == [("ACCUSE", "asserted")]
    assert _types("The governor called out the National Guard.") == []
    assert _types("Zelensky called on the West to send tanks.")[0] == ("REQUEST", "asserted")
    assert _types("Kiev and Western countries challenged this statement.") == [
        ("ACCUSE", "asserted")
    ]


@pytest.mark.needs_model
def test_a_case_opened_against_someone_and_published_critiques_are_accusations() -> None:
    events = _events("Russian authorities opened a case against Girkin on July 18.")
    assert [(e[0], e[2]) for e in events] == [("ACCUSE", "opened a case against")]
    events = _events("Girkin published several harsh critiques of President Vladimir Putin.")
    assert [(e[0], e[3]) for e in events] == [("ACCUSE", "Girkin")]


@pytest.mark.needs_model
def test_what_documents_show_is_asserted_what_analysts_believe_is_not() -> None:
    shown = _types("Satellite images show that Russia deployed troops near the border.")
    assert shown == [("MOBILIZE", "asserted")]
    believed = _types("Analysts believe that Russia attacked the city.")
    assert believed == [("ASSAULT", "hypothetical")]


@pytest.mark.needs_model
def test_ordering_goods_or_ones_own_forces_is_no_request() -> None:
    assert _types("It ordered 100,000 bulletproof vests and 100,000 helmets.") == []
    drills = _types("Russia ordered its military to hold nuclear weapons drills.")
    assert drills == [("MOBILIZE", "asserted")]
    assert _types("Putin ordered Ukraine to withdraw its troops.") == [
        ("REQUEST", "asserted"),
        ("RETREAT", "demanded"),
    ]


@pytest.mark.needs_model
def test_blaming_a_cause_blasting_through_a_record_and_threatening_a_role_are_no_events() -> None:
    assert _types("Clinton blamed the fog of war for the failure.") == []
    assert _types("Kyiv blamed Moscow for the attack.") == [("ACCUSE", "asserted")]
    assert _types("The Iowa caucus blasted through its 2012 record.") == []
    assert _types("Trump blasted Clinton on Tuesday.") == [("ACCUSE", "asserted")]
    lost = "Ukraine has lost much of its grain storage, threatening its role as a food supplier."
    assert _types(lost) == []
    assert _types("Russia threatened Ukraine with retaliation.") == [("THREATEN", "asserted")]


@pytest.mark.needs_model
def test_withdrawing_papers_speaking_to_people_and_standing_by_are_no_events() -> None:
    assert _types("The administration withdrew notices seeking the arrest of 14 fugitives.") == []
    assert _types("Russia withdrew its troops from Kherson.") == [("RETREAT", "asserted")]
    assert _types("Speaking to thousands of people in the square, Francis prayed.") == []
    assert _types("Or we stand by as the Russians continue their aggression.") == []


@pytest.mark.needs_model
def test_what_an_actor_can_do_is_not_reported_as_done() -> None:
    assert _types("The member states can provide support to Ukraine.") == [("AID", "hypothetical")]
    assert _types("The member states provided support to Ukraine.") == [("AID", "asserted")]
