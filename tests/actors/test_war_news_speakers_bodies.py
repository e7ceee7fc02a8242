"""Tests of speakers found wrong on war-news dev late in session 12: a capital that holds a
view, a group noun glued to a name, a source only a country qualifies."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_a_capital_that_holds_a_view_is_its_government(pipeline: Pipeline) -> None:
    text = (
        "And while the invasion was sold by neoconservatives around Bush as a way to remake "
        "the Middle East as more stable and democratic, the result was often the opposite."
        "\n\nThere is a credible argument that, in Tehran, Saddam’s fall was seen as an "
        "impetus, rather than a discouragement, for nuclear enrichment, as it also lit the "
        "spark for the Islamic State insurgency and exacerbated long-festering tensions "
        "between Iran and Saudi Arabia."
    )
    a = analyse(pipeline, date(2023, 3, 19), text)
    s = speaker_of(a, "impetus")
    assert s.speaker_actor == "government-iran"


def test_a_plural_person_noun_before_a_name_is_no_part_of_it(pipeline: Pipeline) -> None:
    text = (
        "In March, Russian oil firm Lukoil called for an end to the conflict in Ukraine.\n\n"
        "Oligarchs Mikhail Fridman and Oleg Deripaska also spoke out against the conflict in "
        "late February following Russia’s invasion.\n\nFridman, who was born in western "
        "Ukraine, said in a letter to staff "
        'that he wanted the “bloodshed to end."'
    )
    a = analyse(pipeline, date(2022, 4, 20), text)
    assert speaker_name(a, speaker_of(a, "bloodshed")) == "Mikhail Fridman"


def test_a_source_only_a_country_qualifies_is_nobody(pipeline: Pipeline) -> None:
    text = (
        "A moratorium on Ukraine’s eligibility for Nato accession was not on the table for "
        "Germany, a German source told Reuters. German government sources said the "
        "chancellor would offer more money."
    )
    a = analyse(pipeline, date(2022, 2, 14), text)
    assert speaker_of(a, "moratorium").speaker_actor is None
    assert speaker_of(a, "more money").speaker_actor == "government-germany"


def test_a_country_adjective_cut_off_as_the_speaker_is_no_country(pipeline: Pipeline) -> None:
    text = (
        "MINSK, 17 September (BelTA) – Polish, Lithuanian and Latvian politicians naively "
        "expect to earn their future in the new realities, Belarusian President Aleksandr "
        'Lukashenko said at the patriotic forum "This is OUR History!" to mark the Day of '
        "People's Unity in Minsk on 17 September, BelTA has learned.\n\n"
        '"The collapse of Ukraine has already begun. Polish, Lithuanian and Latvian '
        "politicians, apparently, naively expect earn their future in the new geopolitical "
        "realities. They repeat the mistake of the late 1930s - early 1940s. You remember how "
        'everyone licked the boots of Nazi Germany and Hitler. "'
    )
    a = analyse(pipeline, date(2022, 9, 17), text)
    # The quote standing alone after the dateline paragraph closes at its paragraph's end
    # (session 13), so it is Lukashenko's; before, "Polish" was cut off as its speaker.
    assert all(s.speaker_actor != "country-poland" for s in a.statements)
    quoted = [
        s
        for s in a.statements
        if s.kind == "direct" and "collapse" in text[s.content[0].start : s.content[-1].end]
    ]
    assert [s.speaker_actor for s in quoted] == ["lukashenko-alexander"]


def test_a_capital_inside_a_speaker_phrase_stays_a_place(pipeline: Pipeline) -> None:
    text = (
        "Ukraine’s ambassador in London, Vadym Prystaiko, suggested to the BBC earlier that "
        "Kyiv “might” consider shelving its Nato ambition to avoid war."
    )
    a = analyse(pipeline, date(2022, 2, 14), text)
    assert speaker_name(a, speaker_of(a, "might")) == "Vadym Prystaiko"
    assert not any(e.actor_id == "government-uk" for e in a.entities)
