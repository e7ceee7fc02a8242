"""Session 32's speaker shapes from the war-news dev errors, on written sentences (issue 13): a
run of quotes broken by a name the tagger missed, a person of a named firm, a possessor the
parser took for the head, a clause glued onto a speaker phrase, and a run of "It" sentences."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

DAY = date(2023, 3, 27)

_SERBIA = (
    "The Minister of Foreign Affairs Serbia Ivica Markovic repeated that Serbia would not join "
    "the sanctions. Markovic noted that trade with Russia had fallen.\n\n{who} warned on March "
    '13 that the country "pays a high price for its position."He added that he was in favour '
    "of joining the restrictions."
)


@pytest.mark.parametrize(
    ("who", "expected"),
    [("The advice of Basta", "Basta"), ("The office of Mr Basta", None)],
)
def test_a_speaker_between_breaks_the_run(
    pipeline: Pipeline, who: str, expected: str | None
) -> None:
    # "He added" goes on from whoever spoke just before, never Markovic of the run before
    a = analyse(pipeline, DAY, _SERBIA.format(who=who))
    assert speaker_name(a, speaker_of(a, "joining the restrictions")) == expected


def test_the_chairman_of_a_named_firm_is_not_the_last_man_named(pipeline: Pipeline) -> None:
    text = (
        'Oleg Petrenko wrote in a post on Telegram: "Peace is very important!"\n\n'
        "Earlier this month, the chairman of the Serbian steel firm Zelezara called for an "
        "impartial investigation into the killing of civilians."
    )
    a = analyse(pipeline, DAY, text)
    assert speaker_of(a, "impartial investigation").speaker_entity is None


def test_a_clause_glued_onto_the_speaker_is_not_its_head(pipeline: Pipeline) -> None:
    text = (
        "The summit participants have issued a joint statement following the event.\n\n"
        "That’s according to the Ukrainian President’s Office, Ukrinform reports."
    )
    a = analyse(pipeline, DAY, text)
    assert speaker_of(a, "joint statement").speaker_actor == "office-president-ukraine"


def test_it_goes_on_through_sentences_that_open_with_it(pipeline: Pipeline) -> None:
    text = (
        "Britain is coming to Ukraine's aid. It is threatening economic sanctions against Russia "
        "if it invades. It's providing Ukraine with anti-tank weapons.\n\n"
        "It's promising to deploy British forces to eastern European members of Nato."
    )
    a = analyse(pipeline, DAY, text)
    assert speaker_of(a, "deploy British forces").speaker_actor == "country-uk"


def test_a_possessor_the_parser_made_the_head_owns_the_name_apposed_to_it() -> None:
    # "Petrov’s daughter Masha drew", parsed as the war-news article was: "Petrov" the
    # subject, "’s" a case mark, "daughter" apposed to Petrov and "Masha" to "daughter"
    from types import SimpleNamespace

    from reportedly.actors._doc import Doc
    from reportedly.actors._speaker_heads import _SpeakerHeads
    from reportedly.model import Span, Token

    words = [
        ("Petrov", "PROPN", "NNP", "nsubj", 4),
        ("’s", "PART", "POS", "case", 0),
        ("daughter", "NOUN", "NN", "appos", 0),
        ("Masha", "PROPN", "NNP", "appos", 2),
        ("drew", "VERB", "VBD", "ROOT", 4),
    ]
    tokens, at = [], 0
    for i, (word, pos, tag, dep, head) in enumerate(words):
        start = at if word != "’s" else at - 1
        tokens.append(
            Token(
                i=i,
                start=start,
                end=start + len(word),
                text=word,
                lemma=word,
                pos=pos,
                tag=tag,
                dep=dep,
                head=head,
                sent=0,
            )
        )
        at = start + len(word) + 1
    doc = Doc(SimpleNamespace(tokens=tuple(tokens)))  # type: ignore[arg-type]
    phrase = Span(tokens[0].start, tokens[3].end)
    owned = _SpeakerHeads._owned_after_possessor(SimpleNamespace(doc=doc), 0, phrase)  # type: ignore[arg-type]
    assert owned == 3
    # a head with no "’s" after it owns nothing
    assert _SpeakerHeads._owned_after_possessor(SimpleNamespace(doc=doc), 2, phrase) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On Wednesday, EU leaders meeting in Brussels vowed to ramp up sanctions.",
            "european-council",
        ),
        ("EU officials said the bloc would ramp up sanctions.", "european-union"),
    ],
)
def test_a_unions_leaders_speak_as_the_body_they_meet_in(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    a = analyse(pipeline, date(2024, 4, 18), text)
    assert speaker_of(a, "ramp up sanctions").speaker_actor == actor
