"""The onnxruntime token tagger: windows over long texts, regions, the shipped model."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.attribution.span_model import default_model_dir
from reportedly.errors import ConfigError
from reportedly.model import Span
from reportedly.nlp.encoder import (
    BATCH,
    BATCH_PIECES,
    STRIDE,
    WINDOW,
    TokenTagger,
    _batches,
    _runs,
    _windows,
)


@given(st.integers(0, 2000), st.integers(1, 3000))
def test_windows_cover_the_range_within_the_window_size(start: int, length: int) -> None:
    end = start + length
    windows = _windows(start, end)
    covered = np.zeros(end - start, dtype=bool)
    for a, b in windows:
        assert start <= a < b <= end
        assert b - a <= WINDOW - 2
        covered[a - start : b - start] = True
    assert covered.all()
    assert all(b[0] - a[0] == STRIDE for a, b in itertools.pairwise(windows))


def test_runs_are_the_pieces_inside_regions() -> None:
    offsets = np.array([[0, 3], [4, 8], [9, 12], [13, 15], [16, 20]])
    assert _runs(offsets, [Span(4, 12)]) == [(1, 3)]
    assert _runs(offsets, [Span(0, 1), Span(14, 20)]) == [(0, 1), (3, 5)]
    assert _runs(offsets, []) == []


@given(st.lists(st.integers(3, WINDOW), max_size=60))
def test_batches_keep_the_order_and_bounds(widths: list[int]) -> None:
    widths.sort()
    batches = _batches(widths)
    assert [n for rows in batches for n in rows] == list(range(len(widths)))
    for rows in batches:
        assert 1 <= len(rows) <= BATCH
        assert len(rows) == 1 or len(rows) * widths[rows[-1]] <= BATCH_PIECES


def test_short_rows_are_not_padded_to_a_long_one() -> None:
    # fixed batches of 16 would pad all four to 256 pieces
    assert _batches([8, 10, 12, 256]) == [range(0, 3), range(3, 4)]
    # a run costs more than padding two pieces: like rows share it
    assert _batches([102, 104]) == [range(0, 2)]


@pytest.fixture(scope="module")
def tagger() -> TokenTagger:
    return TokenTagger(default_model_dir())


def test_shipped_model_tags_every_piece_with_a_distribution(tagger: TokenTagger) -> None:
    text = 'Peskov said that talks were over. "We will not negotiate," he added.'
    tagged = tagger.tag(text)
    assert tagged.offsets.shape == (len(tagged.probabilities), 2)
    assert tagged.probabilities.shape[1] == 7
    assert np.allclose(tagged.probabilities.sum(axis=1), 1.0, atol=1e-4)
    # every offset indexes the text
    assert all(0 <= a < b <= len(text) for a, b in tagged.offsets.tolist())


def test_regions_leave_other_pieces_outside(tagger: TokenTagger) -> None:
    text = "The weather was fine. Peskov said that talks were over."
    tagged = tagger.tag(text, [Span(22, len(text))])
    outside = tagged.offsets[:, 1] <= 21
    assert outside.any()
    assert (tagged.probabilities[outside, 0] == 1.0).all()
    inside = ~outside
    assert (tagged.probabilities[inside, 0] < 1.0).any()


def test_long_text_reads_in_windows_the_same_as_alone(tagger: TokenTagger) -> None:
    sentence = "Peskov said that talks were over. "
    alone = tagger.tag(sentence)
    long = tagger.tag(sentence * 60)  # ~ 600 pieces: three windows
    assert len(long.offsets) == 60 * len(alone.offsets)
    # the first sentence reads the same when later text follows it (same argmax)
    head = long.probabilities[: len(alone.offsets)].argmax(axis=1)
    assert (head == alone.probabilities.argmax(axis=1)).mean() > 0.8


def test_a_region_reads_the_same_beside_a_longer_one(tagger: TokenTagger) -> None:
    short = "Peskov said that talks were over."
    gap = " The weather was fine."  # outside both regions: two runs, two windows
    long = " The minister told reporters that " + "the talks would go on and on, " * 20 + "he said."
    text = short + gap + long
    alone = tagger.tag(text, [Span(0, len(short))])
    both = tagger.tag(text, [Span(0, len(short)), Span(len(short + gap) + 1, len(text))])
    inside = alone.offsets[:, 1] <= len(short)
    # padded or not, a window's pieces get the same probabilities
    assert np.allclose(alone.probabilities[inside], both.probabilities[inside], atol=1e-5)


def test_missing_model_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match=r"model\.onnx"):
        TokenTagger(tmp_path)
