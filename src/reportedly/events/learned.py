"""The learned event classifier: a PLOVER root type, or NONE, for each candidate triple.

The model (``data/event_model``, trained by ``scripts/train_event_model.py`` on the PLV
sentences of the Zero-Shot-PLOVER work and event-free PolNeAR sentences; see its MODEL.md)
reads a sentence with the candidate's source and target marked and gives probabilities over
the 15 PLV roots and NONE. PLV keeps CAMEO's YIELD, which PLOVER splits: a YIELD verdict is
the lexicon's CONCEDE or RETREAT for the predicate when it has one, else CONCEDE.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from reportedly._per_process import load_once
from reportedly.errors import ConfigError
from reportedly.events._match import Match
from reportedly.events._participants import _Actors, _same_actor
from reportedly.events._tree import Sentence
from reportedly.events.candidates import Candidate
from reportedly.events.lexicon import EventLexicon, Rule
from reportedly.events.plover import load_ontology
from reportedly.model import EVENT_TYPES, Event, EventActor, EventType, Span

CodeMatch = Callable[[Match], Event | None]  # the rule coder reading a match's clause
Classify = Callable[[Sequence[str]], npt.NDArray[np.float32]]
NONE = "NONE"
THRESHOLD = 0.7  # a new event needs its type this probable (chosen on the gold dev split)
OVERRIDE: float | None = None  # a verb rule's type yields to a verdict this sure (None: never)
WINDOW = 6  # the shipped model reads this many words either side of a candidate (-1: all)
AGREE_WEIGHT = 0.5  # a rule event's confidence: this share from the model, the rest the rule's


@dataclass(frozen=True, slots=True)
class Verdict:
    """The model's reading of one candidate: its most probable label and the probabilities."""

    label: str  # a PLV root or NONE
    probability: float
    probabilities: dict[str, float]

    def of(self, type_: str) -> float:
        """The probability the model gives a PLOVER type (YIELD's for CONCEDE and RETREAT)."""
        if type_ in ("CONCEDE", "RETREAT"):
            return self.probabilities.get("YIELD", 0.0) + self.probabilities.get(type_, 0.0)
        return self.probabilities.get(type_, 0.0)


class EventModel:
    """A classifier over marked sentences with its label names."""

    def __init__(
        self,
        classify: Classify,
        labels: Sequence[str],
        *,
        threshold: float = THRESHOLD,
        window: int = -1,
    ):
        unknown = set(labels) - set(EVENT_TYPES) - {NONE, "YIELD"}
        if unknown:
            raise ConfigError(f"event model labels not PLOVER roots: {sorted(unknown)}")
        self._classify = classify
        self.labels = tuple(labels)
        self.threshold = threshold
        self.window = window  # words of context either side of a candidate (-1: the sentence)

    def judge(self, texts: Sequence[str]) -> list[Verdict]:
        """One verdict per marked text, in one batched call."""
        if not texts:
            return []
        probabilities = self._classify(texts)
        verdicts = []
        for row in probabilities:
            best = int(np.argmax(row))
            table = {label: float(p) for label, p in zip(self.labels, row, strict=True)}
            verdicts.append(Verdict(self.labels[best], float(row[best]), table))
        return verdicts


def plover_type(label: str, lemma: str, lexicon: EventLexicon) -> EventType | None:
    """The PLOVER type for a verdict's label on a predicate (None for NONE)."""
    if label == NONE:
        return None
    if label == "YIELD":
        for rule in lexicon.verbs.get(lemma, ()):
            if rule.type in ("CONCEDE", "RETREAT"):
                return rule.type
        return "CONCEDE"
    for type_ in EVENT_TYPES:
        if type_ == label:
            return type_
    return None


def _verbal(type_: EventType) -> bool:
    """A PLOVER type of the verbal quads (what saying can be: "said the Taliban were
    responsible" accuses them); a material act is told of, coded on its own verb."""
    return load_ontology().types[type_].quad.startswith("verbal")


def names_a_person(sentence: Sentence, span: Span, people_nouns: frozenset[str]) -> bool:
    """Whether the phrase at ``span`` names a person or people: its head a pronoun, a person's
    name or a noun of people ("he", "Beth Van Schaack", "14,000 people")."""
    inside = [t for t in sentence if span.start <= t.start < span.end]
    for token in inside:
        head = sentence.head(token)
        if head is None or head is token or not span.start <= head.start < span.end:
            return (
                token.pos == "PRON"
                or token.ent_type == "PERSON"
                or token.lemma_or_word in people_nouns
            )
    return False


def _unplaced_person(
    source: EventActor | None, span: Span, sentence: Sentence | None, people: frozenset[str]
) -> bool:
    """An event's source that is no actor the article places: none, or a person or people
    with no actor code ("he argued against intervention", "14,000 people have died")."""
    if source is None:
        return True
    if source.code is not None or sentence is None:
        return False
    return names_a_person(sentence, source.span or span, people)


def _model_match(candidate: Candidate, type_: EventType) -> Match:
    """A match standing for a candidate the model typed, so the rules read its clause."""
    verb = candidate.predicate
    rule = Rule(name=f"model:{type_}", type=type_)
    pair = (candidate.source, candidate.target)
    return Match(kind="model", rule=rule, trigger=(verb,), anchor=verb, head=verb, pair=pair)


def _blocked(candidate: Candidate, taken: Sequence[Span]) -> bool:
    """A rule claimed the candidate's verb or an event noun in its object ("has no plans to
    leave"): the model may not add an event there."""
    return any(
        t.start <= candidate.predicate.start < t.end
        or candidate.target.start <= t.start < candidate.target.end
        for t in taken
    )


def worth_judging(
    found: Sequence[Candidate], coded: Sequence[Event], claimed: Sequence[Span]
) -> list[Candidate]:
    """The candidates whose verdict can matter: on a rule event's trigger (its confidence), or
    where the model may add an event; the rest are not sent to the model."""
    taken = [*claimed, *(e.trigger for e in coded)]
    return [
        c
        for c in found
        if any(e.trigger.start <= c.predicate.start < e.trigger.end for e in coded)
        or not _blocked(c, taken)
    ]


def with_model(
    coded: list[Event],
    found: list[Candidate],
    verdicts: list[Verdict],
    code: CodeMatch,
    actors: _Actors,
    lexicon: EventLexicon,
    threshold: float,
    claimed: Sequence[Span] = (),
    *,
    sentence: Sentence | None = None,
) -> list[Event]:
    """The rule events with the model's confidence, and the model's events the rules missed
    (not on a word a rule claimed: ``claimed`` holds every rule trigger, consumed or not; not
    by a person ``sentence`` names whom no actor code places)."""
    events = list(coded)
    taken = [*claimed, *(e.trigger for e in coded)]
    people = lexicon.model_person_nouns
    for n, event in enumerate(events):
        verdict = next(
            (
                v
                for c, v in zip(found, verdicts, strict=True)
                if event.trigger.start <= c.predicate.start < event.trigger.end
            ),
            None,
        )
        if verdict is None:
            continue
        mixed = (1 - AGREE_WEIGHT) * event.confidence + AGREE_WEIGHT * verdict.of(event.type)
        event = replace(event, confidence=round(mixed, 2))
        if OVERRIDE is not None and event.rule.startswith("verb:") and event.counts:
            lemma = event.rule.removeprefix("verb:")
            type_ = plover_type(verdict.label, lemma, lexicon)
            if type_ is not None and type_ != event.type and verdict.probability >= OVERRIDE:
                event = replace(
                    event,
                    type=type_,
                    mode=None,
                    cameo=None,
                    rule=f"verb:{lemma}+model:{type_}",
                    confidence=round(verdict.probability, 2),
                )
        events[n] = event
    # the surest reading first: of a verb's candidates (one event a verb), the likeliest pair
    ranked = sorted(zip(found, verdicts, strict=True), key=lambda cv: -cv[1].probability)
    for candidate, verdict in ranked:
        lemma = candidate.predicate.lemma.lower()
        type_ = plover_type(verdict.label, lemma, lexicon)
        if (
            type_ is None
            or verdict.probability < threshold
            or lemma in lexicon.model_not_predicates
        ):
            continue
        if candidate.reports and not _verbal(type_):
            continue  # "Ukraine said Moscow deported ...": the act is "deported", not "said"
        if _blocked(candidate, taken):
            continue
        new = code(_model_match(candidate, type_))
        if new is None or _unplaced_person(new.source, candidate.source, sentence, people):
            continue
        target = new.target
        if target is None or target.code is None:
            picked = actors.from_span(candidate.target)
            if target is None or picked.code is not None:
                target = picked
        if _same_actor(new.source, target) or any(
            e.type == new.type and _same_actor(e.source, new.source) for e in events
        ):
            continue
        taken.append(candidate.predicate.span)
        events.append(replace(new, target=target, confidence=round(verdict.probability, 2)))
    return sorted(events, key=lambda e: e.trigger.start)


def default_model_dir() -> Path:
    return Path(str(resources.files("reportedly.events") / "data" / "event_model"))


def load_event_model(directory: Path | None = None) -> EventModel:
    """The event classifier in ``directory`` (the shipped one by default), once per process."""
    return load_once("event classifier", directory or default_model_dir(), _build_event_model)


def _build_event_model(directory: Path) -> EventModel:
    import json

    from reportedly.nlp.encoder import SequenceClassifier

    labels_file = directory / "labels.json"
    if not labels_file.is_file():
        raise ConfigError(f"{directory}: no labels.json", code="E103")
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    return EventModel(SequenceClassifier(directory).classify, labels, window=WINDOW)
