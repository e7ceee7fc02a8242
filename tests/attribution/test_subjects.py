"""Tests of who a reporting verb's subject is when the parser hangs the verb elsewhere."""

from __future__ import annotations

from reportedly.pipeline import analyze_text


def test_adding_hung_on_the_reported_clause_is_the_sayers() -> None:
    text = (
        "Leena Nurmsalu said that training Ukraine’s forces on their territory would not be "
        "escalatory, adding that “Russia’s propaganda is about being at war with NATO; they "
        "don’t need an excuse.”"
    )
    a = analyze_text(text)
    added = next(s for s in a.statements if "propaganda" in s.content_text(text))
    assert added.speaker is not None
    assert added.speaker.text == "Leena Nurmsalu"
