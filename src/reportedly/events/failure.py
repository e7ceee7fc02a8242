"""Failures charged: a speaker who says another actor did not do what it owed criticises it.

"But the West did not let Ukraine continue them, the president said", "'The Germans did not
settle accounts for us,' Kaczyński said", "western Europe did not listen to their warnings":
no verb of criticism, yet the gold codes the speaker's ACCUSE against the actor who failed
(docs/events-gold.md, "a statement's stance"). The verbs are data (``stance.yaml``,
``failure``): acts one owes or is expected to do (let, listen, keep, honour, respond), never
the rule lexicon's own triggers, whose negation the rules code ("did not withdraw" is a
negated RETREAT). Only a past or perfect "not"/"never" on a verb whose subject is a named
actor other than the speaker's side; no event under a condition, a modal or a question.
"""

from __future__ import annotations

from reportedly.events._clause import _conditional
from reportedly.events._participants import _Actors, _same_actor
from reportedly.events._statement_frames import accuse_event, lemma_key, statement_frame
from reportedly.events._tree import Sentence, is_actor_like
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event
from reportedly.model import Span, Statement, Token

# past and perfect forms: "did not let", "has not kept", "never listened"
_PAST_TAGS = frozenset({"VBD", "VBN"})
_PAST_AUX = frozenset({"do", "have"})


def _failed(sentence: Sentence, verb: Token, lexicon: EventLexicon) -> bool:
    """Whether ``verb`` is negated and told as past: "did not let", "has never kept"."""
    if not any(kid.dep == "neg" or lemma_key(kid) == "never" for kid in sentence.children(verb)):
        return False
    auxes = sentence.children(verb, "aux", "auxpass")
    if any(lemma_key(a) in lexicon.hypothetical_modals for a in auxes):
        return False
    if any(lemma_key(a) in lexicon.future_auxiliaries for a in auxes):
        return False
    return verb.tag in _PAST_TAGS or any(
        lemma_key(a) in _PAST_AUX and a.tag in ("VBD", "VBZ", "VBP") for a in auxes
    )


def failure_events(
    sentence: Sentence,
    *,
    article_id: str,
    statements: tuple[Statement, ...],
    coded: list[Event],
    actors: _Actors,
    lexicon: EventLexicon,
) -> list[Event]:
    """The ACCUSE of the first failure charged in ``sentence`` (none where the sentence
    already has an ACCUSE or a rule event on the verb)."""
    verbs = lexicon.stance.failure_verbs
    if not verbs or any(e.type == "ACCUSE" for e in coded):
        return []
    for verb in sentence:
        if verb.pos != "VERB" or lemma_key(verb) not in verbs:
            continue
        if any(e.trigger.start <= verb.start < e.trigger.end for e in coded):
            continue
        if not _failed(sentence, verb, lexicon) or _conditional(sentence, verb, lexicon):
            continue
        subjects = sentence.children(verb, "nsubj")
        if not subjects or subjects[0].pos == "PRON":
            continue
        frame = statement_frame(sentence, verb, statements, actors, lexicon)
        if frame is None or verb.i not in frame.content or subjects[0].i not in frame.content:
            continue
        if sentence.text.rstrip().rstrip("\"'”’»").endswith("?"):
            continue
        target = actors.from_token(sentence, subjects[0])
        if target.code is None and not is_actor_like(subjects[0]):
            continue  # "the deal did not help": no actor failed
        if _same_actor(target, frame.speaker) or (
            target.code is not None and target.code == frame.speaker.code
        ):
            continue  # the speaker's own side: "we did not let them" is no criticism
        return [
            accuse_event(
                sentence,
                frame,
                article_id=article_id,
                mode="disapprove",
                target=target,
                trigger=Span(verb.start, verb.end),
                rule=f"failure:{lemma_key(verb)}",
            )
        ]
    return []
