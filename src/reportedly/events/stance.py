"""Stance events: ACCUSE and THREATEN read off what a statement says about a named actor.

The gold codes criticism ("the hysteria around Russia's attack is coming from across the
ocean", "openly sell Russophobia") and veiled warnings ("there would be enormous consequences
if Russia ...") as events of the speaker against the actor the content names, where no verb
links the two. A cue from ``data/stance.yaml`` inside a statement (the attribution stage's,
or a speech verb's clause in the sentence) codes its type from the speaker to the nearest
resolved actor in the content; a negated cue or statement codes nothing.
"""

from __future__ import annotations

from reportedly.events._clause import _conditional
from reportedly.events._participants import _Actors, _same_actor, reported_it
from reportedly.events._statement_frames import (
    _Frame,
    frame_event,
    lemma_key,
    statement_frame,
)
from reportedly.events._tree import Sentence, is_actor_like
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor
from reportedly.events.stance_lexicon import StanceCue, StanceLexicon
from reportedly.model import Span, Statement, Token

_SKIPPED_POS = frozenset({"DET", "PUNCT"})
# a cue's prepositions whose object is the victim or the topic, not the one criticised
_TOPIC_PREPS = frozenset(
    {
        "against",
        "on",
        "upon",
        "toward",
        "towards",
        "into",
        "at",
        "around",
        "about",
        "over",
        "in",
        "to",
        "for",
        "with",
        "from",
    }
)


def find_cues(sentence: Sentence, stance: StanceLexicon) -> list[tuple[StanceCue, list[Token]]]:
    """Cue matches in text order, longest first at each position, determiners skipped."""
    words = [t for t in sentence if t.pos not in _SKIPPED_POS]
    found: list[tuple[StanceCue, list[Token]]] = []
    used: set[int] = set()
    for start in range(len(words)):
        opening = words[start]
        lemma, word = lemma_key(opening), opening.text.lower()
        # the cues this word can open, in the lexicon's order (longest first)
        candidates = stance.opening.get(lemma, ())
        if word != lemma and word in stance.opening:
            candidates = tuple(sorted(candidates + stance.opening[word], key=_place))
        for _, cue in candidates:
            n = len(cue.lemmas)
            window = words[start : start + n]
            if len(window) != n or any(t.i in used for t in window):
                continue
            pairs = zip(window, cue.lemmas, strict=True)
            if all(lemma_key(t) == lemma or t.text.lower() == lemma for t, lemma in pairs):
                found.append((cue, window))
                used.update(t.i for t in window)
                break
    return found


def _place(item: tuple[int, StanceCue]) -> int:
    return item[0]


def _negated(sentence: Sentence, cue: list[Token], negators: frozenset[str]) -> bool:
    """A "not"/"no" on the cue or on the clause it sits in, other than the cue's own words."""
    own = {t.i for t in cue}
    chain = list(cue)
    for ancestor in sentence.ancestors(cue[0]):
        chain.append(ancestor)
        if ancestor.pos in ("VERB", "AUX"):
            break
    for token in chain:
        for kid in sentence.children(token, "neg", "det", "advmod", "preconj"):
            if kid.i not in own and (kid.dep == "neg" or lemma_key(kid) in negators):
                return True
    return False


# the dependencies by which a cue is part of its clause's assertion
_ASSERTING_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "attr",
        "acomp",
        "dobj",
        "oprd",
        "amod",
        "compound",
        "conj",
        "appos",
        "xcomp",
        "ccomp",
        "advmod",
        "neg",
        "aux",
        "pobj",
        "prep",
        "poss",
        "ROOT",
    }
)
_CHARGE_PREPS = frozenset({"of", "by"})


def _named_actors(
    sentence: Sentence, frame: _Frame, actors: _Actors, labels: frozenset[str]
) -> list[tuple[int, EventActor]]:
    """(first token index, actor) for each resolved entity mention in the content."""
    out: list[tuple[int, EventActor]] = []
    tokens = [t for t in sentence if t.i in frame.content and t.i not in frame.speaker_tokens]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.ent_type not in labels or token.ent_iob == "O":
            index += 1
            continue
        end = index + 1
        while (
            end < len(tokens)
            and tokens[end].ent_iob == "I"
            and tokens[end].ent_type == token.ent_type
            and tokens[end].i == tokens[end - 1].i + 1
        ):
            end += 1
        span = Span(token.start, tokens[end - 1].end)
        actor = actors.from_span(span)
        if actor.code is not None:
            out.append((token.i, actor))
        index = end
    return out


def _own_state(sentence: Sentence, i: int, actor: EventActor, frame: _Frame) -> bool:
    """A state named as a place or people of the speaker's own side ("Peskov: Russia will
    respond"): the speaker's side, not a target."""
    if actor.code is None or actor.code != frame.speaker.code:
        return False
    return actor.actor_id is None or sentence.tokens[i].ent_type in ("GPE", "NORP")


def _topic_object(sentence: Sentence, i: int) -> bool:
    """Whether the mention at ``i`` sits in a victim or topic phrase ("aggression against
    Ukraine", "consequences for the people of Russia")."""
    token = sentence.tokens[i]
    for current in (token, *sentence.ancestors(token)):
        if current.pos in ("VERB", "AUX"):
            return False
        head = sentence.head(current)
        if current.dep == "pobj" and head is not None and lemma_key(head) in _TOPIC_PREPS:
            return True
    return False


def _asserted(sentence: Sentence, cue: list[Token], frame: _Frame) -> bool:
    """Whether the cue is part of what the statement asserts, not buried in a modifier of
    it ("people who support Russian aggression", "on charges of war crimes")."""
    own = {t.i for t in cue}
    current = next((t for t in cue if t.head not in own), cue[0])
    while True:
        head = sentence.head(current)
        if head is None or head.i not in frame.content:
            return True
        if current.dep == "pobj" and lemma_key(head) not in _CHARGE_PREPS:
            return False
        if current.dep == "prep" and lemma_key(current) not in _CHARGE_PREPS:
            return False
        if current.dep not in _ASSERTING_DEPS:
            return False
        current = head


def _target(
    sentence: Sentence, cue: list[Token], named: list[tuple[int, EventActor]], *, root: bool
) -> EventActor | None:
    """The actor the cue is about: one inside the cue's phrase ("Russia's aggression", "war
    crimes by X"), else the first in its clause's subject, else the nearest — never one the
    cue is directed at or only mentions ("aggression against Russia", "hysteria around X").
    ``root``: the cue is a predicate read from its governing word ("preparing for an
    invasion": "preparing"), not from its last."""
    own_words = {t.i for t in cue}
    head = next((t for t in cue if t.head not in own_words), cue[-1]) if root else cue[-1]
    aside = {
        t.i
        for kid in sentence.children(head, "prep")
        if lemma_key(kid) in _TOPIC_PREPS
        for t in sentence.subtree(kid)
    }
    kept = [(i, a) for i, a in named if i not in aside and not _topic_object(sentence, i)]
    if not kept:
        return None
    own = {t.i for t in sentence.subtree(head)}
    inside = [(i, a) for i, a in kept if i in own]
    if inside:
        return min(inside, key=lambda pair: abs(pair[0] - head.i))[1]
    if head.dep == "pobj":
        return None  # "in the event of aggression": a frame, not a charge against anyone
    clause = next((a for a in sentence.ancestors(head) if a.pos in ("VERB", "AUX")), None)
    if clause is not None:
        subject = {
            t.i
            for kid in sentence.children(clause, "nsubj", "nsubjpass")
            for t in sentence.subtree(kid)
        }
        first = [(i, a) for i, a in kept if i in subject]
        if first:
            return min(first, key=lambda pair: pair[0])[1]
    return min(kept, key=lambda pair: abs(pair[0] - head.i))[1]


def _pronoun_doer(
    sentence: Sentence, verb: Token, actors: _Actors, frame: _Frame
) -> EventActor | None:
    """The coded actor a pronoun subject of an alleged act stands for ("the US warned that
    it was preparing for the invasion": Russia, named before)."""
    for subject in sentence.children(verb, "nsubj"):
        if subject.pos != "PRON":
            continue
        speaking = [sentence.tokens[i] for i in sorted(frame.speaker_tokens)]
        actor = reported_it(sentence, subject, speaking, actors) or actors.from_token(
            sentence, subject
        )
        if actor.code is not None and not _same_actor(actor, frame.speaker):
            return actor
    return None


def pronoun_subject(
    sentence: Sentence,
    word: Token,
    actors: _Actors,
    frame: _Frame,
    pronouns: frozenset[str],
) -> EventActor | None:
    """The person a "he"/"she"/"they" subject of the clause ``word`` sits in stands for ("'He
    is reckless with the Russian state's resources,' she said"): a person criticised whom the
    sentence does not name, coded where the article resolves the pronoun. Not the speaker
    ("he said he was wrong")."""
    clause = next((a for a in sentence.ancestors(word) if a.pos in ("VERB", "AUX")), None)
    if clause is None or clause.i not in frame.content:
        return None
    for subject in sentence.children(clause, "nsubj"):
        if lemma_key(subject) not in pronouns and subject.text.lower() not in pronouns:
            continue
        speaking = [sentence.tokens[i] for i in sorted(frame.speaker_tokens)]
        if any(t.text.lower() == subject.text.lower() for t in speaking):
            return None
        actor = reported_it(sentence, subject, speaking, actors) or actors.from_token(
            sentence, subject
        )
        return None if _same_actor(actor, frame.speaker) else actor
    return None


def _warned(
    sentence: Sentence, cue: Token, actors: _Actors, lexicon: EventLexicon, frame: _Frame
) -> EventActor | None:
    """The doer of the condition a warning is made on ("if the West supplies missiles,
    Russia will respond accordingly": the West)."""
    for clause in (cue, *sentence.ancestors(cue)):
        for kid in sentence.children(clause, "advcl"):
            marks = sentence.children(kid, "mark")
            if not any(lemma_key(m) in lexicon.condition_marks for m in marks):
                continue
            for subject in sentence.children(kid, "nsubj"):
                actor = actors.from_token(sentence, subject)
                if (actor.code is not None or is_actor_like(subject)) and not _same_actor(
                    actor, frame.speaker
                ):
                    return actor
    return None


def stance_events(
    sentence: Sentence,
    *,
    article_id: str,
    statements: tuple[Statement, ...],
    coded: list[Event],
    actors: _Actors,
    lexicon: EventLexicon,
) -> list[Event]:
    """ACCUSE and THREATEN events of the statements in ``sentence`` (none of a type the
    rules already coded in it)."""
    stance = lexicon.stance
    hits: list[tuple[StanceCue, list[Token]]] = find_cues(sentence, stance)
    for statement in statements:
        if statement.cue is None or not statement.cue.overlaps(sentence.span):
            continue
        verbs = [t for t in sentence if statement.cue.contains(t.span) and t.pos == "VERB"]
        if verbs and lemma_key(verbs[0]) in stance.cue_verbs:
            lemma = lemma_key(verbs[0])
            cue = StanceCue(lemmas=(lemma,), type="ACCUSE", mode="disapprove", cameo="111")
            hits.append((cue, [verbs[0]]))
    done = {e.type for e in coded}
    events: list[Event] = []
    for cue, words in hits:
        if cue.type in done:
            continue
        if _negated(sentence, words, lexicon.negators):
            continue
        if cue.type != "THREATEN" and _conditional(sentence, words[0], lexicon):
            continue
        frame = statement_frame(sentence, words[0], statements, actors, lexicon)
        if frame is None or not _asserted(sentence, words, frame):
            continue
        if frame.speaker.span is not None and any(
            t.span.overlaps(frame.speaker.span) and lemma_key(t) in lexicon.not_actors
            for t in sentence
        ):
            continue  # "which support Russia's disinformation": no one speaks
        named = [
            (i, a)
            for i, a in _named_actors(sentence, frame, actors, stance.actor_labels)
            if not _same_actor(a, frame.speaker) and not _own_state(sentence, i, a, frame)
        ]
        target = _target(sentence, words, named, root=cue.mode == "allege")
        if target is None and cue.mode == "allege":
            target = _pronoun_doer(sentence, words[0], actors, frame)
        if target is None and cue.type == "ACCUSE":
            target = pronoun_subject(sentence, words[0], actors, frame, stance.people_pronouns)
        if cue.type == "THREATEN":
            target = _warned(sentence, words[0], actors, lexicon, frame) or target
        if target is None:
            continue
        trigger = Span(words[0].start, words[-1].end)
        events.append(
            frame_event(
                sentence,
                frame,
                article_id=article_id,
                type_=cue.type,
                mode=cue.mode,
                cameo=cue.cameo,
                target=target,
                trigger=trigger,
                rule=f"stance:{' '.join(cue.lemmas)}",
                confidence=(0.6, 0.4),
            )
        )
        done.add(cue.type)
    return events
