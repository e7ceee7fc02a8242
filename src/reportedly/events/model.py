"""The event records: a PLOVER-coded event, its actors, and their modality."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportedly.events.dates import DateValue
from reportedly.model import Span, content_hash

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
EVENT_TYPES: tuple[EventType, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

Modality = Literal["asserted", "negated", "hypothetical", "conditional", "demanded"]
MODALITIES: tuple[Modality, ...] = (
    "asserted",
    "negated",
    "hypothetical",
    "conditional",
    "demanded",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventActor:
    """One side of an event: the text as written and, when resolved, the actor behind it.

    ``actor_id`` is the registry id (or ``None``); ``code`` is the PLOVER actor code, an
    ISO 3166 alpha-3 country code or a non-state code such as ``IGO`` (or ``None``), and
    ``sector`` the optional sector code (``GOV``, ``MIL``, …).
    """

    text: str
    span: Span | None = None
    actor_id: str | None = None
    name: str | None = None
    code: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One PLOVER event coded from a sentence or a statement.

    ``source`` acts on ``target`` (PLOVER's "actor" and "recipient"). ``evidence`` covers the
    sentence that evidences the event and ``trigger`` the words that fired the rule named in
    ``rule``. ``statement`` is the id of the statement the event was read from, when it is
    reported speech. ``modality`` says whether the text asserts the event (see
    ``data/plover.yaml``); ``context`` holds PLOVER contexts, including ``future``/``historical``.
    """

    id: str
    type: EventType
    source: EventActor | None
    target: EventActor | None
    evidence: Span
    trigger: Span
    mode: str | None = None
    context: tuple[str, ...] = ()
    statement: str | None = None
    modality: Modality = "asserted"
    date: DateValue | None = None
    location: str | None = None
    location_span: Span | None = None
    cameo: str | None = None
    rule: str = ""
    confidence: float = 1.0

    @staticmethod
    def make_id(article_id: str, type_: str, trigger: Span) -> str:
        """A stable id from the article, the type and the trigger's offsets."""
        return content_hash(article_id, type_, f"{trigger.start}-{trigger.end}")

    @property
    def counts(self) -> bool:
        """Whether this is an event a PLOVER dataset would hold (asserted, not a condition)."""
        return self.modality == "asserted"
