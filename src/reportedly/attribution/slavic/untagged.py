"""Names the NER missed in a Russian or Ukrainian speaker phrase ("Монтедуро", "ACN"): the
capitalised words that end the phrase are a person or a body, unless a role, an act or a
body's head before them makes them a complement (:func:`unrecognised_name`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.attribution.slavic._names import object_genitive, role_words
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import is_known, parses

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import Lang, SlavicLexicon
    from reportedly.attribution.slavic.speakers import SlavicEntities


def _common(t: Token, lang: Lang) -> bool:
    """A word the dictionary knows that is no name ("Аналітики")."""
    return "NameType" not in t.morph and t.pos != "X" and is_known(lang, t.text)


def _one_person(t: Token, lang: Lang) -> bool:
    """Whether ``t`` is a common noun for one person ("руководитель", "экс-главком",
    "командувач"), not a group of them ("Аналітики ACN" speak for the body) nor a name."""
    if t.pos != "NOUN" or "NameType" in t.morph or not t.lemma.islower():
        return False
    if lang == "ru":
        return "Animacy=Anim" in t.morph and "Number=Sing" in t.morph
    best = next(iter(parses(lang, t.text)), None)
    grammemes = set(best.tag.grammemes) if best is not None else set()
    return "anim" in grammemes and not grammemes & {"plur", "Name", "Surn"}


def _of_body(t: Token, lexicon: SlavicLexicon) -> bool:
    """Whether ``t`` is a body's acronym or noun ("МОЗ", "міністерства")."""
    return (t.text.isupper() and len(t.text) > 1) or t.lemma.casefold() in lexicon.bodies


def unrecognised_name(
    index: SlavicEntities, tokens: list[Token], lexicon: SlavicLexicon, case: str
) -> str | None:
    """A name the NER missed ("Монтедуро"): the capitalised words that end the phrase."""
    lang, text = index.lang, index.text
    first = len(tokens) - 1
    while first > 0 and tokens[first - 1].text[:1].isupper():
        first -= 1
    while first < len(tokens) - 1 and (
        _common(tokens[first], lang)
        or tokens[first].text.isupper()
        or (first > 0 and tokens[first - 1].pos == "ADP")
    ):  # "Аналітики ACN": a capitalised common noun opens the sentence; "в Раді ЄС"
        first += 1
    name = Span(tokens[first].start, tokens[-1].end)
    if object_genitive(index.parse, tokens, first, lexicon):
        return None  # "Статті імпічменту Трампа": the name is what the act is of
    if name.text(text).isupper() and role_words(tokens[:first], lexicon):
        return None  # "Глава МИ-6": the head of the body, a person, is no body
    if (
        first
        and _one_person(tokens[first - 1], lang)
        and (name.text(text).isupper() or index.parse.has_case(tokens[first], "Gen"))
    ):
        return None  # "Руководитель Росгвардии", "Экс-главком ВСУ": a person, not the body
    if (
        first > 1
        and role_words(tokens[:1], lexicon)
        and all(_of_body(t, lexicon) for t in tokens[1:first])
    ):
        return None  # "глави МОЗ Ізраїлю": the head of the body, a person, is not its country
    kinds = lexicon.org_anaphors | lexicon.outlet_anaphors | lexicon.bodies
    after_kind = first > 0 and tokens[first - 1].lemma.casefold() in kinds
    head = next((n for n, t in enumerate(tokens) if t.pos != "ADJ"), first)
    if after_kind and head < first - 1 and _one_person(tokens[head], lang):
        # "виконавчий директор некомерційної організації VotingWorks": the body's head, a
        # person the text does not name, is no body
        return None
    if name.text(text).isupper() or after_kind:  # "компанії Нафтогаз України"
        return index.add(name, "ORG", name=name.text(text) if after_kind else None)
    return index.add(name, "PERSON", None if case == "Nom" else case)
