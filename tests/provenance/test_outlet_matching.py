"""Tests for the outlet registry's lookups: names in descriptions, source lines, domains and
hosts."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.provenance.outlet_entries import OUTLETS, REGISTRY, SOURCE_LINE

from reportedly.provenance import Outlet
from reportedly.provenance.outlet_names import host_of

# -- matching ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RIA Novosti", "ria-novosti"),
        ("ria novosti", "ria-novosti"),
        ("RIA-Novosti", "ria-novosti"),
        ("РИА Новости", "ria-novosti"),
        ("«РИА Новости»", "ria-novosti"),
        ("the Kyiv Independent", "kyiv-independent"),
        ("The Moscow Times", "moscow-times"),
        ("Ukrainska Pravda", "ukrainska-pravda"),
        ("Українська правда", "ukrainska-pravda"),
        ("Reuters news agency", "reuters"),
        ("Kremlin-aligned news outlet RIA Novosti", "ria-novosti"),
        ("Russian state news agency TASS", "tass"),
        ("Telegram channel Vy slushali mayak", "vy-slushali-mayak"),
        ('Telegram channel "Vy slushali Mayak"', "vy-slushali-mayak"),
        ("Telegram-канал «Вы слушали „Маяк“»", "vy-slushali-mayak"),
        (
            "Telegram channel Vy slushali mayak [You have been listening to Radio Mayak - ed.]",
            "vy-slushali-mayak",
        ),
        ("Radio Mayak", "radio-mayak"),
        ("Ukrainska Pravda’s Telegram channel", "ukrainska-pravda-telegram"),
        ("Ukrainska Pravda's report", "ukrainska-pravda"),
        ("Interfax-Ukraine", "interfax-ukraine"),
        ("Interfax", "interfax"),
        ("RBC-Ukraine", "rbc-ukraine"),
        ("Süddeutsche Zeitung", "sueddeutsche"),
        ("SUDDEUTSCHE ZEITUNG", "sueddeutsche"),
        ("Соловьев Live", "solovyov-live"),
        ("in an interview with the Financial Times", "financial-times"),
        ("Ukraine's General Staff", "general-staff-ukraine"),
        ("https://www.pravda.com.ua/news/2022/12/2/7378785/", "ukrainska-pravda"),
        ("t.me/rybar", "rybar"),
    ],
)
def test_outlets_match_names_through_descriptions(text: str, expected: str) -> None:
    found = REGISTRY.match(text)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "Peskov said", "a news agency", "Telegram channel", "[ - ed.]", "—"]
)
def test_outlets_match_returns_none_without_a_known_name(text: str) -> None:
    assert REGISTRY.match(text) is None


def test_outlets_find_the_sample_source_line_drops_the_editors_gloss() -> None:
    found = REGISTRY.find(SOURCE_LINE)
    assert [m.outlet.id for m in found] == ["ria-novosti", "vy-slushali-mayak"]
    assert [SOURCE_LINE[m.start : m.end] for m in found] == ["RIA Novosti", "Vy slushali mayak"]


def test_outlets_find_keeps_a_bracketed_name_when_it_is_the_only_one() -> None:
    text = "the agency [TASS - ed.]"
    (only,) = REGISTRY.find(text)
    assert only.outlet.id == "tass"
    assert only.bracketed
    assert text[only.start : only.end] == "TASS"


def test_outlets_find_in_the_sample_article(sample_text: str) -> None:
    found = REGISTRY.find(sample_text)
    assert [m.outlet.id for m in found] == ["ria-novosti", "vy-slushali-mayak", "ukrainska-pravda"]


@given(st.text(max_size=200))
def test_outlets_lookups_never_raise_and_spans_stay_in_text(text: str) -> None:
    found = REGISTRY.find(text)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
    assert (REGISTRY.match(text) is None) == (found == ())
    REGISTRY.by_domain(text)


@given(st.sampled_from(OUTLETS), st.sampled_from(["", "the ", "state outlet ", "“", "(see) "]))
def test_outlets_match_survives_leading_descriptions(outlet: Outlet, prefix: str) -> None:
    found = REGISTRY.match(prefix + outlet.name)
    assert found is not None
    assert found.id == outlet.id


# -- domains -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pravda.com.ua", "ukrainska-pravda"),
        ("www.pravda.com.ua", "ukrainska-pravda"),
        ("eng.pravda.com.ua", "ukrainska-pravda"),
        ("https://www.pravda.com.ua/eng/news/2022/12/2/7378785/", "ukrainska-pravda"),
        ("HTTPS://RIA.RU/20221202/peskov.html", "ria-novosti"),
        ("//user@tass.com:443/politics", "tass"),
        ("en.kremlin.ru.", "kremlin-ru"),
        ("abcnews.go.com", "abc-news"),
        ("eurointegration.com.ua", "yevropeiska-pravda"),
        ("rbc.ua", "rbc-ukraine"),
        ("rbc.ru", "rbc"),
    ],
)
def test_outlets_by_domain_handles_subdomains_and_urls(text: str, expected: str) -> None:
    found = REGISTRY.by_domain(text)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize(
    "text", ["", "ria", "go.com", "com.ua", "sky.com", "notpravda.com.ua", "http://", "a b.ru"]
)
def test_outlets_by_domain_returns_none_for_unknown_hosts(text: str) -> None:
    assert REGISTRY.by_domain(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.ria.ru/x", "www.ria.ru"),
        ("ria.ru:80", "ria.ru"),
        ("mailto-like@ria.ru", "ria.ru"),
        ("localhost", None),
        ("http://[::1]/", None),
    ],
)
def test_outlets_host_of_parses_urls_and_hosts(text: str, expected: str | None) -> None:
    assert host_of(text) == expected
