"""Statement acts and polarity: what a cue does (says, believes, intends, shows) and whether
it is denied ("did not say", "never said", "no one believes").

Read from the cue's head word and its dependents, with the lemma lexicon in
``data/acts.yaml``. :func:`settle_acts` also drops the speaker's own clause inside a quote
taken for a statement of its own ('"I'm convinced he's made the decision," he said' does not
report a statement "he's made the decision" by "I").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reportedly.attribution._nesting import (
    own_clause_fragments,
    own_view_fragments,
    quoted_first_person,
    without,
)
from reportedly.attribution._parse import Parse, cue_head, subject_of
from reportedly.attribution.act_lexicon import ActLexicon, default_acts
from reportedly.attribution.act_modes import (
    holds_its_speaker,
    is_broken_off,
    is_copula_cue,
    is_hypothetical,
    is_left_open,
    is_prescribed,
    is_question,
    is_relative_clause,
    is_sourceless_finding,
    is_supposed,
    is_unrealised,
)
from reportedly.attribution.act_subjects import (
    deed_act,
    held_object,
    is_thing_subject,
    said_noun_act,
    says_after_head,
)
from reportedly.attribution.poll_shares import is_poll_share
from reportedly.attribution.teasers import capitals_lemma
from reportedly.attribution.topics import claims, is_topic, names_a_topic, requests, says
from reportedly.model import Span, Statement, StatementAct

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_COPULA_LEAD = re.compile(r"^(?:['’]?s|is|was)\s+")
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone", "nothing", "neither"})


def is_negated(
    parse: Parse, head: int, content: Sequence[Span] = (), asserting: frozenset[str] = frozenset()
) -> bool:
    """Whether the cue word ``head`` is denied: a negation on it (or on the copula or verb it
    completes: "is not convinced"), or a negative subject ("no one said", "nobody believes").
    A negation inside the ``content`` is what was said ('"Probably not," she said')."""
    tokens = parse.tokens
    token = tokens[head]
    carriers = [head]
    if token.dep in {"acomp", "attr", "xcomp", "oprd"} and token.head != head:
        carriers.append(token.head)  # "is not convinced", "did not want to …"
    for i in carriers:
        for child in parse.children[i]:
            t = tokens[child]
            if any(c.contains(t.span) for c in content):
                continue
            if t.dep == "neg" or (t.dep == "advmod" and t.text.lower() in {"never", "not"}):
                return True
            if t.dep == "det" and t.text.lower() == "no" and tokens[i].pos == "NOUN":
                # "there was no statement that …", but "there is no doubt that …" asserts
                return tokens[i].lemma.lower() not in asserting
    subject = subject_of(parse, head)
    if subject is not None:
        s = tokens[subject]
        if s.text.lower() in NEGATIVE_SUBJECTS or s.lemma.lower() in NEGATIVE_SUBJECTS:
            return True
        if any(
            tokens[c].dep == "det" and tokens[c].text.lower() in {"no", "neither"}
            for c in parse.children[subject]
        ):
            return True  # "no one", "no official", "neither side"
    return False


def classify(
    text: str, parse: Parse, statement: Statement, lexicon: ActLexicon
) -> tuple[StatementAct, bool]:
    """The act of ``statement`` and whether its cue is negated."""
    if statement.cue is None:
        return "speech", False  # a quote continued, a "Name: …" line: the words are quoted
    phrase = " ".join(statement.cue.text(text).lower().split())
    if not any(ch.isalnum() for ch in phrase):
        return "speech", False  # "Name: words", "- words - …": a colon or dash frames speech
    head = cue_head(parse, statement.cue)
    denials = lexicon.asserting_denials
    negated = head is not None and is_negated(parse, head, statement.content, denials)
    bare = _COPULA_LEAD.sub("", phrase)  # "'s according to": a copula the span model took in
    if bare in lexicon.phrases:
        phrase = bare
    if phrase in lexicon.phrases:
        return _by_source(parse, statement, lexicon, lexicon.phrases[phrase]), negated
    if head is None:
        return _default(statement), negated
    head = _past_aspect(parse, head, statement.cue, lexicon)
    lemma = parse.tokens[head].lemma.lower()
    if lemma not in lexicon.lemmas and parse.tokens[head].text.isupper():
        lemma = capitals_lemma(parse.tokens[head].text)  # "SAYS" that the tagger took for a name
    words = [parse.tokens[i].lemma.lower() for i in parse.tokens_in(statement.cue)]
    if " ".join(words) in lexicon.phrases:
        return lexicon.phrases[" ".join(words)], negated
    if lemma in lexicon.infinitive_intent and _takes_infinitive(parse, head, statement):
        return "intent", negated
    if lemma in lexicon.object_intent and _takes_object(parse, head, statement):
        return "intent", negated  # "threatened strikes on British bases"
    if lexicon.lemmas.get(lemma) == "intent" and not _takes_infinitive(parse, head, statement):
        # "sought to make the case that …": the content is what the inner act says
        inner = [parse.tokens[i] for i in parse.tokens_in(statement.cue) if i > head]
        tail = " ".join(t.lemma.lower() for t in inner)
        if any(
            tail.endswith(p) for p, a in lexicon.phrases.items() if a == "speech"
        ) or says_after_head(parse, head, statement.cue, lexicon):
            return "speech", negated
    if lemma in lexicon.deed_verbs:  # "signed a decree to …"; "signed a statement calling …"
        return deed_act(parse, head, statement.cue, lexicon), negated
    if lemma in lexicon.light_verbs:  # "gave assurances", "made reference to": the noun acts
        nouns = [
            i
            for i in parse.tokens_in(statement.cue)
            if i != head and parse.tokens[i].pos in {"NOUN", "PROPN", "ADJ"}
        ]
        if nouns:
            # "made no comment", "has no plans to …": the denial is on the noun
            negated = negated or is_negated(parse, nouns[-1], statement.content, denials)
            noun = parse.tokens[nouns[-1]].lemma.lower()
            if noun in lexicon.infinitive_intent and _infinitive(parse, statement):
                return "intent", negated  # "made threats to use nuclear weapons"
            named = [lexicon.lemmas.get(parse.tokens[i].lemma.lower()) for i in nouns]
            noun_act = next((a for a in reversed(named) if a), _default(statement))
            if noun_act == "belief" and lemma in lexicon.voicing_verbs:
                return "speech", negated  # "expressed concern that …": said aloud
            return noun_act, negated
        held = held_object(parse, head, statement.content)
        act = None if held is None else lexicon.lemmas.get(parse.tokens[held].lemma.lower())
        if act in {"speech", "intent"}:  # "expressed their condemnation of …": the noun acts
            return act, negated  # (a view's noun names a topic: "expressed views on …")
    if _speaks_through_from(parse, head, statement):
        return "speech", negated  # "learned from Lukashenko that …": Lukashenko said it
    if lemma in lexicon.as_belief_verbs and _takes_as(parse, head, statement):
        return "belief", negated
    if lemma in lexicon.speaker_speech:
        source = statement.speaker
        evidence = (
            source is None
            or _speaker_lemma(parse, source.span) in lexicon.evidence_sources
            or is_thing_subject(parse, head, lexicon)
        )
        return ("other" if evidence else "speech"), negated
    act = lexicon.lemmas.get(lemma) or lexicon.lemmas.get(parse.tokens[head].text.lower())
    return (act or said_noun_act(parse, head, statement.cue, lexicon) or _default(statement)), (
        negated
    )


def _speaks_through_from(parse: Parse, head: int, statement: Statement) -> bool:
    """Whether the statement's speaker is the object of the cue verb's "from"."""
    if statement.speaker is None:
        return False
    root = cue_head(parse, statement.speaker.span)
    if root is None or parse.tokens[root].dep != "pobj":
        return False
    prep = parse.tokens[root].head
    return parse.tokens[prep].text.lower() == "from" and parse.tokens[prep].head == head


def _takes_as(parse: Parse, head: int, statement: Statement) -> bool:
    """Whether the content holds an "as" that the cue's verb or its object governs ("sees
    Taiwan as part of …")."""
    objects = {head, *parse.deps(head, "dobj")}
    return any(
        parse.tokens[k].text.lower() == "as" and parse.tokens[k].head in objects
        for c in statement.content
        for k in parse.tokens_in(c)
    )


def _past_aspect(parse: Parse, head: int, cue: Span, lexicon: ActLexicon) -> int:
    """The verb an aspectual cue head governs inside the cue ("will continue to blame":
    "blame"), else ``head``."""
    if parse.tokens[head].lemma.lower() not in lexicon.aspectual_verbs:
        return head
    inside = set(parse.tokens_in(cue))
    governed = [k for k in parse.deps(head, "xcomp") if k in inside]
    return governed[0] if governed else head


def _by_source(
    parse: Parse, statement: Statement, lexicon: ActLexicon, act: StatementAct
) -> StatementAct:
    """A phrase's act, unless nobody speaks through its source ("according to the latest
    polls", "according to plans": other) or the source is a view ("according to his
    feelings": belief)."""
    source = statement.speaker
    if act != "speech" or source is None:
        return act
    lemma = _speaker_lemma(parse, source.span)
    if lemma in lexicon.belief_sources:
        return "belief"
    return "other" if lemma in lexicon.unspoken_sources else act


def _default(statement: Statement) -> StatementAct:
    """An unknown cue: a quote with its frame is speech; reported content is other."""
    return "speech" if statement.kind in {"direct", "mixed"} else "other"


def _takes_infinitive(parse: Parse, head: int, statement: Statement) -> bool:
    """Whether the content is the cue's to-infinitive ("vowed to retake Crimea")."""
    for child in parse.deps(head, "xcomp"):
        span = parse.tokens[child].span
        if any(c.overlaps(span) for c in statement.content):
            return True
    return False


def _takes_object(parse: Parse, head: int, statement: Statement) -> bool:
    """Whether the cue's direct object is in the content and the content is no clause
    ("threatened strikes", not "threatened that …")."""
    inside = parse.tokens_within(statement.content)
    if not inside or parse.tokens[inside[0]].pos == "SCONJ":
        return False
    return any(i in inside for i in parse.deps(head, "dobj"))


def _infinitive(parse: Parse, statement: Statement) -> bool:
    """Whether the content opens with a to-infinitive ("to use nuclear weapons")."""
    words = parse.tokens_within(statement.content)[:2]
    return (
        len(words) == 2
        and parse.tokens[words[0]].text.lower() == "to"
        and (parse.tokens[words[1]].pos in {"VERB", "AUX"})
    )


def _speaker_lemma(parse: Parse, span: Span) -> str:
    head = cue_head(parse, span)
    return "" if head is None else parse.tokens[head].lemma.lower()


def settle_acts(
    text: str,
    parse: Parse,
    statements: Sequence[Statement],
    lexicon: ActLexicon | None = None,
) -> list[Statement]:
    """``statements`` without the speakers' own clauses inside their quotes or beliefs told of
    themselves and without what reports nothing (:func:`says_nothing`), each with its act and
    polarity. A statement nested in a dropped one is re-attached to its reporter."""
    lexicon = lexicon or default_acts()
    classified = {s.id: classify(text, parse, s, lexicon) for s in statements}
    dropped = own_clause_fragments(statements) | quoted_first_person(text, statements)
    dropped |= own_view_fragments(text, statements, {k: a for k, (a, _) in classified.items()})
    dropped |= {
        s.id
        for s in statements
        if classified[s.id][0] == "other" and is_sourceless_finding(parse, s)
    }
    dropped |= {
        s.id
        for s in statements
        if is_question(parse, s, lexicon)
        or is_hypothetical(parse, s, lexicon)
        or is_prescribed(parse, s, lexicon)
        or is_supposed(parse, s, lexicon)
        or is_unrealised(parse, s, lexicon)
    }
    settled: dict[str, tuple[StatementAct, bool]] = {}
    for s in statements:
        if s.id in dropped:
            continue
        act, negated = classified[s.id]
        poll = is_poll_share(text, parse, s, lexicon) or _share_subject(parse, s, lexicon)
        if poll:
            act = "other"  # a poll's finding, with a noun phrase too ("64 percent support …")
        if not poll and says_nothing(text, parse, s, act, negated, lexicon):
            dropped.add(s.id)
        elif (
            act == "speech"
            and is_topic(parse, s)
            and not (claims(parse, s, lexicon) and says(parse, s))
            and not requests(parse, s, lexicon)
            and not _phrase_cue(text, s, lexicon)
        ):
            # "called for peace": one bare noun is what the verb aimed at; a phrase cue's
            # noun is what was given ("citing maintenance")
            act = "other"
        settled[s.id] = (act, negated)
    return [
        replace(s, act=settled[s.id][0], negated=settled[s.id][1])
        for s in without(statements, dropped)
    ]


def says_nothing(
    text: str,
    parse: Parse,
    statement: Statement,
    act: StatementAct,
    negated: bool,
    lexicon: ActLexicon,
) -> bool:
    """Whether ``statement`` (of ``act``) reports no proposition and is no statement
    (docs/gold-guide.md): a noun-phrase content after a cue that reports only with a clause,
    a quote or an infinitive ("thanked the volunteers", "discussed sanctions", "endorsed
    it"; the cues that report with a noun phrase are :attr:`ActLexicon.np_speech`), a
    person's pronoun alone ("called me"), a question left open or held as a view, a copula
    for a cue, a frame broken off by an ellipsis, a content that holds its speaker, or a
    relative clause."""
    if act in {"speech", "other"} and names_a_topic(text, parse, statement, lexicon):
        return True
    return (
        is_left_open(parse, statement, act, negated, lexicon)
        or is_copula_cue(parse, statement, lexicon)
        or is_broken_off(text, statement)
        or holds_its_speaker(statement)
        or (is_relative_clause(parse, statement) and not _phrase_cue(text, statement, lexicon))
    )


def _phrase_cue(text: str, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue is a phrase of the lexicon ("according to the official, who asked to
    remain anonymous, …"): a real frame, whose content is cut wrong, not a topic."""
    if statement.cue is None:
        return False
    return " ".join(statement.cue.text(text).lower().split()) in lexicon.phrases


def _share_subject(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue's subject is a poll's share ("Of those who voted for Biden, 64 percent
    support more aid"), whoever the speaker mention was resolved to."""
    head = cue_head(parse, statement.cue) if statement.cue else None
    subject = subject_of(parse, head) if head is not None else None
    return subject is not None and parse.tokens[subject].lemma.lower() in lexicon.poll_shares
