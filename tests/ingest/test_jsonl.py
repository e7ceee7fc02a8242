"""Tests for reportedly.ingest.jsonl: one article per line, bad lines reported, reading goes on."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.ingest import IngestOptions, read_jsonl
from reportedly.model import Article

from .invariants import check_article

NEWS = "Peskov said Russia would not withdraw its troops from the territory of Ukraine."
PAGE = (
    "<html><head><title>Peskov replies</title></head><body><article>"
    f"<h1>Peskov replies</h1><p>{NEWS}</p></article></body></html>"
)
LINES = [
    json.dumps(
        {
            "id": "a1",
            "title": "Kremlin replies",
            "text": NEWS,
            "site": "Ukrainska Pravda",
            "date": "2022-12-02",
            "authors": ["Jane Roe"],
            "url": "https://example.com/a1",
        },
        ensure_ascii=False,
    ),
    "",
    "{not json",
    json.dumps({"html": PAGE, "published": "3 December 2022", "language": "en"}),
    json.dumps(["a", "list"]),
    json.dumps({"title": "no body"}),
    json.dumps({"text": "Песков заявил, что Россия не выведет войска.", "lang": "ru"}),
]


def _outcomes(results: list[Article | InputError]) -> list[tuple[str, str]]:
    return [(r.source, r.code if isinstance(r, InputError) else "ok") for r in results]


def _check(results: list[Article | InputError], name: str) -> None:
    assert _outcomes(results) == [
        (f"{name}:1", "ok"),
        (f"{name}:3", "E105"),
        (f"{name}:4", "ok"),
        (f"{name}:5", "E105"),
        (f"{name}:6", "E105"),
        (f"{name}:7", "ok"),
    ]
    first, third = results[0], results[2]
    assert isinstance(first, Article)
    assert isinstance(third, Article)
    for article in (first, third):
        check_article(article)
    assert first.text == f"Kremlin replies\n\n{NEWS}"
    assert first.outlet == "Ukrainska Pravda"
    assert first.published == date(2022, 12, 2)
    assert first.authors == ("Jane Roe",)
    assert first.url == "https://example.com/a1"
    assert third.title == "Peskov replies"
    assert third.published == date(2022, 12, 3)
    assert results[-1].language == "ru"  # type: ignore[union-attr]
    bad = results[1]
    assert isinstance(bad, InputError)
    assert f"{name}:3" in str(bad)
    assert "JSON" in str(bad)


def test_jsonl_read_jsonl_file_with_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    _check(list(read_jsonl(path)), str(path))


def test_jsonl_read_jsonl_gzip_file(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(LINES))
    _check(list(read_jsonl(path)), str(path))


@pytest.mark.parametrize("binary", [True, False])
def test_jsonl_read_jsonl_streams(binary: bool) -> None:
    data = "\r\n".join(LINES)
    stream = io.BytesIO(data.encode("utf-8")) if binary else io.StringIO(data)
    _check(list(read_jsonl(stream, source="feed")), "feed")


def test_jsonl_read_jsonl_missing_file(tmp_path: Path) -> None:
    (error,) = list(read_jsonl(tmp_path / "absent.jsonl"))
    assert isinstance(error, InputError)
    assert error.code == "E106"
    assert "absent.jsonl" in str(error)


def test_jsonl_read_jsonl_damaged_gzip(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(LINES).encode())[:-30])
    results = list(read_jsonl(path))
    assert isinstance(results[-1], InputError)
    assert results[-1].code == "E106"


def test_jsonl_read_jsonl_long_line_skipped_and_reading_goes_on() -> None:
    long_line = json.dumps({"text": "word " * 400})
    data = "\n".join([long_line, json.dumps({"text": NEWS}), long_line]).encode()
    results = list(read_jsonl(io.BytesIO(data), source="s", options=IngestOptions(max_bytes=500)))
    assert _outcomes(results) == [("s:1", "E104"), ("s:2", "ok"), ("s:3", "E104")]


def test_jsonl_read_jsonl_invalid_utf8_line() -> None:
    data = b'{"text": "caf\xe9"}\n' + json.dumps({"text": NEWS}).encode()
    results = list(read_jsonl(io.BytesIO(data), source="s"))
    assert _outcomes(results) == [("s:1", "E105"), ("s:2", "ok")]


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=80))
_LINE = st.one_of(
    st.text(max_size=60),
    st.dictionaries(
        st.sampled_from(["text", "html", "title", "date", "authors", "url", "lang"]), _VALUES
    ).map(json.dumps),
)


@given(st.lists(_LINE, max_size=6))
def test_jsonl_read_jsonl_fuzz_never_raises(lines: list[str]) -> None:
    data = "\n".join(line.replace("\n", " ") for line in lines)
    for result in read_jsonl(io.StringIO(data), source="fuzz"):
        if isinstance(result, InputError):
            assert result.code in {"E101", "E103", "E105"}, result
        else:
            check_article(result)
