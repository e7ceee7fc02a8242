"""Candidate (source, predicate, target) triples read from a sentence's parse.

Every verb with a subject (or a passive agent) and an object, a prepositional object, or a
passive subject is a candidate, lexicon verb or not; the learned classifier
(:mod:`reportedly.events.learned`) gives each its PLOVER root type or NONE. The candidate's
text is the sentence with the source and target marked ``<s>…</s>`` and ``<t>…</t>``, the
form the classifier was trained on (the PLV sentences of the Zero-Shot-PLOVER work).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reportedly.events._tree import Sentence, is_actor_like
from reportedly.model import Span, Token

_WORD = re.compile(r"\S+")
MARKERS = ("<s>", "</s>", "<t>", "</t>")
_SUBJECT = ("nsubj",)
_OBJECTS = ("dobj", "dative", "attr", "oprd")
_SKIP_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "since", "until", "by"})
_PLACE_PREPS = frozenset({"in", "on"})  # "aid to those affected in Yemen": an actor place
_RELATIVE = frozenset({"that", "which", "who", "whom"})
_PERSONAL = frozenset({"he", "she", "it", "they"})
_CLIMB = frozenset({"xcomp", "conj", "advcl", "acomp"})  # "is ready to contribute"
_NOUNS = ("NOUN", "PROPN", "PRON")
MAX_PER_SENTENCE = 8
MAX_PER_VERB = 2  # the nearest object, and one further object that names an actor
MAX_WIDE_PER_VERB = 3  # further actor pairs around a verb, nearest first
_FROM = frozenset({"from", "by"})  # "faces criticism from X", "threats made by X": X the doer
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOT_MENTION = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A predicate with a source and a target phrase, offsets into the article text."""

    predicate: Token
    source: Span
    target: Span
    marked: str  # the sentence with the source and target marked
    text: str = ""  # the sentence
    offset: int = 0  # where the sentence starts in the article
    # a speech verb with a clause: a material act it reports is coded on its own verb
    reports: bool = False

    def window(self, words: int) -> str:
        """The marked sentence cut to ``words`` words either side of the predicate and its
        pair (``words`` < 0: whole): the classifier's cost grows with its input, and what
        decides the pair's type lies near it."""
        if words < 0 or not self.text:
            return self.marked
        return cut(self.text, self.offset, self.source, self.target, self.predicate.span, words)


def cut(
    text: str, offset: int, source: Span, target: Span, predicate: Span | None, words: int
) -> str:
    """``text`` (starting at ``offset``) marked and cut to ``words`` words (>= 0) either side
    of ``source``, ``target`` and ``predicate`` (None: the pair alone): what
    :meth:`Candidate.window` reads, and what the training rows are cut to."""
    spans = (source, target) if predicate is None else (source, target, predicate)
    lo = min(s.start for s in spans) - offset
    hi = max(s.end for s in spans) - offset
    before = [m.start() for m in _WORD.finditer(text, 0, lo)]
    after = [m.end() for m in _WORD.finditer(text, hi)]
    start = before[-words] if 0 < words <= len(before) else (lo if words == 0 else 0)
    end = after[words - 1] if 0 < words <= len(after) else (hi if words == 0 else None)
    return mark(text[start:end], offset + start, source, target)


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


def _targets(sentence: Sentence, verb: Token, subject: Token | None) -> Iterator[Token]:
    """The verb's objects, nearest kind first, then the further places an actor target sits:
    an object's own prepositional object ("cut aid to Argentina", "faces criticism from X",
    "announced the arrest of X"), the subject's conjunct ("Syria and Israel have fired") and
    a place named by an actor ("in Yemen")."""
    direct = sentence.children(verb, *_OBJECTS)
    yield from direct
    preps = sentence.children(verb, "prep")
    for prep in preps:
        if prep.lemma.lower() not in _SKIP_PREPS:
            yield from sentence.children(prep, "pobj")
    for clause in sentence.children(verb, "xcomp"):
        yield from sentence.children(clause, *_OBJECTS)
        for prep in sentence.children(clause, "prep"):
            yield from sentence.children(prep, "pobj")
    for obj in direct:
        for prep in sentence.children(obj, "prep"):
            yield from sentence.children(prep, "pobj")
    if subject is not None:
        yield from sentence.children(subject, "conj")
    for prep in preps:
        if prep.lemma.lower() in _PLACE_PREPS:
            yield from (t for t in sentence.children(prep, "pobj") if is_actor_like(t))


def _antecedent(sentence: Sentence, verb: Token, subject: Token, speech: frozenset[str]) -> Token:
    """The noun a pronoun subject stands for where the parse shows it: the head of a relative
    clause ("an attack that killed"), the speaker of reported speech ("X said it would")."""
    if subject.pos != "PRON":
        return subject
    word = subject.text.lower()
    head = sentence.head(verb)
    if head is None:
        return subject
    if word in _RELATIVE and verb.dep == "relcl" and head.pos in ("NOUN", "PROPN"):
        return head
    if word in _PERSONAL and verb.dep == "ccomp" and head.lemma.lower() in speech:
        speaker = _subject_of(sentence, head, *_SUBJECT)
        if speaker is not None and speaker.pos in ("NOUN", "PROPN"):
            return speaker
    return subject


def _subject_of(sentence: Sentence, verb: Token, *deps: str) -> Token | None:
    return next(iter(sentence.subjects(verb, *deps)), None)


def _source(
    sentence: Sentence, verb: Token, speech: frozenset[str] = frozenset()
) -> tuple[Token | None, Token | None, Token | None]:
    """(source, passive subject, grammatical subject) of ``verb``, climbing to a governing verb
    or adjective for its subject ("is ready to contribute")."""
    passive = _subject_of(sentence, verb, "nsubjpass")
    if passive is not None:
        return _agent(sentence, verb), passive, None
    current: Token | None = verb
    while current is not None:
        subject = _subject_of(sentence, current, *_SUBJECT)
        if subject is not None:
            return _antecedent(sentence, current, subject, speech), None, subject
        head = sentence.head(current)
        if (
            current.dep == "acl"  # "A U.S. report called for sanctions": a finite verb
            and current.tag in _FINITE  # parsed as the noun's clause
            and head is not None
            and head.pos in ("NOUN", "PROPN")
            and not sentence.in_dateline(head)
        ):
            return head, None, head
        if current.dep not in _CLIMB:
            return None, None, None
        current = sentence.head(current)
    return None, None, None


def _names_actor(sentence: Sentence, head: Token, span: Span, people: frozenset[str]) -> bool:
    """Whether a phrase names an actor: a named actor or proper noun in it, or a group noun."""
    if head.lemma.lower() in people:
        return True
    return any(span.start <= t.start and t.end <= span.end and is_actor_like(t) for t in sentence)


def _mention(sentence: Sentence, token: Token, people: frozenset[str]) -> bool:
    """Whether ``token`` heads a phrase that names an actor ("Greek refugee camps" too)."""
    if token.pos not in ("NOUN", "PROPN") or token.dep in _NOT_MENTION:
        return False
    if sentence.in_dateline(token):
        return False
    return _names_actor(sentence, token, sentence.phrase(token), people)


def _is_actor(sentence: Sentence, token: Token, people: frozenset[str]) -> bool:
    """Whether the head itself names an actor ("troops", "Russia"), not only a modifier."""
    return (
        is_actor_like(token)
        or token.lemma.lower() in people
        or any(is_actor_like(t) for t in sentence.children(token, "amod") if t.ent_type == "NORP")
    )


def _modifiers(sentence: Sentence, noun: Token) -> list[Token]:
    """The actors a noun's modifiers name: "a Taliban attack", "Cuba's refusal"."""
    return [
        t
        for t in sentence.children(noun, "poss", "compound", "amod", "nmod")
        if is_actor_like(t) and t.pos != "PRON" and not sentence.in_dateline(t)
    ]


def _wide(
    sentence: Sentence, verb: Token, source: Token, subject: Token | None, people: frozenset[str]
) -> Iterator[tuple[Token, Token]]:
    """Further (source, target) pairs around a verb, nearest first: its source with each actor
    mention in the verb's clause and the clauses below it ("agreed to allow X", "said that X
    could not be allowed", "condemnation of X's declaration"); the verb's other subjects, the
    source's appositions and conjuncts, and the actor a nominal source names ("a Taliban
    attack on X") with those mentions; a doer named after "from"/"by" with the verb's subject
    as target ("faces criticism from X")."""
    sources = [source]
    for extra in sentence.children(verb, *_SUBJECT):
        if extra.i != source.i and extra.pos in ("NOUN", "PROPN"):
            sources.append(extra)
    sources.extend(t for t in sentence.children(source, "appos") if t.pos in ("NOUN", "PROPN"))
    # "a Taliban attack" (not "Russian troops": a phrase that names an actor stays whole)
    named = _modifiers(sentence, source) if not _is_actor(sentence, source, people) else []
    for conj in sentence.children(source, "conj"):
        if conj.pos in ("NOUN", "PROPN"):
            yield source, conj
    yield from _coordinated(sentence, source)
    for doer in named:
        for prep in sentence.children(source, "prep"):
            for target in sentence.children(prep, "pobj"):
                if _mention(sentence, target, people):
                    yield doer, target
    sources.extend(named)
    for token in sentence.breadth_first(verb):
        if token.i == verb.i or sentence.is_within(token, source):
            continue
        if not _mention(sentence, token, people):
            continue
        for doer in sources:
            yield doer, token
        head = sentence.head(token)
        if (
            subject is not None
            and token.dep == "pobj"
            and head is not None
            and head.lemma.lower() in _FROM
        ):
            yield token, subject


def _coordinated(sentence: Sentence, noun: Token) -> Iterator[tuple[Token, Token]]:
    """Two actors that modify one noun, joined by "and" ("British and EU negotiators",
    "House and Senate negotiators"): the first and the second party."""
    mods = [
        t
        for t in sentence.children(noun, "amod", "nmod", "compound")
        if is_actor_like(t) and not sentence.in_dateline(t)
    ]
    for n, mod in enumerate(mods):
        for conj in sentence.children(mod, "conj"):
            if is_actor_like(conj):
                yield mod, conj
        if sentence.children(mod, "cc") and n + 1 < len(mods):
            yield mod, mods[n + 1]


def _placed(sentence: Sentence, verb: Token, people: frozenset[str]) -> Iterator[Token]:
    """Actors named as the place of an agentless passive ("was arrested in Niger"): PLV reads
    the place's authorities as the doer."""
    for prep in sentence.children(verb, "prep"):
        if prep.lemma.lower() in _PLACE_PREPS:
            for place in sentence.children(prep, "pobj"):
                if _mention(sentence, place, people):
                    yield place


def candidates(
    sentence: Sentence,
    people: frozenset[str] = frozenset(),
    speech: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The candidate triples of ``sentence``: for each verb its nearest object, then (after
    every verb's first) one further object that names an actor, then (after those, up to
    ``MAX_WIDE_PER_VERB`` a verb) the wider pairs of :func:`_wide` around a verb whose source
    names an actor, and an agentless passive's place with its subject.

    A PLOVER event has an actor: a triple is kept only when its source or target names one
    (``people``: group nouns such as "troops" that count), which also keeps the model's cost
    to the sentences where it can matter. ``speech``: the lemmas of speech verbs, whose
    subject a pronoun in their clause stands for.
    """
    first: list[tuple[Token, Span, Span]] = []
    further: list[tuple[Token, Span, Span]] = []
    wide: list[tuple[Token, Span, Span]] = []
    seen: set[tuple[Span, Span]] = set()
    around: list[tuple[Token, Token, Token | None]] = []
    for verb in sentence:
        if verb.pos == "AUX" and verb.dep == "ROOT":  # "X and Y were guilty of"
            subject = _subject_of(sentence, verb, *_SUBJECT)
            if subject is not None and subject.pos in ("NOUN", "PROPN"):
                around.append((verb, subject, subject))
        if verb.pos != "VERB":
            continue
        source, passive, subject = _source(sentence, verb, speech)
        if source is None and passive is not None:
            for place in _placed(sentence, verb, people):
                around.append((verb, place, passive))
        if source is None or source.pos not in _NOUNS:
            continue
        source_span = sentence.phrase(source)
        source_actor = _names_actor(sentence, source, source_span, people)
        if source_actor or _modifiers(sentence, source):  # an actor's act, or an actor's noun
            around.append((verb, source, subject if passive is None else passive))
        objects = [passive] if passive is not None else []
        objects.extend(_targets(sentence, verb, subject))
        taken = 0
        for target in objects:
            if target.pos not in _NOUNS or sentence.in_dateline(target):
                continue
            target_span = sentence.phrase(target)
            if target_span.start < source_span.end and source_span.start < target_span.end:
                continue
            if (source_span, target_span) in seen:
                continue
            target_actor = _names_actor(sentence, target, target_span, people)
            if taken and not target_actor:
                continue
            seen.add((source_span, target_span))
            if source_actor or target_actor:
                (further if taken else first).append((verb, source_span, target_span))
            taken += 1
            if taken == MAX_PER_VERB:
                break
    for verb, source, subject in around:
        added = 0
        for doer, target in _wide(sentence, verb, source, subject, people):
            if sentence.in_dateline(doer) or sentence.in_dateline(target):
                continue
            pair = (sentence.phrase(doer), sentence.phrase(target))
            if pair in seen or (pair[0].start < pair[1].end and pair[1].start < pair[0].end):
                continue
            seen.add(pair)
            wide.append((verb, *pair))
            added += 1
            if added == MAX_WIDE_PER_VERB:
                break
    return [
        Candidate(
            verb,
            s_span,
            t_span,
            mark(sentence.text, sentence.span.start, s_span, t_span),
            sentence.text,
            sentence.span.start,
            verb.lemma.lower() in speech and bool(sentence.children(verb, "ccomp")),
        )
        for verb, s_span, t_span in (first + further + wide)[:MAX_PER_SENTENCE]
    ]
