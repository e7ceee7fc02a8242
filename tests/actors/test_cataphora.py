"""Descriptions resolved to the name the article writes after them (actors/_cataphora.py)."""

from __future__ import annotations

from datetime import date

from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

DAY = date(2024, 5, 2)


def test_a_possessed_description_is_the_name_the_article_writes_after_the_same_words(
    pipeline: Pipeline,
) -> None:
    a = analyse(
        pipeline,
        DAY,
        "A Belarusian blogger was detained on Friday over posts about the war, his lawyer "
        "said. Ivan Petrenko is expected to appear in court on Monday, his lawyer Oleg "
        "Sidorenko said on Telegram.",
    )
    s = speaker_of(a, "A Belarusian blogger was detained")
    assert s.speaker is not None
    assert s.speaker.text == "his lawyer"
    assert speaker_name(a, s) == "Oleg Sidorenko"


def test_a_possessed_description_without_a_name_after_it_stays_unresolved(
    pipeline: Pipeline,
) -> None:
    a = analyse(
        pipeline,
        DAY,
        "A Belarusian blogger was detained on Friday over posts about the war, his lawyer "
        "said. Ivan Petrenko is expected to appear in court on Monday, Oleg Sidorenko said.",
    )
    s = speaker_of(a, "A Belarusian blogger was detained")
    assert s.speaker_resolution == "unresolved"


def test_a_name_after_the_descriptions_comma_is_no_apposition(pipeline: Pipeline) -> None:
    # "according to his lawyer, Dasha wrote": Dasha is the subject of what the lawyer says
    a = analyse(
        pipeline,
        DAY,
        "A Russian man, Igor Semyonov, who had been sentenced to two years in prison, was "
        "detained in Belarus after failing to turn up for a hearing, his lawyer told CNN on "
        "Wednesday.\n\nThis week, according to his lawyer, Dasha wrote her father a letter "
        "from the orphanage where she has been sent.",
    )
    for words in ("A Russian man", "Dasha wrote her father"):
        assert speaker_name(a, speaker_of(a, words)) != "Dasha"


def test_an_occupation_noun_is_the_name_the_article_introduced_with_it(
    pipeline: Pipeline,
) -> None:
    # the tagger takes "Rain" Jekaterina Kotrikadze for a work's title: no person; before,
    # "the journalist" went to the spokeswoman, the last person named
    a = analyse(
        pipeline,
        date(2023, 7, 12),
        "Maria Zacharowa, a spokeswoman for the Russian Ministry of Foreign Affairs, said on "
        "Tuesday that NATO was lying.\n\nJournalist of Russian independent television "
        '"Rain" Jekaterina Kotrikadze, reporting from Vilnius, talked about the summit.- All '
        "representatives of NATO countries repeat in Vilnius that Ukraine will enter the "
        "alliance - the journalist emphasized.",
    )
    s = speaker_of(a, "All representatives")
    assert speaker_name(a, s) == "Jekaterina Kotrikadze"


def test_an_apposed_name_the_tagger_cut_at_a_hyphen_is_the_speaker(
    pipeline: Pipeline,
) -> None:
    # "Karolina Hytrek" is tagged, "-Posiecka" is not: the description is her, not the
    # person named before
    a = analyse(
        pipeline,
        date(2023, 2, 28),
        "Dr. Occasional said the plan was not a peace plan.\n\n- China is a dominant element "
        "in this tandem - said the interlocutor Karolina Hytrek -Posiecka.",
    )
    s = speaker_of(a, "China is a dominant")
    assert speaker_name(a, s) == "Karolina Hytrek"


def test_the_outlets_own_correspondent_is_the_correspondent_it_named(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "BBC diplomatic correspondent James Landale, who is at the summit, says Western unity "
        "over the war has faltered. But the leaders were determined to put those divisions to "
        "bed, our correspondent adds.",
    )
    s = speaker_of(a, "put those divisions to bed")
    assert s.speaker is not None
    assert s.speaker.text == "our correspondent"
    assert speaker_name(a, s) == "James Landale"


def test_the_outlets_own_correspondent_is_no_other_person_named(pipeline: Pipeline) -> None:
    a = analyse(
        pipeline,
        DAY,
        "Vladimir Putin said the war would go on. But the leaders were determined to put those "
        "divisions to bed, our correspondent adds.",
    )
    s = speaker_of(a, "put those divisions to bed")
    assert s.speaker_resolution == "unresolved"
