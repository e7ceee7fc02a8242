"""The store and client most API test modules share: the sample plus the injection article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reportedly.api import create_app
from reportedly.model import Analysis

from .builders import TestClient, build_store


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Analysis, Analysis]:
    """A store file of :func:`build_store`, one per test module: (path, sample, xss)."""
    path = tmp_path_factory.mktemp("api") / "store.db"
    sample, xss = build_store(path)
    return path, sample, xss


@pytest.fixture(scope="module")
def client(filled: tuple[Path, Analysis, Analysis]) -> Iterator[TestClient]:
    """A test client of the app over the ``filled`` store."""
    with TestClient(create_app(filled[0])) as c:
        yield c
