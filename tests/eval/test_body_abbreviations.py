"""Tests of a body's name written as an abbreviation (the speaker judge's body rule)."""

from __future__ import annotations

import pytest

from reportedly.actors import default_registry
from reportedly.eval.body_abbreviations import spelt_out


@pytest.mark.parametrize(
    ("name", "other", "lang", "spelt"),
    [
        ("ВГСУ", "Вищий господарський суд України", "uk", ["Вищий господарський суд України"]),
        (
            "МВД Грузии",
            "Министерство внутренних дел Грузии",
            "ru",
            ["Министерство внутренних дел Грузии"],
        ),
        # a function word gives its letter or not, but opens or closes no spelling
        (
            "СНБО",
            "Совет национальной безопасности и обороны",
            "ru",
            ["Совет национальной безопасности и обороны"],
        ),
        (
            "СНБИО",
            "Совет национальной безопасности и обороны",
            "ru",
            ["Совет национальной безопасности и обороны"],
        ),
        ("MFA", "Ministry of Foreign Affairs", "en", ["Ministry of Foreign Affairs"]),
        ("ОФА", "Ministry of Foreign Affairs", "en", []),
        ("ЗСУ", "Вищий господарський суд України", "uk", []),
        ("ДР", "Джо Роган", "uk", []),  # a person's name has no word in lower case
        ("США", "Посольство США", "ru", []),  # written alike on both sides
        ("NATO", "North Atlantic Treaty Organization", "en", []),  # no word in lower case
    ],
)
def test_body_abbreviations_spelt_out(name: str, other: str, lang: str, spelt: list[str]) -> None:
    assert [form for form, _ in spelt_out(name, other, default_registry(), lang)] == spelt
