"""Quotes attributed by a label rather than a reporting verb: a section label (``Quote from
X:``), a dash and a name after the quote, a transcript line (``"WALLACE: …"``) or a name and a
colon before it."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Section, Span


def section_frame(
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


# a no-break space may stand before the dash too ('…”\xa0― Jane Doe')
_DASH_NAME = re.compile(
    r"[ \t\xa0]*[―—–-][ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,4})"
)


# a name's last word that keeps its stop: an initial ("A."), or a suffix ("Jr.", "Inc.")
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\bJr|\bSr|\bInc|\bLtd|\bCo|\bCorp|\.[A-Za-z]+)\.$")


def _name_end(text: str, end: int) -> int:
    """Where a name after a dash ends: before the full stop that ends its line ("― Jane
    Doe."), not before an initial's or a suffix's ("― John Smith Jr.")."""
    if text[end - 1 : end] == "." and not _ABBREVIATED.search(text, max(0, end - 8), end):
        return end - 1
    return end


# words that start a sentence of the writer's after a dash, never a name ("- Currently, …")
_NOT_NAMES = {"ADV", "ADP", "SCONJ", "CCONJ", "PRON", "VERB", "AUX", "PART"}


def _names(parse: Parse, span: Span) -> bool:
    """Whether the capitalised words after a dash are a name (a noun heads them): "―
    Jane Doe", "- President Zelensky"; not the next sentence's first word ('"…"- Currently,
    there is …')."""
    words = [parse.tokens[i] for i in parse.tokens_in(span)]
    return any(t.pos in {"PROPN", "NOUN"} for t in words) and not any(
        t.pos in _NOT_NAMES for t in words
    )


_TRANSCRIPT_SPEAKER = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+(?=\S)")


def name_frame(text: str, parse: Parse, quote: Quote) -> Draft | None:
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
    if dash is not None and _names(parse, Span(dash.start(1), dash.end(1))):
        dash_at = text.index(dash.group(0).strip()[0], quote.outer.end)
        return Draft(
            kind="direct",
            content=[quote.inner],
            cue=Span(dash_at, dash_at + 1),
            speaker=Span(dash.start(1), _name_end(text, dash.end(1))),
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
