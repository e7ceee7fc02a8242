"""The speaker timeline chart and the article view model."""

from __future__ import annotations

import re

import pytest

from reportedly.api.views import article_view, outlet_url, speaker_url, timeline_svg

from .builders import xss_analysis


def test_views_timeline_none_without_dates() -> None:
    assert timeline_svg([], label="x") is None
    assert timeline_svg([("not a date", 3)], label="x") is None


@pytest.mark.parametrize(
    ("points", "bars"),
    [
        ([("2022-12-02", 4)], 1),
        ([("2022-12-02", 4), ("2022-12-09", 1), ("2023-01-05", 2)], 3),
        ([("2021-01-02", 1), ("2021-01-20", 2), ("2023-06-01", 5)], 2),  # per month
    ],
)
def test_views_timeline_bars(points: list[tuple[str, int]], bars: int) -> None:
    svg = timeline_svg(points, label="Statements by <b>x</b>")
    assert svg is not None
    assert svg.count('<rect class="bar"') == bars
    assert "<b>" not in svg
    assert "&lt;b&gt;" in svg
    heights = [float(h) for h in re.findall(r'height="([0-9.]+)"', svg)]
    assert max(heights) == pytest.approx(140.0)


def test_views_article_view_cards_and_nesting() -> None:
    a = xss_analysis()
    view = article_view(a)
    assert [c.id for c in view.cards] == [s.id for s in a.statements]
    parent, child = view.cards
    assert child.reported_by == parent.id
    assert parent.reports == (child.id,)
    assert child.cited[0].url == outlet_url(a.citations[0].outlet)
    assert [item.count for item in view.legend] == [2]
    assert view.legend[0].url == speaker_url("mallory")
    assert "<script>" not in view.html


@pytest.mark.parametrize(
    ("make", "value", "expected"),
    [
        (speaker_url, "a/b c", "/speakers/a%2Fb%20c"),
        (outlet_url, "RIA Novosti", "/outlets/RIA%20Novosti"),
    ],
)
def test_views_urls_quote(make: object, value: str, expected: str) -> None:
    assert make(value) == expected  # type: ignore[operator]
