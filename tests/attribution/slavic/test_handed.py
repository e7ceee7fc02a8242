"""A paragraph a frame ending in a colon hands over (attribution/slavic/handed.py)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import attributed, said, said_by_rule


def test_an_unmarked_paragraph_after_a_frame_ending_in_a_colon_is_its_speakers() -> None:
    text = (
        "Высокопоставленный военный заявил, что «лучшей стратегией» было бы не ждать:\n\n"
        "Грамотнее не ждать, а поражать пусковые установки. Мы должны нанести первый удар."
    )
    found = attributed(text, "ru")
    handed = [s for s in found if s.content_text(text).startswith("Грамотнее")]
    assert [(s.kind, s.speaker.text if s.speaker else None) for s in handed] == [
        ("direct", "Высокопоставленный военный")
    ]
    # the frame's own statement stays
    assert any(s.content_text(text).startswith("«лучшей") for s in found)


def test_a_frame_after_its_content_may_hand_over_a_paragraph_too() -> None:
    text = (
        "Ситуація на кордоні складна, заявив речник ДПСУ Андрій Демченко:\n\n"
        "Черги зростають, ми працюємо цілодобово."
    )
    assert ("речник ДПСУ Андрій Демченко", "Черги зростають, ми працюємо цілодобово.") in said(
        text, "uk"
    )


@pytest.mark.parametrize(
    "after", ["— признание территорий;\n— нейтралитет.", "Подписаться", "«Мы готовы», — сказал он."]
)
def test_a_list_a_quote_or_a_label_after_the_colon_is_not_handed_over(after: str) -> None:
    text = f"Лавров заявил, что у Москвы есть условия:\n\n{after}"
    assert not any(rule == "ru-uk:colon-paragraph" for _, _, rule in said_by_rule(text, "ru"))
