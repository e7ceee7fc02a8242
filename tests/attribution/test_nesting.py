"""Which drafts lie inside which (``enclosing``)."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._nesting import enclosing
from reportedly.model import Span


def _draft(*parts: tuple[int, int]) -> Draft:
    return Draft(kind="indirect", content=[Span(a, b) for a, b in parts])


def test_outer_drafts_innermost_first() -> None:
    outer, middle, inner = _draft((0, 100)), _draft((10, 60)), _draft((20, 30))
    assert enclosing([outer, middle, inner]) == [[], [0], [1, 0]]


def test_a_draft_inside_the_extent_but_between_parts_is_not_nested() -> None:
    split, between = _draft((0, 10), (50, 60)), _draft((20, 30))
    assert enclosing([split, between]) == [[], []]
    # inside one part it is
    assert enclosing([split, _draft((52, 58))]) == [[], [0]]


def test_the_same_extent_twice_is_not_nested() -> None:
    assert enclosing([_draft((0, 10)), _draft((0, 10))]) == [[], []]
