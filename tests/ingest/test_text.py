"""Tests for reportedly.ingest.text: read_text on the sample, metadata, encodings, bad bytes."""

from __future__ import annotations

import codecs
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.ingest import IngestOptions, read_text
from reportedly.model import Article, Span

from .invariants import check_article, check_outcome

SAMPLE_TITLE = (
    "Kremlin's response to Biden's negotiation conditions: Russians will not leave Ukraine"
)
RUSSIAN = (
    "Песков ответил Байдену\n\n"
    "Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль не готов принять "
    "условия переговоров, которые выдвинул президент США Джо Байден.\n\n"
    "Источник: РИА Новости\n\n"
    "Подписывайтесь на наш канал в Telegram"
)


def test_text_read_text_sample(sample_text: str) -> None:
    article = read_text(sample_text.encode("utf-8"), source="sample.txt")
    check_article(article)
    assert article.title == SAMPLE_TITLE
    assert article.title_span == Span(0, len(SAMPLE_TITLE))
    assert [(s.label, s.label_span) for s in article.sections] == [
        ("Source", Span(311, 317)),
        ("Quote from Peskov, press secretary of the Russian President", Span(469, 528)),
        ("Details", Span(930, 937)),
        ("Background", Span(1624, 1634)),
    ]
    assert [s.body.start for s in article.sections] == [319, 530, 939, 1636]
    assert article.sections[-1].body.end == len(article.text)
    assert article.dropped == (
        "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!",
    )
    assert article.text == sample_text.strip()[: sample_text.strip().index("\n\nJournalists")]
    assert article.source == "sample.txt"
    assert article.language == "en"
    assert article.id == Article.make_id(article.text)


def test_text_read_text_same_text_same_id(sample_text: str) -> None:
    from_str = read_text(sample_text, source="a")
    from_crlf = read_text(sample_text.replace("\n", "\r\n").encode("utf-8-sig"), source="b")
    assert from_str.id == from_crlf.id
    assert from_str.text == from_crlf.text


def test_text_read_text_metadata_precedence(sample_text: str) -> None:
    article = read_text(
        sample_text,
        source="s",
        metadata={
            "title": SAMPLE_TITLE,
            "outlet": "Ukrainska Pravda",
            "published": "2 December 2022",
            "authors": ["Jane Roe"],
            "url": "https://www.pravda.com.ua/eng/news/2022/12/2/7378936/",
            "language": "en-GB",
        },
    )
    check_article(article)
    assert article.title_span == Span(0, len(SAMPLE_TITLE))  # matched, not prepended
    assert article.outlet == "Ukrainska Pravda"
    assert article.published == date(2022, 12, 2)
    assert article.authors == ("Jane Roe",)
    assert article.language == "en"


def test_text_read_text_explicit_title_is_prepended(sample_text: str) -> None:
    article = read_text(sample_text, source="s", metadata={"title": "Peskov replies"})
    check_article(article)
    assert article.text.startswith(f"Peskov replies\n\n{SAMPLE_TITLE}\n\n")
    assert article.title == "Peskov replies"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-8", "utf-16", "utf-8-sig"])
def test_text_read_text_russian_in_legacy_and_unicode_encodings(encoding: str) -> None:
    article = read_text(RUSSIAN.encode(encoding), source=f"ru-{encoding}.txt")
    check_article(article)
    assert article.title == "Песков ответил Байдену"
    assert article.language == "ru"
    assert [s.label for s in article.sections] == ["Источник"]
    assert article.dropped == ("Подписывайтесь на наш канал в Telegram",)


def test_text_read_text_utf16_with_bom(sample_text: str) -> None:
    data = codecs.BOM_UTF16_LE + sample_text.encode("utf-16-le")
    article = read_text(data, source="utf16.txt")
    assert article.title == SAMPLE_TITLE
    assert article.id == read_text(sample_text, source="x").id


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E101"),
        ("", "E101"),
        ("   \n\n  ", "E101"),
        (b"\x00\x01\x02\x03" * 100, "E102"),
        (bytes(range(256)) * 40, "E102"),
        ("Headline\n\nFollow us on Telegram", "E101"),
    ],
)
def test_text_read_text_bad_input(data: bytes | str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        read_text(data, source="bad.txt")
    assert caught.value.code == code
    assert caught.value.source == "bad.txt"
    assert "bad.txt" in str(caught.value)


@pytest.mark.parametrize("data", [b"x" * 101, "x" * 101])
def test_text_read_text_over_max_bytes(data: bytes | str) -> None:
    with pytest.raises(InputError, match="over the limit of 100") as caught:
        read_text(data, source="big.txt", options=IngestOptions(max_bytes=100))
    assert caught.value.code == "E104"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_text_read_text_fuzz_bytes(data: bytes) -> None:
    check_outcome(lambda: read_text(data, source="fuzz"), {"E101", "E102"})


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=800))
def test_text_read_text_fuzz_text(data: str) -> None:
    check_outcome(lambda: read_text(data, source="fuzz"), {"E101"})


_PARAGRAPH = st.sampled_from(
    [
        "Source: RIA Novosti",
        "Quote from Peskov, press secretary:",
        '"We will not leave," Peskov said.',
        "Background: Biden spoke on 1 December.",
        "Subscribe to our newsletter",
        "Support Ukrainska Pravda",
        "Read also: a story",
        "Peskov added, it was the President.",
        "Title without period",
        "",
        " ",
    ]
)


@given(st.lists(_PARAGRAPH, max_size=8), st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
def test_text_read_text_structured_paragraphs(paragraphs: list[str], joiner: str) -> None:
    check_outcome(lambda: read_text(joiner.join(paragraphs), source="gen"), {"E101"})
