"""Media sources cited inside sentences: "according to X", "told X", "X reported".

Which phrase names an outlet is decided with the outlet registry first, then, for outlets the
registry does not know, with the named-entity tags of the parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportedly.attribution._parse import NP_EXCLUDE, Parse
from reportedly.attribution.citations import (
    CitationCues,
    CitationDraft,
    _best,
    _clean_description,
    _skip_the,
    default_cues,
)
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import CitationKind, Span
from reportedly.provenance.outlets import OutletRegistry, default_registry

_NP_WITH_APPOS = NP_EXCLUDE - {"appos"}
# Named-entity types that may name an outlet the registry does not know.
_OUTLET_ENTS = frozenset({"ORG", "WORK_OF_ART"})
_NOT_OUTLET_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})


@dataclass(frozen=True, slots=True)
class _Named:
    """Where a phrase names an outlet, what else it says of it, and the registry id."""

    outlet: Span
    description: str | None
    outlet_id: str | None


def _phrase(parse: Parse, i: int) -> Span:
    """The noun phrase of token ``i`` with its appositions ("outlet RIA Novosti", "Reuters, …")."""
    lo, hi = parse.subtree(i, exclude=_NP_WITH_APPOS)
    tokens = parse.tokens
    while lo < hi and tokens[lo].pos in {"PUNCT", "SPACE"}:
        lo += 1
    while hi > lo and (tokens[hi].pos in {"PUNCT", "SPACE"} or tokens[hi].tag == "POS"):
        hi -= 1
    return parse.span(lo, hi)


def _from_registry(text: str, phrase: Span, outlets: OutletRegistry) -> _Named | None:
    raw = phrase.text(text)
    # In running text a known name is capitalised: "the guardian angel" is not The Guardian.
    found = [
        m
        for m in outlets.find(raw)
        if not m.bracketed and any(c.isupper() or c.isdigit() for c in raw[m.start : m.end])
    ]
    if not found:
        return None
    best = _best(found)
    start = _skip_the(raw, best.start, best.end)
    description = _clean_description(raw[:start] + " " + raw[best.end :])
    outlet = Span(phrase.start + start, phrase.start + best.end)
    return _Named(outlet=outlet, description=description, outlet_id=best.outlet.id)


def _is_outlet_like(parse: Parse, i: int, lexicon: CueLexicon) -> bool:
    t = parse.tokens[i]
    if t.text.lower() in lexicon.audiences or t.ent_type in _NOT_OUTLET_ENTS:
        return False
    return t.ent_type in _OUTLET_ENTS or t.pos == "PROPN"


def _from_parse(text: str, parse: Parse, i: int, lexicon: CueLexicon) -> _Named | None:
    """An outlet the registry does not know, from the parse: a named organisation or title.

    "the newspaper Kommersant" and "the Kommersant newspaper" name Kommersant, described as a
    newspaper.
    """
    t = parse.tokens[i]
    if t.text.lower() in lexicon.source_descriptors:
        named = [
            c
            for c in parse.children[i]
            if parse.tokens[c].dep in {"appos", "compound"} and _is_outlet_like(parse, c, lexicon)
        ]
        if not named:
            return None
        lo = min(parse.subtree(c, exclude=NP_EXCLUDE)[0] for c in named)
        hi = max(parse.subtree(c, exclude=NP_EXCLUDE)[1] for c in named)
        outlet = parse.span(lo, hi)
        phrase = _phrase(parse, i)
        rest = text[phrase.start : outlet.start] + " " + text[outlet.end : phrase.end]
        return _Named(outlet=outlet, description=_clean_description(rest), outlet_id=None)
    if not _is_outlet_like(parse, i, lexicon):
        return None
    outlet = parse.noun_phrase(i)
    outlet = Span(_skip_the(text, outlet.start, outlet.end), outlet.end)
    return _Named(outlet=outlet, description=None, outlet_id=None)


def _cue_target(
    parse: Parse, i: int, cues: CitationCues
) -> tuple[int, CitationKind, Span, bool] | None:
    """The token a citation cue at ``i`` points to, the kind, the cue span, registry-only."""
    tokens = parse.tokens
    t = tokens[i]
    lower, lemma = t.text.lower(), t.lemma.lower()
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and (lower, after.text.lower()) in cues.according_to:
        objs = parse.deps(i + 1, "pobj")
        if objs:
            return objs[0], "according_to", Span(t.start, after.end), False
        return None
    if t.pos not in {"VERB", "AUX"}:
        if (
            lower in cues.interview_nouns
            and after is not None
            and after.text.lower() in cues.interview_preps
        ):
            objs = parse.deps(i + 1, "pobj")
            if objs:
                return objs[0], "told", Span(t.start, after.end), False
        return None
    if lemma in cues.told_verbs:
        objs = parse.deps(i, "dobj", "dative")
        if objs:
            return objs[0], "told", t.span, False
    if lemma in cues.spoke_verbs:
        for prep in parse.deps(i, "prep", "dative"):
            # "speaking to X" — a preposition before its verb is not this pattern
            if prep > i and tokens[prep].text.lower() in cues.spoke_preps:
                objs = parse.deps(prep, "pobj")
                if objs:
                    return objs[0], "told", Span(t.start, tokens[prep].end), False
    if lemma in cues.reported_verbs:
        subj = parse.deps(i, "nsubj")
        if subj:
            return subj[0], "reported", t.span, False
        for agent in parse.deps(i, "agent"):
            objs = parse.deps(agent, "pobj")
            if objs:
                cue = Span(min(t.start, tokens[agent].start), max(t.end, tokens[agent].end))
                return objs[0], "reported", cue, False
        objs = parse.deps(i, "dobj")
        if t.tag == "VBG" and objs:  # "…, citing TASS"
            return objs[0], "according_to", t.span, False
    if lemma in cues.registry_only_verbs:
        subj = parse.deps(i, "nsubj")
        if subj:
            return subj[0], "reported", t.span, True
    return None


def find_inline_citations(
    text: str,
    parse: Parse,
    lexicon: CueLexicon,
    *,
    outlets: OutletRegistry | None = None,
    cues: CitationCues | None = None,
) -> list[CitationDraft]:
    """Citations inside sentences: "according to X", "told X", "in an interview with X",
    "speaking to X", "X reported", "X quoted Y as saying", "as reported by X", "citing X".

    Each covers the statements of its sentence.
    """
    registry = outlets or default_registry()
    words = cues or default_cues()
    drafts: list[CitationDraft] = []
    for t in parse.tokens:
        found = _cue_target(parse, t.i, words)
        if found is None:
            continue
        target, kind, cue, registry_only = found
        named = _from_registry(text, _phrase(parse, target), registry)
        if named is None and not registry_only:
            named = _from_parse(text, parse, target, lexicon)
        if named is None:
            continue
        sent = parse.sentence_range(t.sent)
        drafts.append(
            CitationDraft(
                kind=kind,
                outlet=named.outlet,
                cue=cue,
                description=named.description,
                scope=parse.span(sent[0], sent[-1]),
                outlet_id=named.outlet_id,
            )
        )
    return drafts
