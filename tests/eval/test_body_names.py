"""Tests of a body's name with and without its country (the speaker judge's body rule)."""

from __future__ import annotations

import pytest

from reportedly.actors import default_registry
from reportedly.eval.body_names import same_body, unqualified
from reportedly.model import Entity


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Ministry of Commerce of China", ["Ministry of Commerce"]),
        ("Embassy of the United States in Russia", ["Embassy of the United States", "Embassy"]),
        ("Chinese Ministry of Commerce", ["Ministry of Commerce"]),
        ("China's Ministry of Commerce", ["Ministry of Commerce"]),
        ("United States Department of the Treasury", ["Department of the Treasury"]),
        ("Ministry of Foreign Affairs of Japan", ["Ministry of Foreign Affairs"]),
        ("Ministry of Foreign Affairs", []),  # "Foreign Affairs" is no country
        ("Sumy Regional Military Administration", []),  # a region is no country
        ("China", []),
    ],
)
def test_body_names_unqualified_drops_only_countries(name: str, forms: list[str]) -> None:
    assert unqualified(name, default_registry()) == forms


def _body(name: str, kind: str = "organisation", id: str = "body") -> Entity:
    return Entity(id=id, name=name, kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Ministry of Commerce", "Ministry of Commerce of China", True),
        ("Commerce Ministry", "Ministry of Commerce of China", True),
        ("Ministry of Commerce of China", "Ministry of Commerce", True),  # either way round
        ("Ministry of Defense", "Ministry of Defence of Poland", True),
        ("U.S. Embassy", "Embassy of the United States in Russia", True),
        ("Russian Embassy", "Embassy of Russia in the United States", True),
        # near misses that stay wrong: another country, another body, the host for the owner
        ("Ministry of Commerce of Russia", "Ministry of Commerce of China", False),
        ("Ministry of Commerce", "Government of China", False),
        ("Ministry of Defence", "Ministry of Commerce of China", False),
        ("Embassy of Russia", "Embassy of the United States in Russia", False),
        ("U.S. Embassy", "Embassy of Russia in the United States", False),
        ("Ministry of Foreign Affairs", "Foreign Affairs", False),  # a magazine
        ("Government", "Government of China", False),  # one word names no body
        ("Embassy", "Embassy of the United States in Russia", False),
        ("U.S. Treasury", "United States Department of the Treasury", False),  # other words
    ],
)
def test_body_names_same_body_up_to_the_country(predicted: str, gold: str, same: bool) -> None:
    assert same_body(_body(predicted), [gold], default_registry()) is same


def test_body_names_never_for_people_or_countries() -> None:
    registry = default_registry()
    assert not same_body(
        _body("Ministry of Commerce", kind="person"), ["Ministry of Commerce of China"], registry
    )
    assert not same_body(_body("China", kind="country"), ["Government of China"], registry)


def test_body_names_a_body_the_article_names_for_two_countries_is_ambiguous() -> None:
    registry = default_registry()
    bare = _body("Ministry of Defense")
    latvian = _body("Latvian Ministry of Defense", id="latvian")
    polish = _body("Ministry of Defence of Poland", id="polish")
    gold = ["Ministry of Defence of Poland"]
    assert not same_body(bare, gold, registry, (bare, latvian))
    assert same_body(bare, gold, registry, (bare, polish))  # the gold's own body is no rival
    # the gold without a country cannot say which of two qualified bodies it means
    assert not same_body(polish, ["Ministry of Defense"], registry, (polish, latvian))
