"""Where a quote's attribution frame stands: a reporting verb (with its subject) just after
the closing mark, or before the opening one with a comma or colon, or a verb of the quote's own
sentence that governs it. :func:`~reportedly.attribution.direct.find_direct` builds the
statements."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.lexicon import CueLexicon, data_table
from reportedly.model import Span

# how far past a closing mark an attribution frame may sit ("…," the Kremlin's spokesman said)
MAX_FRAME_TOKENS = 10
# … or further when everything in between is the speaker's noun phrase with its apposition
MAX_LONG_FRAME_TOKENS = 30
QUOTE_OPENERS = {'"', "“", "«", "„", "''", "``", "‘", "'"}


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


def _frame_verb(parse: Parse, i: int) -> Span | None:
    """Verb token ``i`` if it is one of the verbs that frame speech besides the lexicon's
    (``frames.yaml``'s ``frame_verbs``: '"…," she continued.')."""
    t = parse.tokens[i]
    if t.pos != "VERB" or t.lemma.lower() not in data_table("frames.yaml")["frame_verbs"]:
        return None
    return t.span


def _ends_as_spoken(text: str, quote: Quote) -> bool:
    """Whether the quoted words end with a comma or a sentence stop ('"We are ready," she
    continued'): a term in quotes ('the "special operation" continued') does not."""
    words = text[quote.inner.start : quote.inner.end].rstrip()
    return words.endswith((",", ".", "!", "?", "…"))


def frame_after(
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
    spoken = _ends_as_spoken(text, quote)
    for i in range(first, min(first + MAX_LONG_FRAME_TOKENS, len(parse))):
        t = parse.tokens[i]
        if t.sent != sent and i > first:
            break
        if t.text in {'"', "“", "«", "„", "''"}:
            break
        cue = _cue_verb(parse, i, lexicon) or (_frame_verb(parse, i) if spoken else None)
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


def noun_before_cue(parse: Parse, quote: Quote, cue_token: int) -> int | None:
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


def noun_after_cue(parse: Parse, cue_token: int) -> int | None:
    """``"…" - wrote Nikolenko at the end.``: an inverted frame after a quote names its speaker
    right after the cue, a name or a noun with its article, which the parser may hang on the
    cue as its object; the head of that phrase speaks."""
    k = cue_token + 1
    sent = parse.tokens[cue_token].sent
    if k < len(parse) and parse.tokens[k].pos == "DET" and parse.tokens[k].sent == sent:
        k += 1
    while k < len(parse) and parse.tokens[k].pos == "ADJ" and parse.tokens[k].sent == sent:
        k += 1
    if k >= len(parse) or parse.tokens[k].sent != sent:
        return None
    if parse.tokens[k].pos not in {"PROPN", "NOUN"}:
        return None
    while parse.tokens[k].dep in {"compound", "flat"} and parse.tokens[k].head > k:
        k = parse.tokens[k].head
    return k


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


def frame_before(parse: Parse, quote: Quote, lexicon: CueLexicon) -> tuple[int, Span] | None:
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
    not that of a verb inside its clause ("see"). Of several, the nearest ("Clinton stressed
    … and said she has the essential quality: "…"" is said)."""
    sent = parse.tokens[colon].sent
    for i in reversed(parse.sentence_range(sent)):
        if i >= colon:
            continue
        cue = _cue_verb(parse, i, lexicon)
        if cue is None or subject_of(parse, i) is None:
            continue
        if parse.subtree(i)[1] >= colon - 1:
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


def before_is_content(text: str, parse: Parse, quote: Quote) -> bool:
    """Whether words of the same sentence precede the quote (making it a mixed quote)."""
    k = parse.token_at(quote.outer.start)
    if k is None or k == 0:
        return False
    prev = parse.tokens[k - 1]
    if prev.sent != parse.tokens[k].sent:
        return False
    return prev.text not in {",", ":", "—", "–", "(", "[", ".", "!", "?"} and prev.pos != "SPACE"


def frame_before_quote(parse: Parse, quote: Quote, lexicon: CueLexicon) -> int | None:
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
