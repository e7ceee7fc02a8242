"""Phrase statements inside another statement's content ("said the army ordered 100,000
vests", "said Putin wants to meet"): which are only a phrase of that content and go, and which
report someone else's act and stay, nested (a request, an intention in a paraphrase)."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._nesting import enclosing
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.unsaid import denials, request_heads

# who may hold an intention reported in another's words: a name, or a person or group the
# reporter speaks of ("they do not want to support Ukraine")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OTHERS = frozenset({"he", "she", "they"})
# the rules whose statement, inside another's content, is only a phrase of it
PHRASE_RULES = frozenset({"object", "passive-object", "intent", "quote-argument"})


def drop_nested_phrases(parse: Parse, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the noun-phrase, intention and quote-argument "statements" inside
    another's content: each is a phrase of that content. A request with its addressee and
    infinitive ("had privately urged the Ukrainian leader to remain at home") has a content
    of its own and stays, nested; so does an intention reported in someone's paraphrase
    ("said that Putin is seeking to recreate the Soviet Union": what Putin seeks, by the
    speaker's account), unless its subject is the quoted "I" or "we" (the speaker's own
    clause; a pronoun standing for the reporter is settled with the acts)."""
    inside = enclosing(drafts)
    return [
        d
        for d, outer in zip(drafts, inside, strict=True)
        if not (
            outer
            and d.via in PHRASE_RULES
            and not _request(parse, d)
            and not _reported_intent(parse, d, drafts[outer[0]])
        )
    ]


def _reported_intent(parse: Parse, draft: Draft, outer: Draft) -> bool:
    """Whether ``draft`` is an intention, its cue's to-infinitive ("is seeking to recreate
    …"), in the paraphrase (indirect or mixed) of ``outer``, with a named subject of its own
    or a pronoun the outer speaker's pronoun does not agree with, not in a relative clause,
    a forecast or a denial."""
    if draft.via not in {"intent", "object"} or outer.kind == "direct":
        return False
    if draft.speaker is None or outer.speaker is None:
        return False
    head = cue_head(parse, draft.cue) if draft.cue else None
    if head is None:
        return False
    first = parse.tokens_within(draft.content)[:1]
    infinitives = {a for x in parse.deps(head, "xcomp") for a in parse.deps(x, "aux")}
    if not first or first[0] not in infinitives:
        return False  # not the cue's to-infinitive ("seeks to recreate …")
    subjects = parse.deps(head, "nsubj")
    # "denies planning to …", "… and seek to": the outer speaker's own; a relative clause
    # ("the weapons Russia intends to move") describes its noun
    if not subjects or parse.tokens[head].dep == "relcl":
        return False
    outer_head = cue_head(parse, outer.cue) if outer.cue else None
    if outer_head is not None and parse.tokens[outer_head].lemma.lower() in denials():
        return False  # "Russia denies it plans to invade": nobody holds the plan
    if any(q.contains(draft.speaker) for q in outer.quotes) or _held_off(parse, head):
        return False
    subject = parse.tokens[subjects[0]]
    if subject.pos == "PROPN" or subject.ent_type in _NAMED:
        return True  # not "the war threatened to …": a thing's course, no one's intention
    # a pronoun is the outer speaker's own ("Lukashenko maintained he wanted to …") unless
    # the outer speaker is a pronoun it does not agree with ("He assessed that they …")
    said_by = [parse.tokens[i].text.lower() for i in parse.tokens_in(outer.speaker)]
    pronoun = subject.text.lower()
    return pronoun in _OTHERS and said_by in ([w] for w in _OTHERS - {pronoun})


def _held_off(parse: Parse, head: int) -> bool:
    """Whether the intention's verb carries "would", "could" or "might" ("Moscow would decide
    to …": a forecast) or lies under a denied word ("not an indication that Moscow intends
    to …": nobody's intention)."""
    tokens = parse.tokens
    if any(
        tokens[c].dep == "aux" and tokens[c].text.lower() in {"would", "could", "might"}
        for c in parse.children[head]
    ):
        return True
    i = head
    for _ in range(4):
        if tokens[i].head == i:
            return False
        i = tokens[i].head
        if any(
            tokens[c].dep == "neg" or (tokens[c].dep == "det" and tokens[c].text.lower() == "no")
            for c in parse.children[i]
        ):
            return True
    return False


def _request(parse: Parse, draft: Draft) -> bool:
    """Whether the draft's cue is a request verb (``unsaid.yaml``'s ``request_heads``) with
    an object and a "to" infinitive."""
    head = cue_head(parse, draft.cue) if draft.via == "object" and draft.cue else None
    if head is None or not parse.deps(head, "dobj"):
        return False
    return parse.tokens[head].lemma.lower() in request_heads() and any(
        parse.tokens[a].text.lower() == "to"
        for x in parse.deps(head, "xcomp")
        for a in parse.deps(x, "aux")
    )
