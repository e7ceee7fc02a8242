"""Navigation over an annotation's tokens for the actors stage: offsets, heads, subjects."""

from __future__ import annotations

import bisect

from reportedly.model import Span
from reportedly.tokens import TokenIndex

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NOMINAL_LINKS = frozenset({"compound", "flat", "amod", "det", "poss", "case"})


class Doc(TokenIndex):
    """Token index with the heads, subjects and sentences the actors stage reads."""

    def head_of(self, span: Span) -> int | None:
        """The token of ``span`` whose head lies outside it (the last such one)."""
        inside = self.tokens_in(span)
        if not inside:
            return None
        head = inside[-1]
        for i in inside:
            if self.tokens[i].head not in inside or self.tokens[i].head == i:
                head = i
        return head

    def past_its_verb(self, head: int, i: int) -> bool:
        """Whether token ``i`` lies after the verb that subject ``head`` precedes: the parser's
        apposition of a name from the clause's far end ("The authors of the letter also
        mentioned that four … had been killed: Oleksandra Kuvshynova, …")."""
        verb = self.tokens[head].head
        return head < verb < i and self.tokens[verb].pos in {"VERB", "AUX"}

    def sentence_of(self, span: Span) -> int:
        """The sentence number of the first token of ``span`` (-1 when there is none)."""
        inside = self.tokens_in(span)
        if inside:
            return self.tokens[inside[0]].sent
        k = bisect.bisect_right(self._starts, span.start) - 1
        return self.tokens[k].sent if 0 <= k < len(self.tokens) else -1

    def nominal_head(self, i: int) -> int:
        """Climb from ``i`` through name-internal links to the head of its noun phrase."""
        seen = 0
        while self.tokens[i].dep in _NOMINAL_LINKS and self.tokens[i].head != i and seen < 8:
            if self.tokens[i].dep == "poss":
                break  # "Biden's statement": Biden is the possessor, not the phrase head
            i = self.tokens[i].head
            seen += 1
        return i

    def _subject_token(self, span: Span) -> int | None:
        """The token by which ``span`` is some verb's subject, if it is one."""
        head = self.head_of(span)
        if head is None:
            return None
        j = self.nominal_head(head)
        if self.tokens[j].dep == "appos" and self.tokens[j].head != j:
            # "Trump's running mate — Indiana Gov. Mike Pence — has thrown his support": the
            # name apposed to the subject is the subject
            j = self.nominal_head(self.tokens[j].head)
        return j if self.tokens[j].dep in SUBJECT_DEPS else None

    def is_subject(self, span: Span) -> bool:
        """Whether ``span`` is the subject of some verb."""
        return self._subject_token(span) is not None

    def is_main_subject(self, span: Span) -> bool:
        """Whether ``span`` is the subject of its sentence's main verb (or one joined to it)."""
        j = self._subject_token(span)
        if j is None:
            return False
        verb = self.tokens[self.tokens[j].head]
        return verb.dep in {"ROOT", "conj"} or verb.head == verb.i

    def is_infinitive_subject(self, span: Span) -> bool:
        """Whether ``span`` is the subject of a to-infinitive, which another verb governs:
        "Hamas" in "get Hamas to release the hostages" is what is acted on, no topic."""
        j = self._subject_token(span)
        if j is None:
            return False
        return any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() == "to"
            for c in self.children[self.tokens[j].head]
        )

    def modifies_noun(self, span: Span) -> bool:
        """Whether ``span`` names no one of its own but modifies a common noun: "Kalinouski"
        in "the Kastus Kalinouski ranks", "Biden" in "the Biden administration", "Trump" in
        "Trump adviser Tom Kovac" (the noun it modifies describes someone else)."""
        head = self.head_of(span)
        if head is None or self.tokens[head].dep != "compound":
            return False
        j = self.nominal_head(head)
        up = self.tokens[head].head
        return j != head and (self.tokens[j].pos == "NOUN" or self.tokens[up].pos == "NOUN")

    def previous_word(self, span: Span) -> str:
        """The lowercased token right before ``span`` (skipping a determiner), or ""."""
        k = bisect.bisect_left(self._starts, span.start) - 1
        if k >= 0 and self.tokens[k].text.lower() in {"the", "a", "an"}:
            k -= 1
        return self.tokens[k].text.lower() if k >= 0 else ""

    def owner_before(self, span: Span) -> str:
        """The country-like word owning ``span`` right before it, as written: "Russia's" in
        "Russia's Defense Ministry", "Russian" in "the Russian Defense Ministry"; "" if none."""
        k = bisect.bisect_left(self._starts, span.start) - 1
        if k >= 1 and self.tokens[k].text in {"'s", "’s"}:
            return self.tokens[k - 1].text + "'s"
        if k >= 0 and self.tokens[k].pos in {"PROPN", "ADJ"}:
            return self.tokens[k].text
        return ""
