"""``--lang`` on the read commands, and the language in their output (no language model)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import cli, main
from reportedly.store import Store
from store.builders import LANGUAGES_CORPUS

ENGLISH, UKRAINIAN, RUSSIAN = LANGUAGES_CORPUS
CORPUS = LANGUAGES_CORPUS


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        for a in CORPUS:
            store.save(a)
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_lang_statements(db: Path) -> None:
    code, out, _ = invoke("statements", "--db", str(db), "--lang", "uk", "--all", "--json")
    assert code == 0
    items = json.loads(out)["items"]
    assert {i["statement_id"] for i in items} == {s.id for s in UKRAINIAN.statements}
    code, out, _ = invoke("statements", "--db", str(db), "--lang", "ru", "--all")
    assert code == 0
    assert "Переговоры возможны" in out
    assert " · ru · " in out
    assert "Переговори можливі" not in out


def test_lang_articles(db: Path) -> None:
    code, out, _ = invoke("articles", "--db", str(db), "--lang", "ru")
    assert code == 0
    assert out.splitlines() == [line for line in out.splitlines() if "  ru   " in line]
    assert RUSSIAN.article.id[:12] in out
    assert UKRAINIAN.article.id[:12] not in out


def test_lang_export(db: Path) -> None:
    code, out, _ = invoke("export", "--db", str(db), "--format", "csv", "--lang", "uk")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["language"] for r in rows} == {"uk"}
    assert len(rows) == 1


def test_lang_show_names_the_language(db: Path) -> None:
    code, out, _ = invoke("show", UKRAINIAN.article.id, "--db", str(db), "--no-color")
    assert code == 0
    assert "lang uk" in out


def test_lang_bad_code_is_a_clear_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["statements", "--db", str(db), "--lang", "ukrainian"]) == 1
    err = capsys.readouterr().err
    assert "E407" in err
    assert "language code" in err
