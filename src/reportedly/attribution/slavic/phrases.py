"""Noun phrases in Russian and Ukrainian: the tokens by offset, their cases, and the phrase
in a given case before or after a cue, or the cue's parsed subject."""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.attribution.slavic._names import genitive_tail
from reportedly.attribution.slavic.name_particles import particle_name
from reportedly.attribution.slavic.parse import NOMINAL, SlavicParse
from reportedly.attribution.slavic.phrase_asides import abbreviation_aside, in_place
from reportedly.attribution.slavic.preposition_objects import object_continues
from reportedly.attribution.slavic.prepositions_uk import (
    accusative_object,
    prepositional_object,
    regional_body,
)
from reportedly.attribution.slavic.quoted import quoted_name, quoted_name_ending
from reportedly.attribution.slavic.skipped_words import (
    ADVERBS,
    adverbs_skipped,
    parenthetical_skipped,
    time_skipped,
)
from reportedly.attribution.slavic.time_phrases import AT, MONTHS, date_end, time_word
from reportedly.attribution.slavic.title_tails import name_after_title_tail
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import cases, parses

__all__ = ["AT", "NOMINAL", "SlavicParse"]  # re-exported: most rules import them from here

# personal pronouns: a subject on their own ("підсумувала вона головні вимоги": not the
# object after the pronoun)
PERSONAL = {"он", "она", "оно", "они", "він", "вона", "воно", "вони"}
PLACES = frozenset({"на", "під", "після", "перед", "під час"})
WITH = frozenset({"з", "із", "зі", "із-за", "без"})  # their object is no subject
# prepositions of an occasion between a subject and its verb ("Речник Єврокомісії [після
# зустрічі] заявив"): their object is no subject either
OCCASION = frozenset({"після", "перед"})
RELATIVE = {"который", "який", "кто", "хто", "что", "що", "это", "це"}
# relative pronouns that open a clause ("згідно з якими", "представники, котрі …")
WHICH = frozenset({"который", "який", "котрий"})


def phrase_after(parse: SlavicParse, k: int, stop: int, case: str = "Nom") -> Span | None:
    """The noun phrase in ``case`` that starts at or soon after token ``k`` (a few words that
    are not in it, "журналистам", "в свое время", may come first), before token ``stop``."""
    tokens = parse.tokens
    sent = tokens[k].sent if k < len(tokens) else -1
    skipped = 0
    place = k + 8  # a place phrase counts as one skipped word, up to this token
    while k < stop and tokens[k].sent == sent and skipped < 4:
        t = tokens[k]
        if k < place and in_place(parse, k, case):
            k += 1  # "заявил на пленарной сессии Европарламента еврокомиссар": one place
            continue
        if case == "Nom" and (told := told_quoted_end(parse, k, stop)) is not None:
            k = told  # "заявив «Європейській правді» посол": the outlet was told
            skipped += 1
            continue
        if (quoted := quoted_name(parse, k, stop)) is not None:
            return quoted  # "як вказує «Gazeta Wyborcza»", "пишет «Коммерсантъ»"
        if t.pos == "PUNCT" or (t.pos == "VERB" and not _participle(t)):
            return None
        if t.pos == "NOUN" and t.text.islower() and not parse.has_case(t, case):
            told_name = quoted_name(parse, k + 1, stop)
            if told_name is not None:  # "рассказал изданию «Взгляд» эксперт": the one told
                k = parse.tokens_in(told_name)[-1] + 1
                skipped += 1
                continue
        if addressee(tokens, t):
            k += 1  # "заявил РИА Новости X", "в интервью РИА Новости": told, not telling
            continue
        if t.text.islower() and time_word(parse, k):
            k = date_end(parse, k)  # "заявив у понеділок, 19 листопада, головний …"
            skipped += 1
            continue
        # "сказав на конференції": a place, not the speaker; "кажуть у поліції" is a body;
        # "написав у Twitter": a Latin name's case is no guide, the preposition governs it
        if (
            (t.pos in NOMINAL or _participle(t))  # "согласно обновленной доктрине"
            and parse.has_case(t, case)
            and not _governed(parse, k, PLACES)
            and not (t.text.isascii() and _governed(parse, k, AT))
        ):
            if skipped and t.text[:1].isupper() and _object_of(parse, k - 1):
                return None  # "підтвердив перемогу Джо Байдена": the object's genitive
            break
        k += 1
        skipped += 1
    else:
        return None
    end = held = k
    while end < stop and tokens[end].sent == sent:
        # 'звітом "Укртрансгазу"', "прес-служба “Нафтогазу”": a common word's name in marks
        # other than «» (which the phrase holds already), the closing mark left out as there
        kind = tokens[end - 1] if end > k and tokens[end].text != "«" else None
        named = quoted_name(parse, end, stop) if kind is not None and kind.text.islower() else None
        if named is not None and kind is not None and kind.pos in {"NOUN", "ADJ"}:
            held = parse.tokens_in(named)[-1]
            end = held + 1
            continue
        if not (_in_phrase(tokens[end]) or _participle(tokens[end])) or (
            end > k and _told(parse, tokens[end])
        ):
            break  # "сказав Ентоні Фаучі агентству Associated Press": the addressee
        end += 1
        if tokens[k].lemma in PERSONAL:
            break
    if (through := name_after_title_tail(parse, end, stop)) > end:
        held = end = through  # "Уполномоченный … по правам человека Дмитрий Лубинец"
    while end > held and not (
        parse.has_case(tokens[end - 1], case) or parse.has_case(tokens[end - 1], "Gen")
    ):
        end -= 1
    return Span(tokens[k].start, tokens[end - 1].end) if end > k else None


def _object_of(parse: SlavicParse, k: int) -> bool:
    """Whether token ``k`` is a Ukrainian common noun that can only be an object or a
    genitive ("перемогу"): a name after it is its modifier, not the verb's subject (the
    Ukrainian annotation reads the name's case out of context)."""
    t = parse.tokens[k]
    if parse.lang != "uk" or t.pos != "NOUN" or not t.text.islower() or time_word(parse, k):
        return False  # "повідомляє в неділю телеканал": a day, no object
    found = cases("uk", t.text)
    return bool(found) and found <= {"Acc", "Gen"}


def _told(parse: SlavicParse, t: Token) -> bool:
    """A Ukrainian noun that can only be a dative or locative ("агентству", "журналістам"):
    no part of a subject (the Ukrainian annotation reads cases out of context)."""
    if parse.lang != "uk" or t.pos != "NOUN" or not t.text.islower():
        return False
    found = cases("uk", t.text)
    return bool(found) and "Dat" in found and not found & {"Nom", "Gen", "Acc"}


def phrase_before(parse: SlavicParse, k: int, case: str = "Nom") -> Span | None:
    """The noun phrase in ``case`` that ends right before token ``k`` (adverbs and "не"
    between them skipped): "Глава администрации Вадим Филашкин [заявил]"."""
    tokens = parse.tokens
    sent = tokens[k].sent
    j = parenthetical_skipped(parse, adverbs_skipped(parse, k - 1, sent), sent)
    j = time_skipped(parse, j, sent)
    aside = _bracket_opening(parse, j)  # "Олег Савченко (Свобода) [заявив]": a party, a place
    if aside is not None and (short := abbreviation_aside(parse, aside, j)) is not None:
        return short  # "Управління … медикаментів МОЗ (FDA) [рекомендувало]": the body's own
    if aside is not None:
        j = adverbs_skipped(parse, aside - 1, sent)
    end = j
    opening = quoted_name_ending(parse, end)  # “Нафтогаз” [заявив]: marks of any kind
    if opening is not None:
        j = opening - 1
    while j >= 0 and tokens[j].sent == sent and _in_phrase(tokens[j]):
        j -= 1
    start = j + 1
    if end >= 0 and tokens[end].pos == "PRON":
        start = end  # "у декларації він [вказав]": the pronoun alone is the subject
    while start <= end and (
        not (tokens[start].pos in NOMINAL and parse.has_case(tokens[start], case))
        or tokens[start].lemma in MONTHS  # "27 вересня компанія [повідомила]": a date
    ):
        start += 1
    if object_continues(parse, j, start, end):
        return None
    if parse.lang == "uk" and case == "Nom" and accusative_object(parse, j, start, end):
        return phrase_before(parse, j, case)  # "Трамп на рішення суду [відреагував]": Трамп
    if parse.lang == "uk" and case == "Nom" and prepositional_object(parse, j, start, end):
        start += 1  # "Після публікації [прес-служба «…»]", "за видом діяльності [НКРЕКП]"
    timed = False  # "[У] четвер міністерство [повідомило]", "У березні 2015 року прокуратура"
    while start < end and (time_word(parse, start) or (timed and tokens[start].text.isdigit())):
        start, timed = start + 1, True
    if case == "Nom" and (share := _share(parse, end)) is not None:
        return share  # "55% [заявили]", "57% американців [заявили]": a poll's share
    if opening is not None and opening > j:  # "«Нафтогаз» [заявив]", "ТД «Украгропром»"
        kind = start < opening and all(parse.has_case(t, case) for t in tokens[start:opening])
        return Span(tokens[start if kind else opening].start, tokens[end].end)
    # a lone common noun a few words after "з/із", "у/в/на": the preposition's object
    governed = (  # "у зв'язку з цим [нагадав]": no nominative at all is governed too
        start >= end
        and end - j <= 3
        and all(t.text.islower() for t in tokens[j + 1 : end + 1])  # not "у Джорджії президент"
        and cases(parse.lang, tokens[end].text) - {"Nom", "Voc"} != set()
        and tokens[end].text.lower() not in PERSONAL  # "Після зустрічі вона [заявила]"
    )  # "у зв'язку з цим авіакомпанія": a word only nominative is no preposition's object
    governing = tokens[j].text.lower() if j >= 0 else ""
    if governed and parse.lang == "uk" and governing in WITH | AT | PLACES:
        # "Меркель [із серйозним виразом обличчя] повідомляє", "Мей у четвер [зібрала]":
        # the subject before it (the preposition's object stays where there is none)
        before = phrase_before(parse, j, case) if j > 0 else None
        named = before is not None and any(
            tokens[i].text[:1].isupper() for i in parse.tokens_in(before)
        )
        if start > end and not named:
            before = None  # "на зустрічі з журналістами": past a second object, only a name
        elif before is not None or tokens[j].text.lower() in WITH | OCCASION:
            return before
    if start > end or (
        not parse.has_case(tokens[end], case)
        and tokens[end].pos != "PROPN"
        and not genitive_tail(parse, start, end)
    ):
        # "Гайко Маас [у Москві] заявив": the subject before a place the verb follows
        if _governed(parse, j + 1, AT) and j > 0 and tokens[j - 1].pos == "PROPN":
            return phrase_before(parse, j, case)
        return None
    if parse.lang == "uk" and case == "Nom":
        start = _head_after_name(parse, start, end)
        branch = regional_body(parse, j, start, end)  # "Служба автодоріг у … області"
        start = branch if branch is not None else start
    return Span(tokens[start].start, tokens[end].end)


def _head_after_name(parse: SlavicParse, start: int, end: int) -> int:
    """Where a Ukrainian phrase that ends in a lower-case noun of a person after a name
    starts: at that noun ("В ефірі Радіо Свобода [медик] зазначив"; the name is the place)."""
    tokens = parse.tokens
    head = tokens[end]
    if end <= start or head.pos != "NOUN" or not head.text.islower():
        return start
    before = tokens[end - 1]  # not "Білого [дому]": an adjective of the noun, or its case
    opening = end - 1 == 0 or tokens[end - 2].sent != before.sent
    capital = before.text[:1].isupper() and before.pos != "ADJ" and not opening
    person = any("anim" in p.tag and "nomn" in p.tag for p in parses("uk", head.text))
    return end if capital and person else start  # not "Нью-Йорк таймс", "Білий дім"


def _bracket_opening(parse: SlavicParse, j: int, most: int = 6) -> int | None:
    """The index of the "(" of the short aside in brackets that token ``j`` closes, when the
    aside holds no verb and a name stands before it; None else."""
    tokens = parse.tokens
    if j < 2 or tokens[j].text != ")":
        return None
    for o in range(j - 1, max(0, j - most - 1), -1):
        t = tokens[o]
        if t.sent != tokens[j].sent or t.pos in {"VERB", "AUX"} or t.text in ".!?;":
            return None
        if t.text == "(":
            # "Мартін Лохер (Martin Locher) [заявив]": a surname the tagger took for a noun
            named = tokens[o - 1].pos == "PROPN" or tokens[o - 1].text[:1].isupper()
            return o if o > j - most and named else None
    return None


def _share(parse: SlavicParse, end: int) -> Span | None:
    """A Ukrainian poll's share ending at token ``end``: "55%", "57% американців"."""
    tokens = parse.tokens
    if parse.lang != "uk" or end < 1:
        return None
    k = end
    while k > 1 and tokens[k].pos == "NOUN" and parse.has_case(tokens[k], "Gen"):
        k -= 1
    if (
        tokens[k].text != "%"
        or tokens[k - 1].pos != "NUM"
        or tokens[k - 1].sent != tokens[end].sent
    ):
        return None
    return Span(tokens[k - 1].start, tokens[end].end)


def _governed(parse: SlavicParse, k: int, words: frozenset[str]) -> bool:
    """Whether token ``k`` is the object of a Ukrainian preposition of ``words`` ("на
    конференції", "у Москві"): the tagger reads no case in context, and "конференції" may
    be a nominative."""
    tokens = parse.tokens
    if parse.lang != "uk" or k == 0 or k >= len(tokens):
        return False
    before = tokens[k - 1]
    if before.text.lower() not in words:
        return False
    preposition = before.pos == "ADP" or any(
        str(p.tag.POS) == "PREP" for p in parses("uk", before.text.lower())
    )  # "на" is read as a particle first
    return preposition and before.sent == tokens[k].sent and before.text.lower() not in ADVERBS


def subject(parse: SlavicParse, k: int) -> Span | None:
    """The subject the dependency parse gives cue token ``k`` (Russian only: the Ukrainian
    annotation has no parse), as the span of its nominal subtree; None when there is none
    or it is a relative pronoun ("который")."""
    tokens = parse.tokens
    subj = next(
        (t for t in tokens if t.head == k and t.i != k and t.dep in ("nsubj", "nsubj:pass")),
        None,
    )
    if subj is not None and subj.pos == "PART":
        return particle_name(parse, subj.i)  # "Фон дер Ляйен, переизбранная …, заявила"
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


def told_quoted_end(parse: SlavicParse, k: int, stop: int) -> int | None:
    """The token after the name in quote marks that opens at token ``k`` when the name's
    first word is in the dative and cannot be nominative ("рассказали «Известиям»",
    "заявив «Європейській правді»": the one told, not telling); else None."""
    quoted = quoted_name(parse, k, stop)
    if quoted is None:
        return None
    t = parse.tokens[k + 1]
    if parse.lang == "uk":
        found = cases("uk", t.text)
        dative = bool(found) and "Dat" in found and "Nom" not in found
    else:  # "прокомментировал «Медиазоне» основатель CIT": the parse's indirect object
        dative = "Case=Dat" in t.morph or t.dep == "iobj"
    return parse.tokens_in(quoted)[-1] + 1 if dative else None


def addressee(tokens: Sequence[Token], t: Token) -> bool:
    """Whether the parse makes ``t`` the indirect object, or a name in apposition to it
    (Russian only: the Ukrainian annotation has no parse)."""
    if t.dep == "iobj":
        return True
    head = tokens[t.head] if 0 <= t.head < len(tokens) else t
    return t.dep in {"appos", "flat:name", "flat"} and head is not t and head.dep == "iobj"


def _participle(t: Token) -> bool:
    """A participle the Russian tagger calls a verb ("обновленной" in "согласно обновленной
    ядерной доктрине"): it modifies the noun phrase it opens."""
    return t.pos == "VERB" and "VerbForm=Part" in t.morph


def _in_phrase(t: Token) -> bool:
    return t.pos in NOMINAL or (t.pos == "PUNCT" and t.text in {"-", "«", "»"})
