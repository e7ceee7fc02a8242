"""Instrumental complements of two cue verbs: the cause a thing is explained by
("пояснив пропозицію [необхідністю] …") and what a naming verb calls its object ("назвав
інформацію [фейком]"): the first word in the instrumental after the verb, no preposition's
object."""

from __future__ import annotations

from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.nlp.slavic_morph import cases

# words that open a clause, not a complement ("що", "щоб", "як"), of either language
CLAUSE_OPENERS = frozenset({"що", "щоб", "щоби", "як", "чи", "что", "чтобы", "как", "ли"})


def cause_at(parse: SlavicParse, k: int, most: int = 5) -> int | None:
    """The first of the few words after verb ``k`` that is a common noun in the instrumental,
    no preposition's object, before any punctuation or verb: the cause a thing is explained
    by ("пояснив пропозицію [необхідністю] …"; not "пояснив ситуацію з паливом")."""
    tokens = parse.tokens
    for i in range(k + 1, min(k + 1 + most, len(tokens))):
        t = tokens[i]
        if t.sent != tokens[k].sent or t.pos in {"PUNCT", "VERB"}:
            return None
        if (
            t.pos == "NOUN"
            and t.text.islower()
            and "Case=Ins" in t.morph  # the likeliest reading: not a mere possible one
            and tokens[i - 1].pos != "ADP"
        ):
            return i
    return None


def named_as(parse: SlavicParse, k: int, most: int = 15) -> int | None:
    """The word that says what naming verb ``k`` calls its object: the first common noun
    or adjective in the instrumental, no preposition's object, within ``most`` words
    and before a finite verb or "що" ("назвала пандемію [історичною] кризою", "назвала
    страйк "[непотрібним]""); None for a verb that only names ("назвав головних представників
    адміністрації", "назвали вакцини, які …"); the instrumental may come first ("назвал
    [целью] атаки энергетическую инфраструктуру")."""
    tokens = parse.tokens
    for i in range(k + 1, min(k + 1 + most, len(tokens))):
        t = tokens[i]
        if t.sent != tokens[k].sent or t.pos == "VERB" or t.text.lower() in CLAUSE_OPENERS:
            return None
        if (
            t.pos in {"NOUN", "ADJ"}  # not "таким, що …": the "що" clause is another rule's
            and t.text.islower()
            and ("Case=Ins" in t.morph or _quoted_instrumental(parse, i))
            and not _after_preposition(parse, i)
        ):
            return i
    return None


def _quoted_instrumental(parse: SlavicParse, i: int) -> bool:
    """Whether token ``i`` opens a quote and may only be an instrumental, whatever the tagger
    read ("назвали блокировку «[сигналом] другим компаниям»": tagged a dative adjective), or
    is an adjective that may be one, quoted alone ("назвал этот манёвр «[жёстким]»")."""
    tokens = parse.tokens
    before = tokens[i - 1].text if i > 0 else ""
    if before not in {"«", '"', "„", "“"}:
        return False
    found = cases(parse.lang, tokens[i].text)
    alone = i + 1 < len(tokens) and tokens[i + 1].text in {"»", '"', "“", "”"}
    return found == {"Ins"} or (alone and tokens[i].pos == "ADJ" and "Ins" in found)


def _after_preposition(parse: SlavicParse, i: int) -> bool:
    """Whether token ``i`` is a preposition's object, adjectives between ("із подальшим
    [перерозподілом]")."""
    j = i - 1
    while j >= 0 and parse.tokens[j].pos == "ADJ":
        j -= 1
    return j >= 0 and parse.tokens[j].pos == "ADP"
