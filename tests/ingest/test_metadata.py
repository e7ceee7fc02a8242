"""Tests for reportedly.ingest.metadata: aliases, dates, authors, languages, precedence."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.ingest.metadata import (
    Metadata,
    normalize_language,
    parse_authors,
    parse_date,
)

DAY = date(2022, 12, 2)


@pytest.mark.parametrize(
    "value",
    [
        "2022-12-02",
        "2022-12-02T10:00:00Z",
        "2022-12-02T23:30:00+02:00",
        "2022-12-02 10:00",
        "2 December 2022",
        "December 2, 2022",
        "Fri, 02 Dec 2022 10:00:00 GMT",
        "02.12.2022",
        "2 декабря 2022",
        "2 грудня 2022",
        DAY,
        datetime(2022, 12, 2, 10, 0),
        1669975200,
    ],
)
def test_metadata_parse_date_reads_common_forms(value: object) -> None:
    assert parse_date(value) == DAY


@pytest.mark.parametrize(
    "value", [None, "", "yesterday", "soon", "2022-13-45", "x" * 500, True, [], 10**30]
)
def test_metadata_parse_date_gives_none_for_unreadable(value: object) -> None:
    assert parse_date(value) is None


@settings(deadline=None)  # the first call imports dateparser
@given(st.text(max_size=60))
def test_metadata_parse_date_never_raises(value: str) -> None:
    result = parse_date(value)
    assert result is None or isinstance(result, date)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jane Roe; John Doe", ("Jane Roe", "John Doe")),
        (["Jane Roe", " John  Doe "], ("Jane Roe", "John Doe")),
        ([{"name": "Jane Roe"}, {"id": 3}], ("Jane Roe",)),
        ("Jane Roe; Jane Roe", ("Jane Roe",)),
        (42, ()),
    ],
)
def test_metadata_parse_authors(value: object, expected: tuple[str, ...]) -> None:
    assert parse_authors(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en-GB", "en"), ("RU", "ru"), ("uk_UA", "uk"), ("english", None), ("", None), (3, None)],
)
def test_metadata_normalize_language(value: object, expected: str | None) -> None:
    assert normalize_language(value) == expected


def test_metadata_from_mapping_accepts_aliases() -> None:
    found = Metadata.from_mapping(
        {
            "headline": "  Big\n news ",
            "site": "Ukrainska Pravda",
            "link": "https://example.com/a",
            "date": "2 December 2022",
            "author": "Jane Roe",
            "lang": "uk",
            "text": "ignored",
        }
    )
    assert found == Metadata(
        title="Big news",
        outlet="Ukrainska Pravda",
        url="https://example.com/a",
        published=DAY,
        authors=("Jane Roe",),
        language="uk",
    )


def test_metadata_fields_hold_no_control_characters() -> None:
    # a NUL in a JSON Lines outlet reached the store, where PostgreSQL refused it (a 500 from
    # /api/ingest)
    found = Metadata.from_mapping(
        {"outlet": "TASS\x00", "url": "https://x.test/\x00a", "author": "Jane\x07 Roe\ufeff"}
    )
    assert (found.outlet, found.url, found.authors) == ("TASS", "https://x.test/a", ("Jane Roe",))
    assert Metadata.from_mapping({"outlet": "\x00\x1f"}).outlet is None


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_metadata_text_fields_never_keep_control_characters(value: str) -> None:
    found = Metadata.from_mapping({"title": value, "outlet": value, "url": value, "author": value})
    for field in (found.title, found.outlet, found.url, *found.authors):
        assert field is None or not any(ord(c) < 32 or 127 <= ord(c) <= 159 for c in field)


def test_metadata_over_prefers_self_and_fills_gaps() -> None:
    explicit = Metadata(title="Explicit", authors=())
    document = Metadata(title="Page", outlet="Page outlet", authors=("A",))
    defaults = Metadata(outlet="Default", published=DAY, language="en")
    merged = explicit.over(document).over(defaults)
    assert merged == Metadata(
        title="Explicit", outlet="Page outlet", authors=("A",), published=DAY, language="en"
    )
