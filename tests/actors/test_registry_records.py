"""The actor registry's records: roles held on a date and partial dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.actors import ActorRegistry, PartialDate, Role, default_registry, fold


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


# -- records ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "on", "held"),
    [
        ("2012-05-22", None, date(2012, 5, 22), True),
        ("2012-05-22", None, date(2012, 5, 21), False),
        ("2012-05", None, date(2012, 5, 1), True),
        ("2012", "2014", date(2014, 12, 31), True),
        ("2012", "2014", date(2015, 1, 1), False),
        (None, "2023-08-23", date(2023, 8, 24), False),
        (None, None, date(1900, 1, 1), True),
    ],
)
def test_registry_role_held_on_counts_imprecise_bounds_generously(
    start: str | None, end: str | None, on: date, held: bool
) -> None:
    role = Role(
        title="T",
        start=PartialDate.parse(start) if start else None,
        end=PartialDate.parse(end) if end else None,
    )
    assert role.held_on(on) is held


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2012-05-22", date(2012, 5, 22), date(2012, 5, 22)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
    ],
)
def test_registry_partial_date_bounds(text: str, first: date, last: date) -> None:
    parsed = PartialDate.parse(text)
    assert (parsed.first_day(), parsed.last_day(), str(parsed)) == (first, last, text)


def _iso_prefix(day: date, precision: int) -> str:
    """``day`` written to the year (1), the month (2) or the day (3)."""
    return "-".join(day.isoformat().split("-")[:precision])


# (must it parse?, text): dates written at each precision, then near misses and junk
_partial_dates = st.one_of(
    st.builds(_iso_prefix, st.dates(), st.integers(1, 3)).map(lambda t: (True, t)),
    st.text(alphabet="0123456789- ", max_size=12).map(lambda t: (False, t)),
    st.text(max_size=20).map(lambda t: (False, t)),
)


@given(_partial_dates)
def test_registry_partial_date_parse_accepts_or_raises_value_error(
    case: tuple[bool, str],
) -> None:
    valid, text = case
    if valid:  # by construction about a third of the cases: the round trip runs
        parsed = PartialDate.parse(text)
    else:
        try:
            parsed = PartialDate.parse(text)
        except ValueError:
            return
    assert str(parsed) == text.strip()
    assert PartialDate.parse(str(parsed)) == parsed


@given(st.dates())
def test_registry_partial_date_round_trips_dates(day: date) -> None:
    assert PartialDate.parse(day.isoformat()).first_day() == day


@given(st.text(max_size=60))
def test_registry_lookups_never_raise_on_arbitrary_text(text: str) -> None:
    registry = default_registry()
    assert isinstance(registry.match_name(text), tuple)
    assert isinstance(registry.match_title(text, on=date(2022, 1, 1)), tuple)
    registry.match_metonym(text)
    assert fold(fold(text)) == fold(text)
