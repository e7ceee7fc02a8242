"""Where a speaker span starts and ends: on the edges of its words (the span model's word
pieces can cut one: "U. leaders" for "E.U. leaders", "Trump’" for "Trump’s"), with the
words that qualify its first noun ("fellow physicians", "many E.U. nations", "restructuring
experts": the model can leave them out), and with the stop of an abbreviation that ends it
("Roberts Jr.", "Springfield, Va.", "the S.E.C."): the stop is part of that word
(``speaker_bounds.yaml``). A span that is a piece of a longer phrase becomes the phrase
(``speaker_phrases``)."""

from __future__ import annotations

import re
from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import PRONOUNS_PERSONAL, Parse
from reportedly.attribution.lexicon import data_table
from reportedly.attribution.speaker_phrases import complete_phrase
from reportedly.model import Span

# what a word ends at, leftwards: a space, an opening mark or bracket, or a clause's comma
_WORD_EDGES = frozenset(" \t\n\r\xa0([{\"“‘'«,;:")
# marks that glue two pieces of one word ("E.U.", "coal-producer")
_GLUES = frozenset(".-")
_APOSTROPHES = frozenset("'’")
# an initial (not "I"), a dotted acronym ("U.S", "S.E.C") or a party and state ("R-Wis")
_ABBREVIATION = re.compile(r"[A-HJ-Z]|(?:[A-Za-z]\.)+[A-Za-z]|[RDI]-[A-Z][A-Za-z.]*")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z](?![\w'’-])")
_LAST_WORD = re.compile(r"[^\s,(]+$")
# what qualifies a common noun before it and belongs to who the speaker is ("fellow
# physicians", "restructuring experts"), and the determiners that count them ("many E.U.
# nations", "more voters"); an article, "both" or a number is left as the span has it
# (PolNeAR goes both ways on "the Latvian journalist …")
_QUALIFIERS = frozenset({"amod", "compound"})
_COUNTING = frozenset({"many", "more", "most", "several", "some", "few", "fewer", "other"})
# a qualifier is an adjective, a noun or an -ing word ("restructuring experts"), not a past
# participle (a dash frame's "- said officials" parses as one); a name takes none ("It's true
# Biden backs …", "rival Donald Trump": PolNeAR leaves "rival" out)
_QUALIFYING_POS = frozenset({"ADJ", "NOUN"})
_PARTICIPLES = frozenset({"VBG"})


@cache
def _abbreviations() -> frozenset[str]:
    """The abbreviations of ``speaker_bounds.yaml``, case-folded."""
    return frozenset(str(w).casefold() for w in data_table("speaker_bounds.yaml")["abbreviations"])


def whole_word_speaker(text: str, parse: Parse, draft: Draft) -> None:
    """Move a speaker's edges out to whole words and to the qualifiers of its first noun, and
    give it the stop of an abbreviation that ends it. A span that starts on a word's first
    character and ends on its last is left alone; a contraction after it ("He’s") is another
    word."""
    speaker = draft.speaker
    if speaker is None or not len(speaker):
        return
    start, end = speaker.start, speaker.end
    word = re.match(r"\w+", text[start:end])
    pronoun = word is not None and word.group().casefold() in PRONOUNS_PERSONAL
    if _inside_word_at_start(text, start) and not pronoun:  # "country-he said": a dash
        while start > 0 and text[start - 1] not in _WORD_EDGES:
            start -= 1
    start = _qualified_start(text, parse, start, end)
    end = _end_before_cue(text, draft.cue, start, end)
    while end < len(text) and _inside_word_at_end(text, end):
        end += 1
    start, end = complete_phrase(text, parse, draft, Span(start, end))
    end = _acronym_end(text, start, end)
    if text[end : end + 1] == "." and _is_abbreviation(text[start:end]):
        end += 1
    end = _clean_end(text, parse, start, end)
    if (start, end) != (speaker.start, speaker.end):
        draft.speaker = Span(start, end)


def _clean_end(text: str, parse: Parse, start: int, end: int) -> int:
    """The end of a speaker without the debris a reader sees in the actor pages: a relative
    clause begun inside it but whose verb lies outside ("President of the European Commission
    who, on Day 3, …"; a whole one stays: "officials who spoke on condition of anonymity") and
    trailing commas ("Gen. Mark Milley, then chairman of the Joint Chiefs of Staff,")."""
    inside = parse.tokens_in(Span(start, end))
    relative = [
        i
        for i in inside[1:]
        if parse.tokens[i].tag in {"WP", "WDT"}
        and parse.tokens[i].text.lower() in {"who", "which"}
        and parse.tokens[i].head not in inside
    ]
    if relative:
        end = parse.tokens[relative[0]].start
    while end - start > 1 and text[end - 1] in " ,;:\n":
        end -= 1
    return end


def _end_before_cue(text: str, cue: Span | None, start: int, end: int) -> int:
    """The end of a speaker that runs on into its own cue ("The Institute … alerted" for
    "The Institute … alerted that …"): the cue is never the speaker's word, so the speaker
    ends before it. A cue at the speaker's start is left alone."""
    if cue is None or not start < cue.start < end:
        return end
    cut = cue.start
    while cut > start and text[cut - 1] in " \t\n\xa0,":
        cut -= 1
    return cut if cut > start and text[start:cut].strip() else end


def _qualified_start(text: str, parse: Parse, start: int, end: int) -> int:
    """Where the speaker (``start`` to ``end``) starts with the qualifiers right before its
    first word, when that word is a noun of the speaker (or a qualifier of one) they hang on:
    ``start`` when there are none."""
    first = parse.token_at(start)
    if first is None or parse.tokens[first].start != start:
        return start
    noun = first
    while parse.tokens[noun].dep in _QUALIFIERS and parse.tokens[noun].head > noun:
        noun = parse.tokens[noun].head  # "E.U." of "E.U. nations": the noun it qualifies
    if parse.tokens[noun].pos != "NOUN" or parse.tokens[noun].end > end:
        return start  # a name, or a noun the speaker only qualifies ("alarmist US predictions")
    k = first - 1
    while k >= 0 and parse.tokens[k].sent == parse.tokens[first].sent:
        token = parse.tokens[k]
        counting = token.dep == "det" and token.text.casefold() in _COUNTING
        if not (token.dep in _QUALIFIERS or counting) or not _qualifies(parse, k, noun, first):
            break
        kind = token.pos in _QUALIFYING_POS or token.tag in _PARTICIPLES or counting
        label = token.text.isupper() and len(token.text) > 1  # "VIDEO Name": a heading's word
        if not token.text.isalpha() or not kind or label:
            break
        k -= 1
    lead = parse.tokens[k + 1].start
    return lead if "\n" not in text[lead:start] else start


def _qualifies(parse: Parse, k: int, noun: int, first: int) -> bool:
    """Whether token ``k`` hangs on ``noun`` or on a word between itself and the speaker."""
    head = parse.tokens[k].head
    return head == noun or k < head <= first


def _inside_word_at_start(text: str, start: int) -> bool:
    """Whether a span starting at ``start`` starts inside a word: after a letter or digit,
    a hyphen that follows one ("-producer" of "coal-producer"), or the dot of a one-letter
    piece ("U." of "E.U."; "Ukraine.He" is two sentences run together)."""
    if start == 0 or not (text[start].isalnum() or text[start] in _GLUES):
        return False
    before = text[start - 1]
    if before.isalnum():
        return True
    piece = text[max(0, start - 3) : start - 1]
    if before == "-":
        return piece[-1:].isalnum()
    return before == "." and piece[-1:].isalpha() and not piece[:-1].isalnum()


def _inside_word_at_end(text: str, end: int) -> bool:
    """Whether a span ending at ``end`` ends inside a word: a letter or digit goes on after a
    letter or digit, or after an apostrophe that follows one ("Trump’" + "s")."""
    if end == 0 or not text[end].isalnum():
        return False
    before = text[end - 1]
    return before.isalnum() or (before in _APOSTROPHES and end > 1 and text[end - 2].isalnum())


def _acronym_end(text: str, start: int, end: int) -> int:
    """Where a dotted acronym that the span's last word begins ends ("U" of "U.S."), before
    its last stop; ``end`` when there is none."""
    word = end
    while word > start and text[word - 1] not in _WORD_EDGES:
        word -= 1
    acronym = _DOTTED.match(text, word)
    return max(end, acronym.end()) if acronym is not None else end


def _is_abbreviation(words: str) -> bool:
    """Whether the last word of ``words`` is an abbreviation whose stop follows it."""
    last = _LAST_WORD.search(words)
    if last is None:
        return False
    word = last.group()
    return bool(_ABBREVIATION.fullmatch(word)) or word.casefold() in _abbreviations()
