"""Small name tests of the speaker phrases and clusters (kept apart from speakers.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportedly.attribution.slavic.speakers import SlavicParse


def genitive_tail(parse: SlavicParse, start: int, end: int) -> bool:
    """A Ukrainian head noun with genitives after it: "Мер Києва", "Прем'єр-міністр Данії"."""
    tokens = parse.tokens
    return (
        parse.lang == "uk"
        and start < end
        and tokens[start].pos == "NOUN"
        and all(parse.has_case(t, "Gen") for t in tokens[start + 1 : end + 1])
    )


def same_given(key: str, words: list[str]) -> bool:
    """Whether two names of one surname may be one person: either is the surname alone, or
    their given names open alike ("Хадім"/"Хадіма"); "Саад Різві" is not "Хадім Різві"."""
    given = key.split()[:-1]
    return not given or len(words) == 1 or given[0][:3] == words[0][:3]
