"""Tests for session 13's third events pass: who does an infinitive after a verb's object,
past "had to", "for X to do Y", and clauses reported under a verb misread as a noun."""

from __future__ import annotations

import pytest
from tests.events.coded import LEXICON
from tests.events.coded import coded as _events

from conftest import MODEL


@pytest.mark.needs_model
def test_the_party_asked_does_the_requested_act() -> None:
    events = _events("Biden asked Congress to approve the aid.")
    assert ("REQUEST", "asserted", "asked", "Biden") in events
    assert ("AID", "demanded", "approve", "Congress") in events
    retreat = _events("The EU urged them to release the journalist.")
    assert ("RETREAT", "demanded", "release", "them") in retreat


@pytest.mark.needs_model
def test_a_promise_to_someone_keeps_its_subject_as_doer() -> None:
    from reportedly.events._clause import _object_controller
    from reportedly.events._tree import Sentence
    from reportedly.nlp import annotate

    text = "Putin promised Lukashenko to deliver nuclear weapons."
    sentence = Sentence(annotate(text, model=MODEL), 0, text)
    promised = next(t for t in sentence if t.lemma == "promise")
    deliver = next(t for t in sentence if t.lemma == "deliver")
    assert _object_controller(sentence, deliver, promised, LEXICON) is None


@pytest.mark.needs_model
def test_a_past_necessity_in_reported_speech_is_no_demand() -> None:
    text = (
        "The president said that he is keeping tabs on these issues, since he had to "
        "discuss them with American officials five years ago."
    )
    events = _events(text)
    assert [e[:3] for e in events] == [("CONSULT", "asserted", "discuss")]
    # "had to" as the reported clause itself is "has to" shifted back: still a demand
    shifted = _events("Zelensky said Russia had to withdraw its troops.")
    assert ("REQUEST", "asserted", "had", "Zelensky") in shifted
    assert ("RETREAT", "demanded", "withdraw", "Russia") in shifted


@pytest.mark.needs_model
def test_an_act_judged_in_a_for_clause_is_not_asserted() -> None:
    events = _events("It would be acceptable for Israel to attack Iran, the senator said.")
    assert [e[:2] for e in events] == [("ASSAULT", "hypothetical")]
    assert ("ASSAULT", "asserted", "attacked", "Israel") in _events("Israel attacked Iran.")


@pytest.mark.needs_model
def test_a_relative_clause_under_a_misread_allege_is_not_asserted() -> None:
    events = _events("He denounced movements that autocrats allege are backed by the US.")
    backed = [e for e in events if e[2] == "backed"]
    assert backed == [("SUPPORT", "hypothetical", "backed", "the US")]
    # a real noun subject is kept: "the suspect" is arrested
    assert _events("The suspect was arrested by police.")[0][:3] == (
        "COERCE",
        "asserted",
        "arrested",
    )
