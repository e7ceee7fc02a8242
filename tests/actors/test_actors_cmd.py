"""Tests of ``reportedly actors``, ``reportedly actor`` and ``statements --speaker``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.actors.registry import default_registry
from reportedly.cli import cli
from reportedly.model import Analysis, Article, Entity, Span, Statement
from reportedly.serialize import actor_registry_entry
from reportedly.store import Store


def _analysis() -> Analysis:
    text = "Peskov said the talks were over. Robby Mook said they were not."
    article = Article(id=Article.make_id(text), text=text, published=None)
    entities = (
        Entity(
            id="peskov-dmitry",
            name="Peskov",
            kind="person",
            mentions=(Span(0, 6),),
            actor_id="peskov-dmitry",
            resolution="registry",
        ),
        Entity(
            id="robby-mook",
            name="Robby Mook",
            kind="person",
            mentions=(Span(33, 43),),
            resolution="article",
        ),
    )
    statements = tuple(
        Statement(
            id=Statement.make_id(article.id, (content,), "indirect"),
            kind="indirect",
            content=(content,),
            speaker_entity=speaker,
            speaker_actor=actor,
            speaker_resolution="registry" if actor else "article",
        )
        for content, speaker, actor in (
            (Span(12, 31), "peskov-dmitry", "peskov-dmitry"),
            (Span(49, 63), "robby-mook", None),
        )
    )
    return Analysis(article=article, entities=entities, statements=statements)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        store.save(_analysis())
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_actors_cmd_lists_actors_with_counts(db: Path) -> None:
    code, out = run("actors", "--db", str(db), "--json")
    assert code == 0
    items = json.loads(out)["items"]
    assert [(a["id"], a["statements"], a["mentions"]) for a in items] == [
        ("peskov-dmitry", 1, 1),
        ("robby-mook", 1, 1),
    ]
    code, out = run("actors", "--db", str(db), "--search", "Песков")
    assert code == 0
    assert "peskov-dmitry" in out
    assert "robby-mook" not in out


def test_actors_cmd_search_without_match(db: Path) -> None:
    code, out = run("actors", "--db", str(db), "--search", "Zelensky")
    assert code == 0
    assert "robby-mook" not in out


def test_actor_cmd_shows_registry_facts_and_statements(db: Path) -> None:
    code, out = run("actor", "peskov-dmitry", "--db", str(db))
    assert code == 0
    assert "Dmitry Peskov" in out
    assert "press secretary of the President of Russia" in out
    assert "the talks were over" in out
    code, out = run("actor", "robby-mook", "--db", str(db), "--json")
    found = json.loads(out)
    assert (found["origin"], found["registry"], found["statements"]) == ("store", None, 1)


def test_actor_cmd_registry_actor_not_yet_seen(db: Path) -> None:
    code, out = run("actor", "putin-vladimir", "--db", str(db), "--json")
    assert code == 0
    found = json.loads(out)
    assert (found["statements"], found["registry"]["code"]) == (0, "RUS GOV")
    # the same registry entry as the API's
    assert found["registry"] == actor_registry_entry(default_registry(), "putin-vladimir")
    assert found["registry"]["wikidata_url"].startswith("https://www.wikidata.org/wiki/")


def test_actor_cmd_unknown_actor_fails(db: Path) -> None:
    result = CliRunner().invoke(cli, ["actor", "nobody-at-all", "--db", str(db)])
    assert result.exit_code != 0
    assert "nobody-at-all" in str(result.exception)


def test_actors_cmd_statements_speaker_matches_aliases(db: Path) -> None:
    code, out = run("statements", "--db", str(db), "--speaker", "Dmitry Peskov", "--json")
    assert code == 0
    items = json.loads(out)["items"]
    assert [i["speaker_entity"] for i in items] == ["peskov-dmitry"]
