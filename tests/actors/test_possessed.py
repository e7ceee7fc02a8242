"""Tests of a body named with its owner before a possessive."""

from __future__ import annotations

from reportedly.actors import default_registry
from reportedly.actors._possessed import possessed_body


def test_the_body_after_its_countrys_possessive_is_the_registry_body() -> None:
    found = possessed_body(
        "The U.S. Treasury Department’s Office of Foreign Assets Control", default_registry()
    )
    assert found is not None
    assert found.id == "ofac"


def test_an_owner_of_another_country_links_nothing() -> None:
    registry = default_registry()
    assert possessed_body("Russia's Office of Foreign Assets Control", registry) is None
    assert possessed_body("Office of Foreign Assets Control", registry) is None
