"""A statement while it is being built, before ids, nesting and speakers are settled."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportedly.model import Span, StatementKind


@dataclass(slots=True)
class Draft:
    """Mutable working record of one statement inside the attribution stage."""

    kind: StatementKind
    content: list[Span]
    cue: Span | None = None
    cue_token: int | None = None
    speaker: Span | None = None
    speaker_token: int | None = None
    quotes: list[Span] = field(default_factory=list)
    confidence: float = 0.8
    role: str | None = None  # a role the frame gives the speaker ("press secretary of …")
    via: str = ""  # which rule found it, for debugging and error analysis
    sure: bool = False  # a rule statement kept without the span model's support
    # a model draft's: the sure rule draft of the same frame it displaced, which stands in
    # for it where calibration drops it
    fallback: Draft | None = None
    # the calibration signals its confidence was computed from (empty before calibration):
    # they travel with the draft through the merges and drops that follow, for the fit's log
    signals: dict[str, float] = field(default_factory=dict)

    @property
    def rule(self) -> str:
        """The rule that found this draft (its kind when no rule name was set)."""
        return self.via or self.kind

    @property
    def extent(self) -> Span:
        return Span(min(s.start for s in self.content), max(s.end for s in self.content))

    def shares_cue(self, other: Draft) -> bool:
        """Whether this draft's cue and ``other``'s share a character."""
        return self.cue is not None and other.cue is not None and self.cue.overlaps(other.cue)


# a statement's candidate contents at each step that drops some, by step (see log_stage)
StageLog = dict[str, list[tuple[Span, ...]]]


def log_stage(log: StageLog | None, stage: str, drafts: list[Draft]) -> None:
    """Keep the contents of ``drafts`` under ``stage`` in ``log`` (when given): ``rules``, the
    rules' readings; ``combined_rules`` and ``model``, the two sides the rules and the span
    model's readings are chosen between; ``calibration``, what the calibration weighs. Tells
    which step loses a statement (``scripts/miss_stages.py``); changes nothing."""
    if log is not None:
        log[stage] = [tuple(d.content) for d in drafts]
