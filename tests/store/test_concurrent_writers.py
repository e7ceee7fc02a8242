"""Two processes saving into one SQLite store at the same time: every article is stored once,
nothing is lost and the file stays sound."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reportedly.store import Store

ARTICLES = 25

# each writer saves ARTICLES articles of its own and the same SHARED ones, starting together
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reportedly.model import Analysis, Article, Mention, Span, Statement
    from reportedly.store import Store

    def analysis(text):
        aid = Article.make_id(text)
        content = (Span(12, len(text) - 1),)
        statement = Statement(
            id=Statement.make_id(aid, content, "indirect"), kind="indirect", content=content,
            cue=Span(7, 11), speaker=Mention(span=Span(0, 6), text="Peskov", label="PERSON"),
        )
        return Analysis(article=Article(id=aid, text=text, source=f"w:{aid}"),
                        statements=(statement,))

    db, name, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    while not go.exists():
        time.sleep(0.01)
    added = 0
    for i in range(n):
        for text in (f"Peskov said {name} talks were number {i}.", f"Peskov said shared {i}."):
            with Store.open(db) as store:
                added += store.save(analysis(text))
    print(added)
    """
)


@pytest.mark.sqlite_only
def test_two_processes_save_into_one_store(tmp_path: Path) -> None:
    db, go = tmp_path / "store.db", tmp_path / "go"
    with Store.open(db):
        pass  # created and migrated once, so both writers race on saves, not on the schema
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), name, str(ARTICLES), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    time.sleep(0.5)  # both interpreters up and waiting
    go.touch()
    results = [w.communicate(timeout=120) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], [err for _, err in results]
    added = [int(out) for out, _ in results]
    # own articles are added by their writer; each shared one by exactly one of them
    assert sum(added) == 3 * ARTICLES
    assert all(ARTICLES <= n <= 2 * ARTICLES for n in added)
    with Store.open(db) as store:
        assert store.counts()["articles"] == 3 * ARTICLES
        assert store.statement_count() == 3 * ARTICLES
        assert store.statement_count(search="shared") == ARTICLES
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
