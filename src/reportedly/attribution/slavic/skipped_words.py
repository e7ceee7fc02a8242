"""Words a Slavic subject search steps over between a subject and its verb: adverbs, a
parenthetical set off by commas (", зокрема,"), a time phrase ("в понеділок", "13 квітня")."""

from __future__ import annotations

from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.attribution.slavic.time_phrases import (
    AT,
    MONTHS,
    TIME_WORDS,
    dated_day_at,
    day_after_at,
)

# adverbs the Ukrainian tagger may take for nouns ("уже": NOUN, vocative) between a subject
# and its verb
ADVERBS = {"уже", "вже", "ще", "також", "теж", "раніше", "нещодавно", "ранее", "также", "тоже",
           "ж", "же"}  # fmt: skip


def adverbs_skipped(parse: SlavicParse, j: int, sent: int) -> int:
    tokens = parse.tokens
    while (
        j >= 0
        and tokens[j].sent == sent
        and (tokens[j].pos in {"ADV", "PART"} or tokens[j].text.lower() in ADVERBS)
    ):
        j -= 1
    return j


# a word set off by commas between a subject and its verb: "Міністр, зокрема, заявив",
# "Министр, в частности, призвал" (session 30)
PARENTHETICALS = frozenset(
    tuple(p.split())
    for p in (
        "зокрема", "однак", "проте", "втім", "утім", "щоправда", "водночас", "натомість",
        "також", "до речі", "своєю чергою", "у свою чергу", "в свою чергу", "зі свого боку",
        "при цьому", "в частности", "однако", "впрочем", "кстати", "также", "между тем",
        "в свою очередь", "со своей стороны", "при этом", "тем временем",
    )
)  # fmt: skip


def parenthetical_skipped(parse: SlavicParse, j: int, sent: int) -> int:
    """Token ``j`` or, when a parenthetical set off by commas ends there (", зокрема,"),
    the token before it, adverbs before that skipped too."""
    tokens = parse.tokens
    if j < 2 or tokens[j].text != "," or tokens[j].sent != sent:
        return j
    for o in range(j - 2, max(j - 5, 0), -1):
        if tokens[o].text == "," and tokens[o].sent == sent:
            words = tuple(t.text.casefold() for t in tokens[o + 1 : j])
            return adverbs_skipped(parse, o - 1, sent) if words in PARENTHETICALS else j
    return j


def time_skipped(parse: SlavicParse, j: int, sent: int) -> int:
    """Token ``j`` or, when a Ukrainian time phrase of a month ends there ("наприкінці
    березня", "13 квітня"), the token before it, adverbs before that skipped too."""
    tokens = parse.tokens
    if j >= 2 and day_after_at(parse, j):  # "У Білому домі [в понеділок] попередили"
        return adverbs_skipped(parse, j - 2, sent)  # "Остин [в среду] подтвердил" too
    if (at := dated_day_at(parse, j)) is not None:  # "Тереза Мей [у четвер, 15 листопада,]"
        return adverbs_skipped(parse, at - 1, sent)
    if parse.lang != "uk":  # Russian subjects come from the dependency parse
        return j
    if j < 1 or tokens[j].lemma.casefold() not in MONTHS or tokens[j].text[:1].isupper():
        return j
    i = j - 1
    if tokens[i].pos == "NUM" or tokens[i].text.isdigit():
        i -= 1
    elif tokens[i].text.lower() in TIME_WORDS:
        i -= 1
        if i >= 0 and tokens[i].text.lower() in AT:
            i -= 1
    else:
        return j
    if i < 0 or tokens[i].sent != sent:
        return j
    return adverbs_skipped(parse, i, sent)
