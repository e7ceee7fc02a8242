"""The event records: a PLOVER-coded event, its actors, and their modality.

The records live in :mod:`reportedly.event_records` (so ``Analysis.events`` needs no import of
this package); this module re-exports them under their historical names.
"""

from __future__ import annotations

from reportedly.event_records import (
    EVENT_TYPES,
    MODALITIES,
    Event,
    EventActor,
    EventType,
    Modality,
)

__all__ = ["EVENT_TYPES", "MODALITIES", "Event", "EventActor", "EventType", "Modality"]
