"""Tests for reportedly.ingest.article: title heuristics and article assembly."""

from __future__ import annotations

import pytest

from reportedly.errors import InputError
from reportedly.ingest.article import build_article, find_title
from reportedly.ingest.metadata import Metadata
from reportedly.ingest.options import IngestOptions
from reportedly.model import Span

from .invariants import check_article

BODY = "The Kremlin is not prepared to accept the conditions, Peskov said."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Russians will not leave Ukraine\n\n{BODY}", "Russians will not leave Ukraine"),
        (f"Kremlin's response: no\n\n{BODY}", "Kremlin's response: no"),
        (f"Will Putin negotiate?\n\n{BODY}", "Will Putin negotiate?"),
        (f"  Indented title\n\n{BODY}", "Indented title"),
        (f"Песков ответил Байдену\n\n{BODY}", "Песков ответил Байдену"),
        (f"Short sentence with a period.\n\n{BODY}", None),
        (f"Source: RIA Novosti;\n\n{BODY}", None),
        (f"Source: RIA Novosti\n\n{BODY}", None),
        (f"Update: talks resume\n\n{BODY}", None),
        (f"Title without blank line\n{BODY}", None),
        ("Only a title", None),
        ("Only a title\n\n", None),
        (f"{'word ' * 31}\n\n{BODY}", None),
        (f"{'x' * 201}\n\n{BODY}", None),
        (f"2022-12-02\n\n{BODY}", None),
    ],
)
def test_article_find_title(text: str, title: str | None) -> None:
    span = find_title(text)
    assert (None if span is None else span.text(text)) == title


def test_article_known_title_matching_first_line_is_reused() -> None:
    article = build_article(
        f"Russians  will not leave\n\n{BODY}",
        source="t",
        metadata=Metadata(title="Russians will not leave"),
        options=IngestOptions(),
        detect_title=False,
    )
    check_article(article)
    assert article.title_span == Span(0, 24)
    assert article.title == "Russians  will not leave"


def test_article_known_title_is_prepended_when_absent() -> None:
    article = build_article(
        BODY,
        source="t",
        metadata=Metadata(title="Kremlin\nreplies"),
        options=IngestOptions(),
        detect_title=False,
    )
    check_article(article)
    assert article.text == f"Kremlin replies\n\n{BODY}"
    assert article.title_span == Span(0, 15)


def test_article_only_boilerplate_is_an_error() -> None:
    with pytest.raises(InputError) as caught:
        build_article(
            "Headline\n\nSubscribe to our newsletter",
            source="page.txt",
            metadata=Metadata(),
            options=IngestOptions(),
            detect_title=True,
        )
    assert caught.value.code == "E101"
    assert "boilerplate" in str(caught.value)


def test_article_drop_tails_can_be_disabled(sample_text: str) -> None:
    article = build_article(
        sample_text,
        source="t",
        metadata=Metadata(),
        options=IngestOptions(drop_tails=False),
        detect_title=True,
    )
    check_article(article)
    assert article.dropped == ()
    assert article.text.endswith("become our patron!")


def test_article_language_guessed_from_script() -> None:
    article = build_article(
        "Песков заявил, что Россия не выведет войска.",
        source="t",
        metadata=Metadata(),
        options=IngestOptions(),
        detect_title=True,
    )
    assert article.language == "ru"
