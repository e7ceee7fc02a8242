"""Speakers in Russian and Ukrainian: the noun phrase that names one, and who it refers to.

A speaker is a phrase in the nominative next to its cue ("— заявил пресс-секретарь Кремля
Дмитрий Песков", "Песков заявил: …"), or in the genitive after "по словам"/"за словами"
(the phrases are found by :mod:`~reportedly.attribution.slavic.phrases`).
Names are clustered in their nominative form ("Дмитрия Пескова" and "Песков" are one
person); pronouns (он/она, він/вона) go to the nearest person before them whose gender fits;
a title goes to the person it stood beside earlier in the text ("пресс-секретарь Кремля
Дмитрий Песков … пресс-секретарь Кремля заявил"), else it stays a title for the actors stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reportedly.attribution.slavic._context import case_in_context, in_case, wholly_in_case
from reportedly.attribution.slavic._names import (
    by_surname,
    declined_surnames,
    full_names,
    group_of,
    mention_gender,
    named_body,
    named_for,
    object_genitive,
    plural_head,
    role_words,
    same_given,
    spelling_variants,
    spelt_alike,
    written_surname,
)
from reportedly.attribution.slavic.antecedents import antecedent, described_before, titled_before
from reportedly.attribution.slavic.apposition import relative_head
from reportedly.attribution.slavic.bodies import (
    body_head,
    body_name,
    leading_body,
    name_in_nominative,
    two_word_body,
)
from reportedly.attribution.slavic.kinds import introduced, named_after, unnamed
from reportedly.attribution.slavic.lexicon import Lang, SlavicLexicon
from reportedly.attribution.slavic.phrases import RELATIVE, SlavicParse
from reportedly.attribution.slavic.quoted import MARKS
from reportedly.attribution.slavic.voices import voiced_body
from reportedly.attribution.speakers import slugify
from reportedly.model import Annotation, Entity, EntityKind, Span, Token
from reportedly.nlp.slavic_morph import cases, is_known, nominative

KINDS: dict[str, EntityKind] = {"PERSON": "person", "ORG": "organisation", "GPE": "country"}
# "Local Authority Pension Fund Forum (LAPFF)"; "«Допомога Церкві в нужді» (Aid to the Church in
# Need, ACN)": the abbreviation after a gloss in another language
_ABBREVIATION = re.compile(
    r"[»\"“]?\s?\((?:[^()\n]{1,80},\s*)?([A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ0-9]{1,9})\)"
)
_INITIAL = re.compile(r"[A-ZА-ЯЁІЇЄҐ]\.")
POSSESSIVE = {
    "его": "он", "ее": "она", "её": "она", "их": "они", "його": "він", "її": "вона",
    "їх": "вони", "їхніми": "вони",
}  # fmt: skip


def _common(t: Token, lang: Lang) -> bool:
    """A word the dictionary knows that is no name ("Аналітики")."""
    return "NameType" not in t.morph and t.pos != "X" and is_known(lang, t.text)


@dataclass
class _Cluster:
    name: str
    kind: EntityKind
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None


class SlavicEntities:
    """The article's named entities, clustered by nominative name, and speaker resolution."""

    def __init__(self, text: str, annotation: Annotation, parse: SlavicParse) -> None:
        self.text = text
        self.parse = parse
        self.lang = parse.lang
        self._clusters: dict[str, _Cluster] = {}
        self._mentions: list[tuple[Span, str]] = []  # (span, cluster key), by offset
        self.quoted: list[Span] = []  # quoted speech: its names are no pronoun's antecedent
        self.speakers: list[Span] = []  # the statements' speaker phrases: antecedents first
        self.cited: list[Span] = []  # every statement's speaker phrase (both languages)
        self._aliases: dict[str, str] = {}  # an abbreviation -> its full name's cluster
        for m in annotation.entities:
            letters = sum(c.isalpha() for c in m.span.text(text))
            if m.label in KINDS and (letters > 1 or m.label != "PERSON"):  # "МиГ-31К": no "К"
                key = self.add(m.span, m.label)
                if m.label != "PERSON":
                    self._abbreviated(m.span, key)

    def add(
        self, span: Span, label: str = "PERSON", case: str | None = None, name: str | None = None
    ) -> str:
        """Add a name mention; return its cluster key (the nominative name, or its surname's
        cluster when the surname alone is written). ``name``: the nominative, when known."""
        for s, key in self._mentions:
            if s == span:
                if name is not None and len(self._clusters[key].mentions) == 1:
                    self._clusters[key].name = name  # the NER's "Белом доме": "Белый дом"
                return key
        written = span.text(self.text).strip(' «»"„“”')
        if name is not None:
            pass
        elif label == "PERSON":
            name = nominative(self.lang, written, case or case_in_context(self.parse, span))
        else:  # "источники «Украинской правды»": the body's name in the nominative
            inside = [self.parse.tokens[i] for i in self.parse.tokens_in(span)]
            name = name_in_nominative(self.text, inside, self.lang) or written
        if label != "PERSON" and " " not in name and not name.isupper():
            k = self.parse.token_at(span.start)
            if k is not None and self.parse.tokens[k].text in MARKS:
                # "у “Нафтогазі”": declined only where no reading is a nominative (nor the
                # guessed vocative of an unknown name: "Благовіст-Інфо")
                found = cases(self.lang, written.lower())
                k = k + 1 if found and not found & {"Nom", "Acc", "Voc"} else None
            if k is not None and self.parse.tokens[k].text == written:  # "России" -> "Россия"
                lemma = self.parse.tokens[k].lemma
                if lemma.casefold() != written.casefold():  # "Інтерфакс-Україна" as written
                    name = lemma[:1].upper() + lemma[1:]
        key = self._aliases.get(name.casefold(), name.casefold())
        if label == "PERSON":
            key = self._person_key(name)
        cluster = self._clusters.setdefault(key, _Cluster(name=name, kind=KINDS[label]))
        if len(name.split()) > len(cluster.name.split()):
            cluster.name = name
        cluster.mentions.append(span)
        if label == "PERSON":
            self._set_gender(cluster, span)
        self._mentions.append((span, key))
        self._mentions.sort(key=lambda x: x[0].start)
        return key

    def _anaphor(self, speaker: Span, lexicon: SlavicLexicon) -> bool:
        """A role noun alone, or after adjectives, that no lexicon title is."""
        key = self.title_key(speaker)
        if key in lexicon.anaphors:
            return True
        found = [self.parse.tokens[i] for i in self.parse.tokens_in(speaker)]
        if len(found) < 2 or any(key == t or key.startswith(t + " ") for t in lexicon.titles):
            return False
        if found[-1].lemma.casefold() in lexicon.anaphors:  # "американський лідер"
            return all(t.pos == "ADJ" and t.text.islower() for t in found[:-1])
        # "Глава области", "глава Мінфіну": a role of a body or region with no name in it
        return (
            len(found) <= 3
            and found[0].lemma.casefold() in lexicon.anaphors - lexicon.voices
            and all(t.pos == "NOUN" and not self.parse.has_case(t, "Nom") for t in found[1:])
            and all(t.lemma.casefold() in lexicon.bodies or t.text.islower() for t in found[1:])
        )

    def _as_written(self, span: Span, key: str) -> None:
        """A Ukrainian name the dictionary does not know, always written one way and here a
        subject, is its own nominative ("Ентоні Фаучі", not a guessed "Фауч")."""
        cluster = self._clusters[key]
        written = span.text(self.text).strip()
        if self.lang != "uk" or cluster.name == written or is_known("uk", written.split()[-1]):
            return
        if all(m.text(self.text).strip() == written for m in cluster.mentions):
            cluster.name = written

    def _abbreviated(self, span: Span, key: str) -> None:
        """Note the abbreviation in brackets right after a body's name ("Local Authority
        Pension Fund Forum (LAPFF)"): a later "LAPFF" is the same body."""
        found = _ABBREVIATION.match(self.text, span.end)
        if found is not None and " " in self._clusters[key].name:
            self._aliases[found.group(1).casefold()] = key

    def note_gender(self, key: str, gender: str) -> None:
        """A person's gender from the cue verb they are the named subject of."""
        if self._clusters[key].kind == "person":
            self._clusters[key].gender = gender

    def _set_gender(self, cluster: _Cluster, span: Span) -> None:
        cluster.gender = mention_gender(self.parse, span, cluster.gender)

    def _person_key(self, name: str) -> str:
        words = name.casefold().split()
        for key, c in self._clusters.items():
            if c.kind == "person" and key.split()[-1] == words[-1] and same_given(key, words):
                return key
        alike = [
            k for k, c in self._clusters.items() if c.kind == "person" and spelt_alike(k, words)
        ]
        return alike[0] if len(alike) == 1 else name.casefold()

    def mentions_before(self, offset: int) -> list[tuple[Span, str]]:
        return [(s, k) for s, k in self._mentions if s.start < offset]  # in text order

    def kind(self, key: str) -> EntityKind:
        return self._clusters[key].kind

    def names_in(self, span: Span) -> list[tuple[Span, str]]:
        """The name mentions inside ``span``, as (span, key)."""
        return [(s, k) for s, k in self._mentions if span.contains(s)]

    def speaker_key(
        self, speaker: Span, lexicon: SlavicLexicon, cue_gender: str | None, case: str = "Nom"
    ) -> str | None:
        """The cluster the speaker phrase refers to: the last name inside it, the antecedent of
        a pronoun, or the name a title stood beside; None when unresolved."""
        word = [self.parse.tokens[i] for i in self.parse.tokens_in(speaker)]
        animate = len(word) == 1 and word[0].pos == "PROPN" and "Animacy=Anim" in word[0].morph
        if case != "Nom" and animate:  # "цитирует Тихого Reuters": the NER made it an ORG
            people = [(k, c.name) for k, c in self._clusters.items() if c.kind == "person"]
            known = by_surname(people, word[0].text) or by_surname(people, word[0].lemma)
            return self.add(speaker, "PERSON", case, name=known)  # "Георгий Тихий" before
        for span, _ in self._mentions:  # "«Центр … моніторингу [та досліджень»]": the name
            if speaker.start <= span.start < speaker.end < span.end:
                speaker = Span(speaker.start, span.end)
            elif span.start < speaker.start < span.end <= speaker.end and any(
                w.islower() for w in self.text[span.start : speaker.start].split()
            ):  # "[Урсула фон дер] Ляєн": the name the phrase was cut from at a particle
                speaker = Span(span.start, speaker.end)
        words = speaker.text(self.text).strip().casefold()
        pronoun = lexicon.pronouns.get(POSSESSIVE.get(words, words))
        if pronoun is not None:
            gender = pronoun.gender or cue_gender
            return None if pronoun.plural else self.antecedent(speaker.start, gender)
        before = relative_head(self.parse, speaker, case)  # "министерство, которое заявило"
        if before is not None:
            return self.speaker_key(before, lexicon, cue_gender, case)
        if words in RELATIVE or unnamed(self, speaker, lexicon):
            return None
        if self._anaphor(speaker, lexicon):  # "— написал чиновник", "американський лідер"
            if plural_head(
                self.parse, speaker
            ):  # "со ссылкой на неназванных европейских дипломатов"
                return None  # a group of officials is none of the people named before
            described = described_before(self, speaker) if self.lang == "uk" else None
            return described or self.antecedent(speaker.start, cue_gender)
        written = speaker.text(self.text).strip()
        if written[:1] in '«"„“' and written[-1:] in '»"“”' and len(written) > 2:
            return self.add(speaker, "ORG")  # a name in quote marks: «Известия», "РБК"
        if case == "Nom" and group_of(self.parse, speaker):
            return None  # "Бортпровідники Ryanair", "Інвестори компанії": not the body itself
        named = named_after(self, speaker, lexicon.org_anaphors | lexicon.outlet_anaphors)
        if named is not None:  # "издание «Страна» сообщило": the name beside the kind noun
            return self.add(named, "ORG", name=named.text(self.text))  # not declined
        if case == "Nom":
            named_kind = introduced(self, speaker)  # "агентство Kyodo … пишет агентство"
            if named_kind is not None:
                return named_kind
        title = self.title_key(speaker)
        if title in lexicon.org_anaphors - lexicon.outlet_anaphors:  # "Компанія заявила"
            return self.organisation_before(speaker.start)
        if title in lexicon.outlet_anaphors:  # "резюмує видання": the outlet quoted last, which
            return None  # roles.resolve_speakers finds (not a company named since)
        found = list(self.parse.tokens_in(speaker))
        if len(found) > 1 and self.parse.tokens[found[0]].lemma in lexicon.reporters:
            # "передає кореспондент Укрінформу": the outlet the reporter writes for
            return self.add(Span(self.parse.tokens[found[1]].start, speaker.end), "ORG")
        inside = self.names_in(speaker)
        # a name in the phrase's own case is the speaker ("пресс-секретарь Дмитрий Песков");
        # one in another case modifies it ("Представитель администрации Трампа")
        tokens = [self.parse.tokens[i] for i in self.parse.tokens_in(speaker)]
        body = leading_body(tokens, lexicon.bodies, case, self.lang)
        persons = [
            (span, k)
            for span, k in inside
            if self._clusters[k].kind == "person"
            and (body is None or span.start < body)  # "Уряд Терези Мей": the body speaks
            and in_case(self.parse, span, case)
            and (self.lang != "uk" or wholly_in_case(self.parse, span, case))
            and not named_for(self.parse, span)
        ]
        if persons:
            if case == "Nom":
                self._as_written(*persons[-1])
                return persons[-1][1]
            # "За словами Степанова" after "Максим Степанов": the name in the phrase's case
            # (the mention was read out of context as a woman's nominative "Степанова")
            written = nominative(self.lang, persons[-1][0].text(self.text).strip(), case)
            key = self._person_key(written)
            return key if key in self._clusters else persons[-1][1]
        initials = all(_INITIAL.fullmatch(t.text) for t in tokens[:-1])
        if 2 <= len(tokens) <= 3 and initials and tokens[-1].text[:1].isupper():
            # "С.Міксера", "А. Монтедуро": the surname of a person named before, in any case
            people = [(k, c.name) for k, c in self._clusters.items() if c.kind == "person"]
            known = by_surname(people, tokens[-1].text)
            return self.add(Span(tokens[-1].start, speaker.end), "PERSON", case, name=known)
        voiced = voiced_body(self, tokens, lexicon, cue_gender)
        if voiced is not None:
            return voiced
        if (building := two_word_body(tokens, lexicon.bodies, self.lang)) is not None:
            return self.add(speaker, "ORG", name=building)  # "У Білому домі заявили": Білий дім
        head = body_head(tokens, lexicon.bodies) if lexicon.bodies else None
        if head is not None:  # "Правительство Британии", "в российском дипведомстве"
            if len(tokens) == 1 and tokens[0].lemma in lexicon.generic_bodies:
                # a bare "правительство" names no one but the body of its kind just named
                return self.organisation_before(speaker.start, kind=tokens[0].lemma.casefold())
            return self.add(speaker, "ORG", name=body_name(self.text, tokens, head, self.lang))
        # a body that opens the phrase speaks ("МИД России заявил"); one inside a title
        # ("пресс-секретарь Кремля") does not: the title is resolved instead
        if inside and inside[0][0].start == speaker.start:
            # the whole subject phrase names the body: "МИД России", not "МИД"
            kind = self._clusters[inside[0][1]].kind
            return self.add(speaker, "GPE" if kind == "country" else "ORG")
        tokens = [self.parse.tokens[i] for i in self.parse.tokens_in(speaker)]
        if (
            tokens
            and tokens[-1].text[:1].isupper()
            and ("NameType" in tokens[-1].morph or not is_known(self.lang, tokens[-1].text))
        ):
            # a name the NER missed ("Монтедуро"): the capitalised words that end the phrase
            first = len(tokens) - 1
            while first > 0 and tokens[first - 1].text[:1].isupper():
                first -= 1
            while first < len(tokens) - 1 and (
                _common(tokens[first], self.lang)
                or tokens[first].text.isupper()
                or (first > 0 and tokens[first - 1].pos == "ADP")
            ):  # "Аналітики ACN": a capitalised common noun opens the sentence; "в Раді ЄС"
                first += 1
            name = Span(tokens[first].start, tokens[-1].end)
            if object_genitive(self.parse, tokens, first, lexicon):
                return None  # "Статті імпічменту Трампа": the name is what the act is of
            if name.text(self.text).isupper() and role_words(tokens[:first], lexicon):
                return None  # "Глава МИ-6": the head of the body, a person, is no body
            kinds = lexicon.org_anaphors | lexicon.outlet_anaphors | lexicon.bodies
            after_kind = first > 0 and tokens[first - 1].lemma.casefold() in kinds
            if name.text(self.text).isupper() or after_kind:  # "компанії Нафтогаз України"
                return self.add(name, "ORG", name=name.text(self.text) if after_kind else None)
            return self.add(name, "PERSON", None if case == "Nom" else case)
        if named_body(self.parse, tokens, case):
            return self.add(speaker, "ORG")  # "повідомляє Європейська правда"
        return titled_before(self, speaker)

    def organisation_before(
        self, before: int, window: int = 400, kind: str | None = None
    ) -> str | None:
        """The nearest organisation named shortly before ``before`` ("… Ryanair. Компанія
        заявила …"), of the ``kind`` whose lemma its name holds when given ("Киевская
        городская военная администрация … заявили в администрации"); None when none is."""
        for span, key in reversed(self._mentions):
            near = span.start < before and before - span.end <= window
            if near and self._clusters[key].kind == "organisation":
                stem = kind[:-1] if kind is not None and len(kind) > 4 else kind
                words = self._clusters[key].name.casefold().split()
                if stem is None or any(w.startswith(stem) for w in words):
                    return key
        return None

    def antecedent(self, before: int, gender: str | None) -> str | None:
        """The person a pronoun before ``before`` refers to (:func:`antecedents.antecedent`)."""
        return antecedent(self, before, gender)

    def title_key(self, span: Span) -> str:
        """The lemmas of a phrase's words, lower case, space-separated."""
        return " ".join(
            t.lemma.casefold() for t in (self.parse.tokens[i] for i in self.parse.tokens_in(span))
        )

    def is_person(self, key: str, gender: str | None = None) -> bool:
        """Whether cluster ``key`` is a person whose gender fits ``gender``."""
        c = self._clusters.get(key)
        return c is not None and c.kind == "person" and gender in (None, c.gender or gender)

    def entity_id(self, key: str) -> str:
        return slugify(self._clusters[key].name)

    def entities(self) -> tuple[Entity, ...]:
        merged: dict[str, Entity] = {}
        for c in self._clusters.values():
            eid = slugify(c.name)
            old = merged.get(eid)
            spans = tuple(sorted(set(c.mentions) | set(old.mentions if old else ())))
            merged[eid] = Entity(id=eid, name=c.name, kind=c.kind, mentions=spans)
        return tuple(merged.values())

    def settle_names(self) -> None:
        """Foreign Ukrainian surnames as written ("Фаучі"; :func:`written_surname`); a body
        named by its first word alone takes its full name ("Нафтогаз" … "Нафтогаз України")."""
        for c in self._clusters.values():
            if self.lang == "uk" and c.kind == "person":
                c.name = written_surname(self.text, c.mentions, c.name)
        people = [c for c in self._clusters.values() if c.kind == "person"]
        full = declined_surnames(self.lang, [c.name for c in people])  # "Степанова"
        for c in people:
            c.name = full.get(c.name, c.name)
        alike = spelling_variants([c.name for c in people])  # "Мей … Тереза Май … Тереза Мей"
        for c in people:
            c.name = alike.get(c.name, c.name)
        bodies = [c for c in self._clusters.values() if c.kind == "organisation"]
        full = full_names([c.name for c in bodies])
        for c in bodies:
            c.name = full.get(c.name, c.name)

    def keys(self) -> Iterable[str]:
        return self._clusters.keys()
