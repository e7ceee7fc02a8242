"""Read one matched trigger's clause into an event (step 3 of :mod:`reportedly.events.coder`).

Source (subject, passive agent, or the speaker of the statement or speech verb it sits in),
target, the type after frames and negation, modality, condition, date and location.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportedly.events._clause import (
    _alleged_or_averted,
    _chain,
    _condition,
    _conditional,
    _controlling_verb,
    _negated,
    _speech_subjects,
    _subject,
    _tense,
    no_act_named,
    reported_by_misread_verb,
)
from reportedly.events._irrealis import _hypothetical, named_not_done
from reportedly.events._match import Match
from reportedly.events._participants import (
    TWO_SIDED,
    _Actors,
    _clause_targets,
    _pick_target,
    _target_candidates,
    noun_owner,
    object_target,
    reported_it,
)
from reportedly.events._setting import _event_date, _location, _statement_for
from reportedly.events._tree import Sentence, is_actor_like
from reportedly.events.dates import DateValue
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor, EventType, Modality
from reportedly.model import Article, Span, Statement, Token

_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "who", "which", "that"})

COOPERATIVE: frozenset[str] = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)
CONFLICT: frozenset[str] = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


@dataclass(slots=True)
class _SentenceState:
    """What later events of a sentence may borrow from earlier ones."""

    pronouns: dict[str, EventActor] = field(default_factory=dict)
    events: list[tuple[Match, Event]] = field(default_factory=list)


def _resolve_type(
    match: Match, negated: bool, tense: str, lexicon: EventLexicon
) -> tuple[EventType, str | None, str | None, bool] | None:
    """(type, mode, cameo, still_negated) for a match, after frames and negation."""
    rule = match.rule
    type_: EventType = rule.type
    mode, cameo = rule.mode, rule.cameo
    if match.kind == "intent":
        inner = match.inner_type or (match.inner.rule.type if match.inner else None)
        head = match.trigger[0].lemma.lower()
        if inner is None:
            # "not willing to sacrifice basic principles": a refusal of an act with no rule
            if negated and head in lexicon.refusal_heads and not match.anaphoric:
                return "REJECT", None, "120", False
            return None
        if inner in CONFLICT:
            if head not in lexicon.threat_heads:
                return None
            return "THREATEN", None, "130", negated
        if inner not in COOPERATIVE:
            return None
        flip = lexicon.negation_flip.get(inner)
        if negated:
            return "REJECT", flip.mode if flip else None, flip.cameo if flip else "120", False
        return "AGREE", None, flip.intent_cameo if flip else "030", False
    if type_ == "REJECT" and match.inner is not None and mode is None:
        flip = lexicon.negation_flip.get(match.inner.rule.type)
        if flip is not None:
            mode, cameo = flip.mode, flip.cameo
    if negated and type_ in lexicon.negation_flip:
        if type_ in lexicon.negated_past_stays and tense == "past":
            return type_, mode, cameo, True
        flip = lexicon.negation_flip[type_]
        return "REJECT", flip.mode, flip.cameo, False
    return type_, mode, cameo, negated


def _on_pair(
    pair: tuple[Span, Span],
    source: EventActor | None,
    target: EventActor | None,
    actors: _Actors,
) -> tuple[EventActor | None, EventActor | None]:
    """The pair the model typed stands: the clause's source where it reads the candidate's
    (a pronoun's speaker included), else the candidate's phrases ("was arrested in Niger",
    "a Taliban attack on X", "said that X")."""
    if source is None or not _overlap(source.span, pair[0]):
        chosen = actors.from_span(pair[0])
        if source is None or chosen.text.lower() not in _PRONOUNS:
            source = chosen
    if target is None or not _overlap(target.span, pair[1]):
        target = actors.from_span(pair[1])
    return source, target


def _between(sentence: Sentence, match: Match) -> tuple[Token, Token] | None:
    """The two parties a two-sided event names with "between" on its noun or on the verb's
    object ("hosted rounds of negotiations between Russia and Ukraine"): they, not whoever
    hosts or calls the talks, are its sides."""
    nouns = [match.noun] if match.noun is not None else []
    for obj in sentence.children(match.anchor, "dobj"):
        nouns.append(obj)
        of = [p for p in sentence.children(obj, "prep") if p.lemma.lower() == "of"]
        nouns.extend(o for p in of for o in sentence.children(p, "pobj"))
    for noun in nouns:
        for prep in sentence.children(noun, "prep"):
            if prep.lemma.lower() != "between":
                continue
            for first in sentence.children(prep, "pobj"):
                for second in sentence.children(first, "conj"):
                    if is_actor_like(first) and is_actor_like(second):
                        return first, second
    return None


def _with(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` is the object of "with" (a talk's party)."""
    head = sentence.head(token)
    return token.dep == "pobj" and head is not None and head.lemma.lower() == "with"


def _expletive(subject: Token, match: Match) -> bool:
    """Whether ``subject`` is the dummy "it" of "it is important / time to …"."""
    return subject.lemma.lower() == "it" and match.trigger[0].dep in ("acomp", "attr")


def _overlap(a: Span | None, b: Span) -> bool:
    return a is not None and a.start < b.end and b.start < a.end


def _code_match(
    match: Match,
    sentence: Sentence,
    *,
    article: Article,
    statements: tuple[Statement, ...],
    actors: _Actors,
    lexicon: EventLexicon,
    dates: list[tuple[Token, DateValue]],
    state: _SentenceState,
) -> Event | None:
    if match.consumed:
        return None
    governor = match.governor
    ancestor = governor
    while ancestor is not None:
        if ancestor.kind == "intent" or ancestor.rule.type in ("REJECT", "THREATEN"):
            return None
        ancestor = ancestor.governor
    if match.anaphoric and state.events:
        previous_match, previous = state.events[-1]
        match.inner_type = (
            previous_match.inner_type
            or (previous_match.inner.rule.type if previous_match.inner else None)
            or previous.type
        )
    if no_act_named(sentence, match.anchor, lexicon):
        return None
    chain = _chain(sentence, match)
    top = chain[-1]
    trigger_span = Span(match.trigger[0].start, max(t.end for t in match.trigger))
    statement = _statement_for(statements, trigger_span)
    speaking = _speech_subjects(sentence, top, lexicon)
    if any(t.lemma.lower() in lexicon.poll_words for t in speaking):
        return None  # "73 percent say the US is doing too little to support Ukraine"
    speakers = [actors.from_token(sentence, t) for t in speaking]
    speaker: EventActor | None = None
    if statement is not None:
        speaker = actors.from_statement(statement)
    if (speaker is None or speaker.code is None) and speakers:
        speaker = next((s for s in speakers if s.code is not None), speakers[0])
    reported = statement is not None or bool(speakers)
    conditional = _conditional(sentence, match.trigger[0], lexicon)

    subject, passive, agent = _subject(sentence, chain, lexicon)
    control = _controlling_verb(sentence, top, lexicon) if subject is None else None
    if control is not None:
        # "Kyiv accused Moscow of shelling the plant": Moscow's act, not Kyiv's, and no act
        # at all where the verb names nobody ("warned against sending tanks")
        if control[1] is None:
            return None
        subject = control[1]
    not_asserted = control is not None and _alleged_or_averted(sentence, control[0], lexicon)
    source: EventActor | None
    target: EventActor | None = None
    addressed = True  # False for a demand of no one named: no target is looked for
    if match.inverted:
        if speaker is None:
            return None
        source = speaker
        if subject is None or _expletive(subject, match):
            # "it is important to disconnect Russian banks from SWIFT": a demand of no one
            # named, made only where what is asked is itself an act ("to face the truth": none)
            # by a speaker who is an actor ("some are saying it is time to accept": none)
            if match.inner is None or speaker.code is None:
                return None
            addressed = False
        else:
            target = actors.from_token(sentence, subject)
            if target.code is None and not is_actor_like(subject):
                return None
        # "the government must ensure security": a demand whatever Y is, rule or not
    else:
        source = None
        doer = agent if passive else subject
        if doer is not None and doer.lemma.lower() in lexicon.not_actors:
            return None  # "much of which had shot up": no actor does it
        if passive and agent is not None:
            source = actors.from_token(sentence, agent)
            target = actors.from_token(sentence, subject) if subject is not None else None
        elif subject is not None and not passive:
            lemma = subject.lemma.lower()
            # "US" may be lemmatised "us": only a pronoun is the speaker
            if lemma in lexicon.first_person and subject.pos == "PRON" and speaker is not None:
                source = speaker
            elif lemma in lexicon.third_person and subject.pos == "PRON":
                remembered = state.pronouns.get(lemma)
                settled = actors.mentioned(sentence, subject)
                named = None
                if reported and not conditional and (settled is None or settled.code is None):
                    # a coded reading of the actors stage stands: no need to look further
                    named = reported_it(sentence, subject, speaking, actors)
                if settled is not None and (settled.code is not None or named is None):
                    source = settled  # the actors stage resolved this very "he" or "they"
                elif named is not None:
                    source = named
                elif (
                    reported
                    and speaker is not None
                    and speaker.code is not None
                    and not conditional
                    and actors.agrees(lemma, speaker)
                ):
                    source = replace(speaker, text=subject.text, span=subject.span)
                elif remembered is not None and not conditional:
                    source = replace(remembered, text=subject.text, span=subject.span)
                else:
                    source = actors.from_token(sentence, subject)
                if source.code is not None and not conditional:
                    state.pronouns[lemma] = source
            else:
                source = actors.from_token(sentence, subject)
        elif subject is None and not conditional:
            source = speaker
    if match.noun is not None and subject is match.noun and not passive:
        # "Russia's invasion began", "the Russian offensive continued": the noun's owner does
        # the act; with none named, nobody does
        owner = noun_owner(sentence, match.noun)
        source = actors.from_token(sentence, owner) if owner is not None else None
    if match.pair is not None:
        source, target = _on_pair(match.pair, source, target, actors)
    parties = _between(sentence, match) if match.rule.type in TWO_SIDED else None
    if parties is not None and not match.inverted:
        # "Belarus hosted negotiations between Russia and Ukraine": the host is no party
        source, target = (actors.from_token(sentence, t) for t in parties)
    if source is None:
        return None
    objects: list[Token] = []
    if target is None and addressed:
        candidates = _target_candidates(sentence, match, chain, lexicon)
        if match.rule.place_object:
            candidates = [c for c in candidates if c not in sentence.children(match.head, "dobj")]
        partners: list[Token] = []
        if (
            subject is not None
            and not passive
            and not match.inverted
            and match.rule.type in TWO_SIDED
        ):
            # "Ukraine and Russia signed a deal": the second party is the target ("Russia
            # and China vetoed": in a one-sided act both are the source); a promise's
            # recipient is in what is promised, its co-subject promises too ("Washington and
            # London pledged to increase aid to Ukraine": Ukraine, after the infinitive's)
            partners = sentence.children(subject, "conj")
            if not any(t.lemma.lower() in lexicon.subject_control_verbs for t in match.trigger):
                candidates.extend(partners)
                partners = []
        own = {t.i for t in match.trigger} | {t.i for t in chain}
        if match.noun is not None:
            own.add(match.noun.i)
            if (
                match.rule.type in ("SANCTION", "COERCE", "ACCUSE")
                and match.noun.lemma.lower() in lexicon.people_nouns
            ):
                # "expelled the Russian ambassador", "summoned a senior Indian diplomat":
                # the people the act is done to are its target, before any other phrase
                target = _pick_target(
                    sentence, [match.noun], actors, source, lexicon.people_nouns, match.rule.type
                )
        candidates = [c for c in candidates if c.i not in own]
        if match.rule.type == "CONSULT":
            # "discussed Libya with Trump": the party talked with, not the topic
            candidates.sort(key=lambda c: not _with(sentence, c))
        if target is None:
            target = _pick_target(
                sentence, candidates, actors, source, lexicon.people_nouns, match.rule.type
            )
        inner = [c for c in _clause_targets(sentence, match, lexicon) if c.i not in own]
        for group in (inner, partners):
            if target is None:
                target = _pick_target(
                    sentence, group, actors, source, lexicon.people_nouns, match.rule.type
                )
        objects = [*candidates, *inner, *partners]
        if target is None and match.anaphoric and state.events:
            target = state.events[-1][1].target
    negated = _negated(sentence, chain, lexicon)
    tense = _tense(sentence, chain, lexicon)
    resolved = _resolve_type(match, negated, tense, lexicon)
    if resolved is None:
        return None
    type_, mode, cameo, still_negated = resolved
    modality: Modality = "asserted"
    if conditional:
        modality = "conditional"
    elif governor is not None and governor.rule.type == "REQUEST":
        modality = "demanded"
    elif governor is not None and governor.rule.type == "ACCUSE":
        modality = "hypothetical"
    elif statement is not None and statement.negated and statement.act in ("speech", "belief"):
        # "Peskov did not say that Russia attacked": nobody claims it (a negated topic, "is
        # not prepared to accept the conditions Biden put", still presupposes its events)
        modality = "hypothetical"
    elif still_negated:
        modality = "negated"
    elif (
        (_hypothetical(sentence, chain, lexicon, reported=reported) and not match.inverted)
        or named_not_done(sentence, match.trigger[0], lexicon)
        or not_asserted
        or reported_by_misread_verb(sentence, chain, lexicon)
    ):
        modality = "hypothetical"
    context = list(match.rule.context)
    if tense == "future" and "future" not in context:
        context.append("future")
    location, location_span = _location(sentence, match, chain, actors)
    condition = _condition(sentence, match, chain, lexicon)
    if (
        target is None
        and location_span is not None
        and type_ != "RETREAT"
        and not match.rule.place_object
    ):
        # "shelled positions in Kharkiv", "territories in the Russian Federation"
        place = actors.from_span(location_span)
        if place.code is not None and (source.code is None or place.code != source.code):
            target = place
    if target is None:
        target = object_target(sentence, objects, actors, source, match.rule.type, noun=match.noun)
    confidence = {
        "phrase": 0.85,
        "verb": 0.8,
        "adjective": 0.75,
        "noun": 0.75,
        "intent": 0.75,
        "obligation": 0.7,
        "model": 0.5,
    }[match.kind]
    if source.code is None:
        confidence -= 0.2
    evidence = sentence.evidence
    return Event(
        id=Event.make_id(article.id, type_, trigger_span),
        type=type_,
        mode=mode,
        context=tuple(context),
        source=source,
        target=target,
        evidence=evidence,
        trigger=trigger_span,
        statement=statement.id if statement is not None else None,
        modality=modality,
        date=_event_date(sentence, chain, dates),
        location=location,
        location_span=location_span,
        cameo=cameo,
        rule=match.rule.name,
        confidence=round(max(confidence, 0.1), 2),
        condition=condition,
    )
