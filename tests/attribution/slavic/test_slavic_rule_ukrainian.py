"""Ukrainian attribution rules, one construction at a time: about-this lines, outlets, bodies,
pronouns and complements."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.rule_runs import _one, _run


def test_a_ukrainian_outlet_after_its_report_is_its_speaker() -> None:
    # the Ukrainian gold makes "…, передає УНН" the outlet's statement
    statements, _, text = _run("Зустріч у Брюсселі перенесли на вівторок, передає УНН.", "uk")
    s = next(s for s in statements if s.speaker is not None and s.speaker.text == "УНН")
    assert s.content_text(text) == "Зустріч у Брюсселі перенесли на вівторок"


def test_a_ukrainian_about_this_line_attributes_the_sentence_before() -> None:
    statements, rules, text = _run(
        "Уряд продовжив карантин до кінця місяця. Про це повідомляє агентство Укрінформ.", "uk"
    )
    s = next(s for s, r in zip(statements, rules, strict=False) if r == "ru-uk:about-this")
    assert s.speaker is not None
    assert s.speaker.text == "агентство Укрінформ"
    assert s.content_text(text) == "Уряд продовжив карантин до кінця місяця"


@pytest.mark.parametrize(
    "line",
    ["Про це Петренко заявив на брифінгу.", "Про це він написав у Facebook."],
)
def test_an_about_this_line_naming_the_leads_own_speaker_adds_nothing(line: str) -> None:
    text = "Петренко сказав, що уряд продовжить карантин до кінця місяця. " + line
    _, rules, _ = _run(text, "uk")
    assert "ru-uk:about-this" not in rules


def _speaker_entity(text: str, speaker: str) -> str | None:
    statements, _, _ = _run(text, "uk")
    s = next(s for s in statements if s.speaker is not None and s.speaker.text == speaker)
    return s.speaker_entity


def test_a_ukrainian_body_noun_refers_back_to_the_body_named_before() -> None:
    text = "Лоукостер Acmeair скасував рейси. Компанія заявила, що пілоти вийдуть на роботу."
    assert _speaker_entity(text, "Компанія") == "acmeair"


def test_a_ukrainian_body_noun_with_no_body_before_stays_unresolved() -> None:
    text = "Петро Іваненко поїхав до Львова. Компанія заявила, що пілоти вийдуть на роботу."
    assert _speaker_entity(text, "Компанія") is None


def test_a_ukrainian_outlet_named_in_lower_case_words_is_its_own_speaker() -> None:
    text = "Уряд продовжив карантин до кінця місяця. Про це повідомляє Вечірня газета."
    assert _speaker_entity(text, "Вечірня газета") == "вечірня-газета"


def test_an_about_this_line_with_its_reporter_cut_off_has_no_speaker() -> None:
    text = 'Пілоти компанії оголосили страйк на два дні. Про це повідомляє " " з посиланням на ВВС.'
    statements, rules, _ = _run(text, "uk")
    s = next(s for s, r in zip(statements, rules, strict=False) if r == "ru-uk:about-this")
    assert s.speaker is None


def test_two_people_of_one_surname_stay_two() -> None:
    text = (
        "Петро Коваленко заявив, що школу відкриють у вересні. "
        "Його брат Андрій Коваленко сказав, що ремонт триватиме до зими."
    )
    statements, _, _ = _run(text, "uk")
    assert [s.speaker_entity for s in statements] == ["петро-коваленко", "андріи-коваленко"]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "act"),
    [
        (
            "Мер Києва запропонував перенести ярмарок на травень.",
            "Мер Києва",
            "перенести ярмарок на травень",
            "speech",
        ),
        (
            "Профспілка вимагає підвищення зарплат пілотам і погрожує страйком.",
            "Профспілка",
            "підвищення зарплат пілотам",
            "speech",
        ),
        (
            "Компанія планує відкрити завод у Львові.",
            "Компанія",
            "відкрити завод у Львові",
            "intent",
        ),
    ],
)
def test_a_ukrainian_cue_with_a_complement(text: str, speaker: str, content: str, act: str) -> None:
    statements, rules, text = _run(text, "uk")
    s = next(s for s, r in zip(statements, rules, strict=False) if r == "ru-uk:complement")
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert s.content_text(text) == content
    assert s.act == act


@pytest.mark.parametrize(
    "text",
    [
        "Нову дорогу в обхід міста планують збудувати до зими.",
        "Фірма, яка цієї осені планує вийти на ринок, найняла юристів.",
    ],
)
def test_a_complement_cue_with_no_subject_says_nothing(text: str) -> None:
    _, rules, _ = _run(text, "uk")
    assert "ru-uk:complement" not in rules


def _pronoun_entity(text: str) -> str | None:
    statements, _, _ = _run(text, "uk")
    s = next(s for s in statements if s.speaker is not None and s.speaker.text.lower() == "він")
    return s.speaker_entity


def test_a_ukrainian_pronoun_goes_to_the_last_speaker_not_a_name_inside_a_quote() -> None:
    text = (
        '"Ми виграємо ці вибори", - заявив Ігор Сидоренко у відповідь на слова Петра Мороза. '
        '"Олег Дуб програв у всіх округах", - додав він.'
    )
    assert _pronoun_entity(text) == "ігор-сидоренко"


def test_a_ukrainian_surname_alone_does_not_fix_a_persons_gender() -> None:
    # the tagger reads "Ляшко" as feminine: only a given name tells the gender
    text = "Про це сказав Ляшко. Він зазначив, що карантин продовжать до весни."
    assert _pronoun_entity(text) == "ляшко"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Мер Львова заявив про те, що трамваї повернуться у травні.",
            "Мер Львова",
            "трамваї повернуться у травні",
        ),
        (
            "Міністр Петро Іваненко пояснив, як працюватимуть школи.",
            "Міністр Петро Іваненко",
            "як працюватимуть школи",
        ),
        (
            "Мер Львова заявила про необхідність ремонту мосту.",
            "Мер Львова",
            "необхідність ремонту мосту",
        ),
    ],
)
def test_ukrainian_about_and_how_clauses(text: str, speaker: str, content: str) -> None:
    statements, _, text = _run(text, "uk")
    assert len(statements) == 1
    s = statements[0]
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert s.content_text(text).strip() in (content, content.removeprefix("як "))


def test_an_impersonal_ukrainian_cue_has_no_speaker() -> None:
    s, text = _one("Зазначається, що рейси відновлять у березні.", "uk")
    assert s.speaker is None
    assert s.content_text(text) == "рейси відновлять у березні"


def test_a_group_named_after_a_body_is_not_the_body() -> None:
    text = "Пілоти авіакомпанії Acmeair заявили, що страйк триватиме два дні."
    assert _speaker_entity(text, "Пілоти авіакомпанії Acmeair") is None


def test_a_role_noun_goes_to_the_person_it_described() -> None:
    text = (
        "Міністр фінансів Петро Іваненко приїхав до Львова. Там він зустрівся з Олегом Дубом. "
        '"Бюджет ухвалять у грудні", - сказав міністр.'
    )
    assert _speaker_entity(text, "міністр") == "петро-іваненко"


def test_a_ukrainian_writers_aside_is_no_statement() -> None:
    statements, _, _ = _run("Слід зазначити, що фонд володіє часткою компанії.", "uk")
    assert statements == []
