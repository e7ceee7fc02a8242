"""Officials of a body named by their modifiers (actors/_officials.py)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.actors import default_registry
from reportedly.actors.resolve import resolve_actors
from reportedly.model import Mention, Span
from reportedly.pipeline import Pipeline

DAY = date(2024, 5, 2)


def test_officials_of_a_body_their_modifiers_spell(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Washington has accused Moscow of using banned gases near the front.\n\n"
        "State department officials said the army had used the gas to win ground.",
    )
    s = speaker_of(a, "the army had used")
    assert s.speaker_actor == "us-state-department"


def test_a_speaker_cut_to_the_demonym_of_a_titled_name_is_that_person(pipeline: Pipeline) -> None:
    # attribution once kept only "Ukrainian" of "by Ukrainian President Volodymyr Zelensky"
    # (the first entity of the phrase): the speaker is the person the demonym modifies
    text = (
        "Sanctions against Moscow will be strengthened.\n\n"
        "The relevant statement was made by Ukrainian President Volodymyr Zelensky in his "
        "video address."
    )
    a = analyse(pipeline, date(2023, 2, 26), text)
    assert a.annotation is not None
    s = speaker_of(a, "Sanctions against Moscow")
    start = text.index("Ukrainian")
    cut = Mention(span=Span(start, start + len("Ukrainian")), text="Ukrainian", label="SPEAKER")
    statement = dataclasses.replace(s, speaker=cut, speaker_entity=None, speaker_actor=None)
    again = resolve_actors(dataclasses.replace(a, statements=(statement,)), default_registry())
    assert again.statements[0].speaker_actor == "zelenskyy-volodymyr"


def test_a_unit_of_a_country_speaks_for_its_armed_forces(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2024, 4, 24),
        "Russian troops are pressing on Chasiv Yar. Ukraine's eastern military command has "
        "said 20,000 enemy troops are trying to storm the hilltop town.",
    )
    assert speaker_of(a, "enemy troops are trying").speaker_actor == "armed-forces-ukraine"


def test_a_unit_of_no_country_named_stays_unresolved(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2024, 4, 24),
        "Russian troops are pressing on Chasiv Yar. The brigade said it had repelled five "
        "attacks near the town.",
    )
    assert speaker_of(a, "it had repelled").speaker_actor is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a military word says the armed forces speak, not the government
            "Fighting went on in the east. A Ukrainian military spokesman said Russian forces "
            "had retreated.",
            "armed-forces-ukraine",
        ),
        (
            "Fighting went on in the east. Ukrainian army officials said Russian forces had "
            "retreated.",
            "armed-forces-ukraine",
        ),
        (  # no military word: the government, as before
            "Fighting went on in the east. Ukrainian officials said Russian forces had retreated.",
            "government-ukraine",
        ),
    ],
)
def test_officials_with_a_military_word_speak_for_the_armed_forces(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    s = speaker_of(analyse(pipeline, date(2022, 6, 10), text), "forces had retreated")
    assert s.speaker_actor == actor
