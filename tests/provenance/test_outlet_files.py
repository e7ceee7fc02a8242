"""Tests for the outlet registry's user files and malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from tests.provenance.outlet_entries import REGISTRY, _entry, _write

from reportedly.errors import ConfigError
from reportedly.provenance import OutletRegistry

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
