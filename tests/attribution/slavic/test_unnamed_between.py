"""A pronoun after an unnamed person's sentence stays unresolved
(attribution/slavic/antecedents.unnamed_person_between)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_an_unnamed_subject_between_keeps_the_pronoun_from_the_named_author() -> None:
    text = (
        "Про це пише Федір Орищук у «Главкомі». Проти задоволення клопотання прокуратури "
        "виступив представник Нацгвардії України. Свою присутність у суді він пояснив тим, що "
        "відповідає за міжнародну співпрацю."
    )
    assert [name for _, name, _ in speakers(text, "uk")][-1] is None


def test_a_title_of_the_named_man_or_a_speaker_keeps_the_pronoun_his() -> None:
    text = (
        "Сертифікат видає спеціальна фірма, розповідає Микола Миркевич, президент Асоціації "
        "фермерів. Вартість послуг зросла після падіння гривні, – додає він."
    )
    assert [name for _, name, _ in speakers(text, "uk")] == ["Микола Миркевич"] * 2
    text = (
        "Возможен валютный кризис, написал Дмитрий Медведев. «Возможен голод», - также отметил "
        "зампред Совбеза. По его словам, не исключены и новые конфликты."
    )
    assert {name for _, name, _ in speakers(text, "ru")} == {"Dmitry Medvedev"}
