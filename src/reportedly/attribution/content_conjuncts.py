"""A content's second verb or object joined by "and": the gold guide's coordinated complements
are one content. "urged Biden to "deliver the knockout punch" and ignore fears …" reports
both infinitives (the second, a bare verb the parse hangs on the finite cue, is no act of
the speaker's own); "We condemn the continued practice of … and their reported forced
involvement in …" condemns both objects; "will announce that Russia is no longer a partner,
but it is a threat …" announces both clauses (the parse hung the second on the cue); and
"their reported forced involvement" is the writer's hedge on a noun, not a statement by
"their"."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, cue_head
from reportedly.model import Span

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OBJECTS = frozenset({"dobj", "conj"})
_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl")
_CLAUSE_JOINS = frozenset({"and", "but"})
# a closing mark at a phrase's end with no opening one in it closes a quote around it
_OPENING_MARKS = frozenset({'"', "“", "«", "„"})
_CLOSING_MARKS = frozenset({'"', "”", "»"})
# the subject of a clause joined on that stands for the reported clause's thing
_THING_PRONOUNS = frozenset({"it", "they"})


def join_conjuncts(text: str, parse: Parse, drafts: list[Draft]) -> None:
    """Drop attributive-participle cues, then run each content on over a second infinitive
    or object of its cue joined by "and" (dropping the statement a second verb was read as)."""
    drafts[:] = [d for d in drafts if not _attributive_cue(parse, d)]
    for d in list(drafts):
        if d.kind == "direct" or not d.content or d.cue is None:
            continue
        if not any(d is e for e in drafts):
            continue  # taken into another content already
        head = cue_head(parse, d.cue)
        if head is None or parse.tokens[head].pos != "VERB":
            continue
        second = (
            _second_infinitive(parse, d, head)
            or _second_object(parse, d, head)
            or _second_clause(parse, d, head)
        )
        if second is None:
            continue
        others = [o for o in drafts if o is not d]
        taken = [o for o in others if o.cue_token == second or _cue_at(parse, o, second)]
        rest = [o for o in others if not any(o is t for t in taken)]
        frames = [
            s
            for o in rest
            for s in (o.cue, o.speaker)
            if s is not None and not d.content[-1].contains(s)
        ]
        # a relative clause at the phrase's end that frames a statement of its own (",
        # which both Russia and Ukraine quickly rejected") stays out
        ends = (_phrase_end(parse, second), _phrase_end(parse, second, before_relative=True))
        end = next(
            (e for e in ends if not any(Span(d.content[-1].start, e).overlaps(s) for s in frames)),
            None,
        )
        if end is None:
            continue  # another speaker's frame lies between: not one content
        grown = Span(d.content[-1].start, end)
        if "\n" in text[d.content[-1].end : end]:
            continue
        d.content[-1] = grown
        drafts[:] = [o for o in drafts if not any(o is t for t in taken)]


def _attributive_cue(parse: Parse, draft: Draft) -> bool:
    """Whether the cue is one participle before the noun it qualifies ("their reported forced
    involvement", "the alleged plot"): nobody is said to speak."""
    if draft.cue is None or draft.kind == "direct":
        return False
    words = [i for i in parse.tokens_in(draft.cue) if parse.tokens[i].pos != "PUNCT"]
    if len(words) != 1:
        return False
    t = parse.tokens[words[0]]
    if t.dep != "amod" or t.tag != "VBN" or t.head <= t.i or t.i == 0:
        return False
    # a determiner of the same noun before it: "but warned nations should …" is a verb
    before = parse.tokens[t.i - 1]
    return before.head == t.head and before.dep in {"det", "poss"}


def _cue_at(parse: Parse, draft: Draft, i: int) -> bool:
    return draft.cue is not None and cue_head(parse, draft.cue) == i


def _second_infinitive(parse: Parse, draft: Draft, head: int) -> int | None:
    """A bare verb joined by "and" to a finite cue whose "to" infinitive the content holds:
    the infinitive's second verb ("urged Biden to deliver … and ignore …"). After a past
    cue a bare verb is never the speaker's own next act, whatever the content ("called for a
    freezing of hostilities and restrict the movement of weapons")."""
    if parse.tokens[head].tag not in _FINITE:
        return None
    if parse.tokens[head].tag == "VBD":
        return _bare_conjunct(parse, draft, head)
    content = Span(draft.content[0].start, draft.content[-1].end)
    infinitives = [
        x
        for x in parse.deps(head, "xcomp")
        if content.contains(parse.span(x, x))
        and any(parse.tokens[a].text.lower() == "to" for a in parse.deps(x, "aux"))
    ]
    return _bare_conjunct(parse, draft, head) if infinitives else None


def _bare_conjunct(parse: Parse, draft: Draft, head: int) -> int | None:
    """The cue's bare verb joined by "and" right after the content, with no subject."""
    for c in parse.deps(head, "conj"):
        t = parse.tokens[c]
        if t.tag != "VB" or t.start < draft.content[-1].end or parse.deps(c, *_OWN_SUBJECT):
            continue
        if _joined_by_and(parse, draft.content[-1].end, c):
            return c
    return None


def _second_object(parse: Parse, draft: Draft, head: int) -> int | None:
    """A second noun object of the cue joined by "and" right after a content that is the
    cue's first object ("condemn the continued practice of … and their … involvement …")."""
    last = draft.content[-1]
    objects = [o for o in parse.deps(head, "dobj") if last.contains(parse.span(o, o)) and o > head]
    if not objects:
        return None
    for c in parse.children[head]:
        t = parse.tokens[c]
        if c <= objects[0] or t.dep not in _OBJECTS or t.pos not in {"NOUN", "PROPN"}:
            continue
        if t.start >= last.end and _joined_by_and(parse, last.end, c):
            return c
    return None


def _second_clause(parse: Parse, draft: Draft, head: int) -> int | None:
    """A clause the parse joined to the cue by "and"/"but" right after a reported clause, in
    that clause's tense and not the cue's, whose subject is "it" or "they" (the reported
    clause's thing, not the speaker): "will announce that Russia is no longer a partner, but
    it is a threat …". A clause in the cue's tense is the writer's ("said talks are possible,
    but Kyiv rejected …")."""
    last = draft.content[-1]
    reported = [x for x in parse.deps(head, "ccomp") if last.contains(parse.span(x, x))]
    if not reported:
        return None
    tense = _tense_class(parse, reported[0])
    if tense == _tense_class(parse, head):
        return None
    speaker = {parse.tokens[k].text.lower() for k in parse.deps(head, "nsubj")}
    for c in parse.deps(head, "conj"):
        if parse.tokens[c].start < last.end or parse.tokens[c].pos not in {"VERB", "AUX"}:
            continue
        subjects = [parse.tokens[k].text.lower() for k in parse.deps(c, "nsubj")]
        if not subjects or subjects[0] not in _THING_PRONOUNS or subjects[0] in speaker:
            continue
        if _tense_class(parse, c) == tense and _joined_by_and(parse, last.end, c, _CLAUSE_JOINS):
            return c
    return None


def _tense_class(parse: Parse, verb: int) -> str:
    """Present, past or the tag of the word that carries ``verb``'s tense."""
    aux = parse.deps(verb, "aux", "auxpass")
    tag = parse.tokens[aux[0] if aux else verb].tag
    return {"VBZ": "present", "VBP": "present", "VBD": "past"}.get(tag, tag)


def _joined_by_and(
    parse: Parse, end: int, i: int, joins: frozenset[str] = frozenset({"and"})
) -> bool:
    """Whether only "and" (or one of ``joins``, and commas) lies between ``end`` and the
    phrase of token ``i``."""
    lo = parse.subtree(i)[0]
    between = [
        t
        for t in parse.tokens
        if t.start >= end and t.i < lo and t.pos not in {"SPACE"} and t.text not in {",", "”"}
    ]
    return len(between) == 1 and between[0].text.lower() in joins


def _phrase_end(parse: Parse, i: int, *, before_relative: bool = False) -> int:
    """Where the phrase of token ``i`` ends, without closing punctuation, and with
    ``before_relative`` without a relative clause after a comma that ends it."""
    lo, hi = parse.subtree(i)
    for k in range(lo + 1, hi + 1) if before_relative else ():
        first, last = parse.subtree(k)
        if parse.tokens[k].dep == "relcl" and parse.tokens[first - 1].text == "," and last == hi:
            hi = first - 1
            break
    while hi > lo and parse.tokens[hi].pos in {"PUNCT", "SPACE"}:
        mark = parse.tokens[hi].text
        opened = any(parse.tokens[k].text in _OPENING_MARKS for k in range(lo, hi))
        if mark not in ".,;:" and not (mark in _CLOSING_MARKS and not opened):
            break
        hi -= 1
    return parse.tokens[hi].end
