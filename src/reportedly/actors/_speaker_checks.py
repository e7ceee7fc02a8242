"""Checks that refute a speaker the walk or attribution found: a pronoun of the other
gender, a plural phrase for one person, a description's place written with someone else."""

from __future__ import annotations

import re

from reportedly.actors._speaker_heads import _SpeakerHeads
from reportedly.actors._state import _Work
from reportedly.actors.folding import fold
from reportedly.model import Span

_CLAUSE_END = re.compile(r"[.;:!?\"“”]\s")


class _SpeakerChecks(_SpeakerHeads):
    """Whether a found speaker contradicts what its mention says."""

    def _place_refutes(self, key: str, span: Span) -> bool:
        """Whether a description speaker names a place that is no country ("the Florida
        senator") and the person found is written with another place ("Vermont Sen. Bernie
        Sanders"), or someone else is written with this one, while no role of theirs says it."""
        work = self.works[key]
        places = self._places_in(span)
        if work.kind != "person" or not places:
            return False
        if any(span.contains(m) for m in self._named_mentions(work)):
            return False  # "Vermont Sen. Bernie Sanders" itself
        roles = work.actor.roles if work.actor is not None else ()
        titles = [*work.roles, *(t for r in roles for t in r.all_titles)]
        if any(place in fold(t).split() for t in titles for place in places):
            return False
        own = self._places_near(work, span)
        if places <= own:
            return False
        if own - places:
            return True
        return any(
            places <= self._places_near(other, span)
            for other in self.works.values()
            if other.key != key and other.kind == "person"
        )

    def _named_mentions(self, work: _Work) -> list[Span]:
        last = fold(work.name).split()[-1:]
        return [m for m in work.mentions if last and last[0] in fold(m.text(self.text)).split()]

    def _places_in(self, span: Span) -> set[str]:
        """The places ``span`` names that are no country ("Vermont", "Fla"), folded."""
        doc = self.doc
        if doc is None:
            return set()
        return {
            fold(t.text).rstrip(".")
            for t in (doc.tokens[k] for k in doc.tokens_in(span))
            if t.ent_type in {"GPE", "LOC"}
            and t.text[:1].isupper()
            and self.registry.country_token(t.text) is None
        }

    def _places_near(self, work: _Work, speaker: Span) -> set[str]:
        """The places written with ``work``'s name: just before it in its clause ("Vermont
        Sen.") or in an apposition or parenthesis after it (", the Vermont senator")."""
        found: set[str] = set()
        for m in self._named_mentions(work):
            if m.overlaps(speaker):
                continue
            before = self.text[max(0, m.start - 25) : m.start]
            cut = [x.end() for x in _CLAUSE_END.finditer(before)]
            found |= self._places_in(Span(m.start - len(before) + (cut[-1] if cut else 0), m.start))
            after = self.text[m.end : m.end + 50]
            if after[:2] in {", ", " ("}:
                found |= self._places_in(Span(m.end, m.end + len(",".join(after.split(",")[:2]))))
        return found

    def _many_people(self, span: Span, key: str) -> bool:
        """Whether a speaker phrase is headed by a common plural noun or a quantifier ("police",
        "officials", "some of Trump's competitors"): several people, never one person, unless
        it names that person ("Republicans including Nikki Haley")."""
        doc = self.doc
        if doc is None or any(
            span.contains(m) and self.text[m.end : m.end + 2] not in {"'s", "’s"}
            for m in self.works[key].mentions
            if m != span
        ):
            return False
        inside = doc.tokens_in(span)
        # the last noun hung outside the phrase: "some" of "some of …, and by a super PAC",
        # "spokesman" of "The spies' spokesman"
        top = [
            doc.tokens[i]
            for i in inside
            if doc.tokens[i].head not in inside
            and (
                doc.tokens[i].tag.startswith("NN")
                or doc.tokens[i].text.lower() in self.data.crowd_words
            )
        ]
        if not top:
            return False
        t = top[-1]
        return t.text.islower() and (t.tag == "NNS" or t.text.lower() in self.data.crowd_words)

    def _other_gender(self, key: str, pronoun: str) -> bool:
        """Whether person ``key`` is known to be of the other gender than ``pronoun``'s."""
        work = self.works.get(key)
        gender = self.data.pronoun_gender(pronoun.strip().lower())
        if work is None or work.gender is None or gender not in ("male", "female"):
            return False
        return work.gender != gender
