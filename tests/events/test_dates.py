"""Tests for events.dates: normalising date expressions against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.events.dates import DateValue, find_dates, normalize_date, sentence_tense
from reportedly.model import Annotation, Mention, Span

PUBLISHED = date(2022, 12, 2)  # a Friday


@pytest.mark.parametrize(
    ("expression", "sentence", "value", "granularity"),
    [
        ("on 1 December", None, date(2022, 12, 1), "day"),
        ("December 1", None, date(2022, 12, 1), "day"),
        ("the 1st of December", None, date(2022, 12, 1), "day"),
        ("1 December 2022", None, date(2022, 12, 1), "day"),
        ("Dec 1, 2021", None, date(2021, 12, 1), "day"),
        ("2022-11-30", None, date(2022, 11, 30), "day"),
        ("2022-11", None, date(2022, 11, 1), "month"),
        ("yesterday", None, date(2022, 12, 1), "day"),
        ("today", None, date(2022, 12, 2), "day"),
        ("the day before yesterday", None, date(2022, 11, 30), "day"),
        ("two days ago", None, date(2022, 11, 30), "day"),
        ("3 weeks ago", None, date(2022, 11, 11), "week"),
        ("last week", None, date(2022, 11, 21), "week"),
        ("this week", None, date(2022, 11, 28), "week"),
        ("earlier this month", None, date(2022, 12, 1), "month"),
        ("last month", None, date(2022, 11, 1), "month"),
        ("last year", None, date(2021, 1, 1), "year"),
        ("in March", "Talks collapsed in March.", date(2022, 3, 1), "month"),
        ("on Tuesday", "He said on Tuesday that talks had failed.", date(2022, 11, 29), "day"),
        ("on Friday", "The talks ended on Friday.", date(2022, 12, 2), "day"),
        ("on Tuesday", "They will meet on Tuesday.", date(2022, 12, 6), "day"),
        ("last Friday", None, date(2022, 11, 25), "day"),
        ("next Monday", None, date(2022, 12, 5), "day"),
        ("on 20 December", "He said on 20 December that ...", date(2021, 12, 20), "day"),
        ("on 20 December", "They will meet on 20 December.", date(2022, 12, 20), "day"),
        ("2014", None, date(2014, 1, 1), "year"),
    ],
)
def test_dates_normalize_against_publication(
    expression: str, sentence: str | None, value: date, granularity: str
) -> None:
    result = normalize_date(expression, published=PUBLISHED, sentence=sentence)
    assert result.value == value
    assert result.granularity == granularity
    assert result.text == expression
    assert result.year_known


@pytest.mark.parametrize(
    ("expression", "month", "day", "granularity"),
    [
        ("on 1 December", 12, 1, "day"),
        ("December 1", 12, 1, "day"),
        ("in March", 3, None, "month"),
        ("last week", None, None, "week"),
        ("yesterday", None, None, "day"),
        ("on Tuesday", None, None, "day"),
    ],
)
def test_dates_unknown_publication_never_invents_a_year(
    expression: str, month: int | None, day: int | None, granularity: str
) -> None:
    result = normalize_date(expression, published=None)
    assert result.value is None
    assert not result.year_known
    assert result.uncertain
    assert (result.month, result.day, result.granularity) == (month, day, granularity)


def test_dates_yearless_iso_keeps_month_and_day() -> None:
    assert normalize_date("on 1 December", published=None).iso() == "--12-01"
    assert normalize_date("on 1 December", published=PUBLISHED).iso() == "2022-12-01"
    assert normalize_date("last month", published=PUBLISHED).iso() == "2022-11"


def test_dates_future_day_in_past_sentence_is_previous_year_and_uncertain() -> None:
    result = normalize_date(
        "on 20 December", published=PUBLISHED, sentence="He said on 20 December"
    )
    assert result.value == date(2021, 12, 20)
    assert result.uncertain


@pytest.mark.parametrize("expression", ["31 February", "blah", "", "  ", "on the 45th", "9999999"])
def test_dates_unreadable_are_kept_and_uncertain(expression: str) -> None:
    result = normalize_date(expression, published=PUBLISHED)
    assert result.value is None
    assert result.uncertain
    assert result.text == expression


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("He said the talks failed.", "past"),
        ("They will meet next week.", "future"),
        ("The talks are ongoing.", "unknown"),
        (None, "unknown"),
    ],
)
def test_dates_sentence_tense(sentence: str | None, tense: str) -> None:
    assert sentence_tense(sentence) == tense


@given(st.text(max_size=60), st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.text()))
def test_dates_never_raise_on_arbitrary_text(
    expression: str, published: date | None, sentence: str | None
) -> None:
    result = normalize_date(expression, published=published, sentence=sentence)
    assert isinstance(result, DateValue)
    if published is None and result.value is not None:
        assert result.year_known  # only an explicit year yields a value without a date


@given(
    st.from_regex(
        r"(on |in )?([1-9]|1\d|2[0-8]) (January|March|December)( 20\d\d)?", fullmatch=True
    )
)
def test_dates_day_month_always_parsed(expression: str) -> None:
    result = normalize_date(expression, published=PUBLISHED)
    assert result.value is not None
    assert result.granularity == "day"


def test_dates_find_dates_uses_date_entities() -> None:
    text = "Biden spoke on 1 December. Putin replied yesterday."
    annotation = Annotation(
        tokens=(),
        sentences=(Span(0, 26), Span(27, len(text))),
        entities=(
            Mention(span=Span(0, 5), text="Biden", label="PERSON"),
            Mention(span=Span(15, 25), text="1 December", label="DATE"),
            Mention(span=Span(41, 50), text="yesterday", label="DATE"),
        ),
    )
    found = find_dates(text, annotation, published=PUBLISHED)
    assert [(span, value.value) for span, value in found] == [
        (Span(15, 25), date(2022, 12, 1)),
        (Span(41, 50), date(2022, 12, 1)),
    ]
