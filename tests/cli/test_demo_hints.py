"""``demo`` ends with hints a user can paste: they keep the store it was given."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import cli

pytestmark = pytest.mark.needs_model


def test_demo_next_hints_keep_the_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPORTEDLY_DB", raising=False)
    db = tmp_path / "my store.db"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db), "--no-color"])
    assert result.exit_code == 0, result.output
    [hint] = [line for line in result.stdout.splitlines() if line.startswith("Next:")]
    commands = [part for part in hint.split("`")[1::2]]
    assert len(commands) == 3
    assert all(f"--db {shlex.quote(str(db))}" in c for c in commands)
