"""The Dask engine: the same records as the local engines, bounded reads, retries, skips."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from reportedly.config import Settings
from reportedly.engines import dask_engine
from reportedly.engines.dask_engine import (
    E_CLUSTER,
    E_NO_DASK,
    E_TASK,
    E_WORKER_SETUP,
    analyse_on_dask,
    tail_split_batches,
)
from reportedly.errors import ConfigError
from reportedly.model import Analysis, Article

from .backwards import Backwards

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
cloudpickle = pytest.importorskip("cloudpickle")
# the tasks below run on worker processes, which cannot import this test module by name
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A LocalCluster of two single-threaded worker processes, shared by this module."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # a free port: never 8787, which may be taken
        silence_logs=logging.ERROR,
    ) as local:
        yield local.scheduler_address


def article(n: int, source: str = "") -> Article:
    text = f"Article number {n}."
    return Article(id=Article.make_id(text), text=text, source=source or f"a{n}.txt")


def echo(settings: Settings, articles: list[Article]) -> list[Analysis]:
    return [Analysis(article=a) for a in articles]


def slow(settings: Settings, articles: list[Article]) -> list[Analysis]:
    time.sleep(0.05)
    return echo(settings, articles)


def fail_once(settings: Settings, articles: list[Article]) -> list[Analysis]:
    """Fails the first time it sees a batch (a marker file per batch says it was seen)."""
    marker = Path(articles[0].source)
    if not marker.exists():
        marker.touch()
        raise RuntimeError("first try fails")
    return echo(settings, articles)


def fail_always(settings: Settings, articles: list[Article]) -> list[Analysis]:
    raise RuntimeError("boom")


def test_dask_yields_every_article_once(cluster: str) -> None:
    found = list(analyse_on_dask(map(article, range(25)), Settings(), address=cluster, task=echo))
    assert sorted(a.article.text for a in found) == sorted(
        f"Article number {n}." for n in range(25)
    )


class Counted:
    """``n`` articles, read lazily, counting how many have been read."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.read = 0

    def __iter__(self) -> Iterator[Article]:
        for k in range(self.n):
            self.read += 1
            yield article(k)


def test_dask_reads_ahead_only_the_batches_in_flight(cluster: str) -> None:
    source = Counted(40)
    ahead = []
    stream = analyse_on_dask(
        iter(source), Settings(), address=cluster, task=slow, batch=2, in_flight=3, held=5
    )
    for done, _ in enumerate(stream):
        ahead.append(source.read - done)
    assert len(ahead) == 40
    # the batches running or held for the order, and a window of as many articles as are
    # in flight, read to find where the input ends
    assert max(ahead) <= 5 * 2 + 3 * 2


def later_first(settings: Settings, articles: list[Article]) -> list[Analysis]:
    """The later an article, the sooner its batch finishes."""
    number = int(articles[0].text.split()[-1].rstrip("."))
    time.sleep(0.02 * (12 - number % 12))
    return echo(settings, articles)


def test_dask_yields_in_input_order_whatever_finishes_first(cluster: str) -> None:
    texts = [f"Article number {n}." for n in range(30)]
    found = list(
        analyse_on_dask(
            map(article, range(30)), Settings(), address=cluster, task=later_first, batch=2
        )
    )
    assert [a.article.text for a in found] == texts


def test_dask_order_holds_when_batches_complete_backwards(
    cluster: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(distributed, "as_completed", Backwards)
    stream = analyse_on_dask(
        map(article, range(25)), Settings(), address=cluster, task=echo, batch=3, in_flight=4
    )
    assert [a.article.text for a in stream] == [f"Article number {n}." for n in range(25)]


def test_a_slow_head_batch_holds_a_bounded_number_back(cluster: str) -> None:
    source = Counted(40)
    stream = analyse_on_dask(
        iter(source), Settings(), address=cluster, task=head_slow, batch=2, in_flight=2, held=4
    )
    first = next(stream)
    # while the first batch ran, at most four batches were submitted, and a window read
    assert source.read <= 4 * 2 + 2 * 2
    assert first.article.text == "Article number 0."
    assert [a.article.text for a in stream] == [f"Article number {n}." for n in range(1, 40)]


def head_slow(settings: Settings, articles: list[Article]) -> list[Analysis]:
    if articles[0].text == "Article number 0.":
        time.sleep(0.5)
    return echo(settings, articles)


def sized(n: int, length: int) -> Article:
    text = f"{n:03d}" + "x" * length
    return Article(id=Article.make_id(text), text=text, source=f"a{n}.txt")


def test_batches_keep_input_order_and_go_singly_at_the_end() -> None:
    lengths = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10]
    batches = list(tail_split_batches([sized(n, k) for n, k in enumerate(lengths)], 2, window=6))
    sizes = [[len(a.text) - 3 for a in b] for b in batches]
    # full batches while the input goes on; the articles read ahead when it ends go singly
    assert sizes == [[5, 1], [4, 2], [3, 6], [7], [8], [9], [10]]


def test_small_input_goes_one_article_a_batch() -> None:
    batches = list(tail_split_batches([sized(n, 1) for n in range(3)], 4, window=16))
    assert [len(b) for b in batches] == [1, 1, 1]


def test_batches_read_no_more_than_the_window_ahead() -> None:
    read = 0

    def articles() -> Iterator[Article]:
        nonlocal read
        for n in range(30):
            read += 1
            yield sized(n, n % 7)

    given = 0
    for chunk in tail_split_batches(articles(), 4, window=8):
        given += len(chunk)
        assert read - given <= 8
    assert given == 30


def test_local_cluster_runs_with_quiet_diagnostics() -> None:
    import dask

    from reportedly.engines.dask_engine import QUIET_DIAGNOSTICS, connect

    def settings_here() -> list[object]:
        return [dask.config.get(key) for key in QUIET_DIAGNOSTICS]

    before = settings_here()
    assert before != list(QUIET_DIAGNOSTICS.values())  # dask's defaults differ
    with ExitStack() as stack:
        client = connect(stack, workers=1, address=None)
        [on_worker] = client.run(settings_here).values()
        assert on_worker == list(QUIET_DIAGNOSTICS.values())
    assert settings_here() == before  # restored when the run ends


def test_dask_retries_a_failed_task_once(cluster: str, tmp_path: Path) -> None:
    batch = [article(n, source=str(tmp_path / f"m{n}")) for n in range(6)]
    found = list(
        analyse_on_dask(batch, Settings(), address=cluster, task=fail_once, batch=2, in_flight=1)
    )
    assert len(found) == 6
    assert all(not a.skipped for a in found)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m0", "m2", "m4"]  # each failed once


def test_dask_task_failing_twice_becomes_skips(cluster: str) -> None:
    found = list(
        analyse_on_dask(map(article, range(3)), Settings(), address=cluster, task=fail_always)
    )
    assert len(found) == 3
    for analysis in found:
        [skip] = analysis.skipped
        assert skip.code == E_TASK
        assert "boom" in skip.reason
        assert not analysis.statements


def test_dask_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ConfigError, match=r"E205.*tcp://127\.0\.0\.1:9") as info:
        list(analyse_on_dask([article(0)], Settings(), address="tcp://127.0.0.1:9"))
    assert info.value.code == E_CLUSTER


@pytest.mark.needs_model
def test_dask_worker_without_the_model_is_a_clear_error(cluster: str) -> None:
    settings = Settings(model="no_such_spacy_pipeline")
    with pytest.raises(ConfigError, match=r"E206.*no_such_spacy_pipeline") as info:
        list(analyse_on_dask([article(0)], settings, address=cluster))
    assert info.value.code == E_WORKER_SETUP


def test_dask_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ConfigError, match=r"pip install 'reportedly\[dask\]'") as info:
        list(analyse_on_dask([article(0)], Settings(), workers=1))
    assert info.value.code == E_NO_DASK


def test_cli_engine_dask_without_dask_fails_before_reading(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    sample_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reportedly.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)
    db = tmp_path / "s.db"
    assert main(["run", str(sample_path), "--db", str(db), "--engine", "dask"]) == 1
    err = capsys.readouterr().err
    assert "[E204]" in err
    assert "pip install 'reportedly[dask]'" in err
    assert not db.exists()
