"""Runs of quotes: a pronoun that goes on from the speaker before it ("Sikorski said Putin
would not attack. '…,' he added"), and what a pronoun may refer back to (quotes, headlines)."""

from __future__ import annotations

import re
from functools import cached_property

from reportedly.actors._resolution_data import Gender
from reportedly.actors._titles import _TitleResolver
from reportedly.model import Span, Statement

_RUN = 6  # sentences a run of quotes may span
_WORD = re.compile(r"[^\W\d_]+")
# the latest top-level speaker's mention, who it is (None: a pronoun nobody was found for),
# the words of its statements, and whether it is someone unnamed ("one of the EU officials")
_Last = tuple[Span, str | None, tuple[Span, ...], bool]
NOBODY = ""  # a run's speaker is known to be no one the article names


class _QuoteRuns(_TitleResolver):
    """The speaker a run of quotes goes on with, and where quoted words and headlines lie."""

    def _run_speaker(
        self, span: Span, gender: Gender | None, exclude: set[str], last: _Last
    ) -> str | None:
        """In a run of quotes, the previous speaker, when nobody else it could be was named
        outside quotes and outside the previous speaker's own words since (within a few
        sentences): "Sikorski said Putin would not attack. '…,' he added" is Sikorski."""
        doc = self.doc
        at, key, said, unnamed = last
        if key is None or unnamed:
            run = self._unnamed_run(span, gender, last)
            return None if run is not None and run in exclude else run
        if doc is None or key in exclude or not self._compatible(key, gender):
            return None
        if doc.sentence_of(span) - doc.sentence_of(at) > _RUN:
            return None
        if self._named_since(at, span, key, gender, said):
            return None
        if self._spoken_since(at, span, key, said):
            self.broken_runs.add(span)
            return NOBODY
        return key

    def _spoken_since(self, at: Span, span: Span, key: str, said: tuple[Span, ...]) -> bool:
        """Whether someone named by a name the tagger missed spoke between ``at`` and
        ``span``: a top-level statement whose speaker, outside quotes and the run's own words,
        holds a singular proper noun no entity covers ("Daczić noted … The advice of Basta
        warned … He added" is not Daczić, whoever Basta is)."""
        doc = self.doc
        if doc is None:
            return False
        for s in self.analysis.statements:
            m = s.speaker
            if s.reported_by is not None or m is None:
                continue
            if m.span.start < at.end or m.span.end > span.start:
                continue
            if self._in_quote(m.span) or any(part.contains(m.span) for part in said):
                continue
            if any(self._missed_name(i) for i in doc.tokens_in(m.span)):
                return True
        return False

    def _missed_name(self, i: int) -> bool:
        """Whether token ``i`` is a singular proper noun, not in capitals, that no entity
        covers."""
        doc = self.doc
        if doc is None:
            return False
        t = doc.tokens[i]
        if t.pos != "PROPN" or t.tag != "NNP" or not t.text[:1].isupper() or t.text.isupper():
            return False
        return not any(m.overlaps(t.span) for w in self.works.values() for m in w.mentions)

    def _unnamed_run(self, span: Span, gender: Gender | None, last: _Last) -> str | None:
        """A he or she in the sentence right after a speaker the text does not name is that
        speaker: "- emphasized one of the EU officials. He added that …" is the official
        (the body they speak for), and "He stated that … Putin expected … And he added" is
        whoever the first "He" is; ``NOBODY`` when that is no one, never a person named in
        their words. None (no run) when someone it could be was named since."""
        doc = self.doc
        at, key, said, unnamed = last
        if doc is None or gender not in ("male", "female"):
            return None
        if not unnamed and self.data.pronoun_gender(at.text(self.text)) != gender:
            return None
        if doc.sentence_of(span) - doc.sentence_of(at) > 1:
            return None
        if self._named_since(at, span, key, gender, said):
            return None
        if unnamed and key:
            self.unnamed_said.add(span)  # "he", yet the body the official speaks for
        return key or NOBODY

    def _named_since(
        self, at: Span, span: Span, key: str | None, gender: Gender | None, said: tuple[Span, ...]
    ) -> bool:
        """Whether a person ``span`` could be, other than ``key``, was named between ``at``
        and ``span``, outside quotes, outside the words ``said`` and outside the apposition
        of the name at ``at`` ("Andrij Jermak, head of the office of the President, Wolodymyr
        Zelensky, wrote …. '…,' he added" is Jermak)."""
        described = self._appositions(at)
        for h in reversed(self.history):
            if h.span.start < at.end:
                break
            if (
                h.named
                and not any(a.contains(h.span) for a in described)
                and h.key != key
                and h.span.end <= span.start
                and self._compatible(h.key, gender)
                and not self._in_quote(h.span)
                and not any(part.contains(h.span) for part in said)
            ):
                return True
        return False

    def _appositions(self, at: Span) -> list[Span]:
        """The appositions of the name at ``at``, whole."""
        doc = self.doc
        head = doc.head_of(at) if doc is not None else None
        if doc is None or head is None:
            return []
        return [
            doc.span(*doc.subtree(c)) for c in doc.children[head] if doc.tokens[c].dep == "appos"
        ]

    def _unnamed_speaker(self, statement: Statement) -> bool:
        """Whether ``statement``'s speaker is one unnamed official or source: "one of the EU
        officials", "a senior Ukrainian official" (a name inside it is the body's)."""
        doc = self.doc
        if doc is None or statement.speaker is None:
            return False
        head = doc.head_of(statement.speaker.span)
        if head is None:
            return False
        t = doc.tokens[head]
        nouns = self.data.official_nouns
        if t.text.lower() == "one":  # "one of the officials": one of them
            return any(
                doc.tokens[g].lemma.lower() in nouns
                for c in doc.children[head]
                if doc.tokens[c].text.lower() == "of"
                for g in doc.children[c]
            )
        # one person: "he" never goes on from "US defense officials"
        return t.tag == "NN" and t.lemma_or_word in nouns

    def _compatible(self, key: str, gender: Gender | None) -> bool:
        work = self.works.get(key)
        if work is None or work.kind != "person":
            return False
        return gender is None or work.gender is None or work.gender == gender

    @cached_property
    def _headlines(self) -> list[Span]:
        """Lines written all in capitals: headlines, often of other stories a page inserts
        between paragraphs ("BIDEN WARNS RUSSIA OF …" before "He added that …"), whose names
        nothing outside them refers back to."""
        found, at = [], 0
        for line in self.text.split("\n"):
            if len(_WORD.findall(line)) >= 3 and line.upper() == line:
                found.append(Span(at, at + len(line)))
            at += len(line) + 1
        return found

    def _headline_of(self, span: Span) -> Span | None:
        return next((h for h in self._headlines if h.contains(span)), None)

    def _in_quote(self, span: Span) -> bool:
        found = self._quoted_at.get(span)
        if found is None:
            found = self._quoted_at[span] = any(q.contains(span) for q in self._quotes)
        return found
