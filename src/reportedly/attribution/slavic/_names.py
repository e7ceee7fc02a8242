"""Small name tests of the speaker phrases and clusters (kept apart from speakers.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.attribution.slavic.agreement import number
from reportedly.attribution.slavic.lexicon import Lang, default_lexicon
from reportedly.nlp.slavic_morph import is_known, nominative, parses

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.phrases import SlavicParse
    from reportedly.model import Span, Token


def genitive_tail(parse: SlavicParse, start: int, end: int) -> bool:
    """A Ukrainian head noun with genitives after it: "Мер Києва", "Прем'єр-міністр Данії",
    "Чинний голова Білого дому" (its adjectives before it)."""
    tokens = parse.tokens
    while start < end and tokens[start].pos == "ADJ" and parse.has_case(tokens[start], "Nom"):
        start += 1
    return (
        parse.lang == "uk"
        and start < end
        and tokens[start].pos == "NOUN"
        and all(parse.has_case(t, "Gen") for t in tokens[start + 1 : end + 1])
    )


def object_genitive(
    parse: SlavicParse, tokens: Sequence[Token], first: int, lexicon: SlavicLexicon
) -> bool:
    """Whether the name that opens at ``tokens[first]`` is the genitive of a noun of an act
    done to a person inside the phrase ("Статті імпічменту Трампа": the impeached man, no
    issuer; "заява Трампа", "прес-служба Нафтогазу" name theirs)."""
    if first < 2:
        return False
    noun = tokens[first - 1]
    if noun.pos != "NOUN" or not noun.text.islower():
        return False
    lemmas = {noun.lemma} | {p.normal_form for p in parses(parse.lang, noun.text)}
    return bool(lemmas & lexicon.object_nouns)


_INITIAL = re.compile(r"\w\.")
# the marks that open a quoted passage or a line of speech
_OPENERS = frozenset('"«„“”-–—')


def same_given(key: str, words: list[str]) -> bool:
    """Whether two names of one surname may be one person: either is the surname alone, or
    their given names open alike ("Хадім"/"Хадіма"); "Саад Різві" is not "Хадім Різві"."""
    given = key.split()[:-1]
    if not given or len(words) == 1:
        return True
    if _INITIAL.fullmatch(given[0]) or _INITIAL.fullmatch(words[0]):  # "Т. Мей", "Тереза Мей"
        return given[0][0] == words[0][0]
    return given[0][:3] == words[0][:3]


_VOWELS = frozenset("аеєиіїоуюяыэёйь'’")


def _skeleton(surname: str) -> str:
    """A Cyrillic surname's consonants, doubled ones once, a leading "дж" dropped: one
    foreign name's transliterations ("Джейкобс"/"Якобс", "Мей"/"Май") share it."""
    word = surname.casefold()
    word = word[2:] if word.startswith("дж") else word
    out = ""
    for c in word:
        if c not in _VOWELS and not out.endswith(c):
            out += c
    return out


def spelt_alike(key: str, words: list[str]) -> bool:
    """Whether the name ``words`` is another spelling of the person ``key`` in one text:
    the surnames differ but share their :func:`_skeleton` and their ending (any two letters
    of a short one: "Май"/"Мей"), and the given names are written
    alike ("Тереза Май"/"Тереза Мей"); a surname alone only when its skeleton has three
    consonants or more ("Якобс" for "Кенні Джейкобс", not "Май" for "Мао")."""
    given, last = key.split()[:-1], key.split()[-1]
    if last == words[-1] or not last[:1].isalpha() or not words[-1][:1].isalpha():
        return False
    if last[-2:] != words[-1][-2:] and max(len(last), len(words[-1])) > 3:
        return False  # a case or gender ending ("Навальной", "Навальный"), not a spelling
    skeleton = _skeleton(last)
    if not skeleton or skeleton != _skeleton(words[-1]):
        return False
    if given and len(words) > 1:
        return given == words[:-1]
    return len(skeleton) >= 3


def spelling_variants(people: list[str]) -> dict[str, str]:
    """People's full names that are another spelling of an earlier one of ``people``, mapped
    to it ("Тереза Май" -> "Тереза Мей" when a bare "Мей" came first and took the full name)."""
    found: dict[str, str] = {}
    for n, name in enumerate(people):
        words = name.casefold().split()
        if len(words) < 2:
            continue
        for earlier in people[:n]:
            if " " in earlier and spelt_alike(earlier.casefold(), words):
                found[name] = earlier
                break
    return found


def group_of(parse: SlavicParse, speaker: Span) -> bool:
    """A phrase headed by a plural common noun: a group, not the body named in it ("Пілоти
    авіакомпанії Ryanair", "Німецькі пілоти … Ryanair": past the adjectives), that no body's
    representatives are ("Представники компанії" speak for it); in Russian, whose tagger reads
    animacy, a plural noun for people that no voice of a body is ("участники СВО";
    "представители Минобороны" speak for it)."""
    found = list(parse.tokens_in(speaker))
    if len(found) < 2:
        return False
    if parse.lang == "ru":  # the first noun in the nominative heads it
        nouns = [parse.tokens[i] for i in found if parse.tokens[i].pos in ("NOUN", "PROPN")]
        head = next((t for t in nouns if "Case=Nom" in t.morph), None)
        return (
            head is not None
            and head.pos == "NOUN"
            and {"Animacy=Anim", "Number=Plur"} <= set(head.morph.split("|"))
            and head.lemma.islower()
            and head.lemma not in default_lexicon("ru").voices
        )
    first = 0
    while first < len(found) - 2 and parse.tokens[found[first]].pos == "ADJ":
        first += 1
    head = parse.tokens[found[first]]
    if first and not any("anim" in p.tag for p in parses("uk", head.text)):
        return False  # past adjectives only people ("Збройні сили" are a body)
    return (
        head.pos == "NOUN"
        and "Number=Plur" in head.morph
        and not head.text.isupper()
        and head.lemma.casefold() not in default_lexicon("uk").representatives
    )


def named_body(parse: SlavicParse, tokens: list[Token], case: str) -> bool:
    """A Ukrainian nominative phrase that opens with a capital inside its sentence (past its
    opening punctuation) and names no person: an outlet's or a body's own name ("Європейська
    правда")."""
    if parse.lang != "uk" or case != "Nom" or not tokens or not tokens[0].text[:1].isupper():
        return False
    k = tokens[0].i
    # a word right after a quote mark or dash opens a clause: '"Священнослужителі хочуть',
    # 'передає " Профспілки стверджують' (an outlet's name lost) capitalise a common noun
    previous = parse.tokens[k - 1] if k else None
    first = previous is None or previous.sent != tokens[0].sent or previous.text in _OPENERS
    return not first and all(t.pos != "PRON" for t in tokens) and len(tokens) <= 6


def by_surname(people: list[tuple[str, str]], word: str) -> str | None:
    """The name of the one person of ``people`` (cluster key, name) whose surname ``word``
    is, in any case ("Міксера" for "Свен Міксер"); None when none or several are."""
    word = word.casefold()
    found = set()
    for key, name in people:
        surname = key.split()[-1]
        stem = surname[:-1] or surname
        if word == surname or (word.startswith(stem) and abs(len(word) - len(surname)) <= 2):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def named_for(parse: SlavicParse, span: Span) -> bool:
    """A person a body is named for ("Інституті імені Роберта Коха", "в Інституті Роберта
    Коха"): part of the body's name, no speaker."""
    k = parse.token_at(span.start)
    if k is None or k == 0:
        return False
    before = parse.tokens[k - 1]
    words = default_lexicon(parse.lang)  # the named_for and named_after words (data/cues_*.yaml)
    return before.text.lower() in words.named_for or before.lemma.casefold() in words.named_after


def plural_head(parse: SlavicParse, speaker: Span) -> bool:
    """Whether the phrase's last word, its head noun, is plural ("неназванных дипломатов")."""
    found = parse.tokens_in(speaker)
    return bool(found) and number(parse.tokens[found[-1]]) == "plur"


def role_words(tokens: Sequence[Token], lexicon: SlavicLexicon) -> bool:
    """Whether ``tokens`` are a role noun of a person ("глава", "директор"), alone or after
    adjectives."""
    return bool(tokens) and (
        tokens[-1].lemma.casefold() in lexicon.anaphors - lexicon.voices
        and all(t.pos == "ADJ" for t in tokens[:-1])
    )


def verb_gender(parse: SlavicParse, name: range) -> str | None:
    """The gender of the past verb right after the name's tokens ``name``, the name its
    subject ("Мішель Барньє запропонував"); None when the name follows a common noun it may
    modify ("дружина Голяшкіна підтверджувала": the wife confirmed)."""
    if not name or name[-1] + 1 >= len(parse.tokens):
        return None
    after = parse.tokens[name[-1] + 1]
    before = parse.tokens[name[0] - 1] if name[0] > 0 else None
    if before is not None and before.pos == "NOUN" and before.text.islower():
        return None
    return parse.gender(after) if after.pos == "VERB" else None


def written_surname(text: str, mentions: Sequence[Span], name: str) -> str:
    """``name`` with the surname as written when it is foreign, ends in a vowel, is unknown
    to the Ukrainian dictionary and is written alike in two or more mentions ("Ентоні Фаучі
    … Фаучі": not a guessed "Фауч"); ``name`` itself else."""
    lasts = {m.text(text).split()[-1] for m in mentions if m.text(text).split()}
    if len(lasts) != 1 or len(mentions) < 2:
        return name
    last = lasts.pop()  # a foreign name's vowel ends it ("Фаучі", "Конте"), no case
    if last[-1:] in "іеоую" and last[:1].isupper() and not is_known("uk", last):
        return " ".join([*name.split()[:-1], last])
    return name


def mention_gender(parse: SlavicParse, span: Span, current: str | None) -> str | None:
    """A person's gender after a mention of them (``current`` before it): a past verb right
    after the name first (the tagger's gender of a foreign name is a guess: "Мішель",
    "Лийметс"); then in Ukrainian only a given name (of a surname alone, "Ляшко", "Мей", a
    guess), in Russian the mention's words when none was known."""
    found = parse.tokens_in(span)
    tokens = [parse.tokens[i] for i in found]
    said = verb_gender(parse, found)
    if said is not None:
        return said  # "Мішель Барньє запропонував", "Лийметс отметила"
    if parse.lang == "uk":
        given = {parse.gender(t) for t in tokens if "NameType=Giv" in t.morph} - {None}
        return given.pop() if len(given) == 1 else current
    if current is None:
        genders = {parse.gender(t) for t in tokens} - {None}
        return genders.pop() if len(genders) == 1 else None
    return current


def full_names(bodies: list[str]) -> dict[str, str]:
    """Bodies' short names mapped to the one longer name of the article they stand for: a
    one-word name that opens it ("Нафтогаз" -> "Нафтогаз України"), or a name of a few words
    holding a name that are its words in order, ending alike ("Штаб Байдена" -> "виборчий
    штаб Джо Байдена"); acronyms and lower-case words left alone."""
    found: dict[str, str] = {}
    for name in bodies:
        if " " in name:
            words = name.casefold().split()
            if not any(w[:1].isupper() for w in name.split()[1:]):
                continue  # no name in it: "Міністерство оборони" may be any country's
            fuller = {
                b
                for b in bodies
                if len(b.split()) > len(words) and _in_order(words, b.casefold().split())
            }
        elif name.isupper() or not name[:1].isupper():
            continue
        else:
            fuller = {b for b in bodies if b.startswith(name + " ")}
        if len(fuller) == 1:
            found[name] = fuller.pop()
    return found


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` are ``longer``'s in order, the last the same."""
    rest = iter(longer)
    return words[-1] == longer[-1] and all(w in rest for w in words)


def declined_surnames(lang: Lang, people: list[str]) -> dict[str, str]:
    """People's one-word names that are the genitive of the surname of one person named in
    full, mapped to that name ("Степанова", read as a woman's nominative after "За словами",
    -> "Максим Степанов")."""
    found: dict[str, str] = {}
    for name in people:
        if " " in name:
            continue
        surname = nominative(lang, name, "Gen").casefold()
        named = {p for p in people if " " in p and p.casefold().split()[-1] == surname}
        if surname != name.casefold() and len(named) == 1:
            found[name] = named.pop()
    return found


def person_start(parse: SlavicParse, span: Span) -> int:
    """Where a person's name found by the NER starts once another name glued before it is
    left out ("Києва Денис Масенко", "Україна НАТО Сергій Джердж", "Markit Тім Моор"): at a
    given name (its likeliest reading) followed by the surname alone, when no word before it
    reads as a given name, patronymic or surname in the nominative ("Александр Александрович
    Пушкин", "Хан Дон Хун" stay whole)."""
    words = [parse.tokens[k] for k in parse.tokens_in(span) if parse.tokens[k].text.isalpha()]
    if len(words) < 3:
        return span.start

    def reads(t: Token, grammemes: set[str]) -> bool:
        found = parses(parse.lang, t.text)
        return any(g in p.tag and "nomn" in p.tag for p in found for g in grammemes)

    given = words[-2]
    likeliest = parses(parse.lang, given.text)[:1]  # "Дон" in "Хан Дон Хун" is first a don
    if not (likeliest and "Name" in likeliest[0].tag) or any(
        reads(w, {"Name", "Patr", "Surn"}) for w in words[:-2]
    ):
        return span.start  # a nominative reading only: "НАТО", "Ізраїлю" read as a vocative
    return given.start


def man_named(name: str, declined: str) -> str | None:
    """``name`` as a man's, when the phrase's case read its surname as a man's genitive
    ("Бомбандьорова" after "За словами" is "Бомбандьоров"): ``declined`` is the nominative
    that case gave, differing from ``name`` only by the surname's last "а"; else None."""
    words, new = name.split(), declined.split()
    if not words or not new or words[-1] != new[-1] + "а" or len(new) < len(words):
        return None
    if new[: len(words) - 1] != words[:-1] and len(words) > 1:
        return None
    return declined


def holds_name(parse: SlavicParse, speaker: Span) -> bool:
    """Whether the phrase holds a name: a capital not merely the sentence's first letter, or
    a first word that is a name by other evidence (:func:`_name_opening`)."""
    tokens = parse.tokens
    return any(
        tokens[i].text[:1].isupper()
        and ((i > 0 and tokens[i - 1].sent == tokens[i].sent) or _name_opening(parse, i))
        for i in parse.tokens_in(speaker)
    )


_NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Orgn", "Geox")


def _name_opening(parse: SlavicParse, i: int) -> bool:
    """Whether capitalised token ``i``, its sentence's first, is a name all the same: in Latin
    script ("Pfizer, яка …"), a name by the Russian tagger (natasha reads the context) or by
    the Ukrainian dictionary's likeliest reading ("Петренко": a surname; not "Регулятори"),
    or its lemma capitalised where no sentence opens elsewhere in the text."""
    tokens = parse.tokens
    t = tokens[i]
    if t.text[:1].isascii():
        return True
    if parse.lang == "ru" and t.pos == "PROPN":
        return True
    likeliest = parses(parse.lang, t.text)[:1]
    if (
        parse.lang == "uk"
        and likeliest
        and any(g in likeliest[0].tag.grammemes for g in _NAME_GRAMMEMES)
    ):
        return True
    return any(  # "Рада, яка …" and "… депутати Ради": one name in another case
        u.text[:1].isupper() and u.lemma == t.lemma and j > 0 and tokens[j - 1].sent == u.sent
        for j, u in enumerate(tokens)
    )
