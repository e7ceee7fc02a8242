"""The serial, process-pool and Dask runs store identical records (sample, PolNeAR dev)."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from reportedly.cli import cli
from reportedly.engines import dask_engine

from .backwards import Backwards
from .stored import stored

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

pytestmark = [pytest.mark.needs_model, pytest.mark.needs_shared]

DEV_ARTICLES = 5  # a handful: scripts/bench_engines.py runs the whole dev set


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: never 8787, which may be taken
            silence_logs=logging.ERROR,
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


@pytest.fixture
def corpus(tmp_path: Path, sample_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_path, folder)
    dev = sorted(shared_path("data", "polnear", "dev", "text").glob("*.txt"))
    for path in dev[:: len(dev) // DEV_ARTICLES][:DEV_ARTICLES]:
        shutil.copy(path, folder)
    return folder


def run(folder: Path, db: Path, *args: str) -> str:
    result = CliRunner().invoke(
        cli, ["run", str(folder), "--db", str(db), *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stderr


@pytest.mark.sqlite_only  # compares SQLite files
def test_engines_store_identical_records(
    corpus: Path, tmp_path: Path, cluster: distributed.Client
) -> None:
    serial, pool, dask = (tmp_path / f"{name}.db" for name in ("serial", "pool", "dask"))
    assert f"{DEV_ARTICLES + 1} new" in run(corpus, serial)
    run(corpus, pool, "--workers", "2")
    address = cluster.scheduler.address
    assert f"{DEV_ARTICLES + 1} new" in run(corpus, dask, "--cluster", address)
    expected = stored(serial)
    assert expected["statements"]
    assert stored(pool) == expected
    assert stored(dask) == expected
    # every worker built its pipeline once, for all the batches it ran
    assert set(cluster.run(lambda: dask_engine.builds).values()) == {1}


# Two articles naming one person the registry does not know, the first by a fuller name:
# stored in this order, the store's actor is "Ivan Petrovich Sidorenko"; the other way round,
# "Ivan Sidorenko" (an actor is named after the first stored article that names it).
FULLER = (
    "Farmers protest new tax\n\nIvan Petrovich Sidorenko, a farmer from Poltava, said on "
    'Monday that the tax would ruin small farms. "We cannot pay this," Ivan Sidorenko told '
    "reporters."
)
SHORTER = (
    "Grain prices fall\n\nGrain prices fell again this week, the trader Ivan Sidorenko said. "
    '"Nobody buys," Sidorenko added.'
)


@pytest.mark.sqlite_only  # compares SQLite files
def test_dask_store_does_not_depend_on_completion_order(
    corpus: Path, tmp_path: Path, cluster: distributed.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    (corpus / "0-fuller.txt").write_text(FULLER, encoding="utf-8")  # read first
    (corpus / "1-shorter.txt").write_text(SHORTER, encoding="utf-8")
    serial, dask = tmp_path / "serial.db", tmp_path / "dask.db"
    run(corpus, serial)
    monkeypatch.setattr(distributed, "as_completed", Backwards)  # the later ones finish first
    run(corpus, dask, "--cluster", cluster.scheduler.address)
    expected = stored(serial)
    assert ("ivan-petrovich-sidorenko", "Ivan Petrovich Sidorenko") in {
        row[:2] for row in expected["actors"]
    }
    assert stored(dask) == expected
