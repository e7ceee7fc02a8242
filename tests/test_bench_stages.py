"""bench/bench_stages.py: the timed tagger counts the wordpieces it is given and those it reads."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tests.script_modules import load_script

from reportedly.model import Span
from reportedly.nlp.encoder import Tagged

bench = load_script("bench/bench_stages.py")


class FakeTagger:
    """Three pieces at [0, 4), [5, 9), [10, 14); every piece label 0."""

    directory = Path("fake")
    labels = 7

    def tag(self, text: str, regions: Sequence[Span] | None = None) -> Tagged:
        offsets = np.array([[0, 4], [5, 9], [10, 14]], dtype=np.int64)
        probabilities = np.zeros((3, 7), dtype=np.float32)
        probabilities[:, 0] = 1.0
        return Tagged(offsets=offsets, probabilities=probabilities)


def test_timed_tagger_counts_pieces_and_those_in_regions() -> None:
    timed = bench.TimedTagger(FakeTagger())
    text = "Aaaa bbbb cccc"
    tagged = timed.tag(text, [Span(4, 9), Span(12, 13)])
    assert len(tagged.offsets) == 3
    assert (timed.pieces, timed.read) == (3, 2)
    timed.tag(text)  # no regions: the whole text is read
    assert (timed.pieces, timed.read) == (6, 5)
    assert timed.directory == Path("fake")
    assert timed.cpu >= 0.0
