"""Tests for reportedly.ingest.warc: HTML responses from a WARC built with warcio."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reportedly.errors import InputError
from reportedly.ingest import IngestOptions, read_warc
from reportedly.model import Article

from .invariants import check_article

NEWS = "Peskov said Russia would not withdraw its troops from the territory of Ukraine."
DATED = (
    '<html><head><title>Peskov replies</title><meta property="article:published_time" '
    'content="2022-12-02T10:00:00Z"></head><body><article><h1>Peskov replies</h1>'
    f"<p>{NEWS}</p><p>Source: RIA Novosti</p></article></body></html>"
)
UNDATED = (
    f"<html><head><title>No date</title></head><body><article><p>{NEWS}</p></article></body></html>"
)
CP1251 = (
    "<html><head><title>Песков ответил</title></head><body><article><p>Пресс-секретарь "
    "президента России Дмитрий Песков заявил, что Кремль не готов принять условия.</p>"
    "</article></body></html>"
)
CRAWLED = "2023-01-05T12:00:00Z"


def _response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        length=len(body),  # without a length warcio buffers to a temp file it never closes
        http_headers=headers,
        warc_headers_dict={"WARC-Date": CRAWLED},
    )
    writer.write_record(record)


def build_warc(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        get = b"GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"
        request = writer.create_warc_record(
            "https://example.com/a", "request", payload=io.BytesIO(get), length=len(get)
        )
        writer.write_record(request)
        _response(writer, "https://example.com/a", DATED.encode())
        _response(writer, "https://example.com/b", UNDATED.encode())
        _response(
            writer, "https://example.com/missing", b"<html>gone</html>", status="404 Not Found"
        )
        _response(writer, "https://example.com/logo.png", b"\x89PNG...", content_type="image/png")
        _response(
            writer,
            "https://example.com/ru",
            CP1251.encode("cp1251"),
            content_type="text/html; charset=windows-1251",
        )
        _response(writer, "https://example.com/empty", b"<html><body></body></html>")


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzip"])
def test_warc_read_warc_html_responses(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    build_warc(path, gzip=gzip)
    results = list(read_warc(path))
    assert len(results) == 4  # request, warcinfo, 404 and image records are passed over
    dated, undated, russian, empty = results
    for article in (dated, undated, russian):
        assert isinstance(article, Article)
        check_article(article)
        assert article.source.startswith(f"{path}#urn:uuid:")
    assert isinstance(dated, Article)
    assert isinstance(undated, Article)
    assert isinstance(russian, Article)
    assert dated.url == "https://example.com/a"
    assert dated.published == date(2022, 12, 2)  # the page's own date beats WARC-Date
    assert dated.title == "Peskov replies"
    assert [s.label for s in dated.sections] == ["Source"]
    assert undated.published == date(2023, 1, 5)  # no page date: the crawl date
    assert russian.title == "Песков ответил"
    assert russian.language == "ru"
    assert isinstance(empty, InputError)
    assert empty.code == "E103"
    assert "#urn:uuid:" in empty.source


def test_warc_read_warc_oversized_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    build_warc(path, gzip=False)
    limit = len(UNDATED.encode())
    assert len(DATED.encode()) > limit
    results = list(read_warc(path, options=IngestOptions(max_bytes=limit)))
    assert isinstance(results[0], InputError)
    assert results[0].code == "E104"
    assert isinstance(results[1], Article)


def test_warc_read_warc_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not a WARC file\n" * 10, encoding="utf-8")
    (error,) = list(read_warc(path))
    assert isinstance(error, InputError)
    assert error.code == "E107"
    assert "fake.warc" in str(error)


def test_warc_read_warc_truncated(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, gzip=True)
    path.write_bytes(path.read_bytes()[:-200])
    results = list(read_warc(path))
    assert isinstance(results[0], Article)
    assert isinstance(results[-1], InputError)
    assert results[-1].code in {"E106", "E107"}


def test_warc_read_warc_missing_file(tmp_path: Path) -> None:
    (error,) = list(read_warc(tmp_path / "absent.warc"))
    assert isinstance(error, InputError)
    assert error.code == "E106"
