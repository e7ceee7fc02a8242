"""Tests of scripts/miss_stages.py's classing of a gold statement."""

from __future__ import annotations

import pytest

from script_modules import load_script

miss_stages = load_script("scripts/miss_stages.py")
GOLD = frozenset(range(10))
HALF = frozenset(range(5, 15))  # 5 shared of 10: overlap 0.5, the scorer's threshold
ASIDE = frozenset(range(20, 30))


@pytest.mark.parametrize(
    ("matched", "output", "stages", "expected"),
    [
        (True, [], {}, "matched"),
        (False, [(HALF, False)], {}, "in the output under another act"),
        (False, [(HALF, True)], {}, "in the output, paired with another gold statement"),
        (False, [(ASIDE, True)], {"calibration": [HALF]}, "dropped at or after calibration"),
        (False, [], {"rules": [ASIDE], "model": [GOLD]}, "dropped before calibration"),
        (False, [(ASIDE, True)], {"rules": [ASIDE], "calibration": [ASIDE]}, "no candidate"),
    ],
)
def test_a_missed_statement_is_classed_by_the_last_place_a_candidate_lay_over_it(
    matched: bool,
    output: list[tuple[frozenset[int], bool]],
    stages: dict[str, list[frozenset[int]]],
    expected: str,
) -> None:
    assert miss_stages.classify(GOLD, matched, output, stages) == expected


def test_overlap_is_shared_tokens_over_the_larger_side() -> None:
    assert miss_stages.overlap(GOLD, frozenset(range(5))) == 0.5
    assert miss_stages.overlap(GOLD, frozenset()) == 0.0
