"""Reading an event's clause: its verb chain, subject, negation, tense, condition, modality."""

from __future__ import annotations

from reportedly.events._control import _object_controller, _passive_controller
from reportedly.events._match import Match
from reportedly.events._tree import Sentence, is_actor_like
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Span, Token

_CLIMB_DEPS = frozenset({"xcomp", "acomp", "aux", "auxpass", "dobj", "attr", "oprd", "conj", "acl"})


def _chain(sentence: Sentence, match: Match) -> list[Token]:
    """The trigger's clause: trigger, complement and the heads up to the clause verb. The
    anchor comes after the trigger's other words, so that the chain ends at the clause verb
    ("carrying out": not at the particle "out")."""
    current = match.anchor
    chain: list[Token] = [t for t in match.trigger if t is not current]
    if match.complement is not None and match.complement is not current:
        chain.append(match.complement)
    chain.append(current)
    while (
        current.dep in _CLIMB_DEPS or _purpose(sentence, current) or _participle(sentence, current)
    ) and not _has_subject(sentence, current):
        head = sentence.head(current)
        if head is not None and current.dep == "pcomp":
            head = sentence.head(head)  # "in capturing the city, Russia ...": past the "in"
        if head is None:
            break
        chain.append(head)
        current = head
    return chain


# prepositions that open an adverbial participle clause ("after shelling the town, the army
# ..."); "accused Russia of shelling" is not one (its doer is the object), nor a means
# ("by asking them questions", often not the act reported)
_PARTICIPLE_PREPS = frozenset({"in", "after", "before", "since", "upon", "on"})
# "responded by annexing Crimea": the means of a response is the act responded with
_RESPONSE_VERBS = frozenset({"respond", "react", "retaliate", "answer", "reply"})
_CONDITION_WORDS = frozenset({"if", "unless", "once", "provided", "providing"})


def _participle(sentence: Sentence, token: Token) -> bool:
    """A participle clause with no subject of its own ("Kerry has travelled, attending
    summits"; "in capturing the city, Russia aims ..."): its doer is the main clause's subject."""
    if token.tag != "VBG":
        return False
    if token.dep == "advcl":
        return not any(
            m.lemma.lower() in _CONDITION_WORDS for m in sentence.children(token, "mark")
        )
    found = _gerund_prep(sentence, token)
    if found is None:
        return False
    prep, verb = found
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    word = prep.lemma.lower()
    return word in _PARTICIPLE_PREPS or (word == "by" and verb.lemma.lower() in _RESPONSE_VERBS)


def _gerund_prep(sentence: Sentence, token: Token) -> tuple[Token, Token | None] | None:
    """(the preposition, the word it hangs on) where ``token`` is a gerund a preposition takes
    ("in capturing the city", "accused Moscow of shelling")."""
    if token.tag != "VBG" or token.dep != "pcomp":
        return None
    prep = sentence.head(token)
    if prep is None or prep.dep != "prep":
        return None
    return prep, sentence.head(prep)


def no_act_named(sentence: Sentence, token: Token, lexicon: EventLexicon) -> bool:
    """Whether ``token`` names an act nobody is said to do: a gerund that is only a topic
    ("talks about deploying weapons"), the content of a noun ("the possibility of sending
    troops") or a passive's cause ("killed by shelling"), or the infinitive of a "tough"
    adjective ("areas safe to occupy": the areas are what is occupied)."""
    head = sentence.head(token)
    if token.tag == "VBG" and token.dep == "pcomp" and head is not None and head.dep == "agent":
        return True
    found = _gerund_prep(sentence, token)
    if found is not None:
        prep, word = found
        if prep.lemma.lower() in lexicon.topic_preps:
            return True
        if (
            prep.lemma.lower() == "of"
            and word is not None
            and word.pos == "NOUN"
            and not is_actor_like(word)
        ):
            return True
    return (
        token.dep == "xcomp"
        and head is not None
        and head.pos == "ADJ"
        and head.lemma.lower() in lexicon.tough_adjectives
    )


def _controlling_verb(
    sentence: Sentence, token: Token, lexicon: EventLexicon
) -> tuple[Token, Token | None] | None:
    """(verb, the act's doer) where ``token`` is a gerund whose act belongs to a verb's object
    ("accused Moscow of shelling", "warned Kyiv against attacking"); the doer is ``None``
    where the verb names nobody ("warned against sending tanks")."""
    found = _gerund_prep(sentence, token)
    if found is None:
        return None
    prep, verb = found
    word = prep.lemma.lower()
    if word not in lexicon.object_control_preps or verb is None:
        return None
    if verb.dep == "dobj" and verb.pos in ("NOUN", "PROPN", "PRON"):
        obj, verb = verb, sentence.head(verb)  # "accused [the UK of provoking]": a misparse
        doers = [obj]
    else:
        doers = sentence.children(verb, "dobj") or sentence.children(verb, "nsubjpass")
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    if word == "from" and not doers:
        return None  # "suffered from shelling": the shelling happened
    return verb, (doers[0] if doers else None)


def _alleged_or_averted(sentence: Sentence, verb: Token, lexicon: EventLexicon) -> bool:
    """Whether the act under ``verb`` ("accused X of …", "warned X against …", or a gerund
    under those: "accused the UK of provoking Ukraine into attacking") is not asserted."""
    current: Token | None = verb
    while current is not None:
        preps = sentence.children(current, "prep")
        if current.lemma.lower() in lexicon.alleging_verbs or any(
            p.lemma.lower() in lexicon.averting_preps for p in preps
        ):
            return True
        control = _controlling_verb(sentence, current, lexicon)
        current = control[0] if control is not None else None
    return False


def _purpose(sentence: Sentence, token: Token) -> bool:
    """An infinitive of purpose ("gave 300 million to promote investment"): its doer is the
    main clause's subject."""
    return token.dep == "advcl" and any(
        kid.text.lower() == "to" for kid in sentence.children(token, "aux")
    )


def _has_subject(sentence: Sentence, token: Token) -> bool:
    return bool(sentence.children(token, "nsubj", "nsubjpass", "csubj"))


def _subject(
    sentence: Sentence, chain: list[Token], lexicon: EventLexicon
) -> tuple[Token | None, bool, Token | None]:
    """(subject, passive, agent) of the clause the chain belongs to."""
    for below, token in zip([None, *chain], chain, strict=False):
        controller = _object_controller(sentence, below, token, lexicon)
        if controller is not None:
            return controller, False, None
        subjects = [
            s
            for s in sentence.subjects(token, "nsubj", "nsubjpass", "csubj")
            if not _is_label(sentence, s) and not misread_report_verb(s, lexicon)
        ]
        if not subjects:
            continue
        subject = subjects[-1]
        passive = subject.dep == "nsubjpass"  # of the pronoun, before its antecedent replaces it
        agent = next(
            (p for a in sentence.children(token, "agent") for p in sentence.children(a, "pobj")),
            None,
        )
        if subject.tag in ("WP", "WDT") or _relative_that(subject, token):
            subject = _antecedent(sentence, token, lexicon) or subject
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
        if passive and _passive_controller(sentence, below, token, lexicon):
            return subject, False, None
        return subject, passive, agent
    return None, False, None


def misread_report_verb(token: Token, lexicon: EventLexicon) -> bool:
    """A verb that is never a noun read as one ("movements that autocrats allege are backed":
    "autocrats allege" parsed as the subject): the clause is reported, not asserted."""
    return token.pos == "NOUN" and token.lemma.lower() in lexicon.verb_only_reporting


def reported_by_misread_verb(sentence: Sentence, chain: list[Token], lexicon: EventLexicon) -> bool:
    """Whether a subject of the chain is a misread reporting verb (see above)."""
    return any(
        misread_report_verb(s, lexicon)
        for token in chain
        for s in sentence.children(token, "nsubj", "nsubjpass")
    )


def _is_label(sentence: Sentence, token: Token) -> bool:
    """A section label such as "Background:" or "Details:", parsed as a subject."""
    following = sentence.tokens.get(token.i + 1)
    return following is not None and following.text == ":"


def _relative_that(subject: Token, verb: Token) -> bool:
    """A "that" subject of a clause on a noun, tagged as a conjunction ("a statement that,
    while condemning violence, accused ...": the parse makes it an ``acl``)."""
    return subject.lemma.lower() == "that" and subject.pos == "SCONJ" and verb.dep == "acl"


def _antecedent(sentence: Sentence, verb: Token, lexicon: EventLexicon) -> Token | None:
    if verb.dep in ("relcl", "acl"):
        noun = sentence.head(verb)
        if noun is not None and verb.dep == "relcl":
            noun = _last_conjunct(sentence, noun, verb)
        return _issuer(sentence, noun, lexicon) if noun is not None else None
    head = sentence.head(verb)
    if head is not None and head.lemma.lower() == "be":
        attrs = sentence.children(head, "attr")
        if attrs:
            return attrs[0]
    return None


def _last_conjunct(sentence: Sentence, noun: Token, clause: Token) -> Token:
    """The conjunct a relative clause follows ("Darrell Issa and Duncan Hunter, who was one
    of the earliest to endorse …": Hunter), where the parse hangs the clause on the first;
    a plural verb ("…, who were") is said of them all and keeps the first."""
    if any(
        a.tag == "VBP" or a.text.lower() == "were"
        for a in [clause, *sentence.children(clause, "aux", "auxpass")]
    ):
        return noun
    last = noun
    while True:
        after = [c for c in sentence.children(last, "conj") if c.i < clause.i]
        if not after:
            return last
        last = max(after, key=lambda c: c.i)


def _issuer(sentence: Sentence, noun: Token, lexicon: EventLexicon) -> Token:
    """Who issued ``noun`` where it is an issued document ("Sanders released a statement
    that accused ..."): the issuing verb's subject; else ``noun`` itself."""
    verb = sentence.head(noun)
    if (
        noun.lemma.lower() not in lexicon.issued_documents
        or noun.dep != "dobj"
        or verb is None
        or verb.lemma.lower() not in lexicon.issuing_verbs
    ):
        return noun
    subjects = sentence.subjects(verb, "nsubj")
    governing = sentence.head(verb)
    if not subjects and verb.dep in ("advcl", "conj", "xcomp") and governing is not None:
        subjects = sentence.subjects(governing, "nsubj")  # "..., releasing a statement that"
    return subjects[-1] if subjects else noun


def _negated(sentence: Sentence, chain: list[Token], lexicon: EventLexicon) -> bool:
    if any(t.lemma.lower() in lexicon.negating_verbs for t in chain[1:]):
        return True  # "failed to reach agreement"
    for token in chain:
        for kid in sentence.children(token, "neg", "det", "advmod", "preconj"):
            if _focus_not(sentence, kid):
                continue
            if kid.lemma.lower() in lexicon.negators or kid.dep == "neg":
                return True
    # "Neither the UN nor Russia recognize it", "No country has recognized it": the subject
    return any(
        kid.lemma.lower() in lexicon.negators
        for subject in sentence.children(chain[-1], "nsubj", "nsubjpass")
        for kid in sentence.children(subject, "det", "preconj")
    )


def _focus_not(sentence: Sentence, kid: Token) -> bool:
    """ "has not only amassed troops but deployed ...": "not only" adds, it does not deny."""
    return kid.lemma.lower() == "not" and any(
        k.lemma.lower() == "only" for k in sentence.children(kid, "advmod")
    )


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


def _speech_subjects(sentence: Sentence, top: Token, lexicon: EventLexicon) -> list[Token]:
    """Subjects of the speech verb the clause is reported under ("X said that ...")."""
    current = top
    for ancestor in sentence.ancestors(top):
        if current.dep in ("ccomp", "xcomp", "parataxis", "conj", "advcl", "dep") and (
            ancestor.lemma.lower() in lexicon.speech_verbs
        ):
            subjects = sentence.subjects(ancestor, "nsubj")
            if subjects:
                return subjects
        current = ancestor
    for token in sentence:
        if token.lemma.lower() == "accord" and token.dep == "prep":
            for to in sentence.children(token, "prep"):
                return sentence.children(to, "pobj")
    return []
