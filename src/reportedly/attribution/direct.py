"""Direct quotations: quoted passages with an attribution frame before, after or around them,
and their continuations. Quotes attributed by a label instead of a verb are in ``labelled``."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.labelled import name_frame, section_frame
from reportedly.attribution.lexicon import CueLexicon
from reportedly.attribution.quote_frames import (
    QUOTE_OPENERS,
    before_is_content,
    frame_after,
    frame_before,
    frame_before_quote,
    noun_after_cue,
    noun_before_cue,
)
from reportedly.model import Section, Span, StatementKind

# how many characters of frame may separate a quote from its continuation
MAX_CONTINUATION_GAP = 300
CLOSING_MARKS = "\"”’'»"
# a sentence's end inside a frame: a stop, then a capital ("said Friday. He added, "); the stop
# of an abbreviation ("in Kenansville, N.C., ") is none
_SENTENCE_STOP = re.compile(r"[.!?][\"”’']*\s+[A-Z\"“‘]")


def top_level(quotes: tuple[Quote, ...]) -> list[Quote]:
    """Quotes not lying inside another quote."""
    result: list[Quote] = []
    for q in quotes:
        if result and result[-1].outer.contains(q.outer):
            continue
        result.append(q)
    return result


def find_direct(
    text: str,
    parse: Parse,
    quotes: tuple[Quote, ...],
    sections: tuple[Section, ...],
    lexicon: CueLexicon,
) -> tuple[list[Draft], list[Quote]]:
    """Attribute quotes that carry their own frame; return them and the quotes left over."""
    drafts: list[Draft] = []
    leftover: list[Quote] = []
    tops = top_level(quotes)
    joined: set[int] = set()
    for n, quote in enumerate(tops):
        if n in joined:
            continue
        draft = section_frame(text, quote, sections, lexicon)
        if draft is None:
            after = frame_after(text, parse, quote, lexicon)
            before = None if after else frame_before(parse, quote, lexicon)
            frame = after or before
            if frame is None:
                named = name_frame(text, parse, quote)
                if named is not None:
                    drafts.append(named)
                else:
                    leftover.append(quote)
                continue
            cue_token, cue = frame
            if after and before_is_content(text, parse, quote):
                inner = frame_before_quote(parse, quote, lexicon)
                lo, hi = parse.subtree(cue_token)
                if inner is not None and not lo <= inner <= hi:
                    # "…, a statement said" reports the inner frame with its quote; a frame
                    # not governing it is another sentence's
                    leftover.append(quote)
                    continue
            subject = subject_of(parse, cue_token)
            if after and (
                subject is None
                or subject > cue_token
                or quote.outer.contains(parse.tokens[subject].span)
            ):
                # the parser found no subject before the cue, or one inside the quote
                # ("“We will achieve justice,” Tulsa police Chief Chuck Jordan said")
                between = noun_before_cue(parse, quote, cue_token)
                if between is not None:
                    subject = between
                elif subject is None or quote.outer.contains(parse.tokens[subject].span):
                    # a frame with no subject of its own ('"…" - added in the
                    # communication'): a noun of the quoted words never says them; an
                    # inverted one names its speaker after the cue ('"…" - wrote Nikolenko')
                    subject = noun_after_cue(parse, cue_token)
            content = [quote.inner]
            kind: StatementKind = "direct"
            if after and before_is_content(text, parse, quote):
                # Putin "is open", Peskov said: the words before the quote are content too
                kind = "mixed"
                sent = parse.tokens[parse.token_at(quote.outer.start) or 0].sent
                start = parse.tokens[parse.sentence_range(sent)[0]].start
                # a semicolon ends the clause before it ("… kill 11; Blackouts will continue
                # “for months,” Ukrenergo says")
                start = text.rfind(";", start, quote.outer.start) + 1 or start
                while text[start].isspace():
                    start += 1
                content = [Span(start, _content_end(text, quote, cue, subject, parse))]
            draft = Draft(
                kind=kind,
                content=content,
                cue=cue,
                cue_token=cue_token,
                speaker=parse.noun_phrase(subject) if subject is not None else None,
                speaker_token=subject,
                quotes=[quote.inner],
                confidence=0.95,
                via="frame-after" if after else "frame-before",
            )
            if before and _goes_on(text, quote):
                _join_fronted_subject(text, parse, lexicon, draft, quote)
            if after:
                m = _past_titles_in_frame(text, parse, tops, n + 1, cue_token)
                while m < len(tops) and _continues(text, parse, draft, tops[m], sections, lexicon):
                    draft.content.append(tops[m].inner)
                    draft.quotes.append(tops[m].inner)
                    joined.add(m)
                    m += 1
        drafts.append(draft)
    return drafts, leftover


def _past_titles_in_frame(text: str, parse: Parse, tops: list[Quote], m: int, cue: int) -> int:
    """The first of ``tops[m:]`` that is not a title quoted inside the frame of cue ``cue``
    (``"A," Flynn said on Fox's "Fox and Friends." "B."``). A quote the frame runs into with a
    comma or colon (``"A," he said, "B."``) is the continuation itself."""
    frame_end = _sentence_end(text, parse, cue)
    while (
        m < len(tops)
        and tops[m].outer.end <= frame_end
        and not text[: tops[m].outer.start].rstrip().endswith((",", ":"))
    ):
        m += 1
    return m


def _content_end(text: str, quote: Quote, cue: Span, subject: int | None, parse: Parse) -> int:
    """Where a fronted content holding a quote ends: at the quote, or, where the clause goes on
    past it to the comma before the frame ('Another target of the "overseas masters" is
    Europe, he added'), at that comma."""
    frame = cue.start
    if subject is not None and quote.outer.end <= parse.tokens[subject].start < frame:
        frame = parse.noun_phrase(subject).start
    between = text[quote.outer.end : frame]
    comma = between.rfind(",")
    if comma < 0 or not between[:comma].strip(" \t\xa0,"):
        return quote.outer.end
    return quote.outer.end + len(between[:comma].rstrip())


def _has_frame(
    parse: Parse, quote: Quote, sections: tuple[Section, ...], lexicon: CueLexicon, text: str
) -> bool:
    return (
        frame_after(text, parse, quote, lexicon) is not None
        or frame_before(parse, quote, lexicon) is not None
        or section_frame(text, quote, sections, lexicon) is not None
        or name_frame(text, parse, quote) is not None
    )


def _continues(
    text: str,
    parse: Parse,
    draft: Draft,
    nxt: Quote,
    sections: tuple[Section, ...],
    lexicon: CueLexicon,
) -> bool:
    """Whether quote ``nxt`` carries on ``draft``'s quote after its frame.

    ``"A," Peskov said, "B."`` and ``"A," Peskov said. "B."`` (B with no frame of its own, in
    the same paragraph, right after the frame) are one statement in two parts.
    """
    last = draft.content[-1].end
    between = text[last : nxt.outer.start]
    if "\n" in between or len(between) > MAX_CONTINUATION_GAP:
        return False
    if draft.cue is None or draft.cue.start < last:
        return False
    tail = text[draft.cue.end : nxt.outer.start]
    if len(draft.content) > 1 and ('"' in tail or "“" in tail):
        return False
    # the frame's sentence must end right before the next quote, or run into it with a comma
    cue_token = draft.cue_token
    if cue_token is None:
        return False
    gap = text[_sentence_end(text, parse, cue_token) : nxt.outer.start]
    stripped = tail.rstrip()
    if stripped.endswith((",", ":")) and not _SENTENCE_STOP.search(tail):
        # "…," Sanders said, suggesting questions, including, "B": "including" brings B
        end = draft.cue.end + len(stripped)
        word = _last_word(parse, end, after=cue_token)
        if word is not None and parse.tokens[word].pos in {"VERB", "ADP"}:
            return False
        # '"A," Trump said, adding later, "B"': B is what the second reporting verb frames,
        # unless that verb has its clause already and B goes on with A's sentence ('"A," he
        # wrote, explaining why he is speaking, "but most Americans agree …"')
        return not _reporting_verb_between(
            parse, lexicon, cue_token, end, skip_framed=_goes_on(text, nxt)
        )
    if gap.strip() or not stripped.rstrip(CLOSING_MARKS).endswith((".", "!", "?")):
        return False
    # "B" must be a sentence of its own: ``"You squeezed them" to drive up …`` is not
    after = text[nxt.outer.end :].lstrip(" \t\xa0")
    whole = not after or after[0] in "\n.!?" or after[0].isupper() or after[0] in QUOTE_OPENERS
    return whole and not _has_frame(parse, nxt, sections, lexicon, text)


def _reporting_verb_between(
    parse: Parse, lexicon: CueLexicon, cue: int, offset: int, *, skip_framed: bool = False
) -> bool:
    """Whether a strong reporting verb of the lexicon follows token ``cue`` before character
    ``offset`` (", adding", ", telling reporters"; not ", speaking in Kyiv"). With
    ``skip_framed``, a verb whose own clause ends before ``offset`` ("explaining why he is
    speaking") does not count: what comes after it is not its content."""
    k = cue + 1
    while k < len(parse.tokens) and parse.tokens[k].start < offset:
        t = parse.tokens[k]
        if t.pos == "VERB" and t.lemma.lower() in lexicon.strong_verbs:
            clauses = parse.deps(k, "ccomp", "xcomp")
            if not (
                skip_framed and clauses and parse.tokens[parse.subtree(clauses[-1])[1]].end < offset
            ):
                return True
        k += 1
    return False


def _join_fronted_subject(
    text: str, parse: Parse, lexicon: CueLexicon, draft: Draft, quote: Quote
) -> None:
    """A quote that goes on with the words before a frame set in its sentence ('These
    sources, the lawyers said, "all command the same conclusion" that …'; 'That, the
    commission said, "would be helpful …"') is one mixed statement with those words: the
    subject before the frame is the first part, and the quote runs on to the sentence's end
    where no reporting verb follows it."""
    if draft.speaker is None or draft.cue_token is None:
        return
    sent = parse.tokens[draft.cue_token].sent
    span = parse.sentence_range(sent)
    start = parse.tokens[span[0]].start
    lead = text[start : draft.speaker.start].rstrip(" \t\xa0")
    if not lead.endswith(",") or not lead[:-1].strip() or "\n" in lead:
        return
    if any(c in lead for c in '"“”«»') or start >= draft.speaker.start:
        return
    draft.content = [Span(start, start + len(lead) - 1), quote.inner]
    draft.kind = "mixed"
    rest = [i for i in span if parse.tokens[i].start >= quote.outer.end]
    while rest and parse.tokens[rest[-1]].pos in {"PUNCT", "SPACE"}:
        rest.pop()
    if not rest or "\n" in text[quote.outer.end : parse.tokens[rest[-1]].end]:
        return
    if any(
        parse.tokens[i].pos == "VERB" and lexicon.is_verb_cue(parse.tokens[i].lemma.lower())
        for i in rest
    ):
        return
    draft.content[-1] = Span(quote.inner.start, parse.tokens[rest[-1]].end)


def _goes_on(text: str, quote: Quote) -> bool:
    """Whether ``quote`` opens with a lower-case word: it goes on with a sentence begun
    before it."""
    words = quote.inner.text(text).lstrip(" \t\xa0.…")
    return bool(words) and words[0].islower()


def _last_word(parse: Parse, offset: int, *, after: int) -> int | None:
    """The last token before character ``offset`` that is not punctuation, if it comes after
    token ``after``."""
    k = parse.token_at(offset - 1)
    while k is not None and k > after and parse.tokens[k].pos in {"PUNCT", "SPACE"}:
        k -= 1
    return k if k is not None and k > after else None


def _sentence_end(text: str, parse: Parse, i: int) -> int:
    """Where token ``i``'s sentence ends, with closing quote marks the parser left outside it."""
    end = parse.tokens[parse.sentence_range(parse.tokens[i].sent)[-1]].end
    while end < len(text) and text[end] in CLOSING_MARKS:
        end += 1
    return end
