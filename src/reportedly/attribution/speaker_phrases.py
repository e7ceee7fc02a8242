"""A speaker span that is a whole phrase: not a piece of its cue's subject ("the court" of
"Her submission to the court noted …", "as secretary of state" of "Several judges handling
… lawsuits seeking information about Clinton's tenure as secretary of state have cited …"),
not cut before the noun its last word leans on ("The Daily" of "The Daily Caller", "British
Prime Minister Theresa" of "… Theresa May"), and not ended or started on a preposition or a
conjunction ("India and", "devoted to", "A group of doctors in", "of the two … candidates")."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import NP_EXCLUDE, Parse, cue_head
from reportedly.model import Span

# how a word leans on a noun right after it, inside one noun phrase
_LEANING = frozenset({"compound", "amod", "nummod", "det", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# links between a piece of the subject and the subject's head that keep the piece another
# party: an apposition names the same one ("The minister, Mr. Guajardo,"), a possessor or a
# conjunct is someone else beside it ("Trump's campaign", "Zelensky and Macron")
_OWN_PARTY = frozenset({"appos", "poss", "conj", "cc"})
# links by which a name is a piece of a longer subject ("the court" of "Her submission to
# the court", "Americans" of "the coalition, which represents … Americans,")
_LINKS = frozenset({"prep", "pobj", "pcomp", "agent", "relcl", "acl", "dobj"})
# what ends a subject phrase inside its subtree: an aside or a clause after a comma
_ASIDE_MARKS = frozenset({",", ";", "(", "--", "—", "–", "―"})
_JOINS = frozenset({"ADP", "CCONJ"})


def complete_phrase(text: str, parse: Parse, draft: Draft, speaker: Span) -> tuple[int, int]:
    """The edges of ``speaker`` (of ``draft``) as a whole phrase: the cue's subject where the
    span is a dependent piece of it, else the span with the noun its last word leans on and
    without a dangling preposition or conjunction at either edge."""
    words = [i for i in parse.tokens_in(speaker) if parse.tokens[i].pos != "SPACE"]
    if not words:
        return speaker.start, speaker.end
    limit = _limit(parse, draft, speaker)
    subject = _whole_subject(text, parse, draft, words, limit)
    if subject is not None:
        return subject.start, subject.end
    lo, hi = _phrase_start(parse, words[0]), _phrase_end(parse, words, limit)
    if lo is None or hi is None:
        return speaker.start, speaker.end
    start = parse.tokens[lo].start if lo != words[0] else speaker.start
    end = parse.tokens[hi].end if hi != words[-1] else speaker.end
    if end <= start or "\n" in text[start:end] or not _free(draft, Span(start, end)):
        return speaker.start, speaker.end
    return start, end


def _limit(parse: Parse, draft: Draft, speaker: Span) -> int:
    """The last token a speaker before its cue may grow to (the sentence's last otherwise)."""
    last = parse.sentence_range(parse.tokens[parse.tokens_in(speaker)[0]].sent)[-1]
    cue = draft.cue
    if cue is not None and cue.start >= speaker.end:
        first = parse.token_at(cue.start)
        if first is not None:
            last = min(last, first - 1)
    for part in draft.content:
        if part.start >= speaker.end:
            first = parse.token_at(part.start)
            if first is not None:
                last = min(last, first - 1)
    return last


def _free(draft: Draft, span: Span) -> bool:
    """Whether ``span`` overlaps neither the draft's cue nor its content."""
    taken = [*draft.content, *([draft.cue] if draft.cue is not None else [])]
    return not any(span.overlaps(s) for s in taken)


def _whole_subject(
    text: str, parse: Parse, draft: Draft, words: list[int], limit: int
) -> Span | None:
    """The cue's subject where the speaker is a piece of it that hangs on its head through a
    preposition, a clause or a modifier (the model took the wrong noun of the phrase): the
    subject's words up to an aside's comma, before the cue."""
    if draft.cue is None:
        return None
    head = cue_head(parse, draft.cue)
    if head is None:
        return None
    inside = set(words)
    for subject in parse.deps(head, "nsubj"):
        if subject in inside:
            return None
        lo, hi = parse.subtree(subject)
        if not (lo <= words[0] and words[-1] <= hi) or hi > limit:
            continue
        top = next((i for i in words if parse.tokens[i].head not in inside), words[0])
        if not _hangs_on(parse, top, subject):
            return None
        end = subject
        for k in range(subject + 1, hi + 1):
            if parse.tokens[k].text in _ASIDE_MARKS:
                break
            end = k
        while end > subject and (
            parse.tokens[end].pos in {"PUNCT", "SPACE"} or parse.tokens[end].tag == "POS"
        ):
            end -= 1
        span = parse.span(lo, end)
        # a fronted phrase the parse hung on the subject ("In a Tuesday tweet the ministry
        # said …") is no part of it
        fronted = parse.tokens[lo].pos == "ADP"
        if fronted or "\n" in span.text(text) or not _free(draft, span):
            return None
        return span
    return None


def _hangs_on(parse: Parse, top: int, subject: int) -> bool:
    """Whether token ``top`` hangs on ``subject`` by links that keep it a piece of the
    subject's own phrase (no apposition, possessor or conjunct on the way); a name only
    through a preposition or a clause (by modifiers alone it is more often a misparse: "that
    Trump demands accountability … refuses" read as one noun phrase)."""
    i, linked = top, not _named(parse, top)
    for _ in range(len(parse.tokens)):
        token = parse.tokens[i]
        if token.dep in _OWN_PARTY:
            return False
        linked = linked or token.dep in _LINKS
        if token.head == subject:
            return linked
        if token.head == i:
            return False
        i = token.head
    return False


def _phrase_start(parse: Parse, first: int) -> int | None:
    """The first token of the speaker's phrase: before a preposition it starts on, the word
    the preposition hangs on ("One" of "of the two major candidates")."""
    token = parse.tokens[first]
    if token.pos != "ADP" or token.dep != "prep" or token.head != first - 1:
        return first
    if parse.tokens[token.head].pos not in {*_NOUNS, "NUM", "PRON"}:
        return None
    return parse.subtree(token.head, exclude={"prep", "relcl", "acl", "appos", "punct"})[0]


def _phrase_end(parse: Parse, words: list[int], limit: int) -> int | None:
    """The last token of the speaker's phrase: with the noun its last word leans on ("Daily"
    → "Caller"), the object of a preposition it ends on that hangs inside it ("devoted to" →
    "… to racial issues") and the conjunct after its last "and"; before a preposition that
    hangs outside it. None where the phrase would run past ``limit``."""
    last = words[-1]
    token = parse.tokens[last]
    inside = set(words)
    if token.dep in _LEANING and token.head > last:
        # the noun right after it, and on through a name's next words ("Theresa" → "May");
        # a noun further off or a chain of common words is a misparse more often than not
        # ("64 percent support increasing …", "on the portal X. Entry…")
        end = token.head
        while _name_goes_on(parse, end):
            end = parse.tokens[end].head
        if end != last + 1 and not (token.pos == "PROPN" and _adjacent_names(parse, last, end)):
            return None
        noun = parse.tokens[end].pos in _NOUNS and parse.tokens[end].sent == token.sent
        # a name goes on only into a name ("Theresa" → "May"): a common noun after it is
        # most often a verb the tagger misread ("Trump demands …") or a headline's word
        named = not _named(parse, last) or _named(parse, end)
        if not (noun and named and end <= limit) or _headline(parse, token.sent):
            return None
        return end
    if token.pos not in _JOINS:
        return last
    objects = parse.deps(last, "pobj")
    when = bool(objects) and parse.tokens[objects[0]].pos == "NUM"  # "doctors in 2015"
    if token.head not in inside or when:
        kept = [i for i in words if i < last and parse.tokens[i].pos != "PUNCT"]
        return kept[-1] if kept else None
    if token.pos == "ADP":
        if not objects:
            return None
        end = parse.subtree(objects[0], exclude=NP_EXCLUDE)[1]  # its noun phrase alone
    else:
        conjuncts = [c for c in parse.deps(token.head, "conj") if c > last]
        if not conjuncts:
            return None
        end = parse.subtree(conjuncts[0], exclude={"relcl", "acl", "appos", "punct"})[1]
    return end if end <= limit and end > last else None


def _headline(parse: Parse, sent: int) -> bool:
    """Whether sentence ``sent`` is set in title case (a headline: "Sanders Vows …"), where
    the tagger reads verbs as names."""
    words = [parse.tokens[i].text for i in parse.sentence_range(sent)]
    words = [w for w in words if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _named(parse: Parse, i: int) -> bool:
    """Whether token ``i`` reads as a name: tagged one, or capitalized (the tagger can read
    "Trump" before a verb it misreads as a noun as a common noun)."""
    token = parse.tokens[i]
    return token.pos == "PROPN" or (token.pos == "NOUN" and token.text[:1].isupper())


def _name_goes_on(parse: Parse, i: int) -> bool:
    """Whether name word ``i`` leans on the next word, a name too ("Theresa" → "May")."""
    token = parse.tokens[i]
    return (
        token.pos == "PROPN"
        and token.dep in _LEANING
        and token.head == i + 1
        and parse.tokens[i + 1].pos == "PROPN"
    )


def _adjacent_names(parse: Parse, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are one run of name words."""
    return all(parse.tokens[k].pos == "PROPN" for k in range(first, last + 1))
