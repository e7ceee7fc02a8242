"""Tests of speakers found wrong on war-news dev in session 12: a name the tagger missed after
a title, a subject inside a speaker phrase that runs on, a bare title a body specifies."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_an_untagged_name_after_a_title_is_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "The Baltic states want to stop issuing visas to Russians.\n\n"
        "In turn, the President of Latvia Egils Levits said that the permission to stay in "
        "the European Union should be withdrawn."
    )
    a = analyse(pipeline, date(2022, 8, 14), text)
    assert speaker_name(a, speaker_of(a, "permission to stay")) == "Egils Levits"


def test_a_misspelt_name_after_a_title_is_the_registry_person(pipeline: Pipeline) -> None:
    text = (
        "Putin was also to tell Modie that Ukraine rejected negotiations. In turn, the "
        "President of Ukraine Wołodymyr Zelnski emphasizes that he will never accept the "
        '"Peace", which will allow Russia to preserve Ukrainian land.'
    )
    a = analyse(pipeline, date(2022, 9, 16), text)
    s = speaker_of(a, "never accept")
    assert s.speaker_actor == "zelenskyy-volodymyr"


def test_the_subject_of_a_speaker_phrase_that_runs_on_speaks(pipeline: Pipeline) -> None:
    text = (
        "However, PiS politicians are of a different opinion.\n\n- Maybe I am allergic, but "
        "when I hear about the fact that the Germans are starting to arm, I do not feel "
        "comfortable - said Law and Justice MP Marek Suski in an interview with Radio Plus, "
        "noting that the Germans have already attacked Poland once."
    )
    a = analyse(pipeline, date(2022, 6, 9), text)
    assert speaker_name(a, speaker_of(a, "do not feel comfortable")) == "Marek Suski"


def test_a_bare_title_a_named_body_specifies_is_its_holder_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "The PiS president Jarosław Kaczyński said that maybe now is the best time to demand "
        "compensation from Germany.\n\n"
        '"Anyway, when we said that we would be seriously armed, the Germans said they too" - '
        "said PiS president."
    )
    a = analyse(pipeline, date(2022, 6, 9), text)
    assert speaker_name(a, speaker_of(a, "seriously armed")) == "Jarosław Kaczyński"


def test_it_is_the_name_opening_the_sentence_before_when_its_subject_is_lost(
    pipeline: Pipeline,
) -> None:
    text = (
        "Britain - like other western powers - is coming to Ukraine's aid. It's threatening "
        "economic sanctions against Russia if it invades. It's providing Ukraine with "
        "anti-tank weapons and armoured vehicles."
    )
    a = analyse(pipeline, date(2022, 1, 30), text)
    assert speaker_of(a, "economic sanctions").speaker_actor == "country-uk"


def test_a_pronoun_skips_the_names_of_a_headline_in_capitals(pipeline: Pipeline) -> None:
    text = (
        "Pentagon press secretary John Kirby said the United States stands with its allies.\n\n"
        '"This force is designed to deter aggression, and we expect them to move in the '
        'coming days," Kirby said.\n\n'
        "BIDEN WARNS RUSSIA OF 'SWIFT AND SEVERE CONSEQUENCES' IF THEY ATTACK UKRAINE\n\n"
        'He added that the force from Fort Bragg is "trained and equipped for a variety of '
        'missions."'
    )
    a = analyse(pipeline, date(2022, 2, 2), text)
    assert speaker_of(a, "Fort Bragg").speaker_actor == "kirby-john"


def test_the_government_is_never_a_ministry_named_before(pipeline: Pipeline) -> None:
    text = (
        "The Ministry of Commerce said it would limit exports of some drones.\n\n"
        "The government has described its dealings with Russia as normal economic and trade "
        "cooperation."
    )
    a = analyse(pipeline, date(2023, 7, 31), text)
    assert speaker_name(a, speaker_of(a, "normal economic")) != "Ministry of Commerce"


def test_a_title_after_a_possessive_the_parser_left_apart_is_resolved(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Agency’s Spokesman, Vadym Skibitsky, said that Ukraine was always on alert.\n\n"
        "Polling has indicated that only about 3% of Belarussians would support direct "
        "military involvement in Ukraine.\n\n"
        "The spies’ spokesman said that, at this point, the most serious threat emanating from "
        "the north was sabotage."
    )
    a = analyse(pipeline, date(2022, 7, 25), text)
    assert speaker_name(a, speaker_of(a, "most serious threat")) == "Vadym Skibitsky"


def test_a_number_before_a_description_is_no_possessor(pipeline: Pipeline) -> None:
    text = (
        "- The era of Vladimir Putin will end in the next 12 months - believes Christopher "
        "Steele, who managed the Russian Faculty of British intelligence in 2006-2009.The "
        "former spy stated in an interview with Sky News that the worst scenario would be the "
        "sudden death of Putin."
    )
    a = analyse(pipeline, date(2023, 7, 29), text)
    assert speaker_name(a, speaker_of(a, "worst scenario")) == "Christopher Steele"


def test_a_cue_verb_the_tagger_took_for_a_name_speaks_for_nobody(pipeline: Pipeline) -> None:
    text = (
        'Export controls will take effect Tuesday to prevent use of drones for "non-peaceful '
        'purposes," the Ministry of Commerce said in a statement. It said exports still will '
        "be allowed but didn’t say what restrictions would apply.\n\n"
        "CHINA USING TIKTOK AS ‘INDOCTRINATION MACHINE’ AGAINST AMERICA’S YOUTH, GOP SENATOR "
        "WARNS\n\n"
        "China is a leading developer and exporter of drones."
    )
    a = analyse(pipeline, date(2023, 7, 31), text)
    assert speaker_name(a, speaker_of(a, "TIKTOK")) != "WARNS"


def test_the_official_is_the_body_of_an_unnamed_official_introduced_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "“I shared again with the state councilor that we are concerned about the PRC’s "
        "alignment with Russia,” Blinken told a news conference after the talks.\n\n"
        "After the meeting, a US official said “neither side held back”.\n\n"
        "“We were very open about where our differences are, but the tone was very "
        "professional,” the official said."
    )
    a = analyse(pipeline, date(2022, 7, 10), text)
    assert speaker_of(a, "very open").speaker_actor == "government-usa"


def test_they_after_a_bodys_people_as_subject_is_that_body(pipeline: Pipeline) -> None:
    text = (
        "Oleh Synehubov, the governor of Kharkiv region, said Russia has started repeat "
        "strikes.\n\n"
        "Rescuers from Ukraine's State Emergencies Service DSNS often arrive to deal with the "
        "aftermath of Russian attacks before everyone else, and they also say the threat of "
        "repeat strikes is becoming ever more frequent."
    )
    a = analyse(pipeline, date(2024, 4, 14), text)
    assert speaker_of(a, "ever more frequent").speaker_actor == "dsns-ukraine"


def test_a_name_the_parser_apposed_from_past_the_verb_is_not_the_speaker(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Ukrainian media community has urged foreign colleagues to use accurate terms.\n\n"
        "The authors of the letter also mentioned that four media professionals had already "
        "been killed by the Russian military: Oleksandra Kuvshynova, Brent Renaud, Evgen Sakun "
        "and Pierre Zakrzewski."
    )
    a = analyse(pipeline, date(2022, 3, 23), text)
    assert speaker_name(a, speaker_of(a, "four media professionals")) != "Oleksandra Kuvshynova"


def test_the_report_is_the_body_it_was_reported_by(pipeline: Pipeline) -> None:
    text = (
        "The arrest of former Russian officer and ardent ultranationalist Igor Girkin aka "
        "Strelkov on July 21 may be the public manifestation of a shifting balance of power "
        "among Kremlin factions.\n\n"
        "This was reported by the Institute for the Study of War in its latest update, seen "
        "by Ukrinform.\n\n"
        "This could possibly be “to the detriment of the Russian Federal Security Service "
        "(FSB), in which Girkin had served,” the report notes."
    )
    a = analyse(pipeline, date(2023, 7, 22), text)
    assert speaker_name(a, speaker_of(a, "to the detriment")) == "Institute for the Study of War"


def test_it_never_goes_back_to_a_possessor_or_a_list_cut_off_as_a_sentence(
    pipeline: Pipeline,
) -> None:
    text = (
        "After the collapse of the Soviet Union, NATO pushed eastward, bringing into the fold "
        "most of the Eastern European nations that had been in the Communist orbit. In 2004, "
        "NATO added the former Soviet Baltic republics Estonia, Latvia and Lithuania. Four "
        "years later, it declared its intention to offer membership to Ukraine some day in "
        "the distant future.\n\n"
        "Rishi Sunak says vaguely that Ukraine’s “rightful place” is in Nato. Germany’s "
        "reliably insipid chancellor, Olaf Scholz, won’t discuss Kyiv’s membership until the "
        "war is over.\n\n"
        "They claim to be acting responsibly."
    )
    a = analyse(pipeline, date(2023, 7, 8), text)
    assert speaker_of(a, "offer membership").speaker_actor != "country-estonia"
    assert speaker_of(a, "acting responsibly").speaker_actor != "country-germany"
