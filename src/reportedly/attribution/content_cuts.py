"""Where a reported content ends before what the sentence goes on to: not past "and" or "but"
before another speaker's own report ('X said there had been "real progress" and Lavrov spoke
of some hope': X did not report Lavrov), nor over a second verb or report of the cue's own
("thanked Biden for his support and set … a goal": the speaker's next act), nor over the
writer's note on how it was said (", without providing evidence"), and never on a dangling
"and" (split from ``bounds``, which calls these in order)."""

from __future__ import annotations

import re
from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span

# a cut must leave at least this many words
MIN_WORDS = 3
# what joins two reports side by side, just before the second one's speaker
_COORDINATION = re.compile(r",?\s+(?:and|but|while|whereas)\s+$")
CLAUSE_ENDS = frozenset("\"”’')")  # a clause may end in a closing mark before the join
_FIRST_PERSON = frozenset({"i", "we"})
# a join left at a content's end once what it joined was cut off ("… 'without delay' and")
_DANGLING_JOIN = re.compile(r"(?:[\s,;:–—-]+(?:and|but|or|while|whereas)\b)+[\s,;:–—-]*$")
_VERBS = frozenset({"VERB", "AUX"})
_OWN_VERB_DEPS = ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
_PREPOSITION_VERBS = frozenset({"thanks", "owing", "according"})
_TO = re.compile(r"\s+to\b")
# what joins a speaker's next verb or report to the first, right before it
_OWN_JOIN = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?$")


def cut_before_coordinated_report(text: str, draft: Draft, drafts: list[Draft]) -> None:
    """End the content before "and"/"but" + another statement's speaker whose cue follows it
    inside the content: two reports side by side, not one reporting the other. Left alone:
    "and that Y said …" (embedded), a join inside the content's quoted words or after a dash
    (the speaker's own aside: "we — and I say we —"), a first-person second speaker, and
    "according to X, …" (its account covers both clauses)."""
    if draft.cue is None or draft.cue.text(text).lower().startswith("according"):
        return
    for n, part in enumerate(draft.content):
        for other in drafts:
            speaker, cue = other.speaker, other.cue
            if other is draft or speaker is None or cue is None or not other.content:
                continue
            if not (part.contains(speaker) and part.contains(cue) and cue.start >= speaker.end):
                continue
            if text[speaker.end : cue.start].strip() or other.content[0].start < cue.end:
                continue  # only "Lavrov spoke of …": the speaker right before its cue
            if speaker.text(text).lower() in _FIRST_PERSON:
                continue
            joined = _COORDINATION.search(text, part.start, speaker.start)
            if joined is None or joined.end() != speaker.start:
                continue
            before = text[joined.start() - 1 : joined.start()]
            if not (before.isalnum() or before in CLAUSE_ENDS):
                continue
            if any(q.start < joined.start() < q.end for q in draft.quotes):
                continue
            kept = Span(part.start, joined.start())
            if len(kept.text(text).split()) < MIN_WORDS:
                continue
            set_content(draft, [*draft.content[:n], kept])
            return


def cut_before_own_next_verb(text: str, parse: Parse, draft: Draft) -> None:
    """End the content before a verb the parse coordinates with the cue's own head ("X
    thanked Biden for his support and set Ukrainian forces a goal", "said he had discussed
    …, and raised concerns …"): what the speaker did next is not what was said. A verb
    joined inside the content ("said the army is … and may soon have …") is no such verb."""
    if draft.cue is None:
        return
    head = cue_head(parse, draft.cue)
    if head is None or parse.tokens[head].pos not in _VERBS:
        return
    start, end = draft.content[0].start, draft.content[-1].end
    tag = parse.tokens[head].tag
    # or one the parse hung on the reported clause's verb in the cue's tense, not the
    # clause's own ("said that there are … but accused China of …")
    shifted = [
        c
        for x in parse.deps(head, "ccomp")
        for c in parse.deps(x, "conj")
        if parse.tokens[c].tag != _tense(parse, x)
    ]
    nexts = [
        c
        for c in sorted(parse.deps(head, "conj") + shifted)
        if parse.tokens[c].pos in _VERBS
        and max(start, draft.cue.end) < parse.tokens[c].start < end
        # the speaker's next verb: in the cue's tense, with no subject or auxiliary of its
        # own ("… would offer a dialogue and seek …" joins two verbs of the content)
        and parse.tokens[c].tag == tag
        and not parse.deps(c, *_OWN_VERB_DEPS)
        and not _idiom(parse, c)
    ]
    if nexts:
        lo, _hi = parse.subtree(nexts[0])
        cut = parse.tokens[lo].start
        joined = _OWN_JOIN.search(text, start, cut)
        if joined is not None and joined.end() == cut:  # "… and set …", not a misparse
            _cut_at(text, draft, cut)


def _tense(parse: Parse, verb: int) -> str:
    """The tag of the word that carries ``verb``'s tense: its first auxiliary, or itself."""
    aux = parse.deps(verb, "aux", "auxpass")
    return parse.tokens[aux[0] if aux else verb].tag


def _idiom(parse: Parse, i: int) -> bool:
    """Whether verb ``i`` is a preposition's first word the tagger read as a verb ("… and
    thanks to this Svetlana escapes …")."""
    after = i + 1 < len(parse.tokens) and parse.tokens[i + 1].text.lower() == "to"
    return after and parse.tokens[i].text.lower() in _PREPOSITION_VERBS


def cut_before_own_next_report(text: str, draft: Draft, drafts: list[Draft]) -> None:
    """End the content before "and"/"but" + another cue of the same speaker ("Vitrenko
    acknowledges that … but questions whether …": two reports, not one inside the other);
    not before a cue with "to" after it, which goes on with the content's own verb."""
    if draft.cue is None or draft.speaker is None:
        return
    start = max(draft.content[0].start, draft.cue.end)
    for other in drafts:
        cue = other.cue
        if other is draft or cue is None or other.speaker != draft.speaker:
            continue
        if not start < cue.start < draft.content[-1].end:
            continue
        if _TO.match(text, cue.end):
            continue  # "would offer … and seek to …", "and thanks to this …": still content
        joined = _OWN_JOIN.search(text, start, cue.start)
        if joined is not None and joined.end() == cue.start:
            _cut_at(text, draft, joined.start())
            return


def cut_before_unsupported(text: str, parse: Parse, draft: Draft) -> None:
    """End the content before "without" + a verb of backing a claim up ("said a 'huge number'
    had been killed, without providing evidence", "had sent 'a number' of the missiles
    without specifying how many", ``contents.yaml``: ``unsupported_verbs``): the writer's note
    on how it was said, not what was said. A verb with a particle ("without giving up …")
    and a "without" inside the content's quoted words stay."""
    if draft.cue is None:
        return
    verbs = _unsupported_verbs()
    last = draft.content[-1]
    for i in parse.tokens_in(last):
        word, verb = parse.tokens[i], parse.tokens[i + 1] if i + 1 < len(parse.tokens) else None
        if word.text.lower() != "without" or verb is None or verb.tag != "VBG":
            continue
        if verb.lemma.lower() not in verbs or parse.deps(verb.i, "prt"):
            continue
        if any(q.start < word.start < q.end for q in draft.quotes):
            continue
        _cut_at(text, draft, word.start)
        return


def cut_before_gloss(text: str, draft: Draft) -> None:
    """End the content before a dash that opens the writer's gloss of it ('… the
    "liberation of Donbas" - broadly referring to …', ``contents.yaml``: ``gloss_openers``);
    a dash inside the content's quoted words stays."""
    if draft.cue is None or not draft.content:
        return
    last = draft.content[-1]
    for found in _gloss().finditer(text, last.start, last.end):
        before = text[last.start : found.start()]
        open_quote = before.count('"') % 2 or before.count("“") > before.count("”")
        if not open_quote and not any(q.start <= found.start() < q.end for q in draft.quotes):
            _cut_at(text, draft, found.start())
            return


@cache
def _gloss() -> re.Pattern[str]:
    openers = sorted(data_table("contents.yaml")["gloss_openers"], key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, str(o).split())) for o in openers)
    return re.compile(rf"\s+[–—-]\s+(?:\w+ly\s+)?(?:{words})\b", re.IGNORECASE)


@cache
def _unsupported_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in data_table("contents.yaml")["unsupported_verbs"])


def _cut_at(text: str, draft: Draft, cut: int) -> None:
    """Keep of the content what comes before ``cut`` (without the join before it), if at
    least a few words remain."""
    parts = [p for p in draft.content if p.end <= cut]
    parts += [Span(p.start, cut) for p in draft.content if p.start < cut < p.end]
    if not parts:
        return
    last = _without_join(text, parts[-1])
    if last is None:
        return
    parts[-1] = last
    if sum(len(p.text(text).split()) for p in parts) < MIN_WORDS:
        return
    set_content(draft, parts)


def drop_dangling_join(text: str, draft: Draft) -> None:
    """A content never ends on the "and" that joined it to what was cut off."""
    words = draft.content[-1].text(text)
    join = _DANGLING_JOIN.search(words)
    if join is None or not words[: join.start()].strip():
        return
    last = draft.content[-1]
    set_content(draft, [*draft.content[:-1], Span(last.start, last.start + join.start())])


def _without_join(text: str, span: Span) -> Span | None:
    """``span`` without a trailing join ("and", "but") and the commas and spaces around it;
    None if nothing is left."""
    words = span.text(text)
    join = _DANGLING_JOIN.search(words)
    kept = (words[: join.start()] if join else words).rstrip(" \t\n\xa0,;:–—-")
    return Span(span.start, span.start + len(kept)) if kept else None


def set_content(draft: Draft, parts: list[Span]) -> None:
    """Give the draft the content ``parts`` and keep only the quotes that lie inside them."""
    draft.content = parts
    draft.quotes = [q for q in draft.quotes if any(p.contains(q) for p in parts)]
