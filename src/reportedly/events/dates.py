"""Normalise date expressions ("on 1 December", "last week", "on Tuesday") against publication.

Rules (see docs/events.md, "Dates"):

* Everything is resolved against the article's publication date. When it is unknown, the
  expression is kept, whatever can be read from it (a month, a day) is kept, the year is left
  unknown and the value is marked uncertain: a year is never invented.
* A day-month or a month without a year ("1 December", "in March") takes the publication year;
  when that falls after the publication date and the sentence reads as past (a past-tense verb
  and no future marker), it moves to the previous year.
* A weekday ("on Tuesday") is the most recent such day on or before the publication date, or the
  next one after it when the sentence reads as future ("will meet on Tuesday").
* "last week"/"this week" resolve to the Monday of that week (granularity ``week``),
  "earlier this month"/"last month" to the first of that month (``month``), and so on.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from reportedly.model import Annotation, Span
from reportedly.model import DateValue as DateValue  # re-exported: its historical home
from reportedly.model import Granularity as Granularity

MONTHS: dict[str, int] = {}
for _n in range(1, 13):
    MONTHS[calendar.month_name[_n].lower()] = _n
    MONTHS[calendar.month_abbr[_n].lower()] = _n
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {calendar.day_name[_n].lower(): _n for _n in range(7)}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a couple of": 2,
    "a few": 3,
    "several": 3,
}

_LEADING = re.compile(r"^(?:(?:on|in|at|by|since|from|until|till|as of|during|the(?= \d))\s+)+")
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(\d{4})"

_FUTURE_MARKERS = re.compile(
    r"\b(will|shall|won't|is going to|are going to|plans? to|planned for|next|tomorrow|"
    r"upcoming|scheduled|to be held|expected to)\b",
    re.IGNORECASE,
)
_PAST_IRREGULAR = frozenset(
    [
        "said",
        "was",
        "were",
        "had",
        "did",
        "told",
        "took",
        "made",
        "went",
        "gave",
        "held",
        "began",
        "sent",
        "left",
        "met",
        "put",
        "came",
        "saw",
        "spoke",
        "thought",
        "knew",
        "brought",
        "set",
        "led",
        "kept",
        "got",
        "found",
        "stood",
        "fought",
        "struck",
        "shot",
        "wrote",
        "rejected",
        "broke",
        "won",
        "lost",
        "paid",
        "ran",
        "sought",
    ]
)
_PAST_ED = re.compile(r"\b[a-z]{3,}ed\b", re.IGNORECASE)


def sentence_tense(sentence: str | None) -> Literal["past", "future", "unknown"]:
    """A rough reading of a sentence's tense from its words (no parse needed).

    Future wins when a future marker is present ("will", "next", "plans to"); otherwise a
    past-tense form ("said", any "-ed" word) makes it past.
    """
    if not sentence:
        return "unknown"
    if _FUTURE_MARKERS.search(sentence):
        return "future"
    words = re.findall(r"[A-Za-z']+", sentence.lower())
    if any(w in _PAST_IRREGULAR for w in words) or _PAST_ED.search(sentence):
        return "past"
    return "unknown"


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_months(d: date, months: int) -> date | None:
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    return _safe_date(year, month + 1, 1)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word) if len(word) <= 4 else None
    return NUMBER_WORDS.get(word)


def _clean(expression: str) -> str:
    text = expression.strip().lower().replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text)
    text = text.strip(" .,;:()[]\"'")
    return _LEADING.sub("", text)


def _absolute(text: str) -> tuple[int | None, int | None, int | None] | None:
    """Year, month, day read from an absolute expression; ``None`` when it is not one."""
    patterns: tuple[tuple[str, Callable[[re.Match[str]], tuple[str | None, ...]]], ...] = (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", lambda m: (m[1], m[2], m[3])),
        (r"(\d{4})-(\d{1,2})", lambda m: (m[1], m[2], None)),
        (rf"{_DAY_RE} (?:of )?({_MONTH_RE})\.?,? {_YEAR_RE}", lambda m: (m[3], m[2], m[1])),
        (rf"({_MONTH_RE})\.? {_DAY_RE},? {_YEAR_RE}", lambda m: (m[3], m[1], m[2])),
        (rf"{_DAY_RE} (?:of )?({_MONTH_RE})\.?", lambda m: (None, m[2], m[1])),
        (rf"({_MONTH_RE})\.? {_DAY_RE}", lambda m: (None, m[1], m[2])),
        (rf"({_MONTH_RE})\.?,? {_YEAR_RE}", lambda m: (m[2], m[1], None)),
        (rf"({_MONTH_RE})", lambda m: (None, m[1], None)),
        (_YEAR_RE, lambda m: (m[1], None, None)),
    )
    for pattern, pick in patterns:
        match = re.fullmatch(pattern, text)
        if match is None:
            continue
        year_s, month_s, day_s = pick(match)
        month: int | None = None
        if month_s is not None:
            month = int(month_s) if month_s.isdigit() else MONTHS.get(month_s)
        year = int(year_s) if year_s is not None else None
        day = int(day_s) if day_s is not None else None
        return year, month, day
    return None


def _resolve_absolute(
    text: str,
    year: int | None,
    month: int | None,
    day: int | None,
    published: date | None,
    tense: str,
) -> DateValue:
    if month is not None and not 1 <= month <= 12:
        return DateValue(text=text)
    if day is not None and (month is None or not 1 <= day <= 31):
        return DateValue(text=text)
    if year is not None:
        granularity: Granularity = "day" if day else ("month" if month else "year")
        value = _safe_date(year, month or 1, day or 1)
        if value is None:
            return DateValue(text=text, month=month, day=day)
        return DateValue(
            text=text,
            value=value,
            granularity=granularity,
            year_known=True,
            uncertain=False,
            month=month,
            day=day,
        )
    if month is None:
        return DateValue(text=text)
    granularity = "day" if day else "month"
    if published is None:
        return DateValue(text=text, granularity=granularity, month=month, day=day)
    candidate = _safe_date(published.year, month, day or 1)
    if candidate is None:
        return DateValue(text=text, granularity=granularity, month=month, day=day)
    # A future date in a past-tense sentence is last year's; an unknown tense is a guess.
    uncertain = candidate > published and tense != "future"
    if candidate > published and tense == "past":
        previous = _safe_date(published.year - 1, month, day or 1)
        if previous is None:
            return DateValue(text=text, granularity=granularity, month=month, day=day)
        candidate = previous
    return DateValue(
        text=text,
        value=candidate,
        granularity=granularity,
        year_known=True,
        uncertain=uncertain,
        month=month,
        day=day,
    )


def _relative(text: str, published: date, tense: str) -> tuple[date, Granularity] | None:
    """Resolve a relative expression against ``published``; ``None`` when it is not one."""
    simple: dict[str, tuple[int, Granularity]] = {
        "today": (0, "day"), "tonight": (0, "day"), "this morning": (0, "day"),
        "this afternoon": (0, "day"), "this evening": (0, "day"), "yesterday": (-1, "day"),
        "last night": (-1, "day"), "tomorrow": (1, "day"), "the day before yesterday": (-2, "day"),
        "the day after tomorrow": (2, "day"),
    }  # fmt: skip
    if text in simple:
        offset, granularity = simple[text]
        return published + timedelta(days=offset), granularity
    monday = published - timedelta(days=published.weekday())
    first = published.replace(day=1)
    match = re.fullmatch(r"(earlier |later )?(last|this|next|past) (week|month|year)", text)
    if match:
        which, unit = match[2], match[3]
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "week":
            return monday + timedelta(weeks=step), "week"
        if unit == "month":
            shifted = _shift_months(first, step)
            return (shifted, "month") if shifted else None
        year = _safe_date(published.year + step, 1, 1)
        return (year, "year") if year else None
    match = re.fullmatch(
        r"(a couple of|a few|several|an?|\d{1,4}|[a-z]+) (day|week|month|year)s? ago", text
    )
    if match:
        n = _number(match[1])
        if n is None:
            return None
        unit = match[2]
        if unit == "day":
            return published - timedelta(days=n), "day"
        if unit == "week":
            return published - timedelta(weeks=n), "week"
        if unit == "month":
            shifted = _shift_months(first, -n)
            return (shifted, "month") if shifted else None
        year = _safe_date(published.year - n, 1, 1)
        return (year, "year") if year else None
    match = re.fullmatch(rf"(last |this |next |past )?({'|'.join(WEEKDAYS)})s?", text)
    if match:
        target = WEEKDAYS[match[2]]
        qualifier = (match[1] or "").strip()
        if qualifier == "next" or (qualifier != "last" and tense == "future"):
            ahead = (target - published.weekday()) % 7 or 7
            return published + timedelta(days=ahead), "day"
        back = (published.weekday() - target) % 7
        if qualifier == "last" and back == 0:
            back = 7
        return published - timedelta(days=back), "day"
    return None


_RELATIVE_SHAPES = re.compile(
    rf"(today|tonight|yesterday|tomorrow|this (morning|afternoon|evening)|last night|"
    rf"the day (before yesterday|after tomorrow)|((earlier|later) )?(last|this|next|past) "
    rf"(week|month|year)|.+ (days?|weeks?|months?|years?) ago|"
    rf"((last|this|next|past) )?({'|'.join(WEEKDAYS)})s?)"
)
_RELATIVE_GRANULARITY: tuple[tuple[str, Granularity], ...] = (
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
)


def normalize_date(
    expression: str, *, published: date | None, sentence: str | None = None
) -> DateValue:
    """Normalise one date expression against the publication date.

    Args:
        expression: the expression as written, e.g. ``"on 1 December"`` or ``"last week"``.
        published: the article's publication date, or ``None`` when unknown.
        sentence: the sentence it occurs in, read for tense (past/future) only.

    Returns:
        A :class:`DateValue`; unreadable expressions give ``value=None, uncertain=True``.
        Never raises on text.
    """
    text = _clean(expression)
    tense = sentence_tense(sentence)
    absolute = _absolute(text)
    if absolute is not None:
        year, month, day = absolute
        return _resolve_absolute(expression, year, month, day, published, tense)
    if _RELATIVE_SHAPES.fullmatch(text) is None:
        return DateValue(text=expression)
    if published is None:
        granularity: Granularity = "day"
        for word, grain in _RELATIVE_GRANULARITY:
            if word in text:
                granularity = grain
        return DateValue(text=expression, granularity=granularity)
    resolved = _relative(text, published, tense)
    if resolved is None:
        return DateValue(text=expression)
    value, granularity = resolved
    return DateValue(
        text=expression,
        value=value,
        granularity=granularity,
        year_known=True,
        uncertain=False,
        month=value.month,
        day=value.day if granularity == "day" else None,
    )


def find_dates(
    text: str, annotation: Annotation, *, published: date | None = None
) -> tuple[tuple[Span, DateValue], ...]:
    """Normalise every DATE entity of ``annotation`` (offsets into ``text``).

    Each entity is read with the sentence it sits in, so tense can place a yearless date.
    """
    found: list[tuple[Span, DateValue]] = []
    for mention in annotation.entities:
        if mention.label != "DATE":
            continue
        sentence = next(
            (s.text(text) for s in annotation.sentences if s.contains(mention.span)), None
        )
        expression = mention.span.text(text)
        found.append(
            (mention.span, normalize_date(expression, published=published, sentence=sentence))
        )
    return tuple(found)
