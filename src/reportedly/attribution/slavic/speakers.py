"""Speakers in Russian and Ukrainian: the noun phrase that names one, and who it refers to.

A speaker is a phrase in the nominative next to its cue ("— заявил пресс-секретарь Кремля
Дмитрий Песков", "Песков заявил: …"), or in the genitive after "по словам"/"за словами".
Names are clustered in their nominative form ("Дмитрия Пескова" and "Песков" are one
person); pronouns (он/она, він/вона) go to the nearest person before them whose gender fits;
a title goes to the person it stood beside earlier in the text ("пресс-секретарь Кремля
Дмитрий Песков … пресс-секретарь Кремля заявил"), else it stays a title for the actors stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reportedly.attribution.slavic.lexicon import Lang, SlavicLexicon
from reportedly.attribution.speakers import slugify
from reportedly.model import Annotation, Entity, EntityKind, Span, Token
from reportedly.nlp.slavic_morph import cases, is_known, nominative

NOMINAL = {"NOUN", "PROPN", "ADJ", "PRON", "DET", "NUM", "X"}
KINDS: dict[str, EntityKind] = {"PERSON": "person", "ORG": "organisation", "GPE": "country"}
POSSESSIVE = {"его": "он", "ее": "она", "её": "она", "их": "они", "його": "він", "її": "вона"}


class SlavicParse:
    """The annotation's tokens with lookups by offset and the case tests the rules need."""

    def __init__(self, annotation: Annotation, lang: Lang) -> None:
        self.tokens = annotation.tokens
        self.lang: Lang = lang
        self._starts = [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int | None:
        """The index of the first token starting at or after ``offset``."""
        from bisect import bisect_left

        k = bisect_left(self._starts, offset)
        return k if k < len(self.tokens) else None

    def tokens_in(self, span: Span) -> range:
        first = self.token_at(span.start)
        if first is None:
            return range(0)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= span.end:
            last += 1
        return range(first, last)

    def has_case(self, tok: Token, case: str) -> bool:
        """Whether ``tok`` is (or, for Ukrainian, may be) in ``case``."""
        if f"Case={case}" in tok.morph:
            return True
        if self.lang != "uk":
            return False
        if tok.text[:1].isupper() and (tok.pos == "X" or not is_known("uk", tok.text)):
            return True  # a foreign name ("Монтедуро", "ACN"): its case is a guess
        return tok.pos in NOMINAL and case in cases("uk", tok.text)

    def gender(self, tok: Token) -> str | None:
        if "Gender=Fem" in tok.morph:
            return "female"
        if "Gender=Masc" in tok.morph:
            return "male"
        return None


def phrase_after(parse: SlavicParse, k: int, stop: int, case: str = "Nom") -> Span | None:
    """The noun phrase in ``case`` that starts at or soon after token ``k`` (a few words that
    are not in it, "журналистам", "в свое время", may come first), before token ``stop``."""
    tokens = parse.tokens
    sent = tokens[k].sent if k < len(tokens) else -1
    skipped = 0
    while k < stop and tokens[k].sent == sent and skipped < 4:
        t = tokens[k]
        if t.pos == "PUNCT" or t.pos == "VERB":
            return None
        if t.pos in NOMINAL and parse.has_case(t, case):
            break
        k += 1
        skipped += 1
    else:
        return None
    end = k
    while end < stop and tokens[end].sent == sent and _in_phrase(tokens[end]):
        end += 1
    while end > k and not (
        parse.has_case(tokens[end - 1], case) or parse.has_case(tokens[end - 1], "Gen")
    ):
        end -= 1
    return Span(tokens[k].start, tokens[end - 1].end) if end > k else None


def phrase_before(parse: SlavicParse, k: int, case: str = "Nom") -> Span | None:
    """The noun phrase in ``case`` that ends right before token ``k`` (adverbs and "не"
    between them skipped): "Глава администрации Вадим Филашкин [заявил]"."""
    tokens = parse.tokens
    sent = tokens[k].sent
    j = k - 1
    while j >= 0 and tokens[j].sent == sent and tokens[j].pos in {"ADV", "PART"}:
        j -= 1
    end = j
    while j >= 0 and tokens[j].sent == sent and _in_phrase(tokens[j]):
        j -= 1
    start = j + 1
    if end >= 0 and tokens[end].pos == "PRON":
        start = end  # "у декларації він [вказав]": the pronoun alone is the subject
    while start <= end and not (
        tokens[start].pos in NOMINAL and parse.has_case(tokens[start], case)
    ):
        start += 1
    if start > end or (not parse.has_case(tokens[end], case) and tokens[end].pos != "PROPN"):
        return None
    return Span(tokens[start].start, tokens[end].end)


def subject(parse: SlavicParse, k: int) -> Span | None:
    """The subject the dependency parse gives cue token ``k`` (Russian only: the Ukrainian
    annotation has no parse), as the span of its nominal subtree; None when there is none
    or it is a relative pronoun ("который")."""
    tokens = parse.tokens
    subj = next(
        (t for t in tokens if t.head == k and t.i != k and t.dep in ("nsubj", "nsubj:pass")),
        None,
    )
    if subj is None or subj.pos not in NOMINAL or subj.lemma in RELATIVE:
        return None
    inside = {subj.i}
    first, last = subj.i, subj.i
    for t in tokens[max(0, subj.i - 12) : subj.i + 12]:
        j, seen = t.i, 0
        while tokens[j].head != j and j not in inside and seen < 12:
            j, seen = tokens[j].head, seen + 1
        if j in inside and t.sent == subj.sent and _in_phrase(t):
            inside.add(t.i)
    # the contiguous run of the subtree around the subject word
    while first - 1 in inside:
        first -= 1
    while last + 1 in inside:
        last += 1
    return Span(tokens[first].start, tokens[last].end)


RELATIVE = {"который", "який", "кто", "хто", "что", "що", "это", "це"}


def _common(t: Token, lang: Lang) -> bool:
    """A word the dictionary knows that is no name ("Аналітики")."""
    return "NameType" not in t.morph and t.pos != "X" and is_known(lang, t.text)


def _in_phrase(t: Token) -> bool:
    return t.pos in NOMINAL or (t.pos == "PUNCT" and t.text in {"-", "«", "»"})


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
        for m in annotation.entities:
            if m.label in KINDS:
                self.add(m.span, m.label)

    def add(self, span: Span, label: str = "PERSON", case: str | None = None) -> str:
        """Add a name mention; return its cluster key (the nominative name, or its surname's
        cluster when the surname alone is written)."""
        for s, key in self._mentions:
            if s == span:
                return key
        written = span.text(self.text).strip(' «»"')
        name = written
        if label == "PERSON":
            name = nominative(self.lang, written, case or self._case_at(span))
        elif " " not in written and not written.isupper():
            k = self.parse.token_at(span.start)
            if k is not None and self.parse.tokens[k].text == written:  # "России" -> "Россия"
                lemma = self.parse.tokens[k].lemma
                name = lemma[:1].upper() + lemma[1:]
        key = name.casefold()
        if label == "PERSON":
            key = self._person_key(name)
        cluster = self._clusters.setdefault(key, _Cluster(name=name, kind=KINDS[label]))
        if len(name.split()) > len(cluster.name.split()):
            cluster.name = name
        cluster.mentions.append(span)
        if label == "PERSON" and cluster.gender is None:
            tokens = [self.parse.tokens[i] for i in self.parse.tokens_in(span)]
            genders = {self.parse.gender(t) for t in tokens} - {None}
            cluster.gender = genders.pop() if len(genders) == 1 else None
        self._mentions.append((span, key))
        self._mentions.sort(key=lambda x: x[0].start)
        return key

    def _person_key(self, name: str) -> str:
        surname = name.split()[-1].casefold()
        for key, c in self._clusters.items():
            if c.kind == "person" and key.split()[-1] == surname:
                return key
        return name.casefold()

    def names_in(self, span: Span) -> list[tuple[Span, str]]:
        """The name mentions inside ``span``, as (span, key)."""
        return [(s, k) for s, k in self._mentions if span.contains(s)]

    def speaker_key(
        self, speaker: Span, lexicon: SlavicLexicon, cue_gender: str | None, case: str = "Nom"
    ) -> str | None:
        """The cluster the speaker phrase refers to: the last name inside it, the antecedent of
        a pronoun, or the name a title stood beside; None when unresolved."""
        words = speaker.text(self.text).strip().casefold()
        pronoun = lexicon.pronouns.get(POSSESSIVE.get(words, words))
        if pronoun is not None:
            gender = pronoun.gender or cue_gender
            return None if pronoun.plural else self.antecedent(speaker.start, gender)
        if words in RELATIVE:
            return None
        if self.title_key(speaker) in lexicon.anaphors:  # "— написал чиновник"
            return self.antecedent(speaker.start, cue_gender)
        inside = self.names_in(speaker)
        # a name in the phrase's own case is the speaker ("пресс-секретарь Дмитрий Песков");
        # one in another case modifies it ("Представитель администрации Трампа")
        persons = [
            k
            for span, k in inside
            if self._clusters[k].kind == "person" and self._in_case(span, case)
        ]
        if persons:
            return persons[-1]
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
            while first < len(tokens) - 1 and _common(tokens[first], self.lang):
                first += 1  # "Аналітики ACN": a capitalised common noun opens the sentence
            name = Span(tokens[first].start, tokens[-1].end)
            label = "ORG" if name.text(self.text).isupper() else "PERSON"
            return self.add(name, label, None if case == "Nom" else case)
        return self._titled(speaker)

    def antecedent(self, before: int, gender: str | None) -> str | None:
        """The nearest person mentioned before ``before`` whose gender fits, a subject (in
        the nominative) first: "Ланза … кампаниях Дональда Трампа. Он сказал" is Ланза."""
        fits = [
            (span, key)
            for span, key in self._mentions
            if span.start < before
            and self._clusters[key].kind == "person"
            and (gender is None or self._clusters[key].gender in (None, gender))
        ]
        # a subject first (the name right before a verb), then any nominative, then the nearest
        for test in (self._before_verb, self._nominative):
            for span, key in reversed(fits[-5:]):
                if test(span):
                    return key
        return fits[-1][1] if fits else None

    def _case_at(self, span: Span) -> str | None:
        """The case the Russian tagger read for a name's first word in context (the
        Ukrainian annotation's cases are out of context: none)."""
        k = self.parse.token_at(span.start)
        if self.lang != "ru" or k is None:
            return None
        found = [f[5:] for f in self.parse.tokens[k].morph.split("|") if f.startswith("Case=")]
        return found[0] if found else None

    def _in_case(self, span: Span, case: str) -> bool:
        found = self.parse.tokens_in(span)
        return not found or any(self.parse.has_case(self.parse.tokens[k], case) for k in found)

    def _before_verb(self, span: Span) -> bool:
        k = self.parse.token_at(span.end)
        tokens = self.parse.tokens
        while k is not None and k < len(tokens) and tokens[k].pos in {"ADV", "PART"}:
            k += 1
        return k is not None and k < len(tokens) and tokens[k].pos == "VERB"

    def _nominative(self, span: Span) -> bool:
        k = self.parse.token_at(span.start)
        if k is None:
            return False
        before = self.parse.tokens[k - 1] if k > 0 else None
        if before is not None and before.pos == "ADP":
            return False
        return self.parse.has_case(self.parse.tokens[k], "Nom")

    def _titled(self, speaker: Span) -> str | None:
        """A bare title ("пресс-секретарь Кремля") that stood right before a name earlier."""
        lemmas = self.title_key(speaker)
        if not lemmas:
            return None
        n = len(lemmas.split())
        for span, key in self._mentions:
            if span.start >= speaker.start or self._clusters[key].kind != "person":
                continue
            k = self.parse.token_at(span.start)
            if k is None or k < n:
                continue
            before = " ".join(t.lemma for t in self.parse.tokens[k - n : k])
            if before == lemmas:
                return key
        return None

    def title_key(self, span: Span) -> str:
        """The lemmas of a phrase's words, lower case, space-separated."""
        return " ".join(
            t.lemma.casefold() for t in (self.parse.tokens[i] for i in self.parse.tokens_in(span))
        )

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

    def keys(self) -> Iterable[str]:
        return self._clusters.keys()
