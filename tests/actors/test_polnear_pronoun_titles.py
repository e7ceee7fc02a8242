"""Tests of wrong pronoun and description speakers found on PolNeAR train articles no rule
was tuned on (session 30): given names the lists lacked, a place the tagger once took for a
person, attribution's guess of the other gender, a description's state, and plural speakers
resolved to one person. The texts are cut from those articles."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

_SCHILLING = (
    "ESPN fired Curt Schilling on Wednesday over a Facebook post.\n\n"
    "After his suspension last season, Jessica Mendoza replaced Schilling on ESPN's marquee "
    "''Sunday Night Baseball'' broadcasts. He was subsequently reassigned to the network's "
    "games on Monday nights.\n\nLast month, he waded into politics on a Kansas City radio "
    "station when he suggested that Hillary Clinton ''should be buried under a jail "
    "somewhere'' if she gave classified information to enemies."
)


def test_polnear_a_womans_given_name_is_no_he(pipeline: Pipeline) -> None:
    # "Jessica" was in no name list: "he" went to Mendoza, the subject just before
    a = analyse(pipeline, date(2016, 4, 21), _SCHILLING)
    assert speaker_name(a, speaker_of(a, "buried under a jail")) == "Curt Schilling"


def test_polnear_a_womans_given_name_is_still_a_she(pipeline: Pipeline) -> None:
    text = (
        "Jessica Mendoza replaced Curt Schilling on ESPN's broadcasts. She said the job was "
        "the best one she had ever had."
    )
    a = analyse(pipeline, date(2016, 4, 21), text)
    assert speaker_name(a, speaker_of(a, "best one")) == "Jessica Mendoza"


_PARADIS = (
    "Jim Bennett and Sandy Paradis stand in front of a polling location in Manchester.\n\n"
    "Bennett said his community doesn't participate in the mudslinging. He said the majority "
    "of voters passing by were very polite.\n\n"
    "\u201cPeople go by and I just say, \u2018Thank you for voting,\u2019\u201d Bennett "
    "explained. \u201cThat\u2019s cool, I\u2019m just glad they\u2019re here voting.\u201d\n\n"
    "Paradis agrees. She said she\u2019ll leave the attacks and the insults to the "
    "politicians."
)


def test_polnear_she_is_never_a_man_attribution_guessed(pipeline: Pipeline) -> None:
    # "Sandy" is in no list, so Paradis has no gender; Jim Bennett is a man: not "She"
    a = analyse(pipeline, date(2016, 2, 12), _PARADIS)
    assert speaker_name(a, speaker_of(a, "leave the attacks")) != "Jim Bennett"


_RUBIO = (
    "The presidential candidates disclosed their favorite TV shows.\n\n"
    "Bernie Sanders, the independent Vermont senator who is challenging Clinton, named "
    "\u201cModern Family.\u201d\n\n"
    "Sen. Marco Rubio and former Gov. Jeb Bush have more in common than their Miami ties. "
    "They also enjoy similar shows. The Florida senator said he never misses an episode "
    "of \u201cThe Walking Dead,\u201d while the former Florida governor loves "
    "\u201cLilyhammer.\u201d"
)


def test_polnear_a_state_senator_is_not_another_states(pipeline: Pipeline) -> None:
    # Sanders is written as Vermont's senator: "the Florida senator" is not him (a quoted
    # title alone, "likes "The Walking Dead,"", is no statement since session 35)
    a = analyse(pipeline, date(2015, 12, 9), _RUBIO)
    assert speaker_name(a, speaker_of(a, "never misses")) != "Bernie Sanders"


def test_polnear_a_state_senator_no_name_is_written_with_stays(pipeline: Pipeline) -> None:
    # nobody is written with Vermont: salience keeps Sanders (PolNeAR dev, Sept. 2016)
    text = (
        "Bernie Sanders campaigned for Hillary Clinton in Ohio on Friday.\n\n"
        "\u201cThe American people do not agree with Trump,\u201d Sanders said.\n\n"
        "As far as whether Sanders still senses anger among his supporters, the Vermont "
        "senator acknowledged that there are still \u201csome people\u201d who feel that way."
    )
    a = analyse(pipeline, date(2016, 9, 16), text)
    assert speaker_name(a, speaker_of(a, "some people")) == "Bernie Sanders"


def test_polnear_police_are_not_the_detective_named_before(pipeline: Pipeline) -> None:
    text = (
        "The charge against Lewandowski is explained in an affidavit written by Marc "
        "Bujnowski, a detective with the Jupiter Police Department. Bujnowski also "
        "interviewed a reporter, Ben Terris, who saw the incident.\n\n"
        "After being informed that he would be charged, police said, Lewandowski "
        "voluntarily went to police headquarters."
    )
    a = analyse(pipeline, date(2016, 3, 30), text)
    assert speaker_name(a, speaker_of(a, "voluntarily went")) != "Marc Bujnowski"
