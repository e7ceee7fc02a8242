"""Models loaded once per process: keyed by the process id, so a process forked before a model
was loaded builds its own. (The process pool forks after loading and hands its workers the
loaded pipeline: the sessions are single-threaded, with no thread pool a fork would lose.)"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

_T = TypeVar("_T")
_LOADED: dict[tuple[str, Path, int], object] = {}


def load_once(kind: str, directory: Path, build: Callable[[Path], _T]) -> _T:
    """``build(directory)``, built on this process's first call for ``kind`` and ``directory``."""
    key = (kind, directory, os.getpid())
    if key not in _LOADED:
        _LOADED[key] = build(directory)
    return cast(_T, _LOADED[key])
