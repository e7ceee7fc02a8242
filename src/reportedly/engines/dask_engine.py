"""The Dask engine: analyse batches of articles on a Dask cluster, a local one or a running one.

The client (this process) reads articles lazily and keeps a bounded number of batches in
flight, the last articles one a batch so that the workers finish together; results come
back as they complete and are handed to the caller, which stores them one by one, in input
order (a bounded reorder buffer), so memory stays flat whatever the corpus size and the
store is the one a serial run makes. Each worker process builds its :class:`Pipeline` once
(models and lexicons loaded once) and keeps it for every later batch.
A batch whose task fails is retried once (on any worker); if it fails again, each of its
articles comes back as a skip (E203), and the run goes on.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from reportedly.config import Settings
from reportedly.errors import ConfigError
from reportedly.model import Analysis, Article
from reportedly.pipeline import Pipeline, failed_analysis

if TYPE_CHECKING:
    from distributed import Client

E_TASK = "E203"  # a Dask task failed twice on a batch: its articles are skipped
E_NO_DASK = "E204"  # --engine dask without the dask extra installed
E_CLUSTER = "E205"  # the Dask scheduler cannot be reached
E_WORKER_SETUP = "E206"  # a Dask worker cannot build the pipeline (reportedly or a model missing)
RETRIES = 1  # a failed task is tried once more before its articles are skipped
BATCH = 4  # articles per task: enough for nlp.pipe, small enough to balance the workers
CONNECT_TIMEOUT = "20s"  # how long to wait for a running cluster's scheduler
IN_FLIGHT_PER_THREAD = 2  # tasks queued per worker thread: one running, one waiting
# tasks running or done and waiting for an earlier one (results go out in input order), per
# task running: a slow batch at the head holds up the store, not the workers, until then
HELD_PER_RUNNING = 4
# A LocalCluster's diagnostics, which nobody sees (its dashboard is on a random port), made
# rare: the workers' statistical profiler samples the running task's stack every 10 ms, and
# each process checks its event loop every 20 ms, its resources every 500 ms and its memory
# every 100 ms. Idle, these cost 0.14 core-seconds a second across a 2-worker cluster and
# its client (0.02 with these settings): time taken from the analysis when every core runs
# a worker. Memory is still checked every second. A running cluster (--cluster) keeps its
# own settings.
QUIET_DIAGNOSTICS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

Task = Callable[[Settings, list[Article]], list[Analysis]]

# One pipeline per worker process and settings, built on first use (or by the warm-up) and
# kept for every later batch. A worker started with several threads runs its batches one at
# a time: a pipeline's language model is not meant to be shared between threads.
_PIPELINES: dict[Settings, Pipeline] = {}
_LOCK = threading.Lock()
builds = 0  # pipelines this process has built (the tests check it stays at one)


def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline of ``settings`` in this process, built on its first use; call it with
    the lock held."""
    global builds
    if settings not in _PIPELINES:
        pipeline = Pipeline(settings)
        pipeline._ensure_model()
        _PIPELINES[settings] = pipeline
        builds += 1
    return _PIPELINES[settings]


def analyse_batch(settings: Settings, articles: list[Article]) -> list[Analysis]:
    """The task run on a worker: analyse ``articles`` (without their annotations)."""
    with _LOCK:
        return list(worker_pipeline(settings).analyze_many(articles, workers=1))


def _warm(settings: Settings) -> int:
    with _LOCK:
        worker_pipeline(settings)
    return builds


def tail_split_batches(
    articles: Iterable[Article], size: int, *, window: int
) -> Iterator[list[Article]]:
    """Batches of ``size`` articles in input order; the last ``window`` or fewer (those left
    once the input is exhausted) go one article a batch, so that the workers finish together
    instead of one waiting on the other's last batch.

    Reads lazily: no more than ``window`` articles beyond those yielded. Input order is kept
    (the store names an actor after the first article stored that mentions it).
    """
    source = iter(articles)
    ahead: deque[Article] = deque()
    exhausted = False
    while True:
        while not exhausted and len(ahead) < max(window, size):
            item = next(source, None)
            if item is None:
                exhausted = True
            else:
                ahead.append(item)
        if not ahead:
            return
        take = 1 if exhausted else size
        yield [ahead.popleft() for _ in range(take)]


def import_distributed() -> Any:
    """The ``distributed`` module, or a ConfigError saying how to install it."""
    try:
        import distributed
    except ImportError as e:
        raise ConfigError(
            "the Dask engine needs Dask's distributed scheduler, which is not installed: "
            "pip install 'reportedly[dask]'",
            code=E_NO_DASK,
        ) from e
    return distributed


def connect(stack: ExitStack, *, workers: int, address: str | None) -> Client:
    """A client of the cluster at ``address``, or of a new LocalCluster of ``workers``
    single-threaded worker processes (0: one per core), closed when ``stack`` closes."""
    distributed = import_distributed()
    if address is not None:
        try:
            found = distributed.Client(address, timeout=CONNECT_TIMEOUT)
            client: Client = stack.enter_context(found)
        except OSError as e:  # TimeoutError included
            raise ConfigError(
                f"cannot reach the Dask scheduler at {address}: {e}", code=E_CLUSTER
            ) from e
        return client
    n = workers or os.cpu_count() or 1
    import dask

    stack.enter_context(dask.config.set(QUIET_DIAGNOSTICS))  # the workers inherit them
    cluster = stack.enter_context(
        distributed.LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: never 8787, which may be taken
            silence_logs=logging.ERROR,
        )
    )
    client = stack.enter_context(distributed.Client(cluster))
    return client


def analyse_on_dask(
    articles: Iterable[Article],
    settings: Settings,
    *,
    workers: int = 0,
    address: str | None = None,
    batch: int = BATCH,
    in_flight: int | None = None,
    held: int | None = None,
    task: Task = analyse_batch,
) -> Iterator[Analysis]:
    """Analyse ``articles`` on Dask, yielding their analyses in input order.

    Args:
        articles: read lazily: no more than ``in_flight`` batches are read ahead.
        settings: what each worker builds its pipeline from (actor files must exist at the
            same paths on the workers).
        workers: worker processes of the LocalCluster started when ``address`` is None.
        address: the scheduler of a running cluster, e.g. ``tcp://scheduler:8786``.
        batch: articles per task.
        in_flight: tasks submitted and not yet done (default: two per worker thread).
        held: tasks submitted and not yet yielded, done or not (default: four times
            ``in_flight``); bounds what waits for a slow batch at the head of the order.
        task: the function run on the workers (tests swap in a failing one).

    Raises:
        ConfigError: Dask is not installed, or the scheduler cannot be reached.
    """
    with ExitStack() as stack:
        client = connect(stack, workers=workers, address=address)
        yield from _stream(client, articles, settings, batch, in_flight, held, task)


def _stream(
    client: Client,
    articles: Iterable[Article],
    settings: Settings,
    batch: int,
    in_flight: int | None,
    held: int | None,
    task: Task,
) -> Iterator[Analysis]:
    distributed = import_distributed()
    nthreads: dict[str, int] = client.nthreads()  # type: ignore[no-untyped-call]
    if task is analyse_batch:  # load the models on every worker at once, not on first use
        # a task per worker, not client.run: that would block the workers' event loops
        warming = [
            client.submit(_warm, settings, workers=[w], allow_other_workers=False, pure=False)
            for w in nthreads
        ]
        try:
            for future in warming:
                future.result()
        except Exception as e:  # e.g. reportedly or its language model not installed there
            raise ConfigError(
                f"a Dask worker cannot build the pipeline: {type(e).__name__}: {e}; install "
                "reportedly (and the same language model) on every worker",
                code=E_WORKER_SETUP,
            ) from e
    threads = sum(nthreads.values()) or 1
    limit = in_flight or IN_FLIGHT_PER_THREAD * threads
    chunks = tail_split_batches(articles, batch, window=limit * batch)
    done = distributed.as_completed()
    yield from in_input_order(
        lambda chunk: client.submit(task, settings, chunk, retries=RETRIES, pure=False),
        chunks,
        done,
        running=limit,
        held=held or HELD_PER_RUNNING * limit,
    )


def in_input_order(
    submit: Callable[[list[Article]], Any],
    chunks: Iterator[list[Article]],
    done: Any,
    *,
    running: int,
    held: int,
) -> Iterator[Analysis]:
    """Submit ``chunks`` as futures (``submit``), collect them as ``done`` (Dask's
    ``as_completed``) hands them back, and yield their analyses in input order.

    At most ``running`` tasks are submitted and not done, and at most ``held`` are running
    or done but waiting for an earlier one, so memory stays bounded however slow one batch
    is, and the store sees the same order as a serial run (actors are named after the first
    stored article that mentions them). A task that failed (twice, with the retry) yields a
    skip for each of its articles.
    """
    pending: dict[Any, tuple[int, list[Article]]] = {}  # future key → (batch number, batch)
    ready: dict[int, list[Analysis]] = {}  # done, by batch number, waiting for the head
    head = 0  # the batch number to yield next
    numbers = itertools.count()
    more = True

    def fill() -> None:
        nonlocal more
        while more and len(pending) < running and len(pending) + len(ready) < held:
            chunk = next(chunks, None)
            if chunk is None:
                more = False
                return
            future = submit(chunk)
            pending[future.key] = (next(numbers), chunk)
            done.add(future)

    fill()
    for future in done:
        number, chunk = pending.pop(future.key)
        try:
            results: list[Analysis] = future.result()
        except Exception as e:  # failed twice, or its worker died: skip, never stop the run
            results = [failed_analysis(a, E_TASK, e) for a in chunk]
        future.release()
        ready[number] = results
        fill()  # before yielding: the workers never wait on the store
        while head in ready:
            for analysis in ready.pop(head):  # analyse_batch drops the parse on the worker
                if analysis.annotation is not None:
                    analysis = dataclasses.replace(analysis, annotation=None)
                yield analysis
            head += 1
            fill()
