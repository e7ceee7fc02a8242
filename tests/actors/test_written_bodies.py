"""A body a description's own words name: before an "of" that names its founder, by an
acronym in brackets there, or before an outlet noun; and bodies the registry gained."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.model import Analysis, Statement
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2024, 4, 22)


def _actor(a: Analysis, s: Statement) -> str | None:
    entity = next((e for e in a.entities if e.id == s.speaker_entity), None)
    return entity.actor_id if entity is not None else None


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "The deputy minister's wife went skiing in France. The Foundation for the Fight "
            "against Corruption of Alexei Navalny claims that the couple made a fictitious "
            "divorce.",
            "fictitious divorce",
            "anti-corruption-foundation",
        ),
        (
            "The deputy minister's wife went skiing. According to the Foundation for the Fight "
            "of Corruption (FBK) of the famous oppositionist Alexei Navalny, the divorce was "
            "fictitious.",
            "the divorce was fictitious",
            "anti-corruption-foundation",
        ),
        (
            "The photo was taken before the war, as the Ukrainian Pravda portal noted on Monday.",
            "The photo was taken",
            "ukrainska-pravda",
        ),
        (
            "Chinese Foreign Minister Wang Yi met his Belarusian counterpart in Beijing on "
            "Tuesday. Lukashenko endorsed China's peace plan, according to a Chinese Foreign "
            "Ministry readout of the meeting.",
            "endorsed China's peace plan",
            "mfa-china",
        ),
        (
            "Millions of people left the country. The Eurostat database estimates that about "
            "4.3 million Ukrainians were registered in the EU.",
            "4.3 million Ukrainians",
            "eurostat",
        ),
        (
            "The Dutch government said on Monday that it would send more tanks to Kyiv.",
            "send more tanks",
            "government-netherlands",
        ),
        (
            "Naftogaz said on Monday that it had paid the transit fee in full.",
            "paid the transit fee",
            "naftogaz",
        ),
    ],
)
def test_written_body_speaks(pipeline: Pipeline, text: str, words: str, actor: str) -> None:
    a = analyse(pipeline, DAY, text)
    assert _actor(a, speaker_of(a, words)) == actor


def test_a_body_of_no_person_is_no_registry_body_by_its_first_words(pipeline: Pipeline) -> None:
    # "Congress" is the US Congress's alias; the Congress of a republic is another body
    text = "The Congress of the Republic of Peru said on Monday that the vote would go ahead."
    a = analyse(pipeline, DAY, text)
    assert _actor(a, speaker_of(a, "the vote would go ahead")) != "us-congress"


def test_an_outlet_noun_after_a_country_alone_is_no_government(pipeline: Pipeline) -> None:
    text = "The photo was taken before the war, as the Ukrainian portal noted on Monday."
    a = analyse(pipeline, DAY, text)
    assert _actor(a, speaker_of(a, "The photo was taken")) not in {
        "government-ukraine",
        "country-ukraine",
    }


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Kremlin's press service said that the two leaders had discussed the grain deal.",
            "government-russia",
        ),
        (
            "The press service of the Ukrainian Defence Ministry said that the drones had been "
            "shot down.",
            "mod-ukraine",
        ),
        (
            "The press office of the State Emergency Service reported that five people had been "
            "rescued.",
            "dsns-ukraine",
        ),
    ],
)
def test_a_press_office_speaks_for_its_owner(pipeline: Pipeline, text: str, actor: str) -> None:
    a = analyse(pipeline, DAY, text)
    assert _actor(a, a.statements[0]) == actor


def test_a_press_office_of_a_person_is_not_that_person(pipeline: Pipeline) -> None:
    text = (
        "Volodymyr Zelensky met the troops on Monday. The press service of Volodymyr Zelensky "
        "said that the meeting had lasted two hours."
    )
    a = analyse(pipeline, DAY, text)
    assert _actor(a, speaker_of(a, "the meeting had lasted")) != "zelenskyy-volodymyr"


def test_a_frame_document_after_an_outlet_is_not_the_outlet(pipeline: Pipeline) -> None:
    # the outlet reported the earlier words; the communication is the ministry's, not its
    text = (
        "Russian agencies have published a screenshot of the list, where next to the name "
        "of the president (as the Ukrainian Pravda portal noted) is his date of birth.\n\n"
        "The ministry in Kyiv commented on the reports.\n\n"
        '"We remind you that the order of the International Criminal Court is quite real" '
        "- added in the communication."
    )
    a = analyse(pipeline, DAY, text)
    said = speaker_of(a, "We remind you")
    assert _actor(a, said) != "ukrainska-pravda"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # the head of the ministry is named: his ministry, Poland's
            "The head of the Ministry of Foreign Affairs Radosław Sikorski said that Putin "
            "would not stop. The foreign ministry said talks were planned.",
            "mfa-poland",
        ),
        (
            "Foreign Minister Dmytro Kuleba said the war would go on. The foreign ministry "
            "said talks were planned.",
            "mfa-ukraine",
        ),
        (  # two foreign ministers: the text does not say whose ministry
            "Polish Foreign Minister Radosław Sikorski and Russian Foreign Minister Sergei "
            "Lavrov met on Monday. The foreign ministry said talks were planned.",
            None,
        ),
        (  # a ministry none of the people named heads
            "Polish Foreign Minister Radosław Sikorski said that Putin would not stop. The "
            "defence ministry said talks were planned.",
            None,
        ),
    ],
)
def test_a_ministry_without_its_country_is_the_one_a_person_named_before_holds_office_in(
    pipeline: Pipeline, text: str, actor: str | None
) -> None:
    a = analyse(pipeline, date(2024, 5, 4), text)
    s = speaker_of(a, "talks were planned")
    assert _actor(a, s) == actor
