"""A title's "по" tail before the name it heads ("Уполномоченный Верховной Рады по правам
человека Дмитрий Лубинец", "радник з питань нацбезпеки Джейк Салліван"): the phrase after a
cue verb goes on through it to the name, which else is cut off at the preposition."""

from __future__ import annotations

from reportedly.attribution.slavic.parse import SlavicParse

# the prepositions of a title's field: "по делам", "з питань"
_FIELD = frozenset({"по", "з", "із"})


def name_after_title_tail(parse: SlavicParse, end: int, stop: int) -> int:
    """Where the phrase that stops at token ``end`` ends once a title's tail of a field
    preposition, at most four lower-case nouns or adjectives and then a name of two or more
    capitalised words is taken in: the token after the name; else ``end``."""
    tokens = parse.tokens
    if end >= stop or tokens[end].text not in _FIELD:
        return end
    sent = tokens[end].sent
    j = end + 1
    while (
        j < stop
        and j - end <= 4
        and tokens[j].sent == sent
        and tokens[j].text.islower()
        and tokens[j].pos in {"NOUN", "ADJ"}
    ):
        j += 1
    if j == end + 1:
        return end
    name = j
    while name < stop and tokens[name].sent == sent and tokens[name].pos == "PROPN":
        if not tokens[name].text[:1].isupper():
            return end
        name += 1
    return name if name - j >= 2 else end
