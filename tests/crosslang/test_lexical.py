from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.crosslang import lexical
from reportedly.crosslang.lexical import features, name_key, similarity, text_similarity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Biden", "Байдена"),
        ("Zelensky", "Зеленского"),
        ("Zelensky", "Зеленський"),
        ("Kyiv", "Київ"),
        ("Kyiv", "Киев"),
        ("Moscow", "Москва"),
        ("Macron", "Макрон"),
        ("Peskov", "Пєсков"),
        ("Washington", "Вашингтон"),
    ],
)
def test_names_in_both_scripts_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_names_differ() -> None:
    assert name_key("Biden") != name_key("Putin")
    assert name_key("Путин") != name_key("Песков")


def test_features_of_a_russian_and_an_english_wording_overlap() -> None:
    en = features("He said Kyiv must withdraw troops from 4 regions before any negotiations.")
    ru = features("Он заявил, что Киев должен вывести войска из 4 регионов до любых переговоров.")
    shared = set(en) & set(ru)
    assert {"n:kv", "#4", "c:withdraw", "c:troops", "c:territory", "c:negotiate"} <= shared


def test_numbers_are_normalised() -> None:
    assert "#1000" in features("more than 1,000 people")
    assert "#1000" in features("более 1 000 человек")
    assert "#1.5" in features("1,5 млрд")
    assert "#1.5" in features("1.5 billion")


def test_longest_stem_wins() -> None:
    lex = lexical.lexicon()
    assert lex.concept("правительство") == "government"
    assert lex.concept("помощник") == "advisor"
    assert lex.concept("помощь") == "aid"
    assert lex.concept("zzzz") is None


def test_multiword_stems() -> None:
    assert "c:un" in features("the United Nations said")
    assert "c:un" not in features("the United States said")


def test_sentence_initial_words_are_not_names() -> None:
    assert not any(k.startswith("n:") for k in features("This is what they said."))
    assert "n:bdn" in features("This is what Biden said.")


def test_same_claim_scores_above_a_different_claim() -> None:
    en = "Putin always has been, is and will be open for negotiations to ensure Russia's interests"
    same = "Путин всегда был, есть и будет открыт для переговоров, чтобы обеспечить интересы России"
    other = "Путин провел совещание с членами Совбеза по ситуации в Курской области"
    assert text_similarity(en, same) > 0.6 > text_similarity(en, other)


@given(st.text(max_size=300), st.text(max_size=300))
@settings(deadline=None)  # timing varies on a shared machine; correctness is what is checked
def test_similarity_is_a_symmetric_score(a: str, b: str) -> None:
    fa, fb = features(a), features(b)
    s = similarity(fa, fb)
    assert 0.0 <= s <= 1.0
    assert s == pytest.approx(similarity(fb, fa))
    if fa:
        assert similarity(fa, fa) == pytest.approx(1.0)


def test_empty_texts_score_zero() -> None:
    assert text_similarity("", "") == 0.0
    assert text_similarity("...", "—") == 0.0
