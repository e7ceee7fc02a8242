"""A WHERE clause built one condition at a time, with its parameters in order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportedly.actors.registry import fold

# what a name may hold besides letters, digits and spaces for the folded lookup to apply
_NAME_PUNCTUATION = re.compile(r"[\w\s'’‘`´ʼ.,-]*")


@dataclass
class Where:
    """SQL conditions joined by AND, and the values of their ``?`` placeholders."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *values: Any) -> None:
        """Add ``clause`` with the values of its placeholders."""
        self.clauses.append(clause)
        self.params.extend(values)

    def equal(self, column: str, value: Any | None) -> None:
        """``column = value``, unless ``value`` is None (no filter)."""
        if value is not None:
            self.add(f"{column} = ?", value)

    def one_of(self, column: str, values: Sequence[Any]) -> None:
        """``column IN (…)``, unless ``values`` is empty (no filter)."""
        if values:
            self.add(f"{column} IN ({', '.join('?' for _ in values)})", *values)

    def within(self, column: str, since: date | None, until: date | None) -> None:
        """``since <= column <= until`` on ISO dates, either bound optional."""
        if since is not None:
            self.add(f"{column} >= ?", since.isoformat())
        if until is not None:
            self.add(f"{column} <= ?", until.isoformat())

    def sql(self) -> str:
        """`` WHERE a AND b`` (with its leading space), or nothing when there is no condition."""
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def name_needle(query: str) -> str:
    """The substring to look for among folded actor names (``actor_names.folded``).

    A plain name is folded (case, accents, possessives, a leading article); a query with any
    other symbol (``%``, ``_``, ``*``, ``?``, ``[``…) is only case-folded, so it matches those
    characters literally instead of being folded into a looser word.
    """
    folded = fold(query) if _NAME_PUNCTUATION.fullmatch(query) and "_" not in query else ""
    return folded or query.casefold()
