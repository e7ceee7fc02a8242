"""What a first run over plain files gets right: dates in file names, derived titles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from reportedly.ingest import read_paths, read_text
from reportedly.ingest.article import derive_title
from reportedly.ingest.paths import date_in_name
from reportedly.model import Article

BODY = "Dmitry Peskov said on Friday that the talks were over. Nothing else was said.\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("20220125T090000Z_peskov.txt", date(2022, 1, 25)),
        ("2022-01-25_peskov.txt", date(2022, 1, 25)),
        ("2022-01-25T09:00:00+02:00 peskov.html", date(2022, 1, 25)),
        ("20220125.txt", date(2022, 1, 25)),
        ("peskov_20220125.txt", None),
        ("20221325_x.txt", None),
        ("2022-0125_x.txt", None),
        ("12345678901.txt", None),
    ],
)
def test_newcomer_date_in_file_name(name: str, expected: date | None) -> None:
    assert date_in_name(name) == expected


def test_newcomer_file_name_date_is_the_fallback_publication_date(tmp_path: Path) -> None:
    (tmp_path / "20220125T090000Z_a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "2022-02-01_b.txt").write_text(BODY.replace("Friday", "Monday"), "utf-8")
    (tmp_path / "2022-02-01_b.meta.json").write_text(json.dumps({"published": "2021-05-05"}))
    found = {Path(a.source).name: a for a in read_paths([tmp_path]) if isinstance(a, Article)}
    assert found["20220125T090000Z_a.txt"].published == date(2022, 1, 25)
    assert found["2022-02-01_b.txt"].published == date(2021, 5, 5)  # the sidecar wins


def test_newcomer_untitled_text_gets_a_derived_title() -> None:
    article = read_text(BODY, source="x.txt")
    assert article.title == "Dmitry Peskov said on Friday that the talks were over."
    assert article.title_derived
    assert article.title_span is None  # the sentence stays in the body, analysed as such
    titled = read_text("Talks over\n\n" + BODY, source="y.txt")
    assert (titled.title, titled.title_derived) == ("Talks over", False)


def test_newcomer_derived_title_is_short() -> None:
    long = "Officials " + "said many things about the bridge and the river " * 5 + "today."
    title = derive_title(long)
    assert title is not None
    assert len(title) <= 91
    assert title.endswith("…")
    assert derive_title("12 34 ...") is None
