"""Tests for the event commands: `eval events`, `events`, `positions`, `export --events`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reportedly.cli.eval_events_cmd import (
    TARGETS,
    check_targets,
    eval_events_command,
    measure_targets,
)
from reportedly.model import Event

GOLD = Path(__file__).resolve().parents[1] / "golden" / "events" / "gold.jsonl"


@pytest.mark.needs_model
def test_events_cmd_json_report() -> None:
    result = CliRunner().invoke(eval_events_command, ["--gold", str(GOLD), "--no-plv", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["splits"]) == {"heldout", "dev", "sample", "all"}
    assert "REJECT" in report["splits"]["all"]["per_type"]
    assert set(report["targets"]) == set(TARGETS)


@pytest.mark.needs_model
def test_events_cmd_table_report() -> None:
    result = CliRunner().invoke(eval_events_command, ["--gold", str(GOLD), "--no-plv"])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output
    assert "REJECT" in result.output


def test_events_cmd_check_targets_compares_each_figure() -> None:
    values = {
        "written all macro-F1": 0.71,
        "written heldout macro-F1": 0.6,
        "drawn event-free sentences given an event": 0.1,
        "not a target": 0.0,
    }
    targets = check_targets(values)
    assert set(targets) == set(values) - {"not a target"}
    assert targets["written all macro-F1"]["met"]
    assert not targets["written heldout macro-F1"]["met"]
    assert targets["drawn event-free sentences given an event"] == {
        "value": 0.1,
        "target": "<= 0.15",
        "met": True,
    }


def test_events_cmd_measure_targets_splits_written_and_drawn() -> None:
    from reportedly.events.event_gold import GoldEvent, GoldItem, GoldOrigin
    from reportedly.model import EventActor, Span

    gold = GoldEvent(
        type="REJECT",
        trigger="rejected",
        source="Moscow",
        source_code="RUS",
        target=None,
        target_code=None,
    )
    found = Event(
        id="e",
        type="REJECT",
        source=EventActor(text="Moscow", code="RUS"),
        target=None,
        evidence=Span(0, 26),
        trigger=Span(7, 15),
    )
    origin = GoldOrigin(corpus="c", file="f", start=0, end=26)
    text = "Moscow rejected the offer."
    written = GoldItem(id="w", split="sample", text=text, published=None, events=(gold,))
    drawn = GoldItem(id="d", split="dev", text=text, published=None, events=(gold,), origin=origin)
    quiet = GoldItem(id="q", split="dev", text=text, published=None, events=(), origin=origin)
    values = measure_targets([(written, (found,)), (drawn, ()), (quiet, (found,))])
    assert values == {
        "written all macro-F1": 1.0,
        "written sample macro-F1": 1.0,
        "drawn macro-F1": 0.0,
        "drawn micro-F1": 0.0,
        "drawn event-free sentences given an event": 1.0,
    }


@pytest.mark.needs_model
def test_events_cmd_check_fails_when_a_target_is_missed(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    event = {"type": "ASSAULT", "trigger": "said", "source": "Peskov", "source_code": "RUS"}
    line = {"id": "s1", "split": "sample", "text": "Peskov said hello.", "events": [event]}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    args = ["--gold", str(gold), "--no-plv"]
    report = CliRunner().invoke(eval_events_command, args)
    assert report.exit_code == 0, report.output
    assert "written sample macro-F1" in report.output
    assert "(>= 1: NOT met)" in report.output
    checked = CliRunner().invoke(eval_events_command, [*args, "--check"])
    assert checked.exit_code == 1
    assert "target missed: written all macro-F1; written sample macro-F1" in checked.output


def test_events_cmd_bad_gold_is_a_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = CliRunner().invoke(eval_events_command, ["--gold", str(bad), "--no-plv"])
    assert result.exit_code == 1
    assert "E602" in result.output


def test_events_cmd_event_model_reads_the_named_folder(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    line = {"id": "s1", "split": "sample", "text": "Peskov said hello.", "events": []}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    empty = tmp_path / "model"
    empty.mkdir()
    args = ["--gold", str(gold), "--no-plv", "--event-model", str(empty)]
    result = CliRunner().invoke(eval_events_command, args)
    assert result.exit_code == 1  # the named folder is loaded, not the shipped model
    assert "no labels.json" in result.output


@pytest.mark.needs_model
def test_events_cmd_reports_which_event_model_it_scored(tmp_path: Path) -> None:
    from reportedly.events.learned import default_model_dir

    gold = tmp_path / "gold.jsonl"
    line = {"id": "s1", "split": "sample", "text": "Peskov said hello.", "events": []}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    folder = str(default_model_dir())
    args = ["--gold", str(gold), "--no-plv", "--json", "--event-model", folder]
    result = CliRunner().invoke(eval_events_command, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["model"] == f"rules + learned event model ({folder})"


# --- reportedly events / positions / export --events ------------------------------------


def _cli(*args: str) -> Any:
    from reportedly.cli import cli

    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    from stored import saved

    path = tmp_path / "s.db"
    saved(path)
    return path


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ["REJECT", "AGREE", "RETREAT", "REQUEST"]),
        (["--type", "reject"], ["REJECT"]),
        (["--type", "REJECT", "--type", "REQUEST"], ["REJECT", "REQUEST"]),
        (["--actor", "USA"], ["AGREE"]),
        (["--actor", "Biden", "--towards", "RUS"], ["AGREE"]),
        (["--towards", "NATO"], ["REQUEST"]),
        (["--modality", "conditional"], ["RETREAT"]),
        (["--until", "2023-03-06"], ["REJECT"]),
        (["--since", "2023-03-07"], ["AGREE", "RETREAT", "REQUEST"]),
    ],
)
def test_events_cmd_lists_with_filters(db: Path, args: list[str], expected: list[str]) -> None:
    result = _cli("events", "--db", str(db), "--json", *args)
    assert result.exit_code == 0, result.output
    assert [i["type"] for i in json.loads(result.output)["items"]] == expected


def test_events_cmd_text_shows_condition_and_evidence(db: Path) -> None:
    result = _cli("events", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "Joe Biden [USA] → Russia [RUS]" in result.output
    assert "condition: if Moscow withdraws its troops" in result.output
    assert "“Kyiv asked NATO for air defence.”" in result.output


def test_events_cmd_bad_type_is_a_usage_error(db: Path) -> None:
    result = _cli("events", "--db", str(db), "--type", "BOMB")
    assert result.exit_code == 2


def test_events_cmd_empty_says_so(db: Path) -> None:
    result = _cli("events", "--db", str(db), "--actor", "nobody at all")
    assert result.exit_code == 0
    assert "No events match." in result.output


@pytest.mark.parametrize("command", [["events", "--export"], ["export", "--events", "--format"]])
def test_events_cmd_export_csv(db: Path, tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "events.csv"
    result = _cli(*command, "csv", "-o", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    header = out.read_text("utf-8").splitlines()[0]
    assert header.startswith("Event ID,Event Date,Event Type,Event Mode")
    assert len(out.read_text("utf-8").splitlines()) == 5


def test_events_cmd_export_jsonl_to_stdout(db: Path) -> None:
    result = _cli("events", "--db", str(db), "--export", "jsonl", "--type", "AGREE")
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert record["condition_text"] == "if Moscow withdraws its troops"


def test_events_cmd_export_parquet_needs_output(db: Path) -> None:
    result = _cli("events", "--db", str(db), "--export", "parquet")
    assert result.exit_code == 2
    assert "--output" in result.output


def test_events_cmd_export_events_refuses_statement_filters(db: Path) -> None:
    result = _cli("export", "--events", "--speaker", "Biden", "--db", str(db))
    assert result.exit_code == 2


def test_events_cmd_positions_text_and_json(db: Path) -> None:
    result = _cli("positions", "--db", str(db), "--actor", "USA", "--towards", "RUS")
    assert result.exit_code == 0, result.output
    assert "Positions of USA towards RUS (1)" in result.output
    assert "OFFER (conditional)" in result.output
    assert "condition: if Moscow withdraws its troops" in result.output
    result = _cli("positions", "--db", str(db), "--actor", "Kyiv", "--json")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)["items"]
    assert (item["kind"], item["target"]["code"]) == ("demand", "IGO")
    assert item["sort_date"] == "2023-03-08"
    assert item["dated_by"] == "publication"


def test_events_cmd_positions_needs_actor(db: Path) -> None:
    assert _cli("positions", "--db", str(db)).exit_code == 2


def test_events_cmd_show_lists_events(db: Path) -> None:
    from stored import analysis

    result = _cli("show", analysis().article.id[:8], "--db", str(db), "--no-color")
    assert result.exit_code == 0, result.output
    assert "Events (4)" in result.output
