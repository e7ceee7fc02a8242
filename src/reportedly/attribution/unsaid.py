"""Cues that report no saying that took place: an imperative ("tell us how much time it
takes") or a request's infinitive ("We call on Rutte to state clearly that …"); "let them
know that …" stays (whoever lets them know says it). And a passive cue that names nobody
("it was announced", "what was described as") given a speaker from another clause, a
content over its own speaker beside a draft of the same cue ('The July 1 editorial "…"
urged patience …'), the hedge "let's say" ("Western countries, let's say democratic"), and a
speaker written in figures alone ("43 identified …": a count, nobody who speaks), and the
terms a source asks for off the record ("who asked to remain anonymous")."""

from __future__ import annotations

from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span, Token

_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
_AUXILIARIES = {"aux", "auxpass"}


@cache
def request_heads() -> frozenset[str]:
    """Verbs whose object and "to" infinitive make a request (``data/unsaid.yaml``)."""
    return frozenset(str(w).lower() for w in data_table("unsaid.yaml")["request_heads"])


@cache
def anonymity_terms() -> tuple[str, ...]:
    """Contents that are a source's terms of speaking off the record (``data/unsaid.yaml``)."""
    return tuple(str(w).lower() for w in data_table("unsaid.yaml")["anonymity_terms"])


@cache
def denials() -> frozenset[str]:
    """Verbs of denial, whose content nobody holds (``data/unsaid.yaml``)."""
    return frozenset(str(w).lower() for w in data_table("unsaid.yaml")["denials"])


def drop_unsaid(parse: Parse, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without those whose cue verb is an imperative or the infinitive of a
    request (``data/unsaid.yaml``), a passive with no agent whose speaker is outside it, or
    whose content holds its speaker where another draft of its cue does not."""
    heads = request_heads()
    for d in drafts:
        kept = [part for part in d.content if not _cited_source_part(parse, part)]
        if kept and len(kept) < len(d.content):
            d.content = kept
    holding = {id(d) for d in drafts if _holds_its_speaker(parse, d)}  # read once per draft
    clean_cues = {d.cue for d in drafts if d.cue is not None and id(d) not in holding}
    return [
        d
        for d in drafts
        if not _unsaid(parse, d, heads)
        and not _lets_say(parse, d)
        and not _counted_speaker(parse, d)
        and not _borrowed_speaker(parse, d)
        and not (id(d) in holding and d.cue in clean_cues)
        and not _asks_anonymity(parse, d)
        and not _names_a_source(parse, d)
        and not _resumptive_noun(parse, d)
    ]


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data_table("unsaid.yaml")[name])


def _cited_source_part(parse: Parse, part: Span) -> bool:
    """A content part "quoting an anonymous Republican official" after a frame: the report's
    source, no part of what it reports."""
    inside = list(parse.tokens_in(part))
    if not inside:
        return False
    if not _citing(parse.tokens[inside[0]]):
        return False
    return _no_verb_names_a_source(parse, inside[1:])


def _citing(token: Token) -> bool:
    """Whether ``token`` is "quoting", "citing" or another participle of ``source_citing``."""
    return token.tag == "VBG" and token.lemma_or_word in _words("source_citing")


def _no_verb_names_a_source(parse: Parse, inside: list[int]) -> bool:
    if not inside or any(parse.tokens[i].pos in {"VERB", "AUX"} for i in inside):
        return False
    heads = [parse.tokens[i] for i in parse.heads(inside)]
    return any(
        h.ent_type in {"PERSON", "ORG", "NORP"} or h.lemma_or_word in _words("cited_sources")
        for h in heads
    )


def _names_a_source(parse: Parse, draft: Draft) -> bool:
    """'…, the Post reported, quoting an anonymous Republican official': a "quoting" or
    "citing" cue whose content has no verb and names a source takes the source the report
    names, not what it said."""
    head = cue_head(parse, draft.cue) if draft.cue is not None else None
    if head is None:
        return False
    if not _citing(parse.tokens[head]):
        return False
    return _no_verb_names_a_source(parse, parse.tokens_within(draft.content))


def _resumptive_noun(parse: Parse, draft: Draft) -> bool:
    """'… maintained that she complied with agency rules, claims that the State IG report
    could not corroborate': a plural noun of saying after a comma, parsed as a verb joined to
    the verb before it with no conjunction, resumes that clause; it reports nothing."""
    head = cue_head(parse, draft.cue) if draft.cue is not None else None
    if head is None or head == 0:
        return False
    t = parse.tokens[head]
    if t.text.lower() not in _words("resumptive_nouns") or t.dep != "conj":
        return False
    if parse.tokens[head - 1].text != ",":
        return False
    return not any(c < head for c in parse.deps(t.head, "cc"))


def _asks_anonymity(parse: Parse, draft: Draft) -> bool:
    """Whether the content is the source's own terms of speaking ("asked [to remain
    anonymous]", "requested [anonymity] because …"): no statement."""
    if draft.kind == "direct":
        return False
    words = " ".join(parse.tokens[i].text.lower() for i in parse.tokens_within(draft.content))
    return any(words == t or words.startswith(f"{t} ") for t in anonymity_terms())


def drop_borrowed(parse: Parse, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without those whose cue is a passive with no agent and whose speaker is
    another verb's subject (see :func:`_borrowed_speaker`). Applied to the span model's
    drafts before they meet the rules': such a draft names no speaker, and left in, it would
    take the place of the rules' draft of the same words ("Mr Biden told CNN … that he had
    spoken to allies about the decision, which was announced …") only to go later."""
    return [d for d in drafts if not _borrowed_speaker(parse, d)]


def _holds_its_speaker(parse: Parse, draft: Draft) -> bool:
    """Whether the content covers its own speaker, or the noun its speaker stands in
    apposition to ("His claims come as the US president, Joe Biden, said …"): nobody reports
    who said it inside what was said. Where another draft of the same cue does not, that one
    is the statement ('The July 1 editorial "Don't retreat …" correctly urged patience …':
    "patience …", not the editorial's title); alone, the draft stays (its speaker may be the
    misread part)."""
    speaker = draft.speaker
    if speaker is None:
        return False
    if any(c.overlaps(speaker) for c in draft.content):
        return True
    heads = [i for i in parse.tokens_in(speaker) if parse.tokens[i].dep == "appos"]
    described = [parse.tokens[parse.tokens[i].head].span for i in heads]
    return any(c.contains(d) for c in draft.content for d in described)


def _borrowed_speaker(parse: Parse, draft: Draft) -> bool:
    """A passive cue with no "by …" agent ("…, which was announced ahead of the summit",
    "what was described as the largest package", a reduced "…, once considered …") names no
    speaker: one found outside its
    clause is another verb's subject ("Mr Biden told CNN …"). The passive's own subject
    ("Peskov was quoted as saying") is inside the clause and stays its speaker."""
    if draft.cue is None or draft.speaker is None:
        return False
    head = cue_head(parse, draft.cue)
    if head is None or parse.tokens[head].tag != "VBN":
        return False
    if not parse.deps(head, "auxpass") and not reduced_passive(parse, head):
        return False
    if parse.deps(head, "agent"):
        return False
    return not parse.span(*parse.subtree(head)).overlaps(draft.speaker)


def reduced_passive(parse: Parse, i: int) -> bool:
    """Whether past participle ``i`` opens a passive clause of its own after a comma, with no
    auxiliary and no subject ("Prigozhin, once considered one of Putin's fixers", "the plan,
    widely seen as a concession"): it describes the noun before it, and nobody is said to
    have considered or seen anything."""
    t = parse.tokens[i]
    if t.tag != "VBN" or t.dep not in {"acl", "advcl"}:
        return False
    if parse.deps(i, *_AUXILIARIES, *_SUBJECTS, "ccomp"):
        return False  # a clause of its own: an active reporting verb the parse lost
    if parse.tokens[t.head].dep == "ROOT" and parse.tokens[t.head].pos in {"NOUN", "PROPN"}:
        return False  # "DJI Technology Co., one of …, announced …": the sentence's own verb
    k = i - 1
    while k > 0 and parse.tokens[k].pos == "ADV" and k >= i - 2:
        k -= 1
    return k >= 0 and parse.tokens[k].text == ","


def _counted_speaker(parse: Parse, draft: Draft) -> bool:
    """Whether the speaker is written in figures alone, with at most a determiner ('43
    identified “camps” had been established', "a 41-page report about …" cut at its hyphen):
    a count of things, nobody who speaks ("Two told Reuters", in words, stays; so does a poll's
    share the speaker was cut from, "64 percent support …")."""
    if draft.speaker is None:
        return False
    words = [parse.tokens[i] for i in parse.tokens_in(draft.speaker)]
    figures = [t for t in words if t.pos != "DET"]
    if not figures or not all(t.text.replace(",", "").isdigit() for t in figures):
        return False
    # a poll's share cut before its word ("64 percent support …") is what a poll found
    shares = frozenset(str(w).lower() for w in data_table("acts.yaml")["poll_shares"])
    return not any(parse.tokens[t.head].text.lower() in shares for t in figures)


def _lets_say(parse: Parse, draft: Draft) -> bool:
    """Whether the cue is the "say" of "let's say" / "let us say": a hedge on a word of the
    speaker's own ("Western countries, let's say democratic"), not a report of anything."""
    i = draft.cue_token
    if i is None or i < 2 or parse.tokens[i].lemma.lower() != "say":
        return False
    us, let = parse.tokens[i - 1], parse.tokens[i - 2]
    return us.text.lower() in {"'s", "’s", "us"} and let.lemma.lower() == "let"


def _unsaid(parse: Parse, draft: Draft, heads: frozenset[str]) -> bool:
    i = draft.cue_token
    if i is None or draft.cue is None or parse.tokens[i].tag != "VB":
        return False
    if not draft.cue.contains(parse.tokens[i].span):
        return False
    if draft.speaker is not None and draft.speaker.start >= draft.cue.end:
        return False  # "…, say officials": the speaker follows its verb
    t = parse.tokens[i]
    if t.dep in {"xcomp", "ccomp"} and parse.tokens[t.head].lemma.lower() in heads:
        # "to" and no subject of its own: "asking, 'Why …, you might ask?'" is a saying
        infinitive = any(parse.tokens[a].tag == "TO" for a in parse.deps(i, "aux"))
        return infinitive and not parse.deps(i, *_SUBJECTS)
    while t.dep == "conj" and t.head != t.i:  # "will travel and announce": the first verb's
        t = parse.tokens[t.head]
    return (  # an imperative: a bare verb with no subject and no auxiliary
        t.tag == "VB"
        and t.dep in {"ROOT", "ccomp", "xcomp"}
        and not parse.deps(t.i, *_SUBJECTS, *_AUXILIARIES)
        and not (t.text.isupper() and len(t.text) > 1)  # an all-capitals headline's guess
    )
