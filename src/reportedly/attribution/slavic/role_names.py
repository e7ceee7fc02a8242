"""A role phrase with the person it names a few words on: "временный поверенный в делах
Афганистана в Москве Джамал Насир Гарвал", "гендиректор … (РФПІ) Кирило Дмитрієв"."""

from __future__ import annotations

from reportedly.attribution.slavic.phrases import AT, NOMINAL, SlavicParse
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import NAME_TAGS, parses


def with_name(parse: SlavicParse, span: Span, case: str = "Nom") -> Span:
    """A role phrase with the name the parse sets in apposition to it a few words on:
    "временный поверенный [в делах Афганистана в Москве] Джамал Насир Гарвал" (Russian only:
    the Ukrainian annotation has no parse)."""
    tokens = parse.tokens
    inside = set(parse.tokens_in(span))
    if not inside:
        return span
    last = max(inside)
    if parse.lang == "uk":  # "головний представник ЄС на переговорах … Мішель Барньє"
        head = next((tokens[j] for j in sorted(inside) if tokens[j].pos != "ADJ"), None)
        if head is None or head.pos != "NOUN" or not head.text.islower():
            return span  # a name, not a role ("The Guardian")
        if any(tokens[j].ent_type == "PERSON" for j in inside):
            return span
        return _uk_with_name(parse, span, last, case)
    head = next((tokens[j] for j in sorted(inside) if tokens[j].pos != "ADJ"), tokens[last])
    if not (head.pos == "NOUN" or _capitalised_noun(parse, head)) or any(
        tokens[j].pos == "PROPN"
        and not _genitive_of(tokens[j], head)
        and (case == "Nom" or tokens[j].ent_type == "PERSON")  # "посла России [в США] X"
        and tokens[j] is not head
        for j in inside
    ):
        return span  # no role, or a name of its own, not one it governs ("… Байдена")
    for j in range(last + 1, min(last + 9, len(tokens))):
        t = tokens[j]
        if t.sent != tokens[last].sent or t.pos in {"PUNCT", "VERB"}:
            break
        if t.dep == "appos" and t.head in inside and t.pos == "PROPN":
            end = j
            while end + 1 < len(tokens) and tokens[end + 1].dep.startswith("flat"):
                end += 1
            return Span(span.start, tokens[end].end)
    # "Советник администрации Байдена [по национальной безопасности] Джей Салливан сказал":
    # the parse may attach the name elsewhere
    return _uk_with_name(parse, span, last, case)


def _capitalised_noun(parse: SlavicParse, t: Token) -> bool:
    """Whether ``t`` is a common noun the tagger read as a name for its capital where a
    sentence opens ("Конгрессмен из Флориды Майкл Уолтц"): no entity, and every reading the
    dictionary gives its lower-case form is a noun that is no name."""
    if t.pos != "PROPN" or t.ent_type or not t.text[:1].isupper():
        return False
    found = parses(parse.lang, t.text.lower())
    names = {*NAME_TAGS, "Geox", "Orgn"}
    return bool(found) and all(p.tag.POS == "NOUN" and not names & p.tag.grammemes for p in found)


def _genitive_of(t: Token, head: Token) -> bool:
    return "Case=Gen" in t.morph and "Case=Gen" not in head.morph


def _uk_with_name(
    parse: SlavicParse, span: Span, last: int, case: str = "Nom", reach: int = 16
) -> Span:
    """A Ukrainian role phrase with the person named a few words on, through the role's
    genitives, prepositional phrases and a second role after a comma ("виконавчий директор
    компанії [з діагностики OraSure] Стівен Тан", "заступник міністра охорони здоров'я[,
    головний державний санітарний лікар] Віктор Ляшко"): the name must end the phrase (a
    punctuation mark or the sentence's end after it)."""
    tokens = parse.tokens
    if tokens[last].ent_type == "PERSON" and parse.lang == "uk":
        return span
    named = any(tokens[i].text[:1].isupper() for i in parse.tokens_in(span)[1:])
    j = last + 1
    while j < min(last + 1 + reach, len(tokens)) and tokens[j].sent == tokens[last].sent:
        t = tokens[j]
        if t.ent_type == "PERSON" and t.ent_iob == "B":
            end = j
            while end + 1 < len(tokens) and tokens[end + 1].ent_iob == "I":
                end += 1
            after = tokens[end + 1] if end + 1 < len(tokens) else None
            ends = after is None or after.sent != t.sent or after.pos in ("PUNCT", "VERB")
            # "… Майкл Райан на прес-конференції": a place or occasion after a name in the
            # role's own case ("радник президента Зеленського з питань …" governs a genitive)
            ends = ends or (
                after is not None
                and (after.pos == "ADP" or after.text.lower() in AT)
                and f"Case={case}" in t.morph
                and f"Case={case}" in tokens[end].morph
            )
            # "по словам посла России в США Анатолия Антонова": the role's own case
            if ends and (parse.lang == "uk" or f"Case={case}" in t.morph):
                return Span(span.start, tokens[end].end)
            if parse.lang == "ru":  # "… Байдена": a name the role governs; the next may end it
                j = end + 1
                continue
            return span
        joins = t.pos in NOMINAL or t.pos == "ADP" or t.text.lower() in {"і", "й", "та"} | AT
        # "гендиректор Російського фонду прямих інвестицій (РФПІ) Кирило Дмитрієв"
        if not (joins or t.text in {",", "«", "»", '"', "(", ")"}):
            return span
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        # "згідно з опитуванням CBS News[,] Джо Байдена", "зазначає телеканал[,] Б.Джонсон":
        # past a comma only a second role or a list goes on ("у справах ЄС, ЗМІ, культури")
        person_next = nxt is not None and (nxt.ent_type == "PERSON" or nxt.text[1:2] == ".")
        # nor a place ("За даними видання[,] у штабі Трампа хочуть": not Trump)
        if t.text == "," and (named or person_next or (nxt is not None and nxt.pos == "ADP")):
            return span
        j += 1
    return span
