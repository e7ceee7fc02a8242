"""Tracing and PROV export over a store: the synthetic articles of data/peskov and the sample.

The articles are analysed once per module (spaCy model) into a temporary store.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from reportedly.cli.provenance_cmd import provenance, trace
from reportedly.errors import NotFound
from reportedly.ingest import read_paths
from reportedly.model import Article
from reportedly.pipeline import Pipeline
from reportedly.provenance.trace import trace_quote
from reportedly.store import Store
from reportedly.store.quotes import StoredQuotes

pytestmark = pytest.mark.needs_model
DATA = Path(__file__).parent / "data" / "peskov"
QUOTE = "The best way to achieve our interests is by peaceful diplomatic means"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> Path:
    path = tmp_path_factory.mktemp("store") / "trace.db"
    articles = [a for a in read_paths([DATA, sample_path]) if isinstance(a, Article)]
    assert len(articles) == 7
    with Store.open(path) as store:
        for analysis in Pipeline().analyze_many(articles):
            store.save(analysis)
    return path


@pytest.fixture
def cli() -> click.Group:
    group = click.Group()
    group.add_command(trace)
    group.add_command(provenance)
    return group


def test_stored_sidecar_metadata_reaches_the_store(db: Path) -> None:
    with Store.open(db) as store:
        outlets = {item["title"]: item["outlet"] for item in store.articles().items}
    assert outlets["Peskov says Putin remains open to negotiations"] == "TASS"
    # no outlet in the sidecar: the URL's domain names it
    assert (
        outlets["Kremlin says Putin is open to contact but the war goes on"] == "Ukrainska Pravda"
    )
    assert outlets["What the Kremlin said about talks"] is None


def test_stored_citations_keep_their_outlet_id(db: Path) -> None:
    with Store.open(db) as store:
        sample = next(i for i in store.articles().items if i["title"].startswith("Kremlin's"))
        analysis = store.article(sample["id"])
    assert [(c.outlet, c.outlet_id) for c in analysis.citations] == [
        ("RIA Novosti", "ria-novosti"),
        ("Vy slushali mayak", "vy-slushali-mayak"),
    ]


def test_stored_trace_finds_every_version_in_time_order(db: Path) -> None:
    with StoredQuotes(db) as quotes:
        result = trace_quote(QUOTE, quotes)
    outlets = [v.record.outlet for v in result.versions]
    assert outlets[0] == "TASS"
    assert result.versions[0].earliest
    assert sum(v.earliest for v in result.versions) == 1
    assert set(outlets) == {"TASS", "Meduza", "Ukrainska Pravda", "Kyiv Independent", None}
    dates = [v.record.published for v in result.versions if v.record.published]
    assert dates == sorted(dates)
    flagged = {v.record.outlet for v in result.versions if v.material}
    assert flagged == {"Meduza", "Kyiv Independent"}
    assert not any("reciprocated" in v.record.text for v in result.versions)


def test_stored_statement_lookup_by_prefix(db: Path) -> None:
    with StoredQuotes(db) as quotes:
        first = next(iter(quotes))
        assert quotes.statement(first.statement_id[:8]) == first
        with pytest.raises(NotFound):
            quotes.statement("ffffffffffffffff")


def test_stored_trace_cli_text_and_json(db: Path, cli: click.Group) -> None:
    runner = CliRunner()
    shown = runner.invoke(cli, ["trace", QUOTE, "--db", str(db), "--no-color"])
    assert shown.exit_code == 0, shown.output
    assert "★ earliest" in shown.output
    assert "[-peaceful diplomatic-] {+military+}" in shown.output
    assert "⟨[Russia’s - ed.]⟩" in shown.output
    as_json = runner.invoke(cli, ["trace", QUOTE, "--db", str(db), "--json"])
    data = json.loads(as_json.output)
    changed = next(v for v in data["versions"] if v["outlet"] == "Kyiv Independent")
    by_statement = runner.invoke(
        cli, ["trace", "--statement", changed["statement_id"], "--db", str(db), "--json"]
    )
    again = json.loads(by_statement.output)
    assert again["reference"] == data["reference"]
    assert {v["statement_id"] for v in again["versions"]} == {
        v["statement_id"] for v in data["versions"]
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [([], "either TEXT or --statement"), (["x", "--statement", "abc"], "either TEXT")],
)
def test_stored_trace_cli_needs_one_input(
    db: Path, cli: click.Group, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(cli, ["trace", *args, "--db", str(db)])
    assert result.exit_code == 2
    assert message in result.output


def test_stored_provenance_cli_writes_prov_json(db: Path, cli: click.Group, tmp_path: Path) -> None:
    out = tmp_path / "prov.json"
    result = CliRunner().invoke(cli, ["provenance", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text("utf-8"))
    articles = [k for k, v in doc["entity"].items() if "rep:Article" in v["prov:type"]]
    assert len(articles) == 7
    assert doc["agent"]["outlet:ria-novosti"]["rep:affiliation"] == "state-owned"
    one = CliRunner().invoke(cli, ["provenance", "--db", str(db), "--article", articles[0][12:20]])
    assert one.exit_code == 0, one.output
    assert len([k for k in json.loads(one.output)["entity"] if k.startswith("rep:article/")]) == 1
