"""Entries of the Russian and Ukrainian cue lexicons (attribution/slavic/data/cues_*.yaml):
each verb or phrase a statement, and its look-alikes none."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse, said_by_rule, said_with_acts, speakers


def test_continued_and_confessed_frame_ukrainian_speech() -> None:
    text = (
        "На прес-конференції Олексій Кудрін признався, що постійно читає блоги.\n"
        "«Я обережно відношуся до цієї цифри», – продовжив Кудрін."
    )
    found = speakers(text, "uk")
    assert [name for _, name, _ in found] == ["Олексій Кудрін"] * 2


def test_noted_and_announced_about_a_noun_phrase_are_statements() -> None:
    from tests.attribution.slavic.speaking import analyse

    text = "Також прокурор зазначив про недотримання конкурсного порядку відчуження майна."
    found = [s.content_text(text) for s in analyse(text, "uk").statements]
    assert found == ["недотримання конкурсного порядку відчуження майна"]


def test_an_appeal_speaks_for_the_body_that_made_it() -> None:
    text = (
        "ВРУ закликала ЄС зупинити газопровід. Верховна Рада України закликає Євросоюз вжити "
        'заходів. "Очікуємо від Європейського Союзу підтвердження ролі України", - '
        "наголошується у зверненні."
    )
    found = speakers(text, "uk")
    assert found[0][2] == "verkhovna-rada"  # "ВРУ", the registry's alias
    assert found[-1][0] == "зверненні"
    assert found[-1][2] == "verkhovna-rada"


def test_russian_cues_by_utverzhdeniyu_and_zaklyuchil() -> None:
    text = "По утверждению Байдена, рост цен в США произошел по вине России."
    assert [s[2] for s in speakers(text, "ru")] == ["biden-joe"]
    text = (
        "Медведев заявил, что мир ждут глобальные изменения. В конечном итоге возникнет новая "
        "архитектура безопасности, заключил зампред Совбеза."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["medvedev-dmitry", "medvedev-dmitry"]


def test_warning_about_in_the_imperfective_is_an_about_cue() -> None:
    text = "Однак експерти попереджають про зростання антихристиянських настроїв в Азії."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["зростання антихристиянських настроїв в Азії"]


def test_criticism_is_said_and_its_object_is_the_content() -> None:
    text = "Борис Джонсон розкритикував плани Мей щодо митних відносин з ЄС."
    found = analyse(text, "uk").statements
    assert [(s.cue.text(text) if s.cue else None, s.content_text(text)) for s in found] == [
        ("розкритикував", "плани Мей щодо митних відносин з ЄС")
    ]
    assert [s[2] for s in speakers(text, "uk")] == ["johnson-boris"]
    text = "Президент Польши Анджей Дуда раскритиковал Шольца за звонок Путину."
    assert [s.cue.text(text) if s.cue else None for s in analyse(text, "ru").statements] == [
        "раскритиковал"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "act"),
    [
        ("Песков намекнул, что рост курса не отразится на экономике.", "ru", "Песков", "speech"),
        ("Эксперты предположили, что Россия пойдет на заморозку конфликта.", "ru", "Эксперты",
         "belief"),
        ("Мей застерегла, що відмова від проекту угоди призведе до хаосу.", "uk", "Мей",
         "speech"),
        ("Вірусолог припустив, що ефект вакцини може зберігатися роками.", "uk", "Вірусолог",
         "belief"),
    ],
)  # fmt: skip
def test_mined_cues(text: str, lang: str, speaker: str, act: str) -> None:
    found = said_with_acts(text, lang)
    assert [(s, a) for s, _, a in found] == [(speaker, act)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Сторони погодилися, що перехідний період триватиме 21 місяць.", "uk", "Сторони"),
        ("Стороны согласились, что переходный период продлится 21 месяц.", "ru", "Стороны"),
    ],
)
def test_agreeing_that_is_a_statement(text: str, lang: str, speaker: str) -> None:
    assert [(s, r) for s, _, r in said_by_rule(text, lang)] == [(speaker, "ru-uk:indirect")]


def test_agreeing_with_someone_is_no_statement() -> None:
    assert said_by_rule("Сторони погодилися з пропозицією Лондона щодо кордону.", "uk") == []
