"""A short digest of a stage package's code and data files.

A stage's version carries it (``reportedly.actors.resolve.v1+3f2a…``), so an analysis stored by
one build of a stage is re-analysed by an incremental run of another build: a changed rule, word
list, registry entry or model changes the digest, where a hand-kept version string was seldom
bumped. Large files (the models) are read in sampled blocks: retraining changes every block.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

_WHOLE = 1 << 20  # files up to this size are read whole
_BLOCK = 1 << 12
_BLOCKS = 64


_NOT_READ = frozenset({".pyc", ".pyo", ".md"})  # compiled code; a model's notes and terms


def directory_digest(root: Path) -> str:
    """12 hex digits over the names, sizes and contents of the files under ``root``
    (``__pycache__``, compiled files and Markdown notes left out: a model's ``MODEL.md`` says
    how it was made, and editing it changes no output)."""
    digest = hashlib.blake2b(digest_size=6)
    files = sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in _NOT_READ
    )
    for path in files:
        size = path.stat().st_size
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(size.to_bytes(8, "little"))
        with path.open("rb") as f:
            if size <= _WHOLE:
                digest.update(f.read())
                continue
            step = (size - _BLOCK) // (_BLOCKS - 1)
            for n in range(_BLOCKS):
                f.seek(n * step)
                digest.update(f.read(_BLOCK))
    return digest.hexdigest()


@cache
def package_digest(package: str) -> str:
    """:func:`directory_digest` of an installed package (``reportedly.actors``)."""
    return directory_digest(Path(str(resources.files(package))))
