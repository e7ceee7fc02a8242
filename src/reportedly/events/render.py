"""Render an analysis's events for a terminal: one line per event, then its evidence."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import click

from reportedly.model import Analysis, Event, EventActor

# what a modality other than "asserted" is shown as
_MODALITY_NOTE = {
    "negated": "did not happen",
    "hypothetical": "hypothetical",
    "conditional": "as a condition",
    "demanded": "demanded",
}


def _actor(actor: EventActor | None) -> str:
    if actor is None:
        return "?"
    name = actor.name or actor.text
    code = " ".join(c for c in (actor.code, actor.sector) if c)
    return f"{name} [{code}]" if code else name


def _date(event: Event) -> str | None:
    if event.date is None:
        return None
    iso = event.date.iso()
    if iso is None:
        return f"“{event.date.text}”"
    if not event.date.year_known:
        return f"{iso} (“{event.date.text}”, year unknown)"
    return iso + (" (uncertain)" if event.date.uncertain else "")


def render_events(analysis: Analysis, *, color: bool = False, width: int = 88) -> str:
    """The events of ``analysis`` as text: type, source → target, modality, date, condition
    and the evidence sentence; "" when there are none."""
    if not analysis.events:
        return ""
    text = analysis.article.text
    style: Callable[..., str] = click.style if color else (lambda s, **_: s)
    # statements numbered as ``reportedly show`` numbers them
    ordered = sorted(analysis.statements, key=lambda s: (s.extent.start, -s.extent.end))
    numbers = {s.id: n for n, s in enumerate(ordered, 1)}
    lines = [style(f"Events ({len(analysis.events)})", bold=True)]
    for n, event in enumerate(analysis.events, 1):
        notes = [event.mode] if event.mode else []
        if event.modality != "asserted":
            notes.append(_MODALITY_NOTE[event.modality])
        when = _date(event)
        if when:
            notes.append(when)
        head = f"{n:>2} {event.type:<9} {_actor(event.source)} → {_actor(event.target)}"
        lines.append(style(head, bold=event.counts) + style(_joined(notes), dim=True))
        details = [f"trigger “{event.trigger.text(text)}”", f"rule {event.rule}"]
        if event.statement in numbers:
            details.append(f"statement {numbers[event.statement]}")
        if event.cameo:
            details.append(f"CAMEO {event.cameo}")
        lines.append(style("      " + " · ".join(details), dim=True))
        if event.condition is not None:
            condition = " ".join(event.condition.text(text).split())
            for line in textwrap.wrap(f"condition: {condition}", width=max(30, width - 6)):
                lines.append(f"      {line}")
        evidence = " ".join(event.evidence.text(text).split())
        wrapped = textwrap.wrap(f"“{evidence}”", width=max(30, width - 6))
        for line in wrapped[:2]:
            lines.append(f"      {line}")
        if len(wrapped) > 2:
            lines.append("      …")
    return "\n".join(lines) + "\n"


def _joined(notes: list[str]) -> str:
    return f"  ({'; '.join(notes)})" if notes else ""
