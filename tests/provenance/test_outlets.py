"""Tests for the outlet registry: the packaged data, lookups, user files and malformed input."""

from __future__ import annotations

import itertools
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from reportedly.errors import ConfigError, NotFound
from reportedly.provenance import Outlet, OutletRegistry, default_registry
from reportedly.provenance.outlet_names import fold, host_of
from reportedly.provenance.outlets import AFFILIATIONS, OUTLET_KINDS

DATA = resources.files("reportedly.provenance") / "data" / "outlets.yaml"
REGISTRY = default_registry()
OUTLETS = tuple(REGISTRY)
SOURCE_LINE = (
    "Source: Kremlin-aligned news outlet RIA Novosti; Telegram channel Vy slushali mayak "
    "[You have been listening to Radio Mayak - ed.], posting Peskov’s comment"
)


def _raw_entries() -> list[dict[str, object]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _entry(**fields: object) -> dict[str, object]:
    """A valid outlet entry, with ``fields`` changed (a value of ``...`` removes the field)."""
    entry: dict[str, object] = {
        "id": "example-gazette",
        "name": "The Example Gazette",
        "aliases": ["Example Daily"],
        "domains": ["example-gazette.org"],
        "country": "GBR",
        "languages": ["en"],
        "kind": "newspaper",
        "owner": None,
        "affiliation": "unknown",
        "basis": None,
        "telegram": None,
    }
    entry.update(fields)
    return {k: v for k, v in entry.items() if v is not ...}


def _write(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return path


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


# -- matching ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RIA Novosti", "ria-novosti"),
        ("ria novosti", "ria-novosti"),
        ("RIA-Novosti", "ria-novosti"),
        ("РИА Новости", "ria-novosti"),
        ("«РИА Новости»", "ria-novosti"),
        ("the Kyiv Independent", "kyiv-independent"),
        ("The Moscow Times", "moscow-times"),
        ("Ukrainska Pravda", "ukrainska-pravda"),
        ("Українська правда", "ukrainska-pravda"),
        ("Reuters news agency", "reuters"),
        ("Kremlin-aligned news outlet RIA Novosti", "ria-novosti"),
        ("Russian state news agency TASS", "tass"),
        ("Telegram channel Vy slushali mayak", "vy-slushali-mayak"),
        ('Telegram channel "Vy slushali Mayak"', "vy-slushali-mayak"),
        ("Telegram-канал «Вы слушали „Маяк“»", "vy-slushali-mayak"),
        (
            "Telegram channel Vy slushali mayak [You have been listening to Radio Mayak - ed.]",
            "vy-slushali-mayak",
        ),
        ("Radio Mayak", "radio-mayak"),
        ("Ukrainska Pravda’s Telegram channel", "ukrainska-pravda-telegram"),
        ("Ukrainska Pravda's report", "ukrainska-pravda"),
        ("Interfax-Ukraine", "interfax-ukraine"),
        ("Interfax", "interfax"),
        ("RBC-Ukraine", "rbc-ukraine"),
        ("Süddeutsche Zeitung", "sueddeutsche"),
        ("SUDDEUTSCHE ZEITUNG", "sueddeutsche"),
        ("Соловьев Live", "solovyov-live"),
        ("in an interview with the Financial Times", "financial-times"),
        ("Ukraine's General Staff", "general-staff-ukraine"),
        ("https://www.pravda.com.ua/news/2022/12/2/7378785/", "ukrainska-pravda"),
        ("t.me/rybar", "rybar"),
    ],
)
def test_outlets_match_names_through_descriptions(text: str, expected: str) -> None:
    found = REGISTRY.match(text)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "Peskov said", "a news agency", "Telegram channel", "[ - ed.]", "—"]
)
def test_outlets_match_returns_none_without_a_known_name(text: str) -> None:
    assert REGISTRY.match(text) is None


def test_outlets_find_the_sample_source_line_drops_the_editors_gloss() -> None:
    found = REGISTRY.find(SOURCE_LINE)
    assert [m.outlet.id for m in found] == ["ria-novosti", "vy-slushali-mayak"]
    assert [SOURCE_LINE[m.start : m.end] for m in found] == ["RIA Novosti", "Vy slushali mayak"]


def test_outlets_find_keeps_a_bracketed_name_when_it_is_the_only_one() -> None:
    text = "the agency [TASS - ed.]"
    (only,) = REGISTRY.find(text)
    assert only.outlet.id == "tass"
    assert only.bracketed
    assert text[only.start : only.end] == "TASS"


def test_outlets_find_in_the_sample_article(sample_text: str) -> None:
    found = REGISTRY.find(sample_text)
    assert [m.outlet.id for m in found] == ["ria-novosti", "vy-slushali-mayak", "ukrainska-pravda"]


@given(st.text(max_size=200))
def test_outlets_lookups_never_raise_and_spans_stay_in_text(text: str) -> None:
    found = REGISTRY.find(text)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
    assert (REGISTRY.match(text) is None) == (found == ())
    REGISTRY.by_domain(text)


@given(st.sampled_from(OUTLETS), st.sampled_from(["", "the ", "state outlet ", "“", "(see) "]))
def test_outlets_match_survives_leading_descriptions(outlet: Outlet, prefix: str) -> None:
    found = REGISTRY.match(prefix + outlet.name)
    assert found is not None
    assert found.id == outlet.id


# -- domains -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pravda.com.ua", "ukrainska-pravda"),
        ("www.pravda.com.ua", "ukrainska-pravda"),
        ("eng.pravda.com.ua", "ukrainska-pravda"),
        ("https://www.pravda.com.ua/eng/news/2022/12/2/7378785/", "ukrainska-pravda"),
        ("HTTPS://RIA.RU/20221202/peskov.html", "ria-novosti"),
        ("//user@tass.com:443/politics", "tass"),
        ("en.kremlin.ru.", "kremlin-ru"),
        ("abcnews.go.com", "abc-news"),
        ("eurointegration.com.ua", "yevropeiska-pravda"),
        ("rbc.ua", "rbc-ukraine"),
        ("rbc.ru", "rbc"),
    ],
)
def test_outlets_by_domain_handles_subdomains_and_urls(text: str, expected: str) -> None:
    found = REGISTRY.by_domain(text)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize(
    "text", ["", "ria", "go.com", "com.ua", "sky.com", "notpravda.com.ua", "http://", "a b.ru"]
)
def test_outlets_by_domain_returns_none_for_unknown_hosts(text: str) -> None:
    assert REGISTRY.by_domain(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.ria.ru/x", "www.ria.ru"),
        ("ria.ru:80", "ria.ru"),
        ("mailto-like@ria.ru", "ria.ru"),
        ("localhost", None),
        ("http://[::1]/", None),
    ],
)
def test_outlets_host_of_parses_urls_and_hosts(text: str, expected: str | None) -> None:
    assert host_of(text) == expected


# -- user files ----------------------------------------------------------------------------------


def test_outlets_user_file_overrides_by_id_and_adds(tmp_path: Path) -> None:
    override = _entry(
        id="ria-novosti",
        name="RIA Novosti (user copy)",
        aliases=["RIAN"],
        domains=["ria.ru"],
        country="RUS",
        languages=["ru"],
        kind="news_agency",
    )
    path = _write(tmp_path / "mine.yaml", [override, _entry()])
    registry = OutletRegistry.load([path])
    assert len(registry) == len(REGISTRY) + 1
    ria = registry.by_id("ria-novosti")
    assert ria.name == "RIA Novosti (user copy)"
    assert ria.affiliation == "unknown"
    assert registry.match("RIAN") == ria
    assert registry.match("РИА Новости") is None  # replaced entries lose their old aliases
    gazette = registry.by_id("example-gazette")
    assert registry.match("Example Gazette") == gazette  # "The" is optional in longer names
    assert registry.by_domain("www.example-gazette.org") == gazette


def test_outlets_later_user_files_win(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.yaml", [_entry(owner="First Owner")])
    second = _write(tmp_path / "b.yaml", [_entry(owner="Second Owner")])
    assert OutletRegistry.load([first, second]).by_id("example-gazette").owner == "Second Owner"


def test_outlets_empty_user_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert len(OutletRegistry.load([path])) == len(REGISTRY)


# -- malformed input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("just a string", "expected a mapping"),
        (_entry(id=...), "missing fields ['id']"),
        (_entry(name=...), "missing fields ['name']"),
        (_entry(colour="red"), "unknown fields ['colour']"),
        (_entry(id="Example Gazette"), "lower-case letters"),
        (_entry(name=""), "'name' must be a non-empty string"),
        (_entry(name=2024), "'name' must be a non-empty string"),
        (_entry(aliases="Example Daily"), "'aliases' must be a list"),
        (_entry(aliases=["—"]), "no letters or digits"),
        (_entry(domains=["https://example.org/"]), "lower-case host name"),
        (_entry(domains=["Example.org"]), "lower-case host name"),
        (_entry(country="GB"), "ISO 3166-1 alpha-3"),
        (_entry(languages=[]), "ISO 639-1"),
        (_entry(languages=["English"]), "ISO 639-1"),
        (_entry(kind="blog"), "kind 'blog' must be one of"),
        (_entry(affiliation="state owned"), "affiliation 'state owned' must be one of"),
        (_entry(affiliation="private"), "needs a 'basis'"),
        (_entry(basis="Owned by someone."), "takes no basis"),
        (_entry(telegram="@example"), "channel handle"),
        (_entry(parent="example-gazette"), "its own parent"),
    ],
)
def test_outlets_malformed_entry_raises_config_error_naming_file_and_entry(
    tmp_path: Path, entry: object, message: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump([_entry(id="fine-outlet", name="Fine"), entry]), "utf-8")
    with pytest.raises(ConfigError) as info:
        OutletRegistry.load([path])
    text = str(info.value)
    assert message in text
    assert str(path) in text
    assert "entry 2" in text
    assert info.value.code == "E531"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([_entry(), _entry()], "id is used twice"),
        ([_entry(aliases=["RIA"])], "name 'RIA' is already used by outlet 'ria-novosti'"),
        ([_entry(domains=["ria.ru"])], "'ria.ru' is already used by outlet 'ria-novosti'"),
        ([_entry(telegram="rybar")], "'rybar' is already used by outlet 'rybar'"),
        ([_entry(parent="no-such-outlet")], "parent 'no-such-outlet' is not in the registry"),
        (
            [
                _entry(parent="other-gazette"),
                _entry(
                    id="other-gazette",
                    name="Other",
                    domains=[],
                    aliases=[],
                    parent="example-gazette",
                ),
            ],
            "parent chain loops",
        ),
    ],
)
def test_outlets_conflicting_entries_raise_config_error(
    tmp_path: Path, entries: list[dict[str, object]], message: str
) -> None:
    path = _write(tmp_path / "clash.yaml", entries)
    with pytest.raises(ConfigError, match="E531") as info:
        OutletRegistry.load([path])
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- id: [unclosed\n", "not valid YAML"),
        ("id: just-a-mapping\n", "expected a list of outlets"),
    ],
)
def test_outlets_unparseable_file_raises_config_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        OutletRegistry.load([path])
    assert str(path) in str(info.value)


def test_outlets_missing_or_binary_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"E530.*cannot read outlet file"):
        OutletRegistry.load([tmp_path / "absent.yaml"])
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError, match="E530"):
        OutletRegistry.load([binary])


def test_outlets_duplicate_ids_in_constructor_raise() -> None:
    outlet = REGISTRY.by_id("tass")
    with pytest.raises(ConfigError, match="duplicate outlet id 'tass'"):
        OutletRegistry([outlet, outlet])
