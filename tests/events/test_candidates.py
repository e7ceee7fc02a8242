"""Tests for events.candidates on real parses: where an actor target or source sits beyond the
verb's nearest object (issue 14, session 7)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from conftest import MODEL
from reportedly.events._tree import Sentence
from reportedly.events.actors import AliasResolver
from reportedly.events.candidates import MAX_PER_VERB, candidates
from reportedly.events.coder import code_events
from reportedly.events.learned import EventModel
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Article

LEXICON = EventLexicon.load()
pytestmark = pytest.mark.needs_model


def _pairs(text: str) -> list[tuple[str, str, str]]:
    from reportedly.nlp import annotate

    annotation = annotate(text, model=MODEL)
    sentence = Sentence(annotation, 0, annotation.sentences[0].text(text))
    return [
        (c.predicate.text, c.source.text(text), c.target.text(text))
        for c in candidates(sentence, LEXICON.people_nouns, LEXICON.speech_verbs)
    ]


def test_an_actor_beyond_the_nearest_object_is_a_further_target() -> None:
    pairs = _pairs("The United States reduced military aid to Argentina by $17 million.")
    assert pairs[0] == ("reduced", "The United States", "military aid")
    assert ("reduced", "The United States", "Argentina") in pairs


def test_a_nominal_event_s_participant_is_a_target() -> None:
    pairs = _pairs("German police have launched an investigation into Christoph Metzelder.")
    assert ("launched", "German police", "Christoph Metzelder") in pairs


def test_the_subject_s_conjunct_is_a_target() -> None:
    pairs = _pairs("Syria and Israel have fired across the ceasefire line.")
    assert ("fired", "Syria", "Israel") in pairs


def test_a_pronoun_in_reported_speech_stands_for_the_speaker() -> None:
    pairs = _pairs("The Afghan government said it would free 1,500 Taliban prisoners.")
    assert ("free", "The Afghan government", "1,500 Taliban prisoners") in pairs


def test_a_relative_pronoun_stands_for_the_noun_it_modifies() -> None:
    pairs = _pairs("Trump cancelled the talks after a Taliban attack that killed a US soldier.")
    assert ("killed", "a Taliban attack", "a US soldier") in pairs


def test_an_adjective_s_subject_is_the_source_of_its_infinitive() -> None:
    pairs = _pairs("Colombia is ready to contribute troops to the security force.")
    assert next(p for p in pairs if p[0] == "contribute")[1] == "Colombia"


def test_a_further_target_must_name_an_actor_and_a_verb_has_at_most_two() -> None:
    pairs = _pairs("Germany gave 300 million euros to the fund for the reconstruction of roads.")
    given = [p for p in pairs if p[0] == "gave"]
    assert 1 <= len(given) <= MAX_PER_VERB
    assert all("roads" not in target for _, _, target in given[1:])


def test_a_purpose_infinitive_takes_the_main_clause_s_subject_as_its_source() -> None:
    from reportedly.nlp import annotate

    text = "Germany gave 352.5 million euros to promote private investment in Ethiopia."
    annotation = annotate(text, model=MODEL)

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.asarray(
            [[0.9, 0.1] if "<t>Ethiopia</t>" in t else [0.1, 0.9] for t in texts],
            dtype=np.float32,
        )

    events = code_events(
        Article(id=Article.make_id(text), text=text),
        annotation,
        (),
        resolver=AliasResolver.bundled(),
        lexicon=LEXICON,
        model=EventModel(classify, ("AID", "NONE")),
    )
    (event,) = events
    assert event.type == "AID"
    assert event.trigger.text(text) == "promote"
    assert event.source is not None
    assert event.source.text == "Germany"


def test_the_verb_over_a_rule_trigger_gets_no_event_of_its_own() -> None:
    from reportedly.nlp import annotate

    text = "Ukraine's parliament voted to ban the activities of parties linked to Russia."

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.tile(np.asarray([0.9, 0.1], dtype=np.float32), (len(texts), 1))

    events = code_events(
        Article(id=Article.make_id(text), text=text),
        annotate(text, model=MODEL),
        (),
        resolver=AliasResolver.bundled(),
        lexicon=LEXICON,
        model=EventModel(classify, ("AID", "NONE")),
    )
    assert [(e.type, e.trigger.text(text)) for e in events] == [("COERCE", "ban")]
