"""What the pipeline skipped or warned about on an evaluated text, said rather than hidden: a
text a stage failed on is scored with what was left, which reads like a miss."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportedly.model import Analysis


def stage_notes(analysis: Analysis) -> tuple[str, ...]:
    """The analysis's skips and warnings ("E301 attribution: ValueError: …")."""
    return tuple(f"{s.code} {s.stage}: {s.reason}" for s in analysis.skipped)


def skipped_warning(skipped: Sequence[dict[str, Any]], texts: int, key: str) -> str | None:
    """A one-line warning for the texts listed in ``skipped`` (``{key: name, "stages": […]}``
    each) out of ``texts``, or ``None`` when there are none."""
    if not skipped:
        return None
    first = skipped[0]
    return (
        f"warning: {len(skipped)} of {texts} texts carry a stage's skip or warning and were "
        f'scored with what was left (listed under "skipped"); first: {first[key]}: '
        + "; ".join(first["stages"])
    )
