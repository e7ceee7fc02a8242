"""Where the learned event model may add an event beside the rules (session 34)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from tests.events.parses import Row, build

from reportedly.events._tree import Sentence
from reportedly.events.actors import AliasResolver
from reportedly.events.coder import code_events
from reportedly.events.learned import EventModel, names_a_person
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Article, Event, Span

LEXICON = EventLexicon.load()
RESOLVER = AliasResolver.bundled()
LABELS = ("AGREE", "ASSAULT", "SUPPORT", "NONE")


def _sure(label: str) -> EventModel:
    """A model that gives every text ``label`` with probability 0.95."""

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        row = np.full(len(LABELS), 0.05 / (len(LABELS) - 1), dtype=np.float32)
        row[LABELS.index(label)] = 0.95
        return np.tile(row, (len(texts), 1))

    return EventModel(classify, LABELS)


def _code(rows: list[Row], label: str) -> tuple[str, tuple[Event, ...]]:
    text, annotation = build(rows)
    article = Article(id=Article.make_id(text), text=text)
    model = _sure(label)
    return text, code_events(
        article, annotation, (), resolver=RESOLVER, lexicon=LEXICON, model=model
    )


def _wounded(word: str, lemma: str, pos: str, ent: str) -> list[Row]:
    """ "<word> wounded two British soldiers ." """
    return [
        (word, lemma, pos, "nsubj", 1, ent),
        ("wounded", "wound", "VERB", "ROOT", 1, ""),
        ("two", "two", "NUM", "nummod", 4, "CARDINAL"),
        ("British", "british", "ADJ", "amod", 4, "NORP"),
        ("soldiers", "soldier", "NOUN", "dobj", 1, ""),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]


# "Kyiv expressed readiness for talks with Moscow ."
_EXPRESSED = [
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 1, "GPE"),
    ("expressed", "express", "VERB", "ROOT", 1, ""),
    ("readiness", "readiness", "NOUN", "dobj", 1, ""),
    ("for", "for", "ADP", "prep", 2, ""),
    ("talks", "talk", "NOUN", "pobj", 3, ""),
    ("with", "with", "ADP", "prep", 4, ""),
    ("Moscow", "Moscow", "PROPN", "pobj", 5, "GPE"),
    (".", ".", "PUNCT", "punct", 1, ""),
]


def test_a_person_no_actor_code_places_is_no_source_of_a_model_event() -> None:
    for word, lemma, pos, ent in (
        ("He", "he", "PRON", ""),
        ("Smith", "Smith", "PROPN", "PERSON"),
        ("People", "people", "NOUN", ""),
    ):
        assert _code(_wounded(word, lemma, pos, ent), "ASSAULT")[1] == (), word


def test_a_thing_or_a_placed_actor_may_be_a_model_event_s_source() -> None:
    for word, lemma, pos, ent in (
        ("Missiles", "missile", "NOUN", ""),
        ("Russia", "Russia", "PROPN", "GPE"),
        ("Agency", "agency", "PROPN", "ORG"),  # a body the resolver does not know
    ):
        text, events = _code(_wounded(word, lemma, pos, ent), "ASSAULT")
        assert [(e.type, e.trigger.text(text)) for e in events] == [("ASSAULT", "wounded")]


def test_the_head_of_a_phrase_says_whether_it_names_people() -> None:
    text, annotation = build(_wounded("Missiles", "missile", "NOUN", ""))
    sentence = Sentence(annotation, 0, text)
    soldiers = annotation.tokens[4]
    two_soldiers = annotation.tokens[2].span.start, soldiers.end
    assert names_a_person(sentence, Span(*two_soldiers), frozenset({"soldier"}))
    assert not names_a_person(sentence, Span(*two_soldiers), LEXICON.model_person_nouns)
    assert not names_a_person(sentence, annotation.tokens[0].span, frozenset({"soldier"}))


def test_the_verb_over_a_coded_event_noun_takes_no_second_event() -> None:
    text, events = _code(_EXPRESSED, "SUPPORT")
    assert [(e.type, e.trigger.text(text)) for e in events] == [("AGREE", "readiness")]
