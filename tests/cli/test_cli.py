"""The command line, driven as a user would (CliRunner against a temporary store)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from reportedly.cli import cli, main

pytestmark = pytest.mark.needs_model


def invoke(*args: str) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path, sample_path: Path) -> Path:
    path = tmp_path / "store.db"
    code, _, err = invoke("run", str(sample_path), "--db", str(path))
    assert code == 0, err
    assert "1 new" in err
    return path


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_cli_run_twice_adds_nothing(db: Path, sample_path: Path) -> None:
    before = dump(db)
    code, _, err = invoke("run", str(sample_path), "--db", str(db))
    assert code == 0
    assert "0 new, 1 unchanged" in err
    assert dump(db) == before


def test_cli_statements_by_speaker_and_search(db: Path) -> None:
    code, out, _ = invoke("statements", "--db", str(db), "--speaker", "peskov", "--all", "--json")
    assert code == 0
    items = json.loads(out)["items"]
    assert len(items) == 5
    assert {i["kind"] for i in items} == {"direct", "mixed"}
    code, out, _ = invoke("statements", "--db", str(db), "--search", "reciprocated", "--json")
    [item] = json.loads(out)["items"]
    assert "not reciprocated" in item["content"]
    code, out, _ = invoke("statements", "--db", str(db), "--speaker", "biden")
    assert code == 0
    assert "that first, Putin needs to leave Ukraine" in out


def test_cli_statements_filters_by_cited_outlet(db: Path) -> None:
    code, out, _ = invoke(
        "statements", "--db", str(db), "--outlet", "RIA Novosti", "--act", "all", "--json"
    )
    assert code == 0
    # the Source line covers all but the statement in the article's own Background section;
    # the default view leaves out the lede's doubtful stance (the Kremlin's, 0.37)
    assert len(json.loads(out)["items"]) == 8


def test_cli_show_marks_statements_and_nesting(db: Path) -> None:
    code, out, _ = invoke("articles", "--db", str(db), "--json")
    article_id = json.loads(out)["items"][0]["id"]
    code, out, _ = invoke("show", article_id[:8], "--db", str(db), "--no-color")
    assert code == 0
    assert "⟦3 You have quoted" in out  # 1 and 2: the lede's stances (other acts)
    assert "├─" in out
    assert "└─" in out  # nested statements under the spokesman's quote
    assert "RIA Novosti" in out
    assert "Kremlin-aligned news outlet" in out
    code, out, _ = invoke("show", article_id, "--db", str(db), "--json")
    assert json.loads(out)["article"]["id"] == article_id


def test_cli_show_analyses_a_file_without_storing(sample_path: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("show", str(sample_path), "--no-color", "--width", "70")
    assert code == 0
    assert "summed up" in out


def test_cli_show_json_offsets_index_the_file_text(tmp_path: Path) -> None:
    # trailing spaces, CRLF and a blank-line run: the clean text is shorter than the file
    original = (
        "Talks stall   \r\n\r\n\r\n\r\nThe minister said   \r\n"
        'that the talks had stalled.  \r\n"We will not give up," Smith said.  \r\n'
    )
    path = tmp_path / "a.txt"
    path.write_bytes(original.encode("utf-8"))
    code, out, _ = invoke("show", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["article"]["text"] == original
    spans = [c for s in data["statements"] for c in s["content"]]
    assert {c["text"] for c in spans} >= {"We will not give up,"}
    for s in data["statements"]:
        for c in [*s["content"], s["cue"], s["speaker"]]:
            if c is not None:
                assert original[c["start"] : c["end"]] == c["text"]
    quote = next(c for c in spans if c["text"] == "We will not give up,")
    assert quote["start"] == original.index("We will")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_cli_export(db: Path, tmp_path: Path, fmt: str) -> None:
    out_file = tmp_path / f"out.{fmt}"
    code, _, err = invoke("export", "--db", str(db), "--format", fmt, "-o", str(out_file))
    assert code == 0, err
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
        assert len(rows) == 7  # what was said: "He believes that …" is left out
        assert {(r["act"], r["negated"]) for r in rows} == {("speech", False)}
    elif fmt == "csv":
        assert out_file.read_text("utf-8").count("\n") >= 8
    else:
        assert pq.read_table(out_file).num_rows == 7
    code, _, err = invoke(
        "export", "--db", str(db), "--format", fmt, "-o", str(out_file), "--act", "all"
    )
    assert code == 0, err
    assert "wrote 10 statement(s)" in err  # 8 said or believed, 2 intents


def test_cli_statements_show_speech_and_say_what_is_hidden(db: Path) -> None:
    code, out, err = invoke("statements", "--db", str(db))
    assert code == 0
    assert "showing speech (7); 2 statements of other acts hidden (belief 1, intent 1)" in err
    assert "believes ·" not in out
    assert "said ·" in out
    code, out, err = invoke("statements", "--db", str(db), "--act", "belief")
    assert "showing belief (1); 8 statements of other acts hidden (intent 1, speech 7)" in err
    assert "Joe Biden  believes · indirect" in out
    code, out, err = invoke("statements", "--db", str(db), "--act", "all", "--json")
    payload = json.loads(out)
    # all acts, less the doubtful one (the Kremlin's stance in the lede, 0.37; Russia's
    # refusal to withdraw beside it is shown since the session-19 calibration, 0.57); the
    # condition "only if the latter shows interest …" is no statement (session 24)
    assert (payload["act"], payload["hidden"], len(payload["items"])) == ("all", {}, 9)
    code, out, _ = invoke("statements", "--db", str(db), "--json")
    assert json.loads(out)["hidden"] == {"belief": 1, "intent": 1}


def test_cli_negated_statement_reads_did_not_say(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Kremlin denies\n\nPeskov said he had never said that Russia wanted war.\n",
        encoding="utf-8",
    )
    db = tmp_path / "n.db"
    assert invoke("run", str(article), "--db", str(db))[0] == 0
    code, out, _ = invoke("statements", "--db", str(db), "--search", "wanted war")
    assert code == 0
    lines = out.splitlines()
    negated = [n for n, line in enumerate(lines) if "did NOT say" in line]
    assert len(negated) == 1
    assert lines[negated[0] + 1].strip() == "that Russia wanted war"
    code, out, _ = invoke("show", str(article), "--no-color")
    assert "did NOT say" in out


BAD_INPUTS = {
    "empty.txt": b"",
    "junk.bin": bytes(range(256)) * 40,
    "truncated.html": b"<html><head><title>Cut</title></head><body><div><p>",
    "latin1.txt": "Caf\xe9 au lait".encode("latin-1") + b"\xff\xfe\x00",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_cli_bad_input_gets_a_clear_error_and_leaves_the_store_intact(
    db: Path, tmp_path: Path, name: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(BAD_INPUTS[name])
    before = dump(db)
    code, _, err = invoke("run", str(bad), "--db", str(db))
    assert str(bad) in err  # the message names the input
    if code != 0:
        assert "no input could be read" in err
    after = dump(db)
    # only the skip record (and the kept count of skips) may be new
    skip_lines = ('INSERT INTO "skips"', "INSERT INTO \"table_counts\" VALUES('skips'")
    assert [line for line in after if not line.startswith(skip_lines)] == [
        line for line in before if not line.startswith(skip_lines)
    ]


def test_cli_huge_page_is_refused_quickly(db: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    huge.write_bytes(b"<html><body>" + b"<p>words and more words</p>" * 800_000 + b"</body></html>")
    assert huge.stat().st_size > 20_000_000
    code, _, err = invoke("run", str(huge), "--db", str(db))
    assert code != 0
    assert "E104" in err
    assert str(huge) in err


@pytest.mark.sqlite_only
def test_cli_main_turns_errors_into_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_store = tmp_path / "x.db"
    not_a_store.write_bytes(b"this is not sqlite" * 100)
    code = main(["statements", "--db", str(not_a_store)])
    assert code == 1
    assert str(not_a_store) in capsys.readouterr().err
    assert not_a_store.read_bytes() == b"this is not sqlite" * 100
    assert main(["show", "nonexistent-id-000", "--db", str(tmp_path / "new.db")]) == 1
    assert main(["no-such-command"]) == 2
