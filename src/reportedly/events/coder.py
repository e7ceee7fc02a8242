"""Code PLOVER events from an article's parse with transparent trigger and frame rules.

How it works (docs/events.md, "The coder"):

1. *Match* every sentence against the lexicon: trigger verbs, multi-word phrases, event
   nouns with their support verbs ("impose sanctions"), intent frames ("ready for talks",
   "no plans to withdraw") and obligation frames ("Putin needs to leave", in reported speech).
2. *Link* frames to the events in their complement: an intent or a refusal consumes it, a
   demand marks it ``demanded``, an accusation ``hypothetical``.
3. *Read* each event's clause (``_read``): source (subject, passive agent, or the speaker of the
   statement or speech verb it sits in), target (object, "with/to/against X", or the subject
   of a demanded clause), negation (a refused cooperative act is a REJECT), condition
   ("if ..."), hypotheticals (could/might, "believes that ..."), tense, date and location.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from reportedly.events._match import Match
from reportedly.events._participants import _Actors, _same_actor
from reportedly.events._read import _code_match, _SentenceState
from reportedly.events._sentence_match import match_sentence
from reportedly.events._setting import _sentence_dates
from reportedly.events._tree import Sentence
from reportedly.events.actors import ActorResolver
from reportedly.events.appraisal import appraisal_events, untrue_claims
from reportedly.events.candidates import Candidate, candidates
from reportedly.events.concern import concern_events
from reportedly.events.evaluation import evaluation_events
from reportedly.events.failure import failure_events
from reportedly.events.learned import CodeMatch, EventModel, with_model, worth_judging
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event
from reportedly.events.reaction import reaction_events
from reportedly.events.stance import stance_events
from reportedly.model import Annotation, Article, Entity, Span, Statement


def _link_frames(sentence: Sentence, coded: list[tuple[Match, Event]]) -> list[Event]:
    """ "X rejects the conditions Y put forward": Y's demand was made of X, X rejects Y."""
    events = [event for _, event in coded]
    for r_index, (r_match, rejection) in enumerate(coded):
        if rejection.type != "REJECT":
            continue
        objects = [
            o for t in (*r_match.trigger, r_match.head) for o in sentence.children(t, "dobj")
        ]
        if r_match.inner is not None:
            objects.extend(o for t in r_match.inner.trigger for o in sentence.children(t, "dobj"))
        for d_index, (d_match, demand) in enumerate(coded):
            if demand.type != "REQUEST" or not any(
                sentence.is_within(d_match.trigger[0], o) for o in objects
            ):
                continue
            if demand.target is None:
                events[d_index] = replace(events[d_index], target=rejection.source)
            current = events[r_index]
            if current.target is None or current.target.code is None:
                events[r_index] = replace(current, target=demand.source)
    return events


def _not_claimed_true(events: list[Event], claims: list[Span]) -> list[Event]:
    """An asserted event told of in a claim the sentence judges untrue is not asserted."""
    if not claims:
        return events
    return [
        replace(e, modality="hypothetical")
        if e.modality == "asserted" and any(c.contains(e.trigger) for c in claims)
        else e
        for e in events
    ]


def code_events(
    article: Article,
    annotation: Annotation,
    statements: tuple[Statement, ...],
    *,
    resolver: ActorResolver | None = None,
    lexicon: EventLexicon,
    entities: tuple[Entity, ...] = (),
    model: EventModel | None = None,
) -> tuple[Event, ...]:
    """Code the PLOVER events of ``article`` from its parse and attributed statements.

    Args:
        article: the article; offsets in the annotation and statements index its text.
        annotation: tokens, sentences and entities of ``article.text``.
        statements: attributed statements; inside one, its speaker is the default source.
        resolver: turns mention text into actors with codes; ``None`` leaves them unresolved.
        lexicon: the trigger and frame rules.
        entities: the article's entities; a statement whose ``speaker_entity`` has a code
            gives its speaker that actor.
        model: the learned classifier; when given, it types every candidate triple of the
            parse (one batched call per article), adds the events the rules miss and weighs
            each rule event's confidence (:mod:`reportedly.events.learned`).

    Returns:
        The events in text order, including negated, conditional, hypothetical and demanded
        ones (see ``Event.modality``); events with no recoverable source are not coded.
    """
    text = article.text
    actors = _Actors(
        text, resolver, article.published, entities, lexicon.member_nouns, lexicon.leaning_words
    )
    per_sentence: list[tuple[Sentence, list[Span], list[Event], list[Candidate], CodeMatch]] = []
    for index, span in enumerate(annotation.sentences):
        sentence = Sentence(annotation, index, span.text(text))
        if not sentence.tokens:
            continue
        matches = match_sentence(sentence, lexicon)
        found = (
            candidates(sentence, lexicon.people_nouns, lexicon.speech_verbs)
            if model is not None
            else []
        )
        stance_words = lexicon.stance.first_lemmas
        if (
            not matches
            and not found
            and not any(
                t.lemma.lower() in stance_words or t.text.lower() in stance_words for t in sentence
            )
        ):
            continue
        # only a matched trigger or a candidate is coded with the dates: a sentence let in by
        # a stance or evaluation word alone does not scan the article's dates
        dates = (
            _sentence_dates(sentence, annotation, text, article.published)
            if matches or found
            else []
        )
        state = _SentenceState()

        code: CodeMatch = partial(
            _code_match,
            sentence=sentence,
            article=article,
            statements=statements,
            actors=actors,
            lexicon=lexicon,
            dates=dates,
            state=state,
        )

        for match in matches:
            event = code(match)
            if event is not None and not _same_actor(event.source, event.target):
                state.events.append((match, event))
        claimed = [t.span for m in matches for t in m.trigger]
        # "voted to ban", "decided to leave": the verb over a rule trigger frames that event
        claimed.extend(
            head.span
            for m in matches
            for t in m.trigger
            if t.dep == "xcomp" and (head := sentence.head(t)) is not None
        )
        coded = _link_frames(sentence, state.events)
        for stance_coder in (
            stance_events,
            appraisal_events,
            evaluation_events,
            concern_events,
            failure_events,
            reaction_events,
        ):
            coded.extend(
                stance_coder(
                    sentence,
                    article_id=article.id,
                    statements=statements,
                    coded=coded,
                    actors=actors,
                    lexicon=lexicon,
                )
            )
        coded = _not_claimed_true(coded, untrue_claims(sentence, lexicon))
        claimed.extend(_support_verbs(sentence, coded))
        per_sentence.append((sentence, claimed, coded, worth_judging(found, coded, claimed), code))
    if model is None:
        return tuple(e for _, _, coded, _, _ in per_sentence for e in coded)
    texts = [c.window(model.window) for _, _, _, found, _ in per_sentence for c in found]
    verdicts = iter(model.judge(texts))
    events: list[Event] = []
    for sentence, claimed, coded, found, code in per_sentence:
        mine = [next(verdicts) for _ in found]
        events.extend(
            with_model(
                coded,
                found,
                mine,
                code,
                actors,
                lexicon,
                model.threshold,
                claimed,
                sentence=sentence,
            )
        )
    return tuple(events)


def _support_verbs(sentence: Sentence, coded: list[Event]) -> list[Span]:
    """The verbs that take a coded event's trigger as their object ("expressed the readiness
    of meeting", "launched an attack"): the event is that verb's, so the learned model adds
    no second event on it."""
    verbs = []
    for event in coded:
        for token in sentence:
            if event.trigger.start <= token.start < event.trigger.end and token.dep == "dobj":
                verb = sentence.head(token)
                if verb is not None and not event.trigger.start <= verb.start < event.trigger.end:
                    verbs.append(verb.span)
    return verbs
