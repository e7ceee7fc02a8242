"""A model source that the cue verb's own clause rules out (issue 13): a prepositional
adjunct of the verb, or the subject of the clause that governs the verb's; and the subject of
a run of finite verbs the parser hung on an infinitive."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2024, 4, 20)


def test_a_per_phrase_is_no_speaker_of_the_verb_it_modifies(pipeline: Pipeline) -> None:
    text = (
        "After that, Serbia yielded to the ultimatum and, per a reported demand by Macron, "
        "publicly announced the change that day."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "the change")
    assert said.speaker is not None
    assert said.speaker.text == "Serbia"
    assert said.speaker_actor == "country-serbia"


def test_the_last_verb_of_a_series_has_the_series_subject(pipeline: Pipeline) -> None:
    text = (
        "Likewise, while the ministry has sent food to the city, encouraged talks to get the "
        "rebels to free the prisoners and called for the United Nations to run the port, it "
        "could do more to press the army to withdraw."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "the United Nations to run the port")
    assert said.speaker is not None
    assert said.speaker.text == "the ministry"


def test_a_subject_of_its_own_verb_stays(pipeline: Pipeline) -> None:
    text = (
        "Hungary gave in to the pressure and, per a request by Brussels, announced that it "
        "would lift its veto."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "lift its veto")
    assert said.speaker is not None
    assert said.speaker_actor == "country-hungary"


def test_a_finite_verb_hung_on_a_verb_after_a_modal_is_the_first_verbs(
    pipeline: Pipeline,
) -> None:
    text = (
        "Anna Berg said the army would continue to pull back its units and reiterated calls "
        "for all civilians who remain in the city to leave immediately."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "civilians")
    assert said.speaker is not None
    assert said.speaker.text == "Anna Berg"


def test_a_verb_with_do_is_finite_and_keeps_its_own_subject(pipeline: Pipeline) -> None:
    text = (
        "The joint statement issued by the G7 foreign ministers did not directly name China, "
        'but stressed "the importance of adherence to international law" to meet "challenges".'
    )
    said = speaker_of(analyse(pipeline, DAY, text), "adherence")
    assert said.speaker is not None
    assert said.speaker.text.startswith("The joint statement")


def test_a_reported_clause_keeps_the_reporter_as_speaker(pipeline: Pipeline) -> None:
    text = (
        "Speaking alongside the Commission President, Mr Zelensky said Russia was "
        '"increasing the pace of adaptation to sanctions" and urged the EU leader to impose '
        "additional restrictions on the Russian economy."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "additional restrictions")
    assert said.speaker is not None
    assert said.speaker.text == "Mr Zelensky"
