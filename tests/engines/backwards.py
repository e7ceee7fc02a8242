"""Dask's ``as_completed`` made to hand back the futures in flight last submitted first:
out-of-order completion on demand, for the tests of the store's input order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class Backwards:
    """Waits for every future in flight, then yields them last submitted first."""

    def __init__(self) -> None:
        self.futures: list[Any] = []  # distributed.Future

    def add(self, future: Any) -> None:
        self.futures.append(future)

    def __iter__(self) -> Iterator[Any]:
        import distributed  # only where the dask extra is installed: the tests skip without it

        while self.futures:
            batch, self.futures = self.futures, []
            distributed.wait(batch)
            yield from reversed(batch)
