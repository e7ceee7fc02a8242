"""Nominative phrases that are not a cue's whole subject.

The phrase found beside a cue may be one name of several that speak together ("Pfizer і
BioNTech розповіли", "Польща, країни Балтії та Україна вважають"), or the object of a
preposition that the phrase finder took for the subject ("члени партії, які прихильно
налаштовані до ЄС, сказали"). Neither is the speaker: the first is a group (as the gold
annotates coordinated speakers), the second someone else. Such a statement is left with no
speaker rather than given a wrong one.
"""

from __future__ import annotations

from itertools import pairwise

from reportedly.attribution.slavic._text import AND
from reportedly.attribution.slavic.agreement import number
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import Span

_NAMELIKE = {"NOUN", "PROPN", "X"}


def _conjunct(parse: SlavicParse, at: int, toward: int) -> bool:
    """Whether token ``at`` is "і"/"и"/"та" with a noun or name beyond it (``toward``: -1
    before, +1 after), in the same sentence."""
    tokens = parse.tokens
    other = at + toward
    if not (0 <= at < len(tokens) and 0 <= other < len(tokens)):
        return False
    joined = tokens[at].text in AND and tokens[other].sent == tokens[at].sent
    return joined and tokens[other].pos in _NAMELIKE and tokens[other].text[:1].isupper()


def not_whole_subject(
    parse: SlavicParse, speaker: Span, cue: int | None, lexicon: SlavicLexicon, case: str = "Nom"
) -> bool:
    """Whether the nominative ``speaker`` of cue token ``cue`` is one conjunct of a subject
    the plural cue shares with another name, or the object of a preposition of
    ``lexicon.prepositions``; whether a ``speaker`` in another ``case`` (a source after "по
    словам", "со ссылкой на") has another name joined after it."""
    inside = parse.tokens_in(speaker)
    if not inside:
        return False
    tokens = parse.tokens
    first, last = inside[0], inside[-1]
    if case != "Nom":  # "по словам Путина и Лаврова", "со ссылкой на ТАСС и Reuters"
        return _conjunct(parse, last + 1, +1)
    if cue is None:
        return False
    before = tokens[first - 1] if first > 0 else None
    if (
        before is not None
        and before.sent == tokens[first].sent
        and before.text.casefold() in lexicon.prepositions
        and first == last
    ):  # one word: "до ЄС [сказали]", "слідом за CNN [повідомив]"; a longer phrase may run
        return True  # on to the subject ("щодо Brexit Мішель Барньє [заявив]")
    if number(tokens[cue]) != "plur":
        return False  # "Это ожидалось, и OMV объявила": a clause joined, not a subject
    return _conjunct(parse, first - 1, -1) or _conjunct(parse, last + 1, +1)


def joined_names(text: str, names: list[Span]) -> bool:
    """Whether two of the names in a speaker phrase are joined by "і"/"и"/"та" ("тверджень
    Nord Stream AG та Nord Stream 2 AG", "по словам Путина и Лаврова"): a group, no one name
    of which is the speaker."""
    ordered = sorted(names, key=lambda s: s.start)
    return any(
        a.end <= b.start and text[a.end : b.start].strip().casefold() in AND
        for a, b in pairwise(ordered)
    )
