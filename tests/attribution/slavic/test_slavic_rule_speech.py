"""Russian and Ukrainian attribution rules, one construction at a time: direct and indirect
speech, nesting, outlets and headlines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.attribution.slavic.rule_runs import _one, _run


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("«Мы готовы к диалогу», — заявил Песков.", "Песков", "Мы готовы к диалогу"),
        ("Песков заявил: «Мы готовы к диалогу».", "Песков", "Мы готовы к диалогу"),
        ("— Мы готовы к диалогу, — сказал Лавров.", "Лавров", "Мы готовы к диалогу"),
        ("«Ми готові до діалогу», — заявив Зеленський.", "Зеленський", "Ми готові до діалогу"),
        ("Сибіга сказав: „Ми готові до діалогу“.", "Сибіга", "Ми готові до діалогу"),
    ],
)
def test_direct_speech_with_its_frame(text: str, speaker: str, content: str) -> None:
    lang = "uk" if any(c in text for c in "іїєґ") else "ru"
    s, text = _one(text, lang)
    assert s.kind == "direct"
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert s.content_text(text) == content
    assert s.quotes == s.content


@pytest.mark.parametrize(
    ("text", "lang", "cue", "content"),
    [
        ("Лавров заявил, что Москва готова.", "ru", "заявил", "Москва готова"),
        ("Зеленський сказав, що Київ не поступиться.", "uk", "сказав", "Київ не поступиться"),
        ("По словам Лаврова, Москва готова.", "ru", "По словам", "Москва готова"),
        ("За словами Зеленського, Київ не поступиться.", "uk", "За словами", "Київ не поступиться"),
        (
            "Москва готова к переговорам, заявил Лавров.",
            "ru",
            "заявил",
            "Москва готова к переговорам",
        ),
        ("Лавров заявил журналистам, что Москва готова.", "ru", "заявил", "Москва готова"),
    ],
)
def test_indirect_speech(text: str, lang: str, cue: str, content: str) -> None:
    s, text = _one(text, lang)
    assert s.kind == "indirect"
    assert s.cue is not None
    assert s.cue.text(text) == cue
    assert s.content_text(text) == content
    assert s.speaker is not None


def test_a_denied_cue_is_negated() -> None:
    s, text = _one("Песков не заявлял, что переговоры прекращены.")
    assert s.negated
    assert s.cue is not None
    assert s.cue.text(text) == "не заявлял"


def test_belief_verbs_are_belief_acts_with_lower_confidence() -> None:
    s, _ = _one("Лавров считает, что Запад затягивает переговоры.")
    said, _ = _one("Лавров заявил, что Запад затягивает переговоры.")
    assert s.act == "belief"
    assert s.confidence < said.confidence


def test_quoted_words_inside_reported_speech_make_it_mixed() -> None:
    s, text = _one("Песков заявил, что Москва «не получала никаких предложений».")
    assert s.kind == "mixed"
    assert [q.text(text) for q in s.quotes] == ["не получала никаких предложений"]


def test_reported_speech_inside_a_quote_is_nested() -> None:
    statements, _, text = _run("«Лавров сказал мне, что встреча состоится», — заявил Ушаков.", "ru")
    outer = next(s for s in statements if s.kind == "direct")
    inner = next(s for s in statements if s.kind == "indirect")
    assert inner.reported_by == outer.id
    assert inner.content_text(text) == "встреча состоится"


def test_outlets_are_cited_sources_and_speakers_of_their_reports() -> None:
    statements, found, text = _run(
        "Как сообщает ТАСС, встреча перенесена. Об этом со ссылкой на РИА Новости пишут СМИ.\n"
        "Источник: t.me/rian_ru",
        "ru",
    )
    # the Russian gold's convention (gold/ru/README.md): "пишет Reuters" is Reuters' statement
    tass = [s for s in statements if s.speaker and s.speaker.text == "ТАСС"]
    assert [s.content_text(text) for s in tass] == ["встреча перенесена"]
    cites = {f for f in found if f.startswith("cite:")}
    assert {"cite:ТАСС", "cite:РИА Новости", "cite:rian_ru"} <= cites


def test_a_ukrainian_source_line_and_repost() -> None:
    _, found, _ = _run("Переслано від Українська правда\nТекст допису.\nДжерело: Укрінформ", "uk")
    assert {"cite:Українська правда", "cite:Укрінформ"} <= set(found)


def test_markdown_links_around_a_cue_do_not_hide_it() -> None:
    s, text = _one(
        "Глава администрации Вадим Филашкин [утверждает](https://t.me/x/1), что дамба повреждена."
    )
    assert s.cue is not None
    assert s.cue.text(text) == "утверждает"
    assert s.content_text(text) == "дамба повреждена"


def test_a_dash_line_after_a_framing_line() -> None:
    statements, _, text = _run("Песков ответил журналистам:\n— Это не так.", "ru")
    assert [(s.kind, s.content_text(text)) for s in statements] == [("direct", "Это не так.")]
    assert statements[0].speaker is not None
    assert statements[0].speaker.text == "Песков"


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("аоВЗПз «»„“—-,.:\nсказавзаявив що")), max_size=120))
def test_any_text_gives_well_formed_statements(text: str) -> None:
    statements, _, _ = _run(text, "uk")
    for s in statements:
        for span in (*s.content, *((s.cue,) if s.cue else ()), *s.quotes):
            assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("**Боррель: Украина получила разрешение на удары**\n\nТекст.", "Боррель"),
        ("Источники Reuters: Путин не пойдет на уступки\n\nТекст.", "Источники Reuters"),
    ],
)
def test_a_headline_names_its_speaker_before_a_colon(text: str, speaker: str) -> None:
    statements, rules, _ = _run(text, "ru")
    assert "ru-uk:headline" in rules
    s = statements[rules.index("ru-uk:headline")]
    assert s.speaker is not None
    assert s.speaker.text == speaker


def test_a_colon_after_a_common_word_is_no_headline() -> None:
    _, rules, _ = _run("Итоги дня: Украина получила разрешение на удары.", "ru")
    assert "ru-uk:headline" not in rules
