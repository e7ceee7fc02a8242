"""The suite's own machinery: the Hypothesis profiles and the ../shared rule under CI."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

import conftest


@pytest.mark.parametrize(
    ("env", "profile"),
    [
        ({}, "local"),
        ({"CI": "true"}, "ci"),
        ({"CI": "1"}, "ci"),
        ({"CI": "false"}, "local"),
        ({"CI": "true", "HYPOTHESIS_PROFILE": "fuzz"}, "fuzz"),
    ],
)
def test_conftest_hypothesis_profile_follows_the_environment(
    env: dict[str, str], profile: str
) -> None:
    assert conftest.hypothesis_profile(env) == profile


def test_conftest_ci_profile_replays_the_same_cases() -> None:
    ci = settings.get_profile("ci")
    assert ci.derandomize
    assert ci.database is None
    assert ci.deadline is None
    assert settings.get_profile("local").deadline is None
    assert not settings.get_profile("fuzz").derandomize
    assert settings.get_profile("fuzz").max_examples > settings.get_profile("default").max_examples


def test_conftest_missing_shared_data_skips_outside_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conftest, "SHARED", tmp_path / "shared")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="absent"):
        conftest.shared_path("data", "polnear")


def test_conftest_missing_shared_data_fails_under_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conftest, "SHARED", tmp_path / "shared")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="under CI"):
        conftest.shared_path("data", "polnear")
    (tmp_path / "shared" / "data" / "polnear").mkdir(parents=True)
    assert conftest.shared_path("data", "polnear") == tmp_path / "shared" / "data" / "polnear"
