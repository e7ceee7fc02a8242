"""The speaker timeline chart and the article view model."""

from __future__ import annotations

import re

import pytest

from reportedly.api.timeline_chart import timeline_svg
from reportedly.api.views import (
    actor_url,
    article_view,
    diff_html,
    outlet_url,
    speaker_url,
)
from reportedly.provenance.trace import WordEdit

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


def test_views_timeline_draws_events_beside_statements() -> None:
    svg = timeline_svg([("2022-12-02", 2)], label="x", events=[("2022-12-03", 1)])
    assert svg is not None
    assert svg.count('<rect class="bar"') == 1
    assert svg.count('<rect class="evbar"') == 1
    assert "1 event<" in svg
    only_events = timeline_svg([], label="x", events=[("2022-12-03", 4)])
    assert only_events is not None
    assert only_events.count('<rect class="evbar"') == 1


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (WordEdit(op="equal", before=("a", "<b>"), after=("a", "<b>")), "a &lt;b&gt;"),
        (
            WordEdit(op="replace", before=("<i>",), after=("x&y",), material=True),
            '<del title="removed">&lt;i&gt;</del> <ins title="added">x&amp;y</ins>',
        ),
        (WordEdit(op="insert", after=("new",), material=True), '<ins title="added">new</ins>'),
        (WordEdit(op="delete", before=("old",), material=True), '<del title="removed">old</del>'),
        (
            WordEdit(op="gloss", after=("[<script> - ed.]",)),
            '<span class="d-gloss" title="editor’s insertion">[&lt;script&gt; - ed.]</span>',
        ),
        (
            WordEdit(op="spelling", before=('"x"',), after=("y",)),
            '<span class="d-spell" title="spelled &#34;x&#34;">y</span>',
        ),
        (
            WordEdit(op="omission", before=("gone",)),
            '<span class="d-omit" title="left out">(… gone)</span>',
        ),
    ],
)
def test_views_diff_html_marks_and_escapes(edit: WordEdit, expected: str) -> None:
    assert str(diff_html((edit,))) == expected


def test_views_article_view_links_actors_and_chains() -> None:
    a = xss_analysis()
    first = a.statements[0]
    view = article_view(a, actors={first.id: "mallory-x"}, actor_names={"mallory-x": "Mallory"})
    card1, card2 = view.cards
    assert (card1.actor_id, card1.actor_name, card1.speaker_url) == (
        "mallory-x",
        "Mallory",
        actor_url("mallory-x"),
    )
    assert card2.actor_id is None
    assert card2.speaker_url == speaker_url("mallory")
    assert view.legend[0].url == actor_url("mallory-x")
    assert card1.trace_url == f"/trace?statement={first.id}"
    roles = [step.role for step in card2.chain]
    assert roles == ["speaker", "via", "source", "reported"]
    source = card2.chain[2]
    assert source.url == outlet_url(a.citations[0].outlet)
    assert source.facts is None
    assert card2.chain_summary.endswith(a.article.outlet or "")
