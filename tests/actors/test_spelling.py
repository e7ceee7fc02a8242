"""Names in other transliterations and alphabets link to the registry's actor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.actors import ActorRegistry, default_registry
from reportedly.actors._spelling import spelling_key


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return default_registry()


@pytest.mark.parametrize(
    ("written", "actor"),
    [
        ("Sergei Riabkow", "ryabkov-sergei"),  # Polish
        ("Riabkow", "ryabkov-sergei"),
        ("Sergei Ławrow", "lavrov-sergey"),
        ("Łukaszenka", "lukashenko-alexander"),
        ("Walerij Gerasimow", "gerasimov-valery"),
        ("Dmitri Peskow", "peskov-dmitry"),  # German
        ("Пєсков", "peskov-dmitry"),  # Ukrainian
        ("Blinkken", "blinken-antony"),  # a doubled letter
    ],
)
def test_spelling_variants_link(registry: ActorRegistry, written: str, actor: str) -> None:
    assert [a.id for a in registry.match_name(written)] == [actor]


@pytest.mark.parametrize(
    "written", ["Sergei Ivanovich Riabkow Jr", "Petrov", "Alaxandr Łukaszenka"]
)
def test_spelling_keeps_apart_what_it_cannot_tell(registry: ActorRegistry, written: str) -> None:
    assert registry.match_name(written) == ()


def test_spelling_key_of_three_alphabets() -> None:
    assert (
        spelling_key("sergei riabkow")
        == spelling_key("sergey ryabkov")
        == spelling_key("сергей рябков")
    )


@given(
    st.text(
        alphabet="абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyzł ", max_size=40
    )
)
def test_spelling_key_is_lowercase_latin(text: str) -> None:
    key = spelling_key(text)
    assert all(c == " " or "a" <= c <= "z" for c in key)


def test_a_short_plain_word_keys_to_no_one_else() -> None:
    registry = default_registry()
    assert registry.match_name("Milei") == ()  # Javier Milei is not Mark Milley
    assert registry.match_name("Mass") == ()  # nor is a mass Heiko Maas
    assert [a.id for a in registry.match_name("Patruszew")] == ["patrushev-nikolai"]
    assert [a.id for a in registry.match_name("Ławrow")] == ["lavrov-sergey"]
