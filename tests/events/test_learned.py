"""Tests for events.candidates and events.learned: candidate triples, the learned classifier
and how its verdicts join the rule coder's events."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from tests.events.parses import build

from reportedly.errors import ConfigError, InputError
from reportedly.events._tree import Sentence
from reportedly.events.actors import AliasResolver
from reportedly.events.candidates import Candidate, candidates, cut, mark
from reportedly.events.coder import code_events
from reportedly.events.evaluate_plv import (
    FoldModels,
    PlvRow,
    evaluate_plv_cv,
    marked_spans,
    plv_root,
)
from reportedly.events.learned import (
    EventModel,
    default_model_dir,
    load_event_model,
    plover_type,
    worth_judging,
)
from reportedly.events.lexicon import EventLexicon
from reportedly.events.plv_candidates import evaluate_candidates
from reportedly.model import Article, Span, Token

LEXICON = EventLexicon.load()
RESOLVER = AliasResolver.bundled()
LABELS = ("ACCUSE", "ASSAULT", "REJECT", "YIELD", "NONE")

# (text, lemma, pos, dep, head, ent_type): "Russian troops wounded two British soldiers ."
_WOUNDED = [
    ("Russian", "russian", "ADJ", "amod", 1, "NORP"),
    ("troops", "troop", "NOUN", "nsubj", 2, ""),
    ("wounded", "wound", "VERB", "ROOT", 2, ""),
    ("two", "two", "NUM", "nummod", 5, "CARDINAL"),
    ("British", "british", "ADJ", "amod", 5, "NORP"),
    ("soldiers", "soldier", "NOUN", "dobj", 2, ""),
    (".", ".", "PUNCT", "punct", 2, ""),
]
# "Moscow rejected Kyiv 's plan ." (a lexicon verb)
_REJECTED = [
    ("Moscow", "Moscow", "PROPN", "nsubj", 1, "GPE"),
    ("rejected", "reject", "VERB", "ROOT", 1, ""),
    ("Kyiv", "Kyiv", "PROPN", "poss", 4, "GPE"),
    ("'s", "'s", "PART", "case", 2, ""),
    ("plan", "plan", "NOUN", "dobj", 1, ""),
    (".", ".", "PUNCT", "punct", 1, ""),
]


def _fixed(label: str, p: float) -> EventModel:
    """A model that gives every text ``label`` with probability ``p``."""

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        row = np.full(len(LABELS), (1 - p) / (len(LABELS) - 1), dtype=np.float32)
        row[LABELS.index(label)] = p
        return np.tile(row, (len(texts), 1))

    return EventModel(classify, LABELS)


def _code(rows: list[tuple[str, str, str, str, int, str]], model: EventModel | None) -> tuple:
    text, annotation = build(rows)
    article = Article(id=Article.make_id(text), text=text)
    return text, code_events(
        article, annotation, (), resolver=RESOLVER, lexicon=LEXICON, model=model
    )


def test_mark_puts_the_markers_around_both_sides_in_either_order() -> None:
    text = "Kyiv was shelled by Russia."
    assert mark(text, 0, Span(20, 26), Span(0, 4)) == "<t>Kyiv</t> was shelled by <s>Russia</s>."
    assert mark(text[5:], 5, Span(20, 26), Span(9, 16)) == ("was <t>shelled</t> by <s>Russia</s>.")


def test_candidates_take_any_verb_with_a_subject_and_an_object() -> None:
    text, annotation = build(_WOUNDED)
    (candidate,) = candidates(Sentence(annotation, 0, text))
    assert candidate.predicate.text == "wounded"
    assert candidate.source.text(text) == "Russian troops"
    assert candidate.target.text(text) == "two British soldiers"
    assert candidate.marked == "<s>Russian troops</s> wounded <t>two British soldiers</t>."


def test_the_model_adds_an_event_the_lexicon_misses() -> None:
    assert "wound" not in LEXICON.verbs
    assert _code(_WOUNDED, None)[1] == ()
    text, (event,) = _code(_WOUNDED, _fixed("ASSAULT", 0.9))
    assert (event.type, event.rule, event.confidence) == ("ASSAULT", "model:ASSAULT", 0.9)
    assert event.trigger.text(text) == "wounded"
    assert event.source is not None
    assert event.source.text == "Russian troops"
    assert event.target is not None
    assert event.target.text == "two British soldiers"


def test_an_unsure_or_none_verdict_adds_nothing() -> None:
    assert _code(_WOUNDED, _fixed("ASSAULT", 0.3))[1] == ()
    assert _code(_WOUNDED, _fixed("NONE", 0.9))[1] == ()


def test_a_rule_event_keeps_its_type_and_takes_the_model_s_confidence() -> None:
    _, (rules,) = _code(_REJECTED, None)
    _, (agreed,) = _code(_REJECTED, _fixed("REJECT", 0.9))
    _, (doubted,) = _code(_REJECTED, _fixed("NONE", 0.9))
    assert rules.type == agreed.type == doubted.type == "REJECT"
    assert doubted.confidence < rules.confidence < agreed.confidence


def test_yield_becomes_the_lexicon_s_concede_or_retreat() -> None:
    assert plover_type("YIELD", "withdraw", LEXICON) == "RETREAT"
    assert plover_type("YIELD", "loosen", LEXICON) == "CONCEDE"
    assert plover_type("NONE", "withdraw", LEXICON) is None
    assert plv_root("RETREAT") == "YIELD"


def test_a_model_with_labels_that_are_not_plover_roots_is_refused() -> None:
    with pytest.raises(ConfigError, match="PLOVER roots"):
        EventModel(lambda texts: np.zeros((len(texts), 2), dtype=np.float32), ("ASSAULT", "FOO"))


def test_marked_spans_index_the_plain_sentence() -> None:
    marked = "<t>Iran</t> faces criticism from the <s>U.N.</s> today."
    source, target = marked_spans(marked)
    plain = "Iran faces criticism from the U.N. today."
    assert source is not None
    assert source.text(plain) == "U.N."
    assert target is not None
    assert target.text(plain) == "Iran"


def test_fold_models_refuse_a_text_their_fold_never_scored(tmp_path: Path) -> None:
    path = tmp_path / "cv.json"
    path.write_text(
        '{"labels": ["ASSAULT", "NONE"], "folds": {"plv/1": 0}, '
        '"probabilities": {"0\\tseen": [0.9, 0.1]}}',
        encoding="utf-8",
    )
    folds = FoldModels(path)
    model = folds.model(PlvRow(sentence="s", source="a", target="b", root="ASSAULT", id="plv/1"))
    assert model.judge(["seen"])[0].label == "ASSAULT"
    with pytest.raises(InputError, match="rerun the cross-validation"):
        model.judge(["unseen"])
    with pytest.raises(InputError, match="in no fold"):
        folds.model(PlvRow(sentence="s", source="a", target="b", root="ASSAULT", id="plv/2"))


def test_the_shipped_model_types_plain_events() -> None:
    model = load_event_model()
    assert (default_model_dir() / "MODEL.md").is_file()
    verdicts = model.judge(
        [
            "<s>Russian forces</s> shelled <t>the city of Kharkiv</t> overnight.",
            "<s>The Kremlin</s> rejected <t>the US conditions</t> for talks.",
            "<s>She</s> said <t>the weather</t> was fine.",
        ]
    )
    assert [v.label for v in verdicts] == ["ASSAULT", "REJECT", "NONE"]
    assert all(abs(sum(v.probabilities.values()) - 1) < 1e-3 for v in verdicts)


def test_cross_validated_figures_code_each_row_with_its_fold_s_model(tmp_path: Path) -> None:
    text, annotation = build(_WOUNDED)
    marked = "<s>Russian troops</s> wounded <t>two British soldiers</t>."
    probabilities = [0.02, 0.9, 0.02, 0.02, 0.04]
    path = tmp_path / "cv.json"
    path.write_text(
        json.dumps(
            {
                "labels": list(LABELS),
                "folds": {"plv/1": 3},
                "probabilities": {f"3\t{marked}": probabilities},
            }
        ),
        encoding="utf-8",
    )
    row = PlvRow(sentence=text, source="", target="", root="ASSAULT", id="plv/1", marked=marked)
    report = evaluate_plv_cv(
        [row], FoldModels(path), annotate=lambda texts: [annotation], lexicon=LEXICON,
        resolver=RESOLVER,
    )  # fmt: skip
    assert report["marked"]["accuracy"] == 1.0
    assert report["coded"]["coverage"] == 1.0
    assert report["coded"]["source_accuracy"] == report["coded"]["target_accuracy"] == 1.0
    assert report["coded"]["per_root"]["ASSAULT"]["f1"] == 1.0


def test_an_unmarked_side_is_not_scored_as_a_wrong_actor(tmp_path: Path) -> None:
    text, annotation = build(_WOUNDED)
    both = "<s>Russian troops</s> wounded <t>two British soldiers</t>."
    source_only = "<s>Russian troops</s> wounded two British soldiers."  # PLV: "a recipient"
    probabilities = [0.02, 0.9, 0.02, 0.02, 0.04]
    path = tmp_path / "cv.json"
    path.write_text(
        json.dumps(
            {
                "labels": list(LABELS),
                "folds": {"plv/1": 0, "plv/2": 0},
                "probabilities": {f"0\t{both}": probabilities, f"0\t{source_only}": probabilities},
            }
        ),
        encoding="utf-8",
    )
    rows = [
        PlvRow(sentence=text, source="", target="", root="ASSAULT", id=f"plv/{n}", marked=m)
        for n, m in ((1, both), (2, source_only))
    ]
    report = evaluate_plv_cv(
        rows, FoldModels(path), annotate=lambda texts: [annotation] * len(texts),
        lexicon=LEXICON, resolver=RESOLVER,
    )  # fmt: skip
    assert report["coded"]["coverage"] == 1.0
    assert report["coded"]["source_accuracy"] == 1.0
    assert report["coded"]["target_accuracy"] == 1.0  # was 0.5: the unmarked target counted


def test_a_window_keeps_the_pair_the_predicate_and_a_few_words_either_side() -> None:
    text = "After a week of talks , Moscow rejected Kyiv 's plan on Monday in a statement ."
    source, target = Span(24, 30), Span(40, 44)
    predicate = Token(
        i=6, start=31, end=39, text="rejected", lemma="reject", pos="VERB", tag="VBD", dep="ROOT",
        head=6, sent=0,
    )  # fmt: skip
    marked = mark(text, 0, source, target)
    candidate = Candidate(predicate, source, target, marked, text, 0)
    assert candidate.window(-1) == marked
    assert candidate.window(2) == "talks , <s>Moscow</s> rejected <t>Kyiv</t> 's plan"
    assert candidate.window(0) == "<s>Moscow</s> rejected <t>Kyiv</t>"
    assert candidate.window(50) == marked
    # offsets index the article: the same sentence further in gives the same window
    moved = Candidate(
        replace(predicate, start=131, end=139),
        Span(124, 130),
        Span(140, 144),
        marked,
        text,
        100,
    )
    assert moved.window(2) == candidate.window(2)
    # the pair alone (PLV marks no predicate): the words around the source and target
    assert cut(text, 0, source, target, None, 1) == ", <s>Moscow</s> rejected <t>Kyiv</t> 's"
    assert cut(text, 0, source, target, predicate.span, 2) == candidate.window(2)


def test_the_model_reads_the_window_its_settings_name() -> None:
    seen: list[str] = []

    def classify(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        seen.extend(texts)
        return np.tile(np.asarray([0.9, 0.1], dtype=np.float32), (len(texts), 1))

    _code(_WOUNDED, EventModel(classify, ("ASSAULT", "NONE"), window=0))
    assert seen == ["<s>Russian troops</s> wounded <t>two British soldiers</t>"]


def test_a_candidate_on_a_rule_trigger_that_coded_nothing_is_not_judged() -> None:
    text, annotation = build(_REJECTED)
    sentence = Sentence(annotation, 0, text)
    candidate, _ = candidates(sentence)  # the object, then the actor it names ("Kyiv")
    claimed = [candidate.predicate.span]
    assert worth_judging([candidate], [], claimed) == []
    _, (event,) = _code(_REJECTED, None)
    assert worth_judging([candidate], [event], claimed) == [candidate]
    assert worth_judging([candidate], [], []) == [candidate]


def test_candidate_coverage_counts_rows_whose_pair_a_candidate_reaches() -> None:
    wounded_text, wounded = build(_WOUNDED)
    rejected_text, rejected = build(_REJECTED)
    rows = [
        PlvRow(
            sentence=wounded_text,
            source="Russian troops",
            target="two British soldiers",
            root="ASSAULT",
            id="plv/1",
            marked="<s>Russian troops</s> wounded <t>two British soldiers</t>.",
        ),
        # the pair the other way round: no candidate has it, no event is coded for it
        PlvRow(
            sentence=rejected_text,
            source="Kyiv",
            target="Moscow",
            root="REJECT",
            id="plv/2",
            marked="<t>Moscow</t> rejected <s>Kyiv</s>'s plan.",
        ),
    ]
    annotations = {wounded_text: wounded, rejected_text: rejected}
    report = evaluate_candidates(
        rows,
        annotate=lambda texts: [annotations[t] for t in texts],
        lexicon=LEXICON,
        resolver=RESOLVER,
    )
    assert report["rows"] == 2
    assert (report["pair"], report["touching"], report["per_row"]) == (0.5, 0.5, 1.5)
    assert (report["oracle_coverage"], report["oracle_accuracy"]) == (0.5, 0.5)
    assert report["oracle_target_accuracy"] == 1.0
    # "wound" is no lexicon verb; the rules' "Moscow rejected Kyiv" is on neither marked side
    assert report["rules_coverage"] == 0.0
    parts = report["parts"]
    assert parts["read"]["rows"] + parts["unread"]["rows"] == 2


# "Kyiv said Moscow deported people ." (a speech verb with a clause)
_SAID = [
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 1, "GPE"),
    ("said", "say", "VERB", "ROOT", 1, ""),
    ("Moscow", "Moscow", "PROPN", "nsubj", 3, "GPE"),
    ("deported", "deport", "VERB", "ccomp", 1, ""),
    ("people", "people", "NOUN", "dobj", 3, ""),
    (".", ".", "PUNCT", "punct", 1, ""),
]
# "The strike was near Poland ." (a copula)
_WAS = [
    ("The", "the", "DET", "det", 1, ""),
    ("strike", "strike", "NOUN", "nsubj", 2, ""),
    ("was", "be", "VERB", "ROOT", 2, ""),
    ("near", "near", "ADP", "prep", 2, ""),
    ("Poland", "Poland", "PROPN", "pobj", 3, "GPE"),
    (".", ".", "PUNCT", "punct", 2, ""),
]


def test_a_speech_verb_with_a_clause_takes_no_material_act_of_the_model() -> None:
    text, annotation = build(_SAID)
    found = candidates(Sentence(annotation, 0, text), speech=LEXICON.speech_verbs)
    assert [c.predicate.text for c in found if c.reports] == ["said"]
    _, events = _code(_SAID, _fixed("ASSAULT", 0.95))
    assert all(e.trigger.text(text) != "said" for e in events)
    # what saying can be, it may be: an accusation
    _, accused = _code(_SAID, _fixed("ACCUSE", 0.95))
    assert any(e.trigger.text(text) == "said" and e.type == "ACCUSE" for e in accused)


def test_a_copula_is_no_predicate_of_the_model_s_events() -> None:
    assert _code(_WAS, _fixed("ASSAULT", 0.95))[1] == ()
