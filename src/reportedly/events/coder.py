"""Code PLOVER events from an article's parse with transparent trigger and frame rules.

How it works (docs/events.md, "The coder"):

1. *Match* every sentence against the lexicon: trigger verbs, multi-word phrases, event
   nouns with their support verbs ("impose sanctions"), intent frames ("ready for talks",
   "no plans to withdraw") and obligation frames ("Putin needs to leave", in reported speech).
2. *Link* frames to the events in their complement: an intent or a refusal consumes it, a
   demand marks it ``demanded``, an accusation ``hypothetical``.
3. *Read* each event's clause: source (subject, passive agent, or the speaker of the
   statement or speech verb it sits in), target (object, "with/to/against X", or the subject
   of a demanded clause), negation (a refused cooperative act is a REJECT), condition
   ("if ..."), hypotheticals (could/might, "believes that ..."), tense, date and location.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from reportedly.events._match import Match, match_sentence
from reportedly.events._tree import NOUN_POS, Sentence, is_actor_like
from reportedly.events.actors import ActorResolver, ResolvedActor
from reportedly.events.dates import DateValue, normalize_date
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor, EventType, Modality
from reportedly.model import Annotation, Article, Entity, Span, Statement, Token

COOPERATIVE: frozenset[str] = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)
CONFLICT: frozenset[str] = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_CLIMB_DEPS = frozenset({"xcomp", "acomp", "aux", "auxpass", "dobj", "attr", "oprd", "conj", "acl"})
_LOCATION_PREPS = frozenset({"in", "near", "at", "over", "across", "outside", "inside", "around"})
_LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class _SentenceState:
    """What later events of a sentence may borrow from earlier ones."""

    pronouns: dict[str, EventActor] = field(default_factory=dict)
    events: list[tuple[Match, Event]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Reading a clause


def _chain(sentence: Sentence, match: Match) -> list[Token]:
    """The trigger's clause: trigger, complement and the heads up to the clause verb."""
    chain: list[Token] = [*match.trigger]
    if match.complement is not None:
        chain.append(match.complement)
    current = match.anchor
    if current not in chain:
        chain.append(current)
    while current.dep in _CLIMB_DEPS and not _has_subject(sentence, current):
        head = sentence.head(current)
        if head is None:
            break
        chain.append(head)
        current = head
    return chain


def _has_subject(sentence: Sentence, token: Token) -> bool:
    return bool(sentence.children(token, "nsubj", "nsubjpass", "csubj"))


def _subject(sentence: Sentence, chain: list[Token]) -> tuple[Token | None, bool, Token | None]:
    """(subject, passive, agent) of the clause the chain belongs to."""
    for token in chain:
        subjects = [
            s
            for s in sentence.children(token, "nsubj", "nsubjpass", "csubj")
            if not _is_label(sentence, s)
        ]
        if not subjects:
            continue
        subject = subjects[-1]
        agent = next(
            (p for a in sentence.children(token, "agent") for p in sentence.children(a, "pobj")),
            None,
        )
        if subject.tag in ("WP", "WDT"):
            subject = _antecedent(sentence, token) or subject
        if subject.lemma.lower() in ("it", "this", "that"):
            # "it is important to note that Putin is open": prefer a named subject nearer by
            named = [
                t
                for t in sentence
                if t.dep in ("nsubj", "nsubjpass")
                and t.pos == "PROPN"
                and subject.i < t.i < chain[0].i
            ]
            if named:
                return named[-1], False, None
        return subject, subject.dep == "nsubjpass", agent
    return None, False, None


def _is_label(sentence: Sentence, token: Token) -> bool:
    """A section label such as "Background:" or "Details:", parsed as a subject."""
    following = sentence.tokens.get(token.i + 1)
    return following is not None and following.text == ":"


def _antecedent(sentence: Sentence, verb: Token) -> Token | None:
    if verb.dep == "relcl":
        return sentence.head(verb)
    head = sentence.head(verb)
    if head is not None and head.lemma.lower() == "be":
        attrs = sentence.children(head, "attr")
        if attrs:
            return attrs[0]
    return None


def _negated(sentence: Sentence, chain: list[Token], lexicon: EventLexicon) -> bool:
    for token in chain:
        for kid in sentence.children(token, "neg", "det", "advmod", "preconj"):
            if kid.lemma.lower() in lexicon.negators or kid.dep == "neg":
                return True
    return False


def _tense(sentence: Sentence, chain: list[Token], lexicon: EventLexicon) -> str:
    for token in chain:
        words = [k.lemma.lower() for k in sentence.children(token, "aux")]
        if any(a in lexicon.future_auxiliaries for a in words):
            return "future"
        if token.lemma.lower() == "go" and token.tag == "VBG" and sentence.children(token, "xcomp"):
            return "future"
    verb = chain[-1]
    auxes = [k for k in sentence.children(verb, "aux", "auxpass")]
    if verb.tag == "VBD" or any(a.tag == "VBD" for a in auxes):
        return "past"
    if verb.tag == "VBN" and any(a.lemma.lower() == "have" for a in auxes):
        return "past"
    return "present"


def _conditional(sentence: Sentence, token: Token, lexicon: EventLexicon) -> bool:
    for current in (token, *sentence.ancestors(token)):
        marks = sentence.children(current, "mark")
        if any(m.lemma.lower() in lexicon.condition_marks for m in marks):
            return True
    return False


def _condition(
    sentence: Sentence, match: Match, chain: list[Token], lexicon: EventLexicon
) -> Span | None:
    """The "if"/"unless"/"until" clauses the event is made on, or the one it sits in."""
    marks = lexicon.condition_clause_marks
    trigger = match.trigger[0]
    for token in chain:
        if any(m.lemma.lower() in marks for m in sentence.children(token, "mark")):
            return _clause_span(sentence, [token])
    top = chain[-1]
    clauses = [
        clause
        for token in sentence
        if token.dep == "mark" and token.lemma.lower() in marks
        for clause in [sentence.head(token)]
        if clause is not None
        and clause not in chain
        and sentence.is_within(clause, top)
        and not sentence.is_within(trigger, clause)
    ]
    return _clause_span(sentence, clauses) if clauses else None


def _clause_span(sentence: Sentence, clauses: list[Token]) -> Span:
    tokens = [t for clause in clauses for t in sentence.subtree(clause)]
    tokens.sort(key=lambda t: t.i)
    while len(tokens) > 1 and tokens[-1].pos == "PUNCT":
        tokens.pop()
    return Span(tokens[0].start, tokens[-1].end)


def _hypothetical(
    sentence: Sentence, chain: list[Token], lexicon: EventLexicon, *, reported: bool
) -> bool:
    for token in chain:
        for aux in sentence.children(token, "aux"):
            modal = aux.lemma.lower()
            if modal in lexicon.hypothetical_modals and not (modal == "would" and reported):
                return True
    top = chain[-1]
    current = top
    for ancestor in sentence.ancestors(top):
        if current.dep == "ccomp" and ancestor.lemma.lower() in lexicon.belief_verbs:
            return True
        for aux in sentence.children(ancestor, "aux"):
            if current.dep == "ccomp" and aux.lemma.lower() in lexicon.hypothetical_modals:
                return True
        current = ancestor
    return False


def _noun_infinitive(sentence: Sentence, token: Token) -> bool:
    """ "the decision to station weapons": an infinitive that modifies a noun is not asserted."""
    return token.dep == "acl" and any(
        k.lemma.lower() == "to" for k in sentence.children(token, "aux")
    )


def _speech_subjects(sentence: Sentence, top: Token, lexicon: EventLexicon) -> list[Token]:
    """Subjects of the speech verb the clause is reported under ("X said that ...")."""
    current = top
    for ancestor in sentence.ancestors(top):
        if current.dep in ("ccomp", "xcomp", "parataxis", "conj", "advcl", "dep") and (
            ancestor.lemma.lower() in lexicon.speech_verbs
        ):
            subjects = sentence.children(ancestor, "nsubj")
            if subjects:
                return subjects
        current = ancestor
    for token in sentence:
        if token.lemma.lower() == "accord" and token.dep == "prep":
            for to in sentence.children(token, "prep"):
                return sentence.children(to, "pobj")
    return []


# ---------------------------------------------------------------------------------------
# Actors


class _Actors:
    """Builds :class:`EventActor` records from tokens, statements and the resolver."""

    def __init__(
        self,
        text: str,
        resolver: ActorResolver | None,
        on: date | None,
        entities: tuple[Entity, ...] = (),
    ) -> None:
        self.text = text
        self.resolver = resolver
        self.on = on
        self.entities = {e.id: e for e in entities}

    def from_span(self, span: Span) -> EventActor:
        words = span.text(self.text)
        found = self._resolve(words)
        return _actor(words, span, found)

    def from_token(self, sentence: Sentence, token: Token) -> EventActor:
        return self.from_span(sentence.phrase(token))

    def from_statement(self, statement: Statement) -> EventActor | None:
        if statement.speaker is None:
            return None
        mention = statement.speaker
        entity = self.entities.get(statement.speaker_entity or "")
        if entity is not None and entity.code:
            # the actors stage already settled who "he" or "the press secretary" is
            code, sector = ResolvedActor.split_code(entity.code)
            return EventActor(
                text=mention.text,
                span=mention.span,
                actor_id=entity.actor_id or entity.id,
                name=entity.name,
                code=code,
                sector=sector,
            )
        found = self._resolve(mention.text)
        if found is None and statement.speaker_entity:
            found = self._resolve(statement.speaker_entity.replace("-", " ").replace("_", " "))
        return _actor(mention.text, mention.span, found)

    def resolves(self, words: str) -> bool:
        """Whether ``words`` alone name a known actor."""
        return self._resolve(words) is not None

    def _resolve(self, words: str) -> ResolvedActor | None:
        if self.resolver is None or not words.strip():
            return None
        return self.resolver.resolve(words, on=self.on)


def _actor(words: str, span: Span, found: ResolvedActor | None) -> EventActor:
    if found is None:
        return EventActor(text=words, span=span)
    return EventActor(
        text=words,
        span=span,
        actor_id=found.id,
        name=found.name,
        code=found.code,
        sector=found.sector,
    )


def _same_actor(a: EventActor | None, b: EventActor | None) -> bool:
    if a is None or b is None:
        return False
    if a.span is not None and b.span is not None and a.span.overlaps(b.span):
        return True
    return a.actor_id is not None and a.actor_id == b.actor_id


def _target_candidates(
    sentence: Sentence, match: Match, chain: list[Token], lexicon: EventLexicon
) -> list[Token]:
    heads = [*match.trigger]
    if match.noun is not None:
        heads.append(match.noun)
    if match.complement is not None:
        heads.append(match.complement)
    if match.inner is not None:
        heads.extend(match.inner.trigger)
    heads.extend(t for t in chain if t not in heads)
    found: list[Token] = []
    for head in heads:
        found.extend(sentence.children(head, "dobj", "dative"))
        for prep in sentence.children(head, "prep", "prt"):
            if prep.lemma.lower() in lexicon.target_preps:
                found.extend(sentence.children(prep, "pobj"))
        if match.rule.type == "REQUEST":
            for clause in sentence.children(head, "ccomp", "xcomp"):
                found.extend(sentence.children(clause, "nsubj"))
    return found


def _pick_target(
    sentence: Sentence,
    candidates: list[Token],
    actors: _Actors,
    source: EventActor | None,
    people: frozenset[str],
    type_: str,
) -> EventActor | None:
    def fits(actor: EventActor) -> bool:
        return not _same_actor(actor, source)

    for candidate in candidates:
        if is_actor_like(candidate) or actors.resolves(candidate.text):
            actor = actors.from_token(sentence, candidate)
            if fits(actor):
                return actor

    def own_side(actor: EventActor) -> bool:
        # deep inside an object, the source's own side is not the target
        return source is not None and actor.code is not None and actor.code == source.code

    for candidate in candidates:
        for token in sentence.breadth_first(candidate, into_clauses=False):
            if token.pos in NOUN_POS and is_actor_like(token):
                actor = actors.from_token(sentence, token)
                if fits(actor) and not own_side(actor):
                    return actor
    for candidate in candidates:
        # "Russian central bank assets": the whole phrase, read as one, names the actor
        core = actors.from_span(sentence.phrase(candidate, preps=False))
        if core.code is not None and fits(core):
            return core
        for token in sentence.breadth_first(candidate, into_clauses=False):
            if token.ent_type == "NORP":
                actor = actors.from_token(sentence, token)
                if fits(actor) and not own_side(actor):
                    return actor
    if type_ in ("RETREAT", "REJECT", "MOBILIZE", "AGREE", "CONCEDE"):
        return None  # "withdraw its troops": the troops are what moves, not a recipient
    for candidate in candidates:
        for token in sentence.breadth_first(candidate, into_clauses=False):
            if token.lemma.lower() in people:
                return actors.from_token(sentence, candidate)
    return None


# ---------------------------------------------------------------------------------------
# Coding


def _statement_for(statements: tuple[Statement, ...], span: Span) -> Statement | None:
    inside = [s for s in statements if any(c.contains(span) for c in s.content)]
    if not inside:
        return None
    return min(inside, key=lambda s: len(s.extent))


def _location(
    sentence: Sentence, match: Match, chain: list[Token], actors: _Actors
) -> tuple[str | None, Span | None]:
    places: list[Token] = []
    if match.rule.place_object:
        places.extend(sentence.children(match.head, "dobj"))
    for token in chain:
        for prep in sentence.children(token, "prep"):
            if prep.lemma.lower() in _LOCATION_PREPS or (
                match.rule.place_object and prep.lemma.lower() == "from"
            ):
                places.extend(
                    o for o in sentence.children(prep, "pobj") if o.ent_type in _LOCATION_LABELS
                )
    for place in places:
        span = sentence.phrase(place)
        return span.text(actors.text), span
    return None, None


def _event_date(
    sentence: Sentence,
    chain: list[Token],
    dates: list[tuple[Token, DateValue]],
) -> DateValue | None:
    ids = {t.i for t in chain}
    for governor, value in dates:
        if governor.i in ids:
            return value
    return None


def _sentence_dates(
    sentence: Sentence, annotation: Annotation, text: str, published: date | None
) -> list[tuple[Token, DateValue]]:
    found: list[tuple[Token, DateValue]] = []
    for mention in annotation.entities:
        if mention.label != "DATE" or not sentence.span.contains(mention.span):
            continue
        inside = [t for t in sentence if mention.span.contains(t.span)]
        if not inside:
            continue
        root = next(
            (t for t in inside if not mention.span.contains(_span_of(sentence, t.head))), inside[0]
        )
        governor: Token | None = root
        while governor is not None and governor.pos not in ("VERB", "AUX"):
            governor = sentence.head(governor)
        if governor is None:
            continue
        value = normalize_date(mention.span.text(text), published=published, sentence=sentence.text)
        found.append((governor, value))
    return found


def _span_of(sentence: Sentence, i: int) -> Span:
    token = sentence.tokens.get(i)
    return token.span if token is not None else Span(0, 0)


def _resolve_type(
    match: Match, negated: bool, tense: str, lexicon: EventLexicon
) -> tuple[EventType, str | None, str | None, bool] | None:
    """(type, mode, cameo, still_negated) for a match, after frames and negation."""
    rule = match.rule
    type_: EventType = rule.type
    mode, cameo = rule.mode, rule.cameo
    if match.kind == "intent":
        inner = match.inner_type or (match.inner.rule.type if match.inner else None)
        if inner is None:
            return None
        head = match.trigger[0].lemma.lower()
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
    chain = _chain(sentence, match)
    top = chain[-1]
    trigger_span = Span(match.trigger[0].start, max(t.end for t in match.trigger))
    statement = _statement_for(statements, trigger_span)
    speakers = [actors.from_token(sentence, t) for t in _speech_subjects(sentence, top, lexicon)]
    speaker: EventActor | None = None
    if statement is not None:
        speaker = actors.from_statement(statement)
    if (speaker is None or speaker.code is None) and speakers:
        speaker = next((s for s in speakers if s.code is not None), speakers[0])
    reported = statement is not None or bool(speakers)
    conditional = _conditional(sentence, match.trigger[0], lexicon)

    subject, passive, agent = _subject(sentence, chain)
    source: EventActor | None
    target: EventActor | None = None
    if match.inverted:
        if speaker is None or subject is None:
            return None
        source = speaker
        target = actors.from_token(sentence, subject)
        if target.code is None and not is_actor_like(subject):
            return None
        if match.inner is None:
            return None
    else:
        source = None
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
                if (
                    reported
                    and speaker is not None
                    and speaker.code is not None
                    and not conditional
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
    if source is None:
        return None
    if target is None:
        candidates = _target_candidates(sentence, match, chain, lexicon)
        if match.rule.place_object:
            candidates = [c for c in candidates if c not in sentence.children(match.head, "dobj")]
        if subject is not None and not passive and not match.inverted:
            # "Ukraine and Russia signed a deal": the second party is the target
            candidates.extend(sentence.children(subject, "conj"))
        own = {t.i for t in match.trigger} | {t.i for t in chain}
        if match.noun is not None and not (
            match.rule.type in ("SANCTION", "COERCE")
            and match.noun.lemma.lower() in lexicon.people_nouns
        ):
            own.add(match.noun.i)
        candidates = [c for c in candidates if c.i not in own]
        target = _pick_target(
            sentence, candidates, actors, source, lexicon.people_nouns, match.rule.type
        )
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
    elif still_negated:
        modality = "negated"
    elif (
        _hypothetical(sentence, chain, lexicon, reported=reported) and not match.inverted
    ) or _noun_infinitive(sentence, match.trigger[0]):
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
    confidence = {"phrase": 0.85, "verb": 0.8, "noun": 0.75, "intent": 0.75, "obligation": 0.7}[
        match.kind
    ]
    if source.code is None:
        confidence -= 0.2
    evidence = Span(sentence.span.start, sentence.span.start + len(sentence.text.rstrip()))
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


def code_events(
    article: Article,
    annotation: Annotation,
    statements: tuple[Statement, ...],
    *,
    resolver: ActorResolver | None = None,
    lexicon: EventLexicon,
    entities: tuple[Entity, ...] = (),
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

    Returns:
        The events in text order, including negated, conditional, hypothetical and demanded
        ones (see ``Event.modality``); events with no recoverable source are not coded.
    """
    text = article.text
    actors = _Actors(text, resolver, article.published, entities)
    events: list[Event] = []
    for index, span in enumerate(annotation.sentences):
        sentence = Sentence(annotation, index, span.text(text))
        if not sentence.tokens:
            continue
        matches = match_sentence(sentence, lexicon)
        if not matches:
            continue
        dates = _sentence_dates(sentence, annotation, text, article.published)
        state = _SentenceState()
        for match in matches:
            event = _code_match(
                match,
                sentence,
                article=article,
                statements=statements,
                actors=actors,
                lexicon=lexicon,
                dates=dates,
                state=state,
            )
            if event is not None and not _same_actor(event.source, event.target):
                state.events.append((match, event))
        events.extend(_link_frames(sentence, state.events))
    return tuple(events)
