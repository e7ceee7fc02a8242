"""Tidying the rules' drafts: quote-aware contents and kinds, duplicates, weak rules and
statements cued inside quotes nobody said."""

from __future__ import annotations

import re
from itertools import pairwise

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Span


def _close_quotes(text: str, draft: Draft, quotes: list[Quote]) -> None:
    """A content that ends inside a quote it opened ends with that quote's closing mark: the
    quote is the speaker's words to its end, however many sentences it runs over (a parse
    cuts a reported clause at its sentence's end: 'said that "We do not see … readiness.
    Today, … territory."'; see :func:`_runs_on`)."""
    for n, part in enumerate(draft.content):
        for q in quotes:
            if not part.start <= q.outer.start < part.end < q.outer.end:
                continue
            lead = text[part.start : q.outer.start].split()
            if _core(text, q).end <= part.end or (len(lead) <= _LEAD_WORDS and _runs_on(text, q)):
                draft.content[n] = Span(part.start, q.outer.end)


# a content runs on to the end of a quote that opens within its first this many words
# ("that" and a few more: 'said that "…', 'said the plan was "…')
_LEAD_WORDS = 4


def _runs_on(text: str, quote: Quote) -> bool:
    """Whether a content that opens ``quote`` near its start runs on to the quote's end: a
    closed double-marked quote inside one paragraph (single marks and marks paired across
    paragraphs are often apostrophes)."""
    return (
        quote.closed and quote.open_mark in _DOUBLE_OPENERS and "\n" not in quote.outer.text(text)
    )


_DOUBLE_OPENERS = {'"', "“", "«", "„"}


def _settle_kind(text: str, draft: Draft, quotes: list[Quote]) -> None:
    """Mark an indirect draft that contains quoted words as mixed (or direct)."""
    if draft.kind != "indirect":
        return
    inside = [q for q in quotes if any(c.contains(_core(text, q)) for c in draft.content)]
    if not inside:
        return
    draft.quotes = [q.inner for q in inside]
    residual = "".join(c.text(text) for c in draft.content)
    for q in inside:
        residual = residual.replace(_core(text, q).text(text), " ")
    words = [w for w in re.findall(r"\w+", residual) if w.lower() not in {"that", "and"}]
    draft.kind = "mixed" if words else "direct"


def _core(text: str, quote: Quote) -> Span:
    """A quote's inner span without the punctuation that ends it ("… to lose." → "… to lose"):
    a content trimmed of its final stop still holds the quote."""
    start, end = quote.inner.start, quote.inner.end
    while end > start and text[end - 1] in " \t\n.,;:!?…":
        end -= 1
    return Span(start, end) if end > start else quote.inner


def _dedupe(text: str, drafts: list[Draft]) -> list[Draft]:
    """Drop drafts that repeat another with the same content and cue, keeping the surest;
    then keep one of each group of drafts that :func:`_same_statement` finds to be one."""
    best: dict[tuple[tuple[int, int], ...], Draft] = {}
    for d in drafts:
        key = tuple((s.start, s.end) for s in d.content)
        if key not in best or (d.confidence, d.via in FRAMED_RULES) > (
            best[key].confidence,
            best[key].via in FRAMED_RULES,
        ):
            best[key] = d
    kept: list[tuple[Draft, str]] = []
    extents: list[Span] = []  # of the kept drafts: only an overlapping one can be the same
    for d in sorted(best.values(), key=_rank, reverse=True):
        words, extent = _words(text, d), d.extent
        if not any(
            extent.overlaps(e) and _same_statement((d, words), other)
            for other, e in zip(kept, extents, strict=True)
        ):
            kept.append((d, words))
            extents.append(extent)
    return sorted((d for d, _ in kept), key=lambda d: (d.extent.start, -d.extent.end))


_NON_WORD = re.compile(r"[\W_]+")


def _words(text: str, draft: Draft) -> str:
    """A draft's content as bare words: no quote marks, punctuation, case or opening "that"
    (``said that "X"`` and ``"X"`` are one statement)."""
    words = _NON_WORD.sub(" ", " ".join(c.text(text) for c in draft.content)).strip()
    return f" {words.casefold().removeprefix('that ')} "


def _rank(d: Draft) -> tuple[bool, bool, bool, float, int, int]:
    """Which of two drafts of one statement to keep: the one with a speaker, direct or
    mixed, framed, surest, longest, then the first."""
    return (
        d.speaker is not None,
        d.kind != "indirect",
        d.via in TRUSTED_RULES or d.via in FRAMED_RULES,
        d.confidence,
        len(d.extent),
        -d.extent.start,
    )


def _same_statement(a: tuple[Draft, str], b: tuple[Draft, str]) -> bool:
    """Whether two overlapping drafts are one statement found twice: the same words (a quote
    taken as direct by its frame and as indirect by its verb) or, with the same cue, the
    words of one inside the other's. (The same words elsewhere in the article are a repeat
    the article makes, and count again, as annotated corpora count them.)"""
    (d, words), (e, other) = a, b
    if not d.extent.overlaps(e.extent) or not words.strip() or not other.strip():
        return False
    same_cue = d.cue is not None and d.cue == e.cue
    return words == other or (same_cue and (words in other or other in words))


# rules whose statements are kept whatever their cue: a quote with its frame is reported speech
TRUSTED_RULES = {"frame-after", "frame-before"}
# rules whose content bounds are marked in the text (a dash opens the words, a dash hands them
# to the frame; an opening "As X said," clause and its comma hand it the rest of the sentence;
# an all-capitals teaser line is the words and their frame): of two drafts of one statement,
# theirs beats a parse's clause; so does a source after "from" ("…, BelTA learned from
# Lukashenko"), which the span model takes for the outlet's own words
FRAMED_RULES = {"dash-frame", "as-frame", "teaser", "from-source"}


def _drop_weak(drafts: list[Draft], parse: Parse, lexicon: CueLexicon) -> list[Draft]:
    """Drop drafts whose rule and cue verb an annotated corpus showed to be mostly noise
    ("tried to", "needs to", "raised questions": acts, not statements)."""
    return [
        d
        for d in drafts
        if d.cue_token is None
        or d.via in TRUSTED_RULES
        or not lexicon.is_weak_rule(parse.tokens[d.cue_token].lemma.lower(), d.rule)
    ]


def _drop_orphans(text: str, drafts: list[Draft], tops: list[Quote]) -> list[Draft]:
    """Drop statements cued inside a quote nobody was found to have said.

    "I think …" inside an unattributed quote has no resolvable speaker: keeping it would put
    the quoted person's words in nobody's mouth. A quote that only goes on with the statement
    before it ('"…," he said.\n\n"He told me that …"', no frame of its own) keeps the
    statements inside it that report a that-clause, the surest frame of all; others there
    (a fronted clause, a bare complement, "may say: …") are as doubtful as the quote's
    speaker and go.
    """
    kept: list[Draft] = []
    for d in drafts:
        cue = d.cue
        if cue is not None:
            holder = next((q for q in tops if q.inner.contains(cue)), None)
            if holder is not None and holder.inner not in d.quotes:
                sayers = [
                    e
                    for e in drafts
                    if e is not d and any(c.overlaps(holder.inner) for c in e.content)
                ]
                framed = any(e.cue is not None and not holder.inner.contains(e.cue) for e in sayers)
                continued = any(
                    e.cue is None and e.speaker is not None and not holder.inner.contains(e.speaker)
                    for e in sayers
                )
                if not framed and not (continued and _reports_that_clause(text, d)):
                    continue
        kept.append(d)
    return kept


def _reports_that_clause(text: str, draft: Draft) -> bool:
    """Whether ``draft`` is an indirect statement whose content opens with "that"."""
    if draft.kind != "indirect" or not draft.content:
        return False
    words = draft.content[0].text(text).split(maxsplit=1)
    return bool(words) and words[0].lower() == "that"


# an aside the writer adds after reported words: a dash and an apposition ("… aggression - a
# false threat he also uses …") or a parenthesis left open to the content's end ("… a smoke
# veil (more in the material: …"); neither is what was said
_ASIDE = re.compile(
    r"[ \t\xa0][-–—][ \t\xa0]+(?=(?:a|an|the|which|as|what|this|that)\b)|[ \t\xa0]\((?![^)]*\))",
    re.IGNORECASE,
)


def _cut_asides(text: str, draft: Draft) -> None:
    """End a reported (indirect or mixed) content before a trailing aside of the writer's;
    a dash that a second one closes ("can introduce - under certain conditions - sanctions")
    is a parenthesis inside the words and stays."""
    if draft.kind == "direct" or len(draft.content) != 1:
        return
    part = draft.content[0]
    words = part.text(text)
    for aside in _ASIDE.finditer(words):
        rest = words[aside.end() :]
        if aside.group().strip() != "(" and re.search(r"[ \t\xa0][-–—][ \t\xa0]", rest):
            continue
        if len(words[: aside.start()].split()) < 3:
            return
        if any(q.overlaps(Span(part.start + aside.start(), part.end)) for q in draft.quotes):
            return
        draft.content = [Span(part.start, part.start + aside.start())]
        return


# a relative clause the writer hangs on a speaker's name ("a senior White House official,
# who added that …", "James Landale, who is at the summit")
_SPEAKER_RELATIVE = re.compile(r",[ \t\xa0]+(?:who|which|whose)\b", re.IGNORECASE)


def _cut_speaker_clause(text: str, parse: Parse, draft: Draft) -> None:
    """End a speaker before a relative clause after a comma: it says more about the speaker
    (or goes on to the next report), it is no part of who the speaker is."""
    speaker = draft.speaker
    if speaker is None:
        return
    clause = _SPEAKER_RELATIVE.search(text, speaker.start, speaker.end)
    if clause is None or not text[speaker.start : clause.start()].strip():
        return
    head = draft.speaker_token
    if head is not None and parse.tokens[head].start >= clause.start():
        return
    draft.speaker = Span(speaker.start, clause.start())


def _cut_participle(parse: Parse, lexicon: CueLexicon, draft: Draft) -> None:
    """End a reported content before ", telling …", ", adding that …": a reporting verb's
    participle after a comma frames words of its own (another statement), not more of these."""
    if draft.kind == "direct" or len(draft.content) != 1:
        return
    part = draft.content[0]
    inside = parse.tokens_in(part)
    for i in inside[3:]:
        t = parse.tokens[i]
        if t.tag != "VBG" or parse.tokens[i - 1].text != "," or not lexicon.is_verb_cue(t.lemma):
            continue
        comma = parse.tokens[i - 1].span
        if any(q.contains(comma) for q in draft.quotes):
            continue
        draft.content = [Span(part.start, comma.start)]
        return


# what a direct content holds besides its quotes: "that" and marks before the first ('said
# that "…"'), "and" and marks between two ('"…" and "…"'), marks and stops after the last
_MARKS = r"[\s\"“”«»„'‘’,.;:]*"
_BEFORE_QUOTES = re.compile(rf"{_MARKS}(?:that\b{_MARKS})?", re.IGNORECASE)
_BETWEEN_QUOTES = re.compile(rf"{_MARKS}(?:and\b{_MARKS})?", re.IGNORECASE)
_AFTER_QUOTES = re.compile(_MARKS)


def _quoted_words_only(text: str, draft: Draft) -> None:
    """A direct content is the words inside its quote marks (docs/gold-guide.md): a content
    part that was a reported clause wholly quoted ('said that "X."') becomes the quote's
    words, without the "that" and the marks (each part of a quote that goes on after its
    frame: '"X," the statement continued. "Y."')."""
    if draft.kind != "direct" or not draft.quotes:
        return
    draft.content = [w for part in draft.content for w in _words_of(text, part, draft.quotes)]


def _words_of(text: str, part: Span, quotes: list[Span]) -> list[Span]:
    inside = sorted(q for q in quotes if part.contains(q))
    if not inside or inside == [part]:
        return [part]
    gaps = [(_BEFORE_QUOTES, part.start, inside[0].start)]
    gaps += [(_BETWEEN_QUOTES, a.end, b.start) for a, b in pairwise(inside)]
    gaps.append((_AFTER_QUOTES, inside[-1].end, part.end))
    if any(frame.fullmatch(text, start, end) is None for frame, start, end in gaps):
        return [part]
    words = [Span(q.start, q.start + len(q.text(text).rstrip())) for q in inside]
    return [w for w in words if len(w) > 0] or [part]
