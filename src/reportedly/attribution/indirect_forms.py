"""Indirect speech without a cue verb governing its clause: "according to X", noun cues
("Trump's claim that …"), sentence-final cues ("…, experts say."), parentheticals ("Putin,
Peskov said, is open to talks") and "as" frames ("As Reuters reported, a court ruled …")."""

from __future__ import annotations

from collections.abc import Callable

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of, trim_span
from reportedly.attribution.anaphoric_frames import pointed_at_by_frame
from reportedly.attribution.objects import phrase_draft
from reportedly.model import Span

_DASHES = frozenset({"-", "–", "—"})
_RELATIVE_WORDS = frozenset({"WRB", "WDT", "WP"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "“", '"'})
# a clause an "as X said" aside follows says something in at least this many words
_MIN_ASIDE_WORDS = 3


def _noun_cue(text: str, parse: Parse, i: int) -> Draft | None:
    """``Trump's claim that …``, ``her warning that …``: a statement noun with its holder."""
    clauses = [
        c
        for c in parse.deps(i, "acl", "ccomp")
        if any(parse.tokens[m].text.lower() == "that" for m in parse.deps(c, "mark"))
    ]
    owners = parse.deps(i, "poss")
    if not clauses or not owners:
        return None
    lo, hi = parse.subtree(clauses[0])
    cue = parse.tokens[i].span
    return phrase_draft(
        text, parse, lo, hi, cue=cue, cue_token=i, source=owners[0], via="noun", confidence=0.6
    )


def _according_to(text: str, parse: Parse, i: int) -> Draft | None:
    """``According to X, …`` / ``…, according to X``."""
    tos = [c for c in parse.children[i] if parse.tokens[c].text.lower() == "to"]
    if not tos:
        nxt = i + 1
        if nxt < len(parse) and parse.tokens[nxt].text.lower() == "to":
            tos = [nxt]
        else:
            return None
    objs = parse.deps(tos[0], "pobj")
    if not objs:
        return None
    source = objs[0]
    cue = Span(parse.tokens[i].start, parse.tokens[tos[0]].end)
    pointed_at = pointed_at_by_frame(text, cue.start)
    if pointed_at is not None:  # "That's according to Politico.": the words before it
        contents: list[Span] | None = [pointed_at]
    else:
        contents = _beside_the_phrase(text, parse, i, tos[0])
    if contents is None:
        return None
    return Draft(
        kind="indirect",
        content=contents,
        cue=cue,
        cue_token=i,
        speaker=parse.noun_phrase(source),
        speaker_token=source,
        confidence=0.85,
        via="according-to",
    )


def source_clause_to_content(text: str, parse: Parse, drafts: list[Draft]) -> None:
    """Give an "according to X, who …, CLAUSE" draft whose content is the relative clause
    on X ("according to the official, [who asked to remain anonymous], troops have
    arrived") the clause the phrase frames instead: what X said, not who X is. The span
    model reads such a clause as the content; the phrase's own reading
    (:func:`_according_to`) skips it."""
    for d in drafts:
        if d.cue is None or d.kind != "indirect" or not d.content:
            continue
        cue = parse.tokens_in(d.cue)
        if not cue or parse.tokens[cue[0]].text.lower() != "according":
            continue
        inside = parse.tokens_within(d.content)
        if not inside or parse.tokens[inside[0]].tag not in _RELATIVE_WORDS:
            continue
        heads = [i for i in parse.heads(inside) if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
        if not heads or any(parse.tokens[i].dep != "relcl" for i in heads):
            continue
        tos = [c for c in parse.children[cue[0]] if parse.tokens[c].text.lower() == "to"]
        if not tos and cue[0] + 1 < len(parse) and parse.tokens[cue[0] + 1].text.lower() == "to":
            tos = [cue[0] + 1]
        contents = _beside_the_phrase(text, parse, cue[0], tos[0]) if tos else None
        if contents and not any(c.overlaps(x) for c in contents for x in d.content):
            d.content = contents


def _beside_the_phrase(text: str, parse: Parse, i: int, to: int) -> list[Span] | None:
    """The content of "according to X" at token ``i``: the rest of its sentence, on the larger
    side of the phrase, or both sides of a clause the phrase interrupts."""
    phrase_lo, phrase_hi = parse.subtree(i)
    phrase_hi = max(phrase_hi, parse.subtree(to)[1])
    sent = parse.sentence_range(parse.tokens[i].sent)
    sent_lo, sent_hi = sent[0], sent[-1]
    before = (sent_lo, phrase_lo - 1) if phrase_lo > sent_lo else None
    after = (phrase_hi + 1, sent_hi) if phrase_hi < sent_hi else None
    sides = [s for s in (before, after) if s is not None and s[1] >= s[0]]
    if not sides:
        return None
    lo, hi = max(sides, key=lambda s: parse.tokens[s[1]].end - parse.tokens[s[0]].start)
    content = trim_span(text, parse.span(lo, hi))
    contents = _interrupted_clause(text, parse, phrase_lo, phrase_hi, sent)
    if contents is None:
        # a section label ("Details:") at the sentence start is not content
        colon = text.find(":", content.start, min(content.end, content.start + 40))
        if colon >= 0 and lo == sent_lo and colon < parse.tokens[i].start:
            content = trim_span(text, Span(colon + 1, content.end))
        if len(content) == 0:
            return None
        contents = [content]
    return contents


def _interrupted_clause(
    text: str, parse: Parse, lo: int, hi: int, sent: range
) -> list[Span] | None:
    """The clause an "according to X" aside between dashes interrupts ("over one hundred
    thousand Russian soldiers prepared - according to the forecasts of Western intelligence -
    to invade …"): its words before the aside, back to the clause's comma or the sentence's
    start, and all after it; None when the phrase is no such aside or the words after it
    open a clause of their own (a capital)."""
    while lo < hi and parse.tokens[lo].text in _DASHES:
        lo += 1
    while hi > lo and parse.tokens[hi].text in _DASHES:
        hi -= 1
    if lo - 1 <= sent[0] or hi + 2 > sent[-1]:
        return None
    if parse.tokens[lo - 1].text not in _DASHES or parse.tokens[hi + 1].text not in _DASHES:
        return None
    if not parse.tokens[hi + 2].text[:1].islower():
        return None
    start = next(
        (k + 1 for k in range(lo - 2, sent[0] - 1, -1) if parse.tokens[k].text in _CLAUSE_MARKS),
        sent[0],
    )
    if start <= lo - 2 and parse.tokens[start].tag in _RELATIVE_WORDS:
        # "…, where there are …": the relative word is the writer's; a relative word alone
        # ("soldiers near Ukraine, which - according to the West - can be …") leaves the
        # clause's subject in the writer's words: no clause to report, the old reading stands
        start += 1
    after = trim_span(text, parse.span(hi + 2, sent[-1]))
    if start == lo - 2 and parse.tokens[start].dep == "cc" and len(after):
        return [after]  # "…, but - according to X - the divorce was fictitious"
    before = trim_span(text, parse.span(start, lo - 2)) if start <= lo - 2 else None
    if before is None or not len(before) or not len(after):
        return None
    return [before, after]


def _fronted(text: str, parse: Parse, i: int, cue: Span) -> Draft | None:
    """``People like Scott, he said.``, ``Language unclear on coverage, experts say.``: a
    sentence-final cue after a comma, whose clause the parser did not hang on it, says all
    that comes before the comma."""
    subject = subject_of(parse, i)
    if subject is None or subject > i:
        return None
    sent = parse.sentence_range(parse.tokens[i].sent)
    if any(parse.tokens[k].pos not in {"PUNCT", "SPACE"} for k in range(i + 1, sent[-1] + 1)):
        return None
    comma = parse.subtree(subject)[0] - 1
    if comma <= sent[0] + 1 or parse.tokens[comma].text != ",":
        return None
    before = parse.span(sent[0], comma - 1).text(text)
    if '"' in before or "“" in before:
        return None  # a quote before the comma has a frame of its own
    return phrase_draft(
        text,
        parse,
        sent[0],
        comma - 1,
        cue=cue,
        cue_token=i,
        source=subject,
        via="parenthetical",
        confidence=0.7,
    )


def _parenthetical(text: str, parse: Parse, i: int, cue: Span) -> Draft | None:
    """``Putin, Peskov said, is open to talks``: the cue sits inside the content."""
    subject = subject_of(parse, i)
    if subject is None:
        return None
    head = parse.tokens[i].head
    lo, hi = parse.subtree(head)
    c_lo, c_hi = parse.subtree(i)
    spans: list[Span] = []
    while lo < c_lo and parse.tokens[lo].pos in {"CCONJ", "PUNCT"}:
        lo += 1  # "And on Saturday, it said, …": the "and" links to the sentence before
    if c_lo > lo and not _only_linking_words(parse, lo, c_lo - 1):
        spans.append(trim_span(text, parse.span(lo, c_lo - 1)))
    if c_hi < hi and not _speakers_as_clause(parse, c_hi + 1, hi):
        spans.append(trim_span(text, parse.span(c_hi + 1, hi)))
    spans = [s for s in spans if len(s) > 0]
    if not spans:
        return None
    return Draft(
        kind="indirect",
        content=spans,
        cue=cue,
        cue_token=i,
        speaker=parse.noun_phrase(subject),
        speaker_token=subject,
        confidence=0.7,
        via="parenthetical",
    )


def _only_linking_words(parse: Parse, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` before a parenthetical frame only link its sentence to
    the one before ("But, she added, …", "And yet, he said, …") or open the clause the frame
    interrupts ("… next year when, he says, the war will …"): the writer's, not said."""
    linking = {"CCONJ", "SCONJ", "ADV", "PUNCT", "SPACE"}
    return all(parse.tokens[k].pos in linking for k in range(lo, hi + 1))


def _speakers_as_clause(parse: Parse, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` after a parenthetical frame are an "as he …" clause
    ("…,” adviser Mykhailo Podolyak said, as he accused Russia of …"): what the speaker did
    while saying it, which the parser hangs on the reported verb, not more of what was said."""
    words = [k for k in range(lo, hi + 1) if parse.tokens[k].pos not in {"PUNCT", "SPACE"}]
    if not words or parse.tokens[words[0]].text.lower() != "as":
        return False
    mark = parse.tokens[words[0]]
    if mark.dep != "mark" or parse.tokens[mark.head].dep != "advcl":
        return False
    subjects = parse.deps(mark.head, "nsubj")
    return any(parse.tokens[k].text.lower() in {"he", "she"} for k in subjects)


# an "as" clause's verb may take its addressee as an object and still only frame ("As he
# told reporters, …"); prepositions that carry what is said ("As analysts warn of an invasion, …")
_ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind"}
_CONTENT_PREPS = {"of", "about"}


def _names_its_own(parse: Parse, c: int) -> bool:
    """Whether child ``c`` gives an "as" clause's verb a content of its own: an object (not
    the addressee of "tell") or a preposition of content."""
    t, verb = parse.tokens[c], parse.tokens[parse.tokens[c].head]
    if t.dep in {"dobj", "dative"}:
        return verb.lemma.lower() not in _ADDRESSEE_VERBS
    return t.dep in {"ccomp", "xcomp"} or (t.dep == "prep" and t.text.lower() in _CONTENT_PREPS)


def _frame_comma(parse: Parse, i: int) -> int:
    """The comma that ends the "as" clause of verb ``i``: its own first comma, unless a
    participle after it is the frame's too ("As Reuters reported, citing sources close to
    the Kremlin, Putin …"); words the parser hung on the verb past that comma ("As the expert
    points out, two weeks before the war, the public …") are the main clause's."""
    commas = [c for c in parse.children[i] if c > i and parse.tokens[c].text == ","]
    later = [c for c in parse.children[i] if commas and c > commas[0]]
    if commas and not any(parse.tokens[c].dep == "advcl" for c in later):
        return commas[0]
    end = parse.subtree(i)[1]
    return end + (parse.tokens[end].text != ",")  # the comma may hang on the main verb


def _as_frame(
    text: str, parse: Parse, i: int, cue: Span, reports: Callable[[str], bool] = bool
) -> Draft | None:
    """``As Reuters reported earlier, a court ruled …``, ``As he said, they cause …``: a
    reporting verb in an "as" clause that opens its sentence, with a subject of its own and no
    clause of its own, reports the main clause after its comma (to the sentence's end)."""
    t = parse.tokens[i]
    marks = [m for m in parse.deps(i, "mark") if parse.tokens[m].text.lower() == "as"]
    subject = subject_of(parse, i)
    if t.dep != "advcl" or not marks or subject is None or not marks[0] < subject < i:
        return None
    if any(_names_its_own(parse, c) for c in parse.children[i]):
        return None  # "As Biden orders the division to Europe, …": a time, not a source
    sent = parse.sentence_range(t.sent)
    first = next((k for k in sent if parse.tokens[k].pos not in {"SPACE", "PUNCT"}), None)
    if marks[0] != first:
        return _as_aside(text, parse, i, marks[0], cue, subject, reports)
    comma = _frame_comma(parse, i)
    if comma >= sent[-1] or parse.tokens[comma].text != ",":
        return None
    if not comma < t.head <= sent[-1]:
        return None  # the clause it opens is its head's: "As he said, …" frames what follows
    end = sent[-1]
    while end > comma and parse.tokens[end].pos in {"SPACE", "PUNCT"}:
        end -= 1
    return phrase_draft(
        text,
        parse,
        comma + 1,
        end,
        cue=cue,
        cue_token=i,
        source=subject,
        via="as-frame",
        confidence=0.7,
    )


def _as_aside(
    text: str,
    parse: Parse,
    i: int,
    mark: int,
    cue: Span,
    subject: int,
    reports: Callable[[str], bool],
) -> Draft | None:
    """``We are at a decisive moment, as all the ministers said, and …``: an "as" frame after
    a comma reports the clause it follows, from that clause's start to the comma, where the
    clause ends there; what comes after the aside is the sentence's own. Not where the verb
    it hangs on ``reports`` or has a clause of its own ("Peskov said the talks failed, as
    Ushakov confirmed", hung on "said"): which of the two it confirms is unclear."""
    head = parse.tokens[i].head
    if not head < mark or parse.tokens[mark - 1].text != "," or parse.deps(head, "ccomp"):
        return None
    if reports(parse.tokens[head].lemma.lower()):
        return None  # "X emphasized …, as some have demanded": the aside is on the words
    if parse.tokens[head].pos not in {"VERB", "AUX"} or parse.tokens[subject].text in {"I", "we"}:
        return None  # "as I said": the speaker's own aside in their quote
    sent = parse.sentence_range(parse.tokens[i].sent)
    after = parse.subtree(i)[1] + 1
    while after <= sent[-1] and parse.tokens[after].text == ",":
        after += 1
    if after <= sent[-1] and not (
        parse.tokens[after].dep == "cc" or parse.tokens[after].pos in {"PUNCT", "SPACE"}
    ):
        return None  # "we expect them, as he said, to move …": an aside inside the clause
    lo = max(parse.subtree(head)[0], sent[0])
    while lo < mark - 1 and (
        parse.tokens[lo].pos in {"PUNCT", "SPACE", "CCONJ"} or parse.tokens[lo].dep == "cc"
    ):
        lo += 1
    words = [k for k in range(lo, mark - 1) if parse.tokens[k].pos not in {"PUNCT", "SPACE"}]
    if len(words) < _MIN_ASIDE_WORDS or "\n" in parse.span(lo, mark - 2).text(text):
        return None
    return phrase_draft(
        text,
        parse,
        lo,
        mark - 2,
        cue=cue,
        cue_token=i,
        source=subject,
        via="as-frame",
        confidence=0.7,
    )
