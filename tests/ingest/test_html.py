"""Tests for reportedly.ingest.html: trafilatura extraction, metadata, fallbacks, limits."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.ingest import IngestOptions, read_html
from reportedly.ingest import html as html_module
from reportedly.ingest.html import html_article
from reportedly.ingest.metadata import Metadata

from .invariants import check_article, check_outcome

TITLE = "Kremlin's response to Biden's conditions: Russians will not leave Ukraine"
PARAGRAPHS = [
    "The Kremlin is not prepared to accept the conditions for negotiations with Washington "
    "that US President Joe Biden put forward on 1 December.",
    "Source: Kremlin-aligned news outlet RIA Novosti",
    'Quote from Peskov: "You have quoted only part of Joe Biden’s statement. It included a '
    'few more sentences."',
    'Details: According to Peskov, Putin "always has been, is and will be open for negotiations".',
    "Background: US President Joe Biden has stated that he does not intend to speak with "
    "Vladimir Putin at the moment.",
    "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!",
]


def make_page(
    *,
    title: str = TITLE,
    paragraphs: list[str] = PARAGRAPHS,
    date_meta: str | None = "2022-12-02T11:30:00+02:00",
    lang: str = "en",
    charset: str = "utf-8",
) -> str:
    """A news page with navigation, an article and a footer, like a real site."""
    date_tag = (
        f'<meta property="article:published_time" content="{date_meta}">' if date_meta else ""
    )
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | Ukrainska Pravda</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Ukrainska Pravda">
<meta name="author" content="Jane Roe">
{date_tag}
</head><body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/war">War</a></nav></header>
<main><article><h1>{title}</h1>
{body}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer>© 2000-2022 Ukrainska Pravda. All rights reserved.</footer>
</body></html>"""


def test_html_read_html_extracts_text_and_metadata() -> None:
    article = read_html(make_page(), source="up.html", url="https://www.pravda.com.ua/eng/a/")
    check_article(article)
    assert article.title == TITLE
    assert article.text.startswith(f"{TITLE}\n\nThe Kremlin is not prepared")
    assert article.outlet == "Ukrainska Pravda"
    assert article.published == date(2022, 12, 2)
    assert article.authors == ("Jane Roe",)
    assert article.url == "https://www.pravda.com.ua/eng/a/"
    assert article.language == "en"
    assert [s.label for s in article.sections] == [
        "Source",
        "Quote from Peskov",
        "Details",
        "Background",
    ]
    assert article.dropped == (PARAGRAPHS[-1],)
    assert "Most read" not in article.text
    assert "Home" not in article.text


def test_html_read_html_explicit_metadata_wins() -> None:
    article = read_html(
        make_page(),
        source="up.html",
        metadata={"outlet": "UP", "published": "2022-12-03", "title": "Other title"},
    )
    check_article(article)
    assert article.outlet == "UP"
    assert article.published == date(2022, 12, 3)
    assert article.title == "Other title"
    assert article.text.startswith(f"Other title\n\n{TITLE}\n\n")


def test_html_defaults_only_fill_missing_page_fields() -> None:
    crawl = Metadata(published=date(2023, 1, 5), outlet="crawler")
    dated = html_article(make_page(), source="a", defaults=crawl)
    undated = html_article(make_page(date_meta=None), source="b", defaults=crawl)
    assert dated.published == date(2022, 12, 2)
    assert dated.outlet == "Ukrainska Pravda"
    assert undated.published == date(2023, 1, 5)


def test_html_read_html_cp1251_bytes_with_meta_charset() -> None:
    page = make_page(
        title="Песков ответил Байдену",
        paragraphs=[
            "Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль не готов "
            "принять условия переговоров, которые выдвинул президент США Джо Байден.",
            "Источник: РИА Новости",
        ],
        lang="ru",
        charset="windows-1251",
    )
    article = read_html(page.encode("cp1251"), source="ru.html")
    check_article(article)
    assert article.title == "Песков ответил Байдену"
    assert article.language == "ru"
    assert [s.label for s in article.sections] == ["Источник"]


def test_html_read_html_truncated_page_extracts_or_e103() -> None:
    page = make_page()
    cut = page[: page.index(PARAGRAPHS[3])]
    article = read_html(cut, source="cut.html")
    check_article(article)
    assert "The Kremlin is not prepared" in article.text
    for length in range(0, len(page), 97):
        check_outcome(partial(read_html, page[:length], source="cut.html"), {"E101", "E103"})


@pytest.mark.parametrize(
    ("page", "code"),
    [
        ("", "E101"),
        ("<html><head><title>x</title></head><body></body></html>", "E103"),
        ('<html><body><div id="app"></div><script>render()</script></body></html>', "E103"),
        ("<html><body><p>Subscribe to our newsletter</p></body></html>", "E103"),
    ],
    ids=["empty", "no-body", "script-shell", "only-boilerplate"],
)
def test_html_read_html_without_main_text(page: str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        read_html(page, source="shell.html")
    assert caught.value.code == code
    assert "shell.html" in str(caught.value)


def test_html_read_html_fragment_falls_back() -> None:
    article = read_html("<p>Peskov said the talks would continue.</p>", source="frag.html")
    check_article(article)
    assert article.text == "Peskov said the talks would continue."


def test_html_read_html_huge_page_is_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Refused on its size alone, as bytes or as text: the page never reaches the parser
    (how long refusing takes is measured by bench/bench_ingest.py, not asserted here)."""

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("a page over the limit reached the HTML parser")

    monkeypatch.setattr(html_module, "_extract", must_not_run)
    paragraph = "<p>" + "The minister said the talks would continue next week. " * 20 + "</p>\n"
    page = make_page(paragraphs=[paragraph] * (20_100_000 // len(paragraph)))
    assert len(page.encode("utf-8")) > 20_000_000
    for data in (page.encode("utf-8"), page):
        with pytest.raises(InputError) as caught:
            read_html(data, source="huge.html")
        assert caught.value.code == "E104"
        assert "over the limit of 20,000,000" in str(caught.value)


def test_html_max_bytes_is_configurable() -> None:
    with pytest.raises(InputError) as caught:
        read_html(make_page(), source="p.html", options=IngestOptions(max_bytes=500))
    assert caught.value.code == "E104"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_html_read_html_fuzz_bytes(data: bytes) -> None:
    check_outcome(lambda: read_html(data, source="fuzz"), {"E101", "E102", "E103"})


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<html>", "<body>", "<h1>", "</h1>", "<script>", "<!--"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=30))
def test_html_read_html_fuzz_markup(pieces: list[str]) -> None:
    check_outcome(lambda: read_html("".join(pieces), source="fuzz"), {"E101", "E103"})
