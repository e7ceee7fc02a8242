"""The annotation's tokens of a Russian or Ukrainian text, by offset, and their cases."""

from __future__ import annotations

from bisect import bisect_left

from reportedly.attribution.slavic.lexicon import Lang
from reportedly.model import Annotation, Span, Token
from reportedly.nlp.slavic_morph import caseless_noun, cases, is_known

NOMINAL = {"NOUN", "PROPN", "ADJ", "PRON", "DET", "NUM", "X"}
_HER_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")


class SlavicParse:
    """The annotation's tokens with lookups by offset and the case tests the rules need."""

    def __init__(self, annotation: Annotation, lang: Lang) -> None:
        self.tokens = annotation.tokens
        self.lang: Lang = lang
        self._starts = [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int | None:
        """The index of the first token starting at or after ``offset``."""
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
        if tok.text[:1].isupper() and tok.text.isascii() and tok.pos in {"X", "PROPN"}:
            return True  # a Latin name ("Reuters", "The Telegraph"): no case to read
        if tok.pos == "X" and tok.text.isascii() and tok.text[:1].isalpha():
            return True  # one written in lower case ("агенція dpa", "euronews")
        if self.lang != "uk":
            return case == "Nom" and self.her_surname(tok)
        if tok.text[:1].isupper() and (tok.pos == "X" or not is_known("uk", tok.text)):
            return True  # a foreign name ("Монтедуро", "ACN"): its case is a guess
        found = cases("uk", tok.text)
        # a noun the dictionary gives no case at all ("Глава") may be in any; so may one with
        # a caseless reading beside its cased ones ("директор": its nominative has no case)
        caseless = tok.pos == "NOUN" and (not found or caseless_noun("uk", tok.text))
        return tok.pos in NOMINAL and (case in found or caseless)

    def her_surname(self, tok: Token) -> bool:
        """Whether the tagger read a woman's surname as a man's genitive ("Дегтярёва с
        радостью отчиталась": Gen, Masc) where it is the subject of a feminine verb."""
        head = self.tokens[tok.head] if 0 <= tok.head < len(self.tokens) else None
        return (
            tok.pos == "PROPN"
            and tok.dep == "nsubj"
            and tok.text.casefold().endswith(_HER_ENDINGS)
            and head is not None
            and head.pos == "VERB"
            and "Gender=Fem" in head.morph
        )

    def gender(self, tok: Token) -> str | None:
        if "Gender=Fem" in tok.morph:
            return "female"
        if "Gender=Masc" in tok.morph:
            return "male"
        return None
