"""``reportedly run`` twice: what is stored already is left alone, before any parsing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import reportedly.pipeline as pipeline_module
from reportedly.cli import cli
from reportedly.config import Settings
from reportedly.pipeline import Pipeline, stage_versions

from .stored import stored

pytestmark = pytest.mark.needs_model


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["run", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stderr


class NoParsing(Pipeline):
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline was built: an article was going to be parsed")


@pytest.fixture
def db(tmp_path: Path, sample_path: Path) -> Path:
    path = tmp_path / "store.db"
    assert "1 new, 0 unchanged, 0 re-analysed" in run(str(sample_path), "--db", str(path))
    return path


def set_versions(db: Path, **changed: str) -> None:
    with sqlite3.connect(db) as conn:
        [(raw,)] = conn.execute("SELECT versions FROM articles").fetchall()
        conn.execute("UPDATE articles SET versions = ?", (json.dumps(json.loads(raw) | changed),))


def versions(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        [(raw,)] = conn.execute("SELECT versions FROM articles").fetchall()
    return dict(json.loads(raw))


RU = "«Мы не видим оснований для переговоров», — заявил в понедельник Дмитрий Песков."
UK = "«Ми не бачимо підстав для переговорів», — заявив у понеділок Дмитро Пєсков."


def test_stage_versions_are_those_the_pipeline_stamps(sample_text: str) -> None:
    settings = Settings()
    pipeline = Pipeline(settings)
    for text, language in ((sample_text, "en"), (RU, "ru"), (UK, "uk")):
        article = pipeline_module.Article(id="x", text=text, language=language)
        analysis = pipeline.analyze(article)
        assert not analysis.skipped
        assert analysis.versions == stage_versions(settings, language), language


def test_unchanged_article_is_not_parsed_again(
    db: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored(db)
    monkeypatch.setattr(pipeline_module, "Pipeline", NoParsing)
    err = run(str(sample_path), "--db", str(db))
    assert "1 article(s): 0 new, 1 unchanged, 0 re-analysed, 0 duplicate(s)" in err
    assert "0 statement(s) stored" in err
    assert stored(db) == before


@pytest.mark.sqlite_only  # edits the SQLite file
def test_changed_stage_version_reanalyses_the_article(db: Path, sample_path: Path) -> None:
    before = stored(db)
    current = versions(db)
    set_versions(db, events="reportedly.events.v0")
    err = run(str(sample_path), "--db", str(db))
    assert "0 new, 0 unchanged, 1 re-analysed" in err
    assert versions(db) == current
    assert stored(db) == before


@pytest.mark.sqlite_only  # edits the SQLite file
def test_changed_provenance_reruns_on_the_stored_analysis(
    db: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored(db)
    current = versions(db)
    set_versions(db, provenance="reportedly.provenance.v0")
    monkeypatch.setattr(pipeline_module, "Pipeline", NoParsing)
    err = run(str(sample_path), "--db", str(db))
    assert "0 new, 0 unchanged, 1 re-analysed" in err
    assert versions(db) == current
    assert stored(db) == before


def test_reanalyse_forces_it(db: Path, sample_path: Path) -> None:
    before = stored(db)
    err = run(str(sample_path), "--db", str(db), "--reanalyse")
    assert "0 new, 0 unchanged, 1 re-analysed" in err
    assert stored(db) == before


def test_duplicates_in_one_run_on_a_fresh_store(tmp_path: Path, sample_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(sample_path.read_bytes())
    err = run(str(sample_path), str(copy), "--db", str(tmp_path / "s.db"))
    assert "2 article(s): 1 new, 0 unchanged, 0 re-analysed, 1 duplicate(s) in the input" in err
    assert "already" not in err
