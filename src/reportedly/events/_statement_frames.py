"""Which statement a word is said in, as the sentence shows it: the attribution stage's
statement whose content or cue holds the word, else a speech or naming verb's clause (split
from ``stance``; ``appraisal`` reads the same frames)."""

from __future__ import annotations

from dataclasses import dataclass

from reportedly.event_records import EventType
from reportedly.events._clause import _issuer, _speech_subjects
from reportedly.events._participants import _Actors
from reportedly.events._tree import Sentence
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor
from reportedly.model import Span, Statement, Token


@dataclass(frozen=True, slots=True)
class _Frame:
    """A statement as the sentence shows it: who speaks, which tokens they say."""

    speaker: EventActor
    content: frozenset[int]
    statement: str | None
    speaker_tokens: frozenset[int]
    document: int | None = None  # the issued document that says the content, if that frame


def lemma_key(token: Token) -> str:
    """A token's lemma, lower-cased: how the stance word lists are keyed."""
    return token.lemma.lower()


def statement_frame(
    sentence: Sentence,
    word: Token,
    statements: tuple[Statement, ...],
    actors: _Actors,
    lexicon: EventLexicon,
) -> _Frame | None:
    """The statement ``word`` is said in: one whose content holds it, else one whose cue it
    is."""
    return _frames(sentence, word, statements, actors, lexicon) or _cue_frame(
        sentence, word, statements, actors
    )


def _cue_frame(
    sentence: Sentence, cue: Token, statements: tuple[Statement, ...], actors: _Actors
) -> _Frame | None:
    """A statement whose cue is ``cue`` ("X slammed Russia's ..."): its content is the cue's
    clause."""
    for statement in statements:
        if statement.cue is None or not statement.cue.contains(cue.span) or statement.negated:
            continue
        speaker = actors.from_statement(statement)
        if speaker is None:
            return None
        mention = speaker.span
        own = frozenset(t.i for t in sentence if mention is not None and mention.overlaps(t.span))
        content = frozenset(t.i for t in sentence.subtree(cue)) - own - {cue.i}
        return _Frame(speaker, content, statement.id, own)
    return None


def _frames(
    sentence: Sentence,
    cue: Token,
    statements: tuple[Statement, ...],
    actors: _Actors,
    lexicon: EventLexicon,
) -> _Frame | None:
    """The statement whose content holds ``cue``: the attribution stage's, else a speech
    verb's clause ("X said that ...", "..., X said"), else an issued document's ("X published
    a letter about ..."); ``None`` outside any, or negated."""
    inside = [s for s in statements if any(c.contains(cue.span) for c in s.content)]
    if inside:
        statement = min(inside, key=lambda s: len(s.extent))
        speaker = actors.from_statement(statement)
        if statement.negated or speaker is None:
            return None
        content = frozenset(
            t.i for t in sentence if any(c.contains(t.span) for c in statement.content)
        )
        mention = speaker.span
        own = frozenset(t.i for t in sentence if mention is not None and mention.overlaps(t.span))
        return _Frame(speaker, content, statement.id, own)
    subjects = _speech_subjects(sentence, cue, lexicon) or _naming_subjects(
        sentence, cue, lexicon.stance.naming_verbs
    )
    if not subjects:
        participle = _participle_frame(sentence, cue, actors, lexicon)
        if participle is not None:
            return participle
        return _noun_frame(sentence, cue, actors, lexicon.stance.speech_nouns) or _document_frame(
            sentence, cue, actors, lexicon
        )
    subject = subjects[0]
    verb = sentence.head(subject)
    if verb is None or sentence.children(verb, "neg"):
        return None
    outside = {t.i for t in sentence.subtree(subject)} | {verb.i}
    content = frozenset(
        t.i
        for kid in sentence.children(verb)
        if kid.i not in outside and kid.dep not in ("punct", "nsubj", "aux", "neg", "advmod")
        for t in sentence.subtree(kid)
    )
    according = sentence.head(verb)
    if according is not None and lemma_key(according) == "accord":
        # "X is false, according to Y": Y says the clause "according" hangs on
        clause = sentence.head(according)
        aside = {t.i for t in sentence.subtree(according)}
        if clause is not None:
            content = frozenset(t.i for t in sentence.subtree(clause) if t.i not in aside)
    speaker = actors.from_token(sentence, subject)
    return _Frame(speaker, content, None, frozenset(t.i for t in sentence.subtree(subject)))


def _participle_frame(
    sentence: Sentence, cue: Token, actors: _Actors, lexicon: EventLexicon
) -> _Frame | None:
    """A speech participle with no subject of its own says its clause for the subject of the
    verb it hangs on ("Moscow has denied it, insisting that NATO support constitutes a
    threat", "Trump spoke for an hour, adding that ..."); not under a negated verb."""
    current = cue
    for speech in sentence.ancestors(cue):
        if (
            current.dep in ("ccomp", "xcomp", "parataxis")
            and speech.tag == "VBG"
            and speech.dep in ("advcl", "xcomp", "conj")
            and lemma_key(speech) in lexicon.speech_verbs
            and not sentence.children(speech, "nsubj")
        ):
            verb = sentence.head(speech)
            while verb is not None and verb.dep == "ccomp":
                verb = sentence.head(verb)  # "denied it is planning, insisting": the denier
            if verb is None or verb.pos not in ("VERB", "AUX") or sentence.children(verb, "neg"):
                return None
            subjects = sentence.subjects(verb, "nsubj")
            if not subjects:
                return None
            content = frozenset(t.i for t in sentence.subtree(current))
            own = frozenset(t.i for t in sentence.subtree(subjects[0]))
            return _Frame(actors.from_token(sentence, subjects[0]), content, None, own)
        current = speech
    return None


def _noun_frame(
    sentence: Sentence, cue: Token, actors: _Actors, speech_nouns: frozenset[str]
) -> _Frame | None:
    """The content clause of a speech noun whose possessor or "from"/"by" object is its
    speaker ("warnings from US intelligence officials that a Russian invasion could be
    imminent", "Moscow's claim that Kyiv is preparing an attack"); not a relative clause."""
    current = cue
    for noun in sentence.ancestors(cue):
        if current.dep in ("acl", "ccomp") and lemma_key(noun) in speech_nouns:
            if noun.pos != "NOUN" or any(
                t.tag in ("WDT", "WP") for t in sentence.children(current, "nsubj", "dobj")
            ):
                return None
            speakers = sentence.children(noun, "poss") or [
                o
                for prep in sentence.children(noun, "prep")
                if lemma_key(prep) in ("from", "by")
                for o in sentence.children(prep, "pobj")
            ]
            if not speakers:
                return None
            own = frozenset(t.i for t in sentence.subtree(speakers[0]))
            content = frozenset(t.i for t in sentence.subtree(current))
            return _Frame(actors.from_token(sentence, speakers[0]), content, None, own)
        current = noun
    return None


def _document_frame(
    sentence: Sentence, cue: Token, actors: _Actors, lexicon: EventLexicon
) -> _Frame | None:
    """The issued document ``cue`` is said in, its issuer the speaker ("artists published an
    open letter about the hateful discourse of Trump", "signed a letter calling Russia a
    terrorist state")."""
    for document in sentence.ancestors(cue):
        if lemma_key(document) not in lexicon.issued_documents:
            continue
        issuer = _issuer(sentence, document, lexicon)
        if issuer.i == document.i:
            return None
        own = frozenset(t.i for t in sentence.subtree(issuer))
        content = frozenset(t.i for t in sentence.subtree(document)) - {document.i}
        return _Frame(actors.from_token(sentence, issuer), content, None, own, document.i)
    return None


def _naming_subjects(sentence: Sentence, cue: Token, naming: frozenset[str]) -> list[Token]:
    """The subject of a naming verb whose object predicate holds the cue ("Trump called
    Clinton a fraud": Trump says what the predicate says of the object)."""
    current = cue
    for ancestor in sentence.ancestors(cue):
        if current.dep == "oprd" and lemma_key(ancestor) in naming and ancestor.pos == "VERB":
            return sentence.subjects(ancestor, "nsubj")
        current = ancestor
    return []


def frame_event(
    sentence: Sentence,
    frame: _Frame,
    *,
    article_id: str,
    type_: EventType,
    mode: str | None,
    cameo: str | None,
    target: EventActor | None,
    trigger: Span,
    rule: str,
    confidence: tuple[float, float],
) -> Event:
    """The asserted event a statement's words code, its speaker the source; ``confidence``
    is the event's where the speaker is a coded actor, then where it is not."""
    return Event(
        id=Event.make_id(article_id, type_, trigger),
        type=type_,
        mode=mode,
        source=frame.speaker,
        target=target,
        evidence=sentence.evidence,
        trigger=trigger,
        statement=frame.statement,
        modality="asserted",
        cameo=cameo,
        rule=rule,
        confidence=confidence[0] if frame.speaker.code is not None else confidence[1],
    )


# CAMEO code of a statement's ACCUSE by its mode: 111 "criticize or denounce", 112 "accuse"
ACCUSE_CAMEO = {"disapprove": "111", "allege": "112"}


def accuse_event(
    sentence: Sentence,
    frame: _Frame,
    *,
    article_id: str,
    mode: str,
    target: EventActor,
    trigger: Span,
    rule: str,
) -> Event:
    """The speaker's ACCUSE that an evaluation or a concern codes (``mode`` "disapprove" or
    "allege"); less sure than a verb's, so 0.55 for a coded speaker, else 0.35."""
    return frame_event(
        sentence,
        frame,
        article_id=article_id,
        type_="ACCUSE",
        mode=mode,
        cameo=ACCUSE_CAMEO[mode],
        target=target,
        trigger=trigger,
        rule=rule,
        confidence=(0.55, 0.35),
    )
