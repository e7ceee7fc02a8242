"""Event records (stage 6, ``reportedly.events``): a PLOVER-coded event, its actors and date.

Plain records apart from the coder, so ``Analysis`` can hold them without importing it. Import
them from :mod:`reportedly.model` or :mod:`reportedly.events.model`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from reportedly.span import Span, content_hash

Granularity = Literal["day", "week", "month", "year"]

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
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)

Modality = Literal["asserted", "negated", "hypothetical", "conditional", "demanded"]
MODALITIES: tuple[Modality, ...] = get_args(Modality)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateValue:
    """A normalised date expression.

    ``text`` is the expression as written. ``value`` is the resolved date (the first day of
    the week, month or year for coarser ``granularity``) or ``None`` when it cannot be
    resolved. For a date whose year is unknown, ``month`` and ``day`` keep what was read.
    ``uncertain`` marks any guess: an unknown publication date, a year inferred from tense.
    """

    text: str
    value: date | None = None
    granularity: Granularity | None = None
    year_known: bool = False
    uncertain: bool = True
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        """The value as ISO text at its granularity (``2022-12``, ``--12-01`` when yearless)."""
        if self.value is not None:
            if self.granularity == "year":
                return f"{self.value.year:04d}"
            if self.granularity == "month":
                return f"{self.value.year:04d}-{self.value.month:02d}"
            return self.value.isoformat()
        if self.month is not None and self.day is not None:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"--{self.month:02d}"
        return None


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
    reported speech. ``modality`` says whether the text asserts the event;
    ``context`` holds PLOVER contexts, including ``future``/``historical``. ``condition``
    covers the "if"/"unless"/"until" clause the event is made on (or, for a conditional
    event, the clause it sits in).
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
    condition: Span | None = None

    @staticmethod
    def make_id(article_id: str, type_: str, trigger: Span) -> str:
        """A stable id from the article, the type and the trigger's offsets."""
        return content_hash(article_id, type_, f"{trigger.start}-{trigger.end}")

    @property
    def counts(self) -> bool:
        """Whether this is an event a PLOVER dataset would hold (asserted, not a condition)."""
        return self.modality == "asserted"
