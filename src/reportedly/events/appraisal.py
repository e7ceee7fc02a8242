"""Appraisals: a statement that judges a named actor's act codes the speaker's stance.

"Russia's decision is a grave mistake", "Trump called Clinton's plan a disaster" criticise
(ACCUSE `disapprove`); "Germany's decision is welcome" praises (SUPPORT). The gold codes such
implicit criticism and praise from what the statement says (docs/events-gold.md, "a
statement's stance"); no verb of criticism links speaker and actor. An appraisal needs three
things, all data in ``stance.yaml`` (``appraisal``): a judging word as the predicate of a
copula or of a naming verb's object, an act noun as what it judges, and a named actor whose
act it is (its possessor, a "by" agent, or an entity compound: "the Kremlin's move", "the
decision by Berlin", "the Trump plan"). Said of the speaker's own act ("Clinton called her
vote a mistake": the doer resolves to the speaker, or "my"/"our" in a quote), a negative word
admits a fault: CONCEDE (the gold's reading of regret). A named actor's *claim* judged untrue
("Russia's claim that it is moving troops away is false") criticises its maker, and the acts
the claim tells of are not asserted (:func:`untrue_claims`). Charges and reports are no act or
claim nouns: calling accusations baseless is most often a denial (no event), which the words
cannot tell from criticism.
"""

from __future__ import annotations

from reportedly.event_records import EventType
from reportedly.events._clause import _conditional
from reportedly.events._participants import _Actors, _same_actor
from reportedly.events._statement_frames import (
    _Frame,
    frame_event,
    lemma_key,
    statement_frame,
)
from reportedly.events._tree import Sentence
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor
from reportedly.events.stance import _negated
from reportedly.events.stance_lexicon import StanceLexicon
from reportedly.model import Span, Statement, Token

# verbs whose subject their predicate judges: "is a mistake", "seems reckless"
_COPULAS = frozenset({"be", "seem", "remain", "look", "sound", "prove", "appear"})
_CAMEO = {"ACCUSE": "111", "SUPPORT": "051", "CONCEDE": "055"}


def judged_noun(
    sentence: Sentence,
    word: Token,
    naming: frozenset[str],
    regarding: frozenset[str] = frozenset(),
    linking: frozenset[str] = frozenset(),
) -> Token | None:
    """The noun ``word`` is said of: the subject of a copula ``word`` (or the noun it
    modifies) is the predicate of ("the plan is dangerous", "... is a dangerous gamble"; a
    ``linking`` verb's object: "the support constitutes a threat"), the object of a naming
    verb whose object predicate it is ("called the plan a disaster"), or the object of a
    ``regarding`` verb whose "as" it follows ("sees NATO's expansion as a threat")."""
    current, head = word, sentence.head(word)
    if word.dep in ("amod", "appos") and head is not None and head.pos in ("NOUN", "PROPN"):
        verb = sentence.head(head)
        if word.i > head.i and verb is not None and lemma_key(verb) in naming:
            # the parser hangs a naming verb's predicate on its object: "called the move
            # reckless", "called the plan a disaster"
            return head if head.dep in ("dobj", "oprd") else None
        current, head = head, verb
    if current.dep == "pobj" and head is not None and lemma_key(head) == "as":
        verb = sentence.head(head)
        if head.dep == "prep" and verb is not None and lemma_key(verb) in regarding:
            objects = sentence.children(verb, "dobj")
            return objects[0] if objects else None
        return None
    if head is None or head.pos not in ("VERB", "AUX"):
        return None
    if current.dep == "dobj" and lemma_key(head) in linking:
        subjects = sentence.children(head, "nsubj")
        return subjects[0] if subjects else None
    if current.dep in ("acomp", "attr") and lemma_key(head) in _COPULAS:
        subjects = sentence.children(head, "nsubj")
        return subjects[0] if subjects else None
    if current.dep in ("oprd", "acomp", "attr") and lemma_key(head) in naming:
        objects = sentence.children(head, "dobj")
        return objects[0] if objects else None
    return None


def _naming_frame(
    sentence: Sentence, act: Token, naming: frozenset[str], actors: _Actors
) -> _Frame | None:
    """The naming verb's subject speaks of its object ("Trump called the move reckless")."""
    verb = sentence.head(act)
    if verb is None or lemma_key(verb) not in naming or act.dep not in ("dobj", "oprd"):
        return None
    subjects = sentence.children(verb, "nsubj")
    if not subjects or sentence.children(verb, "neg"):
        return None
    own = frozenset(t.i for t in sentence.subtree(subjects[0]))
    content = frozenset(t.i for t in sentence.subtree(verb)) - own - {verb.i}
    return _Frame(actors.from_token(sentence, subjects[0]), content, None, own)


def _doer(sentence: Sentence, act: Token, actors: _Actors, labels: frozenset[str]) -> Token | None:
    """Whose act ``act`` is: its possessor, its "by" agent, or an entity compound or
    adjective ("Russian discourse")."""
    for kid in sentence.children(act, "poss"):
        return kid
    for prep in sentence.children(act, "prep"):
        if lemma_key(prep) == "by":
            objects = sentence.children(prep, "pobj")
            if objects:
                return objects[0]
    for kid in sentence.children(act, "compound", "amod"):
        if kid.ent_type in labels:
            return kid  # "the Trump plan", "Russian discourse"
    return None


def _judgement(
    sentence: Sentence, word: Token, stance: StanceLexicon
) -> tuple[EventType, Token] | None:
    """(type, judged noun) when ``word`` judges an act or a claim: an act noun takes its
    word's type; a claim noun, an untrue or negative word (ACCUSE)."""
    judged = stance.appraisals.get(lemma_key(word)) or stance.appraisals.get(word.text.lower())
    untrue = lemma_key(word) in stance.untrue_words or word.text.lower() in stance.untrue_words
    if judged is None and not untrue:
        return None
    noun = judged_noun(
        sentence, word, stance.naming_verbs, stance.regarding_verbs, stance.linking_verbs
    )
    if noun is None:
        return None
    if lemma_key(noun) in stance.claim_nouns and (untrue or judged == "ACCUSE"):
        return "ACCUSE", noun
    if untrue and lemma_key(noun) in stance.pointers and noun.pos in ("PRON", "DET"):
        return "ACCUSE", noun  # "this is a baseless pretext": whose, the sentence may not say
    if lemma_key(noun) in stance.act_nouns and judged is not None:
        return judged, noun
    return None


def _speakers_own(doer: Token, actor: EventActor, frame: _Frame, lexicon: EventLexicon) -> bool:
    """Whether the judged act is the speaker's: "my"/"our" in what they say, or a doer that
    resolves to the speaker ("Clinton called her vote a mistake", "her" resolved)."""
    if lemma_key(doer) in lexicon.first_person:
        return True
    return actor.actor_id is not None and _same_actor(actor, frame.speaker)


def appraisal_events(
    sentence: Sentence,
    *,
    article_id: str,
    statements: tuple[Statement, ...],
    coded: list[Event],
    actors: _Actors,
    lexicon: EventLexicon,
) -> list[Event]:
    """ACCUSE, SUPPORT and CONCEDE events of the appraisals in ``sentence`` (none of a type
    already coded in it)."""
    stance = lexicon.stance
    done = {e.type for e in coded}
    events: list[Event] = []
    for word in sentence:
        judgement = _judgement(sentence, word, stance)
        if judgement is None:
            continue
        type_, act = judgement
        if _negated(sentence, [word], lexicon.negators) or _conditional(sentence, word, lexicon):
            continue
        frame = _naming_frame(
            sentence, act, stance.naming_verbs | stance.regarding_verbs, actors
        ) or statement_frame(sentence, word, statements, actors, lexicon)
        if frame is None or word.i not in frame.content or act.i not in frame.content:
            continue
        doer = _doer(sentence, act, actors, stance.actor_labels)
        if doer is None:
            if (
                type_ == "ACCUSE"
                and "ACCUSE" not in done
                and _unowned_untrue(sentence, word, act, stance, lexicon)
            ):
                events.append(_unowned_event(sentence, frame, article_id, word))
                done.add("ACCUSE")
            continue
        actor: EventActor = actors.from_token(sentence, doer)
        target: EventActor | None = actor
        if _speakers_own(doer, actor, frame, lexicon):
            if type_ != "ACCUSE" or lemma_key(act) in stance.claim_nouns:
                continue  # self-praise, or one's own claim, is no event
            type_, target = "CONCEDE", None
        elif actor.code is None or _same_actor(actor, frame.speaker):
            continue
        elif actor.code == frame.speaker.code and doer.ent_type in ("GPE", "NORP"):
            continue  # the speaker's own state: "Peskov: Russia's decision is right"
        if type_ in done:
            continue
        trigger = Span(word.start, word.end)
        events.append(
            frame_event(
                sentence,
                frame,
                article_id=article_id,
                type_=type_,
                mode="disapprove" if type_ == "ACCUSE" else None,
                cameo=_CAMEO[type_],
                target=target,
                trigger=trigger,
                rule=f"appraisal:{lemma_key(word)}",
                confidence=(0.6, 0.4),
            )
        )
        done.add(type_)
    return events


def _unowned_untrue(
    sentence: Sentence, word: Token, judged: Token, stance: StanceLexicon, lexicon: EventLexicon
) -> bool:
    """ "This assumption is false", "this is a baseless pretext", "that's quite wrong": an
    untrue word said of a claim pointed at, whose maker the sentence does not name (the
    gold's ACCUSE with no target). Not an "it" that stands for a clause ("it would be wrong
    to say"), nor a judgement under a modal."""
    if lemma_key(word) not in stance.untrue_words and word.text.lower() not in stance.untrue_words:
        return False
    pointed = lemma_key(judged) in stance.pointers and judged.pos in ("PRON", "DET")
    if not pointed:
        pointed = lemma_key(judged) in stance.claim_nouns and any(
            lemma_key(d) in stance.pointers for d in sentence.children(judged, "det")
        )
    if not pointed:
        return False
    verb = sentence.head(judged)
    if verb is None:
        return False
    return not any(
        kid.dep in ("ccomp", "xcomp", "csubj")
        or (kid.dep == "aux" and lemma_key(kid) in lexicon.hypothetical_modals)
        for kid in sentence.children(verb)
    )


def _unowned_event(sentence: Sentence, frame: _Frame, article_id: str, word: Token) -> Event:
    return frame_event(
        sentence,
        frame,
        article_id=article_id,
        type_="ACCUSE",
        mode="disapprove",
        cameo=_CAMEO["ACCUSE"],
        target=None,
        trigger=Span(word.start, word.end),
        rule=f"appraisal:{lemma_key(word)}",
        confidence=(0.6, 0.4),
    )


def untrue_claims(sentence: Sentence, lexicon: EventLexicon) -> list[Span]:
    """The content clauses of the claims ``sentence`` judges untrue ("Russia's claim that it
    is moving troops away is false": "that it is moving troops away"), whoever judges them:
    the acts they tell of are not asserted."""
    stance = lexicon.stance
    spans: list[Span] = []
    for word in sentence:
        judgement = _judgement(sentence, word, stance)
        if judgement is None or lemma_key(judgement[1]) not in stance.claim_nouns:
            continue
        if _negated(sentence, [word], lexicon.negators):
            continue
        for clause in sentence.children(judgement[1], "acl", "ccomp"):
            tokens = sentence.subtree(clause)
            spans.append(Span(min(t.start for t in tokens), max(t.end for t in tokens)))
    return spans
