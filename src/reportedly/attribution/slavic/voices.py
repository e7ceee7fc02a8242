"""Voices of bodies: a noun that speaks for the body named after it ("пресс-служба Минобороны
России", "заява Держдепу", "представник державного департаменту США", "источники в офисе
Зеленского"). The body is the speaker (docs/gold-guide.md: an anonymous source and a document
get the body the text names); a person named there stays the speaker. An outlet's own sources
("джерело Forbes", "Собеседник издания") are no one: the outlet reports them, they do not
speak for it (the golds: "Собеседники агентства" after "пишет WSJ" has no speaker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.attribution.slavic.bodies import body_head, body_name
from reportedly.attribution.slavic.kinds import (
    cited_before,
    company_noun,
    introduced,
    named_after_kind,
)
from reportedly.attribution.slavic.quoted import CLOSING_QUOTES, OPENING_QUOTES
from reportedly.attribution.slavic.sites import site_owner
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import cases, parses

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.speakers import SlavicEntities


def past_adjectives(tokens: list[Token]) -> int:
    """The index of the phrase's first word past its leading adjectives."""
    n = 0
    while n < len(tokens) and tokens[n].pos == "ADJ":
        n += 1
    return n


def outlet_informant(index: SlavicEntities, tokens: list[Token], lexicon: SlavicLexicon) -> bool:
    """Whether the phrase is an outlet's anonymous source ("джерело Forbes, близьке до НБУ",
    "співрозмовника «Forbes»", "Собеседник издания", "источники телеканала RTE"): an
    informant noun before an outlet's kind noun or a name that
    :meth:`SlavicEntities.is_reporting_outlet` reads as an outlet's. A source inside a body
    ("источники в офисе Зеленского") is not."""
    n = past_adjectives(tokens)  # "анонимный источник"
    if n + 1 >= len(tokens) or tokens[n].lemma.casefold() not in lexicon.informants:
        return False
    rest = [t for t in tokens[n + 1 :] if t.text not in OPENING_QUOTES | CLOSING_QUOTES]
    if not rest or rest[0].pos == "ADP":
        return False
    if rest[0].lemma.casefold() in lexicon.outlet_anaphors:
        return True  # "Собеседник издания", "источник телеканала RTE"
    span = Span(rest[0].start, rest[-1].end)
    names = [k for _, k in index.names_in(span) if index.kind(k) != "person"]
    return bool(names) and index.is_reporting_outlet(
        names[-1], lexicon.outlet_anaphors, lexicon.citing
    )


def _is_voice(index: SlavicEntities, t: Token, lexicon: SlavicLexicon) -> bool:
    """Whether ``t`` is a voice noun, by the tagger's lemma or, for a word it read as an
    adjective or a lower-case name, by a noun reading of the dictionary ("даними": "даний",
    or the noun "дані")."""
    if t.lemma.casefold() in lexicon.voices:
        return True
    misread = t.pos == "ADJ" or (t.pos == "PROPN" and t.text.islower())  # "дані": "Дан"
    misread = misread or (index.lang == "uk" and t.pos == "NOUN")  # "листі": not "листя"
    return misread and any(
        p.tag.POS == "NOUN" and p.normal_form in lexicon.voices
        for p in parses(index.lang, t.text.lower())
    )


def _voice_at(index: SlavicEntities, tokens: list[Token], lexicon: SlavicLexicon) -> int:
    """The index of the phrase's voice noun past its leading adjectives: the first of them
    that may be a voice noun with a genitive after it ("даними системи «Прозорро»"), else the
    first word past them."""
    n = past_adjectives(tokens)
    for k in range(min(n, len(tokens) - 1)):
        after = tokens[k + 1]
        genitive = "Case=Gen" in after.morph or "Gen" in cases(index.lang, after.text.lower())
        if genitive and after.pos != "ADJ" and _is_voice(index, tokens[k], lexicon):
            return k
    return n


def voiced_body(
    index: SlavicEntities, tokens: list[Token], lexicon: SlavicLexicon, gender: str | None
) -> str | None:
    """The body a voice noun speaks for ("пресс-служба Минобороны России", "заява
    Держдепу"): the genitive phrase after it, when that names a body, not a person; None
    for a role the lexicon's titles know ("представитель Кремля" is a person)."""
    n = _voice_at(index, tokens, lexicon)  # "официальный представитель"
    if n + 1 >= len(tokens) or not _is_voice(index, tokens[n], lexicon):
        return None
    key = " ".join(t.lemma.casefold() for t in tokens)
    if any(key == t or key.startswith(t + " ") for t in lexicon.titles):
        return None
    end = len(tokens)
    while end > n + 1 and tokens[end - 1].text in CLOSING_QUOTES:
        end -= 1
    first = site_owner(tokens, n + 1, lexicon) or n + 1  # "заявлении, опубликованном на сайте X"
    if first < end - 1 and tokens[first].pos == "ADP":
        first += 1  # "источники в офисе Зеленского": the body they are in
    if first < end - 1 and tokens[first].text in OPENING_QUOTES:
        first += 1  # 'звітом "Укртрансгазу"': the name inside the marks
    if index.lang == "uk":  # "листі Мін'юсту, оприлюдненому на сайті КМДА": its issuer
        end = _before_published(tokens, first, end, lexicon)
    rest = Span(tokens[first].start, tokens[end - 1].end)
    inner = tokens[first:end]
    if len(inner) == 1 and inner[0].lemma in lexicon.outlet_anaphors:
        # "пресс-служба издания": the outlet the kind noun refers to (its sources: no one)
        return introduced(index, rest) or cited_before(index, rest.start)
    if company_noun(inner, lexicon):
        # "Керівництво лоукостера", "представитель компании": the company, as a bare
        # "компанія" is (the outlet cited last is no company)
        return introduced(index, rest) or index.company_before(rest.start, lexicon.outlet_anaphors)
    if len(inner) == 1 and inner[0].text.isalpha() and inner[0].text.islower():
        # "у прес-службі банку": the bank named shortly before, by a name that holds "банк"
        kinds = {p.normal_form for p in parses(index.lang, inner[0].text)}
        for kind in sorted(kinds & (lexicon.bodies | lexicon.org_anaphors)):
            if (found := index.organisation_before(rest.start, kind=kind)) is not None:
                return found
    head = body_head(inner, lexicon.bodies)
    countries = head is not None and all(
        index.kind(k) == "country" for s, k in index.names_in(rest) if s.start != inner[head].start
    )  # "МИД Грузии": the head's own name, then a country's
    described = head is not None and head > 0 and all(t.pos == "ADJ" for t in inner[:head])
    if head is not None and (inner[head].text.islower() or (head == 0 and countries) or described):
        # "письмо австралийского МВД": the adjectives stay in the body's name
        # "представник державного департаменту США", "источник в МИД Грузии": the body
        return index.add(rest, "ORG", name=body_name(index.text, inner, head, index.lang))
    bodies = [k for s, k in index.names_in(rest) if index.kind(k) != "person"]
    last = [k for s, k in index.names_in(rest) if s.end >= rest.end]
    if last and index.kind(last[-1]) == "country" and _common_noun_before(inner, rest.end):
        # "представитель силовых структур России": a group of the country the text does not
        # name, not the country (docs/gold-guide.md: an anonymous source)
        return None
    if bodies and last and last[-1] == bodies[-1]:
        return last[-1]  # "прес-служба НАК «Нафтогаз України»": the name that ends it
    if not index.names_in(rest) and len(inner) == 1 and inner[0].text[:1].isupper():
        return index.add(rest, "ORG")  # "прес-служба Нафтогазу": a body the NER missed
    named = named_after_kind(index, inner, lexicon)  # "… компанії Нафтогаз України"
    if named is None:  # "на сайті аеропорту «Бориспіль»": the name in marks after its kind
        named = _quoted_after_noun(inner)
    if named is not None:
        return index.add(named, "ORG", name=named.text(index.text))
    found = index.speaker_key(rest, lexicon, gender, "Gen")
    if found is None or index.kind(found) == "person":
        return None
    return found


def _before_published(tokens: list[Token], first: int, end: int, lexicon: SlavicLexicon) -> int:
    """Where the issuer named from ``first`` ends: before a comma and a participle of
    publishing (", оприлюдненому на сайті КМДА": the site it was published on is not who
    wrote it); ``end`` when there is none."""
    for k in range(first + 1, end - 1):
        if tokens[k].text == "," and tokens[k + 1].lemma.casefold() in lexicon.published:
            return k
    return end


def _common_noun_before(tokens: list[Token], end: int) -> bool:
    """Whether a lower-case noun stands in ``tokens`` before the country name that ends at
    ``end`` ("силовых структур России"; not "МИД России", "посольства США" read before)."""
    name = [t for t in tokens if t.end <= end and t.text[:1].isupper()]
    start = name[-1].start if name else end
    return any(t.pos == "NOUN" and t.text.islower() and t.end <= start for t in tokens)


def _quoted_after_noun(tokens: list[Token]) -> Span | None:
    """The name in quote marks that ends ``tokens`` right after a lower-case noun of its
    kind ("аеропорту «Бориспіль»", "системи «Прозорро»"), marks left out; None else."""
    opening = [q for q, t in enumerate(tokens) if t.text in OPENING_QUOTES]
    if len(opening) != 1 or opening[0] < 1 or opening[0] + 1 >= len(tokens):
        return None
    q = opening[0]
    kind, name = tokens[q - 1], tokens[q + 1 :]
    if kind.pos != "NOUN" or not kind.text.islower() or not name[0].text[:1].isupper():
        return None
    if any(t.text in CLOSING_QUOTES for t in name):
        return None
    return Span(name[0].start, name[-1].end)
