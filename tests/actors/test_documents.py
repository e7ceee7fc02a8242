"""Documents as speakers: the document a speaker-less frame names speaks for its issuer, and
a new document's issuer may be named in the sentence after it (issue 13)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2024, 5, 6)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # the document's own "of" names its issuer
        (
            "Biden spoke with Putin for an hour. In the message of the White House on the "
            'conversation, it was stated that "the United States will respond quickly and '
            'decisively."',
            "will respond quickly",
            "government-usa",
        ),
        # "a statement" with no issuer of its own: the body that spoke before
        (
            "The European Council said on Thursday that it would extend the sanctions. "
            '"The European Union will continue to support Ukraine for as long as it is '
            'needed" - was assured in a statement.',
            "will continue to support",
            "european-council",
        ),
    ],
)
def test_documents_a_passive_frames_document_speaks_for_its_issuer(
    pipeline: Pipeline, text: str, words: str, actor: str
) -> None:
    said = speaker_of(analyse(pipeline, DAY, text), words)
    assert said.speaker is None
    assert said.speaker_actor == actor


def test_documents_a_joint_document_in_a_passive_frame_speaks_for_nobody(
    pipeline: Pipeline,
) -> None:
    text = (
        "Russia and China met in Beijing. In a joint statement, it was stated that "
        '"the talks were constructive and friendly."'
    )
    said = speaker_of(analyse(pipeline, DAY, text), "talks were constructive")
    assert said.speaker_actor is None


def test_documents_a_new_documents_issuer_named_in_the_next_sentence(
    pipeline: Pipeline,
) -> None:
    text = (
        "Russia will remain a serious threat for years, a U.S. spy report says.\n\n"
        "The Intelligence Community released its annual threat assessment report on Monday."
    )
    said = speaker_of(analyse(pipeline, DAY, text), "serious threat")
    assert said.speaker_actor == "us-intelligence-community"


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence issues nothing
        "Russia will remain a serious threat for years, a U.S. spy report says.\n\n"
        "The Intelligence Community met in Washington on Monday.",
        # "the report" is one known before, not a new one the next sentence introduces
        "Russia will remain a serious threat for years, the report says. The Intelligence "
        "Community released its annual report on Monday.",
    ],
)
def test_documents_no_issuer_from_a_next_sentence_that_issues_no_new_document(
    pipeline: Pipeline, text: str
) -> None:
    said = speaker_of(analyse(pipeline, DAY, text), "serious threat")
    assert said.speaker_actor is None


def test_documents_in_the_latter_case_is_no_document(pipeline: Pipeline) -> None:
    text = (
        "Credit Suisse said it would review the entries. In the latter case, it was added: "
        '"The company recruits soldiers for the Russian army."'
    )
    said = speaker_of(analyse(pipeline, DAY, text), "recruits soldiers")
    assert said.speaker_actor is None


def test_a_document_released_by_someones_ministry_speaks_for_the_ministry_they_head(
    pipeline: Pipeline,
) -> None:
    a = analyse(
        pipeline,
        date(2022, 7, 10),
        "Wang Yi met Antony Blinken in Bali. Wang exchanged views on the Ukraine issue during "
        "the talks, according to a statement released by his ministry.",
    )
    s = speaker_of(a, "Wang exchanged views")
    assert s.speaker is not None
    assert s.speaker.text == "a statement released by his ministry"
    assert s.speaker_actor == "mfa-china"
