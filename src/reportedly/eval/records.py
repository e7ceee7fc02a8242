"""Corpus-independent attribution records: what the scorer compares, gold or predicted."""

from __future__ import annotations

from dataclasses import dataclass

from reportedly.model import Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One attribution as span sets: what was said (content), by whom (source), and the cue.

    Every role is a tuple of character spans into the document text; a role may be
    discontinuous (several spans) or absent (empty tuple). ``id`` names the record in its
    source (a brat event id, a statement id) for error reports.
    """

    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    id: str = ""
    label: str = ""  # the annotation type, e.g. ``Attribution`` or ``Attribution-no-source``


# Gold and predicted attributions share one record; the alias names the reader's output.
GoldAttribution = Attribution
