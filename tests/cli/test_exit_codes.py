"""Exit codes and endings: missing paths, closed pipes, killed and interrupted runs."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.needs_model

ARTICLE = "Story {n}\n\nDmitry Peskov said on Friday that talks number {n} were over.\n"


def reportedly(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    code = "import sys; from reportedly.cli import main; sys.exit(main())"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[arg-type]
    )


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_run_with_a_missing_path_stores_the_rest_and_fails(tmp_path: Path) -> None:
    good = write_articles(tmp_path / "in", 1) / "a000.txt"
    db = tmp_path / "s.db"
    p = reportedly("run", "--db", str(db), str(good), str(tmp_path / "nope.txt"))
    _, err = p.communicate(timeout=300)
    assert p.returncode == 1
    assert f"no such file or directory: '{tmp_path / 'nope.txt'}'" in err.decode()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_closed_output_pipe_ends_quietly_with_zero(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    p = reportedly("run", "--db", str(db), str(write_articles(tmp_path / "in", 3)))
    p.communicate(timeout=300)
    assert p.returncode == 0
    p = reportedly("statements", "--db", str(db))
    assert p.stdout is not None
    assert p.stderr is not None
    p.stdout.close()  # `| head` that has read enough: every write now fails with EPIPE
    err = p.stderr.read().decode()
    p.stderr.close()
    assert p.wait(timeout=120) == 0, err
    assert "Traceback" not in err
    assert "Error" not in err


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_workers_stay_quiet_when_the_run_is_killed(tmp_path: Path, how: signal.Signals) -> None:
    # enough articles that the run cannot end between seeing two stored and the signal
    folder = write_articles(tmp_path / "in", 600)
    p = reportedly(
        "run",
        "--db",
        str(tmp_path / "s.db"),
        "--workers",
        "2",
        str(folder),
        start_new_session=True,
        # a shell's background job starts with SIGINT ignored, and Python then installs no
        # KeyboardInterrupt handler: give the run the default a terminal's Ctrl-C meets
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    db = tmp_path / "s.db"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and p.poll() is None:  # until articles are being stored
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 2:
                    break
        except sqlite3.Error:
            pass
        time.sleep(0.2)
    assert p.poll() is None, "the run ended before it could be interrupted"
    if how == signal.SIGKILL:
        p.kill()  # the parent only: its workers must notice and end on their own
    else:
        os.killpg(p.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    # stderr reaches EOF once every process holding it (the workers too) has ended
    assert p.stderr is not None
    err = p.stderr.read().decode()
    p.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert "BrokenPipeError" not in err
    assert "KeyboardInterrupt" not in err
    if how == signal.SIGINT:
        assert p.returncode == 130
