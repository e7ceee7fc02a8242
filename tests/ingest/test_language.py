from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import shared_path
from reportedly.ingest.language import (
    DETECTED,
    UNDETERMINED,
    choose_language,
    detect,
    detect_language,
)
from reportedly.ingest.text import read_text
from script_modules import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Песков заявил, что это объявление неприемлемо.", "ru"),
        ("Пєсков заявив, що її оголошення є неприйнятним.", "uk"),
        ("Peskov said the conditions were unacceptable.", "en"),
        # no letter of its own, but twenty words without і ї є: Russian
        (
            "Число пострадавших при обстреле автобуса в Новой Каховке возросло до тринадцати"
            " человек, среди них есть подросток, сообщили в региональном министерстве",
            "ru",
        ),
        ("Мер пообіцяв м'ясо й п'ять нових автобусів", "uk"),
        ("12345", UNDETERMINED),
        ("", UNDETERMINED),
        ("Путин в Москве", UNDETERMINED),  # three words: too short to tell
        ("Der Kanzler sagte am Montag, dass die Lage ernst ist und die Regierung handelt.", "und"),
        ("Le président a déclaré que la situation est grave et que le gouvernement agira.", "und"),
        ("Prezydent powiedział, że sytuacja jest poważna i rząd będzie działał.", "und"),
        ("Вучић је рекао да Србија неће увести санкције Русији", "und"),
        ("Беларускі ўрад заявіў сёння, што новыя правілы ўступяць у сілу", "und"),
    ],
)
def test_language_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_language_detect_ignores_addresses() -> None:
    # Latin letters in links do not outweigh a Cyrillic post
    text = "Губернатор заявил, что школы откроются https://example.com/a/very/long/english/path"
    assert detect(text).language == "ru"


def test_language_detect_reports_its_evidence() -> None:
    found = detect("Песков заявил, что это объявление неприемлемо.")
    assert found.evidence["ru"] == 4
    assert found.evidence["uk"] == 0
    assert found.log_odds > 3


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        ("en", "Пєсков заявив, що її оголошення є неприйнятним.", "uk"),  # text wins
        ("uk", "Пєсков заявив, що її оголошення є неприйнятним.", "uk"),  # agrees
        ("ru", "Путин в Москве", "ru"),  # too short to tell: declared kept
        ("de", "Der Kanzler sagte, dass die Lage ernst ist.", "de"),  # another language
        (None, "Путин в Москве", UNDETERMINED),
    ],
)
def test_language_choose_language(declared: str | None, text: str, expected: str) -> None:
    assert choose_language(declared, text) == expected


def test_language_read_text_stores_detected_over_declared() -> None:
    article = read_text(
        "Міська рада повідомила, що ремонт дороги триватиме ще тиждень.",
        source="t",
        metadata={"language": "ru"},
    )
    assert article.language == "uk"


@given(st.text(max_size=300))
def test_language_detect_any_text_gives_a_known_answer(text: str) -> None:
    found = detect(text)
    assert found.language in {*DETECTED, UNDETERMINED}
    assert choose_language(None, text) == found.language


@given(st.text(alphabet="абвгдежзийклмнопрстуфхцчшщьюяіїєы ,.", max_size=200))
def test_language_russian_and_ukrainian_words_move_the_odds_their_way(text: str) -> None:
    before = detect(text).log_odds
    assert detect(f"{text} это").log_odds > before
    assert detect(f"{text} що").log_odds < before


@pytest.mark.needs_shared
def test_language_shared_corpora_never_get_a_wrong_language() -> None:
    """A sample of every corpus of scripts/eval_language.py: no confident wrong answer, and
    (on whole texts) at most 1% abstentions. The full figures are in docs/EVALUATION.md."""
    shared_path("data", "ru-uk")
    module = load_script("scripts/eval_language.py")
    found = module.corpora(shared_path("data"))
    assert len(found) == 6
    for name, language, texts in found:
        result = module.score(language, itertools.islice(texts, 200), 100)
        assert result["full"]["wrong"] == result["short"]["wrong"] == 0, (name, result)
        assert result["full"]["und"] <= 0.01 * result["texts"], (name, result)
