"""Direct quotations: quoted passages with an attribution frame before, after or around them."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Section, Span, StatementKind

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


RELATIVE = {"who", "that", "which"}


def subject_of(parse: Parse, i: int) -> int | None:
    """The subject (or passive agent) of verb ``i``, following conjunctions and auxiliaries."""
    seen = 0
    while seen < 4:
        seen += 1
        subj = parse.deps(i, "nsubj")
        if subj:
            # the subject nearest the verb (a stray label before it may parse as one too)
            nearest = min(subj, key=lambda j: abs(j - i))
            t = parse.tokens[i]
            if parse.tokens[nearest].text.lower() in RELATIVE and t.dep == "relcl":
                return t.head  # "an official who said that …": the official
            return nearest
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
        if t.dep == "acl" and t.tag == "VBG" and parse.tokens[t.head].pos in {"NOUN", "PROPN"}:
            return t.head  # "a statement saying that …", "postings saying that …"
        # "RIA Novosti quoted Peskov as saying that …": the one quoted is the speaker
        head = parse.tokens[t.head]
        if t.dep == "pcomp" and head.text.lower() == "as":
            verb = parse.tokens[head.head]
            if verb.lemma.lower() in {"quote", "cite"}:
                objects = parse.deps(verb.i, "dobj")
                return objects[0] if objects else None
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
    for i in range(first, min(first + MAX_FRAME_TOKENS, len(parse))):
        t = parse.tokens[i]
        if t.sent != sent and i > first:
            break
        if t.text in {'"', "“", "«", "„", "''"}:
            break
        cue = _cue_verb(parse, i, lexicon)
        if cue is not None:
            if _introduces_next(text, parse, quote, cue):
                return None
            return i, cue
        if t.text in {".", "!", "?"} and i > first:
            break
    return None


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
    for i in range(j - 1, max(j - MAX_FRAME_TOKENS, -1), -1):
        t = parse.tokens[i]
        if t.sent != sent:
            break
        cue = _cue_verb(parse, i, lexicon)
        if cue is not None:
            return i, cue
        # "Caddell continued: "…"": before a colon any verb with a subject introduces the quote
        if colon and t.pos == "VERB" and subject_of(parse, i) is not None:
            return i, t.span
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
            after = _frame_after(text, parse, quote, lexicon)
            before = None if after else _frame_before(parse, quote, lexicon)
            frame = after or before
            if frame is None:
                named = _name_frame(text, parse, quote)
                if named is not None:
                    drafts.append(named)
                else:
                    leftover.append(quote)
                continue
            cue_token, cue = frame
            subject = subject_of(parse, cue_token)
            content = [quote.inner]
            kind: StatementKind = "direct"
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
            if after:
                m = n + 1
                while m < len(tops) and _continues(text, parse, draft, tops[m], sections, lexicon):
                    draft.content.append(tops[m].inner)
                    draft.quotes.append(tops[m].inner)
                    joined.add(m)
                    m += 1
        drafts.append(draft)
    return drafts, leftover


def _has_frame(
    parse: Parse, quote: Quote, sections: tuple[Section, ...], lexicon: CueLexicon, text: str
) -> bool:
    return (
        _frame_after(text, parse, quote, lexicon) is not None
        or _frame_before(parse, quote, lexicon) is not None
        or _section_frame(text, quote, sections, lexicon) is not None
        or _name_frame(text, parse, quote) is not None
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
    if "\n" in between or len(between) > 160:
        return False
    if draft.cue is None or draft.cue.start < last:
        return False
    tail = text[draft.cue.end : nxt.outer.start]
    if '"' in tail or "“" in tail:
        return False
    # the frame's sentence must end right before the next quote, or run into it with a comma
    cue_token = draft.cue_token
    if cue_token is None:
        return False
    sent_end = parse.tokens[parse.sentence_range(parse.tokens[cue_token].sent)[-1]].end
    gap = text[sent_end : nxt.outer.start]
    stripped = tail.rstrip()
    if stripped.endswith((",", ":")) and "." not in tail:
        return True
    if gap.strip() or not stripped.endswith((".", "!", "?")):
        return False
    return not _has_frame(parse, nxt, sections, lexicon, text)


DASHES = {"―", "—", "–", "-"}
MIN_CONTINUATION_WORDS = 4


_DASH_NAME = re.compile(r"[ \t]*[―—–-][ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,4})")


_TRANSCRIPT_SPEAKER = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+(?=\S)")


def _name_frame(text: str, parse: Parse, quote: Quote) -> Draft | None:
    """``"…" ― Jane Doe`` (a dash and a name after), ``Jane Doe: "…"`` (a name and colon),
    or a transcript line ``"WALLACE: …"`` (a capitalised name and colon inside the quote)."""
    line = _TRANSCRIPT_SPEAKER.match(text, quote.inner.start)
    if line is not None and line.end() < quote.inner.end:
        return Draft(
            kind="direct",
            content=[Span(line.end(), quote.inner.end)],
            cue=Span(line.end(1), line.end(1) + 1),
            speaker=Span(line.start(1), line.end(1)),
            speaker_token=parse.token_at(line.start(1)),
            quotes=[quote.inner],
            confidence=0.8,
            via="transcript",
        )
    dash = _DASH_NAME.match(text, quote.outer.end)
    if dash is not None:
        dash_at = text.index(dash.group(0).strip()[0], quote.outer.end)
        return Draft(
            kind="direct",
            content=[quote.inner],
            cue=Span(dash_at, dash_at + 1),
            speaker=Span(dash.start(1), dash.end(1)),
            speaker_token=parse.token_at(dash.start(1)),
            quotes=[quote.inner],
            confidence=0.8,
            via="dash-name",
        )
    k = parse.token_at(quote.outer.start)
    if k is None or k < 2:
        return None
    colon = k - 1
    while colon > 0 and parse.tokens[colon].pos == "SPACE":
        colon -= 1
    if parse.tokens[colon].text != ":":
        return None
    lo = colon - 1
    while lo >= 0 and parse.tokens[lo].pos == "PROPN" and colon - lo <= 4:
        lo -= 1
    lo += 1
    if lo >= colon:
        return None
    para_start = text.rfind("\n", 0, parse.tokens[lo].start) + 1
    if text[para_start : parse.tokens[lo].start].strip():
        return None
    if parse.tokens[colon - 1].ent_type not in {"PERSON", "ORG"}:
        return None
    return Draft(
        kind="direct",
        content=[quote.inner],
        cue=parse.tokens[colon].span,
        speaker=parse.span(lo, colon - 1),
        speaker_token=colon - 1,
        quotes=[quote.inner],
        confidence=0.8,
        via="name-colon",
    )


# how a quote may hang on the verb it is the argument of: as its object or complement, or
# through a preposition that carries content ("likened the rules to "…"", "called for "…"")
ARGUMENT_DEPS = {"dobj", "attr", "oprd", "ccomp", "xcomp", "acomp", "dative"}
ARGUMENT_PREPS = {"to", "for", "as", "about", "against", "of"}


def _argument_verb(parse: Parse, quote: Quote) -> int | None:
    """The verb whose object (or object of a content preposition) the quote is."""
    inside = parse.tokens_in(quote.inner)
    for i in inside:
        head = parse.tokens[i].head
        if head in inside or head == i:
            continue
        node = i
        for _ in range(4):
            t = parse.tokens[node]
            parent = parse.tokens[t.head]
            if parent.pos == "VERB" and not quote.outer.contains(parent.span):
                if t.dep in ARGUMENT_DEPS:
                    return parent.i
                return None
            if parent.pos == "ADP" and parent.text.lower() not in ARGUMENT_PREPS:
                return None
            if t.head == node:
                return None
            node = t.head
        return None
    return None


def name_colon_lines(text: str, parse: Parse, taken: list[Span]) -> list[Draft]:
    """Headlines and captions like ``Pat Caddell: Democrat voters worried …``: a line that
    opens with a person's or organisation's name and a colon, outside any quote."""
    drafts: list[Draft] = []
    for n in range(parse.sentence_count):
        sent = parse.sentence_range(n)
        first = sent[0]
        while first < sent[-1] and parse.tokens[first].pos == "SPACE":
            first += 1
        colon = next((j for j in sent if j > first and parse.tokens[j].text == ":"), None)
        if colon is None or colon - first > 4 or colon + 1 > sent[-1]:
            continue
        name = range(first, colon)
        label = parse.tokens[first].ent_type
        if label not in {"PERSON", "ORG"} or any(parse.tokens[j].ent_type != label for j in name):
            continue
        line_start = text.rfind("\n", 0, parse.tokens[first].start) + 1
        if text[line_start : parse.tokens[first].start].strip():
            continue
        content = Span(parse.tokens[colon + 1].start, parse.tokens[sent[-1]].end)
        while len(content) and text[content.end - 1] in " \t\n.":
            content = Span(content.start, content.end - 1)
        if len(content) == 0 or any(t.overlaps(content) for t in taken):
            continue
        drafts.append(
            Draft(
                kind="indirect",
                content=[content],
                cue=parse.tokens[colon].span,
                cue_token=colon,
                speaker=parse.span(first, colon - 1),
                speaker_token=colon - 1,
                confidence=0.6,
                via="name-colon-line",
            )
        )
    return drafts


def quote_arguments(parse: Parse, leftover: list[Quote]) -> tuple[list[Draft], list[Quote]]:
    """Quotes that are the argument of a verb with a named subject.

    ``Trump attacked "the hateful ideology …"``, ``Tribe likened the rules to "burning the
    Constitution"``: the verb is the cue, its subject the speaker, the quote the content.
    Several quotes on one verb (``called him a "liar", a "bully" and "sick"``) are one
    statement running from the first to the last. A quote on "said on "Face the Nation""
    is a name, not content.
    """
    by_verb: dict[int, list[Quote]] = {}
    rest: list[Quote] = []
    for quote in leftover:
        verb = _argument_verb(parse, quote)
        subject = subject_of(parse, verb) if verb is not None else None
        if verb is None or subject is None or not _named(parse, subject):
            rest.append(quote)
            continue
        by_verb.setdefault(verb, []).append(quote)
    drafts: list[Draft] = []
    for verb, quotes in by_verb.items():
        subject = subject_of(parse, verb)
        if subject is None:  # pragma: no cover - checked above
            continue
        first, last = quotes[0], quotes[-1]
        content = first.inner if len(quotes) == 1 else Span(first.outer.start, last.outer.end)
        # "called half of his supporters "deplorables"": the object the quote describes is
        # part of what was said
        objects = [
            o
            for o in parse.deps(verb, "dobj", "dative")
            if parse.tokens[o].end <= first.outer.start
        ]
        if objects and verb < objects[0]:
            start = parse.tokens[parse.subtree(objects[0])[0]].start
            content = Span(start, last.outer.end)
        drafts.append(
            Draft(
                kind="direct" if content == first.inner else "mixed",
                content=[content],
                cue=parse.tokens[verb].span,
                cue_token=verb,
                speaker=parse.noun_phrase(subject),
                speaker_token=subject,
                quotes=[q.inner for q in quotes],
                confidence=0.6,
                via="quote-argument",
            )
        )
    return drafts, rest


def _named(parse: Parse, i: int) -> bool:
    t = parse.tokens[i]
    return t.ent_type in {"PERSON", "ORG", "GPE", "NORP"} or t.text.lower() in {
        "he",
        "she",
        "they",
        "we",
        "i",
    }


def continue_paragraph_quotes(
    text: str, leftover: list[Quote], drafts: list[Draft]
) -> tuple[list[Draft], list[Quote]]:
    """A whole-paragraph quote with no frame continues the previous paragraph's speaker."""
    added: list[Draft] = []
    rest: list[Quote] = []
    for quote in leftover:
        para_start = text.rfind("\n", 0, quote.outer.start) + 1
        starts_paragraph = not text[para_start : quote.outer.start].strip()
        if len(quote.inner.text(text).split()) < MIN_CONTINUATION_WORDS:
            rest.append(quote)  # "(CROSSTALK.)", a one-word caption: not a statement
            continue
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
