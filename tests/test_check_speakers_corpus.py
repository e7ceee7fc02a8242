"""Tests of scripts/check_speakers_corpus.py: which store actors duplicate a registry person."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

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


_TEXT = (
    "Zelensky said the front held. Officials said talks failed. "
    "The weather was cold. A source said a deal was near."
)


def _gold_statement(index: int, part: str, speaker: str, canonical: str | None) -> Any:
    from reportedly.eval.gold import GoldStatement
    from reportedly.model import Span

    start = _TEXT.index(part)
    return GoldStatement(
        index=index,
        content=(Span(start, start + len(part)),),
        snippet=part,
        kind="indirect",
        act="speech",
        polarity="positive",
        cue=None,
        speaker=None,
        speaker_text=speaker,
        speaker_type="name" if canonical else "anonymous",
        canonical=canonical,
        actor_id=None,
        nested_in=None,
    )


def _split_store(tmp_path: Path) -> sqlite3.Connection:
    """A store of one article: four speech statements, one resolved (where the gold names
    nobody), three unresolved (named in the gold, nameless in the gold, not in the gold)."""
    db = tmp_path / "s.db"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO articles (id, pub_order, language, source, text, authors, sections,"
        " dropped, versions, added_at) VALUES ('a1', 0, 'en', ?, ?, '[]', '[]', '[]', '[]',"
        " '2022-01-01')",
        (str(tmp_path / "20220101T000000Z_x.txt"), _TEXT),
    )
    rows = [  # (content, speaker text, linked actor)
        ("the front held", "Zelensky", None),
        ("talks failed", "Officials", None),
        ("The weather was cold", None, None),
        ("a deal was near", "A source", "some-actor"),
    ]
    for n, (part, speaker, linked) in enumerate(rows):
        start = _TEXT.index(part)
        content = json.dumps([{"start": start, "end": start + len(part), "text": part}])
        conn.execute(
            "INSERT INTO statements (id, article_id, position, kind, content, extent_start,"
            " extent_end, content_text, quotes, confidence, pub_order, linked_actor, act,"
            " speaker_text) VALUES (?, 'a1', ?, 'indirect', ?, ?, ?, ?, '[]', 0.9, 0, ?,"
            " 'speech', ?)",
            (f"s{n}", n, content, start, start + len(part), part, linked, speaker),
        )
    return conn


def _split_gold(split: str) -> Any:
    from reportedly.eval.gold import GoldArticle

    return GoldArticle(
        name="20220101T000000Z_x.txt",
        split=split,
        source="fixture:1",
        statements=(
            _gold_statement(0, "the front held", "Zelensky", "Volodymyr Zelensky"),
            _gold_statement(1, "talks failed", "Officials", None),
            _gold_statement(2, "a deal was near", "A source", None),
        ),
    )


def test_gold_split_sorts_unresolved_speech_statements(tmp_path: Path) -> None:
    split = load_script("scripts/speakers_gold_split.py")
    conn = _split_store(tmp_path)
    report = split.gold_split(conn, [_split_gold("dev")], "dev")
    conn.close()
    counts = {
        k: report[k]
        for k in (
            "speech_statements",
            "unresolved_speech_statements",
            "named_unresolved",
            "rightly_unresolved",
            "unmatched",
            "resolved_where_gold_names_nobody",
        )
    }
    assert counts == {
        "speech_statements": 4,
        "unresolved_speech_statements": 3,
        "named_unresolved": 1,
        "rightly_unresolved": 1,
        "unmatched": 1,
        "resolved_where_gold_names_nobody": 1,
    }
    named = report["lists"]["named_unresolved"]
    assert [(r["speaker_text"], r["gold_canonical"]) for r in named] == [
        ("Zelensky", "Volodymyr Zelensky")
    ]


def test_gold_split_gives_counts_only_for_test(tmp_path: Path) -> None:
    split = load_script("scripts/speakers_gold_split.py")
    conn = _split_store(tmp_path)
    assert split.gold_split(conn, [_split_gold("test")], "dev")["articles"] == 0
    report = split.gold_split(conn, [_split_gold("test")], "test")
    conn.close()
    assert report["named_unresolved"] == 1
    assert "lists" not in report


def test_gold_floor_is_the_nameless_share_of_gold_speech() -> None:
    split = load_script("scripts/speakers_gold_split.py")
    report = split.floor([_split_gold("dev"), _split_gold("test")])
    assert (report["gold_speech_statements"], report["nameless_speech_statements"]) == (6, 4)
    assert report["nameless_by_type"] == {"anonymous": 4}
