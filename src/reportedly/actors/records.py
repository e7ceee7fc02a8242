"""Actor records: a canonical actor, the roles it held and the partial dates bounding them."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, cast, get_args

from reportedly.actors.folding import fold
from reportedly.model import ActorType, Entity, Span

ACTOR_TYPES: tuple[ActorType, ...] = get_args(ActorType)
Gender = Literal["male", "female"]

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the day, the month or the year: ``2012-05-22``, ``2012-05``, ``2012``."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read an ISO date of day, month or year precision; raise ``ValueError`` otherwise."""
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        match = _DATE_RE.match(str(value).strip())
        if match is None:
            raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
        year, month, day = (int(g) if g else None for g in match.groups())
        partial = cls(cast(int, year), month, day)
        try:
            partial.first_day()
        except ValueError as e:  # month 13, 30 February, …
            raise ValueError(f"{value!r} is not a valid date: {e}") from None
        return partial

    def first_day(self) -> date:
        """The earliest day this date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The latest day this date can mean."""
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        parts += [f"{n:02d}" for n in (self.month, self.day) if n is not None]
        return "-".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """An office an actor held: its title, how news names it, whose it is, and when."""

    title: str
    titles: tuple[str, ...] = ()
    org: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None

    @property
    def all_titles(self) -> tuple[str, ...]:
        """The formal title followed by the ways news refers to it."""
        return (self.title, *self.titles)

    def held_on(self, on: date) -> bool:
        """Whether the role may have been held on ``on``; imprecise bounds count generously."""
        if self.start is not None and on < self.start.first_day():
            return False
        return self.end is None or on <= self.end.last_day()


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A canonical actor: a person, government, body, military, outlet or country."""

    id: str
    type: ActorType
    name: str
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    gender: Gender | None = None
    country: str | None = None
    code: str | None = None
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    member_of: tuple[str, ...] = ()
    # the names a person is called by alone where that is not the last word of their name:
    # "Lula" for Luiz Inácio Lula da Silva, "Sánchez" for Pedro Sánchez Pérez-Castejón
    goes_by: tuple[str, ...] = ()
    source: str = field(default="", compare=False)  # the file the entry came from

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases (metonyms excluded)."""
        return (self.name, *self.aliases)

    @property
    def alone_names(self) -> tuple[str, ...]:
        """The names this person is called by alone ("Peskov", "Lula"): ``goes_by`` where the
        registry gives it, else the last word of each name."""
        if self.goes_by:
            return self.goes_by
        return tuple(dict.fromkeys(n.split()[-1] for n in self.names if n.split()))

    def surname_of(self, name: str) -> bool:
        """Whether the last word of ``name`` (one of this person's names) is a name the
        person goes by alone: not "Silva" of "Lula da Silva", whose owner goes by "Lula"."""
        words = fold(name).split()
        alone = {fold(n).split()[-1] for n in self.alone_names if fold(n)}
        return bool(words) and words[-1] in alone

    def entity(self, mentions: tuple[Span, ...]) -> Entity:
        """The article entity standing for this actor at ``mentions``: its registry name,
        type and code."""
        return Entity(
            id=self.id,
            name=self.name,
            kind=self.type,
            mentions=mentions,
            actor_id=self.id,
            code=self.code,
            resolution="registry",
        )

    def roles_on(self, on: date) -> tuple[Role, ...]:
        """The roles this actor may have held on ``on``."""
        return tuple(r for r in self.roles if r.held_on(on))
