"""The gender of a person the article names: from the registry, a given name or an honorific."""

from __future__ import annotations

from reportedly.actors._resolution_data import Gender
from reportedly.actors._state import _by_fullness, _State, _Work
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor

_POSSESSIVE_MARKS = ("'", "’")  # a name's possessive ending: "Sanders’", "Biden's"


class _Gendering(_State):
    """Gives each person of the article a gender where the text or the registry says it."""

    def _gender(self, work: _Work) -> Gender | None:
        if work.kind != "person":
            return None
        if work.actor is not None and work.actor.gender is not None:
            return work.actor.gender
        for name in _by_fullness([work.name, *work.names]):
            words = fold(name).split()
            if len(words) > 1:
                if words[0] in self.data.male_names:
                    return "male"
                if words[0] in self.data.female_names:
                    return "female"
        if self.doc is not None:
            by_honorific = self._honorific_genders(work)
            if by_honorific:
                return by_honorific[0]
            by_noun = self._apposed_genders(work)
            if len(by_noun) == 1:
                return by_noun.pop()
            return self._given_before(work.name)
        return None

    def _honorific_genders(self, work: _Work) -> list[Gender]:
        """The genders the honorifics written with ``work``'s mentions give ("Mr Macron"
        tagged whole, or "Mrs." before "Obama"), in text order."""
        found: list[Gender] = []
        if self.doc is None:
            return found
        for span in work.mentions:
            written = span.text(self.text).split()
            own = written[0].rstrip(".").lower() if len(written) > 1 else ""
            before = self.doc.previous_word(span).rstrip(".")
            for word in (own, before):
                if word in self.data.male_honorifics:
                    found.append("male")
                elif word in self.data.female_honorifics:
                    found.append("female")
        return found

    def _apposed_genders(self, work: _Work) -> set[Gender]:
        """The genders the nouns ``work``'s mentions stand in apposition to give: "her
        husband, Milton Berg" and "Melania Trump, his wife" (a name the given-name lists miss
        is no longer a candidate for the "she" after it)."""
        found: set[Gender] = set()
        doc = self.doc
        if doc is None:
            return found
        for span in work.mentions:
            head = doc.head_of(span)
            if head is None or not span.text(self.text)[:1].isupper():
                continue
            if self.text[span.end : span.end + 1] in _POSSESSIVE_MARKS:
                continue  # "Sanders’ son, … Tywanza": the possessor, parsed as apposed to "son"
            t = doc.tokens[head]
            nouns = [doc.tokens[c] for c in doc.children[head] if doc.tokens[c].dep == "appos"]
            if t.dep == "appos" and t.head != head:
                nouns.append(doc.tokens[t.head])
            for n in nouns:
                word = n.lemma_or_word.lower()
                if word in self.data.male_nouns:
                    found.add("male")
                elif word in self.data.female_nouns:
                    found.add("female")
        return found

    def _honorific_refutes(self, work: _Work, actor: Actor) -> bool:
        """Whether the honorifics of a one-word name all give it the other gender than the
        registry person its word names: "Mrs. Biden", "Ms. Trump" are not Joe or Donald."""
        if len(work.name.split()) != 1 or actor.gender is None:
            return False
        found = set(self._honorific_genders(work))
        return bool(found) and actor.gender not in found

    def _given_before(self, name: str) -> Gender | None:
        """The gender of the given name the article writes before a one-word name (a
        surname the tagger kept apart from "Christiane Amanpour"), when all such agree."""
        doc = self.doc
        if doc is None or len(name.split()) != 1:
            return None
        found: set[Gender] = set()
        for t in doc.tokens[1:]:
            if t.text == name:
                given = fold(doc.tokens[t.i - 1].text)
                if given in self.data.male_names:
                    found.add("male")
                elif given in self.data.female_names:
                    found.add("female")
        return found.pop() if len(found) == 1 else None
