"""Dependency-tree helpers over one sentence of an :class:`Annotation` (no spaCy needed)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportedly.model import Annotation, Span, Token

ACTOR_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
NON_ACTOR_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "EVENT", "LAW"}
)
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Children left out of a mention's phrase: clauses, coordination and edge punctuation.
_PHRASE_SKIP = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "ccomp", "dep"})
# A wire dateline opening a sentence: "KYIV, March 3 (Reuters) -", "KABUL (Pajhwok):", "THE
# HAGUE, Netherlands --", "Harare, Zimbabwe -", "Lucknow:". A place in capitals, or a capitalised
# place followed by a region, date or agency, then a dash or colon. The parse reads the place as
# a subject; it names where the story was filed, not who acted.
_CAPS = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"
_TITLE = r"[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_PARTS = r"(?:,\s*[A-Z][\w.'’]*(?:\s+[\w.'’]+){0,2})"
_AGENCY = r"\s*\([A-Z][\w .&'’-]{0,30}\)"
_DATELINE = re.compile(
    rf"\s*(?:{_CAPS}{_PARTS}*(?:{_AGENCY})?|{_TITLE}(?:{_PARTS}+(?:{_AGENCY})?|{_AGENCY})"
    rf"|{_TITLE}(?=:))\s*(?:--|—|–|-|:)(?=\s|$)"
)


def dateline_end(text: str) -> int:
    """Where a dateline opening ``text`` ends (0: none)."""
    found = _DATELINE.match(text)
    return found.end() if found is not None else 0


class Sentence:
    """One sentence's tokens with child lists, indexed by the annotation's token ``i``."""

    def __init__(self, annotation: Annotation, index: int, text: str) -> None:
        self.index = index
        self.text = text
        self.span = annotation.sentences[index]
        self.tokens: dict[int, Token] = {t.i: t for t in annotation.sentence_tokens(index)}
        self._children: dict[int, list[Token]] = {i: [] for i in self.tokens}
        for token in self.tokens.values():
            if token.head != token.i and token.head in self._children:
                self._children[token.head].append(token)
        cut = dateline_end(text)
        self.dateline = Span(self.span.start, self.span.start + cut) if cut else None

    @property
    def evidence(self) -> Span:
        """The sentence's span without its trailing whitespace: an event's evidence."""
        return Span(self.span.start, self.span.start + len(self.text.rstrip()))

    def in_dateline(self, token: Token) -> bool:
        """Whether ``token`` lies in the dateline opening the sentence ("KABUL (Pajhwok):")."""
        return self.dateline is not None and token.start < self.dateline.end

    def __iter__(self) -> Iterator[Token]:
        return iter(sorted(self.tokens.values(), key=lambda t: t.i))

    def children(self, token: Token, *deps: str) -> list[Token]:
        """Children of ``token``, optionally only those with one of ``deps``."""
        kids = self._children.get(token.i, [])
        return [k for k in kids if not deps or k.dep in deps]

    def subjects(self, verb: Token, *deps: str) -> list[Token]:
        """The children of ``verb`` with ``deps`` outside a dateline; where the parse made the
        dateline the subject ("THE HAGUE, Netherlands -- A U.N. prosecutor has charged"), the
        noun it hung on the dateline instead."""
        kids = self.children(verb, *deps)
        kept = [k for k in kids if not self.in_dateline(k)]
        if kept or len(kept) == len(kids):
            return kept
        for kid in kids:
            for token in self.subtree(kid):
                head = self.head(token)
                if (
                    token.pos in ("NOUN", "PROPN")
                    and not self.in_dateline(token)
                    and head is not None
                    and self.in_dateline(head)
                ):
                    return [token]
        return []

    def head(self, token: Token) -> Token | None:
        """The syntactic head, or ``None`` at the root (or outside the sentence)."""
        if token.head == token.i:
            return None
        return self.tokens.get(token.head)

    def ancestors(self, token: Token) -> Iterator[Token]:
        """Heads from ``token`` up to the root (excluding ``token``)."""
        seen = {token.i}
        current = self.head(token)
        while current is not None and current.i not in seen:
            seen.add(current.i)
            yield current
            current = self.head(current)

    def subtree(self, token: Token) -> list[Token]:
        """``token`` and all its descendants, in text order."""
        out: list[Token] = []
        stack = [token]
        seen: set[int] = set()
        while stack:
            current = stack.pop()
            if current.i in seen:
                continue
            seen.add(current.i)
            out.append(current)
            stack.extend(self._children.get(current.i, []))
        return sorted(out, key=lambda t: t.i)

    def is_within(self, token: Token, root: Token) -> bool:
        """Whether ``root`` dominates ``token`` (or is it)."""
        return token.i == root.i or any(a.i == root.i for a in self.ancestors(token))

    def phrase(self, token: Token, *, preps: bool = True) -> Span:
        """The character span of the noun phrase headed by ``token``.

        Clauses and coordination are left out, and so are prepositional phrases other than
        "of" after a proper noun ("the President of Russia", not "Xi Jinping in Moscow");
        ``preps=False`` leaves out every prepositional phrase.
        """

        def kept(kid: Token) -> bool:
            if kid.dep == "punct" and self._inside_a_word(kid):
                return True  # the hyphen of "Russian-backed"
            if kid.dep in _PHRASE_SKIP:
                return False
            # "police in Moscow" names an actor; "Xi Jinping in Moscow" places one
            if kid.dep == "prep" and not preps:
                return False
            return not (kid.dep == "prep" and kid.lemma.lower() != "of" and token.pos == "PROPN")

        keep: list[Token] = [token]
        stack = [k for k in self.children(token) if kept(k)]
        outside = not self.in_dateline(token)
        while stack:
            current = stack.pop()
            if outside and self.in_dateline(current):
                continue  # "PARIS (Reuters) - Fighters loyal to X": the dateline is no part
            keep.append(current)
            stack.extend(k for k in self.children(current) if kept(k))
        keep.sort(key=lambda t: t.i)
        # the head itself stays even when odd input makes it punctuation
        while len(keep) > 1 and keep[0].pos == "PUNCT" and keep[0] is not token:
            keep.pop(0)
        while len(keep) > 1 and keep[-1].pos in ("PUNCT", "PART") and keep[-1] is not token:
            keep.pop()
        # a phrase must be contiguous: cut at the first gap left by a skipped clause
        start = keep.index(token)
        lo, hi = start, start
        index = {t.i for t in keep}
        while lo > 0 and keep[lo - 1].i in index and keep[lo - 1].i == keep[lo].i - 1:
            lo -= 1
        while hi < len(keep) - 1 and keep[hi + 1].i == keep[hi].i + 1:
            hi += 1
        return Span(keep[lo].start, keep[hi].end)

    def _inside_a_word(self, token: Token) -> bool:
        """Whether ``token`` is a hyphen joined to the words on both sides ("Russian-backed")."""
        before, after = self.tokens.get(token.i - 1), self.tokens.get(token.i + 1)
        return (
            token.text in ("-", "‐", "‑")
            and before is not None
            and after is not None
            and before.end == token.start
            and token.end == after.start
        )

    def breadth_first(self, token: Token, *, into_clauses: bool = True) -> Iterator[Token]:
        """Descendants of ``token`` (itself first), nearest first, in text order per level.

        With ``into_clauses=False`` the walk does not enter clauses (verbs) below ``token``.
        """
        level = [token]
        seen = {token.i}
        while level:
            yield from level
            following: list[Token] = []
            for current in level:
                for kid in self.children(current):
                    if kid.i in seen or kid.dep in ("punct", "cc"):
                        continue
                    if not into_clauses and kid.pos in ("VERB", "AUX"):
                        continue
                    seen.add(kid.i)
                    following.append(kid)
            level = sorted(following, key=lambda t: t.i)


def is_actor_like(token: Token) -> bool:
    """Whether a token can name an actor: a named entity of an actor kind, or a proper noun."""
    if token.ent_type in NON_ACTOR_LABELS:
        return False
    return token.ent_type in ACTOR_LABELS or token.pos == "PROPN"


_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"we", "they"})


def has_partner(sentence: Sentence, verb: Token, doers: list[Token]) -> bool:
    """Whether a two-sided act names its second party: a "with" object on ``verb``, or doers
    that are several ("Biden and Scholz", "the leaders", "they")."""
    if any(p.lemma.lower() == "with" for p in sentence.children(verb, "prep")):
        return True
    return any(
        sentence.children(doer, "conj")
        or doer.tag in _PLURAL_TAGS
        or doer.lemma.lower() in _PLURAL_PRONOUNS
        for doer in doers
    )
