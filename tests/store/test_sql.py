from __future__ import annotations

from datetime import date

from reportedly.store.sql import Where


def test_where_without_conditions_is_empty() -> None:
    where = Where()
    where.equal("a", None)
    where.one_of("b", ())
    where.within("c", None, None)
    assert (where.sql(), where.params) == ("", [])


def test_where_joins_conditions_and_keeps_parameters_in_order() -> None:
    where = Where()
    where.equal("s.kind", "direct")
    where.one_of("e.type", ["DEMAND", "REJECT"])
    where.within("s.published", date(2024, 1, 1), date(2024, 12, 31))
    where.add("(x, y) > (?, ?)", 1, "k")
    assert where.sql() == (
        " WHERE s.kind = ? AND e.type IN (?, ?) AND s.published >= ? AND s.published <= ?"
        " AND (x, y) > (?, ?)"
    )
    assert where.params == ["direct", "DEMAND", "REJECT", "2024-01-01", "2024-12-31", 1, "k"]
