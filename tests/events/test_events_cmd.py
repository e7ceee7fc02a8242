"""Tests for the `reportedly eval events` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli.events_cmd import eval_events_command

GOLD = Path(__file__).resolve().parents[1] / "golden" / "events" / "gold.jsonl"


@pytest.mark.needs_model
def test_events_cmd_json_report() -> None:
    result = CliRunner().invoke(eval_events_command, ["--gold", str(GOLD), "--no-plv", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["splits"]) == {"heldout", "dev", "sample", "all"}
    assert "REJECT" in report["splits"]["all"]["per_type"]


@pytest.mark.needs_model
def test_events_cmd_table_report() -> None:
    result = CliRunner().invoke(eval_events_command, ["--gold", str(GOLD), "--no-plv"])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output
    assert "REJECT" in result.output


def test_events_cmd_bad_gold_is_a_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = CliRunner().invoke(eval_events_command, ["--gold", str(bad), "--no-plv"])
    assert result.exit_code == 1
    assert "E602" in result.output
