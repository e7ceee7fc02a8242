"""``reportedly statements`` and ``export`` filter by the speaker confidence; ``--json``
carries it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import cli
from reportedly.model import Analysis
from reportedly.store import Store


@pytest.fixture
def db(tmp_path: Path, speaker_confidences: Analysis) -> Path:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        store.save(speaker_confidences)
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_statements_label_the_resolved_speaker(db: Path) -> None:
    code, out, _ = invoke("statements", "--db", str(db))
    assert code == 0
    assert "very likely · speaker very likely ·" in out
    assert "very likely · speaker uncertain ·" in out
    assert out.count("speaker ") == 2  # unresolved: no label
    assert "Officials  said" in out


def test_statements_min_speaker_confidence(db: Path) -> None:
    code, out, _ = invoke("statements", "--db", str(db), "--json")
    assert code == 0
    items = json.loads(out)["items"]
    assert sorted(i["speaker_confidence"] or 0 for i in items) == [0, 0.62, 0.97]
    code, out, _ = invoke(
        "statements", "--db", str(db), "--json", "--min-speaker-confidence", "0.9"
    )
    assert sorted(i["speaker_text"] for i in json.loads(out)["items"]) == ["Officials", "Peskov"]
    code, _, err = invoke("statements", "--db", str(db), "--min-speaker-confidence", "2")
    assert code == 2
    assert "0<=x<=1" in err


def test_export_min_speaker_confidence(db: Path) -> None:
    code, out, _ = invoke("export", "--db", str(db), "--min-speaker-confidence", "0.9")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["speaker_text"]: r["speaker_confidence"] for r in records} == {
        "Peskov": 0.97,
        "Officials": None,
    }
    code, _, err = invoke("export", "--db", str(db), "--events", "--min-speaker-confidence", "0.5")
    assert code == 2
    assert "--events takes only" in err
