"""A frame whose subject only points back at what the text has just said ("That's according
to Politico.", "The news was confirmed by the committee.", "This is reported by Radio
Liberty.") reports the sentence before it, or the paragraph before it when the frame opens
its paragraph, or the clause before it when it is joined on to one ("…, and this was
confirmed by the German government"): that is its content, not its own subject
(``data/anaphoric_frames.yaml``).
Where the words pointed at hold a cue of their own ("The union urged … . The relevant
statement was made by them in an open letter"), which statement a passive frame names is not
plain, and it is left as it is; an "according to" frame reports them whole."""

from __future__ import annotations

import re
from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution._tidy import _settle_kind
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span

# a sentence ends at . ! or ? (a closing mark may follow) before a space or a capital: the
# second covers sentences glued without a space ("his country.The news was …")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s|[A-Z])")
# what joins a frame on to the clause before it in its sentence
_CLAUSE_JOIN = re.compile(r"(?:,\s+and|;)\s+")
_OPENING_MARKS = frozenset('"“«„')
_CLOSING_MARKS = frozenset('"”»')


@cache
def _frame() -> re.Pattern[str]:
    """The frame's words from its sentence's start through "by" or "according to"."""
    table = data_table("anaphoric_frames.yaml")

    def words(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in table[key])

    pointer = f"(?:{words('pointers')})"
    noun = f"(?:the|this|that)\\s+(?:(?:{words('qualifiers')})\\s+)?(?:{words('report_nouns')})"
    passive = (
        f"(?:{noun}|{pointer})\\s+(?:is|was|were|has\\s+been|had\\s+been)\\s+"
        f"(?:also\\s+|later\\s+|first\\s+)?(?:{words('passive_verbs')})\\s+by\\b"
    )
    according = f"{pointer}(?:['’]s|\\s+is|\\s+was)\\s+(?:also\\s+)?according\\s+to\\b"
    return re.compile(f"(?:{passive}|{according})", re.IGNORECASE)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (its paragraph's start at most)."""
    para = text.rfind("\n", 0, at) + 1
    start = para
    for m in _SENTENCE_END.finditer(text, para, at):
        start = m.end()
    while start < at and text[start].isspace():
        start += 1
    return start


def _pointed_at(text: str, start: int) -> Span | None:
    """The words a frame starting at ``start`` points back at: the sentence before it in
    its paragraph, or the whole paragraph before when the frame opens its own."""
    para = text.rfind("\n", 0, start) + 1
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if text[para:start].strip():  # the sentence before, in this paragraph
        begin = _sentence_start(text, end - 1) if end > para else para
    else:  # the paragraph before
        if end == 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
    while begin < end and text[begin].isspace():
        begin += 1
    return Span(begin, end) if begin < end else None


def point_back(text: str, drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """``drafts`` with each anaphoric frame's content set to the words it points back at
    (indirect, or mixed for the ``quotes`` they hold); of the drafts of one frame (the
    rules' and the span model's, their cues a word apart) the surest is kept."""
    drafts = [d for d in drafts if not reports_a_frame(text, d)]
    targets = {id(d): _frame_target(text, d) for d in drafts}
    frames = [
        d
        for d in drafts
        if (t := targets[id(d)]) is not None
        and (_according(text, d) or not any(_cued_in(o, t) for o in drafts))
    ]
    dropped = {
        id(d)
        for d in frames
        for o in frames
        if o is not d
        and targets[id(o)] == targets[id(d)]
        and o.shares_cue(d)
        and (o.confidence, -drafts.index(o)) > (d.confidence, -drafts.index(d))
    }
    for d in frames:
        target = targets[id(d)]
        assert target is not None
        d.content = [target]
        d.kind = "indirect"
        d.quotes = []
        _settle_kind(text, d, quotes)
    return [d for d in drafts if id(d) not in dropped]


def passive_frames(text: str, parse: Parse, drafts: list[Draft]) -> list[Draft]:
    """Drafts for the passive anaphoric frames no rule read ('"The turbine was not critical,
    and this was confirmed by the German government. …," he said': no rule frames a passive
    with no clause inside a quote): the agent after "by" says the words the frame points
    back at (set by :func:`point_back`)."""
    verbs = frozenset(str(w).lower() for w in data_table("anaphoric_frames.yaml")["passive_verbs"])
    found: list[Draft] = []
    for t in parse.tokens:
        if t.tag != "VBN" or t.text.lower() not in verbs:
            continue
        if any(d.cue is not None and d.cue.overlaps(t.span) for d in drafts):
            continue
        target = pointed_at_by_frame(text, t.start)
        agents = [p for a in parse.deps(t.i, "agent") for p in parse.deps(a, "pobj")]
        if target is None or not agents:
            continue
        found.append(
            Draft(
                kind="indirect",
                content=[target],
                cue=t.span,
                cue_token=t.i,
                speaker=parse.noun_phrase(agents[0]),
                speaker_token=agents[0],
                confidence=0.7,
                via="anaphoric-frame",
            )
        )
    return found


def _frame_target(text: str, draft: Draft) -> Span | None:
    """The words ``draft``'s frame points back at, when its cue is an anaphoric frame's."""
    return None if draft.cue is None else pointed_at_by_frame(text, draft.cue.start)


def pointed_at_by_frame(text: str, cue_start: int) -> Span | None:
    """The words an anaphoric frame points back at, when the cue at ``cue_start`` is the
    frame's own ("That's according to Politico": "according"); None for a cue of another
    clause ("…, who said …") or a sentence with no such frame."""
    start = _sentence_start(text, cue_start)
    m = _frame().match(text, start)
    if m is not None and cue_start < m.end():
        target = _pointed_at(text, start)
        words = "" if target is None else target.text(text)
        inside = not any(c in words[1:] for c in _CLOSING_MARKS)  # the quote holds the frame
        if target is not None and words[:1] in _OPENING_MARKS and inside:
            return Span(target.start + 1, target.end)
        return target
    # "The turbine was not critical, and this was confirmed by the German government": a
    # frame joined on to a clause of its sentence points back at that clause
    joins = list(_CLAUSE_JOIN.finditer(text, start, cue_start))
    if not joins:
        return None
    m = _frame().match(text, joins[-1].end())
    if m is None or cue_start >= m.end():
        return None
    begin = start
    while begin < joins[-1].start() and not text[begin].isalnum():
        begin += 1  # an opening quote mark is no word of the clause
    return Span(begin, joins[-1].start()) if begin < joins[-1].start() else None


def reports_a_frame(text: str, draft: Draft) -> bool:
    """Whether ``draft``'s content is an anaphoric frame with the cue after it ("That's
    according to Politico, Ukrinform reports."): the outlet that passes the frame on names
    the frame, not what its source said, and the frame's own draft reports that."""
    cue = draft.cue
    if cue is None:
        return False
    for piece in draft.content:
        if _sentence_start(text, piece.start) != piece.start:
            continue
        m = _frame().match(text, piece.start)
        if m is not None and cue.start >= max(m.end(), piece.end):
            return True
    return False


def _according(text: str, draft: Draft) -> bool:
    """Whether ``draft``'s cue is an "according to" frame's ("That's according to Politico"):
    what it points back at is its source's account whole, a cue in it included ("The campaign
    says it raised $21 million. That's according to its filings": the filings say it, the
    campaign's words nested), unlike a passive frame's "statement", which may be the one
    the words report ("The union urged … . The statement was made by them")."""
    return draft.cue is not None and "according" in draft.cue.text(text).lower()


def _cued_in(draft: Draft, span: Span) -> bool:
    """Whether ``draft``'s cue lies inside ``span``."""
    return draft.cue is not None and span.start <= draft.cue.start < span.end
