"""Russian and Ukrainian frames and speakers added in session 14 (issue 17)."""

from __future__ import annotations

from dataclasses import replace

from tests.attribution.slavic.speaking import analyse, speakers

from reportedly import pipeline_slavic
from reportedly.attribution.slavic.phrases import SlavicParse, _date_end
from reportedly.model import Annotation


def test_a_date_after_a_weekday_is_read_by_the_dictionary_when_the_tagger_gives_no_lemma() -> None:
    text = "Він заявив у понеділок, 19 листопада, головний представник ЄС."
    [annotation] = pipeline_slavic.annotate("uk", [(text, [])])
    tokens = list(annotation.tokens)
    month = next(t for t in tokens if t.text == "листопада")
    tokens[month.i] = replace(month, lemma="листопада")  # a tagger that left it as written
    parse = SlavicParse(
        Annotation(tokens=tuple(tokens), sentences=annotation.sentences, entities=()), "uk"
    )
    day = next(t.i for t in tokens if t.text == "понеділок")
    assert tokens[_date_end(parse, day)].text == "головний"


def test_za_danymy_is_an_according_to_cue_though_the_tagger_reads_an_adjective() -> None:
    text = "За даними МОЗ, майже 2,5 мільйона осіб отримали першу з двох доз."
    found = analyse(text, "uk").statements
    assert [(s.cue.text(text) if s.cue else None, s.act) for s in found] == [
        ("За даними", "speech")
    ]
    assert [s[1] for s in speakers(text, "uk")] == ["Міністерство охорони здоров'я"]


def test_a_polls_findings_are_an_other_statement_not_speech() -> None:
    text = "За даними соціологічних опитувань, Байден набирає 52% голосів, а Трамп — 43%."
    assert [s.act for s in analyse(text, "uk").statements] == ["other"]
    text = "По данным опроса ВЦИОМ, большинство россиян поддерживают это решение."
    assert [s.act for s in analyse(text, "ru").statements] == ["other"]


def test_a_minus_sign_typed_for_a_dash_introduces_the_frame_after_a_quote() -> None:
    text = '"Я доведу цю справу до кінця", − підкреслила Мей.'
    assert [s[2] for s in speakers(text, "uk")] == ["may-theresa"]
    assert analyse(text, "uk").statements[0].kind == "direct"
