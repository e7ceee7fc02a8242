"""Where a reported content starts and ends: not at the time word of its cue ("said Saturday
sanctions …"), and not past a dash glued to a sentence's end, which opens another speaker's
words in texts translated from Slavic languages ("… two blocks".- On the one hand …"), and
not past "and" or "but" before another speaker's own report ('X said there had been "real
progress" and Lavrov spoke of some hope': X did not report Lavrov), nor over a second verb
of the cue's own ("thanked Biden for his support and set … a goal": the speaker's next act),
nor outside the relative clause its cue heads, and never on a dangling "and"; pieces a word
apart are one span (``pieces``). A speaker stays on one line."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.acts import cue_head
from reportedly.attribution.content_conjuncts import join_conjuncts
from reportedly.attribution.lexicon import data_table
from reportedly.attribution.pieces import join_close_pieces
from reportedly.attribution.trailing_frames import repair_trailing_frames
from reportedly.model import Span

# a sentence's end (or a closing mark) with a dash glued to it, then the next words
_GLUED_DASH = re.compile(r"[.!?…\"”][-–—][ \t\xa0]*(?=[A-Z\"“„])")
# a cut must leave at least this many words
_MIN_WORDS = 3
# how many more items of a list a content may run on over
MAX_LIST_ITEMS = 6
# what joins two reports side by side, just before the second one's speaker
_COORDINATION = re.compile(r",?\s+(?:and|but|while|whereas)\s+$")
_CLAUSE_ENDS = frozenset("\"”’')")  # a clause may end in a closing mark before the join
_FIRST_PERSON = frozenset({"i", "we"})
# a join left at a content's end once what it joined was cut off ("… 'without delay' and")
_DANGLING_JOIN = re.compile(r"(?:[\s,;:–—-]+(?:and|but|or|while|whereas)\b)+[\s,;:–—-]*$")
_VERBS = frozenset({"VERB", "AUX"})
_OWN_VERB_DEPS = ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
_PREPOSITION_VERBS = frozenset({"thanks", "owing", "according"})
_TO = re.compile(r"\s+to\b")
# what joins a speaker's next verb or report to the first, right before it
_OWN_JOIN = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?$")


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
        if not _keep_inside_relative_clause(parse, d):
            emptied.append(d)
            continue
        _extend_over_list(text, parse, d, drafts)
        _as_frame_takes_the_sentence(text, parse, d)
        _cut_before_coordinated_report(text, d, drafts)
        _cut_before_own_next_verb(text, parse, d)
        _cut_before_own_next_report(text, d, drafts)
        _skip_time_word(text, parse, d, words)
        _drop_lone_adverb(parse, d)
        _drop_dangling_join(text, d)
    # a relative clause whose cue reports nothing inside it ("the plan, which Kyiv
    # rejected, …"): the noun it hangs on is no statement of its speaker's
    drafts[:] = [d for d in drafts if not any(d is e for e in emptied)]
    # a content grown over the sentence holds what the model split off under the same cue
    kept: list[Draft] = []
    for d in sorted(drafts, key=lambda d: -len(d.extent)):
        if not any(_fragment_of(d, k) for k in kept):
            kept.append(d)
    drafts[:] = [d for d in drafts if any(d is k for k in kept)]


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
    _set_content(draft, parts)
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
        if parse.tokens[last].text in _CLAUSE_ENDS:
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
        if glued is not None and len(text[part.start : glued.start() + 1].split()) >= _MIN_WORDS:
            part = Span(part.start, glued.start() + 1)
            parts.append(part)
            break  # the parts after it are the other words' too
        parts.append(part)
    _set_content(draft, parts)


def _cut_before_coordinated_report(text: str, draft: Draft, drafts: list[Draft]) -> None:
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
            if not (before.isalnum() or before in _CLAUSE_ENDS):
                continue
            if any(q.start < joined.start() < q.end for q in draft.quotes):
                continue
            kept = Span(part.start, joined.start())
            if len(kept.text(text).split()) < _MIN_WORDS:
                continue
            _set_content(draft, [*draft.content[:n], kept])
            return


def _cut_before_own_next_verb(text: str, parse: Parse, draft: Draft) -> None:
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


def _cut_before_own_next_report(text: str, draft: Draft, drafts: list[Draft]) -> None:
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
    if sum(len(p.text(text).split()) for p in parts) < _MIN_WORDS:
        return
    _set_content(draft, parts)


def _drop_dangling_join(text: str, draft: Draft) -> None:
    """A content never ends on the "and" that joined it to what was cut off."""
    words = draft.content[-1].text(text)
    join = _DANGLING_JOIN.search(words)
    if join is None or not words[: join.start()].strip():
        return
    last = draft.content[-1]
    _set_content(draft, [*draft.content[:-1], Span(last.start, last.start + join.start())])


def _without_join(text: str, span: Span) -> Span | None:
    """``span`` without a trailing join ("and", "but") and the commas and spaces around it;
    None if nothing is left."""
    words = span.text(text)
    join = _DANGLING_JOIN.search(words)
    kept = (words[: join.start()] if join else words).rstrip(" \t\n\xa0,;:–—-")
    return Span(span.start, span.start + len(kept)) if kept else None


def _set_content(draft: Draft, parts: list[Span]) -> None:
    """Give the draft the content ``parts`` and keep only the quotes that lie inside them."""
    draft.content = parts
    draft.quotes = [q for q in draft.quotes if any(p.contains(q) for p in parts)]


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
    if len(rest) < _MIN_WORDS or parse.tokens[rest[0]].tag == "POS":
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
