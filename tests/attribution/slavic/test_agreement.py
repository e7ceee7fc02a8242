"""A cue verb's number and its subject's (attribution/slavic/agreement.py)."""

from __future__ import annotations

from reportedly.attribution.slavic.agreement import agrees, gender_allows
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import Span
from reportedly.nlp import ukrainian


def test_number_agreement() -> None:
    text = "Так вирішили, передає УНН, сказали західні країни, заявив Петренко."
    parse = SlavicParse(ukrainian.annotate(text), "uk")
    tokens = parse.tokens
    verb = {t.text: t.i for t in tokens}

    def span(words: str) -> Span:
        return Span(text.index(words), text.index(words) + len(words))

    assert agrees(parse, verb["передає"], span("УНН"))  # an acronym's number is a guess
    assert agrees(parse, verb["сказали"], span("західні країни"))
    assert agrees(parse, verb["заявив"], span("Петренко"))
    assert not agrees(parse, verb["передає"], span("західні країни"))


def test_a_past_verb_gender_allows_a_noun_of_its_gender_and_a_plural_verb_any() -> None:
    text = "Марія заявив. Сенат повідомив. Сенатори заявили."
    parse = SlavicParse(ukrainian.annotate(text), "uk")
    word = {t.text: t for t in parse.tokens}
    assert not gender_allows(parse, word["Марія"], word["заявив"])
    assert gender_allows(parse, word["Сенат"], word["повідомив"])
    assert gender_allows(parse, word["Сенатори"], word["заявили"])
