"""A WHERE clause built one condition at a time, with its parameters in order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any


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
