"""The learned span model: Source, Cue and Content spans from a fine-tuned MiniLM tagger.

The tagger (``data/span_model``, trained by ``scripts/train_span_model.py`` on PolNeAR train)
labels every wordpiece B/I/O for the three roles. Here its output becomes spans (whole words,
character offsets into the text) and attributions: each content takes the nearest cue in its
own or a neighbouring sentence (a quote: in its own paragraph first, see ``_quote_frame``),
and the cue the nearest source in the cue's sentence. The attribution stage combines these
with the rules' statements (see ``combine``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import numpy as np

from reportedly._per_process import load_once
from reportedly.model import Span
from reportedly.nlp.encoder import Tagged, TokenTagger

Role = Literal["source", "cue", "content"]
LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
ROLES: tuple[Role, ...] = ("source", "cue", "content")
_BEGIN = {"source": 1, "cue": 3, "content": 5}
# a content opening with one of these is a quote (the model's spans keep the marks)
_OPENING_MARKS = frozenset('"“«„')
# all that lies between a content and a cue after it that opens the speaker's next report
_NEXT_REPORT = re.compile(r"[\s,;]*(?:and|but)(?:\s+(?:also|then|later))?\s*")


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A span the model gives one role, with the mean probability of that role over it."""

    role: Role
    span: Span
    score: float


@dataclass(frozen=True, slots=True)
class ModelAttribution:
    """Content parts with the cue and source the model pairs them with."""

    content: tuple[RoleSpan, ...]
    cue: RoleSpan | None
    source: RoleSpan | None

    @property
    def extent(self) -> Span:
        return Span(self.content[0].span.start, self.content[-1].span.end)

    @property
    def score(self) -> float:
        """Mean content probability, weighted by part length."""
        total = sum(len(c.span) for c in self.content)
        return sum(c.score * len(c.span) for c in self.content) / max(1, total)


def role_matrix(tagged: Tagged) -> np.ndarray:
    """Per piece, the probability of O, source, cue and content (B and I summed)."""
    p = tagged.probabilities
    return np.stack([p[:, 0], p[:, 1] + p[:, 2], p[:, 3] + p[:, 4], p[:, 5] + p[:, 6]], axis=1)


def _continues(text: str, offsets: np.ndarray, n: int) -> bool:
    """Whether piece ``n`` continues the word of piece ``n - 1`` (a ``##`` piece)."""
    if n == 0 or offsets[n, 0] != offsets[n - 1, 1]:
        return False
    start = int(offsets[n, 0])
    return text[start - 1 : start].isalnum() and text[start : start + 1].isalnum()


def decode(text: str, tagged: Tagged) -> list[RoleSpan]:
    """The role spans of the tagged text: runs of pieces sharing a role, whole words only."""
    roles = role_matrix(tagged)
    offsets = tagged.offsets
    best = roles.argmax(axis=1)
    spans: list[RoleSpan] = []
    current: list[int] = []
    current_role = 0

    def close() -> None:
        if current and current_role:
            role = ROLES[current_role - 1]
            score = float(roles[current, current_role].mean())
            span = Span(int(offsets[current[0], 0]), int(offsets[current[-1], 1]))
            spans.append(RoleSpan(role=role, span=span, score=score))

    for n in range(len(offsets)):
        label = current_role if _continues(text, offsets, n) else int(best[n])
        begins = False
        if label and label == current_role and not _continues(text, offsets, n):
            b = _BEGIN[ROLES[label - 1]]
            begins = bool(tagged.probabilities[n, b] > tagged.probabilities[n, b + 1])
        if label != current_role or begins:
            close()
            current, current_role = [], label
        if label:
            current.append(n)
    close()
    return spans


def _sentence_of(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def pair(
    spans: Sequence[RoleSpan], sentences: Sequence[Span], text: str | None = None
) -> list[ModelAttribution]:
    """Attributions from role spans: each content with its nearest cue, that cue's source.
    Given the ``text``, a cue right after a content and "and" ("said X, and raised
    concerns …") opens the speaker's next report: the content takes the cue before it in its
    own sentence instead, where there is one."""
    starts = [s.start for s in sentences] or [0]
    cues = [s for s in spans if s.role == "cue"]
    sources = [s for s in spans if s.role == "source"]
    by_cue: dict[Span | None, list[RoleSpan]] = {}
    for content in (s for s in spans if s.role == "content"):
        first = _sentence_of(starts, content.span.start)
        last = _sentence_of(starts, max(content.span.start, content.span.end - 1))

        def distance(cue: RoleSpan, content: RoleSpan = content) -> int:
            if cue.span.end <= content.span.start:
                return content.span.start - cue.span.end
            return max(0, cue.span.start - content.span.end)

        near = [
            c
            for c in cues
            if first - 1 <= _sentence_of(starts, c.span.start) <= last + 1
            and not content.span.contains(c.span)
        ]
        cue = min(near, key=distance) if near else None
        if text is not None and cue is not None and _quote_across_a_break(text, content, cue):
            cue = _quote_frame(text, content, cue, near, distance)
        if text is not None and cue is not None and _opens_next_report(text, content, cue):
            # the frame before it in its own sentence, if there is one
            frames = [
                c
                for c in near
                if c.span.end <= content.span.start and _sentence_of(starts, c.span.start) == first
            ]
            cue = max(frames, key=lambda c: c.span.end) if frames else cue
        by_cue.setdefault(cue.span if cue else None, []).append(content)
    result: list[ModelAttribution] = []
    for cue_span, contents in by_cue.items():
        cue = next((c for c in cues if c.span == cue_span), None)
        groups = [[c] for c in contents] if cue is None else [contents]
        for group in groups:
            source = None
            if cue is not None:
                sentence = _sentence_of(starts, cue.span.start)
                candidates = [
                    s
                    for s in sources
                    if _sentence_of(starts, s.span.start) == sentence
                    and not any(c.span.contains(s.span) for c in group)
                ]
                if candidates:
                    source = min(
                        candidates,
                        key=lambda s: abs(s.span.start - cue.span.start),
                    )
            result.append(ModelAttribution(content=tuple(group), cue=cue, source=source))
    return sorted(result, key=lambda a: a.extent.start)


def _parted(text: str, a: Span, b: Span) -> bool:
    """Whether a line break lies between spans ``a`` and ``b``."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return "\n" in text[first.end : second.start]


def _quote_across_a_break(text: str, content: RoleSpan, cue: RoleSpan) -> bool:
    """Whether ``content`` is a quote and ``cue`` lies across a line break from it, not as an
    open frame ("X said:") ending the paragraph before."""
    if text[content.span.start : content.span.start + 1] not in _OPENING_MARKS:
        return False
    if not _parted(text, content.span, cue.span):
        return False
    before = text[max(0, content.span.start - 80) : content.span.start].rstrip()
    return cue.span.end > content.span.start or not before.endswith(":")


def _quote_frame(
    text: str,
    content: RoleSpan,
    cue: RoleSpan,
    near: Sequence[RoleSpan],
    distance: Callable[[RoleSpan], int],
) -> RoleSpan | None:
    """The cue of a quote whose nearest ``cue`` lies across a line break: the nearest cue of
    its own paragraph where there is one (not the paragraph before's "…, X said."); else the
    cue before it, whose speaker the quote goes on with; a cue of a later paragraph only
    where it opens that paragraph ("- said Putin."), never the next paragraph's report."""
    own = [c for c in near if not _parted(text, content.span, c.span)]
    if own:
        return min(own, key=distance)
    if cue.span.end <= content.span.start:
        return cue
    opening = text[text.rfind("\n", 0, cue.span.start) + 1 : cue.span.start]
    return cue if not any(ch.isalnum() for ch in opening) else None


def _opens_next_report(text: str, content: RoleSpan, cue: RoleSpan) -> bool:
    between = text[content.span.end : cue.span.start]
    return cue.span.start >= content.span.end and _NEXT_REPORT.fullmatch(between) is not None


def mean_role(tagged: Tagged, span: Span, role: Role) -> float:
    """Mean probability of ``role`` over the pieces inside ``span`` (0 when none are)."""
    inside = (tagged.offsets[:, 0] >= span.start) & (tagged.offsets[:, 1] <= span.end)
    if not inside.any():
        return 0.0
    begin = _BEGIN[role]
    return float(tagged.probabilities[inside, begin : begin + 2].sum(axis=1).mean())


def default_model_dir(*, int8: bool = False) -> Path:
    """The shipped tagger: fp32 compute (``span_model``) or its dynamic-int8 copy
    (``span_model_int8``, made by ``scripts/quantize_span_model.py``)."""
    name = "span_model_int8" if int8 else "span_model"
    return Path(str(resources.files("reportedly.attribution") / "data" / name))


def load_tagger(directory: Path | None = None) -> TokenTagger:
    """The span tagger in ``directory`` (the shipped one by default), loaded once per process."""
    return load_once("span tagger", directory or default_model_dir(), TokenTagger)
