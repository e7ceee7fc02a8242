"""Lower-case particles inside a foreign name ("Фон дер Ляйен", "Урсула фон дер Ляєн"): the
Russian parse tags them PART, and a run of capitalised words breaks at them."""

from __future__ import annotations

from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.model import Span

NAME_PARTICLES = frozenset(
    {"фон", "дер", "ван", "де", "да", "ди", "ді", "дю", "ла", "ле", "дель", "эль", "ель"}
    | {"аль", "ибн", "ібн", "бин", "бін", "бен"}
)


def particle_name(parse: SlavicParse, i: int) -> Span | None:
    """The name that particle token ``i`` opens with a capital ("Фон дер Ляйен"): particles,
    then a proper name of the same sentence; None where no proper name follows."""
    tokens = parse.tokens
    if not tokens[i].text[:1].isupper() or tokens[i].text.casefold() not in NAME_PARTICLES:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].text in NAME_PARTICLES and tokens[j].sent == tokens[i].sent:
        j += 1
    if j >= len(tokens) or tokens[j].pos != "PROPN" or tokens[j].sent != tokens[i].sent:
        return None
    while (
        j + 1 < len(tokens)
        and tokens[j + 1].pos == "PROPN"
        and tokens[j + 1].sent == tokens[j].sent
    ):
        j += 1
    return Span(tokens[i].start, tokens[j].end)
