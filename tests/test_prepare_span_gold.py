"""Tests of scripts/prepare_span_gold.py (gold statements as span-model training labels) and
the batch mixing of scripts/train_span_model.py (the train extra)."""

from __future__ import annotations

from types import ModuleType

import pytest

from reportedly.eval.gold import parse_article
from reportedly.model import Span
from script_modules import load_script

TEXT = '"Putin said the talks failed," the mayor said. The envoy warned that "it will last".'


def _load(name: str) -> ModuleType:
    return load_script(f"scripts/{name}.py")


def _statement(
    content: list[list[int]], cue: list[int], speaker: list[int], **extra: object
) -> dict[str, object]:
    return {
        "content": content,
        "snippet": " ".join(" ".join(TEXT[a:b] for a, b in content).split()[:8]),
        "kind": extra.get("kind", "direct"),
        "act": "speech",
        "polarity": "positive",
        "cue": cue,
        "speaker": speaker,
        "speaker_text": TEXT[speaker[0] : speaker[1]],
        "speaker_type": "title",
        "canonical": None,
        "actor_id": None,
        "nested_in": extra.get("nested_in"),
    }


@pytest.fixture(scope="module")
def script() -> ModuleType:
    pytest.importorskip("tokenizers", reason="the train extra is not installed")
    return _load("prepare_span_gold")


def test_gold_statements_take_polnear_conventions(script: ModuleType) -> None:
    outer = [[1, 28]]  # Putin said the talks failed (the gold leaves the marks out)
    record = {
        "article": "a.txt",
        "split": "dev",
        "statements": [
            _statement(outer, [41, 45], [31, 40]),
            _statement([[12, 28]], [7, 11], [1, 6], kind="indirect", nested_in=0),
            _statement([[69, 83]], [57, 63], [47, 56], kind="mixed"),
        ],
    }
    article = parse_article(record, "a.jsonl:1")
    got, unlabelled = script.gold_attributions(article, TEXT)
    assert unlabelled == []
    assert [a.content for a in got] == [(Span(0, 30),), (Span(69, 83),)]
    assert TEXT[0:30] == '"Putin said the talks failed,"'
    assert [a.cue for a in got] == [(Span(41, 45),), (Span(57, 63),)]
    assert [a.source for a in got] == [(Span(31, 40),), (Span(47, 56),)]


def test_that_and_titles_follow_polnear(script: ModuleType) -> None:
    text = "Foreign Minister Anna Kovac said that Mr Petrov warned that it would fail."
    assert text[script.with_that(text, Span(38, 73)).start :].startswith("that Mr Petrov")
    assert script.with_that(text, Span(17, 73)) == Span(17, 73)  # no "that" just before
    speaker, title = script.title_before(text, Span(17, 27))  # Anna Kovac
    assert speaker == Span(17, 27)
    assert title is not None
    assert text[title.start : title.end] == "Foreign Minister "
    speaker, title = script.title_before(text, Span(41, 47))  # Petrov
    assert text[speaker.start : speaker.end] == "Mr Petrov"
    assert title is None  # "that" is no title word


def test_cycle_walks_every_window_before_repeating() -> None:
    torch = pytest.importorskip("torch", reason="the train extra is not installed")
    train = _load("train_span_model")
    cycle = train.Cycle(5, torch.Generator().manual_seed(1))
    first = cycle.take(3).tolist() + cycle.take(3).tolist()
    assert sorted(first[:5]) == [0, 1, 2, 3, 4]
    again = train.Cycle(5, torch.Generator().manual_seed(1))
    assert again.take(6).tolist() == first


def test_windows_of_a_chosen_length_cover_every_piece() -> None:
    pytest.importorskip("tokenizers", reason="the train extra is not installed")
    data = _load("prepare_span_data")
    ids = list(range(10, 40))
    got = list(data.windows(ids, ids, 1, 2, window=12, stride=5))
    assert all(len(w) <= 12 and w[0] == 1 and w[-1] == 2 for w, _ in got)
    assert all(tags[0] == tags[-1] == -100 for _, tags in got)
    assert {p for w, _ in got for p in w[1:-1]} == set(ids)
    assert [w[1] for w, _ in got] == [10, 15, 20, 25, 30]
