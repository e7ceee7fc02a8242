"""Metadata sidecars: an article file `X.txt` takes its metadata from `X.meta.json`."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.ingest import read_paths
from reportedly.ingest.paths import read_sidecar, sidecar_of
from reportedly.model import Article

BODY = "A headline\n\nThe minister said the talks were over.\n"


def read(*paths: Path) -> list[Article | InputError]:
    return list(read_paths(paths))


@pytest.mark.parametrize(
    ("name", "sidecar"),
    [
        ("a.txt", "a.meta.json"),
        ("a.b.html", "a.b.meta.json"),
        ("a.txt.gz", "a.meta.json"),
        ("noext", "noext.meta.json"),
    ],
)
def test_sidecar_name(name: str, sidecar: str) -> None:
    assert sidecar_of(Path("dir") / name) == Path("dir") / sidecar


def test_sidecar_metadata_is_applied(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(BODY, "utf-8")
    meta = {
        "outlet": "Ukrainska Pravda",
        "url": "https://www.pravda.com.ua/eng/news/1/",
        "published": "2022-12-02",
        "authors": ["A. Writer"],
        "language": "en",
    }
    (tmp_path / "x.meta.json").write_text(json.dumps(meta), "utf-8")
    (article,) = read(tmp_path / "x.txt")
    assert isinstance(article, Article)
    assert article.outlet == "Ukrainska Pravda"
    assert article.url == meta["url"]
    assert article.published == date(2022, 12, 2)
    assert article.authors == ("A. Writer",)
    assert article.title == "A headline"


def test_sidecar_of_gzipped_text(tmp_path: Path) -> None:
    (tmp_path / "x.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    (tmp_path / "x.meta.json").write_text('{"outlet": "TASS"}', "utf-8")
    (article,) = read(tmp_path / "x.txt.gz")
    assert isinstance(article, Article)
    assert article.outlet == "TASS"


def test_sidecar_is_not_read_as_an_article_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(BODY, "utf-8")
    (tmp_path / "x.meta.json").write_text('{"outlet": "TASS"}', "utf-8")
    (tmp_path / "orphan.meta.json").write_text('{"outlet": "TASS"}', "utf-8")
    found = read(tmp_path)
    assert len(found) == 1
    assert isinstance(found[0], Article)


def test_sidecar_absent_means_no_metadata(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(BODY, "utf-8")
    assert read_sidecar(tmp_path / "x.txt") is None
    (article,) = read(tmp_path / "x.txt")
    assert isinstance(article, Article)
    assert article.outlet is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid UTF-8 JSON"),
        (b"[1, 2]", "must be a JSON object, got list"),
        (b"\xff\xfe\x00", "not valid UTF-8 JSON"),
        (b" " * 1_000_001, "over 1 MB"),
    ],
)
def test_sidecar_bad_file_is_an_input_error_naming_it(
    tmp_path: Path, content: bytes, message: str
) -> None:
    (tmp_path / "x.txt").write_text(BODY, "utf-8")
    (tmp_path / "x.meta.json").write_bytes(content)
    (error,) = read(tmp_path / "x.txt")
    assert isinstance(error, InputError)
    assert error.code == "E108"
    assert error.source.endswith("x.meta.json")
    assert message in str(error)


@given(st.dictionaries(st.sampled_from(["title", "outlet", "url", "published", "x"]), st.text()))
@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_sidecar_any_object_reads_or_fails_cleanly(tmp_path: Path, meta: dict[str, str]) -> None:
    (tmp_path / "x.txt").write_text(BODY, "utf-8")
    (tmp_path / "x.meta.json").write_text(json.dumps(meta), "utf-8")
    for item in read(tmp_path / "x.txt"):
        assert isinstance(item, Article | InputError)


def test_sidecar_of_the_bundled_sample(sample_path: Path) -> None:
    meta = read_sidecar(sample_path)
    assert meta == {"outlet": "Ukrainska Pravda", "language": "en"}
