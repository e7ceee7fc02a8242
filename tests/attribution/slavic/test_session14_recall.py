"""Russian and Ukrainian frames and speakers added in session 14 (issue 17)."""

from __future__ import annotations

from dataclasses import replace

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
