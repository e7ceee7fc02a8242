"""Tests for reportedly._registry: reading the packaged registry file and the user's overrides."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from reportedly._registry import read_documents, read_yaml
from reportedly.errors import ConfigError

_PACKAGED = resources.files("reportedly.provenance") / "data" / "outlets.yaml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("- id: a\n", [{"id": "a"}]), ("", None), ("actors: []\n", {"actors": []})],
)
def test_registry_read_yaml_parses(text: str, expected: object) -> None:
    assert read_yaml(text, "f.yaml", code="E999") == expected


@pytest.mark.parametrize("text", ["- id: [a\n", "a: b: c\n", "{"])
def test_registry_read_yaml_bad_yaml_names_the_source(text: str) -> None:
    with pytest.raises(ConfigError, match=r"f\.yaml: not valid YAML") as info:
        read_yaml(text, "f.yaml", code="E999")
    assert info.value.code == "E999"


def test_registry_read_documents_packaged_first_then_extras_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "1.yaml", tmp_path / "2.yaml"
    first.write_text("- id: one\n", encoding="utf-8")
    second.write_text("- id: two\n", encoding="utf-8")
    documents = read_documents(_PACKAGED, [first, second], what="outlet", code="E999")
    assert [source for source, _ in documents] == [str(_PACKAGED), str(first), str(second)]
    assert documents[1][1] == [{"id": "one"}]
    assert documents[2][1] == [{"id": "two"}]


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.yaml", None), ("latin1.yaml", "- id: caf\xe9\n".encode("latin-1"))],
)
def test_registry_read_documents_unreadable_file(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match="cannot read actor file") as info:
        read_documents(_PACKAGED, [path], what="actor", code="E999")
    assert info.value.code == "E999"
    assert str(path) in str(info.value)
