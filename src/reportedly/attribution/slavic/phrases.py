"""Noun phrases in Russian and Ukrainian: the tokens by offset, their cases, and the phrase
in a given case before or after a cue, or the cue's parsed subject."""

from __future__ import annotations

from reportedly.attribution.slavic._names import genitive_tail
from reportedly.attribution.slavic.lexicon import Lang
from reportedly.model import Annotation, Span, Token
from reportedly.nlp.slavic_morph import cases, is_known

NOMINAL = {"NOUN", "PROPN", "ADJ", "PRON", "DET", "NUM", "X"}
RELATIVE = {"который", "який", "кто", "хто", "что", "що", "это", "це"}


class SlavicParse:
    """The annotation's tokens with lookups by offset and the case tests the rules need."""

    def __init__(self, annotation: Annotation, lang: Lang) -> None:
        self.tokens = annotation.tokens
        self.lang: Lang = lang
        self._starts = [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int | None:
        """The index of the first token starting at or after ``offset``."""
        from bisect import bisect_left

        k = bisect_left(self._starts, offset)
        return k if k < len(self.tokens) else None

    def tokens_in(self, span: Span) -> range:
        first = self.token_at(span.start)
        if first is None:
            return range(0)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= span.end:
            last += 1
        return range(first, last)

    def has_case(self, tok: Token, case: str) -> bool:
        """Whether ``tok`` is (or, for Ukrainian, may be) in ``case``."""
        if f"Case={case}" in tok.morph:
            return True
        if self.lang != "uk":
            return False
        if tok.text[:1].isupper() and (tok.pos == "X" or not is_known("uk", tok.text)):
            return True  # a foreign name ("Монтедуро", "ACN"): its case is a guess
        return tok.pos in NOMINAL and case in cases("uk", tok.text)

    def gender(self, tok: Token) -> str | None:
        if "Gender=Fem" in tok.morph:
            return "female"
        if "Gender=Masc" in tok.morph:
            return "male"
        return None


def phrase_after(parse: SlavicParse, k: int, stop: int, case: str = "Nom") -> Span | None:
    """The noun phrase in ``case`` that starts at or soon after token ``k`` (a few words that
    are not in it, "журналистам", "в свое время", may come first), before token ``stop``."""
    tokens = parse.tokens
    sent = tokens[k].sent if k < len(tokens) else -1
    skipped = 0
    while k < stop and tokens[k].sent == sent and skipped < 4:
        t = tokens[k]
        if t.pos == "PUNCT" or t.pos == "VERB":
            return None
        if t.pos in NOMINAL and parse.has_case(t, case):
            break
        k += 1
        skipped += 1
    else:
        return None
    end = k
    while end < stop and tokens[end].sent == sent and _in_phrase(tokens[end]):
        end += 1
    while end > k and not (
        parse.has_case(tokens[end - 1], case) or parse.has_case(tokens[end - 1], "Gen")
    ):
        end -= 1
    return Span(tokens[k].start, tokens[end - 1].end) if end > k else None


def phrase_before(parse: SlavicParse, k: int, case: str = "Nom") -> Span | None:
    """The noun phrase in ``case`` that ends right before token ``k`` (adverbs and "не"
    between them skipped): "Глава администрации Вадим Филашкин [заявил]"."""
    tokens = parse.tokens
    sent = tokens[k].sent
    j = k - 1
    while j >= 0 and tokens[j].sent == sent and tokens[j].pos in {"ADV", "PART"}:
        j -= 1
    end = j
    while j >= 0 and tokens[j].sent == sent and _in_phrase(tokens[j]):
        j -= 1
    start = j + 1
    if end >= 0 and tokens[end].pos == "PRON":
        start = end  # "у декларації він [вказав]": the pronoun alone is the subject
    while start <= end and not (
        tokens[start].pos in NOMINAL and parse.has_case(tokens[start], case)
    ):
        start += 1
    if start > end or (
        not parse.has_case(tokens[end], case)
        and tokens[end].pos != "PROPN"
        and not genitive_tail(parse, start, end)
    ):
        return None
    return Span(tokens[start].start, tokens[end].end)


def subject(parse: SlavicParse, k: int) -> Span | None:
    """The subject the dependency parse gives cue token ``k`` (Russian only: the Ukrainian
    annotation has no parse), as the span of its nominal subtree; None when there is none
    or it is a relative pronoun ("который")."""
    tokens = parse.tokens
    subj = next(
        (t for t in tokens if t.head == k and t.i != k and t.dep in ("nsubj", "nsubj:pass")),
        None,
    )
    if subj is None or subj.pos not in NOMINAL or subj.lemma in RELATIVE:
        return None
    inside = {subj.i}
    first, last = subj.i, subj.i
    for t in tokens[max(0, subj.i - 12) : subj.i + 12]:
        j, seen = t.i, 0
        while tokens[j].head != j and j not in inside and seen < 12:
            j, seen = tokens[j].head, seen + 1
        if j in inside and t.sent == subj.sent and _in_phrase(t):
            inside.add(t.i)
    # the contiguous run of the subtree around the subject word
    while first - 1 in inside:
        first -= 1
    while last + 1 in inside:
        last += 1
    return Span(tokens[first].start, tokens[last].end)


def _in_phrase(t: Token) -> bool:
    return t.pos in NOMINAL or (t.pos == "PUNCT" and t.text in {"-", "«", "»"})
