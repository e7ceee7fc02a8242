"""Bodies a description's own words name: "Russia's defense ministry", "the Foundation for
the Fight against Corruption of Alexei Navalny", "the Ukrainian Pravda portal", "the
Kremlin's press service"."""

from __future__ import annotations

import re

from reportedly.actors._bodies import _NOT_BODIES, _BodyResolver
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.model import Span, Token

_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&.-]{1,9}\)\s*$")  # "… in Europe (OSCE)"
_ACRONYM_IN = re.compile(r"\(([A-Z][A-Za-z&.-]{1,9})\)")  # "the Foundation … (FBK) of …"
# what a body is named by the words before an outlet noun ("the Ukrainian Pravda portal"):
# an outlet only, never the country or the government its adjective names
_OUTLET_KINDS = frozenset({"media"})
# kinds a body named before "of" a person may be ("the X Foundation of Navalny")
_OWNED_KINDS = frozenset({"organisation", "media", "military", "international_body"})
# words a body's kind needs to be read without its country ("foreign ministry", not "ministry")
_BODY_KEY_WORDS = 2


class _WrittenBodies(_BodyResolver):
    """Reads the registry body a description headed by a body noun names in its words."""

    def _written_bodies(self, phrase: Span, head: int, lemma: str) -> list[Actor]:
        """The registry bodies ``phrase`` (headed by token ``head``, an organisation noun)
        names: its words whole, a trailing acronym aside ("the Organization for … in Europe
        (OSCE)"); else its words before an "of" that names a person, the founder or owner
        ("The Foundation for the Fight against Corruption of Alexei Navalny"), or the
        acronym in brackets there ("… (FBK) of the famous oppositionist"); else, for an
        outlet noun, the words before it ("the Ukrainian Pravda portal")."""
        written = _ACRONYM_AFTER.sub("", phrase.text(self.text))
        found = [a for a in self.registry.match_name(written) if a.type != "person"]
        if found:
            return found
        doc = self.doc
        if doc is None:
            return []
        tokens = doc.tokens_in(phrase)
        for k in reversed(tokens):
            of = doc.tokens[k]
            if of.text.lower() != "of" or k <= head or k == tokens[-1]:
                continue
            if not self._names_person(Span(doc.tokens[k + 1].span.start, phrase.end)):
                continue
            before = self.text[phrase.start : of.span.start].strip()
            for words in (_ACRONYM_AFTER.sub("", before), *_ACRONYM_IN.findall(before)):
                found = [a for a in self.registry.match_name(words) if a.type in _OWNED_KINDS]
                if len(found) == 1:
                    return found
        if lemma in self.data.outlet_nouns and head > tokens[0]:
            before = self.text[phrase.start : doc.tokens[head].span.start].strip()
            return [a for a in self.registry.match_name(before) if a.type in _OUTLET_KINDS]
        return self._office_holders_body(phrase, lemma)

    def _office_holders_body(self, phrase: Span, lemma: str) -> list[Actor]:
        """The registry body a description that names a kind of body but no country ("the
        ministry of diplomacy", "the foreign ministry") stands for: the one whose office a
        person named before it holds on the article's date ("The head of the Ministry of
        Foreign Affairs Radosław Sikorski": Poland's), when that is one body and no body
        named before has the description's noun (the last one named is then meant)."""
        key = self.registry.title_key(phrase.text(self.text))
        if len(key) < _BODY_KEY_WORDS or any(w.startswith("@") for w in key):
            return []
        found: dict[str, Actor] = {}
        for work in self.works.values():
            if not any(m.end <= phrase.start for m in work.mentions):
                continue
            if work.kind != "person":
                if any(lemma in fold(n).split() for n in [work.name, *work.names]):
                    return []
                continue
            body = self.office_body(work.actor)
            if body is not None and any(
                tuple(w for w in self.registry.title_key(n) if not w.startswith("@")) == key
                for n in (body.name, *body.aliases)
            ):
                found[body.id] = body
        return list(found.values()) if len(found) == 1 else []

    def _names_person(self, tail: Span) -> bool:
        """Whether the words ``tail`` name or describe a person: a person the article or the
        registry knows, or a phrase headed by a person noun ("the famous oppositionist")."""
        owner = self._entity_at(tail)
        if owner is not None:
            return self.works[owner].kind == "person"
        written = tail.text(self.text)
        if any(a.type == "person" for a in self.registry.match_name(written)):
            return True
        words = written.lower().split()
        return bool(words) and words[-1] in self.data.person_nouns

    def _office_owner(self, head: int) -> str | None:
        """The body a press office headed by token ``head`` speaks for, written as its owner
        ("the Kremlin's press service", "the press service of the Ukrainian Defence
        Ministry"): an entity that is a body, a seat of power, or a country's government;
        None for any other office or owner ("the press service of the President")."""
        doc = self.doc
        if doc is None:
            return None
        kids = [doc.tokens[c] for c in doc.children[head]]
        words = {fold(f"{c.text} {doc.tokens[head].text}") for c in kids if c.dep == "compound"}
        if not words & self.data.press_offices:
            return None
        for c in kids:
            if c.dep == "poss":
                owner = doc.span(*doc.subtree(c.i))
            elif c.dep == "prep" and c.text.lower() in {"of", "for"}:
                objects = [k for k in doc.children[c.i] if doc.tokens[k].dep == "pobj"]
                if not objects:
                    continue
                owner = doc.span(*doc.subtree(objects[0]))
            else:
                continue
            return self._owning_body(owner)
        return None

    def _owning_body(self, owner: Span) -> str | None:
        """The body the words ``owner`` name: an entity of the article that is no person (a
        country as its government), else a registry body or seat of power they name."""
        key = self._entity_at(owner)
        if key is not None:
            work = self.works[key]
            if work.kind == "country":
                return self._government(work.actor.country if work.actor else None)
            return key if work.kind not in _NOT_BODIES else None
        written = owner.text(self.text)
        metonym = self.registry.match_metonym(written)
        if metonym is not None:
            return self._ensure(metonym)
        found = [a for a in self.registry.match_name(written) if a.type not in _NOT_BODIES]
        return self._ensure(found[0]) if len(found) == 1 else None

    def _person_owner(self, children: list[Token]) -> str | None:
        """The last name (folded) of the person a body's phrase says it is of ("Huckabee's
        campaign", "the Carson campaign"); None when no named person owns it."""
        for c in children:
            if c.dep not in {"poss", "compound"} or c.pos != "PROPN":
                continue
            key = self._referent(c)
            work = self.works.get(key or "")
            if work is not None and work.kind == "person" and fold(work.name):
                return fold(work.name).split()[-1]
        return None

    def _unmatched_alone(self, children: list[Token], lemma: str) -> bool:
        """Whether a body's phrase no earlier name holds its noun for may not be the last
        body named: one a person's pronoun owns ("his campaign", "her foundation"), or a
        civic body's ("the campaign" of a candidate is no party named before)."""
        owned = any(c.dep == "poss" and c.text.lower() in {"his", "her"} for c in children)
        return owned or lemma in self.data.civic_nouns

    def _brand_before(self, lemma: str, children: list[Token]) -> str | None:
        """The one body named right before an outlet's, a business's or a civic body's noun
        ("Time magazine", "the Acme company"); never a person or a country."""
        d = self.data
        if lemma not in d.outlet_nouns | d.business_nouns | d.civic_nouns:
            return None
        found = {
            key
            for c in children
            if c.dep == "compound" and c.pos == "PROPN"
            for key in [self._entity_at(c.span)]
            if key is not None and self.works[key].kind not in _NOT_BODIES
        }
        return found.pop() if len(found) == 1 else None
