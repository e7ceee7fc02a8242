"""Where the evaluation corpora live: ``../shared/data/…`` beside the current directory or
the repository (they are never shipped), or a folder the user names."""

from __future__ import annotations

from pathlib import Path

from reportedly.errors import ConfigError

_REPOSITORY = Path(__file__).resolve().parents[3]


def beside(relative: Path, marker: str | None = None) -> Path | None:
    """``relative`` beside the current directory or the repository (holding ``marker``, when
    given), or ``None``."""
    for base in (Path.cwd(), _REPOSITORY):
        candidate = (base / relative).resolve()
        if candidate.is_dir() and (marker is None or (candidate / marker).is_file()):
            return candidate
    return None


def resolve_folder(
    directory: Path | None, relative: Path, *, what: str, holds: str, option: str, code: str
) -> Path:
    """``directory`` when given, else ``relative`` found by :func:`beside`.

    Raises:
        ConfigError: no folder is found (the message says what it must hold and how to give it).
    """
    found = directory if directory is not None else beside(relative)
    if found is None or not found.is_dir():
        where = directory if directory is not None else relative
        raise ConfigError(
            f"{what} {where} not found (looked beside the current directory and the "
            f"repository); give the folder that holds {holds} with {option} DIR",
            code=code,
        )
    return found
