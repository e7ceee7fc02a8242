"""``reportedly statements`` shows confidence as a label and hides doubtful statements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import cli
from reportedly.model import Analysis
from reportedly.store import Store


@pytest.fixture
def db(tmp_path: Path, three_confidences: Analysis) -> Path:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        store.save(three_confidences)
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_statements_show_labels_and_hide_doubtful_by_default(db: Path) -> None:
    code, out, err = invoke("statements", "--db", str(db))
    assert code == 0
    assert "very likely" in out
    assert "uncertain" in out
    assert "%" not in out
    assert "    C" not in out
    assert "1 doubtful statement(s) hidden (confidence under 0.5)" in err
    assert "--all or --min-confidence" in err


def test_statements_all_and_min_confidence(db: Path) -> None:
    code, out, err = invoke("statements", "--db", str(db), "--all")
    assert code == 0
    assert "doubtful" in out
    assert "hidden" not in err
    code, out, _ = invoke("statements", "--db", str(db), "--min-confidence", "0.9", "--json")
    report = json.loads(out)
    assert [i["confidence"] for i in report["items"]] == [0.95]
    assert report["hidden_doubtful"] == 2
    code, _, err = invoke("statements", "--db", str(db), "--all", "--min-confidence", "0.9")
    assert code == 2
    assert "not both" in err


def test_store_min_confidence_filter_and_count(db: Path) -> None:
    with Store.open(db) as store:
        assert store.statement_count() == 3
        assert store.statement_count(min_confidence=0.5) == 2
        page = store.statements(min_confidence=0.6)
        assert sorted(i["confidence"] for i in page.items) == [0.6, 0.95]
        assert store.statement_count(search="nothing-like-this") == 0


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", True])
def test_store_min_confidence_must_be_a_probability(db: Path, bad: object) -> None:
    from reportedly.errors import InputError

    with Store.open(db) as store, pytest.raises(InputError, match="min_confidence"):
        store.statements(min_confidence=bad)  # type: ignore[arg-type]


def test_statements_sorted_by_confidence_page_by_page(db: Path) -> None:
    seen: list[float] = []
    after: list[str] = []
    for _ in range(4):
        args = ["statements", "--db", str(db), "--all", "--sort", "confidence", "-n", "1"]
        code, out, _ = invoke(*args, *after, "--json")
        assert code == 0
        report = json.loads(out)
        seen += [i["confidence"] for i in report["items"]]
        if report["cursor"] is None:
            break
        after = ["--after", report["cursor"]]
    assert seen == [0.95, 0.6, 0.4]
    code, out, _ = invoke("statements", "--db", str(db), "--all", "--json")
    assert [i["confidence"] for i in json.loads(out)["items"]] == [0.6, 0.95, 0.4]  # text order


def test_store_sort_is_checked_and_cursors_do_not_cross_orders(db: Path) -> None:
    from reportedly.errors import InputError

    with Store.open(db) as store:
        with pytest.raises(InputError, match="unknown order"):
            store.statements(sort="loudest")
        cursor = store.statements(limit=1).cursor
        assert cursor is not None
        with pytest.raises(InputError, match="not a cursor of this query"):
            store.statements(sort="confidence", after=cursor)
