"""Statements and articles filtered by their article's language."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reportedly.errors import InputError
from reportedly.model import Analysis
from reportedly.store import MAX_LIMIT, Store
from reportedly.store.schema import MIGRATIONS

from .builders import make_analysis


def in_language(analysis: Analysis, language: str) -> Analysis:
    return dataclasses.replace(
        analysis, article=dataclasses.replace(analysis.article, language=language)
    )


ENGLISH = in_language(
    make_analysis(
        "Peskov said Putin is open for talks. He added that the talks were stalled.",
        published=date(2022, 12, 2),
        outlet="Kyiv Independent",
        said=(("Peskov", "Putin is open for talks", "indirect"),),
    ),
    "en",
)
UKRAINIAN = in_language(
    make_analysis(
        "Пєсков заявив: «Переговори можливі». Зеленський відповів: «Ні».",
        published=date(2022, 12, 3),
        outlet="Українська правда",
        said=(("Пєсков", "Переговори можливі", "direct"), ("Зеленський", "Ні", "direct")),
    ),
    "uk",
)
RUSSIAN = in_language(
    make_analysis(
        "Песков заявил: «Переговоры возможны».",
        outlet="РИА Новости",
        said=(("Песков", "Переговоры возможны", "direct"),),
    ),
    "ru",
)
SHORT = in_language(make_analysis("Путин: «Нет».", said=(("Путин", "Нет", "direct"),)), "und")
CORPUS = (ENGLISH, UKRAINIAN, RUSSIAN, SHORT)


@pytest.fixture(scope="module")
def store() -> Any:
    with Store.open(":memory:") as s:
        for a in CORPUS:
            s.save(a)
        yield s


def _ids(store: Store, **filters: Any) -> set[str]:
    return {r["statement_id"] for r in store.statements(limit=MAX_LIMIT, **filters).items}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", ENGLISH), ("uk", UKRAINIAN), ("ru", RUSSIAN), ("und", SHORT), ("UK", UKRAINIAN)],
)
def test_language_filter_statements(store: Store, language: str, expected: Analysis) -> None:
    assert _ids(store, language=language) == {s.id for s in expected.statements}
    assert store.statement_count(language=language) == len(expected.statements)
    assert store.statement_acts(language=language) == {"speech": len(expected.statements)}


def test_language_filter_combines_with_others(store: Store) -> None:
    assert _ids(store, language="uk", speaker="Зеленський") == {UKRAINIAN.statements[1].id}
    assert _ids(store, language="ru", speaker="Зеленський") == set()
    assert _ids(store, language="uk", search="можливі") == {UKRAINIAN.statements[0].id}
    assert _ids(store, language="de") == set()


def test_language_filter_blank_is_no_filter(store: Store) -> None:
    assert _ids(store, language="  ") == _ids(store)


@pytest.mark.parametrize("bad", ["english", "e1", "r", "en-GB"])
def test_language_filter_rejects_what_is_not_a_code(store: Store, bad: str) -> None:
    with pytest.raises(InputError, match="language code") as caught:
        store.statements(language=bad)
    assert caught.value.code == "E407"


def test_language_statement_records_carry_the_language(store: Store) -> None:
    records = store.statements(limit=MAX_LIMIT).items
    expected = {s.id: a.article.language for a in CORPUS for s in a.statements}
    assert {r["statement_id"]: r["language"] for r in records} == expected


def test_language_articles_listing(store: Store) -> None:
    assert [a["id"] for a in store.articles(language="uk").items] == [UKRAINIAN.article.id]
    assert {a["language"] for a in store.articles().items} == {"en", "uk", "ru", "und"}
    first = store.articles(limit=1, language="ru")
    assert [a["id"] for a in first.items] == [RUSSIAN.article.id]
    assert first.cursor is None
    with pytest.raises(InputError):
        store.articles(language="русский")


def test_language_articles_paging_stays_in_the_language(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as s:
        for i in range(5):
            for lang in ("en", "ru"):
                text = f"Speaker {lang} {i} said the talks were stalled."
                s.save(in_language(make_analysis(text, published=date(2022, 1, i + 1)), lang))
        seen: list[str] = []
        cursor = None
        while True:
            page = s.articles(limit=2, after=cursor, language="ru")
            seen += [a["language"] for a in page.items]
            cursor = page.cursor
            if cursor is None:
                break
    assert seen == ["ru"] * 5


@pytest.mark.sqlite_only
def test_language_migration_adds_the_index(tmp_path: Path) -> None:
    assert "0011_article_language" in {m.name for m in MIGRATIONS}
    path = tmp_path / "s.db"
    with Store.open(path) as s:
        s.save(UKRAINIAN)
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE language = 'uk'"
                " ORDER BY pub_order, id"
            )
        )
    assert "articles_language" in names
    assert "articles_language" in plan
