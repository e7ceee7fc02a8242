"""Names the language model did not tag: a speaker's proper noun made an entity, or joined to
the person or body the article already names so."""

from __future__ import annotations

from reportedly.actors._merging import _spelt_like
from reportedly.actors._names import _NameMatcher
from reportedly.actors._state import _clean, _Work
from reportedly.actors.acronyms import expansion, is_acronym
from reportedly.actors.folding import fold
from reportedly.attribution.speakers import slugify, strip_honorifics
from reportedly.model import EntityKind


class _UntaggedNames(_NameMatcher):
    """Entities for the proper names a speaker is headed by that the tagger missed."""

    def _named_elsewhere(self, name: str) -> str | None:
        """The one body (not a person) the article names ``name`` where the tagger saw it,
        or whose name an acronym spells ("PACE" of "the Parliamentary Assembly of the Council
        of Europe (PACE)", which the tagger took without its acronym)."""
        want = fold(name)
        bodies = [w for w in self.works.values() if w.kind != "person"]
        found = {w.key for w in bodies if want in {fold(n) for n in [w.name, *w.names]}}
        if not found and is_acronym(name):
            return expansion(name, [(w.key, [w.name, *w.names]) for w in bodies])
        return found.pop() if len(found) == 1 else None

    def _name_entity(self, head: int, first: int | None = None) -> str:
        """The entity of a proper name the language model did not tag ("Schiff said"), from
        token ``first`` when given, else from the first proper noun ``head`` governs."""
        doc = self.doc
        if doc is None:  # pragma: no cover - only called with a parse
            raise ValueError("no parse")
        lo = head
        while lo > 0 and doc.tokens[lo - 1].pos == "PROPN" and doc.tokens[lo - 1].head == head:
            lo -= 1
        if first is not None:
            lo = first
        # "the Embassy of Ukraine": a public body's word heads the name, with its "of"
        is_body = fold(doc.tokens[head].text) in self.data.public_body_nouns
        hi = head
        for c in doc.children[head] if is_body else ():
            if c > head and doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() == "of":
                hi = max(hi, doc.subtree(c)[1])
        span = doc.span(lo, hi)
        name = _clean(span.text(self.text))
        if not name.isupper():
            name = strip_honorifics(name)  # "Mr Schiff" is Schiff
        words = fold(name).split()
        best: tuple[int, str] | None = None
        for work in self.works.values():
            if work.kind != "person" or is_body:
                continue
            have = fold(work.name).split()
            if words and have[-len(words) :] == words:
                last = max((m.start for m in work.mentions if m.start < span.start), default=-1)
                if best is None or last > best[0]:
                    best = (last, work.key)
        if best is None and len(words) == 1 and not is_body:
            # "Zacharów stated" after "Maria Zacharowa" (a translation's declension): the
            # surname of the one person the article names in full that it is spelt like
            owners = _spelt_like(name, self._people_by_surname())
            best = (-1, owners[0]) if owners else None
        body = self._named_elsewhere(name) if best is None else None
        if best is not None:
            key = best[1]
        elif body is not None:
            key = body  # "PACE said", where the tagger saw "PACE" only elsewhere
        else:
            found = [a for a in self.registry.match_name(name)]
            metonym = self.registry.match_metonym(name)
            if len(found) == 1:
                key = self._ensure(found[0])
            elif not found and metonym is not None:
                key = self._ensure(metonym)  # a capital that speaks: its government
            else:
                key = slugify(name)
                while key in self.registry or key in self.works:
                    key += "-x"
                kind: EntityKind = "organisation" if name.isupper() or is_body else "person"
                if kind == "person" and len(words) == 1 and self._after_the(lo):
                    kind = "unknown"  # "the West said": no one's name takes "the"
                work = _Work(
                    key=key,
                    name=name,
                    kind=kind,
                    names=[name],
                    order=len(self.analysis.entities) + len(self.works),
                )
                self.works[key] = work
                work.gender = self._gender(work)
        work = self.works[key]
        if not any(m.overlaps(span) for m in work.mentions):
            work.mentions.append(span)
        return key

    def _after_the(self, i: int) -> bool:
        """Whether token ``i`` comes right after a "the" (article-initial "The" included)."""
        doc = self.doc
        return doc is not None and i > 0 and doc.tokens[i - 1].text.lower() == "the"
