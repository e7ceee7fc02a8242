"""How a run is carried out: which engine analyses the articles, and which need analysing.

``local`` runs the :class:`~reportedly.pipeline.Pipeline` in this process, or in a process
pool with ``workers`` > 1; ``dask`` runs it on a Dask cluster (:mod:`.dask_engine`, the
``dask`` extra). :mod:`.incremental` decides, before any parsing, which articles need work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from reportedly.config import Settings
from reportedly.model import Analysis, Article

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline

ENGINES = ("local", "dask")


def analyse(
    articles: Iterable[Article],
    settings: Settings,
    *,
    engine: str = "local",
    workers: int | None = None,
    cluster: str | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[Analysis]:
    """Analyse ``articles`` with ``engine``, without their annotations.

    Every engine yields in input order: the store names an actor after the first stored
    article that mentions it, so a run's store does not depend on the engine. ``pipeline``
    (local only) reuses one already built; ``cluster`` (dask only) is a running scheduler's
    address.

    Raises:
        ValueError: an unknown engine.
        ConfigError: the engine cannot start (e.g. Dask not installed).
    """
    n = settings.workers if workers is None else workers
    if engine == "local":
        from reportedly.pipeline import Pipeline

        return (pipeline or Pipeline(settings)).analyze_many(articles, workers=n)
    if engine == "dask":
        from reportedly.engines.dask_engine import analyse_on_dask, import_distributed

        import_distributed()  # fail now, before the first article is read
        return analyse_on_dask(articles, settings, workers=n, address=cluster)
    raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "analyse"]
