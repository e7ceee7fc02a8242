"""Tests of scripts/train_act_model.py's fit: deterministic, and it learns what the rows say."""

from __future__ import annotations

import json

import pytest

from reportedly.model import Span, Statement
from script_modules import load_script

train = load_script("scripts/train_act_model.py")


def rows(copies: int) -> list[object]:
    statement = Statement(id="s", kind="indirect", content=(Span(0, 4),), act="speech")
    made = []
    for n in range(copies):
        made.append(train.Row(n, statement, {"rules:speech": 1.0, "lemma:say": 1.0}, "speech"))
        made.append(train.Row(n, statement, {"rules:speech": 1.0, "lemma:think": 1.0}, "belief"))
        made.append(train.Row(n, statement, {"rules:speech": 1.0, "frame:modal": 1.0}, "none"))
    return made


def test_fit_learns_the_act_each_feature_marks() -> None:
    model = train.fit(rows(10))
    for feature, act in (
        ("lemma:say", "speech"),
        ("lemma:think", "belief"),
        ("frame:modal", "none"),
    ):
        p = model.probabilities({"rules:speech": 1.0, feature: 1.0})
        assert max(p, key=p.__getitem__) == act


def test_fit_gives_no_weight_to_a_feature_seen_fewer_than_min_count_times() -> None:
    model = train.fit(rows(train.MIN_COUNT - 1))
    assert model.features == ("rules:speech",)  # on every row
    assert train.fit(rows(train.MIN_COUNT)).features == (
        "frame:modal",
        "lemma:say",
        "lemma:think",
        "rules:speech",
    )


def test_fit_is_deterministic() -> None:
    assert train.fit(rows(7)).to_json() == train.fit(rows(7)).to_json()


def test_fit_writes_the_weights_of_a_small_fixture() -> None:
    written = json.loads(train.fit(rows(5)).to_json())
    assert written["features"] == ["frame:modal", "lemma:say", "lemma:think", "rules:speech"]
    assert written["threshold"] == train.NEVER
    speech, belief, _intent, _other, none = written["weights"]
    assert speech[:3] == pytest.approx([-0.608842, 1.217689, -0.608842], abs=1e-5)
    assert belief[:3] == pytest.approx([-0.608842, -0.608842, 1.217689], abs=1e-5)
    assert none[:3] == pytest.approx([1.217689, -0.608842, -0.608842], abs=1e-5)
    assert written["bias"][0] == pytest.approx(5.189834, abs=1e-5)
