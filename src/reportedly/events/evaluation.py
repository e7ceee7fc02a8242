"""Evaluations: a statement's negative words about a named actor code the speaker's ACCUSE.

"The hateful discourse of Trump", "Russia's unjustified aggression", "Moscow spreads lies",
"the criminal Putin regime", "Russia is a terrorist state": a speaker who says these of an
actor criticises it, with no verb of criticism between the two (docs/events-gold.md, "a
statement's stance"). Unlike ``stance``, which takes the nearest named actor in the content,
an evaluation codes only the actor the evaluative word is *about* by the parse: the
possessor, "by" (or "of") agent or entity modifier of the noun the word is or modifies, that
noun itself when it names an actor, the subject a predicate judges, the object a naming verb
judges, the subject of a doing verb whose object the noun is ("launched a false pretext"),
or the subject of an evaluative verb ("Moscow lied"). Words, doing verbs, blocking words and
the nouns whose "of" names a victim are data (``stance.yaml``, ``evaluation``). No event
where the word is negated, conditional, questioned, under a charge or claim reported of
someone ("accusations of aggression"), or names no coded actor.
"""

from __future__ import annotations

from reportedly.events._clause import _conditional
from reportedly.events._participants import _Actors, _same_actor
from reportedly.events._statement_frames import (
    _Frame,
    accuse_event,
    lemma_key,
    statement_frame,
)
from reportedly.events._tree import Sentence, is_actor_like
from reportedly.events.appraisal import judged_noun
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event, EventActor
from reportedly.events.stance import _negated
from reportedly.events.stance_lexicon import StanceLexicon
from reportedly.model import Span, Statement, Token

_NOUNS = frozenset({"NOUN", "PROPN"})
# how a word attaches to the noun it describes: "Russian aggression", "a terrorist state"
_MODIFIER_DEPS = frozenset({"amod", "compound", "conj"})
# prefixes that turn an entity modifier into a stance towards it: "anti-Russian propaganda"
_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})
# how what a speech verb says hangs on it when no attribution statement holds the word:
# "said that Russia's aggression ...", not "said, reproducing the Kremlin's false narrative"
_SAID_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "acomp", "parataxis"})


def _described(sentence: Sentence, word: Token) -> Token:
    """The noun ``word`` is or describes: itself, or the noun a modifier hangs on."""
    current = word
    while current.dep in _MODIFIER_DEPS and current.pos not in _NOUNS:
        head = sentence.head(current)
        if head is None or head.i == current.i:
            break
        current = head
    if current.pos in _NOUNS or current.dep not in _MODIFIER_DEPS:
        return current
    return word


def _as_verb(word: Token) -> bool:
    return word.pos == "VERB" and word.dep != "amod"


def _prefixed(sentence: Sentence, token: Token) -> bool:
    """Whether an "anti-" or "pro-" precedes ``token`` ("anti-Russian")."""
    before = (sentence.tokens.get(i) for i in range(token.i - 3, token.i))
    words = {t.text.lower().rstrip("-") for t in before if t is not None}
    return bool(words & _STANCE_PREFIXES) or token.text.lower().startswith(
        tuple(f"{p}-" for p in _STANCE_PREFIXES)
    )


def _doers(sentence: Sentence, word: Token, noun: Token, evaluation: StanceLexicon) -> list[Token]:
    """The tokens that may name whose the evaluated thing is, best first."""
    found: list[Token] = []
    if noun.i != word.i and noun.ent_type in evaluation.actor_labels:
        found.append(noun)  # "terrorist Russia", "the criminal Kremlin"
    found.extend(sentence.children(noun, "poss"))
    for prep in sentence.children(noun, "prep"):
        key = lemma_key(prep)
        if key == "by" or (key == "of" and lemma_key(noun) not in evaluation.of_victims):
            found.extend(sentence.children(prep, "pobj"))
    of = sentence.head(noun)
    owner = sentence.head(of) if of is not None and noun.dep == "pobj" else None
    if of is not None and lemma_key(of) == "of" and owner is not None and owner.pos == "NOUN":
        found.extend(sentence.children(owner, "poss"))  # "Russia's war of aggression"
    found.extend(
        kid
        for kid in sentence.children(noun, "amod", "compound")
        if kid.i != word.i and kid.ent_type in evaluation.actor_labels
    )
    if _as_verb(word):
        found.extend(sentence.children(word, "nsubj"))  # "Moscow lied", "is blackmailing"
    judged = judged_noun(sentence, word, evaluation.naming_verbs)
    if judged is not None:
        found.append(judged)  # "Russia is a terrorist state", "called Putin a war criminal"
    verb = sentence.head(noun)
    if noun.dep == "dobj" and verb is not None and lemma_key(verb) in evaluation.doing_verbs:
        found.extend(sentence.children(verb, "nsubj"))  # "Russia launched a false pretext"
        trying = sentence.head(verb)
        if verb.dep == "xcomp" and trying is not None and not found:
            found.extend(sentence.subjects(trying, "nsubj")[-1:])  # "the West is trying to"
    if (
        noun.dep == "oprd"
        and verb is not None
        and verb.dep in ("acl", "relcl")
        and lemma_key(verb) in evaluation.naming_verbs
        and not sentence.children(verb, "dobj")
        and (named := sentence.head(verb)) is not None
    ):
        found.append(named)  # "Bannon, who Beck called a despicable human being"
    return [t for t in found if not _prefixed(sentence, t)]


def _manner(
    sentence: Sentence, word: Token, adverbs: frozenset[str]
) -> tuple[Token, list[Token]] | None:
    """(the verb, who does it) where ``word`` is an evaluative adverb of manner on a verb
    ("Russia illegally annexed Crimea", "they were illegally invaded by Putin", "a regime
    that wilfully ignores them", "politicians naively expect"): the doer is the verb's
    subject, a passive verb's "by" agent, or the noun a relative clause hangs on."""
    if word.dep != "advmod" or (
        lemma_key(word) not in adverbs and word.text.lower() not in adverbs
    ):
        return None
    verb = sentence.head(word)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    doers = [
        o for agent in sentence.children(verb, "agent") for o in sentence.children(agent, "pobj")
    ]
    if not doers and not sentence.children(verb, "nsubjpass"):
        doers = list(sentence.children(verb, "nsubj"))
    if doers and doers[0].tag in ("WDT", "WP") and verb.dep == "relcl":
        antecedent = sentence.head(verb)
        doers = [antecedent] if antecedent is not None else []
    return verb, doers


def _charged(sentence: Sentence, word: Token, lexicon: EventLexicon) -> bool:
    """An object a charging verb makes a charge against its subject ("fuelling the war"),
    said as done: not under a modal ("Moscow could be stoking the violence")."""
    if word.dep != "dobj" or lemma_key(word) not in lexicon.stance.charged_objects:
        return False
    verb = sentence.head(word)
    if verb is None or lemma_key(verb) not in lexicon.stance.charging_verbs:
        return False
    clause = [verb, *([h] if verb.dep == "xcomp" and (h := sentence.head(verb)) else [])]
    return not any(
        lemma_key(aux) in lexicon.hypothetical_modals
        for v in clause
        for aux in sentence.children(v, "aux")
    )


def _referred(sentence: Sentence, frame: _Frame, referring: frozenset[str]) -> list[Token]:
    """Who a statement is said of by an aside on its verb ("..., she said, referring to
    the Kremlin"): the object of the referring verb outside the content."""
    found: list[Token] = []
    for token in sentence:
        if lemma_key(token) not in referring:
            continue
        if token.i in frame.content and token.dep != "advcl":
            continue  # an aside on the speech verb, which a clause's content may hold
        for prep in sentence.children(token, "prep"):
            if lemma_key(prep) == "to":
                found.extend(sentence.children(prep, "pobj"))
    return found


def _blocked(sentence: Sentence, noun: Token, frame: _Frame, lexicon: EventLexicon) -> bool:
    """Whether the evaluated ``noun`` is a charge or a term of law ("false accusations", "a
    criminal case") or sits under a charge, claim or speech of someone inside the content
    ("rejected accusations of aggression", "Russia's claims of Ukrainian aggression")."""
    blockers = lexicon.stance.evaluation_blockers
    if lemma_key(noun) in blockers:
        return True
    if any(lemma_key(kid) in lexicon.stance.hedges for kid in sentence.children(noun)):
        return True  # "any Russian aggression", "possible aggression": none named as done
    for ancestor in sentence.ancestors(noun):
        if ancestor.i not in frame.content:
            break
        key = lemma_key(ancestor)
        if key in blockers or key in lexicon.stance.claim_nouns:
            return True
        if ancestor.pos == "VERB" and key in lexicon.speech_verbs:
            return True
    return False


def _said(sentence: Sentence, word: Token, frame: _Frame) -> bool:
    """Whether ``word`` is part of what is said: inside an attribution statement's content,
    or in a speech verb's complement rather than an aside on it."""
    if frame.statement is not None:
        return True
    current = word
    for ancestor in sentence.ancestors(word):
        if ancestor.i == frame.document:
            return True  # what an issued document says: "a letter about ...", "calling ..."
        if ancestor.i not in frame.content:
            return current.dep in _SAID_DEPS
        current = ancestor
    return False


def _questioned(sentence: Sentence, frame: _Frame) -> bool:
    """A question mark in what is said or at the sentence's end: no assertion."""
    return sentence.text.rstrip().rstrip("\"'”’»").endswith("?") or any(
        sentence.tokens[i].text == "?" for i in frame.content if i in sentence.tokens
    )


def _named_speaker(sentence: Sentence, frame: _Frame, labels: frozenset[str]) -> bool:
    """Whether the speaker is a named entity the registry does not hold ("Bannon, who Beck
    called a despicable human being"): a person or body who criticises, uncoded."""
    return any(sentence.tokens[i].ent_type in labels for i in frame.speaker_tokens)


def _target(
    sentence: Sentence,
    doers: list[Token],
    frame: _Frame,
    actors: _Actors,
    lexicon: EventLexicon,
) -> EventActor | None:
    """The coded actor the first of ``doers`` (or, with none, a referring aside) names."""
    if not doers:
        doers = _referred(sentence, frame, lexicon.stance.referring_verbs)
    for doer in doers:
        if doer.i in frame.speaker_tokens or lemma_key(doer) in lexicon.first_person:
            return None  # the speaker's own side: "our enemies' lies" is still theirs
        if lemma_key(doer) in lexicon.not_actors or not (doer.pos == "PRON" or is_actor_like(doer)):
            continue  # "the crime of aggression": a thing, not whose it is
        actor = actors.from_token(sentence, doer)
        if actor.code is None:
            if lemma_key(doer) in lexicon.stance.people_pronouns and not _same_actor(
                actor, frame.speaker
            ):
                return actor  # "he is a liar": the person the article resolves it to
            continue
        if _same_actor(actor, frame.speaker) or (
            actor.code == frame.speaker.code and doer.ent_type in ("GPE", "NORP")
        ):
            return None
        return actor
    return None


def evaluation_events(
    sentence: Sentence,
    *,
    article_id: str,
    statements: tuple[Statement, ...],
    coded: list[Event],
    actors: _Actors,
    lexicon: EventLexicon,
) -> list[Event]:
    """The ACCUSE event of the first evaluation in ``sentence`` (none where the sentence
    already has an ACCUSE)."""
    stance = lexicon.stance
    if any(e.type == "ACCUSE" for e in coded):
        return []
    referring: bool | None = None  # whether a referring aside may name a doer-less target
    for word in sentence:
        manner = _manner(sentence, word, stance.evaluative_adverbs)
        if manner is not None:
            noun, doers = manner
        else:
            if (
                lemma_key(word) not in stance.evaluative
                and word.text.lower() not in stance.evaluative
                and not _charged(sentence, word, lexicon)
            ):
                continue
            if _as_verb(word) and lemma_key(word) not in stance.evaluative_verbs:
                continue  # "the responsibility lies with Russia": a word's other sense
            noun = _described(sentence, word)
            doers = _doers(sentence, word, noun, stance)
        if not doers:
            if referring is None:
                referring = any(lemma_key(t) in stance.referring_verbs for t in sentence)
            if not referring:
                continue  # the parse names no one it is said of (the cheap test first)
        if _negated(sentence, [word], lexicon.negators) or _conditional(sentence, word, lexicon):
            continue
        frame = statement_frame(sentence, word, statements, actors, lexicon)
        if frame is None or word.i not in frame.content or _questioned(sentence, frame):
            continue
        if not _said(sentence, word, frame):
            continue
        if (
            frame.speaker.code is None
            and frame.speaker.actor_id is None
            and not _named_speaker(sentence, frame, stance.actor_labels)
        ):
            continue  # "as we read in the decision": no named or resolved speaker criticises
        if _blocked(sentence, noun, frame, lexicon):
            continue
        target = _target(sentence, doers, frame, actors, lexicon)
        if target is None:
            continue
        trigger = Span(word.start, word.end)
        rule = f"evaluation:{lemma_key(word)}"
        return [
            accuse_event(
                sentence,
                frame,
                article_id=article_id,
                mode="disapprove",
                target=target,
                trigger=trigger,
                rule=rule,
            )
        ]
    return []
