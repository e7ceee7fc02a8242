"""The PLOVER ontology (types, modes, contexts) and the reading of the CAMEO→PLOVER table."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError, InputError
from reportedly.events.model import EVENT_TYPES, MODALITIES

ONTOLOGY_FILE = "plover.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventTypeInfo:
    """One PLOVER event type: its quad category, definition, modes and CAMEO roots."""

    name: str
    quad: str
    definition: str
    cameo: tuple[str, ...]
    modes: dict[str, str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Ontology:
    """The PLOVER types, contexts and reportedly's modalities, with one-line definitions."""

    version: str
    types: dict[str, EventTypeInfo]
    contexts: dict[str, str]
    modalities: dict[str, str]

    def check(self, type_: str, mode: str | None, context: tuple[str, ...]) -> list[str]:
        """Problems with a (type, mode, context) triple; empty when it is valid."""
        problems: list[str] = []
        info = self.types.get(type_)
        if info is None:
            return [f"unknown event type {type_!r}"]
        if mode is not None and mode not in info.modes:
            problems.append(f"{type_} has no mode {mode!r}")
        problems.extend(f"unknown context {c!r}" for c in context if c not in self.contexts)
        return problems


def _parse_ontology(raw: Any, where: str) -> Ontology:
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), dict):
        raise ConfigError(f"{where}: expected a mapping with 'types'", code="E510")
    types: dict[str, EventTypeInfo] = {}
    for name, body in raw["types"].items():
        if not isinstance(body, dict):
            raise ConfigError(f"{where}: type {name!r} is not a mapping", code="E510")
        types[name] = EventTypeInfo(
            name=name,
            quad=str(body.get("quad", "")),
            definition=str(body.get("definition", "")),
            cameo=tuple(str(c) for c in body.get("cameo", ())),
            modes={str(k): str(v) for k, v in (body.get("modes") or {}).items()},
        )
    if set(types) != set(EVENT_TYPES):
        raise ConfigError(
            f"{where}: types {sorted(set(types) ^ set(EVENT_TYPES))} differ from the model",
            code="E510",
        )
    modalities = {str(k): str(v) for k, v in (raw.get("modalities") or {}).items()}
    if set(modalities) != set(MODALITIES):
        raise ConfigError(f"{where}: modalities differ from the model", code="E510")
    return Ontology(
        version=str(raw.get("version", "")),
        types=types,
        contexts={str(k): str(v) for k, v in (raw.get("contexts") or {}).items()},
        modalities=modalities,
    )


@functools.cache
def load_ontology() -> Ontology:
    """The bundled PLOVER ontology (``events/data/plover.yaml``), read once.

    Raises:
        ConfigError: the data file is missing or malformed.
    """
    ref = resources.files("reportedly.events") / "data" / ONTOLOGY_FILE
    try:
        raw = load_yaml(ref.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the PLOVER ontology {ref}: {e}", code="E510") from e
    return _parse_ontology(raw, str(ref))


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoRow:
    """One row of the official CAMEO→PLOVER table."""

    cameo: str
    plover: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


_ROW = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*)(?:,([^#]*))?)?(?:#\s*(.*))?$")


def read_cameo_table(path: Path) -> tuple[CameoRow, ...]:
    """Read the CAMEO→PLOVER conversion table (``CAMEO2PLOVER-2021.txt``) from ``path``.

    The table is not shipped with reportedly; users point at their copy. Header rows (a
    two-digit code with only a type) are skipped; so are comment and separator lines.

    Raises:
        InputError: the file cannot be read or holds no rows.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(str(path), f"cannot read the CAMEO table: {e}", code="E601") from e
    rows: list[CameoRow] = []
    for line in lines:
        match = _ROW.match(line.strip())
        if match is None or len(match[1]) == 2:
            continue
        mode = (match[3] or "").strip() or None
        contexts = tuple(c.strip() for c in (match[4] or "").split(";") if c.strip())
        rows.append(
            CameoRow(
                cameo=match[1],
                plover=match[2],
                mode=mode,
                contexts=contexts,
                description=(match[5] or "").strip(),
            )
        )
    if not rows:
        raise InputError(str(path), "no CAMEO rows found", code="E601")
    return tuple(rows)


def cameo_to_plover(rows: tuple[CameoRow, ...]) -> dict[str, str]:
    """A CAMEO code → PLOVER type lookup built from the table rows."""
    return {row.cameo: row.plover for row in rows}
