"""Speakers in Russian and Ukrainian: the noun phrase that names one, and who it refers to.

A speaker is a phrase in the nominative next to its cue ("— заявил пресс-секретарь Кремля
Дмитрий Песков", "Песков заявил: …"), or in the genitive after "по словам"/"за словами"
(the phrases are found by :mod:`~reportedly.attribution.slavic.phrases`).
Names are clustered in their nominative form ("Дмитрия Пескова" and "Песков" are one
person); who a speaker phrase refers to is read by :mod:`~reportedly.attribution.slavic.referents`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reportedly.attribution.slavic._context import case_in_context
from reportedly.attribution.slavic._names import (
    declined_surnames,
    full_names,
    man_named,
    mention_gender,
    person_start,
    same_given,
    spelling_variants,
    spelt_alike,
    written_surname,
)
from reportedly.attribution.slavic.antecedents import antecedent
from reportedly.attribution.slavic.bodies import name_in_nominative
from reportedly.attribution.slavic.lexicon import SlavicLexicon, default_lexicon
from reportedly.attribution.slavic.named_before_uk import spelt_names
from reportedly.attribution.slavic.named_organisations import NameCluster, NamedOrganisations
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.attribution.slavic.quoted import MARKS
from reportedly.attribution.slavic.referents import speaker_referent
from reportedly.attribution.speakers import slugify
from reportedly.model import Annotation, Entity, EntityKind, Span
from reportedly.nlp.slavic_morph import cases, is_known, nominative, plural_nominative

_AS_WRITTEN = frozenset({"Nom", "Acc", "Voc"})  # a quoted name in these cases is kept

KINDS: dict[str, EntityKind] = {"PERSON": "person", "ORG": "organisation", "GPE": "country"}
# "Local Authority Pension Fund Forum (LAPFF)"; "«Допомога Церкві в нужді» (Aid to the Church in
# Need, ACN)": the abbreviation after a gloss in another language
_ABBREVIATION = re.compile(
    r"[»\"“]?\s?\((?:[^()\n]{1,80},\s*)?([A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ0-9]{1,9})\)"
)

# an initial glued to the surname after it ("Т.Мей", "В.Путин")
_GLUED_INITIAL = re.compile(r"(?<!\w)(\w\.)(?=[A-ZА-ЯЁІЇЄҐ])")


class SlavicEntities(NamedOrganisations):
    """The article's named entities, clustered by nominative name, and speaker resolution."""

    def __init__(self, text: str, annotation: Annotation, parse: SlavicParse) -> None:
        self.text = text
        self.parse = parse
        self.lang = parse.lang
        self._clusters: dict[str, NameCluster] = {}
        self._mentions: list[tuple[Span, str]] = []  # (span, cluster key), by offset
        self.quoted: list[Span] = []  # quoted speech: its names are no pronoun's antecedent
        self.speakers: list[Span] = []  # the statements' speaker phrases: antecedents first
        self.cited: list[Span] = []  # every statement's speaker phrase (both languages)
        self.contents: list[Span] = []  # every statement's content spans
        # whether a name is a news outlet's: "Лоукостер" after "повідомляє BBC" is no outlet
        self.is_outlet: Callable[[str], bool] = lambda name: False
        # the channel or outlet that published the text: its author, never a speaker
        self.own_outlet: str | None = None
        self._aliases: dict[str, str] = {}  # an abbreviation -> its full name's cluster
        # the words the NER read as a place's name anywhere in the text ("України", "Японии")
        self._places = {t.text.casefold() for t in parse.tokens if t.ent_type == "GPE"}
        places = default_lexicon(self.lang).place_nouns
        for m in annotation.entities:
            letters = sum(c.isalpha() for c in m.span.text(text))
            if m.label == "PERSON" and self._after_place_noun(m.span, places):
                continue  # "у рідному місті Вілмінгтон": a town the NER took for a person
            if m.label in KINDS and (letters > 1 or m.label != "PERSON"):  # "МиГ-31К": no "К"
                key = self.add(m.span, m.label)
                if m.label != "PERSON":
                    self._abbreviated(m.span, key)

    def _after_place_noun(self, span: Span, places: frozenset[str]) -> bool:
        """Whether ``span`` is one word right after a lower-case place noun ("місті
        Вілмінгтон"); "Сполучених Штатів Дональд Трамп", "прокурор міста Олександр
        Корнієць" (two words) are no place."""
        found = self.parse.tokens_in(span)
        if len(found) != 1 or found[0] == 0:
            return False
        noun = self.parse.tokens[found[0] - 1]
        return noun.text.islower() and noun.lemma.casefold() in places

    def add(
        self, span: Span, label: str = "PERSON", case: str | None = None, name: str | None = None
    ) -> str:
        """Add a name mention; return its cluster key (the nominative name, or its surname's
        cluster when the surname alone is written). ``name``: the nominative, when known."""
        if label == "PERSON":  # "Києва Денис Масенко": the place glued on is no part of him
            span = Span(person_start(self.parse, span), span.end)
        for s, key in self._mentions:
            if s == span:
                if name is not None and len(self._clusters[key].mentions) == 1:
                    self._clusters[key].name = name  # the NER's "Белом доме": "Белый дом"
                    # "видання "Страна"": a body's name after its kind noun is no person
                    self._clusters[key].kind = KINDS[label]
                elif label == "PERSON" and case not in (None, "Nom"):
                    self.as_man(key, nominative(self.lang, span.text(self.text).strip(), case))
                return key
        written = span.text(self.text).strip(' «»"„“”')
        if written.count("«") > written.count("»"):
            written += "»"  # "АБ «Легіон»": the mark that closes the name inside
        if name is not None:
            pass
        elif label == "PERSON":
            written = _GLUED_INITIAL.sub(r"\1 ", written)  # "Т.Мей": "Т. Мей"
            name = nominative(self.lang, written, case or case_in_context(self.parse, span))
        else:  # "источники «Украинской правды»": the body's name in the nominative
            inside = [self.parse.tokens[i] for i in self.parse.tokens_in(span)]
            name = name_in_nominative(self.text, inside, self.lang) or written
            name = " ".join(name.split())  # "«Слідство.\nІнфо»": a name broken over lines
        if label != "PERSON" and " " not in name and not name.isupper():
            k = self.parse.token_at(span.start)
            if k is not None and self.parse.tokens[k].text in MARKS:
                # "у “Нафтогазі”", "«Рейтингу»": declined only where no reading is a
                # nominative (nor the guessed vocative of an unknown name: "Благовіст-Інфо";
                # a body is not addressed, so a known word's vocative does not count)
                found = cases(self.lang, written.lower())
                kept = {"Nom", "Acc"} if is_known(self.lang, written.lower()) else _AS_WRITTEN
                k = k + 1 if found and not found & kept else None
            if k is not None and self.parse.tokens[k].text == written:  # "России" -> "Россия"
                lemma = self.parse.tokens[k].lemma
                if "Number=Plur" in self.parse.tokens[k].morph:  # "«Ведомостей»": "Ведомости"
                    lemma = plural_nominative(self.lang, written) or lemma
                if lemma.casefold() != written.casefold():  # "Інтерфакс-Україна" as written
                    name = lemma[:1].upper() + lemma[1:]
        key = self._aliases.get(name.casefold(), name.casefold())
        if label == "PERSON":
            key = self.person_key(name)
            if key not in self._clusters and name != written:
                # "По мнению Пелоси" after "Нэнси Пелоси": an indeclinable surname read as
                # a case form ("Пелося") is the person named before as written
                as_written = self.person_key(written)
                if as_written in self._clusters:
                    key = as_written
                    self.as_man(key, name)  # "Бомбандьорова" before, "Юрія Бомбандьорова"
        else:
            key = self._same_body(key)
        cluster = self._clusters.setdefault(key, NameCluster(name=name, kind=KINDS[label]))
        if len(name.split()) > len(cluster.name.split()):
            cluster.name = name
        cluster.mentions.append(span)
        if label == "PERSON":
            self._set_gender(cluster, span)
        self._mentions.append((span, key))
        self._mentions.sort(key=lambda x: x[0].start)
        return key

    def as_man(self, key: str, declined: str) -> None:
        """Name a cluster the NER read as a woman's nominative ("Бомбандьорова") a man's,
        when a phrase in a known case declines it so and no verb made her a woman."""
        cluster = self._clusters[key]
        named = man_named(cluster.name, declined) if cluster.gender != "female" else None
        if named is not None:
            cluster.name = named

    def _same_body(self, key: str) -> str:
        """The body ``key`` names when another name of the text is the same but for a
        place's name after it: "Нафтогаз" and "Нафтогаз України", "Министерство
        экономики" and "Министерство экономики Японии" are one body in one text."""
        for other, cluster in self._clusters.items():
            if cluster.kind == "person" or other == key:
                continue
            longer, shorter = (other, key) if len(other) > len(key) else (key, other)
            tail = longer[len(shorter) + 1 :].split() if longer.startswith(shorter + " ") else []
            if tail and all(w in self._places for w in tail):
                return other
        return key

    def as_written(self, span: Span, key: str) -> None:
        """A Ukrainian name the dictionary does not know, always written one way and here a
        subject, is its own nominative ("Ентоні Фаучі", not a guessed "Фауч")."""
        cluster = self._clusters[key]
        written = _GLUED_INITIAL.sub(r"\1 ", span.text(self.text).strip())
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

    def _set_gender(self, cluster: NameCluster, span: Span) -> None:
        cluster.gender = mention_gender(self.parse, span, cluster.gender)

    def person_key(self, name: str) -> str:
        words = name.casefold().split()
        for key, c in self._clusters.items():
            if c.kind == "person" and key.split()[-1] == words[-1] and same_given(key, words):
                return key
        alike = [
            k for k, c in self._clusters.items() if c.kind == "person" and spelt_alike(k, words)
        ]
        if not alike and len(words) == 1:
            # "— каже Стефан" after "Стефан Бансел": the one person named before by that
            # given name and a surname
            alike = [
                k
                for k, c in self._clusters.items()
                if c.kind == "person" and len(k.split()) > 1 and k.split()[0] == words[0]
            ]
        return alike[0] if len(alike) == 1 else name.casefold()

    def mentions_before(self, offset: int) -> list[tuple[Span, str]]:
        return [(s, k) for s, k in self._mentions if s.start < offset]  # in text order

    def kind(self, key: str) -> EntityKind:
        return self._clusters[key].kind

    def name(self, key: str) -> str:
        return self._clusters[key].name

    def names_in(self, span: Span) -> list[tuple[Span, str]]:
        """The name mentions inside ``span``, as (span, key)."""
        return [(s, k) for s, k in self._mentions if span.contains(s)]

    def speaker_key(
        self, speaker: Span, lexicon: SlavicLexicon, cue_gender: str | None, case: str = "Nom"
    ) -> str | None:
        """The cluster the speaker phrase refers to (:func:`referents.speaker_referent`)."""
        return speaker_referent(self, speaker, lexicon, cue_gender, case)

    def people(self) -> list[tuple[str, str]]:
        """Every person's (cluster key, name)."""
        return [(k, c.name) for k, c in self._clusters.items() if c.kind == "person"]

    def mentions(self) -> list[tuple[Span, str]]:
        """Every name mention as (span, key), in text order."""
        return list(self._mentions)

    def antecedent(
        self, before: int, gender: str | None, role: Callable[[str], bool] | None = None
    ) -> str | None:
        """The person a pronoun or a role noun (who may hold ``role``) before ``before``
        refers to (:func:`antecedents.antecedent`)."""
        return antecedent(self, before, gender, role)

    def spans_of(self, key: str) -> list[Span]:
        """Every mention of cluster ``key``."""
        return list(self._clusters[key].mentions)

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
        if self.lang == "uk":  # "ПЗЗ", "Мінюст": the full name the text gives
            spelt = spelt_names([c.name for c in bodies])
            for c in bodies:
                c.name = spelt.get(c.name, c.name)

    def keys(self) -> Iterable[str]:
        return self._clusters.keys()

    def __contains__(self, key: str) -> bool:
        return key in self._clusters
