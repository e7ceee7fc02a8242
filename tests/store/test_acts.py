"""Statement acts and polarity in the store: round trip, the act filter and its counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reportedly.errors import InputError
from reportedly.store import Store
from reportedly.store.rows import to_rows
from reportedly.store.schema import MIGRATIONS, MIGRATIONS_TABLE

from .builders import make_analysis, sample_analysis

TEXT = (
    "Smith said the talks failed. Jones thinks the war will end. Lee wants a truce. "
    "Polls show support. Brown did not say that the army left."
)
SAID = (
    ("Smith", "the talks failed", "indirect"),
    ("Jones", "the war will end", "indirect"),
    ("Lee", "a truce", "indirect"),
    ("Polls", "support", "indirect"),
    ("Brown", "that the army left", "indirect"),
)
ACTS = (
    ("speech", False),
    ("belief", False),
    ("intent", False),
    ("other", False),
    ("speech", True),
)


@pytest.fixture
def store() -> Any:
    with Store.open(":memory:") as s:
        s.save(make_analysis(TEXT, said=SAID, acts=ACTS))
        yield s


def test_store_acts_round_trip(store: Store) -> None:
    [analysis_id] = [a["id"] for a in store.articles().items]
    back = store.article(analysis_id)
    assert [(s.act, s.negated) for s in back.statements] == list(ACTS)


def test_store_act_filter_and_records(store: Store) -> None:
    speech = store.statements(act="speech").items
    assert sorted((r["speaker_text"], r["negated"]) for r in speech) == [
        ("Brown", True),
        ("Smith", False),
    ]
    assert [r["act"] for r in store.statements(act="belief").items] == ["belief"]
    assert len(store.statements().items) == 5  # no act: every act


def test_store_statement_acts_counts_what_a_view_hides(store: Store) -> None:
    assert store.statement_acts() == {"speech": 2, "belief": 1, "intent": 1, "other": 1}
    assert store.statement_acts(speaker="jones", act="speech") == {"belief": 1}
    assert store.statement_acts(search="nothing-like-this") == {}


def test_store_unknown_act_is_an_input_error(store: Store) -> None:
    with pytest.raises(InputError, match="unknown statement act 'gossip'"):
        store.statements(act="gossip")


@pytest.mark.sqlite_only
def test_store_statements_saved_before_acts_read_as_speech(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(MIGRATIONS_TABLE)
    names = [m.name for m in MIGRATIONS]
    upto = names.index("0006_statement_acts")
    for migration in MIGRATIONS[:upto]:
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, '2024-01-01')", (migration.name,))
    rows = to_rows(sample_analysis(), "2024-01-01T00:00:00")
    for table, items in (
        ("articles", (rows.article,)),
        ("entities", rows.entities),
        ("statements", rows.statements),
        ("citations", rows.citations),
    ):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for item in items:
            kept = {k: v for k, v in item.items() if k in columns}
            conn.execute(
                f"INSERT INTO {table} ({', '.join(kept)}) VALUES ({', '.join('?' * len(kept))})",
                list(kept.values()),
            )
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        items = s.statements(act="speech").items
        assert len(items) == 2
        assert {(r["act"], r["negated"]) for r in items} == {("speech", False)}
        back = s.article(rows.article["id"])
        assert {(st.act, st.negated) for st in back.statements} == {("speech", False)}


def test_store_tally_with_a_cap_gives_lower_bounds(store: Store) -> None:
    full = store.statement_tally(sure=0.0)
    assert full.exact
    assert full.total == store.statement_acts()
    assert full.sure == full.total  # every confidence reaches 0
    capped = store.statement_tally(cap=2, sure=0.0)
    assert not capped.exact
    assert sum(capped.total.values()) == 3  # cap + 1 read to learn that more match
    assert all(n <= full.total[a] for a, n in capped.total.items())
    assert store.statement_tally(cap=5).exact
    assert store.statement_tally(cap=5).sure == {a: 0 for a in full.total}  # no ``sure``
