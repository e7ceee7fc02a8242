"""kill -9 in the middle of ``reportedly run``: the store stays sound, and a re-run stores
exactly what a clean run does."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.needs_model

ARTICLES = 30
TEMPLATE = (
    "Talks, day {n}\n\n"
    'Kremlin spokesman Dmitry Peskov told reporters on day {n}: "The talks are over." '
    "According to TASS, Foreign Minister Sergei Lavrov said Moscow would not return to the "
    "table, and Ukraine's president said that Kyiv had never asked for talks number {n}.\n"
)
# every stored table, less the columns that record when or in what order a row was written
TABLES = {
    "articles": "added_at",
    "statements": "seq",
    "entities": "",
    "citations": "",
    "statement_citations": "",
    "events": "",
    "skips": "seq added_at",
    "actors": "created_at",
    "actor_names": "",
}


def run(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    code = "import sys; from reportedly.cli import main; sys.exit(main())"
    return subprocess.Popen(
        [sys.executable, "-c", code, "run", "--db", str(db), str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def stored(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        tables: dict[str, list[tuple[object, ...]]] = {}
        for table, skip in TABLES.items():
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = ", ".join(c for c in columns if c not in skip.split())
            tables[table] = sorted(conn.execute(f"SELECT {keep} FROM {table}").fetchall(), key=repr)
    return tables


def count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created yet, or mid-migration
        return 0


def test_kill_9_mid_batch_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(ARTICLES):
        (folder / f"a{n:02d}.txt").write_text(TEMPLATE.format(n=n), encoding="utf-8")

    clean = tmp_path / "clean.db"
    p = run(clean, folder)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err.decode()

    crashed = tmp_path / "crashed.db"
    p = run(crashed, folder)
    deadline = time.monotonic() + 300
    while count(crashed) < 3 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    p.kill()  # SIGKILL: no cleanup of any kind
    p.communicate(timeout=60)
    at_kill = count(crashed)
    assert 0 < at_kill < ARTICLES, "the run was not killed mid-batch"
    with sqlite3.connect(crashed) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    p = run(crashed, folder)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err.decode()
    assert f"{ARTICLES - at_kill} new, {at_kill} unchanged" in err.decode()
    assert stored(crashed) == stored(clean)
