"""Tests for reportedly.ingest.paths: files, directories, stdin, dispatch and sniffing."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from reportedly.errors import InputError
from reportedly.ingest import IngestOptions, read_paths
from reportedly.ingest.paths import format_of
from reportedly.model import Article

from .invariants import check_article
from .test_warc import build_warc

NEWS = "Peskov said Russia would not withdraw its troops from the territory of Ukraine."
PAGE = (
    "<!DOCTYPE html><html><head><title>Peskov replies</title></head><body><article>"
    f"<h1>Peskov replies</h1><p>{NEWS}</p></article></body></html>"
)


def _summary(results: list[Article | InputError], root: Path) -> list[tuple[str, str]]:
    out = []
    for result in results:
        code = result.code if isinstance(result, InputError) else "ok"
        out.append((result.source.replace(f"{root}{os.sep}", ""), code))
        if isinstance(result, Article):
            check_article(result)
    return out


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "text"),
        ("a.TEXT", "text"),
        ("notes.md", "text"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.xhtml", "html"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson.gz", "jsonl"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("a.html.gz", "html"),
        ("a.pdf", "unsupported"),
        ("a.json", "json"),
        ("a.gz", None),
        ("a.dat", None),
        ("README", None),
    ],
)
def test_paths_format_of_extension(name: str, expected: str | None) -> None:
    assert format_of(Path(name)) == expected


def test_paths_read_paths_directory_sorted_recursive(tmp_path: Path, sample_text: str) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / ".secret.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "a.txt").write_text(sample_text, encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b" / "feed.jsonl").write_text(
        json.dumps({"text": NEWS}) + "\n{bad\n", encoding="utf-8"
    )
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "d.dat").write_text(PAGE, encoding="utf-8")  # sniffed as HTML
    (tmp_path / "e").write_text(NEWS, encoding="utf-8")  # sniffed as text
    (tmp_path / "f.txt").write_bytes(b"")
    (tmp_path / "g.txt.gz").write_bytes(gzip.compress(NEWS.encode("cp1251")))
    (tmp_path / "h.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "i.log").write_text(json.dumps({"html": PAGE}) + "\n", encoding="utf-8")
    results = list(read_paths([tmp_path]))
    assert _summary(results, tmp_path) == [
        ("a.txt", "ok"),
        ("b/feed.jsonl:1", "ok"),
        ("b/feed.jsonl:2", "E105"),
        ("b/page.html", "ok"),
        ("c.pdf", "E107"),
        ("d.dat", "ok"),
        ("e", "ok"),
        ("f.txt", "E101"),
        ("g.txt.gz", "ok"),
        ("h.bin", "E102"),
        ("i.log:1", "ok"),
    ]
    by_source = {r.source.replace(f"{tmp_path}{os.sep}", ""): r for r in results}
    assert by_source["d.dat"].title == "Peskov replies"  # type: ignore[union-attr]
    assert by_source["e"].text == NEWS  # type: ignore[union-attr]


def test_paths_read_paths_warc_and_missing(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc, gzip=True)
    sniffed = tmp_path / "crawl.bin"
    sniffed.write_bytes(warc.read_bytes())
    results = list(read_paths([warc, tmp_path / "absent.txt", str(sniffed)]))
    codes = [r.code if isinstance(r, InputError) else "ok" for r in results]
    assert codes == ["ok", "ok", "ok", "E103", "E106", "ok", "ok", "ok", "E103"]
    assert "absent.txt" in str(results[4])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_paths_read_paths_fifo_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (error,) = list(read_paths([tmp_path]))
    assert isinstance(error, InputError)
    assert error.code == "E106"


def test_paths_read_paths_too_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    (error,) = list(read_paths([big], options=IngestOptions(max_bytes=100)))
    assert isinstance(error, InputError)
    assert error.code == "E104"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_paths_read_paths_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(NEWS, encoding="utf-8")
    locked.chmod(0)
    (error,) = list(read_paths([locked]))
    assert isinstance(error, InputError)
    assert error.code == "E106"


def test_paths_read_paths_read_failure_is_e106(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(NEWS, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (error,) = list(read_paths([path]))
    assert isinstance(error, InputError)
    assert error.code == "E106"
    assert "Permission denied" in str(error)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (NEWS.encode(), ("ok", NEWS)),
        (PAGE.encode(), ("ok", f"Peskov replies\n\n{NEWS}")),
        (json.dumps({"text": NEWS}).encode() + b"\n{bad\n", ("ok", NEWS)),
        (b"", ("E101", None)),
    ],
    ids=["text", "html", "jsonl", "empty"],
)
def test_paths_read_paths_stdin(
    monkeypatch: pytest.MonkeyPatch, data: bytes, expected: tuple[str, str | None]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    results = list(read_paths(["-"]))
    first = results[0]
    code = first.code if isinstance(first, InputError) else "ok"
    assert (code, getattr(first, "text", None)) == expected
    assert first.source.startswith("<stdin>")
