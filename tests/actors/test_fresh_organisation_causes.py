"""Tests of organisation speaker causes seen on PolNeAR train (session 35, draw 35501), on
sentences written for them: a spokesperson or official "for"/"at" a body, a capital that
stands for a government the registry did not hold, and a body's noun that names another
kind of body than the one named before it."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.actors._body_words import headed_by_another
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

_KINDS = (frozenset({"agency", "service"}), frozenset({"agency", "ministry"}))
_NOUNS = frozenset({"agency", "service", "ministry"})


def test_a_name_headed_by_another_kind_of_body_noun() -> None:
    assert headed_by_another("ministry", ["Federal Security Service"], _NOUNS, _KINDS)
    assert not headed_by_another("agency", ["Federal Security Service"], _NOUNS, _KINDS)
    assert not headed_by_another("agency", ["Ministry of Foreign Affairs"], _NOUNS, _KINDS)
    assert not headed_by_another("agency", ["Gazprom"], _NOUNS, _KINDS)
    assert not headed_by_another("ministry", ["Ministry of Defence"], _NOUNS, _KINDS)


def test_a_spokesman_for_a_company_speaks_for_it(pipeline: Pipeline) -> None:
    text = (
        "The server was managed by Harlow Data Systems until 2015. A spokesman for Harlow Data "
        "Systems said in a statement that the company treated every client the same way."
    )
    a = analyse(pipeline, date(2016, 9, 7), text)
    assert speaker_name(a, speaker_of(a, "treated every client")) == "Harlow Data Systems"


def test_an_official_at_a_ministry_speaks_for_it(pipeline: Pipeline) -> None:
    text = "An official at the State Department said the talks would resume next week."
    a = analyse(pipeline, date(2022, 3, 1), text)
    assert speaker_of(a, "talks would resume").speaker_actor == "us-state-department"


def test_a_spokesman_for_a_person_is_no_body(pipeline: Pipeline) -> None:
    text = (
        "Zelensky met Biden in Kyiv on Monday. A spokesman for the president said the meeting "
        "went well."
    )
    a = analyse(pipeline, date(2022, 3, 1), text)
    assert speaker_name(a, speaker_of(a, "the meeting went well")) is None


def test_a_capital_stands_for_its_government(pipeline: Pipeline) -> None:
    text = (
        "Japan raised its defence budget by a quarter. Seoul said on Friday it would not send "
        "weapons to Ukraine."
    )
    a = analyse(pipeline, date(2022, 12, 16), text)
    assert speaker_of(a, "would not send weapons").speaker_actor == "government-south-korea"


def test_a_ministry_is_no_service_named_before(pipeline: Pipeline) -> None:
    text = (
        "The SBU said it had detained a Russian agent in Odesa. The ministry said it had "
        "recorded 300 deaths in the region."
    )
    a = analyse(pipeline, date(2022, 3, 1), text)
    assert speaker_name(a, speaker_of(a, "recorded 300 deaths")) is None


def test_an_agency_may_be_a_department_named_before(pipeline: Pipeline) -> None:
    text = (
        "The State Department said on Thursday that it fell short of its goal. The agency "
        "said it will release another batch of emails next week."
    )
    a = analyse(pipeline, date(2015, 12, 31), text)
    assert speaker_of(a, "another batch of emails").speaker_actor == "us-state-department"


def test_an_agency_may_be_a_service_named_before(pipeline: Pipeline) -> None:
    text = (
        "The FSB said it had detained a Ukrainian saboteur in Bryansk. The agency added that "
        "the man had confessed."
    )
    a = analyse(pipeline, date(2022, 3, 1), text)
    assert speaker_name(a, speaker_of(a, "the man had confessed")) in {
        "FSB",
        "Federal Security Service",
    }


def test_a_government_of_a_country_the_registry_holds_by_its_adjective(pipeline: Pipeline) -> None:
    text = (
        "The United States is Mexico's biggest trading partner. The Mexican government is "
        "worried that the rhetoric could hurt investment."
    )
    a = analyse(pipeline, date(2016, 4, 7), text)
    assert speaker_of(a, "could hurt investment").speaker_actor == "government-mexico"


def test_a_government_of_an_unknown_country_is_no_other_countrys(pipeline: Pipeline) -> None:
    text = (
        "The United States is Peru's biggest trading partner. The Peruvian government is "
        "worried that the rhetoric could hurt investment."
    )
    a = analyse(pipeline, date(2016, 4, 7), text)
    assert speaker_name(a, speaker_of(a, "could hurt investment")) is None


def test_a_government_named_by_its_seat(pipeline: Pipeline) -> None:
    text = (
        "The UK remains a supporter of Ukraine. The Kyiv government said it would retaliate "
        "for the strike."
    )
    a = analyse(pipeline, date(2022, 10, 10), text)
    assert speaker_of(a, "would retaliate").speaker_actor == "government-ukraine"
