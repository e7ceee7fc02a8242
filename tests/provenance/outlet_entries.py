"""The packaged outlet registry and outlet entries written to user files, for the outlet
registry tests."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from reportedly.provenance import default_registry

DATA = resources.files("reportedly.provenance") / "data" / "outlets.yaml"
REGISTRY = default_registry()
OUTLETS = tuple(REGISTRY)
SOURCE_LINE = (
    "Source: Kremlin-aligned news outlet RIA Novosti; Telegram channel Vy slushali mayak "
    "[You have been listening to Radio Mayak - ed.], posting Peskov’s comment"
)


def _raw_entries() -> list[dict[str, object]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _entry(**fields: object) -> dict[str, object]:
    """A valid outlet entry, with ``fields`` changed (a value of ``...`` removes the field)."""
    entry: dict[str, object] = {
        "id": "example-gazette",
        "name": "The Example Gazette",
        "aliases": ["Example Daily"],
        "domains": ["example-gazette.org"],
        "country": "GBR",
        "languages": ["en"],
        "kind": "newspaper",
        "owner": None,
        "affiliation": "unknown",
        "basis": None,
        "telegram": None,
    }
    entry.update(fields)
    return {k: v for k, v in entry.items() if v is not ...}


def _write(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return path
