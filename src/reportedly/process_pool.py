"""The process pool behind ``Pipeline.analyze_many(workers=N)``: batches of articles analysed
in worker processes, results yielded in input order.

Where a pool run's time went, and what is done about it (docs/EVALUATION.md, session 22):

- The workers are forked from the process that built the pipeline, with every model loaded,
  and use that pipeline copy-on-write: nothing is loaded in a worker, which starts at once,
  and the workers share one copy of the weights in memory.
- The work in flight is bounded by the batches not yet *done*, not by those not yet
  *yielded*: a long article at the head of the order no longer leaves the other workers idle
  once the few batches behind it are done.
- The last articles of the stream go one per task, longest first, so that the workers end
  together instead of one waiting on the other's last batch.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from reportedly.config import Settings
from reportedly.model import Analysis, Article
from reportedly.pipeline import failed_analysis

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline

E_WORKER = "E202"  # a worker process failed on a batch: its articles are skipped
QUEUED_PER_WORKER = 2  # batches started or queued per worker: one running, one behind it
HELD_PER_WORKER = 8  # batches done or in flight per worker, waiting for their turn in order
_PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies


class _Result(Protocol):
    def get(self, timeout: float | None = None) -> list[Analysis]: ...


class _Pool(Protocol):
    def apply_async(
        self,
        func: Callable[..., list[Analysis]],
        args: tuple[Any, ...],
        *,
        callback: Callable[[Any], None],
        error_callback: Callable[[BaseException], None],
    ) -> _Result: ...


def analyze_in_pool(
    pipeline: Pipeline, articles: Iterable[Article], workers: int, batch: int
) -> Iterator[Analysis]:
    """Analyse ``articles`` with ``workers`` processes in batches of ``batch``, in order.

    Where processes fork, the workers share ``pipeline`` as it is (models loaded here first);
    elsewhere each builds its own from ``pipeline.settings``.
    """
    ctx = multiprocessing.get_context("spawn" if os.name != "posix" else "fork")
    shared = ctx.get_start_method() == "fork"
    if shared:
        pipeline._ensure_model()
    initargs = (pipeline.settings, pipeline if shared else None)
    with ctx.Pool(workers, initializer=_init_worker, initargs=initargs) as pool:
        yield from in_order(pool, articles, workers=workers, batch=batch)


def in_order(
    pool: _Pool, articles: Iterable[Article], *, workers: int, batch: int
) -> Iterator[Analysis]:
    """Run ``articles`` through ``pool`` in tasks of ``batch`` articles and yield their
    analyses in input order, reading the input lazily.

    At most ``QUEUED_PER_WORKER`` tasks per worker are running or queued, and at most
    ``HELD_PER_WORKER`` tasks' worth of articles per worker are in flight or done but waiting
    for an earlier one: memory stays flat however slow one article is.
    """
    done: queue.SimpleQueue[int] = queue.SimpleQueue()
    running: dict[int, list[tuple[int, Article]]] = {}  # by task number
    results: dict[int, _Result] = {}
    ready: dict[int, Analysis] = {}  # by input position
    held = 0  # articles running, queued or ready
    head = 0  # the input position to yield next
    numbers = itertools.count()
    tasks = _tasks(articles, batch, tail=QUEUED_PER_WORKER * workers)
    more = True
    while True:
        while more and len(running) < QUEUED_PER_WORKER * workers:
            if running and held >= HELD_PER_WORKER * workers * batch:
                break  # (never with nothing running: that would wait for nothing)
            task = next(tasks, None)
            if task is None:
                more = False
                break
            number = next(numbers)
            running[number] = task
            results[number] = _submit(pool, [article for _, article in task], number, done)
            held += len(task)
        while head in ready:
            yield ready.pop(head)
            head += 1
            held -= 1
        if not running:
            return
        number = done.get()
        task = running.pop(number)
        chunk = [article for _, article in task]
        analyses = _results(chunk, results.pop(number))
        for (position, _), analysis in zip(task, analyses, strict=True):
            ready[position] = analysis


def _submit(
    pool: _Pool, chunk: list[Article], number: int, done: queue.SimpleQueue[int]
) -> _Result:
    def tell(_: object) -> None:
        done.put(number)

    return pool.apply_async(_work, (chunk,), callback=tell, error_callback=tell)


def _tasks(
    articles: Iterable[Article], batch: int, *, tail: int
) -> Iterator[list[tuple[int, Article]]]:
    """The tasks of a run: (input position, article) pairs.

    Batches of ``batch`` consecutive articles while the stream goes on; the last
    ``tail × batch`` articles (read ahead) go one per task, longest first.
    """
    ahead: deque[tuple[int, Article]] = deque()
    hold = max(1, tail * batch)
    for item in enumerate(articles):
        ahead.append(item)
        if len(ahead) >= hold + batch:
            yield [ahead.popleft() for _ in range(batch)]
    for item in sorted(ahead, key=lambda item: -len(item[1].text)):
        yield [item]


def _results(chunk: list[Article], result: _Result) -> list[Analysis]:
    try:
        return result.get()
    except Exception as e:  # the worker failed as a whole (e.g. a result that cannot pickle)
        return [failed_analysis(article, E_WORKER, e) for article in chunk]


_WORKER: Pipeline | None = None


def _init_worker(settings: Settings, pipeline: Pipeline | None) -> None:
    """A worker's start: ``pipeline`` is the forking process's own, or None to build one."""
    global _WORKER
    # Ctrl-C reaches the whole process group: the parent stops the pool, workers stay quiet
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if pipeline is None:
        from reportedly.pipeline import Pipeline

        pipeline = Pipeline(settings)
        pipeline._ensure_model()
    _WORKER = pipeline


def _end_with_parent() -> None:
    """On Linux, have the kernel end this worker (SIGTERM: quietly) when its parent dies."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the watchdog thread does it
        pass


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """End this worker quietly once its parent is gone (killed), instead of letting it fail
    on the closed result pipe with a traceback."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(0)


def _work(articles: list[Article]) -> list[Analysis]:
    """Analyse one batch in a worker (through ``nlp.pipe``), without the annotations."""
    if _WORKER is None:  # pragma: no cover - the pool initializer always runs first
        _init_worker(Settings(), None)
    pipeline = _WORKER
    if pipeline is None:  # pragma: no cover
        raise RuntimeError("worker pipeline was not initialised")
    return [
        dataclasses.replace(analysis, annotation=None)
        for analysis in pipeline._analyze_serial(articles)
    ]
