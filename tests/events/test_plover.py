"""Tests for events.plover: the bundled ontology and the CAMEO→PLOVER table reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_path
from reportedly.errors import InputError
from reportedly.events.model import EVENT_TYPES, MODALITIES
from reportedly.events.plover import cameo_to_plover, load_ontology, read_cameo_table


def test_plover_ontology_has_every_type_with_a_definition() -> None:
    ontology = load_ontology()
    assert set(ontology.types) == set(EVENT_TYPES)
    assert all(info.definition and info.quad for info in ontology.types.values())
    assert set(ontology.modalities) == set(MODALITIES)
    assert {"future", "hypothetical", "diplomatic", "military"} <= set(ontology.contexts)


@pytest.mark.parametrize(
    ("type_", "mode", "context", "problems"),
    [
        ("REJECT", "meet", ("diplomatic",), 0),
        ("CONSULT", "phone", (), 0),
        ("REJECT", "phone", (), 1),
        ("AGREE", None, ("nonsense",), 1),
        ("DEMAND", None, (), 1),
    ],
)
def test_plover_check_flags_bad_triples(
    type_: str, mode: str | None, context: tuple[str, ...], problems: int
) -> None:
    assert len(load_ontology().check(type_, mode, context)) == problems


def test_plover_reads_a_cameo_table(tmp_path: Path) -> None:
    table = tmp_path / "table.txt"
    table.write_text(
        "# header\n12: REJECT\n120: REJECT,  ,    # Reject\n"
        "125: REJECT, meet, diplomatic # Reject proposal to meet\n"
        "091: ACCUSE, investigate, crime; corruption # Investigate crime\n",
        encoding="utf-8",
    )
    rows = read_cameo_table(table)
    assert [r.cameo for r in rows] == ["120", "125", "091"]
    assert rows[1].mode == "meet"
    assert rows[2].contexts == ("crime", "corruption")
    assert cameo_to_plover(rows)["125"] == "REJECT"


def test_plover_cameo_table_errors_name_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.txt"):
        read_cameo_table(empty)
    with pytest.raises(InputError, match="missing"):
        read_cameo_table(tmp_path / "missing.txt")


@pytest.mark.needs_shared
def test_plover_official_table_types_are_ours() -> None:
    rows = read_cameo_table(shared_path("data", "plover", "CAMEO2PLOVER-2021.txt"))
    assert len(rows) > 200
    assert {r.plover for r in rows} <= set(EVENT_TYPES)
    mapping = cameo_to_plover(rows)
    # the codes the coder emits for the sample's events map to the types it gives them
    assert mapping["036"] == "AGREE"
    assert mapping["125"] == "REJECT"
    assert mapping["1246"] == "REJECT"
    assert mapping["100"] == "REQUEST"
