"""Direct quotations: quoted passages with an attribution frame before, after or around them,
and their continuations. Quotes attributed by a label instead of a verb are in ``labelled``."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.labelled import name_frame, section_frame
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Section, Span, StatementKind

# how far past a closing mark an attribution frame may sit ("…," the Kremlin's spokesman said)
MAX_FRAME_TOKENS = 10
# … or further when everything in between is the speaker's noun phrase with its apposition
MAX_LONG_FRAME_TOKENS = 30
# how many characters of frame may separate a quote from its continuation
MAX_CONTINUATION_GAP = 300
QUOTE_OPENERS = {'"', "“", "«", "„", "''", "``", "‘", "'"}
CLOSING_MARKS = "\"”’'»"


def top_level(quotes: tuple[Quote, ...]) -> list[Quote]:
    """Quotes not lying inside another quote."""
    result: list[Quote] = []
    for q in quotes:
        if result and result[-1].outer.contains(q.outer):
            continue
        result.append(q)
    return result


def _cue_verb(parse: Parse, i: int, lexicon: CueLexicon) -> Span | None:
    """The cue span for verb token ``i`` (with its particle), if it is a reporting verb."""
    t = parse.tokens[i]
    if t.pos not in {"VERB", "AUX"} and t.dep != "ROOT":
        return None
    lemma = t.lemma.lower()
    for c in parse.deps(i, "prt"):
        if (lemma, parse.tokens[c].lemma.lower()) in lexicon.particles:
            return Span(t.start, parse.tokens[c].end)
    if lemma in lexicon.strong_verbs:
        return t.span
    return None


def _frame_after(
    text: str, parse: Parse, quote: Quote, lexicon: CueLexicon
) -> tuple[int, Span] | None:
    """A cue verb just after the closing mark, in the closing sentence."""
    first = parse.token_at(quote.outer.end)
    if first is None:
        return None
    # the frame's sentence: the parser may end the quote's sentence at "?”" or ".”"
    while first < len(parse) and parse.tokens[first].pos == "SPACE":
        if "\n" in parse.tokens[first].text:
            return None
        first += 1
    if first >= len(parse):
        return None
    sent = parse.tokens[first].sent
    for i in range(first, min(first + MAX_LONG_FRAME_TOKENS, len(parse))):
        t = parse.tokens[i]
        if t.sent != sent and i > first:
            break
        if t.text in {'"', "“", "«", "„", "''"}:
            break
        cue = _cue_verb(parse, i, lexicon)
        if cue is not None:
            if i - first >= MAX_FRAME_TOKENS and not _subject_fills(parse, first, i):
                return None
            if t.dep in {"amod", "compound"} or _hangs_before(parse, i, quote):
                # 'China said it was "opposed" to the test and warned …', 'called him "a
                # genius" for his recently revealed …': a verb that hangs on words before the
                # quote is part of that sentence, not the quote's frame
                return None
            if _introduces_next(text, parse, quote, cue) or _has_own_clause(parse, i):
                return None
            return i, cue
        if t.text in {".", "!", "?"} and i > first:
            break
    return None


def _hangs_before(parse: Parse, i: int, quote: Quote) -> bool:
    """Whether verb ``i``'s chain of heads reaches the words before ``quote`` before it reaches
    the quote itself or the sentence root."""
    k, seen = i, 0
    while parse.tokens[k].head != k and seen < 50:
        k = parse.tokens[k].head
        seen += 1
        if parse.tokens[k].start >= quote.outer.start:
            if parse.tokens[k].end <= quote.outer.end:
                return False
            continue
        return True
    return False


def _noun_before_cue(parse: Parse, quote: Quote, cue_token: int) -> int | None:
    """``"…," Flynn, a surrogate, said on Fox's "Fox and Friends."``: when the parser finds no
    subject before a cue after a quote, the first noun between the quote and the cue speaks."""
    first = parse.token_at(quote.outer.end)
    if first is None:
        return None
    for k in range(first, cue_token):
        if parse.tokens[k].pos in {"PROPN", "PRON", "NOUN"}:
            while (
                parse.tokens[k].dep in {"compound", "flat"}
                and first <= parse.tokens[k].head < cue_token
            ):
                k = parse.tokens[k].head
            return k
    return None


def _subject_fills(parse: Parse, first: int, i: int) -> bool:
    """Whether tokens ``first`` .. ``i - 1`` are all the cue's subject (with its apposition,
    parentheses and punctuation): ``"…," Rep. Jim Jordan (R-Ohio), a panel member, said``."""
    subject = subject_of(parse, i)
    if subject is None or subject >= i:
        return False
    lo, hi = parse.subtree(subject)
    return all(
        lo <= k <= hi or parse.tokens[k].pos in {"PUNCT", "SPACE", "ADV"} for k in range(first, i)
    )


def _has_own_clause(parse: Parse, i: int) -> bool:
    """``"… policy." The network said it would send …``: a cue verb after a quote that governs
    an unquoted clause of its own says that clause, not the quote (``"A," he said, "B"`` and
    ``"A," he said, and still "B"`` carry on the quote)."""
    for c in parse.deps(i, "ccomp"):
        if c < i:
            continue
        k = parse.subtree(c)[0]
        if any(parse.tokens[j].text in {",", ";", "—", "–"} for j in range(i + 1, k)):
            continue  # "she said of the election, in which … would triumph": a misparse
        while k < c and parse.tokens[k].text.lower() in {",", "and", "but", "still", "then"}:
            k += 1
        if parse.tokens[k].text not in QUOTE_OPENERS and k > i:
            return True
    return False


def _introduces_next(text: str, parse: Parse, quote: Quote, cue: Span) -> bool:
    """``"A." She adds, "B."``: a frame after a finished sentence belongs to the next quote."""
    inner = quote.inner.text(text).rstrip()
    if not inner.endswith((".", "?", "!", "…")):
        return False
    k = cue.end
    while k < len(text) and text[k] in " \t":
        k += 1
    while k < len(text) and text[k] in ",:":
        k += 1
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and text[k] in '"“«„'


def _frame_before(parse: Parse, quote: Quote, lexicon: CueLexicon) -> tuple[int, Span] | None:
    """``X said, "…"`` or ``X said: "…"``: a cue verb then a comma or colon, then the quote."""
    k = parse.token_at(quote.outer.start)
    if k is None or k == 0:
        return None
    j = k - 1
    while j >= 0 and parse.tokens[j].pos == "SPACE":
        j -= 1
    if j < 0 or parse.tokens[j].text not in {",", ":", "—", "–"}:
        return None
    sent = parse.tokens[j].sent
    colon = parse.tokens[j].text == ":"
    verb = None
    for i in range(j - 1, max(j - MAX_FRAME_TOKENS, -1), -1):
        t = parse.tokens[i]
        if t.sent != sent:
            break
        cue = _cue_verb(parse, i, lexicon)
        if cue is not None:
            return i, cue
        # "Caddell continued: "…"": before a colon any verb with a subject introduces the quote
        if colon and verb is None and t.pos == "VERB" and subject_of(parse, i) is not None:
            verb = i, t.span
    if colon:
        return _outer_cue_before(parse, j, lexicon) or verb
    return None


def _outer_cue_before(parse: Parse, colon: int, lexicon: CueLexicon) -> tuple[int, Span] | None:
    """The reporting verb whose clause runs up to a colon before a quote, however far back it
    stands in the sentence ('May said he could see a different approach: "…"', 'Lewis told
    the Guardian last week, ahead of an event on Monday: "…"'): the quote is its speaker's,
    not that of a verb inside its clause ("see")."""
    sent = parse.tokens[colon].sent
    for i in parse.sentence_range(sent):
        if i >= colon:
            break
        cue = _cue_verb(parse, i, lexicon)
        if cue is None or subject_of(parse, i) is None:
            continue
        lo, hi = parse.subtree(i)
        if lo < i and hi >= colon - 1:
            return i, cue
    return None


def reports_a_clause_before(parse: Parse, draft: Draft) -> bool:
    """Whether the draft's cue verb also reports a clause of its own before the quote ('May
    said he could see …: "…"'): the verb is that clause's cue too."""
    if draft.cue_token is None or not draft.content:
        return False
    start = draft.content[0].start
    return any(
        parse.tokens[parse.subtree(c)[1]].end <= start for c in parse.deps(draft.cue_token, "ccomp")
    )


def _before_is_content(text: str, parse: Parse, quote: Quote) -> bool:
    """Whether words of the same sentence precede the quote (making it a mixed quote)."""
    k = parse.token_at(quote.outer.start)
    if k is None or k == 0:
        return False
    prev = parse.tokens[k - 1]
    if prev.sent != parse.tokens[k].sent:
        return False
    return prev.text not in {",", ":", "—", "–", "(", "[", ".", "!", "?"} and prev.pos != "SPACE"


def _frame_before_quote(parse: Parse, quote: Quote, lexicon: CueLexicon) -> int | None:
    """A reporting verb of the quote's own sentence, with its subject, before the quote and
    governing it ('the White House reported that the Russian "invasion can start at any
    time".Russia responded …', 'the UK's PM suggested the country "discourages" …, while
    Spain criticised …'): the quote is that verb's, not a later frame's."""
    k = parse.token_at(quote.outer.start)
    if k is None:
        return None
    inside = parse.tokens_in(quote.inner)
    for i in parse.sentence_range(parse.tokens[k].sent):
        if i >= k:
            break
        t = parse.tokens[i]
        if t.pos != "VERB" or not lexicon.is_verb_cue(t.lemma.lower()):
            continue
        subject = subject_of(parse, i)
        if subject is None or subject > i:
            continue
        lo, hi = parse.subtree(i)
        if inside and lo <= inside[0] and inside[-1] <= hi:
            return i
    return None


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
            after = _frame_after(text, parse, quote, lexicon)
            before = None if after else _frame_before(parse, quote, lexicon)
            frame = after or before
            if frame is None:
                named = name_frame(text, parse, quote)
                if named is not None:
                    drafts.append(named)
                else:
                    leftover.append(quote)
                continue
            cue_token, cue = frame
            if after and _before_is_content(text, parse, quote):
                inner = _frame_before_quote(parse, quote, lexicon)
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
                between = _noun_before_cue(parse, quote, cue_token)
                subject = between if between is not None else subject
            content = [quote.inner]
            kind: StatementKind = "direct"
            if after and _before_is_content(text, parse, quote):
                # Putin "is open", Peskov said: the words before the quote are content too
                kind = "mixed"
                sent = parse.tokens[parse.token_at(quote.outer.start) or 0].sent
                start = parse.tokens[parse.sentence_range(sent)[0]].start
                # a semicolon ends the clause before it ("… kill 11; Blackouts will continue
                # “for months,” Ukrenergo says")
                start = text.rfind(";", start, quote.outer.start) + 1 or start
                while text[start].isspace():
                    start += 1
                content = [Span(start, quote.outer.end)]
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


def _has_frame(
    parse: Parse, quote: Quote, sections: tuple[Section, ...], lexicon: CueLexicon, text: str
) -> bool:
    return (
        _frame_after(text, parse, quote, lexicon) is not None
        or _frame_before(parse, quote, lexicon) is not None
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
    if stripped.endswith((",", ":")) and "." not in tail:
        # "…," Sanders said, suggesting questions, including, "B": "including" brings B
        word = _last_word(parse, draft.cue.end + len(stripped), after=cue_token)
        return word is None or parse.tokens[word].pos not in {"VERB", "ADP"}
    if gap.strip() or not stripped.rstrip(CLOSING_MARKS).endswith((".", "!", "?")):
        return False
    # "B" must be a sentence of its own: ``"You squeezed them" to drive up …`` is not
    after = text[nxt.outer.end :].lstrip(" \t\xa0")
    whole = not after or after[0] in "\n.!?" or after[0].isupper() or after[0] in QUOTE_OPENERS
    return whole and not _has_frame(parse, nxt, sections, lexicon, text)


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
