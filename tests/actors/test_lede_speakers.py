"""Tests of speakers found on fresh war news in session 15: a lede's description ("…, a UK
defence minister has said. James Heappey said …") is the person the next sentence names; a
pronoun glued to a closing quote (moment."He said) still continues a run of quotes; a person
named at the end of a body's phrase is not the body; "the organization" is the body that
spoke, not one named only inside its quoted words; "The Secretary-General of NATO, Jens
Stoltenberg and … Boris Johnson" is a joint speaker, not Johnson; "German news agency dpa"
is dpa; "the British minister" may be the Foreign Secretary."""

from __future__ import annotations

from datetime import date

from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

DAY = date(2022, 4, 26)


def test_a_ledes_indefinite_title_is_the_person_named_next(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Ukrainian forces may use Western weapons against supply lines, a British defence "
        "minister has said.\n\nTom Harwick said such strikes were a legitimate part of war.",
    )
    s = speaker_of(a, "Ukrainian forces may use")
    assert speaker_name(a, s) == "Tom Harwick"


def test_a_ledes_definite_description_is_the_person_named_next(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "The archbishop of Westbury has said the war cannot end with an unjust peace.\n\n"
        "Martin Colley, writing in a weekly newspaper, also said Kyiv must not be forced into "
        "a bad compromise.",
    )
    s = speaker_of(a, "the war cannot end")
    assert speaker_name(a, s) == "Martin Colley"


def test_a_ledes_official_stays_anonymous(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Russia is moving more troops to the border, a senior US official said.\n\n"
        "Tom Harwick said sanctions would follow any invasion.",
    )
    s = speaker_of(a, "Russia is moving")
    assert speaker_name(a, s) != "Tom Harwick"


def test_a_description_after_the_lede_is_no_cataphora(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Fighting went on in the east on Monday.\n\n"
        "Western weapons may be used against supply lines, a British defence minister said.\n\n"
        "Tom Harwick said such strikes were a legitimate part of war.",
    )
    s = speaker_of(a, "Western weapons may")
    assert speaker_name(a, s) != "Tom Harwick"


def test_a_pronoun_glued_to_a_closing_quote_continues_the_run(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2022, 2, 10),
        "On Thursday, the head of the British government Boris Johnson met with the NATO "
        "secretary general Jens Stoltenberg. They talked about Kiev.\n\n"
        'The British prime minister said that "the crisis is at its most dangerous moment."He '
        'said, "it is important to act in the next few days, as the news from Kiev is grim."',
    )
    s = speaker_of(a, "important to act")
    assert speaker_name(a, s) == "Boris Johnson"


def test_a_bodys_owner_named_after_it_is_not_the_body(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2023, 4, 4),
        "The couple divorced last summer.\n\n"
        "But according to the Foundation for Honest Courts (FHC) of the well-known lawyer "
        "Pavel Rudnev, the divorce was fictitious.",
    )
    s = speaker_of(a, "the divorce was fictitious")
    assert speaker_name(a, s) != "Pavel Rudnev"


def test_the_organization_is_the_body_that_spoke_not_one_its_words_name(
    pipeline: Pipeline,
) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Analysts at the Harbor Institute studied the region.\n\n"
        "Now, the Harbor Institute said: “The Russian Navy depends on the strait for its "
        "supplies.”\n\n"
        "Since 2014, the organization added, the fleet has “expanded and modernized.”",
    )
    s = speaker_of(a, "expanded and modernized")
    assert speaker_name(a, s) == "Harbor Institute"


def test_a_title_a_comma_and_two_people_are_a_joint_speaker(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2022, 6, 19),
        "The Secretary-General of NATO, Jens Stoltenberg and British Prime Minister Boris "
        "Johnson said that the West should prepare for a long war in Ukraine.",
    )
    s = speaker_of(a, "prepare for a long war")
    assert speaker_name(a, s) is None


def test_an_apposition_holding_and_is_still_one_speaker(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2022, 7, 26),
        "“Tehran will not take sides,” says Karim Rostami, the Iran correspondent of Asia "
        "Times and 2022 World Press Institute Fellow.",
    )
    s = speaker_of(a, "Tehran will not take sides")
    assert speaker_name(a, s) == "Karim Rostami"


def test_a_registry_name_written_in_lower_case_is_that_body(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2024, 4, 18),
        "The ministers met on the island on Thursday.\n\nGermany wants no further escalation "
        "in the region, German news agency dpa reported.",
    )
    s = speaker_of(a, "no further escalation")
    assert speaker_name(a, s) == "Deutsche Presse-Agentur"


def test_the_british_minister_may_be_the_foreign_secretary(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        date(2022, 2, 10),
        "Liz Truss met Sergei Lavrov in Moscow on Thursday.\n\n"
        '"We see the troops at the border as a threat," the British minister said.',
    )
    s = speaker_of(a, "as a threat")
    assert speaker_name(a, s) == "Liz Truss"
