"""The PostgreSQL back end: its schema, search tokens, errors, and the same answers as SQLite.

The whole store suite also runs on PostgreSQL (``pytest --backend postgresql``); these tests
cover what only PostgreSQL has, and compare the two back ends on one store.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import reportedly.store
from api.builders import TestClient
from reportedly.api import create_app
from reportedly.api.state import MAX_IDLE
from reportedly.cli import cli
from reportedly.errors import StoreError
from reportedly.model import Analysis, Article, Mention, Span, Statement
from reportedly.serialize import analysis_to_dict
from reportedly.store import Store, open_store, pg_schema, pg_text, schema
from reportedly.store.dialect import is_url, redact
from store.builders import analyses, sample_analysis

# Latin (with accents), Greek, Cyrillic (Russian and Ukrainian), digits, punctuation
_ALPHABET = st.sampled_from(
    [
        chr(i)
        for i in (
            *range(0x20, 0x7F),
            *range(0xA0, 0x180),
            *range(0x391, 0x3CF),
            *range(0x400, 0x460),
            0x490,
            0x491,
            0x2018,
            0x2019,
            0x201C,
            0x201D,
            0x2013,
            0x2014,
            0x2026,
        )
        if chr(i).isprintable()
    ]
)


def _fts5_tokens(conn: sqlite3.Connection, text: str) -> list[str]:
    conn.execute("DELETE FROM f")
    conn.execute("INSERT INTO f VALUES (?)", (text,))
    return [str(r[0]) for r in conn.execute("SELECT term FROM v ORDER BY offset")]


@given(st.text(_ALPHABET, max_size=40))
def test_postgres_tokens_equal_sqlite_fts5_tokens(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5 (x, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab (f, 'instance')")
    assert pg_text.tokens(text) == _fts5_tokens(conn, text)


def test_postgres_tokens_fold_cyrillic_and_latin_alike() -> None:
    assert pg_text.tokens("ПЕСКОВ сказав: «Café» Łódź ЁЛКА, don’t") == [
        "песков",
        "сказав",
        "cafe",
        "łodz",
        "ёлка",
        "don",
        "t",
    ]


def test_postgres_query_words_are_phrases_and_syntax_is_inert() -> None:
    assert pg_text.tsquery("don't Biden") == "('don' <-> 't') & ('biden')"
    assert pg_text.tsquery("a:* | !b & (c)") == "('a') & ('b') & ('c')"
    assert pg_text.tsquery("-- ' \" \x00") == ""
    assert pg_text.tsquery("Biden", content_only=True) == "('biden':A)"
    assert pg_text.tsquery("grain Grain grain") == "('grain')"  # once: planned as one word


def test_postgres_migrations_have_the_sqlite_names() -> None:
    assert [m.name for m in pg_schema.MIGRATIONS] == [m.name for m in schema.MIGRATIONS]


def test_postgres_urls_are_told_from_paths_and_passwords_hidden() -> None:
    assert is_url("postgresql://u:secret@db.example/reportedly")
    assert is_url("postgres:///reportedly?host=/tmp")
    assert not is_url(Path("postgresql:/x"))
    assert not is_url("store.db")
    assert not is_url(None)
    assert redact("postgresql://u:secret@db:5432/r") == "postgresql://u:***@db:5432/r"
    assert redact("postgresql:///r?host=/tmp") == "postgresql:///r?host=/tmp"
    assert (
        redact("postgresql:///r?host=/tmp&password=pw") == "postgresql:///r?host=/tmp&password=***"
    )


def test_postgres_store_opens_migrates_and_reopens(pg_url: str) -> None:
    with open_store(pg_url) as s:
        assert type(s).__name__ == "PgStore"
        assert s.schema_version == len(pg_schema.MIGRATIONS)
        assert s.save(sample_analysis())
    with Store.open(pg_url) as s:
        assert s.counts()["articles"] == 1
        assert s.article(sample_analysis().article.id) == sample_analysis()


def test_postgres_refuses_another_programs_database(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="not a reportedly store") as e:
        Store.open(pg_url)
    assert e.value.code == "E412"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE tablename = 'migrations'")
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert [r[0] for r in rows] == ["invoices"]


def test_postgres_refuses_a_newer_store(pg_url: str) -> None:
    Store.open(pg_url).close()
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO migrations VALUES ('9999_future', 'now')")
    with pytest.raises(StoreError, match="newer version") as e:
        Store.open(pg_url)
    assert e.value.code == "E402"


def test_postgres_unreachable_database_is_e411_without_its_password() -> None:
    url = "postgresql://me:hunter2@127.0.0.1:1/none?connect_timeout=2"
    with pytest.raises(StoreError) as e:
        Store.open(url)
    assert e.value.code == "E411"
    assert "hunter2" not in str(e.value)


def _speaker_article(text: str, speaker: str) -> Analysis:
    aid = Article.make_id(text)
    at = text.index(speaker)
    content = (Span(text.index(": ") + 2, len(text)),)
    return Analysis(
        article=Article(id=aid, text=text),
        statements=(
            Statement(
                id=Statement.make_id(aid, content, "indirect"),
                kind="indirect",
                content=content,
                cue=Span(at + len(speaker) + 1, at + len(speaker) + 6),
                speaker=Mention(span=Span(at, at + len(speaker)), text=speaker, label="PERSON"),
                confidence=0.8,
            ),
        ),
    )


_TEXTS = (
    ("Песков сказал: переговоры ВОЗМОЖНЫ, но «не сейчас».", "Песков"),
    ("Зеленський заявив: Україна готова до переговорів.", "Зеленський"),
    ("Müller said: the café in Łódź doesn’t open before noon.", "Müller"),
    ("Biden said: NATO will defend every inch of allied territory.", "Biden"),
)
_QUERIES = (
    "переговоры",
    "ПЕРЕГОВОРЫ",
    "песков",
    "україна",
    "УКРАЇНА переговорів",
    "cafe",
    "CAFÉ lodz",
    "CAFÉ ŁÓDŹ",
    "muller",
    "doesn't",
    "doesn’t",
    "NATO inch",
    "inch NATO",
    "не сейчас",
    "«не",
    "said",
    "nothing-here",
    '"',
    "-",
)


def test_postgres_search_finds_what_sqlite_finds(pg_url: str, tmp_path: Path) -> None:
    answers = []
    for target in (str(tmp_path / "s.db"), pg_url):
        with open_store(target) as s:
            for text, speaker in _TEXTS:
                s.save(_speaker_article(text, speaker))
            answers.append(
                {
                    q: [r["content"] for r in s.statements(search=q, limit=10).items]
                    for q in _QUERIES
                }
                | {f"speaker:{q}": [s.statement_count(speaker=q)] for q in ("песков", "MÜLLER")}
            )
    assert answers[0] == answers[1]
    assert answers[1]["ПЕРЕГОВОРЫ"]
    assert answers[1]["CAFÉ ŁÓDŹ"]
    assert answers[1]["speaker:песков"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(a=analyses())
def test_postgres_round_trip_property(pg_url: str, a: Analysis) -> None:
    # PostgreSQL text cannot hold NUL (ingest removes it; a save with one fails, below)
    assume("\\u0000" not in json.dumps(analysis_to_dict(a)))
    import psycopg

    with Store.open(pg_url) as s:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("DELETE FROM articles")  # statement ids are unique across articles
        assert s.save(a, replace=True)
        assert s.article(a.article.id) == a


def test_postgres_text_with_nul_is_refused_and_nothing_written(pg_url: str) -> None:
    a = sample_analysis()
    bad = replace(a, article=replace(a.article, title="a\x00b"))
    with Store.open(pg_url) as s:
        with pytest.raises(StoreError, match="NUL") as e:
            s.save(bad)
        assert e.value.code == "E405"
        assert s.counts()["articles"] == 0


def test_postgres_concurrent_saves_of_one_article_write_it_once(pg_url: str) -> None:
    Store.open(pg_url).close()
    results: list[bool] = []

    def save() -> None:
        with Store.open(pg_url) as s:
            results.append(s.save(sample_analysis()))

    threads = [threading.Thread(target=save) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]
    with Store.open(pg_url) as s:
        assert s.counts()["statements"] == len(sample_analysis().statements)


def test_postgres_cli_and_api_take_a_database_url(pg_url: str) -> None:
    with Store.open(pg_url) as s:
        s.save(sample_analysis())
    out = CliRunner().invoke(cli, ["statements", "--db", pg_url, "--json", "--search", "Biden"])
    assert out.exit_code == 0, out.output
    assert "Biden" in out.output
    with TestClient(create_app(pg_url)) as client:
        found = client.get("/api/statements", params={"q": "Biden"}).json()
        assert found["items"]
        assert found["items"][0]["article_id"] == sample_analysis().article.id
        assert client.get("/").status_code == 200


def test_postgres_api_errors_never_show_the_database_url(pg_url: str) -> None:
    url = pg_url + "&password=hunter2"  # the test cluster trusts: any password will do
    Store.open(url).close()
    with TestClient(create_app(url)) as client:
        for path in ("/speakers/nobody-at-all", "/articles/abcdef0123", "/api/speakers/nobody"):
            response = client.get(path)
            assert response.status_code == 404
            assert "hunter2" not in response.text
            assert "postgresql:" not in response.text


def test_postgres_api_keeps_connections_reopens_lost_ones_closes_at_shutdown(
    pg_url: str,
) -> None:
    with Store.open(pg_url) as s:
        s.save(sample_analysis())
    app = create_app(pg_url)
    state = app.state.reportedly
    with TestClient(app) as client:
        assert client.get("/api/statements").json()["items"]
        assert client.get("/").status_code == 200  # the store and the reader
        first = [c for pool in state._pools.values() for c in pool._idle]
        assert len(first) >= 2
        assert not any(c.lost for c in first)
        for conn in first:
            conn.close()  # as when the server goes away
        assert client.get("/api/statements").json()["items"]
        assert client.get("/").status_code == 200
        again = [c for pool in state._pools.values() for c in pool._idle]
        assert again
        assert not any(c.lost for c in again)
        assert not any(c in first for c in again)
    assert all(c.lost for c in again)  # closed at shutdown


def test_postgres_api_connections_do_not_grow_with_the_threads_that_served(
    pg_url: str,
) -> None:
    with Store.open(pg_url) as s:
        s.save(sample_analysis())
    state = create_app(pg_url).state.reportedly
    pool = state._pools["store"]
    opened: list[Any] = []
    real_open = pool._open
    pool._open = lambda: opened.append(real_open()) or opened[-1]

    def one_request() -> None:
        with state.store() as store:
            assert store.statement_count() > 0

    for _ in range(12):  # one thread after another, as a server's workers come and go
        worker = threading.Thread(target=one_request)
        worker.start()
        worker.join()
    assert len(opened) == 1
    at_most = MAX_IDLE + 2
    barrier = threading.Barrier(at_most)

    def at_once() -> None:
        with state.store() as store:
            barrier.wait(timeout=30)  # more requests at once than the pool keeps
            store.statement_count()

    workers = [threading.Thread(target=at_once) for _ in range(at_most)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(opened) == at_most
    assert len(pool._idle) == MAX_IDLE  # the rest were closed when they came back
    assert sum(c.lost for c in opened) == at_most - MAX_IDLE
    state.close()
    assert all(c.lost for c in opened)


def test_postgres_without_psycopg_is_e410_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # an import of it fails
    monkeypatch.delitem(sys.modules, "reportedly.store.pg", raising=False)
    monkeypatch.delattr(reportedly.store, "pg", raising=False)
    with pytest.raises(StoreError, match=r"reportedly\[postgres\]") as e:
        Store.open("postgresql:///reportedly")
    assert e.value.code == "E410"


def test_postgres_nul_in_a_query_value_finds_nothing(pg_url: str) -> None:
    with Store.open(pg_url) as s:
        s.save(sample_analysis())
        assert s.statement_count(speaker="Pes\x00kov") == 0
        assert s.statements(outlet="\x00").items == ()
        assert s.events(actor="\x00").items == ()


def test_postgres_connections_plan_each_query_for_its_values(pg_url: str) -> None:
    from reportedly.store.pg import connect

    conn = connect(pg_url, read_only=True)
    try:
        assert conn.execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
    finally:
        conn.close()
