"""Candidate (source, predicate, target) triples read from a sentence's parse.

Every verb with a subject (or a passive agent) and an object, a prepositional object, or a
passive subject is a candidate, lexicon verb or not; the learned classifier
(:mod:`reportedly.events.learned`) gives each its PLOVER root type or NONE. The candidate's
text is the sentence with the source and target marked ``<s>…</s>`` and ``<t>…</t>``, the
form the classifier was trained on (the PLV sentences of the Zero-Shot-PLOVER work).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportedly.events._tree import Sentence, is_actor_like
from reportedly.model import Span, Token

MARKERS = ("<s>", "</s>", "<t>", "</t>")
_SUBJECT = ("nsubj",)
_OBJECTS = ("dobj", "dative", "attr", "oprd")
_SKIP_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "since", "until", "by"})
MAX_PER_SENTENCE = 6


@dataclass(frozen=True, slots=True)
class Candidate:
    """A predicate with a source and a target phrase, offsets into the article text."""

    predicate: Token
    source: Span
    target: Span
    marked: str  # the sentence with the source and target marked


def mark(text: str, offset: int, source: Span, target: Span) -> str:
    """``text`` (starting at ``offset`` in the article) with ``source`` and ``target`` marked."""
    edits = sorted(
        [
            (source.start - offset, 1, "<s>"),
            (source.end - offset, 0, "</s>"),
            (target.start - offset, 1, "<t>"),
            (target.end - offset, 0, "</t>"),
        ],
        key=lambda e: (e[0], e[1]),
    )
    out, last = [], 0
    for at, _, marker in edits:
        out.append(text[last:at])
        out.append(marker)
        last = at
    out.append(text[last:])
    return "".join(out)


def _agent(sentence: Sentence, verb: Token) -> Token | None:
    for prep in sentence.children(verb, "agent"):
        for obj in sentence.children(prep, "pobj"):
            return obj
    return None


def _targets(sentence: Sentence, verb: Token) -> Iterator[Token]:
    yield from sentence.children(verb, *_OBJECTS)
    for prep in sentence.children(verb, "prep"):
        if prep.lemma.lower() not in _SKIP_PREPS:
            yield from sentence.children(prep, "pobj")
    for clause in sentence.children(verb, "xcomp"):
        yield from sentence.children(clause, *_OBJECTS)
        for prep in sentence.children(clause, "prep"):
            yield from sentence.children(prep, "pobj")


def _source(sentence: Sentence, verb: Token) -> tuple[Token | None, Token | None]:
    """(source, passive subject) of ``verb``, climbing to a governing verb for its subject."""
    passive = next(iter(sentence.children(verb, "nsubjpass")), None)
    if passive is not None:
        return _agent(sentence, verb), passive
    current: Token | None = verb
    while current is not None:
        subject = next(iter(sentence.children(current, *_SUBJECT)), None)
        if subject is not None:
            return subject, None
        if current.dep not in ("xcomp", "conj", "advcl"):
            return None, None
        current = sentence.head(current)
    return None, None


def _names_actor(sentence: Sentence, head: Token, span: Span, people: frozenset[str]) -> bool:
    """Whether a phrase names an actor: a named actor or proper noun in it, or a group noun."""
    if head.lemma.lower() in people:
        return True
    return any(span.start <= t.start and t.end <= span.end and is_actor_like(t) for t in sentence)


def candidates(sentence: Sentence, people: frozenset[str] = frozenset()) -> list[Candidate]:
    """The candidate triples of ``sentence``, nearest object first for each verb.

    A PLOVER event has an actor: a triple is kept only when its source or target names one
    (``people``: group nouns such as "troops" that count), which also keeps the model's cost
    to the sentences where it can matter.
    """
    found: list[tuple[Token, Token, Span, Token, Span]] = []
    seen: set[tuple[Span, Span]] = set()
    for verb in sentence:
        if verb.pos != "VERB":
            continue
        source, passive = _source(sentence, verb)
        if source is None or source.pos not in ("NOUN", "PROPN", "PRON"):
            continue
        source_span = sentence.phrase(source)
        objects = [passive] if passive is not None else []
        objects.extend(_targets(sentence, verb))
        for target in objects:
            if target.pos not in ("NOUN", "PROPN", "PRON"):
                continue
            target_span = sentence.phrase(target)
            if target_span.start < source_span.end and source_span.start < target_span.end:
                continue
            if (source_span, target_span) in seen:
                continue
            seen.add((source_span, target_span))
            found.append((verb, source, source_span, target, target_span))
            break  # one target per verb: its nearest object
    return [
        Candidate(verb, s_span, t_span, mark(sentence.text, sentence.span.start, s_span, t_span))
        for verb, source, s_span, target, t_span in found[:MAX_PER_SENTENCE]
        if _names_actor(sentence, source, s_span, people)
        or _names_actor(sentence, target, t_span, people)
    ]
