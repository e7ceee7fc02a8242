"""Noun-phrase contents: a reported content that names what was spoken of (a topic) rather
than a claim, and whether its cue makes it one ("called for a ceasefire") or not
("discussed sanctions": no statement, docs/gold-guide.md). Read with the act lexicon
(``data/acts.yaml``: np_speech, np_speech_phrases, np_findings, request_verbs)."""

from __future__ import annotations

from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.act_lexicon import ActLexicon
from reportedly.attribution.act_subjects import finite, held_object, that_clause
from reportedly.attribution.teasers import capitals_lemma, says_in_capitals
from reportedly.model import Span, Statement


def names_a_topic(text: str, parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether ``statement``'s content is a noun phrase that reports nothing: a person's
    pronoun alone ("called me"), or a topic after a cue that reports only with a clause, a
    quote or an infinitive ("thanked the volunteers", "discussed sanctions", "endorsed it")
    unless it holds a predicate or a claim of its own."""
    if not is_topic(parse, statement):
        return False
    if _person_pronoun(parse, statement, lexicon) or _enacted(text, parse, statement, lexicon):
        return True
    return not (
        claims(parse, statement, lexicon)
        or requests(parse, statement, lexicon)
        or _predicated(parse, statement)
        or _holds_a_claim(text, parse, statement, lexicon)
    )


def _enacted(text: str, parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue declares a state into being ("declared independence from the USSR",
    "declared martial law"): an act of state, not a report of anything."""
    head = cue_head(parse, statement.cue) if statement.cue is not None else None
    if head is None or parse.tokens[head].lemma.lower() not in lexicon.declaring_verbs:
        return False
    words = statement.content[0].text(text).lower().split()  # "martial law … regions"
    named = " ".join(words[1:] if words[:1] in (["a"], ["the"]) else words)
    return any(
        named == s or (named.startswith(f"{s} ") and named[len(s) + 1 :].split()[0] in _AFTER_STATE)
        for s in lexicon.enacted_states
    )  # "declared war on Ukraine"; "declared the war a success" says what the war was


# what may follow the state declared: its place, time, target or source
_AFTER_STATE = frozenset({"from", "on", "in", "against", "over", "across", "throughout", "for"})


def is_topic(parse: Parse, statement: Statement) -> bool:
    """A reported (indirect or mixed) content that is a noun phrase, not a clause: it names
    what was spoken of ("discussed efforts to counter threats", "thanked Congress for
    passing the bill", "ordered troops to advance"), or, after a verb of
    :attr:`ActLexicon.np_speech`, what was claimed ("called for a ceasefire"). Words wholly
    in quote marks are what was said ('wrote "No to war"'), and so is a content set before
    its frame."""
    if statement.kind == "direct":
        return False
    if _fronted(parse, statement):
        # a content set before its frame is the claim itself, its verb often left out in a
        # headline ("'2nd Amendment people' his secret weapon, Trump hints")
        return False
    tokens = parse.tokens
    inside = parse.tokens_within(statement.content)
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
    heads = [i for i in parse.heads(inside) if tokens[i].pos not in {"PUNCT", "SPACE"}]
    if any(finite(parse, i) or that_clause(parse, i) for i in heads):
        return False
    return bool(heads) and tokens[heads[0]].pos in _NOMINAL


def _fronted(parse: Parse, statement: Statement) -> bool:
    """Whether the content stands before a frame that follows it after a comma and nothing
    else ("…, Trump hints", "…, says the minister"): a passive's subject ("the remarks were
    made by …") and a phrase far from its frame are no such content."""
    cue, speaker = statement.cue, statement.speaker
    if cue is None or speaker is None or statement.extent.end > cue.start:
        return False
    frame = Span(min(cue.start, speaker.span.start), max(cue.end, speaker.span.end))
    named = parse.tokens_within(statement.content)
    if frame.start < statement.extent.end or not any(
        parse.tokens[i].pos in {"NOUN", "PROPN", "PRON", "NUM"} for i in named
    ):
        return False  # "Even so, Germany insists": an adverb names nothing said
    gap = parse.tokens_in(Span(statement.extent.end, frame.start))
    marks = [parse.tokens[i].text for i in gap if parse.tokens[i].pos != "SPACE"]
    between = [i for i in parse.tokens_in(frame) if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
    inside = set(parse.tokens_in(cue)) | set(parse.tokens_in(speaker.span))
    return "," in marks and all(m in ",\"”’'" for m in marks) and set(between) <= inside


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


def claims(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue has a verb whose noun-phrase object is the claim ("calling on"), ends
    in a phrase whose object is ("spoke of some hope", "talked of a worrying picture"), or is
    has a light verb whose object in the content is such a noun with what it is about
    ("expressed their condemnation of the invasion"), or voices a belief's noun in its cue
    ("expressed concern about how …")."""
    if statement.cue is None:
        return False
    lemmas = [
        (capitals_lemma(t.text) or t.lemma.lower()) if t.text.isupper() else t.lemma.lower()
        for t in (parse.tokens[i] for i in parse.tokens_in(statement.cue))
    ]  # "URGES" in a headline that the tagger took for a name
    phrase = " ".join(lemmas)
    head = cue_head(parse, statement.cue)
    light = head is not None and parse.tokens[head].lemma.lower() in lexicon.light_verbs
    held = held_object(parse, head, statement.content) if light and head is not None else None
    voiced = (
        light and head is not None and parse.tokens[head].lemma.lower() in lexicon.voicing_verbs
    )
    return (
        any(lemma in lexicon.np_speech for lemma in lemmas)
        or any(phrase.endswith(p) for p in lexicon.np_speech_phrases)
        or (held is not None and parse.tokens[held].lemma.lower() in lexicon.np_speech)
        # "expressed concern about how the war …": the concern voiced is the claim
        or (voiced and any(lexicon.lemmas.get(lemma) == "belief" for lemma in lemmas[1:]))
    )


def requests(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the content is what the speaker asked someone to do: the object of a verb of
    :attr:`ActLexicon.request_verbs` and its to-infinitive ("asked the media to stop …")."""
    if statement.cue is None:
        return False
    head = cue_head(parse, statement.cue)
    if head is None or parse.tokens[head].lemma.lower() not in lexicon.request_verbs:
        return False
    inside = set(parse.tokens_within(statement.content))
    objects = [i for i in parse.deps(head, "dobj", "dative") if i in inside]
    return bool(objects) and any(
        i in inside and i > objects[0] and any(_is_to(parse, c) for c in parse.children[i])
        for i in parse.deps(head, "xcomp")
    )


def _is_to(parse: Parse, i: int) -> bool:
    return parse.tokens[i].text.lower() == "to" and parse.tokens[i].dep == "aux"


def says(parse: Parse, statement: Statement) -> bool:
    """Whether a noun-phrase content can carry a claim: quoted words or more than one word of
    content; one bare noun is what the verb aimed at ("slammed the West", "called for peace")."""
    if any(q.overlaps(c) for q in statement.quotes for c in statement.content):
        return True
    tokens = [parse.tokens[i] for i in parse.tokens_within(statement.content)]
    return sum(t.text.isalnum() and t.pos not in {"DET", "CCONJ", "ADP"} for t in tokens) > 1


def _predicated(parse: Parse, statement: Statement) -> bool:
    """Whether the content holds an object and a predicate of it ("ordered the army to
    rehearse a strike", "labelled them traitors") or the cue takes an "as" ("sees the
    alliance as a threat"): a small clause, not a topic."""
    head = cue_head(parse, statement.cue) if statement.cue else None
    if head is None:
        return False
    inside = set(parse.tokens_within(statement.content))
    if any(parse.tokens[p].text.lower() == "as" for p in parse.deps(head, "prep")):
        return True  # "sees X as Y", "projects Putin regards as central", "was seen as …"
    objects = [i for i in parse.deps(head, "dobj", "nsubjpass") if i in inside]
    objects += [  # "appeals to the West to send tanks"
        o for p in parse.deps(head, "prep") for o in parse.deps(p, "pobj") if o in inside
    ]
    predicates = [i for i in parse.deps(head, "xcomp", "oprd", "ccomp") if i in inside]
    predicates += [
        p
        for i in objects
        for p in parse.deps(i, "prep")
        if p in inside and parse.tokens[p].text.lower() == "as"
    ]
    return bool(objects and predicates)


def _holds_a_claim(text: str, parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether a noun-phrase content carries a claim whatever its cue: a that-clause in it
    ("told Modi that Ukraine rejected talks", "spoke about his regret that Russia was
    excluded"), a noun of saying as the passive cue's subject ("The declaration of … was
    expressed by the minister"), a finding's ("footage showed a flag flying") or a phrase
    cue's ("according to …": what follows is what was said)."""
    inside = parse.tokens_within(statement.content)
    if any(
        parse.tokens[i].dep == "mark" and parse.tokens[i].text.lower() == "that" for i in inside
    ):
        return True
    head = cue_head(parse, statement.cue) if statement.cue else None
    subjects = [] if head is None else parse.deps(head, "nsubjpass")
    if any(
        i in inside and lexicon.lemmas.get(parse.tokens[i].lemma.lower()) == "speech"
        for i in subjects
    ):
        return True  # "The declaration of … was expressed by the minister"
    if head is not None and parse.tokens[head].lemma.lower() in lexicon.np_findings:
        return True
    phrase = " ".join(statement.cue.text(text).lower().split()) if statement.cue else ""
    return phrase in lexicon.phrases


def _person_pronoun(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    words = [
        parse.tokens[i].text.lower()
        for c in statement.content
        for i in parse.tokens_in(c)
        if parse.tokens[i].text.isalnum()
    ]
    return len(words) == 1 and words[0] in lexicon.person_pronouns
