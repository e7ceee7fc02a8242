"""Tests of description speakers that are bodies: unnamed officials and analysts speaking for
their body, documents and their authors, "we"."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.described_speakers import _speaker_actor, analyse

from reportedly.model import Analysis
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("US officials said the talks were over.", "government-usa"),
        ("A senior Ukrainian official said Russia had attacked.", "government-ukraine"),
        ("German government sources said tanks would be sent.", "government-germany"),
        ("Top Pentagon officials said the troops were ready.", "us-department-of-defense"),
        ("Police officials said the road was closed.", None),  # no body named: anonymous
        ("Officials said the road was closed.", None),
    ],
)
def test_descriptions_unnamed_officials_speak_for_their_body(
    pipeline: Pipeline, text: str, actor: str | None
) -> None:
    (s,) = analyse(pipeline, text).statements
    assert s.speaker_actor == actor


def test_descriptions_a_body_the_registry_knows_is_never_the_last_organisation(
    pipeline: Pipeline,
) -> None:
    # the dateline's "CNN" once took every "Russia's defense ministry said"
    text = (
        "CNN — Moscow announced drills on Monday.\n\n"
        "Russia’s defense ministry said the drills were ordered after threats by the West."
    )
    assert _speaker_actor(analyse(pipeline, text), "Russia’s defense ministry") == "mod-russia"


def test_descriptions_a_body_of_a_named_country_is_no_earlier_foreign_body(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Financial Times reported the talks on Monday.\n\n"
        "Moldova's border agency said the crossings would stay open."
    )
    a = analyse(pipeline, text)
    statement = next(s for s in a.statements if s.speaker and "agency" in s.speaker.text)
    entity = next((e for e in a.entities if e.id == statement.speaker_entity), None)
    assert entity is None or "Financial" not in entity.name


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Russia’s Defense Ministry said on Sunday that three drones were intercepted.",
            "Russia’s Defense Ministry",
        ),
        (
            "Russia's Defense Ministry accused Kyiv of attacking Moscow with drones. Moscow's "
            "mayor said a business centre was hit. The ministry said three drones were shot down.",
            "The ministry",
        ),
    ],
)
def test_descriptions_a_body_named_with_its_country_and_then_by_its_head(
    pipeline: Pipeline, text: str, words: str
) -> None:
    # the tagger names "Defense Ministry" alone; "the ministry" is the last ministry, not Moscow
    assert _speaker_actor(analyse(pipeline, text), words) == "mod-russia"


def test_descriptions_a_body_named_by_a_title_is_the_body_not_the_titled_person(
    pipeline: Pipeline,
) -> None:
    text = (
        "The office of the US National Intelligence Director has published an analysis of "
        "threats. The report stated that the war weakened Russia."
    )
    a = analyse(pipeline, text, published=date(2023, 3, 9))
    # "has published an analysis of threats" names a topic (no statement); the report speaks
    assert [s.speaker_actor for s in a.statements] == ["odni"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a document of a body the registry knows, not the speaker before
            "Peskov said the talks were over. According to the statement of the leadership of "
            "Belarus, they carry out activities there to protect the border.",
            "government-belarus",
        ),
        ("A UN resolution demanded that Russia withdraw its troops.", "united-nations"),
        (  # a phrase the registry knows as a body, whatever the tagger found inside it
            "On Thursday, the UN Office for the Coordination of Humanitarian Affairs said it "
            "had seen a troubling pattern of attacks.",
            "ocha",
        ),
    ],
)
def test_descriptions_documents_and_bodies_speak_for_their_author(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    s = analyse(pipeline, text).statements[-1]
    assert s.speaker_actor == actor


def test_descriptions_a_document_by_an_unknown_author_is_not_the_speaker_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Peskov said the talks were over. The statement of the regional council said that "
        "the bridge was closed."
    )
    s = analyse(pipeline, text).statements[-1]
    assert s.speaker_actor != "peskov-dmitry"


def test_descriptions_the_document_is_by_whoever_issued_it(pipeline: Pipeline) -> None:
    text = (
        "The upper house of the Polish parliament, the Senate, has passed a resolution in "
        'support of Ukraine. Peskov said the vote was hostile. "Ukraine faces a mortal '
        'danger," the resolution reads.'
    )
    a = analyse(pipeline, text)
    s = next(s for s in a.statements if "mortal" in s.content_text(text))
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Senate"


def _speaker_entity(a: Analysis, words: str) -> str | None:
    statement = next(s for s in a.statements if s.speaker and s.speaker.text == words)
    return statement.speaker_entity


def test_descriptions_analysts_named_with_their_body_speak_for_it(pipeline: Pipeline) -> None:
    text = (
        "The Institute for the Study of War (ISW) published a new report on Monday. "
        '"Russia will continue its attacks on Kharkiv," ISW analysts said. '
        "Russian analysts said the war would last for years."
    )
    a = analyse(pipeline, text)
    assert _speaker_entity(a, "ISW analysts") == "isw"
    assert _speaker_entity(a, "Russian analysts") is None  # a country's analysts: nobody


def test_descriptions_we_is_the_body_the_text_names_as_we(pipeline: Pipeline) -> None:
    text = (
        "The International Crimea Platform participants have issued a joint statement.\n\n"
        "We, the Participants in the International Crimea Platform, remain committed to "
        "the sovereignty of Ukraine.\n\n"
        # a past act: "We condemn …" in the present, outside quote marks, is the text's own
        # act, no statement (reportedly.attribution.writer_voice)
        "We condemned the continued practice of illegal conscription of Crimean residents."
    )
    a = analyse(pipeline, text)
    assert _speaker_entity(a, "We") == "international-crimea-platform"


def test_descriptions_a_we_nobody_names_stays_unresolved(pipeline: Pipeline) -> None:
    text = (
        "The International Crimea Platform met in Kyiv on Tuesday.\n\n"
        "We condemned the continued practice of illegal conscription of Crimean residents."
    )
    assert _speaker_entity(analyse(pipeline, text), "We") is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "the officials" are the officials the text named before
        (
            "The senior DIA officials said they do not believe Lukashenko would have any"
            " control. It would be controlled by Russia, the officials said.",
            "dia",
        ),
        # a reporter of a named outlet speaks for it
        (
            "Russia's war is causing so much suffering, an Ukrinform correspondent reports.",
            "ukrinform",
        ),
    ],
)
def test_descriptions_people_of_a_named_body_speak_for_it(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    assert analyse(pipeline, text).statements[-1].speaker_actor == actor


def test_descriptions_of_a_country_side_are_its_government(pipeline: Pipeline) -> None:
    text = "The talks were only a smoke screen, according to the Ukrainian side."
    assert analyse(pipeline, text).statements[-1].speaker_actor == "government-ukraine"


def test_descriptions_of_a_body_by_its_name_are_that_body(pipeline: Pipeline) -> None:
    text = "The war will go on, the Ukrainian agency Unian reported."
    assert analyse(pipeline, text).statements[-1].speaker_actor == "unian"
