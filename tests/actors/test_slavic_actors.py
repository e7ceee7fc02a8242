"""Russian and Ukrainian names and titles linked to the same registry actors as English."""

from __future__ import annotations

from datetime import date

import pytest

from reportedly.actors import default_registry
from reportedly.actors.slavic import _titled, match_actor
from reportedly.attribution.slavic.lexicon import default_lexicon


@pytest.mark.parametrize(
    "name",
    ["Peskov", "Dmitry Peskov", "Песков", "Дмитрий Песков", "Пєсков", "Пєскова", "Дмитро Пєсков"],
)
def test_transliterations_and_case_forms_link_one_actor(name: str) -> None:
    actor = match_actor(default_registry(), name)
    assert actor is not None
    assert actor.id == "peskov-dmitry"


def test_an_unknown_name_links_nobody() -> None:
    assert match_actor(default_registry(), "Иван Неизвестный") is None


def test_titles_resolve_on_the_article_date() -> None:
    registry = default_registry()
    ru = default_lexicon("ru").titles
    uk = default_lexicon("uk").titles
    peskov = _titled(registry, ru, "пресс-секретарь кремль", date(2024, 5, 1))
    assert peskov is not None
    assert peskov.id == "peskov-dmitry"
    sybiha = _titled(registry, uk, "міністр закордонний справа", date(2025, 3, 1))
    kuleba = _titled(registry, uk, "міністр закордонний справа", date(2023, 3, 1))
    assert sybiha is not None
    assert sybiha.id == "sybiha-andrii"
    assert kuleba is not None
    assert kuleba.id == "kuleba-dmytro"
