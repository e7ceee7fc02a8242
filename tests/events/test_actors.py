"""Tests for events.actors: the alias fallback, the registry adapter and chaining."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from reportedly.events.actors import AliasResolver, ChainResolver, RegistryResolver, ResolvedActor


@pytest.mark.parametrize(
    ("text", "actor_id", "code"),
    [
        ("The Kremlin", "RUS", "RUS"),
        ("US President Joe Biden", "biden", "USA"),
        ("his Russian counterpart Vladimir Putin", "putin", "RUS"),
        ("the President of the Russian Federation", "putin", "RUS"),
        ("NATO Secretary General Jens Stoltenberg", "stoltenberg", "IGO"),
        ("residential areas of Kherson", "UKR", "UKR"),
        ("thousands of protesters", None, None),
        ("let us talk", None, None),  # "us" is not the US
        # a place gives its country where no alias is found, and never over an alias
        ("Chicago residents", "USA", "USA"),
        ("a New Mexico delegate", "USA", "USA"),  # not Mexico
        ("Mexico and New Mexico", "MEX", "MEX"),
        ("the Donetsk town of Bakhmut", "UKR", "UKR"),
        ("Russian troops near Kharkiv", "RUS", "RUS"),
        ("Ukrainian drones over Belgorod", "UKR", "UKR"),
        ("Georgia", None, None),  # a country and a US state
        # the West as a party (CAMEO's region code), not the West Bank nor "Western"
        ("The West", "WST", "WST"),
        ("the West Bank", "west-bank", "PSE"),
        ("Western leaders", None, None),
    ],
)
def test_actors_alias_resolver_longest_alias_wins(
    text: str, actor_id: str | None, code: str | None
) -> None:
    found = AliasResolver.bundled().resolve(text, on=None)
    assert (found.id if found else None) == actor_id
    assert (found.code if found else None) == code


@dataclass(frozen=True)
class _FakeActor:
    id: str
    name: str
    code: str | None


class _FakeRegistry:
    def match_name(self, text: str) -> tuple[_FakeActor, ...]:
        return {"Vladimir Putin": (_FakeActor("putin-vladimir", "Vladimir Putin", "RUS GOV"),)}.get(
            text, ()
        )

    def match_title(self, text: str, *, on: date | None = None) -> tuple[_FakeActor, ...]:
        if text == "Russian President" and on is not None and on.year >= 2012:
            return (_FakeActor("putin-vladimir", "Vladimir Putin", "RUS GOV"),)
        return ()

    def match_metonym(self, text: str) -> _FakeActor | None:
        return (
            _FakeActor("government-russia", "Government of Russia", "RUS GOV")
            if (text == "the Kremlin")
            else None
        )


def test_actors_registry_adapter_tries_suffixes_titles_and_metonyms() -> None:
    resolver = RegistryResolver(_FakeRegistry())
    putin = resolver.resolve("his Russian counterpart Vladimir Putin", on=None)
    assert putin == ResolvedActor(
        id="putin-vladimir", name="Vladimir Putin", code="RUS", sector="GOV"
    )
    assert resolver.resolve("Russian President", on=date(2022, 12, 1)) == putin
    assert resolver.resolve("Russian President", on=date(2005, 1, 1)) is None
    kremlin = resolver.resolve("the Kremlin", on=None)
    assert kremlin is not None
    assert kremlin.id == "government-russia"
    assert resolver.resolve("somebody", on=None) is None


def test_actors_chain_falls_back_to_aliases() -> None:
    chain = ChainResolver(RegistryResolver(_FakeRegistry()), AliasResolver.bundled())
    found = chain.resolve("Zelensky", on=None)
    assert found is not None
    assert found.code == "UKR"


def test_actors_split_code() -> None:
    assert ResolvedActor.split_code("RUS GOV") == ("RUS", "GOV")
    assert ResolvedActor.split_code("IGO") == ("IGO", None)
    assert ResolvedActor.split_code(None) == (None, None)
