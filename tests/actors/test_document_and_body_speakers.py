"""Tests of document and organisation speaker causes seen on PolNeAR train (session 34), on
sentences written for them: a body's noun that only modifies another name's head, a body of
a person of no office, a civic body's noun after a government, coordinated documents, a
document's relaying agent, the widest name in a document's "from" phrase, a time after the
phrase, a capitalised common word the tagger took for a person, a glued full stop, and a
document's fallback to a body that spoke before someone else did."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.actors._body_words import heads_name
from reportedly.actors._state import without_glued_stop
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_a_noun_heads_a_name_only_as_its_last_word_or_before_a_preposition() -> None:
    assert heads_name("committee", "House Intelligence Committee")
    assert heads_name("ministry", "Ministry of Defence of Ukraine")
    assert heads_name("center", "Center for Strategic Studies")
    assert not heads_name("campaign", "Campaign Legal Center")
    assert not heads_name("campaign", "Center for Naval Analyses")


def test_a_full_stop_glued_to_a_name_in_capitals_is_dropped() -> None:
    assert without_glued_stop("E3G.") == "E3G"
    assert without_glued_stop("the nonprofit KLM.") == "the nonprofit KLM"
    assert without_glued_stop("U.S.") == "U.S."
    assert without_glued_stop("Acme Inc.") == "Acme Inc."


def test_a_campaign_is_no_body_whose_name_it_only_modifies(pipeline: Pipeline) -> None:
    text = (
        "Paid speeches are common, said Ruth Albers, an attorney with the Campaign Ethics "
        "Center. Dobbs's campaign said he had stopped giving paid speeches in March."
    )
    a = analyse(pipeline, date(2016, 1, 10), text)
    # the "campaign" of "Campaign Ethics Center" modifies its head, "Center"
    assert speaker_name(a, speaker_of(a, "stopped giving paid speeches")) is None


def test_a_campaign_of_a_person_is_the_body_named_with_that_person(pipeline: Pipeline) -> None:
    text = (
        "The Dobbs Campaign Committee raised $2 million in March, Mark Dobbs told donors. "
        "Dobbs's committee said on Tuesday it would spend half of it on television."
    )
    a = analyse(pipeline, date(2016, 1, 10), text)
    assert speaker_name(a, speaker_of(a, "spend half of it")) == "Dobbs Campaign Committee"


def test_an_association_is_no_government_named_before(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- The bank's president will serve a second term.\n\n"
        "The staff association said the choice had been made behind closed doors."
    )
    a = analyse(pipeline, date(2016, 8, 26), text)
    assert speaker_name(a, speaker_of(a, "behind closed doors")) is None


def test_two_documents_are_joint_speakers(pipeline: Pipeline) -> None:
    text = (
        "Scenes from the film were described to him by a Post reporter.\n\n"
        "The book and the film claim that Martin Keane held the team back for an hour."
    )
    a = analyse(pipeline, date(2016, 1, 16), text)
    assert speaker_name(a, speaker_of(a, "held the team back")) is None


def test_who_relays_a_document_did_not_write_it(pipeline: Pipeline) -> None:
    text = (
        "Mark Dobbs founded the company in 2004. He kept most of it, according to court "
        "documents reported previously by The Washington Post."
    )
    a = analyse(pipeline, date(2016, 5, 29), text)
    assert speaker_name(a, speaker_of(a, "kept most of it")) is None


def test_a_report_released_by_a_body_last_year_is_that_bodys(pipeline: Pipeline) -> None:
    text = (
        "Still, the new count is higher than previous studies have suggested - a report "
        "released by the Carnegie Endowment for Peace last year estimated that at least "
        "46,000 accounts were fake."
    )
    a = analyse(pipeline, date(2016, 2, 8), text)
    name = speaker_name(a, speaker_of(a, "46,000 accounts"))
    assert name is not None
    assert "Carnegie Endowment" in name


def test_a_document_from_a_body_is_the_widest_name_there(pipeline: Pipeline) -> None:
    text = (
        "The account praised the attack, according to a report from the SITE "
        "Intelligence Group, which tracks militant communications."
    )
    a = analyse(pipeline, date(2016, 2, 8), text)
    assert speaker_name(a, speaker_of(a, "praised the attack")) == "SITE Intelligence Group"


def test_a_capitalised_common_word_opening_a_sentence_writes_no_poll(
    pipeline: Pipeline,
) -> None:
    text = (
        "Clinton won South Carolina by a wide margin.\n\n"
        "Exit polling showed that she won every group except voters under 30."
    )
    a = analyse(pipeline, date(2016, 2, 28), text)
    assert speaker_name(a, speaker_of(a, "every group except")) is None


def test_a_document_goes_on_from_no_body_after_others_spoke(pipeline: Pipeline) -> None:
    text = (
        "The Washington Post intervened in April, arguing that the public had an interest "
        "in the records.\n\n"
        "Dobbs and his attorneys have said the company would reopen after the case is "
        "resolved.\n\n"
        'Judge Ortiz seemed unconvinced. Dobbs\'s "claim is speculative," the order '
        "released Friday said."
    )
    a = analyse(pipeline, date(2016, 5, 29), text)
    assert speaker_name(a, speaker_of(a, "claim is speculative")) != "Washington Post"


def test_a_document_named_again_is_from_whom_it_was_first_said_to_be(
    pipeline: Pipeline,
) -> None:
    text = (
        "Super PAC ad hits Dobbs on violence.\n\n"
        "MIAMI — The violence at Mark Dobbs's rallies is the focus of a new television ad "
        "from Our Values PAC, which is spending millions against him.\n\n"
        "The ad concludes that Dobbs is too reckless to be president."
    )
    a = analyse(pipeline, date(2016, 3, 12), text)
    assert speaker_name(a, speaker_of(a, "too reckless")) == "Our Values PAC"


def test_an_untagged_acronym_before_a_document_is_the_body_it_spells(
    pipeline: Pipeline,
) -> None:
    text = (
        "Federal Election Commission regulations say candidates must divide their "
        "expenses. A 1996 FEC advisory opinion added that paid speeches count only if the "
        "speaker asks for donations."
    )
    a = analyse(pipeline, date(2015, 12, 15), text)
    assert speaker_name(a, speaker_of(a, "paid speeches count")) == "Federal Election Commission"


def test_a_campaign_no_name_holds_is_not_the_last_body_named(pipeline: Pipeline) -> None:
    text = (
        "Sanders supporters could shape the Democratic Party's message at the convention. "
        "On Saturday, his campaign said every vote made the movement stronger."
    )
    a = analyse(pipeline, date(2016, 4, 26), text)
    assert speaker_name(a, speaker_of(a, "made the movement stronger")) != "Democratic Party"


def test_an_outlet_that_reported_sentences_before_runs_no_poll(pipeline: Pipeline) -> None:
    text = (
        "The Washington Post reported on Monday that two states could decide the race.\n\n"
        "Both states award all their delegates to the winner. Dobbs needs 60 percent of "
        "the remaining delegates. Keane needs 68 percent.\n\n"
        "The most recent polling in Ohio shows Keane closing the gap to five points."
    )
    a = analyse(pipeline, date(2016, 3, 8), text)
    assert speaker_name(a, speaker_of(a, "closing the gap")) != "Washington Post"


def test_a_platform_publishes_no_ones_video(pipeline: Pipeline) -> None:
    text = (
        "Pascal Hess almost missed the flight. A 2010 YouTube video shows that he loved "
        "photographing rock concerts."
    )
    a = analyse(pipeline, date(2016, 5, 19), text)
    assert speaker_name(a, speaker_of(a, "loved photographing")) is None


def test_a_study_by_two_authors_has_no_one_speaker(pipeline: Pipeline) -> None:
    text = (
        "In 2007, a study by William Seltzer of Fordham University and Margo Anderson of "
        "the University of Wisconsin proved that the bureau had provided names."
    )
    a = analyse(pipeline, date(2015, 11, 24), text)
    assert speaker_name(a, speaker_of(a, "had provided names")) is None


def test_an_interviews_label_is_no_one(pipeline: Pipeline) -> None:
    text = (
        "Questions and answers have been edited for length.\n\n"
        "Q: Did the immigration service take care of you?\n\n"
        "A: No, no one did."
    )
    a = analyse(pipeline, date(2016, 5, 6), text)
    assert speaker_name(a, speaker_of(a, "take care of you")) is None


def test_an_outlet_is_the_name_written_before_its_noun(pipeline: Pipeline) -> None:
    text = '"The Cruz train has already left the station," wrote Time magazine.'
    a = analyse(pipeline, date(2016, 4, 15), text)
    assert speaker_name(a, speaker_of(a, "left the station")) == "Time"


def test_records_speak_for_the_body_named_before_them(pipeline: Pipeline) -> None:
    text = (
        "Dobbs is paying $75 to run a 30-second spot on the local news, according to "
        "Federal Communications Commission records."
    )
    a = analyse(pipeline, date(2015, 11, 27), text)
    name = speaker_name(a, speaker_of(a, "30-second spot"))
    assert name == "Federal Communications Commission"


def test_an_untagged_agent_filing_a_document_is_its_author(pipeline: Pipeline) -> None:
    text = (
        "The groups have money left. Disclosures filed Sunday night by Conservative "
        "Solutions showed that it had raised $2 million in February."
    )
    a = analyse(pipeline, date(2016, 3, 22), text)
    assert speaker_name(a, speaker_of(a, "raised $2 million")) == "Conservative Solutions"


def test_a_joint_poll_of_two_outlets_has_no_one_speaker(pipeline: Pipeline) -> None:
    text = (
        "Nothing about the nominee will excite the base. A Washington Post-ABC News poll "
        "last week found that 63 percent of Americans want a hearing."
    )
    a = analyse(pipeline, date(2016, 3, 18), text)
    assert speaker_name(a, speaker_of(a, "63 percent")) is None


def test_a_bodys_description_no_rule_resolves_keeps_no_guess(pipeline: Pipeline) -> None:
    text = (
        "Mark Dobbs needs to win Ohio, and the Republican Party knows it.\n\n"
        "Mr. Dobbs's campaign is making an urgent case to the party's voters that it is "
        "time to unite behind him."
    )
    a = analyse(pipeline, date(2016, 2, 25), text)
    assert speaker_name(a, speaker_of(a, "time to unite")) != "Republican Party"
