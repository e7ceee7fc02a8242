"""Direct quotations: quoted passages with an attribution frame before, after or around them."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Section, Span

# how far past a closing mark an attribution frame may sit ("…," the Kremlin's spokesman said)
MAX_FRAME_TOKENS = 10


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


def subject_of(parse: Parse, i: int) -> int | None:
    """The subject (or passive agent) of verb ``i``, following conjunctions and auxiliaries."""
    seen = 0
    while seen < 4:
        seen += 1
        subj = parse.deps(i, "nsubj")
        if subj:
            # the subject nearest the verb (a stray label before it may parse as one too)
            return min(subj, key=lambda j: abs(j - i))
        for agent in parse.deps(i, "agent"):
            objs = parse.deps(agent, "pobj")
            if objs:
                return objs[0]
        if parse.deps(i, "nsubjpass"):
            return None
        t = parse.tokens[i]
        if t.dep in {"conj", "xcomp", "advcl"} and t.head != i:
            i = t.head
            continue
        return None
    return None


def _section_frame(
    text: str, quote: Quote, sections: tuple[Section, ...], lexicon: CueLexicon
) -> Draft | None:
    """A ``Quote from X:`` label right before the quote."""
    for section in sections:
        if not section.body.start <= quote.outer.start <= section.body.start + 2:
            continue
        label = section.label.lower()
        for prefix in lexicon.section_labels:
            if not label.startswith(prefix):
                continue
            rest_start = section.label_span.start + len(prefix)
            who = text[rest_start : section.label_span.end]
            lead = len(who) - len(who.lstrip())
            name_end = who.find(",")
            name = who if name_end < 0 else who[:name_end]
            speaker = Span(rest_start + lead, rest_start + len(name.rstrip()))
            role = None
            if name_end >= 0:
                role = who[name_end + 1 :].strip() or None
            return Draft(
                kind="direct",
                content=[quote.inner],
                cue=Span(section.label_span.start, rest_start),
                speaker=speaker if len(speaker) else None,
                quotes=[quote.inner],
                confidence=0.9,
                role=role,
                via="section-label",
            )
    return None


def _frame_after(parse: Parse, quote: Quote, lexicon: CueLexicon) -> tuple[int, Span] | None:
    """A cue verb just after the closing mark, in the closing sentence."""
    first = parse.token_at(quote.outer.end)
    if first is None:
        return None
    sent = parse.tokens[max(first - 1, 0)].sent
    for i in range(first, min(first + MAX_FRAME_TOKENS, len(parse))):
        t = parse.tokens[i]
        if t.sent != sent and i > first:
            break
        if t.text in {'"', "“", "«", "„"}:
            break
        cue = _cue_verb(parse, i, lexicon)
        if cue is not None:
            return i, cue
        if t.text in {".", "!", "?"} and i > first:
            break
    return None


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
    for i in range(j - 1, max(j - MAX_FRAME_TOKENS, -1), -1):
        t = parse.tokens[i]
        if t.sent != sent:
            break
        cue = _cue_verb(parse, i, lexicon)
        if cue is not None:
            return i, cue
    return None


def _before_is_content(text: str, parse: Parse, quote: Quote) -> bool:
    """Whether words of the same sentence precede the quote (making it a mixed quote)."""
    k = parse.token_at(quote.outer.start)
    if k is None or k == 0:
        return False
    prev = parse.tokens[k - 1]
    if prev.sent != parse.tokens[k].sent:
        return False
    return prev.text not in {",", ":", "—", "–", "(", "["} and prev.pos != "SPACE"


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
        draft = _section_frame(text, quote, sections, lexicon)
        if draft is None:
            after = _frame_after(parse, quote, lexicon)
            before = None if after else _frame_before(parse, quote, lexicon)
            frame = after or before
            if frame is None:
                leftover.append(quote)
                continue
            cue_token, cue = frame
            subject = subject_of(parse, cue_token)
            content = [quote.inner]
            kind = "direct"
            if after and _before_is_content(text, parse, quote):
                # Putin "is open", Peskov said: the words before the quote are content too
                kind = "mixed"
                sent = parse.tokens[parse.token_at(quote.outer.start) or 0].sent
                start = parse.tokens[parse.sentence_range(sent)[0]].start
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
            # "…," Peskov said, "…": the quote after the frame continues this one
            if after and n + 1 < len(tops):
                nxt = tops[n + 1]
                between = text[cue.end : nxt.outer.start]
                gap = between.strip()
                if len(between) < 60 and gap.endswith((",", ":")) and "." not in gap:
                    draft.content.append(nxt.inner)
                    draft.quotes.append(nxt.inner)
                    joined.add(n + 1)
        drafts.append(draft)
    return drafts, leftover


def continue_paragraph_quotes(
    text: str, leftover: list[Quote], drafts: list[Draft]
) -> tuple[list[Draft], list[Quote]]:
    """A whole-paragraph quote with no frame continues the previous paragraph's speaker."""
    added: list[Draft] = []
    rest: list[Quote] = []
    for quote in leftover:
        para_start = text.rfind("\n", 0, quote.outer.start) + 1
        starts_paragraph = not text[para_start : quote.outer.start].strip()
        previous = [
            d
            for d in drafts + added
            if d.kind == "direct" and d.extent.end <= quote.outer.start and d.speaker is not None
        ]
        if starts_paragraph and previous:
            last = max(previous, key=lambda d: d.extent.end)
            if (
                "\n\n" in text[last.extent.end : quote.outer.start]
                and text.count("\n\n", last.extent.end, quote.outer.start) <= 1
            ):
                added.append(
                    Draft(
                        kind="direct",
                        content=[quote.inner],
                        cue=None,
                        speaker=last.speaker,
                        speaker_token=last.speaker_token,
                        quotes=[quote.inner],
                        confidence=0.5,
                        via="paragraph-continuation",
                    )
                )
                continue
        rest.append(quote)
    return added, rest
