"""The process pool's scheduling: input order kept, work in flight bounded, a slow article
never idles the other workers, the last articles longest first, a failed task skipped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from multiprocessing.pool import ThreadPool

import pytest

import reportedly.process_pool as process_pool
from reportedly.model import Analysis, Article
from reportedly.process_pool import E_WORKER, HELD_PER_WORKER, QUEUED_PER_WORKER, in_order


def make(n: int, length: int = 10) -> Article:
    return Article(id=f"a{n}", text="x" * length)


class Recorder:
    """A stand-in for the worker's ``_work``: records what ran, and how much at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.tasks: list[list[str]] = []
        self.now = self.most = 0

    def __call__(self, articles: list[Article]) -> list[Analysis]:
        with self.lock:
            self.tasks.append([a.id for a in articles])
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            self.wait(articles)
            if any(a.id == "boom" for a in articles):
                raise RuntimeError("the worker broke")
            return [Analysis(article=a) for a in articles]
        finally:
            with self.lock:
                self.now -= 1

    def wait(self, articles: list[Article]) -> None:
        pass


@pytest.fixture
def pool() -> Iterator[ThreadPool]:
    with ThreadPool(2) as threads:
        yield threads


def test_in_order_yields_in_input_order_with_bounded_work_in_flight(
    monkeypatch: pytest.MonkeyPatch, pool: ThreadPool
) -> None:
    work = Recorder()
    monkeypatch.setattr(process_pool, "_work", work)
    items = [make(n, length=1 + (n * 7) % 13) for n in range(50)]
    got = [a.article.id for a in in_order(pool, iter(items), workers=2, batch=2)]
    assert got == [a.id for a in items]
    assert work.most <= QUEUED_PER_WORKER * 2
    assert sorted(i for task in work.tasks for i in task) == sorted(a.id for a in items)


def test_a_slow_article_at_the_head_leaves_the_other_worker_busy(
    monkeypatch: pytest.MonkeyPatch, pool: ThreadPool
) -> None:
    # the first article runs until the others have run past the old window (2 batches per
    # worker yielded in order); before, the other worker idled after 3 more batches
    overtaken = threading.Event()
    done_behind: list[str] = []
    need = 3 * QUEUED_PER_WORKER * 2

    class SlowHead(Recorder):
        def wait(self, articles: list[Article]) -> None:
            if articles[0].id == "a0":
                overtaken.wait(timeout=10)
                return
            with self.lock:
                done_behind.append(articles[0].id)
                if len(done_behind) >= need:
                    overtaken.set()

    monkeypatch.setattr(process_pool, "_work", SlowHead())
    items = [make(n) for n in range(60)]
    got = [a.article.id for a in in_order(pool, iter(items), workers=2, batch=1)]
    assert got == [a.id for a in items]
    assert overtaken.is_set()
    assert need <= HELD_PER_WORKER * 2  # the bound on held work still allows it


def test_the_last_articles_go_one_per_task_longest_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = Recorder()
    monkeypatch.setattr(process_pool, "_work", work)
    items = [make(n, length=10 + n % 5) for n in range(20)]
    with ThreadPool(1) as one:  # one worker: the tasks run in the order they are given
        got = [a.article.id for a in in_order(one, iter(items), workers=2, batch=2)]
    assert got == [a.id for a in items]
    tail = QUEUED_PER_WORKER * 2 * 2
    assert all(len(task) == 2 for task in work.tasks[:-tail])
    last = work.tasks[-tail:]
    assert all(len(task) == 1 for task in last)
    lengths = [len(items[int(task[0][1:])].text) for task in last]
    assert lengths == sorted(lengths, reverse=True)


def test_a_failed_task_is_a_skip_for_each_of_its_articles(
    monkeypatch: pytest.MonkeyPatch, pool: ThreadPool
) -> None:
    monkeypatch.setattr(process_pool, "_work", Recorder())
    items = [make(n) for n in range(12)]
    items[3] = Article(id="boom", text="x")
    got = list(in_order(pool, iter(items), workers=2, batch=2))
    assert [a.article.id for a in got] == [a.id for a in items]
    skipped = [a.article.id for a in got if a.skipped]
    assert skipped == ["a2", "boom"]  # the batch the bad article was in
    assert all(a.skipped[0].code == E_WORKER for a in got if a.skipped)
    assert "RuntimeError: the worker broke" in got[3].skipped[0].reason


def test_in_order_of_nothing_is_nothing(pool: ThreadPool) -> None:
    assert list(in_order(pool, iter([]), workers=2, batch=2)) == []
