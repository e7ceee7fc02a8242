"""The model's spans cut to the rules' conventions: contents without their quote marks and
on one line, and only the parts that say what was said (``said_parts``), cues without the
words of the phrase after them (and, where they hold no word that can report, the cue verb
above the content), a span's head token."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, trim_span
from reportedly.attribution.lexicon import data_table
from reportedly.model import Span

QUOTE_MARKS = "\"'“”‘’«»„‚"
# after a quote's last word, up to its closing mark; before a quote's first word, from the
# end of the sentence before it (closing marks the parser left outside it included)
_CLOSING_GAP = re.compile(r"[,.!?…]?[\"”»]")
_OPENING_GAP = re.compile(r"[\"”»]?[ \t\xa0]*[\"“«„]")


def strip_marks(text: str, span: Span) -> Span:
    """``span`` without the quote marks and spaces at its ends (the rules' content convention)."""
    start, end = span.start, span.end
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return trim_span(text, Span(start, end))


def whole_tokens(parse: Parse, span: Span) -> Span:
    """``span`` widened to the whole tokens of the parse it cuts into where it cuts a word (the
    model's word pieces can split a token: "S" of "U.S."); a token glued to punctuation or a
    quote mark ('"He', ".He") is no word the span cuts."""
    first, last = parse.token_at(span.start), parse.token_at(max(span.start, span.end - 1))
    if first is None or last is None:
        return span
    head, tail = parse.tokens[first], parse.tokens[last]
    added = head.text[: max(0, span.start - head.start)]
    if tail.start < span.end:
        added += tail.text[max(0, span.end - tail.start) :]
    if not any(c.isalnum() for c in added):
        return span
    return Span(min(span.start, head.start), max(span.end, tail.end))


def head_token(parse: Parse, span: Span, prefer_verb: bool) -> int | None:
    """The token of ``span`` whose head lies outside it (a verb first, for a cue)."""
    inside = list(parse.tokens_in(span))
    if not inside:
        return None
    if prefer_verb:
        verbs = [i for i in inside if parse.tokens[i].pos in {"VERB", "AUX"}]
        if verbs:
            return verbs[-1] if parse.tokens[verbs[-1]].pos == "VERB" else verbs[0]
    heads = parse.heads(inside)
    return heads[0] if heads else inside[-1]


def trim_cue(parse: Parse, cue: Span) -> Span:
    """``cue`` without trailing words that modify a later word outside it, when a verb is
    left: the model's "repeated last" in "Biden repeated last week" is the cue "repeated"."""
    inside = list(parse.tokens_in(cue))
    end = len(inside)
    while end > 1 and _modifies_next(parse, inside[end - 1]):
        end -= 1
    if end == len(inside) or parse.tokens[inside[end - 1]].pos not in {"VERB", "AUX"}:
        return cue
    return Span(cue.start, parse.tokens[inside[end - 1]].end)


def infinitive_marker(
    parse: Parse, content: list[Span], cue: Span | None
) -> tuple[list[Span], Span | None]:
    """``content`` and ``cue`` with the "to" of an infinitive content in the content, as
    PolNeAR marks it ("vowed [to stave off …]", "plans [to release …]"): the model leaves it
    out or reads it into the cue ("plans to")."""
    if not content:
        return content, cue
    inside = parse.tokens_in(content[0])
    if not inside or inside[0] == 0:
        return content, cue
    to = parse.tokens[inside[0] - 1]
    if to.tag != "TO" or to.dep != "aux" or to.head not in inside:
        return content, cue
    if cue is not None and cue.end > to.start:
        words = [i for i in parse.tokens_in(cue) if i < to.i]
        if not words or cue.end != to.end:
            return content, cue  # the cue is the "to" alone, or runs past it
        cue = Span(cue.start, parse.tokens[words[-1]].end)
    return [Span(to.start, content[0].end), *content[1:]], cue


def _modifies_next(parse: Parse, i: int) -> bool:
    """Whether token ``i`` is a modifier of a noun after it ("last" of "last week"); a
    complementiser ("says that") is part of the cue in PolNeAR's convention."""
    t = parse.tokens[i]
    return t.head > i and t.dep in {"amod", "det", "nummod", "compound", "poss", "quantmod"}


def one_paragraph(text: str, span: Span, cue: Span | None) -> Span:
    """The line of ``span`` nearest the cue: a content the model runs across a line break
    (a headline into its lede, a source line into the next section) says one line's worth."""
    lines: list[Span] = []
    start = span.start
    for n in range(span.start, span.end):
        if text[n] == "\n":
            lines.append(Span(start, n))
            start = n + 1
    lines.append(Span(start, span.end))
    lines = [line for line in lines if text[line.start : line.end].strip()]
    if len(lines) <= 1:
        return lines[0] if lines else span
    if cue is None:
        return max(lines, key=len)
    return min(lines, key=lambda line: max(0, line.start - cue.end, cue.start - line.end))


def across_a_paragraph(text: str, content: Sequence[Span], cue: Span | None) -> bool:
    """Whether a line break parts each piece of ``content`` from its ``cue`` ("Read also: …"
    above "According to the general, …" read as the general's words)."""
    if cue is None or not content:
        return False
    return all("\n" in text[min(c.end, cue.end) : max(c.start, cue.start)] for c in content)


# the parts of speech a cue needs one of: a word that can report ("said", "statement",
# "adamant", "reportedly"), not only determiners, pronouns or prepositions ("an", "over")
_REPORTING_POS = {"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADV"}


# a colon or dash is a frame of its own ("Name: words", "- words - said X"), as acts read it
FRAME_MARKS = ":-–—"


def garbled_cue(parse: Parse, draft: Draft) -> bool:
    """Whether ``draft``'s cue holds no word that can report nor a frame's colon or dash: the
    model's "an" of "stated in an interview with Sky News that …", its "over" of "amid a
    dispute over how …"."""
    if draft.cue is None:
        return False
    tokens = [parse.tokens[i] for i in parse.tokens_in(draft.cue)]
    return not any(t.pos in _REPORTING_POS or t.text in FRAME_MARKS for t in tokens)


def governing_cue(parse: Parse, draft: Draft, cues: frozenset[str]) -> None:
    """Give a model draft with a garbled cue the nearest verb above its first content part in
    the same sentence, when that verb is one of ``cues`` ("The former spy stated in an
    interview that …": "stated"); none found, it stays as is."""
    below = head_token(parse, draft.content[0], prefer_verb=False)
    if below is None:
        return
    at = parse.tokens[below].head
    while at != below and parse.tokens[at].sent == parse.tokens[below].sent:
        token = parse.tokens[at]
        if token.pos == "VERB" and not any(c.contains(token.span) for c in draft.content):
            if token.lemma.lower() in cues:
                draft.cue = token.span
                draft.cue_token = at
            return  # a verb that is no cue ("escalate"): the content is not its to report
        below, at = at, parse.tokens[at].head


# how a phrase hangs on the cue when it tells the circumstances of the saying, not what was
# said ("said Sunday – the latest in a series of threats"); an adverbial clause does when its
# conjunction says when or why (``circumstance_marks``: "said as he accepted credentials")
CIRCUMSTANCE_DEPS = {"npadvmod", "appos", "agent", "advmod"}
# a part made only of these says nothing ("the", "to", "this": what was said is elsewhere)
_FUNCTION_POS = {"DET", "PRON", "ADP", "PART", "CCONJ", "SCONJ", "PUNCT", "SPACE", "SYM"}


def said_parts(
    parse: Parse, parts: Sequence[Span], cue: Span | None, text: str | None = None
) -> list[Span]:
    """The parts of a model content that say what was said, in text order.

    The model gathers every content span near a cue into one statement; a part is left out
    when it holds only function words or pronouns ("the", "to", "this"), when the content
    follows the cue in its sentence and the part lies in another sentence, or when it hangs
    on the cue as a circumstance of the saying (:data:`CIRCUMSTANCE_DEPS`, or inside a
    prepositional phrase of the cue: "informed in a statement in which he celebrated …"), or
    when it is the cue's own subject before it while another part follows the cue ("[C2I]
    plans [to reforest …]": who plans, not what; a raising cue's subject stays, "[Obama's
    veto] is expected [to come …]"). Given the ``text``, a quote right after the frame's
    sentence that carries on a quote before the frame stays (``"A," she said. "B."``: one
    statement in two parts, as the gold guide has it)."""
    kept = [
        p
        for p in parts
        if any(parse.tokens[i].pos not in _FUNCTION_POS for i in parse.tokens_in(p))
    ]
    words = set(parse.tokens_in(cue)) if cue is not None else set()
    if cue is None or not words:
        return kept
    kept = [p for p in kept if not _circumstance(parse, p, words)]
    if any(p.start >= cue.end for p in kept):
        kept = [p for p in kept if not _cue_subject_part(parse, p, cue, words)]
    sentences = {parse.tokens[i].sent for i in words}
    here = [p for p in kept if sentences & {parse.tokens[i].sent for i in parse.tokens_in(p)}]
    if any(p.start >= cue.end for p in here):  # "X said that …": nothing before the cue
        kept = here
    elif here:  # a fronted content may run over several sentences before its cue
        kept = [
            p
            for p in kept
            if p in here
            or p.end <= cue.start
            or (text is not None and _carries_on_quote(text, parse, p, cue, here))
        ]
    return kept


def _carries_on_quote(text: str, parse: Parse, part: Span, cue: Span, fronted: list[Span]) -> bool:
    """Whether ``part`` is a quote opening right after the sentence of ``cue``, in its
    paragraph, and one of the ``fronted`` parts a quote closing before the cue."""
    last = parse.token_at(max(cue.start, cue.end - 1))
    if last is None or part.start < cue.end:
        return False
    end = parse.tokens[parse.sentence_range(parse.tokens[last].sent)[-1]].end
    frame, gap = text[cue.end : end], text[end : part.start]
    return (
        end <= part.start
        and "\n" not in text[cue.end : part.start]
        and _OPENING_GAP.fullmatch(gap) is not None
        and not any(c in QUOTE_MARKS for c in frame.rstrip(QUOTE_MARKS))
        and any(_CLOSING_GAP.match(text, p.end) for p in fronted if p.end <= cue.start)
    )


def _cue_subject_part(parse: Parse, part: Span, cue: Span, words: set[int]) -> bool:
    """Whether ``part``, before the cue, is only the active subject of the cue's verb."""
    tokens = parse.tokens
    inside = set(parse.tokens_in(part))
    heads = parse.heads(inside)
    if part.end > cue.start or len(heads) != 1 or tokens[heads[0]].dep != "nsubj":
        return False
    verb = tokens[heads[0]].head
    return verb in words and tokens[verb].lemma.lower() not in _raising_cues()


@cache
def circumstance_marks() -> frozenset[str]:
    """Conjunctions of a clause telling when or why it was said (``data/model_rules.yaml``)."""
    return frozenset(str(w).lower() for w in data_table("model_rules.yaml")["circumstance_marks"])


@cache
def circumstance_openers() -> frozenset[str]:
    """Words that, opening a content, make it the writer's circumstance: the marks and more."""
    extra = data_table("model_rules.yaml")["circumstance_openers"]
    return circumstance_marks() | frozenset(str(w).lower() for w in extra)


@cache
def _raising_cues() -> frozenset[str]:
    """Cue verbs whose subject belongs to what is claimed (``data/model_rules.yaml``)."""
    return frozenset(str(w).lower() for w in data_table("model_rules.yaml")["raising_cues"])


def _circumstance(parse: Parse, part: Span, cue: set[int]) -> bool:
    """Whether ``part`` hangs on the cue's words ``cue`` as a circumstance, not a complement."""
    tokens = parse.tokens
    inside = parse.tokens_in(part)
    heads = parse.heads(inside)
    if not heads or cue & set(inside) or tokens[inside[0]].text.lower() == "that":
        return False  # a that-clause is what was said, wherever the parser hangs it
    if any(
        tokens[c].dep == "mark" and c < inside[0] and tokens[c].text.lower() in circumstance_marks()
        for c in parse.children[heads[0]]
    ):
        return True  # "said as [he accepted credentials]", wherever the parser hangs it
    below, at = heads[0], tokens[heads[0]].head
    while at not in cue:
        if at == tokens[at].head or tokens[at].sent != tokens[below].sent:
            return False  # the cue is not above the part: a fronted content
        below, at = at, tokens[at].head
    t = tokens[below]
    if t.dep in CIRCUMSTANCE_DEPS:
        return True
    if t.dep == "advcl":
        return any(
            tokens[c].dep == "mark" and tokens[c].text.lower() in circumstance_marks()
            for c in parse.children[below]
        )
    # "warned of a threat": the part is the preposition's object; deeper it is a modifier
    return t.dep == "prep" and below != heads[0] and tokens[heads[0]].head != below
