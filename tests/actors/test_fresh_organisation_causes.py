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

_SERVICES = (frozenset({"agency", "service"}),)
_NOUNS = frozenset({"agency", "service", "ministry"})


def test_a_name_headed_by_another_kind_of_body_noun() -> None:
    assert headed_by_another("agency", ["Ministry of Foreign Affairs"], _NOUNS, _SERVICES)
    assert not headed_by_another("agency", ["Federal Security Service"], _NOUNS, _SERVICES)
    assert not headed_by_another("agency", ["Gazprom"], _NOUNS, _SERVICES)
    assert not headed_by_another("ministry", ["Ministry of Defence"], _NOUNS, _SERVICES)


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


def test_an_agency_is_no_ministry_named_before(pipeline: Pipeline) -> None:
    text = (
        "Russia's foreign ministry said the sanctions were illegal. The agency said it had "
        "recorded 300 deaths in the region."
    )
    a = analyse(pipeline, date(2022, 3, 1), text)
    assert speaker_name(a, speaker_of(a, "recorded 300 deaths")) is None


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
