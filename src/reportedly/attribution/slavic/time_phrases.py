"""Time phrases in Russian and Ukrainian news between a subject and its verb or after a cue:
days, months, periods ("у понеділок, 19 листопада,", "наприкінці березня", "минулого року")."""

from __future__ import annotations

from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.model import Token
from reportedly.nlp.slavic_morph import Lang, parses

# prepositions of a place or occasion between a subject and its verb ("Маас у Москві
# заявив") and of one after the verb ("сказав на конференції"; "у поліції" there is a body)
AT = frozenset({"у", "в", "на"})
DAYS = {
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя",
}  # fmt: skip
# a year, a week or a month in a time phrase ("минулого року", "на этой неделе")
PERIODS = frozenset(
    {"року", "році", "рік", "р.", "году", "года", "г.", "тижня", "тижні", "неделе", "недели"}
)
# words that open a time phrase of a month between a subject and its verb ("Юрій Вітренко
# [наприкінці березня] зазначав"); a day's number does too ("13 квітня")
TIME_WORDS = frozenset({"наприкінці", "напочатку", "початку", "кінці", "середині"})


MONTHS = {
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь", "січень", "лютий", "березень", "квітень", "травень",
    "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
}  # fmt: skip


def readings(lang: Lang, t: Token) -> set[str]:
    """Every dictionary lemma of ``t`` and the tagger's (whose first reading may miss)."""
    return {p.normal_form for p in parses(lang, t.text)} | {t.lemma.casefold()}


def time_word(parse: SlavicParse, k: int) -> bool:
    """Whether token ``k`` opens a time phrase: a day, a month ("грудні", whatever the
    tagger's first reading), or the word before a year or week ("минулого року")."""
    tokens = parse.tokens
    t = tokens[k]
    if t.text[:1].isupper() and k > 0 and tokens[k - 1].sent == t.sent:
        return False  # a name
    if readings(parse.lang, t) & (MONTHS | DAYS) or t.text.lower() in PERIODS:
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return t.text.islower() and after is not None and after.text.lower() in PERIODS


def date_end(parse: SlavicParse, k: int) -> int:
    """The token after the time word ``k`` and the date set off by commas after it
    ("понеділок, 19 листопада,")."""
    tokens = parse.tokens
    n = k + 1
    if n + 3 < len(tokens) and tokens[n].text == "," and tokens[n + 3].text == ",":
        day, month = tokens[n + 1], tokens[n + 2]
        # the tagger's lemma or any dictionary reading of the word ("листопада")
        if day.text.isdigit() and readings(parse.lang, month) & MONTHS:
            return n + 4
    return n


def day_after_at(parse: SlavicParse, j: int) -> bool:
    """Whether token ``j`` is a weekday after "в"/"у" in its sentence ("в понеділок")."""
    tokens = parse.tokens
    day, at = tokens[j], tokens[j - 1]
    return (
        day.text.islower()
        and bool(readings(parse.lang, day) & DAYS)
        and at.text.lower() in AT
        and at.sent == day.sent == tokens[j - 2].sent
    )


def dated_day_at(parse: SlavicParse, j: int) -> int | None:
    """The "в"/"у" that opens a weekday with its date set off by commas ending at token
    ``j`` ("у четвер, 15 листопада,"), or None."""
    tokens = parse.tokens
    if j < 5 or tokens[j].text != "," or tokens[j - 3].text != ",":
        return None
    day, month = tokens[j - 2], tokens[j - 1]
    if not day.text.isdigit() or not readings(parse.lang, month) & MONTHS:
        return None
    if not day_after_at(parse, j - 4) or tokens[j - 4].sent != tokens[j].sent:
        return None
    return j - 5
