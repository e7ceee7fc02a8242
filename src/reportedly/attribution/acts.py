"""Statement acts and polarity: what a cue does (says, believes, intends, shows) and whether
it is denied ("did not say", "never said", "no one believes").

Read from the cue's head word and its dependents, with the lemma lexicon in
``data/acts.yaml``. :func:`settle_acts` also drops the speaker's own clause inside a quote
taken for a statement of its own ('"I'm convinced he's made the decision," he said' does not
report a statement "he's made the decision" by "I").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportedly.attribution._nesting import own_clause_fragments, own_view_fragments
from reportedly.attribution._parse import Parse, cue_head, subject_of
from reportedly.attribution.act_lexicon import ActLexicon, default_acts
from reportedly.attribution.act_modes import (
    is_hypothetical,
    is_left_open,
    is_prescribed,
    is_question,
    is_sourceless_finding,
)
from reportedly.attribution.act_subjects import (
    deed_act,
    finite,
    held_object,
    is_thing_subject,
    said_noun_act,
    says_after_head,
    that_clause,
)
from reportedly.attribution.poll_shares import is_poll_share
from reportedly.attribution.teasers import capitals_lemma, says_in_capitals
from reportedly.model import Span, Statement, StatementAct

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
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
    if phrase in lexicon.phrases:
        return _by_source(parse, statement, lexicon, lexicon.phrases[phrase]), negated
    if head is None:
        return _default(statement), negated
    lemma = parse.tokens[head].lemma.lower()
    if lemma not in lexicon.lemmas and parse.tokens[head].text.isupper():
        lemma = capitals_lemma(parse.tokens[head].text)  # "SAYS" that the tagger took for a name
    words = [parse.tokens[i].lemma.lower() for i in parse.tokens_in(statement.cue)]
    if " ".join(words) in lexicon.phrases:
        return lexicon.phrases[" ".join(words)], negated
    if lemma in lexicon.infinitive_intent and _takes_infinitive(parse, head, statement):
        return "intent", negated
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
            return next((a for a in reversed(named) if a), _default(statement)), negated
        held = held_object(parse, head, statement.content)
        act = None if held is None else lexicon.lemmas.get(parse.tokens[held].lemma.lower())
        if act in {"speech", "intent"}:  # "expressed their condemnation of …": the noun acts
            return act, negated  # (a view's noun names a topic: "expressed views on …")
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


def is_topic(parse: Parse, statement: Statement) -> bool:
    """A reported (indirect or mixed) content that is a noun phrase, not a clause: it names
    what was spoken of ("discussed efforts to counter threats", "thanked Congress for
    passing the bill", "ordered troops to advance"), or, after a verb of
    :attr:`ActLexicon.np_speech`, what was claimed ("called for a ceasefire"). Words wholly
    in quote marks are what was said ('wrote "No to war"')."""
    if statement.kind == "direct":
        return False
    tokens = parse.tokens
    inside = [i for c in statement.content for i in parse.tokens_in(c)]
    unquoted = [
        i
        for i in inside
        if tokens[i].text.isalnum()
        and tokens[i].pos != "CCONJ"
        and not any(q.contains(tokens[i].span) for q in statement.quotes)
    ]
    if not unquoted or says_in_capitals(parse, statement):
        return False  # a teaser line's words in capitals defeat the parse: no telling
    if not any(tokens[i].pos in {"VERB", "AUX"} for i in inside) or _after_about(parse, statement):
        return True
    if tokens[inside[0]].pos == "SCONJ":
        return False  # "that …", "if …": a clause
    words = set(inside)
    heads = [
        i
        for i in inside
        if (tokens[i].head not in words or tokens[i].head == i)
        and tokens[i].pos not in {"PUNCT", "SPACE"}
    ]
    if any(finite(parse, i) or that_clause(parse, i) for i in heads):
        return False
    return bool(heads) and tokens[heads[0]].pos in _NOMINAL


def _after_about(parse: Parse, statement: Statement) -> bool:
    """Whether the cue is a verb ending in "about" ("talked mainly about help the EU is
    giving …"): what follows is what was spoken about, however the parser reads it (here
    "help" as a verb). An adjective's "about" keeps its claim ("was insistent about …")."""
    if statement.cue is None:
        return False
    cue = parse.tokens_in(statement.cue)
    head = cue_head(parse, statement.cue)
    return (
        bool(cue)
        and parse.tokens[cue[-1]].text.lower() == "about"
        and head is not None
        and parse.tokens[head].pos == "VERB"
    )


_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


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


def _claims(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue has a verb whose noun-phrase object is the claim ("calling on"), ends
    in a phrase whose object is ("spoke of some hope", "talked of a worrying picture"), or is
    has a light verb whose object in the content is such a noun with what it is about
    ("expressed their condemnation of the invasion")."""
    if statement.cue is None:
        return False
    lemmas = [parse.tokens[i].lemma.lower() for i in parse.tokens_in(statement.cue)]
    phrase = " ".join(lemmas)
    head = cue_head(parse, statement.cue)
    light = head is not None and parse.tokens[head].lemma.lower() in lexicon.light_verbs
    held = held_object(parse, head, statement.content) if light and head is not None else None
    return (
        any(lemma in lexicon.np_speech for lemma in lemmas)
        or any(phrase.endswith(p) for p in lexicon.np_speech_phrases)
        or (held is not None and parse.tokens[held].lemma.lower() in lexicon.np_speech)
    )


def _requests(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the content is what the speaker asked someone to do: the object of a verb of
    :attr:`ActLexicon.request_verbs` and its to-infinitive ("asked the media to stop …")."""
    if statement.cue is None:
        return False
    head = cue_head(parse, statement.cue)
    if head is None or parse.tokens[head].lemma.lower() not in lexicon.request_verbs:
        return False
    inside = {i for c in statement.content for i in parse.tokens_in(c)}
    objects = [i for i in parse.deps(head, "dobj", "dative") if i in inside]
    return bool(objects) and any(
        i in inside and i > objects[0] and any(_is_to(parse, c) for c in parse.children[i])
        for i in parse.deps(head, "xcomp")
    )


def _is_to(parse: Parse, i: int) -> bool:
    return parse.tokens[i].text.lower() == "to" and parse.tokens[i].dep == "aux"


def _says(parse: Parse, statement: Statement) -> bool:
    """Whether a noun-phrase content can carry a claim: quoted words or more than one word of
    content; one bare noun is what the verb aimed at ("slammed the West", "called for peace")."""
    if any(q.overlaps(c) for q in statement.quotes for c in statement.content):
        return True
    tokens = [parse.tokens[i] for c in statement.content for i in parse.tokens_in(c)]
    return sum(t.text.isalnum() and t.pos not in {"DET", "CCONJ", "ADP"} for t in tokens) > 1


def _infinitive(parse: Parse, statement: Statement) -> bool:
    """Whether the content opens with a to-infinitive ("to use nuclear weapons")."""
    words = [i for c in statement.content for i in parse.tokens_in(c)][:2]
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
    """``statements`` without the speakers' own clauses inside their quotes or beliefs told
    of themselves, each with its act and polarity. A statement nested in a dropped one is
    re-attached to its reporter."""
    lexicon = lexicon or default_acts()
    classified = {s.id: classify(text, parse, s, lexicon) for s in statements}
    dropped = own_clause_fragments(statements)
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
    }
    parent = {s.id: s.reported_by for s in statements}
    result: list[Statement] = []
    for s in statements:
        if s.id in dropped:
            continue
        reported_by = s.reported_by
        while reported_by in dropped:
            reported_by = parent[reported_by]
        act, negated = classified[s.id]
        if is_left_open(parse, s, negated) or is_poll_share(text, parse, s, lexicon):
            act = "other"
        if (
            act == "speech"
            and is_topic(parse, s)
            and not (_claims(parse, s, lexicon) and _says(parse, s))
            and not _requests(parse, s, lexicon)
        ):
            act = "other"
        result.append(replace(s, act=act, negated=negated, reported_by=reported_by))
    return result
