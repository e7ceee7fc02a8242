"""Statements without a reporting frame: ``Name: …`` headline or caption lines."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.model import Span


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
        named = label in {"PERSON", "ORG"} and all(parse.tokens[j].ent_type == label for j in name)
        if not named and not _headline_name(text, parse, name):
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


# words that open a headline or caption with a colon without naming who speaks
LABEL_WORDS = {
    "update",
    "updated",
    "note",
    "source",
    "editor",
    "watch",
    "related",
    "photo",
    "photos",
    "video",
    "opinion",
    "analysis",
    "exclusive",
    "breaking",
    "live",
    "correction",
    "read",
    "listen",
    "poll",
    "review",
    "explainer",
}


def _headline_name(text: str, parse: Parse, name: range) -> bool:
    """``Pence: Gennifer Flowers Won't Be at Debate``: in the headline (the text's first line),
    where title case hides names from the tagger, capitalised words before the colon name the
    speaker unless they label the line ("Update:", "Video:")."""
    if text[: parse.tokens[name.start].start].strip():
        return False
    words = [parse.tokens[j] for j in name]
    return (
        all(w.text[:1].isupper() and w.pos in {"PROPN", "NOUN"} for w in words)
        and words[0].text.lower() not in LABEL_WORDS
    )
