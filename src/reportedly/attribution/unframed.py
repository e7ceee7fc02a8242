"""Statements without a reporting frame: quotes that are a verb's argument and whole-paragraph
quotes that continue the previous speaker (``Name: …`` headline or caption lines are in
``name_colon_lines``)."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import PRONOUNS_PERSONAL, Parse, subject_of
from reportedly.attribution._quote_marks import Quote, without_furniture
from reportedly.attribution.act_lexicon import default_acts
from reportedly.attribution.acts import classify
from reportedly.attribution.furniture import without_furniture_lines
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Mention, Span, Statement

MIN_CONTINUATION_WORDS = 4
# the rules that give a frameless quote to the speaker of the statement before it
CONTINUATIONS = frozenset({"paragraph-continuation", "sentence-continuation"})
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_QUOTE_MARKS = '"“”„«»‘'


# how a quote may hang on the verb it is the argument of: as its object or complement, or
# through a preposition that carries content ("likened the rules to "…"", "called for "…"")
ARGUMENT_DEPS = {"dobj", "attr", "oprd", "ccomp", "xcomp", "acomp", "dative"}


def _argument_verb(parse: Parse, quote: Quote, preps: frozenset[str]) -> int | None:
    """The verb whose object (or object of a content preposition) the quote is."""
    inside = parse.tokens_in(quote.inner)
    for i in inside:
        head = parse.tokens[i].head
        if head in inside or head == i:
            continue
        node = i
        for _ in range(4):
            t = parse.tokens[node]
            parent = parse.tokens[t.head]
            if parent.pos == "VERB" and not quote.outer.contains(parent.span):
                if t.dep in ARGUMENT_DEPS:
                    return parent.i
                return None
            if parent.pos == "ADP" and parent.text.lower() not in preps:
                return None
            if parent.pos in {"NOUN", "PROPN"} and parent.start >= quote.outer.end:
                return None  # 'delivered his "Mission accomplished" speech': a noun's name
            if t.head == node:
                return None
            node = t.head
        return None
    return None


def quote_arguments(
    parse: Parse, leftover: list[Quote], lexicon: CueLexicon
) -> tuple[list[Draft], list[Quote]]:
    """Quotes that are the argument of a verb with a named subject.

    ``Trump attacked "the hateful ideology …"``, ``Tribe likened the rules to "burning the
    Constitution"``: the verb is the cue, its subject the speaker, the quote the content.
    Several quotes on one verb (``called him a "liar", a "bully" and "sick"``) are one
    statement running from the first to the last. A quote on "said on "Face the Nation""
    or after a possessive ("told MSNBC's "Morning Joe"") is a name, not content.
    """
    by_verb: dict[int, list[Quote]] = {}
    rest: list[Quote] = []
    for quote in leftover:
        verb = _argument_verb(parse, quote, lexicon.argument_preps)
        subject = subject_of(parse, verb) if verb is not None else None
        if (
            verb is None
            or subject is None
            or not _named(parse, subject)
            or _after_possessive(parse, quote)
        ):
            rest.append(quote)
            continue
        by_verb.setdefault(verb, []).append(quote)
    drafts: list[Draft] = []
    for verb, quotes in by_verb.items():
        subject = subject_of(parse, verb)
        if subject is None:  # pragma: no cover - checked above
            continue
        first, last = quotes[0], quotes[-1]
        content = first.inner if len(quotes) == 1 else Span(first.outer.start, last.outer.end)
        # "called half of his supporters "deplorables"": the object the quote describes is
        # part of what was said
        objects = [
            o
            for o in parse.deps(verb, "dobj", "dative")
            if parse.tokens[o].end <= first.outer.start
        ]
        if objects and verb < objects[0]:
            start = parse.tokens[parse.subtree(objects[0])[0]].start
            # "told the briefing that officials "recognise …"": the object is the addressee,
            # what was said starts after "that"
            that = [
                k
                for k in parse.tokens_in(Span(start, first.outer.start))
                if parse.tokens[k].text.lower() == "that"
            ]
            if that and that[-1] + 1 < len(parse.tokens):
                start = parse.tokens[that[-1] + 1].start
            content = Span(start, last.outer.end)
        drafts.append(
            Draft(
                kind="direct" if content == first.inner else "mixed",
                content=[content],
                cue=parse.tokens[verb].span,
                cue_token=verb,
                speaker=parse.noun_phrase(subject),
                speaker_token=subject,
                quotes=[q.inner for q in quotes],
                confidence=0.6,
                via="quote-argument",
            )
        )
    return drafts, rest


def _after_possessive(parse: Parse, quote: Quote) -> bool:
    """``told MSNBC's "Morning Joe"``: a quote owned by a name is a title, not words said."""
    k = parse.token_at(quote.outer.start)
    return k is not None and k > 0 and parse.tokens[k - 1].tag == "POS"


def _named(parse: Parse, i: int) -> bool:
    t = parse.tokens[i]
    return t.ent_type in {"PERSON", "ORG", "GPE", "NORP"} or t.text.lower() in {
        "he",
        "she",
        "they",
        "we",
        "i",
    }


def continue_paragraph_quotes(
    text: str, parse: Parse, leftover: list[Quote], drafts: list[Draft]
) -> tuple[list[Draft], list[Quote]]:
    """A whole-paragraph quote with no frame continues the previous paragraph's speaker.

    When the previous paragraph ends at the closing mark of that speaker's quote, the new
    quote is more of the same statement (a content part of it); otherwise (a frame or a full
    stop after the closing mark, or a paraphrase) it is a statement of its own by the same
    speaker, with no cue. So is a quote that runs to its paragraph's end right after a
    statement's sentence in the same paragraph ('Craft said …. "The basic truth is …"'), a
    part of it after a quote and its frame. Only a statement that says or holds something
    hands its speaker on (see :func:`_voices`). ``drafts`` may gain content parts."""
    added: list[Draft] = []
    rest: list[Quote] = []
    for quote in leftover:
        para_start = text.rfind("\n", 0, quote.outer.start) + 1
        lead = text[para_start : quote.outer.start]
        starts_paragraph = not lead.strip() or _lead_in(lead, para_start, drafts)
        words = quote.inner.text(text).split()
        if len(words) < MIN_CONTINUATION_WORDS or all(w[:1].isupper() for w in words):
            rest.append(quote)  # "(CROSSTALK.)", a caption, "'All Bets Are Off.'" (a heading)
            continue
        # the speaker of the paragraph before: its quote, or its paraphrase ("Dibb said he
        # did not agree …" then a quote paragraph of Dibb's)
        earlier = [
            d
            for d in drafts + added
            if d.extent.end <= quote.outer.start
            and d.speaker is not None
            and (d.kind == "direct" or d.cue is not None)
        ]
        # a statement reported inside another's words is not who goes on speaking
        # ('Vitrenko is convinced Putin will … if he thinks … . "Putin will try …"')
        earlier = [d for d in earlier if not _reported_inside(parse, d)]
        # the latest of them that speaks (the first of equals, as max would pick)
        latest_first = sorted(earlier, key=lambda d: d.extent.end, reverse=True)
        last = next((d for d in latest_first if _voices(text, parse, d)), None)
        if starts_paragraph and last is not None and _closes_paragraph(text, quote):
            frame_end = max(s.end for s in (last.extent, last.cue, last.speaker) if s)
            between = without_furniture(
                without_furniture_lines(text[frame_end : quote.outer.start])
            )
            if "\n\n" in between and between.count("\n\n") <= 1:
                if last.kind != "direct" and not _whole_paragraph(text, quote):
                    rest.append(quote)  # after a paraphrase only a quote paragraph continues
                    continue
                if last.kind == "direct" and _runs_on(between):
                    last.content.append(quote.inner)
                    last.quotes.append(quote.inner)
                    continue
                added.append(_continuation(last, quote, "paragraph-continuation"))
                continue
        if not starts_paragraph and last is not None and _follows_in_paragraph(text, last, quote):
            if last.kind == "direct":  # '"…," he continued. "But …"': one quote, two parts
                last.content.append(quote.inner)
                last.quotes.append(quote.inner)
                continue
            added.append(_continuation(last, quote, "sentence-continuation"))
            continue
        rest.append(quote)
    return added, rest


# a clause before a quote at a paragraph's start that frames nothing ("While Russia was
# still lacking this goal, "Putin may not …""): this many words at most
MAX_LEAD_IN_WORDS = 12


def _lead_in(lead: str, start: int, drafts: list[Draft]) -> bool:
    """Whether ``lead`` (the words of a paragraph before its quote, from offset ``start``) is
    a short clause ending in a comma that frames nothing: no sentence's end, no quote mark,
    no statement's cue in it. The quote after it still starts the paragraph's words."""
    words = lead.split()
    if not words or len(words) > MAX_LEAD_IN_WORDS or not lead.rstrip().endswith(","):
        return False
    if _SENTENCE_END.search(lead) or any(mark in lead for mark in _QUOTE_MARKS):
        return False
    span = Span(start, start + len(lead))
    return not any(d.cue is not None and span.overlaps(d.cue) for d in drafts)


def _voices(text: str, parse: Parse, draft: Draft) -> bool:
    """Whether ``draft``'s cue says or holds what it reports (speech or belief), so that a
    quote after it with no frame of its own may be its speaker's: a deed or an intention
    ("they instigated a conflict …, promising to help with money.") is the writer's account
    of what its subject did, and the quote after it is still the words of whoever was quoted
    before."""
    if draft.cue is None or draft.speaker is None:
        return True
    speaker = Mention(span=draft.speaker, text=draft.speaker.text(text), label="SPEAKER")
    statement = Statement(
        id="", kind=draft.kind, content=tuple(draft.content), cue=draft.cue, speaker=speaker
    )
    act, _negated = classify(text, parse, statement, default_acts())
    return act in {"speech", "belief"}


def _runs_on(between: str) -> bool:
    """Whether a quote paragraph goes on with the quote that ends the paragraph before, given
    what lies between them: only the closing mark (the paragraph ends inside the speaker's
    words: one quote over two paragraphs). A frame or a full stop after the closing mark
    ('"…," he said.' / 'he said "…".') closes the statement: the next quote paragraph is a
    statement of its own."""
    return not between.strip().strip(_QUOTE_MARKS + "’'")


def _continuation(last: Draft, quote: Quote, via: str) -> Draft:
    """A frameless quote as a statement of its own, by the speaker of ``last``."""
    return Draft(
        kind="direct",
        content=[quote.inner],
        cue=None,
        speaker=last.speaker,
        speaker_token=last.speaker_token,
        quotes=[quote.inner],
        confidence=0.5,
        via=via,
    )


def _reported_inside(parse: Parse, draft: Draft) -> bool:
    """Whether ``draft``'s cue stands inside a clause another verb reports: its chain of heads
    passes a complement clause ("Vitrenko is convinced Putin will … if he thinks …": "he"
    is someone Vitrenko's belief is about, not who speaks next)."""
    if draft.cue_token is None:
        return False
    k, seen = draft.cue_token, 0
    while parse.tokens[k].head != k and seen < 50:
        if parse.tokens[k].dep == "ccomp":
            return True
        k = parse.tokens[k].head
        seen += 1
    return False


def _follows_in_paragraph(text: str, last: Draft, quote: Quote) -> bool:
    """Whether the quote is the next sentence after ``last``'s, in its paragraph, and runs to
    the paragraph's end ('she said the invasion has shown the UN's weakness. "The basic truth
    is …"'): the speaker's own words, going on with no frame of their own."""
    if last.cue is None or last.speaker is None:
        return False
    if last.speaker.start > last.extent.start and _is_pronoun(text, last.speaker):
        # after a fronted content ("The talks with Blinken were useful, he said.") the
        # speakers stage reads the content's name as the pronoun's: keep to "he said …";
        # a named speaker ("…, Dibb said, but …") is who it is wherever it stands
        return False
    frame_end = max(s.end for s in (last.extent, last.cue, last.speaker))
    between = text[frame_end : quote.outer.start]
    rest = between.strip(" \t\xa0\"”’'")
    closing = last.extent.end <= min(last.cue.start, last.speaker.start)
    if "\n" in between or not (_rest_of_sentence(rest) or (closing and _frame_tail(rest))):
        return False
    return _whole_paragraph(text, quote)


def _frame_tail(rest: str) -> bool:
    """Whether ``rest`` is the end of a closing frame's sentence, past its speaker ("…,
    according to a written analysis by CNA in response to questions from The Post.", "…,
    the ministry said in a statement on Friday."): more of the frame, no other sentence."""
    return (
        rest.endswith(".")
        and not _SENTENCE_END.search(rest[:-1])
        and not any(mark in rest for mark in _QUOTE_MARKS)
    )


def _rest_of_sentence(rest: str) -> bool:
    """Whether ``rest`` (what follows a frame up to the quote) closes the frame's sentence and
    opens no other: ".", or the sentence going on after the frame (", but the army is unlikely
    to win."), past no quote mark ('that …," the statement said.': a quote's own frame)."""
    if rest in {".", ":"}:
        return True
    return (
        rest[:1] in {",", ";"}
        and rest.endswith(".")
        and not _SENTENCE_END.search(rest[:-1])
        and not any(mark in rest for mark in _QUOTE_MARKS)
    )


def _is_pronoun(text: str, speaker: Span) -> bool:
    return speaker.text(text).lower() in PRONOUNS_PERSONAL


def _closes_paragraph(text: str, quote: Quote) -> bool:
    """Whether nothing but punctuation follows the quote in its paragraph: a quote that the
    writer's sentence goes on from ('"Protection of these supplies" was also discussed.') is
    a phrase of the writer's, not more of the last speaker's words."""
    return not _after_in_paragraph(text, quote).strip(" \t\xa0.,;:!?…" + _QUOTE_MARKS + "’'")


def _whole_paragraph(text: str, quote: Quote) -> bool:
    """Whether the quote runs to its paragraph's end (a claim, not a question)."""
    words = quote.inner.text(text)
    return (
        "\n" not in words
        and not _after_in_paragraph(text, quote).strip()
        and not words.rstrip().endswith("?")
    )


def _after_in_paragraph(text: str, quote: Quote) -> str:
    """The text after the quote, up to the end of its line."""
    line_end = text.find("\n", quote.outer.end)
    return text[quote.outer.end : len(text) if line_end < 0 else line_end]
