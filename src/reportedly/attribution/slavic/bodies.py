"""Bodies as speakers: "МИД России заявил", "в Кремле заявили", "в британском правительстве
подчеркнули". The lexicon's ``bodies`` lists the nouns that head a body's name; a phrase they
head is named in the nominative, so that the registry's aliases match it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportedly.attribution.slavic.phrases import addressee, told_quoted_end
from reportedly.attribution.slavic.quoted import MARKS, OPENING_QUOTES, located_quoted
from reportedly.attribution.slavic.sites import site_owner
from reportedly.attribution.slavic.time_phrases import day_after_at, readings
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import CASES, Lang, cases, nominative, parses

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.phrases import SlavicParse

_IN = {"в", "во"}
_NOMINAL = {"NOUN", "PROPN", "ADJ", "NUM", "X"}
_DOC = _NOMINAL | {"DET", "PRON"}  # "у їхньому варіанті"
_DOC_HEAD = {"NOUN", "PROPN", "ADJ", "X"}
IN_DOC = _IN | {"у"}
_OPENERS = {"ADV", "CCONJ", "SCONJ", "PART"}


def token_case(t: Token) -> str | None:
    """The case the tagger gives ``t`` ("Gen"), or None."""
    found = [f[5:] for f in t.morph.split("|") if f.startswith("Case=")]
    return found[0] if found else None


def body_head(
    tokens: Sequence[Token], bodies: frozenset[str], lang: Lang | None = None
) -> int | None:
    """The index in ``tokens`` of the noun that makes the phrase a body's name: the first
    noun after any adjectives, when its lemma (or "adjective noun") is a body's; with
    ``lang``, any of the word's dictionary lemmas ("банку": "банк", not the tagger's "банка")."""
    for n, t in enumerate(tokens):
        if lang is not None and two_word_body(tokens[n : n + 2], bodies, lang) is not None:
            return n + 1  # "у Білому домі": the tagger reads a surname and "дома"
        if t.pos == "ADJ":
            continue
        if t.pos not in ("NOUN", "PROPN"):
            return None
        pair = f"{tokens[n - 1].lemma} {t.lemma}" if n else ""
        if t.lemma.casefold() in bodies or pair.casefold() in bodies:
            return n
        if lang is not None and {p.normal_form for p in parses(lang, t.text)} & bodies:
            return n
        return None
    return None


def two_word_body(pair: Sequence[Token], bodies: frozenset[str], lang: Lang) -> str | None:
    """The name, in the nominative, of the two-word body noun of the lexicon that two
    capitalised words are by any of their dictionary lemmas ("Білому домі" -> "Білий дім",
    "Белом доме" -> "Белый дом"; the tagger reads "Білому" as a surname), or None."""
    if len(pair) != 2 or not pair[0].text[:1].isupper():
        return None
    first, second = readings(lang, pair[0]), readings(lang, pair[1])
    found = sorted(f"{a} {b}" for a in first for b in second if f"{a} {b}" in bodies)
    return found[0][:1].upper() + found[0][1:] if found else None


def leading_body(
    tokens: Sequence[Token], bodies: frozenset[str], case: str, lang: Lang
) -> int | None:
    """The end offset of the body noun that opens a phrase in ``case`` ("Уряд [Терези Мей]",
    "Виборчий штаб [Джо Байдена]": the names after it are the body's); None when none does
    (not an acronym: "АМКУ Світлана Панаіотіді"; not another case: "партії Джо
    Байден"): None."""
    head = body_head(tokens, bodies, lang) if bodies and tokens else None
    if head is None or tokens[head].text.isupper() or f"Case={case}" not in tokens[head].morph:
        return None
    return tokens[head].end


def body_name(text: str, tokens: Sequence[Token], head: int, lang: Lang = "ru") -> str:
    """The phrase ``tokens`` with its head and the adjectives before it in the nominative:
    "российском дипведомстве" -> "российское дипведомство"; "МИД России" stays."""
    case = token_case(tokens[head])
    head_word = text[tokens[head].start : tokens[head].end]
    before = text[max(0, tokens[0].start - 4) : tokens[0].start].split()
    if lang == "uk" and before and before[-1].lower() in IN_DOC and "Loc" in cases(lang, head_word):
        case = "Loc"  # "у Національному банку": the tagger's case of the head is a guess
    if lang == "uk" and head > 0 and case is not None:
        # "Південно-Західній залізниці": a case the adjectives before the head share with it
        shared = set(cases(lang, head_word.lower()))
        for t in tokens[:head]:
            shared &= cases(lang, text[t.start : t.end].lower()) if t.pos == "ADJ" else shared
        if case not in shared and len(shared - {"Nom", "Acc"}) > 0:
            case = sorted(shared - {"Nom", "Acc"})[0]
    gender = next(  # the dictionary's gender: the tagger guesses one for a rare noun
        (str(p.tag.gender) for p in parses(lang, head_word) if CASES.get(str(p.tag.case)) == case),
        None,
    )
    words: list[str] = []
    for n, t in enumerate(tokens):
        written = text[t.start : t.end]
        same = token_case(t) == case or (lang == "uk" and case in cases(lang, written.lower()))
        if n <= head and case not in (None, "Nom") and same:  # "Норвезькому [інституті]"
            written = _nominative(lang, written, case, gender if t.pos == "ADJ" else None)
        if words and tokens[n - 1].end < t.start:
            words.append(" ")
        words.append(written)
    return "".join(words)


def name_in_nominative(text: str, tokens: Sequence[Token], lang: Lang) -> str | None:
    """A body's name of several words written in another case, in the nominative
    ("«Украинской правды»" -> "Украинская правда", "Лізі антитрасту" -> "Ліга антитрасту");
    None when its head noun may already be a nominative (or is no Cyrillic word)."""
    words = [t for t in tokens if t.text not in MARKS]
    head = next((n for n, t in enumerate(words) if t.pos != "ADJ"), None)
    if head is None or len(words) < 2 or words[head].pos not in ("NOUN", "PROPN"):
        return None
    word = words[head].text
    if not word.isalpha() or (not word[:1].isupper() and head == 0) or word.isascii():
        return None
    if token_case(words[head]) in (None, "Nom"):
        return None
    found = cases(lang, word.lower())  # Ukrainian cases are read out of context
    if lang == "uk" and (not found or "Nom" in found):
        return None
    return body_name(text, words, head, lang)


def _nominative(lang: Lang, word: str, case: str, gender: str | None) -> str:
    """``word`` from ``case`` to the nominative (an adjective in the head's ``gender``)."""
    for p in parses(lang, word):
        if CASES.get(str(p.tag.case)) == case:
            number = {"sing"} if "sing" in p.tag.grammemes else set()
            wanted = {"nomn", *number, *([gender] if gender and number else [])}
            form = _singular_nominative(lang, p) or p.inflect(wanted) or p.inflect({"nomn"})
            if form is None:
                break
            new = str(form.word)
            if word.isupper():
                return new.upper()
            if lang == "uk" and word.count("-") == new.count("-") > 0:  # "Південно-Західна"
                parts = zip(word.split("-"), new.split("-"), strict=True)
                return "-".join(n[:1].upper() + n[1:] if w[:1].isupper() else n for w, n in parts)
            return new[:1].upper() + new[1:] if word[:1].isupper() else new
    return word


def _singular_nominative(lang: Lang, p: Any) -> Any | None:
    """The nominative singular of a Ukrainian parse that has no number, as the dictionary
    writes singular nouns ("Віснику": "Вісник", not the plural "Вісники")."""
    if lang != "uk" or p.tag.POS != "NOUN" or "plur" in p.tag.grammemes:
        return None
    return next(  # the dictionary's nominative singular carries no case ("NOUN,inan masc")
        (f for f in p.lexeme if f.tag.case in (None, "nomn") and "plur" not in f.tag.grammemes),
        None,
    )


def located_body(parse: SlavicParse, k: int, bodies: frozenset[str]) -> Span | None:
    """The body "в X" names beside a plural cue verb ``k`` with no subject: "в Кремле
    заявили", "заявили в пресс-службе агентства" (X in the locative, its head a body noun)."""
    tokens = parse.tokens
    if not bodies or "Number=Plur" not in tokens[k].morph:
        return None
    sent = tokens[k].sent
    # before the verb: "в" + the phrase that ends right before it, or before the adverbs
    # right before it ("В МВД Грузии вновь заявили")
    j = k - 1
    while j >= 0 and tokens[j].sent == sent and tokens[j].pos in {"ADV", "PART"}:
        j -= 1
    if parse.lang == "uk" and j >= 2 and day_after_at(parse, j):  # "… в понеділок попередили"
        j -= 2
    stop = j + 1
    quoted = located_quoted(parse, k, stop)  # "У “Нафтогазі” заявили", "в «Газпроме» заявили"
    if quoted is not None:
        return quoted
    while j >= 0 and tokens[j].sent == sent and tokens[j].pos in _NOMINAL:
        j -= 1
    into = IN_DOC if parse.lang == "uk" else _IN  # Ukrainian "у Міністерстві"; Russian "у" is "at"
    if j >= 0 and j < stop - 1 and tokens[j].text.lower() in into:
        found = _phrase(tokens[j + 1 : stop], bodies, parse.lang)
        if found is None and _opens_clause(tokens, j):
            found = _place(tokens[j + 1 : stop], parse.lang)  # not "Пілоти в Німеччині планують"
        if found is not None:
            return found
    # after it: "заявили в Кремле", "заявили РИА Новости в пресс-службе"
    at = k + 1
    while at < len(tokens) and addressee(tokens, tokens[at]):
        at += 1
    at = told_quoted_end(parse, at, len(tokens)) or at  # 'рассказали "Известиям" в ведомстве'
    if at < len(tokens) and tokens[at].text.lower() in into:
        end = at + 1
        while end < len(tokens) and tokens[end].sent == sent and tokens[end].pos in _NOMINAL:
            end += 1
        return _phrase(tokens[at + 1 : end], bodies, parse.lang) or _place(
            tokens[at + 1 : end], parse.lang
        )
    return None


def _opens_clause(tokens: Sequence[Token], j: int) -> bool:
    """Whether the preposition ``tokens[j]`` opens its clause, after adverbs and
    conjunctions at most ("Также в Австралии", "Але у Франції")."""
    k = j - 1
    while k >= 0 and tokens[k].sent == tokens[j].sent and tokens[k].pos in _OPENERS:
        k -= 1
    return k < 0 or tokens[k].sent != tokens[j].sent or tokens[k].pos == "PUNCT"


def _place(tokens: Sequence[Token], lang: Lang) -> Span | None:
    """A registry country (or a capital standing for its government) the NER named, as a
    whole phrase ("в Польше заявили", "У Великобританії заявили"): its people speak for it,
    as "в США заявили" does; a city does not ("В Николаеве заявили")."""
    if not tokens or not all(t.ent_type == "GPE" for t in tokens):
        return None
    from reportedly.actors import default_registry  # here: the registry's package imports this

    registry = default_registry()
    words = " ".join(t.text for t in tokens)
    for form in (words, " ".join(t.lemma for t in tokens), nominative(lang, words)):
        if registry.match_metonym(form) or any(
            a.type == "country" for a in registry.match_name(form)
        ):
            return Span(tokens[0].start, tokens[-1].end)
    return None


def _phrase(tokens: Sequence[Token], bodies: frozenset[str], lang: Lang = "ru") -> Span | None:
    head = body_head(tokens, bodies, lang)
    if head is None and tokens and _acronym(tokens[0]):
        head = 0  # "сообщили в МО РФ", "добавили в ГСЧС": an acronym, no case to read
    elif head is None or not (
        token_case(tokens[head]) == "Loc"  # "у Міністерстві": Ukrainian Loc and Dat look alike
        or (lang == "uk" and "Loc" in cases(lang, tokens[head].text.lower()))
    ):
        return None
    # the head's genitive modifiers belong to the name ("МИД России"); anything else ends it
    end = head + 1
    while end < len(tokens) and (
        token_case(tokens[end]) == "Gen"  # a Ukrainian case is the tagger's guess: any reading
        or (lang == "uk" and "Gen" in cases(lang, tokens[end].text.lower()))
    ):  # "в інституті громадського здоров'я"
        end += 1
    return Span(tokens[0].start, tokens[end - 1].end)


def _acronym(t: Token) -> bool:
    """An acronym in capitals, Cyrillic or Latin ("МО", "ГСЧС", "ЦИК")."""
    return len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()


# "також", "также": an additive particle between a document and its verb
_ALSO = frozenset({"також", "теж", "также", "тоже"})
# "в нем", "в ней", "у ньому": a document named before, the pronoun its mention
_DOC_PRONOUNS = frozenset({"нем", "ней", "них", "ньому", "ній"})


def located_document(
    parse: SlavicParse, k: int, lexicon: SlavicLexicon | None = None
) -> Span | None:
    """The document "в X" names right after an impersonal cue ``k``: "говорится в заявлении
    Трампа", "йдеться у повідомленні" (any noun: the Ukrainian tagger's case is a guess);
    with ``lexicon``, the site it was published on too ("в заявлении, опубликованном на
    сайте Госдепартамента США, сказано": :mod:`~reportedly.attribution.slavic.sites`)."""
    tokens = parse.tokens
    if lexicon is not None and (on_site := _on_site_before(parse, k, lexicon)) is not None:
        return on_site
    v = k  # past an additive particle: "У листі … також ідеться, що …"
    while v > 0 and tokens[v - 1].text.lower() in _ALSO and tokens[v - 1].sent == tokens[k].sent:
        v -= 1
    j = v - 1  # before the verb: "В заявлении МИД говорится, что …"
    while (
        j >= 0
        and v - j <= 9
        and tokens[j].sent == tokens[k].sent
        and (tokens[j].pos in _DOC or tokens[j].text in MARKS or _inner_preposition(tokens, j))
    ):
        j -= 1
    before = 0 <= j < v - 1 and tokens[j].sent == tokens[k].sent
    if before and tokens[j].text.lower() in IN_DOC and tokens[j + 1].pos in _DOC_HEAD:
        # the addressee after an inner preposition is not the document's owner
        end = next((i for i in range(j + 2, v) if _inner_preposition(tokens, i)), v)
        return Span(tokens[j + 1].start, tokens[end - 1].end)
    if k >= 2 and tokens[k - 2].text.lower() in IN_DOC and tokens[k - 1].sent == tokens[k].sent:
        pronoun = tokens[k - 1]  # "…расследования, в нем утверждается, что": the document named
        if pronoun.pos == "PRON" and pronoun.text.lower() in _DOC_PRONOUNS:
            return Span(pronoun.start, pronoun.end)
    at = k + 1
    if at >= len(tokens) or tokens[at].text.lower() not in IN_DOC:
        return None
    first = at + 1  # past an opening mark: "повідомляється у «Віснику державних закупівель»"
    while first < len(tokens) and tokens[first].text in MARKS and first - at <= 2:
        first += 1
    if first + 1 < len(tokens) and tokens[first].pos in {"PRON", "DET"}:
        first += 1  # "йдеться у їхній спільній заяві": the document, not its owners' pronoun
    end = first
    while (
        end < len(tokens)
        and end - at <= 6
        and tokens[end].sent == tokens[k].sent
        and (tokens[end].pos in _DOC or (end > first and tokens[end].text in MARKS))
    ):
        end += 1
    while end > first and tokens[end - 1].text in MARKS:
        end -= 1
    if end == first or first >= len(tokens) or tokens[first].pos not in _DOC_HEAD:
        return None
    if lexicon is not None and (owner := site_owner(tokens, end, lexicon)) is not None:
        end = owner_end(parse, owner, tokens[k].sent)  # "…, опубликованном на сайте МИД РФ"
    return Span(tokens[first].start, tokens[end - 1].end)


def _inner_preposition(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is a preposition inside a document's phrase, between two of its
    words ("У листі демократів [до] ФБР йдеться"), not the "в" that opens it."""
    return (
        tokens[j].pos == "ADP"
        and tokens[j].text.lower() not in IN_DOC
        and 0 < j < len(tokens) - 1
        and tokens[j - 1].pos in _DOC
        and tokens[j + 1].pos in _DOC
    )


def owner_end(parse: SlavicParse, owner: int, sent: int, reach: int = 8) -> int:
    """The token after the name of a site's owner that starts at ``owner``."""
    tokens = parse.tokens
    end = owner
    while (
        end < len(tokens)
        and end - owner < reach
        and tokens[end].sent == sent
        and (tokens[end].pos in _DOC or tokens[end].text in MARKS)
    ):
        end += 1
    while end > owner + 1 and tokens[end - 1].text in OPENING_QUOTES:
        end -= 1
    return end


def _on_site_before(parse: SlavicParse, k: int, lexicon: SlavicLexicon) -> Span | None:
    """ "В заявлении, опубликованном на сайте Госдепартамента США, сказано": the document and
    its site between "в" and the comma before the cue ``k``."""
    tokens = parse.tokens
    if k < 2 or tokens[k - 1].text != ",":
        return None
    sent = tokens[k].sent
    for i in range(k - 3, max(-1, k - 16), -1):
        if tokens[i].sent != sent:
            return None
        if tokens[i].text.lower() not in IN_DOC or tokens[i + 1].pos not in _DOC_HEAD:
            continue
        comma = next((j for j in range(i + 1, k) if tokens[j].text == ","), None)
        if comma is None or not all(t.pos in _DOC for t in tokens[i + 1 : comma]):
            continue
        owner = site_owner(tokens, comma, lexicon)
        if owner is not None and owner < k - 1 and owner_end(parse, owner, sent) == k - 1:
            return Span(tokens[i + 1].start, tokens[k - 2].end)
    return None
