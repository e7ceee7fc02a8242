"""Tests of scripts/check_speakers_corpus.py: which store actors duplicate a registry person."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from reportedly.actors import ActorRegistry, default_registry
from reportedly.store import Store
from script_modules import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/check_speakers_corpus.py")


@pytest.mark.parametrize(
    ("name", "registry"),
    [
        ("Stoltenberg", ["stoltenberg-jens"]),
        ("Mr Macron", ["macron-emmanuel"]),
        ("Vladamir Putin", ["putin-vladimir"]),  # a misspelt given name
        ("Clifford May", []),  # another May
        ("Hunter Biden", []),
        ("Robby Mook", []),
        ("Silva", []),  # Lula goes by "Lula" alone, the registry says
        ("Lula", ["lula-da-silva-luiz-inacio"]),
        ("Luiz Lula", ["lula-da-silva-luiz-inacio"]),
        ("Marina Lula", []),
        ("Greenfield", []),  # not Linda Thomas-Greenfield
        ("Thomas-Greenfield", ["thomas-greenfield-linda"]),
        ("Kim", ["kim-jong-un"]),  # his family name, written first
        ("Jinping", []),  # Xi's given name
        ("Saud", []),  # every Saudi royal's
        ("Khalid bin Salman", []),  # a brother of Mohammed bin Salman
        ("Jr.", []),  # of "Keith Kellogg Jr."
    ],
)
def test_check_duplicate_of_a_registry_person(
    script: ModuleType, name: str, registry: list[str]
) -> None:
    known = default_registry()
    people = script._registry_people(known)
    assert script._duplicate_of(name, people, known.honorifics) == registry


def test_check_counts_duplicates_and_unresolved(script: ModuleType, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    for actor_id, name in (("stoltenberg", "Stoltenberg"), ("robby-mook", "Robby Mook")):
        conn.execute(
            "INSERT INTO actors (id, name, kind, origin, code, merged_into, created_at)"
            " VALUES (?, ?, 'person', 'store', NULL, NULL, '2022-01-01')",
            (actor_id, name),
        )
    report = script.check(conn, default_registry(), top=5)
    conn.close()
    assert (report["duplicate_actors"], report["statements"]) == (1, 0)
    assert [r["actor"] for r in report["top_duplicates"]] == ["stoltenberg"]


def test_check_reports_the_unresolved_share_of_speech_statements(
    script: ModuleType, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    rows = [  # (act, linked actor): 2 of 3 speech statements resolved, the belief not
        ("speech", "putin-vladimir"),
        ("speech", "biden-joe"),
        ("speech", None),
        ("belief", None),
    ]
    for n, (act, linked) in enumerate(rows):
        conn.execute(
            "INSERT INTO statements (id, article_id, position, kind, content, extent_start,"
            " extent_end, content_text, quotes, confidence, pub_order, linked_actor, act,"
            " speaker_text) VALUES (?, 'a1', ?, 'indirect', '[]', 0, 1, 'x', '[]', 0.9, 0, ?,"
            " ?, 'he')",
            (f"s{n}", n, linked, act),
        )
    report = script.check(conn, default_registry(), top=5)
    conn.close()
    assert (report["unresolved_statements"], report["unresolved_share"]) == (2, 0.5)
    assert (report["speech_statements"], report["unresolved_speech_statements"]) == (3, 1)
    assert report["unresolved_speech_share"] == round(1 / 3, 4)


def test_check_reads_the_name_a_person_goes_by_alone(script: ModuleType, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- {id: sanchez-pedro, type: person, name: Pedro Sánchez Pérez-Castejón,"
        " aliases: [Pedro Sánchez, Sánchez], goes_by: [Sánchez]}\n",
        encoding="utf-8",
    )
    known = ActorRegistry.load([extra])
    people = script._registry_people(known)
    assert script._duplicate_of("Sánchez", people, known.honorifics) == ["sanchez-pedro"]
    assert script._duplicate_of("Pedro Sanchez", people, known.honorifics) == ["sanchez-pedro"]
    assert script._duplicate_of("Pérez-Castejón", people, known.honorifics) == []
