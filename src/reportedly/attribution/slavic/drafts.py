"""The statement draft every Russian/Ukrainian rule builds, and each rule's hand-set confidence
(the prior the Slavic calibration, :mod:`reportedly.attribution.slavic.calibration`, reads)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportedly.model import Span, StatementAct, StatementKind

# hand-set rule confidences: a draft's while the rules run (the surer of two readings of one
# content is kept); a statement's confidence is the Slavic calibration's, which reads this as
# its "prior" signal
CONFIDENCE = {
    "ru-uk:frame-after": 0.9,
    "ru-uk:frame-before": 0.85,
    "ru-uk:dash-line": 0.8,
    "ru-uk:according-to": 0.8,
    "ru-uk:reported-after": 0.75,
    "ru-uk:complement": 0.65,
    "ru-uk:indirect": 0.7,
    "ru-uk:about-this": 0.7,
    "ru-uk:about-noun": 0.6,
    "ru-uk:noun-cue": 0.6,
    "ru-uk:request-phrase": 0.6,
    "ru-uk:name-colon": 0.6,
    "ru-uk:headline": 0.6,
    "ru-uk:digest": 0.6,
    "ru-uk:colon-paragraph": 0.6,
    "ru-uk:quote-run": 0.6,
    "ru-uk:citing": 0.7,
}


@dataclass
class SlavicDraft:
    """A statement being built: mutable while the rules run, frozen into a Statement after."""

    kind: StatementKind
    content: list[Span]
    rule: str
    cue: Span | None = None
    cue_token: int | None = None
    speaker: Span | None = None
    speaker_case: str = "Nom"
    quotes: list[Span] = field(default_factory=list)
    act: StatementAct = "speech"
    negated: bool = False
    confidence: float = 0.0
    via: SlavicDraft | None = None  # the reporter's draft a cited source's is nested in
    name_lost: bool = False  # an outlet's verb whose name was lost ("…, передає\n\n")

    def __post_init__(self) -> None:
        if not self.confidence:
            self.confidence = CONFIDENCE[self.rule]

    @property
    def extent(self) -> Span:
        return Span(min(s.start for s in self.content), max(s.end for s in self.content))
