"""Reported clauses cut short before their sentence's end: a relative clause or an apposition
after a comma is more of the same content (docs/gold-guide.md)."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.lexicon import CueLexicon, data_table
from reportedly.model import Span

_CLOSERS = "\"'”’»"


def whole_tails(text: str, parse: Parse, lexicon: CueLexicon, drafts: list[Draft]) -> None:
    """Run each reported (indirect or mixed) clause's last part on to its sentence's end
    where what follows it there opens with a continuing word after a comma, or a relative
    pronoun with none (``contents.yaml``), and holds no active reporting verb, no quote mark
    and nothing another statement holds."""
    data = data_table("contents.yaml")
    openers = frozenset(w.casefold() for w in data["tail_openers"])
    restrictive = frozenset(w.casefold() for w in data["restrictive_openers"])
    taken = [s for d in drafts for s in (*d.content, d.cue, d.speaker) if s is not None]
    for d in drafts:
        if d.kind == "direct" or not d.content:
            continue
        part = max(d.content, key=lambda c: c.end)
        inside = parse.tokens_in(part)
        if not any(parse.tokens[i].pos in {"VERB", "AUX"} for i in inside):
            continue  # a noun phrase: what follows describes it, in the writer's words
        sentence = parse.sentence_range(parse.tokens[inside[-1]].sent)
        after = [i for i in sentence if parse.tokens[i].start >= part.end]
        while after and parse.tokens[after[-1]].pos in {"PUNCT", "SPACE"}:
            after.pop()
        if not after:
            continue
        words = [parse.tokens[i] for i in after if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
        if not words:
            continue
        # a comma between the content and the tail (or the content's own last character)
        lead = text[part.end : words[0].start]
        first = words[0].text.casefold()
        # a restrictive relative clause needs no comma ("against local officials who have
        # been collaborating with Moscow")
        relative = lead == " " and first in restrictive and words[0].tag in {"WP", "WDT", "WP$"}
        after_comma = lead.strip(" " + _CLOSERS) == "," or (
            lead.strip() == "" and text[part.end - 1 : part.end] == ","
        )
        if not relative and not (after_comma and first in openers):
            continue
        if len(words) > data["max_tail_words"]:
            continue
        if any(
            t.pos == "VERB"
            and lexicon.is_verb_cue(t.lemma.lower())
            and not parse.deps(t.i, "auxpass")  # "which was announced …" reports nobody
            for t in words
        ):
            continue
        tail = Span(part.end, parse.tokens[after[-1]].end)
        if any(c in tail.text(text) for c in '"“”«»'):
            continue
        if any(s.overlaps(tail) for s in taken):
            continue
        d.content = [c if c != part else Span(part.start, tail.end) for c in d.content]
