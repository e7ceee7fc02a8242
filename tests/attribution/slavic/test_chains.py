"""Chains of reporters of one content (attribution/slavic/chains.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse


def test_two_frames_after_one_content_make_a_chain_of_reporters() -> None:

    text = "Удары нанесены по складам, сообщил губернатор Вадим Филашкин, передает ТАСС."
    analysis = analyse(text, "ru")
    found = [
        (s.content_text(text), s.cue.text(text) if s.cue else None) for s in analysis.statements
    ]
    assert found == [
        ("Удары нанесены по складам", "передает"),
        ("Удары нанесены по складам", "сообщил"),
    ]
    outer, inner = analysis.statements
    assert inner.reported_by == outer.id
