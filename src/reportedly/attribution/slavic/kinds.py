"""Bodies named by their kind. News introduces a body with the noun for its kind right before
its name ("агентство Kyodo", "Пенсійний фонд Local Authority Pension Fund Forum", "компанії
Нафтогаз України"), then goes on with that noun alone ("пишет агентство", "пенсійний фонд
вимагає"): the noun refers back to the body it introduced, not to whichever body was named
last. Media and sources in general ("польські ЗМІ", "СМИ") name no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.attribution.slavic.quoted import OPENING_QUOTES, quoted_name
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import features, parses

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.phrases import SlavicParse
    from reportedly.attribution.slavic.speakers import SlavicEntities

REACH = 3000  # characters back to the introduction


def introduced(index: SlavicEntities, speaker: Span) -> str | None:
    """The body (no person, no country) whose name ``speaker``'s kind noun stood before
    earlier in the text; None when the phrase holds a name or introduced none."""
    parse = index.parse
    found = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    if not found or len(found) > 3 or index.names_in(speaker):
        return None
    if any(t.pos not in ("NOUN", "ADJ") for t in found) or found[-1].pos != "NOUN":
        return None
    if {"Animacy=Anim", "Number=Plur"} & set(found[-1].morph.split("|")):
        return None  # "Інвестори Ryanair … Інвестори вважають": people, not the body
    lemmas = [t.lemma.casefold() for t in found]
    for span, key in reversed(index.mentions_before(speaker.start)):
        if speaker.start - span.end > REACH:
            break
        if index.kind(key) in ("person", "country"):
            continue
        k = parse.token_at(span.start)
        if k is None:
            continue
        while k > 0 and parse.tokens[k - 1].text in OPENING_QUOTES:
            k -= 1
        before = [t.lemma.casefold() for t in parse.tokens[max(0, k - len(lemmas)) : k]]
        if before == lemmas or (len(lemmas) == 1 and before and before[-1].endswith(lemmas[0])):
            return key  # "авіакомпанія Norwegian … компанія": the kind noun's compound too
    return None


def _no_person(index: SlavicEntities, phrase: Span) -> bool:
    return all(index.kind(k) != "person" for _, k in index.names_in(phrase))


def cited_before(index: SlavicEntities, before: int) -> str | None:
    """The body quoted in the sentence before offset ``before`` or earlier in its own
    ("…, пишет «Украинская правда». Собеседник издания заявил …"): a body inside an earlier
    statement's speaker phrase; None when none is that close."""
    parse = index.parse
    at = parse.token_at(before)
    if at is None:
        return None
    for span, key in reversed(index.mentions_before(before)):
        k = parse.token_at(span.start)
        if k is None or parse.tokens[at].sent - parse.tokens[k].sent > 1:
            break
        if index.kind(key) not in ("person", "country") and any(
            s.contains(span) and _no_person(index, s) for s in index.cited
        ):
            return key  # not a body a person's role named ("Глава МИД Турции Фидан")
    return None


def named_after_kind(
    index: SlavicEntities, tokens: Sequence[Token], lexicon: SlavicLexicon
) -> Span | None:
    """The capitalised words that end ``tokens`` right after a body's kind noun ("акціонерної
    компанії Нафтогаз України"): a body's name, whatever the tagger read them as; None for a
    country ("департаменту США")."""
    kinds = lexicon.org_anaphors | lexicon.outlet_anaphors | lexicon.bodies
    first = len(tokens) - 1
    while first > 0 and _namelike(tokens[first - 1]):
        first -= 1
    if first <= 0 or not _namelike(tokens[first]):
        return None
    if tokens[first - 1].lemma.casefold() not in kinds:
        return None
    named = Span(tokens[first].start, tokens[-1].end)
    if any(index.kind(k) == "country" for _, k in index.names_in(named)):
        return None
    return named


def _namelike(t: Token) -> bool:
    """A name's word: capitalised, or Latin letters whatever their case ("агенція dpa",
    "з посиланням на euronews": outlets that write their names in lower case)."""
    first = t.text[:1]
    return first.isupper() or ("a" <= first.casefold() <= "z")


def kind_and_name(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> Span | None:
    """The name after the kind noun a phrase is, with no quote marks ("агентство Интерфакс",
    "российское агентство ТАСС", "компанія Moderna"): adjectives at most before the noun."""
    tokens = [index.parse.tokens[i] for i in index.parse.tokens_in(speaker)]
    named = named_after_kind(index, tokens, lexicon)
    if named is None or not _namelike(tokens[-1]):
        return None  # "від компанії Ryanair застосування": the name is not the phrase's end
    kind = next(n for n, t in enumerate(tokens) if t.start >= named.start) - 1
    if tokens[kind].lemma.casefold() not in lexicon.org_anaphors | lexicon.outlet_anaphors:
        return None  # "министерство Украины": a body, named by the rules for bodies
    return (
        named
        if all(
            t.pos == "ADJ" and (t.text.islower() or _opening_adjective(index.parse, t.i))
            for t in tokens[:kind]
        )
        else None
    )


def _opening_adjective(parse: SlavicParse, k: int) -> bool:
    """Whether token ``k`` is an adjective that opens its sentence ("Украинское издание …"),
    capitalised for that reason alone."""
    t = parse.tokens[k]
    return t.pos == "ADJ" and (k == 0 or parse.tokens[k - 1].sent != t.sent)


def company_noun(tokens: Sequence[Token], lexicon: SlavicLexicon) -> bool:
    """Whether ``tokens`` are one company noun, singular, after adjectives at most
    ("компанія", "Ірландська авіакомпанія", "Российский поставщик"): the company named
    before, as a bare "компанія" is."""
    if not tokens or _kind_lemma(tokens[-1], lexicon.org_anaphors) not in lexicon.org_anaphors:
        return False
    if tokens[-1].lemma.casefold() in lexicon.outlet_anaphors or "Number=Plur" in tokens[-1].morph:
        return False  # "видання": the outlet; "Чотири авіакомпанії": several
    if len(tokens) > 1 and tokens[-1].lemma.casefold() in lexicon.bodies:
        return False  # "германское внешнеполитическое ведомство": a body its adjectives name
    return len(tokens) <= 3 and all(
        t.pos == "ADJ" and (n == 0 or t.text.islower()) for n, t in enumerate(tokens[:-1])
    )


def _kind_lemma(t: Token, kinds: frozenset[str]) -> str:
    """``t``'s lemma, or the first part of a compound whose first part is one of ``kinds``
    ("компанія-розробник", "компания-производитель": a company)."""
    found = t.lemma.casefold()
    head, dash, _ = found.partition("-")
    return head if dash and found not in kinds and head in kinds else found


def outlet_noun(tokens: Sequence[Token], lexicon: SlavicLexicon) -> bool:
    """Whether ``tokens`` are one outlet noun, singular, alone or after at most two adjectives
    ("издание", "Зарубежное издание"): the outlet cited before; not after one that sets it
    apart from that outlet (``others``: "другий американський телеканал")."""
    if not tokens or tokens[-1].lemma.casefold() not in lexicon.outlet_anaphors:
        return False
    if "Number=Plur" in tokens[-1].morph or len(tokens) > 3:
        return False
    return all(t.pos == "ADJ" and t.lemma.casefold() not in lexicon.others for t in tokens[:-1])


def unnamed(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether ``speaker`` is media or sources in general ("польські ЗМІ", "СМИ", "Лояльные
    властям СМИ", "близкие к Кремлю СМИ")."""
    tokens = [index.parse.tokens[i] for i in index.parse.tokens_in(speaker)]
    if not tokens or not {tokens[-1].lemma.casefold(), tokens[-1].text.casefold()} & (
        lexicon.unnamed
    ):
        return False
    return all(  # "Польські ЗМІ": the tagger may read a capitalised adjective as a name
        t.pos == "ADJ"
        or any(features(p)[0] == "ADJ" for p in parses(index.lang, t.text))
        or _complement(index, t)
        for t in tokens[:-1]
    )


def _complement(index: SlavicEntities, t: Token) -> bool:
    """Whether ``t`` may be part of an adjective's complement before the noun ("властям",
    "к Кремлю"): a preposition, or a noun or name in an oblique case."""
    if t.pos == "ADP":
        return True
    return t.pos in ("NOUN", "PROPN") and not index.parse.has_case(t, "Nom")


def named_after(index: SlavicEntities, speaker: Span, kinds: frozenset[str]) -> Span | None:
    """The name in quote marks right after the kind noun that opens ``speaker``, after any
    lower-case words ("издание «Страна»", "оппозиционный ТВ-канал «Формула»"), its marks
    off."""
    parse = index.parse
    k = parse.token_at(speaker.start)
    tokens = parse.tokens
    while k is not None and k < len(tokens) and tokens[k].end < speaker.end:
        if tokens[k].lemma.casefold() in kinds:
            break
        if not tokens[k].text.islower() and not _opening_adjective(parse, k):
            break  # "Украинское издание «Страна»": a sentence's first adjective is capitalised
        k += 1
    if k is None or k >= len(tokens) or tokens[k].lemma.casefold() not in kinds:
        return None
    quoted = quoted_name(parse, k + 1, len(tokens))
    if quoted is None or index.text[tokens[k].end : quoted.start].strip():
        return None
    return Span(quoted.start + 1, quoted.end - 1)


def legal_form_body(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> str | None:
    """The body last named after the legal form whose words ``speaker`` is ("Комунальне
    підприємство пояснило" after "КП «Слов'янське управління …»"), its first and last words at
    least; None when the phrase is no legal form or no such body was named."""
    lemmas = [index.parse.tokens[i].lemma.casefold() for i in index.parse.tokens_in(speaker)]
    if len(lemmas) < 2:
        return None
    forms = [
        a
        for a, words in lexicon.legal_forms.items()
        if (lemmas[0], lemmas[-1]) == (words[0], words[-1])
    ]
    if not forms:
        return None
    after_form = re.compile(rf"(?<!\w)(?:{'|'.join(forms)})\s*[«\"“„]?\s*$")
    for span, key in reversed(index.mentions()):
        body = span.start < speaker.start and index.kind(key) == "organisation"
        if body and after_form.search(index.text, max(0, span.start - 12), span.start):
            return key
    return None
