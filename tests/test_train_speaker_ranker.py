"""Tests of scripts/train_speaker_ranker.py's model parts on made-up candidates (issue 13)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import numpy as np
import pytest

from script_modules import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/train_speaker_ranker.py")


def _instance(
    script: ModuleType, article: str, rows: list[dict[str, float]], right: list[bool]
) -> Any:
    x = np.zeros((len(rows), len(script.FEATURES)))
    x[:, 0] = 1.0
    for n, row in enumerate(rows):
        for name, value in row.items():
            x[n, script.FEATURES.index(name)] = value
    rules = next((n for n, row in enumerate(rows) if row.get("rules_pick")), None)
    verdict = "unresolved" if rules is None else ("right" if right[rules] else "wrong")
    return script.Instance(
        article=article,
        kind="pronoun",
        mention="he",
        candidates=[f"c{n}" for n in range(len(rows))],
        names=[f"C{n}" for n in range(len(rows))],
        x=x,
        right=right,
        rules=verdict,
        rules_name="",
        none_right=False,
    )


def _agreeing(script: ModuleType, n: int) -> list[Any]:
    """Pronouns whose right antecedent is the one that agrees in gender; the rules pick the
    other one in every third."""
    out = []
    for k in range(n):
        wrong_rules = k % 3 == 0
        rows = [
            {"gender_agrees": 1.0, "rules_pick": 0.0 if wrong_rules else 1.0},
            {"gender_clashes": 1.0, "rules_pick": 1.0 if wrong_rules else 0.0},
        ]
        out.append(_instance(script, f"a{k % 10}", rows, [True, False]))
    return out


def test_logistic_ranker_learns_the_feature_that_marks_the_antecedent(script: ModuleType) -> None:
    instances = _agreeing(script, 30)
    score = script.fit(instances, "logistic")
    picks = [script.choose(i, score, 0.5) for i in instances]
    assert picks == [0] * 30
    assert [script.outcome(i, p) for i, p in zip(instances, picks, strict=True)].count(
        "right"
    ) == 30


def test_trees_learn_it_too(script: ModuleType) -> None:
    instances = _agreeing(script, 30)
    score = script.fit(instances, "trees")
    assert all(script.choose(i, score, 0.5) == 0 for i in instances)


def test_under_the_threshold_the_speaker_stays_unresolved(script: ModuleType) -> None:
    instances = _agreeing(script, 30)
    score = script.fit(instances, "logistic")
    assert script.choose(instances[0], score, 1.01) is None
    assert script.outcome(instances[0], None) == "unresolved"


def test_veto_mode_only_keeps_or_drops_the_rules_choice(script: ModuleType) -> None:
    instances = _agreeing(script, 30)
    score = script.fit(instances, "logistic")
    # the rules chose the clashing candidate: the veto drops it and chooses nobody else
    assert script.choose(instances[0], score, 0.5, "veto") is None
    assert script.choose(instances[1], score, 0.5, "veto") == 0
    nothing = _instance(script, "b", [{"gender_agrees": 1.0}], [True])
    assert script.choose(nothing, score, 0.0, "veto") is None


def test_cross_validation_judges_every_instance_once_by_article_folds(script: ModuleType) -> None:
    instances = _agreeing(script, 30)
    report = script.cross_validate(instances, 5, 14001, "logistic", "rank")
    pooled = report["pooled"]["warnews pronoun"]
    assert pooled["rules"]["n"] == pooled["ranker"]["n"] == 30
    assert pooled["rules"]["wrong"] == 10  # every third
    assert pooled["ranker"]["right"] == 30
    assert len(report["folds"]) == 5


def test_judged_hold_out_accepts_a_name_or_a_registry_id(script: ModuleType) -> None:
    rows = [
        {
            "key": "a@1",
            "kind": "pronoun",
            "rules": ["Putin", "putin-vladimir"],
            "ranker": ["(unresolved)", None],
        },
        {
            "key": "a@9",
            "kind": "title",
            "rules": ["Moscow", "government-russia"],
            "ranker": ["(unresolved)", None],
        },
    ]
    judged = {"a@1": ["Vladimir Putin", "putin-vladimir"], "a@9": ["(unresolved)"]}
    got = script.judged_tally(rows, judged)
    assert got["pronoun"]["rules"]["right"] == 1
    assert got["pronoun"]["ranker"]["unresolved"] == 1
    assert got["title"]["rules"]["wrong"] == 1
    assert got["title"]["ranker"]["right"] == 1
