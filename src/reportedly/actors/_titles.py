"""Role descriptions to actors: "the Russian president", "his counterpart", appositive titles."""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.actors._body_heads import _BodyHeads
from reportedly.actors._spelling import misspelt_person
from reportedly.actors._state import _FORMER, _INDEFINITE, _TITLE_LEFT, _Work
from reportedly.actors._titled import demonym_of
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Span, Token


class _TitleResolver(_BodyHeads):
    """Resolves title phrases through the article's appositions and the registry's titles."""

    def _title_phrase(self, i: int) -> Span | None:
        """The definite singular noun phrase headed by title word ``i``, or None."""
        doc = self.doc
        if doc is None:
            return None
        t = doc.tokens[i]
        if t.pos not in {"NOUN", "PROPN"} or t.tag in {"NNS", "NNPS"} or t.dep == "compound":
            return None
        lo = hi = i
        definite = False
        for c in doc.children[i]:
            ct = doc.tokens[c]
            if c < i and ct.dep in _TITLE_LEFT:
                if ct.dep == "det" and ct.text.lower() in _INDEFINITE:
                    return None
                definite = definite or ct.dep in {"det", "poss"}
                lo = min(lo, doc.subtree(c)[0])
            elif c > i and ct.dep == "prep" and ct.text.lower() in {"of", "for"}:
                hi = max(hi, doc.subtree(c)[1])
        owner = self._country_owner_before(lo)
        if owner is not None:
            lo, definite = owner, True
        if not definite and t.dep != "appos" and not t.text[:1].isupper():
            return None
        return doc.span(lo, hi)

    def _country_owner_before(self, lo: int) -> int | None:
        """The country written with a possessive right before a title phrase starting at
        ``lo`` that the parser hung elsewhere ("Interest Estonia’s PM": "’s" is Estonia's,
        Estonia the object of "of"), so the country stays the title's: its token, or None."""
        doc = self.doc
        if doc is None or lo < 2:
            return None
        mark, owner = doc.tokens[lo - 1], doc.tokens[lo - 2]
        if mark.tag != "POS" or mark.head != owner.i or owner.head == lo:
            return None
        return owner.i if self.registry.country_token(owner.text) is not None else None

    def _title(self, span: Span, i: int) -> str | None:
        doc = self.doc
        if doc is None:
            return None
        t = doc.tokens[i]
        # "his Russian counterpart Vladimir Putin", "the spokesman, Dmitry Peskov"
        for c in doc.children[i]:
            if doc.tokens[c].dep == "appos" and not doc.past_its_verb(i, c):
                named = self._named_at(doc.tokens[c].span)
                if named is not None:
                    return named
        # "Peskov, press secretary of …": a role of the named head
        if t.dep == "appos":
            named = self._named_at(doc.tokens[t.head].span)
            if named is not None:
                return named
        if t.text.lower() == "counterpart":
            return self._counterpart(i)
        text = span.text(self.text)
        # a body the title names exactly goes first: "the head of the UN" is no head of the UN
        # nuclear watchdog, whose title holds the same words and more
        found = self._head_of_body(i)
        for written in dict.fromkeys((text, self._seat_as_country(span, i))):
            found = (
                found
                or self._by_article_role(written, span.start)
                or self._by_registry_title(written)
            )
        return found or self._role_ahead(text, span.start) or self._former_holder(text, span.start)

    def _former_holder(self, text: str, offset: int) -> str | None:
        """A "former" title no country narrows ("the former president"): the one person named
        before ``offset`` whom the registry gives an office so headed that had ended by the
        article's date, and who does not hold one now (never the incumbent named beside)."""
        words = fold(text).split()
        if self.on is None or not _FORMER & set(words):
            return None
        rest = " ".join(w for w in words if w not in _FORMER)
        want, head = set(self.registry.title_key(rest)), self._title_head(rest)
        if not want or head is None:
            return None

        def fits(title: str) -> bool:
            return want <= set(self.registry.title_key(title)) and self._title_head(title) == head

        found = set()
        for work in self.works.values():
            if work.kind != "person" or work.actor is None:
                continue
            if not any(m.end <= offset for m in work.mentions):
                continue
            ended = [
                r for r in work.actor.roles if r.end is not None and r.end.last_day() < self.on
            ]
            held = work.actor.roles_on(self.on)
            if any(fits(t) for r in ended for t in r.all_titles) and not any(
                fits(t) for r in held for t in r.all_titles
            ):
                found.add(work.key)
        return found.pop() if len(found) == 1 else None

    def _named_at(self, at: Span) -> str | None:
        for work in self.works.values():
            if work.kind == "person" and any(m.overlaps(at) for m in work.mentions):
                return work.key
        return None

    def _by_article_role(self, text: str, offset: int) -> str | None:
        """The person this article gave the role to (apposition, title, registry role)."""
        want = set(self.registry.title_key(text))
        head = self._title_head(text)
        if not want or head is None:
            return None
        # (someone named so far only in quoted words is talked of, and yields to someone named
        # outside them: "'… I kept calling Zelensky …,' the head of state said" is Lukashenko)
        best: tuple[bool, int, str] | None = None
        for work in self.works.values():
            if work.kind != "person":
                continue
            if not self._holds(work, want, head):
                continue
            before = [
                (not any(q.contains(m) for q in self._quotes), m.start)
                for m in work.mentions
                if m.end <= offset
            ]
            if before and (best is None or max(before) > best[:2]):
                best = (*max(before), work.key)
        return best[2] if best else None

    def _holds(self, work: _Work, want: set[str], head: str) -> bool:
        """Whether the article or the registry (on the article's date) gives ``work`` a
        title holding the words ``want`` and headed by ``head``."""
        titles = list(work.roles)
        if work.actor is not None:
            roles = work.actor.roles_on(self.on) if self.on else work.actor.roles
            titles += [title for role in roles for title in role.all_titles]
        return any(
            want <= set(self.registry.title_key(title)) and self._title_head(title) == head
            for title in titles
        )

    def _role_ahead(self, text: str, offset: int) -> str | None:
        """A title written before anyone is named: the one person the article names after it
        who holds that title ('"…," the head of state said. … Aleksandr Lukashenko
        continued' in an article opening with the quote); none if someone came before."""
        want = set(self.registry.title_key(text))
        head = self._title_head(text)
        people = [w for w in self.works.values() if w.kind == "person"]
        if not want or head is None or any(m.start < offset for w in people for m in w.mentions):
            return None
        found = [w.key for w in people if self._holds(w, want, head)]
        return found[0] if len(found) == 1 else None

    def _title_head(self, title: str) -> str | None:
        """The office word of a title: "press secretary of the President" -> "secretary"."""
        words = fold(title).split()
        for cut in ("of", "for", "to"):
            if cut in words[1:]:
                words = words[: words.index(cut, 1)]
        words = [w for w in words if w not in ("s", "'s")]
        if not words:
            return None
        key = self.registry.title_key(words[-1])
        return key[-1] if key else None

    def _by_registry_title(self, text: str) -> str | None:
        holders = self.registry.match_title(text, on=self.on)
        absent = [a for a in holders if a.id not in self.works]
        if absent and len(absent) == len(holders) and not self._country_named(absent[0]):
            # "the chancellor" in an article naming only Austria is no German chancellor:
            # a title goes to a holder the article has not named only if it names the country
            return None
        if not holders:
            return None
        return self._pick(holders)

    def _country_named(self, actor: Actor) -> bool:
        """Whether the article names ``actor``'s country anywhere (or it has none)."""
        doc = self.doc
        if actor.country is None or doc is None:
            return True
        token = f"@{actor.country.lower()}"
        if any(self.registry.country_token(t.text) == token for t in doc.tokens):
            return True
        return any(
            w.actor is not None and w.actor.country == actor.country for w in self.works.values()
        )

    def _by_role_head(self, head: str, offset: int, exclude: set[str]) -> str | None:
        """The one person named before ``offset`` whom the article gave a role headed by
        ``head``, or described so ("the spies' spokesman" after "the Agency's Spokesman,
        Vadym Skibitsky");
        none for a head any office may be described by ("the leader")."""
        if head in self.data.generic_title_heads:
            return None
        wanted = self.registry.title_key(head)
        found = {
            w.key
            for w in self.works.values()
            if w.kind == "person"
            and w.key not in exclude
            and any(m.end <= offset for m in w.mentions)
            and any(
                self._title_head(r) in wanted
                for r in [*w.roles, *(m.text(self.text) for m in w.mentions if m.end <= offset)]
            )
        }
        return found.pop() if len(found) == 1 else None

    def _outside_role(self, noun: str) -> set[str]:
        """People known only for offices a role noun does not describe: "the diplomat" is
        never someone the registry or the article knows only as a president (the noun's
        office words, ``role_noun_offices``, are in none of their titles)."""
        wanted = self.data.role_noun_offices.get(noun)
        if not wanted:
            return set()
        others = set()
        for work in self.works.values():
            titles = self._titles_of(work)
            written = " | ".join(f" {fold(t)} " for t in titles).replace("-", " ")
            if titles and not any(f" {fold(w).replace('-', ' ')} " in written for w in wanted):
                others.add(work.key)
        return others

    def _titles_of(self, work: _Work) -> list[str]:
        """The titles the article gives ``work``'s person and, for a registry actor, those of
        its roles (on the article's date where known)."""
        titles = list(work.roles)
        if work.actor is not None:
            roles = work.actor.roles_on(self.on) if self.on else work.actor.roles
            titles += [title for role in roles for title in role.all_titles]
        return titles

    def _other_offices(self, head: str) -> set[str]:
        """People known to hold only offices ``head`` does not name: "the director" is never
        someone known only as President (a generic head like "leader" excludes nobody)."""
        if head not in self.data.title_heads or head in self.data.generic_title_heads:
            return set()
        wanted = set(self.registry.title_key(head))
        others = set()
        for work in self.works.values():
            titles = self._titles_of(work)
            if titles and not any(wanted <= set(self.registry.title_key(t)) for t in titles):
                others.add(work.key)
        return others

    def _office_holders(self) -> set[str]:
        """People the registry or the article gives an office (a title) on the article's date."""
        holders = set()
        for work in self.works.values():
            if work.kind != "person":
                continue
            roles = work.actor.roles_on(self.on) if work.actor and self.on else ()
            if roles or any(self._title_head(r) in self.data.title_heads for r in work.roles):
                holders.add(work.key)
        return holders

    def _counterpart(self, i: int) -> str | None:
        doc = self.doc
        if doc is None:
            return None
        owner: str | None = None
        country: str | None = None
        for c in doc.children[i]:
            ct = doc.tokens[c]
            if ct.dep == "poss":
                owner = self._referent(ct)
            elif ct.dep in {"amod", "compound"} and self.registry.country_token(ct.text):
                country = ct.text
        if owner is None or country is None:
            return None
        actor = self.works[owner].actor if owner in self.works else None
        if actor is None:
            return None
        holders = self.registry.match_counterpart(actor, country, on=self.on)
        return self._pick(holders)

    def _pick(self, holders: Sequence[Actor]) -> str | None:
        """The holder already in the article, else the only holder when the date is known."""
        present = [a for a in holders if a.id in self.works]
        if present:
            return present[0].id
        if self.on is not None and len(holders) == 1:
            return self._ensure(holders[0])
        return None

    def _referent(self, token: Token) -> str | None:
        """The entity ``token`` was resolved to as a speaker, else the one a mention of which
        overlaps it."""
        return self.resolved_at.get((token.start, token.end)) or self._entity_at(token.span)

    def _entity_at(self, at: Span) -> str | None:
        for work in self.works.values():
            if any(m.overlaps(at) for m in work.mentions):
                return work.key
        return None

    def _trailing_name(self, lo: int, hi: int) -> str | None:
        """The person a description ends by naming, a name right after a title's last word
        ("the head of the Ministry of Foreign Affairs Radosław Sikorski"); never a name after
        a preposition ("the wife of Joe Biden")."""
        doc = self.doc
        while doc is not None and hi > lo and doc.tokens[hi].pos == "PUNCT":
            hi -= 1  # "…, Denys Prokhorov," as attribution cut it
        if doc is None or hi - lo < 2:
            return None
        last, given, before = doc.tokens[hi], doc.tokens[hi - 1], doc.tokens[hi - 2]
        if not all(t.pos == "PROPN" and t.text[:1].isupper() for t in (last, given)):
            return None
        if before.pos in {"ADP", "DET", "CCONJ", "PUNCT", "PART"} and not self._apposed(lo, hi):
            return None
        named = self._named_at(last.span)
        if named is not None:
            work = self.works[named]
            names = [work.name, *work.names, *(work.actor.names if work.actor else ())]
            surname = fold(last.text)
            # "the office of the US National Intelligence Director" ends in a title, not a name
            if any(surname in fold(n).split() for n in names):
                return named
            return None
        full = f"{given.text} {last.text}"
        matched = self.registry.match_name(full)
        found = [a for a in matched if a.type == "person"]
        if not matched:
            found = list(misspelt_person(self.registry, full))  # "Wołodymyr Zelnski"
        if found:
            return self._ensure(found[0]) if len(found) == 1 else None
        if not matched and self._untagged_name(lo, hi):
            return self._name_entity(hi, first=hi - 1)  # "the President of Latvia Egils Levits"
        return None

    def _untagged_name(self, lo: int, hi: int) -> bool:
        """Whether the last two tokens of the title phrase ``lo``..``hi`` are a person's name
        the tagger missed: a title word before them, and neither of them a title, a noun a
        description is headed by, a country or part of something the tagger named."""
        doc = self.doc
        if doc is None:
            return False
        d = self.data
        words = d.title_heads | d.person_nouns | d.organisation_nouns | d.document_nouns
        titled = any(t.lemma_or_word in d.title_heads for t in doc.tokens[lo : hi - 1])
        owner = self._entity_at(doc.tokens[hi - 2].span)
        if owner is not None and self.works[owner].kind != "country":
            return False  # "The director of NATO Stratcom Coe": the rest of a body's name
        return titled and not any(
            t.text.lower() in words
            or t.lemma_or_word in words
            or t.text.lower() in self.registry.honorifics
            or self.registry.country_token(t.text) is not None
            or self._entity_at(t.span) is not None
            for t in doc.tokens[hi - 1 : hi + 1]
        )

    def _apposed(self, lo: int, hi: int) -> bool:
        """Whether the name ending at ``hi`` is set off by a comma in apposition to a body or
        thing inside ``lo``..``hi``, which no name stands beside: the parser's misplaced
        apposition of the description's own name ("the leader of the DPR, Denis Pushilin";
        never "a spokesman for the president, Vladimir Putin")."""
        doc = self.doc
        if doc is None:
            return False
        last = doc.tokens[hi]
        k = hi
        while k > lo and doc.tokens[k - 1].pos == "PROPN":
            k -= 1
        if k <= lo or doc.tokens[k - 1].text != "," or last.dep != "appos":
            return False
        if not lo <= last.head < k:
            return False
        anchor = doc.tokens[last.head]
        word = anchor.lemma_or_word
        if word in self.data.person_nouns or word in self.data.title_heads:
            return False
        at = self._entity_at(anchor.span)
        return at is None or self.works[at].kind not in {"person", "unknown"}


def named_by(registry: ActorRegistry, text: str) -> tuple[Actor, ...]:
    """The registry actors a speaker's text names; a country's adjective names none."""
    return tuple(a for a in registry.match_name(text) if not demonym_of(a, text))
