"""Titles read through the body their words name: "the head of the European Council", "the
Wagner chief" (whoever heads it), "Moscow's top diplomat" (Russia's)."""

from __future__ import annotations

from reportedly.actors._untagged_names import _UntaggedNames
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.model import Span

# bodies whose head the words do not tell; a government named as one ("the head of the
# Russian government") is headed by its head of government (``government_head_offices``: the
# prime minister, not the president), one named by its seat ("the Kremlin chief") by no office
_NO_ONE_HEAD = frozenset({"person", "country"})
# words before a head noun that make it someone other than the body's head on the day
_NOT_THE_HEAD = frozenset({"deputy", "vice", "former", "ex", "late", "future", "next"})


class _BodyHeads(_UntaggedNames):
    """Resolves a head noun ("head", "chief") through the body its phrase names."""

    def _head_of_body(self, i: int) -> str | None:
        """The person heading the body title word ``i`` names ("the head of the European
        Council", "the Wagner chief", "NATO's leader"): of the people whose office is of
        that body and opens with a head's office (``body_head_offices``: never a deputy, a
        spokesman or an adviser; of a government, ``government_head_offices``), the one the
        article names, else, when the article's date is known, the only holder on that date;
        None for a country, or two."""
        doc = self.doc
        if doc is None:
            return None
        t = doc.tokens[i]
        if t.lemma_or_word not in self.data.body_head_nouns:
            return None
        if any(fold(doc.tokens[k].text) in _NOT_THE_HEAD for k in range(doc.subtree(i)[0], i)):
            return None  # "the deputy head of the Russian Security Council": someone else
        body = self._body_headed(i)
        if body is None:
            return None
        offices = (
            self.data.government_head_offices
            if body.type == "government"
            else self.data.body_head_offices
        )
        heads = [
            a
            for a in self.registry
            if a.type == "person"
            and any(
                r.org == body.id and self._heads_body(r.title, offices)
                for r in (a.roles_on(self.on) if self.on else a.roles)
            )
        ]
        present = [a for a in heads if a.id in self.works]
        if len(present) == 1:
            return present[0].id
        if not present and self.on is not None and len(heads) == 1:
            return self._ensure(heads[0])
        return None

    def _body_headed(self, i: int) -> Actor | None:
        """The one registry body title word ``i`` is the head of: its "of" object ("the head of
        the European Council") or a name before it ("the Wagner chief", "NATO's leader")."""
        doc = self.doc
        if doc is None:
            return None
        found: list[Actor] = []
        for c in doc.children[i]:
            ct = doc.tokens[c]
            if c > i and ct.dep == "prep" and ct.text.lower() == "of":
                objects = [k for k in doc.children[c] if doc.tokens[k].dep == "pobj"]
                if objects:  # "the head of the Russian Ministry of Defence": all of it
                    found += self._bodies_written(*doc.subtree(objects[0]))
            elif c < i and ct.dep in {"compound", "poss", "nmod"} and ct.pos == "PROPN":
                found += self._bodies_written(doc.subtree(c)[0], c)
        unique = {a.id: a for a in found}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def _bodies_written(self, lo: int, hi: int) -> list[Actor]:
        """The registry bodies tokens ``lo``..``hi`` name, or the one their metonym stands for."""
        doc = self.doc
        if doc is None:
            return []
        while hi > lo and doc.tokens[hi].text in {"'s", "’s", "'", "’"}:
            hi -= 1
        written = doc.span(lo, hi).text(self.text)
        bodies = [a for a in self.registry.match_name(written) if a.type not in _NO_ONE_HEAD]
        metonym = self.registry.match_metonym(written) if not bodies else None
        if metonym is not None and metonym.type not in _NO_ONE_HEAD | {"government"}:
            bodies = [metonym]
        return bodies

    def _heads_body(self, title: str, offices: frozenset[str]) -> bool:
        """Whether an office's formal title is a head's, one of ``offices`` ("Secretary General
        of NATO", not "Deputy Secretary General" or "press secretary of …")."""
        words = fold(title).replace("-", " ")
        return any(words == o or words.startswith(f"{o} ") for o in offices)

    def _seat_as_country(self, span: Span, i: int) -> str:
        """The words of title phrase ``span`` headed by ``i``, a seat of power that owns the
        title written as its country ("Moscow's top diplomat", "the Kremlin's chief
        diplomat": Russia's), so the registry's titles of that country's offices match."""
        doc = self.doc
        text = span.text(self.text)
        if doc is None:
            return text
        for c in sorted(doc.children[i], reverse=True):
            owner = doc.tokens[c]
            if owner.dep != "poss" or not span.contains(owner.span):
                continue
            body = self.registry.match_metonym(owner.text)
            if body is None or body.type != "government" or body.country is None:
                continue
            country = self.registry.country(body.country)
            if country is not None:
                at, end = owner.start - span.start, owner.end - span.start
                text = f"{text[:at]}{country.name}{text[end:]}"
        return text
