"""Where a reported content starts and ends: not at the time word of its cue ("said Saturday
sanctions …"), and not past a dash glued to a sentence's end, which opens another speaker's
words in texts translated from Slavic languages ("… two blocks".- On the one hand …"), nor
before another report, the speaker's next act or the writer's ", without providing
evidence", and never on a dangling "and" (``content_cuts``), nor outside the relative clause
its cue heads; pieces a word apart are one span (``pieces``). A speaker stays on one line."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.content_conjuncts import join_conjuncts
from reportedly.attribution.content_cuts import (
    CLAUSE_ENDS,
    MIN_WORDS,
    cut_before_coordinated_report,
    cut_before_gloss,
    cut_before_own_next_report,
    cut_before_own_next_verb,
    cut_before_unsupported,
    drop_dangling_join,
    set_content,
)
from reportedly.attribution.lexicon import data_table
from reportedly.attribution.pieces import join_close_pieces
from reportedly.attribution.trailing_frames import repair_trailing_frames
from reportedly.model import Span

# a sentence's end (or a closing mark) with a dash glued to it, then the next words
_GLUED_DASH = re.compile(r"[.!?…\"”][-–—][ \t\xa0]*(?=[A-Z\"“„])")
# a dash set off by spaces: one side of an aside in dashes
_SPACED_DASH = re.compile(r"[ \t\xa0][-–—][ \t\xa0]")
# how many more items of a list a content may run on over
MAX_LIST_ITEMS = 6


def settle_bounds(text: str, parse: Parse, drafts: list[Draft]) -> None:
    """Trim each reported (indirect or mixed) content in place: a leading time word that
    follows its cue (``contents.yaml``: ``cue_time_words``), and whatever follows a glued
    dash that opens other words. A content first takes the frame that closes its own
    sentence where it had one closing an earlier sentence (``trailing_frames``), and runs on
    over a second infinitive or object joined by "and" (``content_conjuncts``)."""
    words = frozenset(w.casefold() for w in data_table("contents.yaml")["cue_time_words"])
    repair_trailing_frames(text, parse, drafts)
    join_conjuncts(text, parse, drafts)
    emptied: list[Draft] = []
    for d in drafts:
        _one_paragraph_speaker(text, d)
        if d.kind == "direct" or not d.content:
            continue
        join_close_pieces(text, d, drafts)
        _cut_glued_dash(text, d)
        if _content_outside_its_dashes(text, d) or not _keep_inside_relative_clause(parse, d):
            emptied.append(d)
            continue
        _extend_over_list(text, parse, d, drafts)
        _object_as_complement(text, parse, d, drafts)
        _as_frame_takes_the_sentence(text, parse, d)
        cut_before_coordinated_report(text, d, drafts)
        cut_before_own_next_verb(text, parse, d)
        cut_before_own_next_report(text, d, drafts)
        cut_before_unsupported(text, parse, d)
        cut_before_gloss(text, d)
        _skip_time_word(text, parse, d, words)
        _drop_lone_adverb(parse, d)
        drop_dangling_join(text, d)
    # a relative clause whose cue reports nothing inside it ("the plan, which Kyiv
    # rejected, …"): the noun it hangs on is no statement of its speaker's
    drafts[:] = [d for d in drafts if not any(d is e for e in emptied)]
    # a content grown over the sentence holds what the model split off under the same cue
    kept: list[Draft] = []
    for d in sorted(drafts, key=lambda d: -len(d.extent)):
        if not any(_fragment_of(d, k) for k in kept):
            kept.append(d)
    drafts[:] = [d for d in drafts if any(d is k for k in kept)]


def _content_outside_its_dashes(text: str, draft: Draft) -> bool:
    """Whether the cue sits inside an aside in dashes and its content only begins past the
    closing one ("a Kinsley gaffe — a politician accidentally telling the truth — Defense
    Secretary Lloyd Austin said this week, …"): the aside is a definition or a remark of the
    writer's, and what follows it is another sentence's words, not its content."""
    cue = draft.cue
    if cue is None or draft.content[0].start < cue.end:
        return False
    line_start = max(text.rfind(stop, 0, cue.start) for stop in ("\n", ". ", "! ", "? ")) + 1
    dashes = list(_SPACED_DASH.finditer(text, line_start, cue.start))
    closing = _SPACED_DASH.search(text, cue.end, draft.content[0].start)
    if len(dashes) % 2 == 0 or closing is None:
        return False
    if not text[cue.end : closing.start()].strip(" ,"):
        return False  # a frame alone in the dashes ("in order - as he said - rebuilding …")
    # the aside holds its speaker too: a dash frame ("… - said Lukashenko - and …") does not
    speaker = draft.speaker
    return speaker is None or dashes[-1].end() <= speaker.start < cue.start


def _fragment_of(part: Draft, whole: Draft) -> bool:
    """Whether ``part`` is a piece (or a copy) of ``whole``'s content under the same cue."""
    if part.cue is None or part.cue != whole.cue or len(whole.content) != 1:
        return False
    return all(whole.content[0].contains(c) for c in part.content)


def _keep_inside_relative_clause(parse: Parse, draft: Draft) -> bool:
    """Keep of the content what lies inside the relative clause its cue heads ("the £500m,
    which officials said would come from reserves, will be used …" reports "would come from
    reserves"): the rest of the sentence is the writer's. False when none of it is inside."""
    if draft.cue is None:
        return True
    head = cue_head(parse, draft.cue)
    if head is None or parse.tokens[head].dep != "relcl":
        return True
    lo, hi = parse.subtree(head)
    end = parse.tokens[hi].end
    if hi + 1 < len(parse.tokens) and parse.tokens[hi + 1].pos != "PUNCT":
        # no mark closes the clause where the parse ends it ("sanctions that the West
        # assured Russia will face should it opt …"): trust only its start
        end = max(end, draft.content[-1].end)
    clause = Span(parse.tokens[lo].start, end)
    parts = [
        Span(max(p.start, clause.start), min(p.end, clause.end))
        for p in draft.content
        if p.overlaps(clause)
    ]
    parts = [p for p in parts if len(p)]
    if not parts:
        return False
    set_content(draft, parts)
    return True


def _extend_over_list(text: str, parse: Parse, draft: Draft, drafts: list[Draft]) -> None:
    """Run the content on over the rest of a list it stopped inside ("announced the
    stationing of a brigade in Romania, two squadrons of F-35 fighters in the UK and two
    destroyers in Spain"): the next item hangs on a word of the content as its conjunct, or as
    an apposition that opens a list (the gold guide: coordinated complements are one content).
    Not into another
    statement's cue, speaker or quote, nor past the sentence."""
    last = draft.content[-1]
    others = [o for o in drafts if o is not draft]
    cues = [s for o in others for s in (o.cue, o.speaker) if s is not None]
    # nor over its own speaker set off by a comma right after it: a name the parser listed
    # after the content ("… in Geneva, Dmitry Peskov, the Kremlin spokesman, said"); one
    # joined by "and" stays a list ("which both Russia and Ukraine quickly rejected")
    own = draft.speaker
    if own is not None and last.end <= own.start and text[last.end : own.start].strip() == ",":
        cues.append(own)
    for _ in range(MAX_LIST_ITEMS):
        k = parse.token_at(last.end)
        while k is not None and k < len(parse.tokens) and parse.tokens[k].text in {",", ";"}:
            k += 1
        if k is None or k >= len(parse.tokens) or parse.tokens[k].pos == "SPACE":
            return
        if parse.tokens[k].dep == "cc" and k + 1 < len(parse.tokens):
            k += 1
        top = parse.tokens[k]  # the word the next words hang from, right of the content
        for _ in range(MAX_LIST_ITEMS):
            head = parse.tokens[top.head]
            if head.i == top.i or head.start < last.end:
                break
            top = head
        # an apposition only as a list's first item ("…, two squadrons … and two destroyers"):
        # alone it is the writer's description ("the campaign, the latest chapter in …")
        listed = top.dep == "appos" and bool(parse.deps(top.i, "conj"))
        item = top if top.dep == "conj" or listed else None
        if item is None or not last.start <= parse.tokens[item.head].start < last.end:
            return
        if item.pos in {"VERB", "AUX"} or parse.tokens[item.head].sent != item.sent:
            return  # a clause joined on: the cut rules below decide
        end = parse.tokens[parse.subtree(item.i)[1]].end
        grown = Span(last.start, end)
        if any(grown.overlaps(c) for c in cues) or "\n" in text[last.end : end]:
            return
        if any(q.start < end < q.end or q.start < last.end < q.end for q in draft.quotes):
            return
        last = grown
        draft.content[-1] = last


def _object_as_complement(text: str, parse: Parse, draft: Draft, drafts: list[Draft]) -> None:
    """Run a content that is its cue's object on over the "as" phrase the cue predicates of
    it ("sees the growing support for Ukraine from NATO – in terms of … – as a threat to its
    own security", "described the war as a “big, fat mistake”"): what the speaker sees or
    calls the object is the content (docs/gold-guide.md), not the object alone."""
    if draft.cue is None:
        return
    head = cue_head(parse, draft.cue)
    last = draft.content[-1]
    if head is None or parse.tokens[head].pos != "VERB":
        return
    objects = [o for o in parse.deps(head, "dobj") if last.contains(parse.tokens[o].span)]
    if not objects:
        return
    k = parse.token_at(last.end)
    while k is not None and k < len(parse.tokens) and parse.tokens[k].pos in {"PUNCT", "SPACE"}:
        if parse.tokens[k].text not in {",", "-", "–", "—", '"', "”", "’"}:
            return
        k += 1
    if k is None or k >= len(parse.tokens):
        return
    word = parse.tokens[k]
    if word.text.lower() != "as" or word.dep != "prep" or word.head not in (head, objects[0]):
        return
    end = parse.tokens[parse.subtree(k)[1]].end
    grown = Span(last.start, end)
    others = [s for o in drafts if o is not draft for s in (o.cue, o.speaker) if s is not None]
    if "\n" in text[last.end : end] or any(grown.overlaps(s) for s in others):
        return
    draft.content[-1] = grown


def _as_frame_takes_the_sentence(text: str, parse: Parse, draft: Draft) -> None:
    """ "As X noted, …" opening a sentence frames all of the main clause after its comma ("As
    he noted, the attack is possible, but there is no indication …", "As Fawcett noted, the
    invasion can be seen as a "critical juncture" – a historic moment … – in the same way
    as …"): the content runs to the sentence's end, over asides and "but"."""
    if draft.cue is None:
        return
    head = cue_head(parse, draft.cue)
    if head is None or parse.tokens[head].dep != "advcl":
        return
    marks = [m for m in parse.deps(head, "mark") if parse.tokens[m].text.lower() == "as"]
    sent = parse.sentence_range(parse.tokens[head].sent)
    first = next((i for i in sent if parse.tokens[i].pos not in {"SPACE", "PUNCT"}), None)
    if not marks or marks[0] != first:
        return
    comma = parse.subtree(head)[1] + 1
    if comma >= sent[-1] or parse.tokens[comma].text != ",":
        return
    start = parse.tokens[comma + 1].start
    if draft.content[0].start < start:
        return
    last = sent[-1]
    while last > comma and parse.tokens[last].pos in {"SPACE", "PUNCT"}:
        if parse.tokens[last].text in CLAUSE_ENDS:
            break  # a closing mark ends the words
        last -= 1
    end = parse.tokens[last].end
    if end >= draft.content[-1].end and [Span(start, end)] != draft.content:
        draft.content = [Span(start, end)]


def _one_paragraph_speaker(text: str, draft: Draft) -> None:
    """Keep of a speaker that runs over a line break (a parse that joined a headline to the
    next paragraph: "guest Marcin Czydodiak\n\nA high Chinese official") the line nearest
    its cue."""
    speaker = draft.speaker
    if speaker is None or "\n" not in speaker.text(text):
        return
    words = speaker.text(text)
    if draft.cue is not None and draft.cue.start >= speaker.end:
        cut = speaker.start + words.rindex("\n") + 1
        kept = Span(cut, speaker.end)
    else:
        kept = Span(speaker.start, speaker.start + words.index("\n"))
    line = kept.text(text)
    lead, trail = len(line) - len(line.lstrip()), len(line) - len(line.rstrip())
    if len(line.strip()):
        draft.speaker = Span(kept.start + lead, kept.end - trail)


def _cut_glued_dash(text: str, draft: Draft) -> None:
    parts: list[Span] = []
    for part in draft.content:
        glued = _GLUED_DASH.search(text, part.start, part.end)
        if glued is not None and len(text[part.start : glued.start() + 1].split()) >= MIN_WORDS:
            part = Span(part.start, glued.start() + 1)
            parts.append(part)
            break  # the parts after it are the other words' too
        parts.append(part)
    set_content(draft, parts)


def _skip_time_word(text: str, parse: Parse, draft: Draft, words: frozenset[str]) -> None:
    cue, part = draft.cue, draft.content[0]
    if cue is None or cue.end > part.start or text[cue.end : part.start].strip():
        return
    first = parse.token_at(part.start)
    if first is None or parse.tokens[first].start != part.start:
        return
    if parse.tokens[first].text.casefold() not in words:
        return
    rest = [i for i in parse.tokens_in(part) if i > first]
    if len(rest) < MIN_WORDS or parse.tokens[rest[0]].tag == "POS":
        return  # "said Friday's attack …": the day belongs to the content
    draft.content[0] = Span(parse.tokens[rest[0]].start, part.end)


def _drop_lone_adverb(parse: Parse, draft: Draft) -> None:
    """Drop a part of a content that is one adverb before the cue when the rest follows it:
    it was split off the speaker or the frame ("authorities there said they had found …"
    shown as "there … they had found …") and says nothing on its own. Parts on one side of
    the cue ("almost … £12bn") are one phrase the model split, and stay."""
    cue = draft.cue
    if cue is None or not any(part.start >= cue.end for part in draft.content):
        return
    draft.content[:] = [
        part
        for part in draft.content
        if not (
            part.end <= cue.start
            and len(words := parse.tokens_in(part)) == 1
            and parse.tokens[words[0]].pos == "ADV"
        )
    ]
