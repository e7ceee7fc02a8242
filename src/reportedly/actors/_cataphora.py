"""Cataphora: a description that comes before the name of the one it describes."""

from __future__ import annotations

from reportedly.actors._documents import _DocumentResolver
from reportedly.model import Span, Token


class _Cataphora(_DocumentResolver):
    """Finds who a headline's or a lede's description is in the sentences after it."""

    def _headline_subject(self) -> str | None:
        """The first person heard of as a subject in the sentences after a headline."""
        for seen in self.history:
            if 1 <= seen.sent <= 3 and seen.subject and self.works[seen.key].kind == "person":
                return seen.key
        return None

    def _lede_subject(self, span: Span, token: Token, lemma: str) -> str | None:
        """Who a person's description in an article's first sentence is, named before nobody
        else: the person the next sentence names first as a subject, new there (a
        lede's cataphora); never for an official or a source, whom a lede keeps anonymous."""
        d = self.data
        if token.sent != 0 or lemma not in d.person_nouns | d.title_heads:
            return None
        if lemma in d.official_nouns or any(h.span.end <= span.start for h in self.history):
            return None
        after = [h for h in self.history if h.sent == 1 and h.subject and h.span.start >= span.end]
        first = after[0] if after else None
        if first is None or not first.named:
            return None
        work = self.works[first.key]
        fresh = not any(m.end <= first.span.start for m in work.mentions)
        return first.key if work.kind == "person" and fresh else None
