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

    text = "Germany earmarked 352.5 million euros to promote private investment in Ethiopia."
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


# Session 8: pairs of actor mentions around a predicate beyond its objects.


def test_an_actor_in_a_clause_below_the_verb_is_a_target() -> None:
    pairs = _pairs("Ethiopia has agreed to allow the World Food Program to deliver food.")
    assert ("agreed", "Ethiopia", "the World Food Program") in pairs
    pairs = _pairs("The Afghan government said Taliban militants were responsible.")
    assert ("said", "The Afghan government", "Taliban militants") in pairs


def test_a_doer_after_from_is_the_source_against_the_subject() -> None:
    pairs = _pairs("Iran's government faces criticism from the U.N. over its detentions.")
    assert ("faces", "the U.N.", "Iran's government") in pairs


def test_the_actor_a_nominal_source_names_is_a_source() -> None:
    pairs = _pairs("A Taliban attack on a government compound in Badghis has killed 20 troops.")
    assert ("killed", "Taliban", "a government compound in Badghis") in pairs


def test_an_agentless_passive_s_place_is_the_source() -> None:
    pairs = _pairs("Victoire Ingabire was arrested in Rwanda for collaborating with a militia.")
    assert pairs == [("arrested", "Rwanda", "Victoire Ingabire")]


def test_a_verb_whose_subject_names_no_actor_gets_no_wider_pairs() -> None:
    pairs = _pairs("The report said the talks in Geneva would resume with Russia and Ukraine.")
    assert not any(p[0] == "said" for p in pairs)


def _code_with(text: str, classify: object) -> tuple:
    from reportedly.nlp import annotate

    return code_events(
        Article(id=Article.make_id(text), text=text),
        annotate(text, model=MODEL),
        (),
        resolver=AliasResolver.bundled(),
        lexicon=LEXICON,
        model=EventModel(classify, ("ACCUSE", "NONE")),  # type: ignore[arg-type]
    )


def test_a_model_event_keeps_the_pair_it_typed() -> None:
    text = "The Afghan government said Taliban militants were responsible."

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.asarray(
            [[0.9, 0.1] if "<t>Taliban militants</t>" in t else [0.1, 0.9] for t in texts],
            dtype=np.float32,
        )

    (event,) = _code_with(text, classify)
    assert (event.type, event.trigger.text(text)) == ("ACCUSE", "said")
    assert event.source is not None
    assert event.source.text == "The Afghan government"
    assert event.target is not None
    assert event.target.text == "Taliban militants"


def test_of_a_verb_s_candidates_the_likeliest_pair_is_coded() -> None:
    text = "The OIC noted the attack on the embassy by Israeli settlers."

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.asarray(
            [[0.95, 0.05] if "<t>Israeli settlers</t>" in t else [0.75, 0.25] for t in texts],
            dtype=np.float32,
        )

    events = _code_with(text, classify)
    assert [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.trigger.text(text) == "noted"] == [
        ("The OIC", "Israeli settlers")
    ]  # fmt: skip


# Session 9: a dateline is where the story was filed, never a source or target.


def test_a_dateline_is_neither_source_nor_target() -> None:
    for text, dateline in [
        ("KABUL (Pajhwok): The Taliban ambushed a police convoy in Afghanistan.", "KABUL"),
        ("KYIV, March 3 (Reuters) - Russian forces shelled the city of Kharkiv.", "KYIV"),
        ("THE HAGUE, Netherlands -- A United Nations prosecutor has charged a Rwandan.", "HAGUE"),
    ]:
        pairs = _pairs(text)
        assert pairs, text
        assert not any(
            dateline in side or "Reuters" in side or "Pajhwok" in side or "Netherlands" in side
            for _, source, target in pairs
            for side in (source, target)
        ), pairs
    assert ("ambushed", "The Taliban", "a police convoy") in _pairs(
        "KABUL (Pajhwok): The Taliban ambushed a police convoy in Afghanistan."
    )


def test_two_actors_modifying_one_noun_are_a_pair() -> None:
    # "British and EU negotiators": the first party and the second (session 10)
    pairs = _pairs("British and EU negotiators have failed to reach a deal on the Irish border.")
    assert ("failed", "British", "EU") in pairs


def test_an_institution_noun_names_an_actor() -> None:
    # neither side has a proper noun: "government" is an actor's noun (lexicon people_nouns)
    pairs = _pairs("The government also ordered the daily newspaper to suspend publication.")
    assert ("ordered", "The government", "the daily newspaper") in pairs


def test_a_finite_verb_parsed_as_a_noun_s_clause_has_the_noun_as_its_source() -> None:
    from reportedly.nlp import annotate

    text = (
        "Mikhail Khodorkovsky, a former Russian oil tycoon, called for sanctions against Belarus."
    )
    annotation = annotate(text, model=MODEL)
    called = next(t for t in annotation.tokens if t.text == "called")
    if called.dep != "acl":
        pytest.skip("this parse reads 'called' as the main verb")
    assert ("called", "Mikhail Khodorkovsky") in [(p, s) for p, s, _ in _pairs(text)]
