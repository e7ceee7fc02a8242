"""Tests for the outlet registry's packaged data: unique ids, names, domains and handles that
resolve back, affiliations and coverage."""

from __future__ import annotations

from collections import Counter

import pytest
from tests.provenance.outlet_entries import OUTLETS, REGISTRY, _raw_entries

from reportedly.errors import NotFound
from reportedly.provenance import OutletRegistry
from reportedly.provenance.outlet_names import fold
from reportedly.provenance.outlets import AFFILIATIONS, OUTLET_KINDS

# -- the packaged data ---------------------------------------------------------------------------


def test_outlets_package_file_validates_with_at_least_80_outlets() -> None:
    registry = OutletRegistry.load()
    assert len(registry) >= 80
    assert len(registry) == len(_raw_entries())


def test_outlets_ids_are_unique_in_the_file() -> None:
    ids = Counter(entry["id"] for entry in _raw_entries())
    assert [i for i, n in ids.items() if n > 1] == []


def test_outlets_folded_names_and_aliases_are_unique_across_outlets() -> None:
    owners: dict[tuple[str, ...], set[str]] = {}
    for outlet in OUTLETS:
        for name in outlet.names:
            owners.setdefault(fold(name), set()).add(outlet.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}


def test_outlets_domains_and_handles_are_unique_across_outlets() -> None:
    domains = Counter(d for outlet in OUTLETS for d in outlet.domains)
    handles = Counter(o.telegram.casefold() for o in OUTLETS if o.telegram)
    assert [d for d, n in domains.items() if n > 1] == []
    assert [h for h, n in handles.items() if n > 1] == []


@pytest.mark.parametrize(("outlet_id", "name"), [(o.id, name) for o in OUTLETS for name in o.names])
def test_outlets_every_name_and_alias_resolves_back(outlet_id: str, name: str) -> None:
    found = REGISTRY.match(name)
    assert found is not None
    assert found.id == outlet_id


@pytest.mark.parametrize(("outlet_id", "domain"), [(o.id, d) for o in OUTLETS for d in o.domains])
def test_outlets_every_domain_resolves_back(outlet_id: str, domain: str) -> None:
    for form in (domain, f"www.{domain}", f"https://m.{domain}/news/1?x=2"):
        found = REGISTRY.by_domain(form)
        assert (found.id if found else None) == outlet_id, form
    named = REGISTRY.match(f"reported by {domain}")
    assert named is not None
    assert named.id == outlet_id


@pytest.mark.parametrize(
    ("outlet_id", "handle"), [(o.id, o.telegram) for o in OUTLETS if o.telegram]
)
def test_outlets_every_telegram_handle_resolves_back(outlet_id: str, handle: str) -> None:
    for form in (f"@{handle}", f"https://t.me/{handle}/123"):
        found = REGISTRY.match(form)
        assert (found.id if found else None) == outlet_id, form


def test_outlets_affiliation_has_a_basis_exactly_when_known() -> None:
    for outlet in OUTLETS:
        assert outlet.kind in OUTLET_KINDS
        assert outlet.affiliation in AFFILIATIONS
        assert (outlet.basis is None) == (outlet.affiliation == "unknown"), outlet.id


def test_outlets_cover_the_countries_and_kinds_the_issue_names() -> None:
    countries = Counter(o.country for o in OUTLETS)
    assert all(countries[c] >= 10 for c in ("RUS", "UKR", "USA"))
    assert sum(countries[c] for c in ("GBR", "FRA", "DEU", "ITA", "ESP", "POL")) >= 10
    kinds = {o.kind for o in OUTLETS}
    assert {"news_agency", "telegram_channel", "official_channel", "broadcaster"} <= kinds


def test_outlets_sample_sources_carry_their_chain_and_affiliation() -> None:
    ria = REGISTRY.by_id("ria-novosti")
    assert ria.affiliation == "state-owned"
    assert ria.basis
    channel = REGISTRY.by_id("vy-slushali-mayak")
    assert channel.kind == "telegram_channel"
    assert "Вы слушали «Маяк»" in channel.aliases
    parent = REGISTRY.parent_of(channel)
    assert parent is not None
    assert parent.id == "radio-mayak"
    assert parent.affiliation == "state-owned"
    assert REGISTRY.parent_of(REGISTRY.by_id("reuters")) is None


def test_outlets_by_id_raises_not_found() -> None:
    with pytest.raises(NotFound, match="no-such-outlet"):
        REGISTRY.by_id("no-such-outlet")
    assert "tass" in REGISTRY
    assert "no-such-outlet" not in REGISTRY
