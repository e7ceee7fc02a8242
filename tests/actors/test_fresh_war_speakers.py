"""Tests of wrong speakers found on fresh war-news articles in session 13 (second pass): a
title's holder from a country the article never names, a body's name read as a person's, a
company that was a place named in a quote."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_a_bare_title_goes_to_no_holder_of_a_country_the_article_never_names(
    pipeline: Pipeline,
) -> None:
    text = (
        "Prime Minister of Sweden, Nils Ekberg, says the sanctions must stay.\n\n"
        "The head of the Swedish government said this at a ceremony in Stockholm.\n\n"
        "According to the chancellor, Europe must also stay vigilant about hybrid attacks."
    )
    a = analyse(pipeline, date(2024, 5, 9), text)
    assert speaker_name(a, speaker_of(a, "stay vigilant")) != "Olaf Scholz"


def test_a_bare_title_goes_to_the_holder_of_a_country_the_article_names(
    pipeline: Pipeline,
) -> None:
    text = (
        "Germany will send more air defence systems to Ukraine, Berlin said on Monday.\n\n"
        "According to the chancellor, the systems will arrive before the winter."
    )
    a = analyse(pipeline, date(2023, 5, 9), text)
    assert speaker_name(a, speaker_of(a, "arrive before the winter")) == "Olaf Scholz"


def test_an_embassy_of_a_country_is_a_body_not_a_person(pipeline: Pipeline) -> None:
    text = (
        "The party used a poster in its campaign for the local elections.\n\n"
        "In response, the Embassy of Georgia said that the poster was an insult to its people."
    )
    a = analyse(pipeline, date(2024, 5, 9), text)
    s = speaker_of(a, "an insult to its people")
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.kind == "organisation"
    assert entity.name == "Embassy of Georgia"


def test_the_company_is_no_place_named_only_in_a_quote(pipeline: Pipeline) -> None:
    text = (
        "Tour operators now sell trips to the front line.\n\n"
        "“In Lviv, Bucha, Irpin, there is normal life now,” said Anna Kovalenko, a guide.\n\n"
        "The company says profits from the tickets go to refugees."
    )
    a = analyse(pipeline, date(2022, 8, 9), text)
    assert speaker_name(a, speaker_of(a, "go to refugees")) is None


def test_who_after_a_title_of_a_body_is_the_title_holder_not_the_body(
    pipeline: Pipeline,
) -> None:
    text = (
        "We cannot remain silent now. We speak out. We are impressed by Karin Keller, Chair "
        "of the Nordic Council who, on Day 3 of the war, spoke out in favor of Georgia's "
        "accession to the European Union."
    )
    a = analyse(pipeline, date(2022, 3, 28), text)
    assert speaker_name(a, speaker_of(a, "accession to the European")) == "Karin Keller"


def test_the_report_after_a_new_report_by_an_unknown_author_is_not_the_last_speaker(
    pipeline: Pipeline,
) -> None:
    text = (
        "In May, the Organization for Security and Co-operation in Europe (OSCE) met to "
        "discuss the deportation of children. OSCE representatives said that there was "
        "“evidence of re-education”.\n\n"
        "These findings came in part from a report published by the Harbour Lab, a "
        "university-funded project. The report found that the children were adopted by families."
    )
    a = analyse(pipeline, date(2023, 6, 3), text)
    name = speaker_name(a, speaker_of(a, "were adopted by families"))
    assert name is None or "Harbour" in name


def test_the_statement_after_a_speaker_said_in_a_statement_is_that_speakers(
    pipeline: Pipeline,
) -> None:
    text = (
        "Moscow summoned the ambassador in protest, the Russian Foreign Ministry said in a "
        "statement released on Monday.\n\n"
        "“The ambassador was told that the remarks are hostile,” the statement continued."
    )
    a = analyse(pipeline, date(2024, 5, 7), text)
    name = speaker_name(a, speaker_of(a, "remarks are hostile"))
    assert name is not None
    assert "Foreign" in name


def test_we_in_a_quote_is_the_quotes_final_speaker_not_attributions_guess(
    pipeline: Pipeline,
) -> None:
    text = (
        "Vladimir Putin in reply to the question of reporter Ivan Petrov, why Moscow waited "
        "until 2022, stressed that the present war should not be mixed with the fighting in "
        "Donbas.- As for Donbass, we hoped that we could settle this matter peacefully.But "
        "as we now see, we were simply fooled - he says."
    )
    a = analyse(pipeline, date(2023, 3, 20), text)
    # since the tokenizer splits "Donbas.- As" the frame keeps its own subject; whatever
    # mention attribution gives the statement, it is Putin's, and a "we" is never another's
    assert speaker_name(a, speaker_of(a, "present war should not")) == "Vladimir Putin"
    said_by_we = [s for s in a.statements if s.speaker is not None and s.speaker.text == "we"]
    assert all(speaker_name(a, s) in {None, "Vladimir Putin"} for s in said_by_we)


def test_a_body_name_glued_to_a_persons_name_by_and_names_no_body(pipeline: Pipeline) -> None:
    text = (
        "Minister Ostap Kovalenko faces pressure at home.\n\n"
        "Reuters reported on Friday that tension may grow between Kovalenko and Den "
        "Administration officials, amid a dispute over intelligence.\n\n"
        "The administration believes that the war is imminent, a spokesman said."
    )
    a = analyse(pipeline, date(2022, 1, 29), text)
    by_body = [s for s in a.statements if s.speaker and s.speaker.text == "The administration"]
    assert by_body
    assert all("Kovalenko" not in (speaker_name(a, s) or "") for s in by_body)


def test_they_after_a_subject_joining_two_names_is_no_one_of_them(pipeline: Pipeline) -> None:
    text = (
        "The leaders of Poland and Lithuania met in Vilnius on Wednesday, according to a joint "
        "statement.\n\n"
        "Poland and Lithuania, which was also targeted by cyber attacks last year, would also "
        "bolster their cooperation across a range of energy projects, the statement said.\n\n"
        "They also pledged to “deepen cooperation” on border security and air defence."
    )
    a = analyse(pipeline, date(2023, 3, 1), text)
    s = speaker_of(a, "deepen cooperation")
    assert s.speaker is not None
    assert s.speaker.text == "They"
    assert speaker_name(a, s) is None


def test_the_authorities_in_a_capital_are_its_government(pipeline: Pipeline) -> None:
    text = (
        "Separatists accused the army of shelling their villages on Friday.\n\n"
        "The authorities in Kyiv have repeatedly said that they do not plan any offensive."
    )
    a = analyse(pipeline, date(2022, 2, 18), text)
    s = speaker_of(a, "do not plan any offensive")
    assert s.speaker_actor == "government-ukraine"


def test_the_authorities_in_a_city_are_no_government(pipeline: Pipeline) -> None:
    text = (
        "Shelling hit the north-east on Friday.\n\n"
        "The authorities in Kharkiv said that three people were wounded."
    )
    a = analyse(pipeline, date(2022, 2, 18), text)
    s = speaker_of(a, "three people were wounded")
    assert s.speaker_actor != "government-ukraine"


def test_a_name_given_an_age_is_a_person_whatever_its_label(pipeline: Pipeline) -> None:
    # the tagger labels this name a place in this context; only people have ages
    text = (
        "Mark Dalton, owner of Safe Routes, a UK-based firm that trains people for war zones, "
        "says even quiet areas can be risky.\n\n"
        "“I urge caution,” he tells CNN.\n\n"
        "The company says profits go to refugees.\n\n"
        "Oleksii Vlasenko, 32, a Kyiv-based business travel entrepreneur told CNN he joined one "
        "of the tours in June, visiting several cities. He said while he did not face any "
        "danger, there was a risk."
    )
    a = analyse(pipeline, date(2022, 8, 9), text)
    assert speaker_name(a, speaker_of(a, "did not face any danger")) in {
        "Vlasenko",
        "Oleksii Vlasenko",
    }
