"""Tests of speakers found wrong in the session-10 audit of unseen war-news articles: a
document after one its subject did not issue, a region read as a country, "the authorities"
after the body that accused, the UN refugee agency, a dash glued to a pronoun, a name that
only modifies a noun."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

ON = date(2023, 6, 14)


def test_a_document_is_not_of_one_its_subject_only_ignored(pipeline: Pipeline) -> None:
    text = (
        "But there have been consistent reports that Moscow has ignored that warning. The "
        "Reuters news agency reported earlier this year that Russian forces had used tear gas. "
        "The report added that at least 500 Ukrainian soldiers have been treated for exposure "
        "to toxic gases."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "500 Ukrainian soldiers").speaker_actor == "reuters"


def test_a_region_is_no_country_and_an_indefinite_body_someone_new(pipeline: Pipeline) -> None:
    text = (
        "The deal had been gutted by Biden's predecessor, Donald Trump. The former Director of "
        "an intelligence service in Latin America, who declined to have his name used, "
        "indicated that his country had found evidence of money laundering."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "found evidence").speaker_actor is None


def test_the_authorities_are_the_body_that_accused(pipeline: Pipeline) -> None:
    text = (
        "The Ukrainian Security Service on August 26 accused the colonel of war crimes. The "
        "authorities accuse him of commanding the occupation of a psychiatric hospital."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "commanding the occupation").speaker_actor == "sbu"


def test_the_un_refugee_agency_is_unhcr(pipeline: Pipeline) -> None:
    text = (
        "The war in Ukraine has driven the largest annual increase of displaced people in "
        "decades, according to the United Nations refugee agency."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "largest annual increase").speaker_actor == "unhcr"


def test_a_dash_glued_to_a_pronoun_is_no_name(pipeline: Pipeline) -> None:
    text = (
        "Senator Tom Kowalski said in an interview that the aid must go on.\n\n"
        "- We cannot allow Ukraine to fall -he said.\n\n"
        "He also said that the delay helped Moscow."
    )
    a = analyse(pipeline, ON, text)
    assert all(e.name.lstrip("-") != "he" for e in a.entities)
    assert speaker_name(a, speaker_of(a, "delay helped")) == "Tom Kowalski"


def test_a_document_named_by_a_registry_body_before_its_noun(pipeline: Pipeline) -> None:
    text = (
        "A U.S. intelligence report said Beijing possibly provided equipment used in Ukraine "
        "that might have military applications."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "possibly provided").speaker_actor == "us-intelligence-community"


def test_a_surname_takes_the_gender_of_the_given_name_written_before_it(
    pipeline: Pipeline,
) -> None:
    # the tagger keeps "Amanpour" apart from the full name: "He" is never the interviewer
    text = (
        "Zelensky told CNN's Chief International Anchor Christiane Amanpour that he disagreed. "
        "Amanpour also asked Zelensky about the use of US intelligence. He said he was "
        '"grateful for the work" of both intelligence services.'
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "grateful").speaker_actor == "zelenskyy-volodymyr"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In separate comments published on Sunday, Stoltenberg and Johnson also confirmed "
            "that Western governments should continue to support Ukraine.",
            "continue to support",
        ),
        (
            "Xi and Russian President Vladimir Putin declared before the February invasion that "
            'their governments had a "no-limits" friendship.',
            "no-limits",
        ),
    ],
)
def test_joint_speakers_are_neither_alone(pipeline: Pipeline, text: str, words: str) -> None:
    # the gold names nobody for "X and Y said"; one of them alone would misattribute
    a = analyse(pipeline, ON, text)
    s = speaker_of(a, words)
    assert s.speaker_entity is None
    assert s.speaker_resolution == "unresolved"


def test_a_name_of_one_body_with_and_is_one_speaker(pipeline: Pipeline) -> None:
    text = (
        "Filip Ejdus, a security analyst and a Belgrade university professor, said the new "
        "government would keep its course."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_name(a, speaker_of(a, "keep its course")) == "Filip Ejdus"


def test_a_website_tagged_as_a_person_is_no_antecedent(pipeline: Pipeline) -> None:
    text = (
        "In an interview with PAP, Deputy Minister of Foreign Affairs Piotr Wawrzyk confirmed "
        "that Poland supports the extension of EU sanctions - says the portal Belsat.eu.\n\n"
        "As he noted, all European Union countries are not consent."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_name(a, speaker_of(a, "not consent")) == "Piotr Wawrzyk"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "U.S. defense officials say it is likely Putin will try an offensive.",
            "us-department-of-defense",
        ),
        ("U.S. officials say it is likely Putin will try an offensive.", "government-usa"),
    ],
)
def test_officials_of_a_country_named_by_a_word_of_its_ministry(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "try an offensive").speaker_actor == actor


def test_the_n_year_old_is_the_person_described_before(pipeline: Pipeline) -> None:
    text = (
        "Florida Governor Ron DeSantis dismissed the invasion as a territorial dispute. "
        "The 44-year-old has not officially announced his intention to challenge Mr Trump "
        "for the Republican nomination."
    )
    a = analyse(pipeline, ON, text)
    s = next(s for s in a.statements if s.speaker is not None and "year-old" in s.speaker.text)
    assert speaker_name(a, s) == "Ron DeSantis"


def test_officials_of_a_body_speak_for_it(pipeline: Pipeline) -> None:
    text = (
        "Officials of the American administration told journalists that the conversation "
        'was "substantive".'
    )
    a = analyse(pipeline, ON, text)
    assert speaker_of(a, "substantive").speaker_actor == "government-usa"


def test_a_party_before_a_title_and_name_joins_nobody(pipeline: Pipeline) -> None:
    text = (
        "- I do not feel comfortable - said Law and Justice MP Marek Suski in an interview "
        "with Radio Plus, noting that the Germans have already attacked Poland once."
    )
    a = analyse(pipeline, ON, text)
    assert speaker_name(a, speaker_of(a, "attacked Poland")) == "Marek Suski"
