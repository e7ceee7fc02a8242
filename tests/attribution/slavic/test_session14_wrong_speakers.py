"""Russian and Ukrainian wrong speakers and hypothetical cues fixed in session 14 (issue 17)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse, speakers


def test_a_name_in_the_genitive_of_an_act_done_to_it_is_no_speaker() -> None:
    text = "Статті імпічменту Трампа звинувачують президента у підбурюванні до заколоту."
    assert [s[1:] for s in speakers(text, "uk")] == [(None, None)]
    text = "Сторонники импичмента Трампа заявили, что он виновен."
    assert [s[1:] for s in speakers(text, "ru")] == [(None, None)]
    # a document's own genitive is its issuer
    text = "У заяві Трампа йдеться, що вибори сфальсифіковані."
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald"]


def test_a_documents_issuer_in_straight_or_curly_quotes_is_part_of_the_source() -> None:
    before = "Компанія Mac Donald Mott оцінила модернізацію. "
    for name in ('"Укртрансгазу"', "“Укртрансгазу”", "«Укртрансгазу»"):
        text = before + f"Згідно із звітом {name}, виручка компанії становила 30 млрд грн."
        assert [s[1] for s in speakers(text, "uk")] == ["Укртрансгаз"], name
    text = "Суд відновив арешт акцій. Про це повідомляє прес-служба “Нафтогазу”."
    [found] = analyse(text, "uk").statements
    assert found.speaker is not None
    assert found.speaker.text.startswith("прес-служба “Нафтогазу")


def test_a_cue_in_a_condition_is_no_statement() -> None:
    text = "Якщо Зеленський заявить, що війна закінчена, ціни впадуть."
    assert analyse(text, "uk").statements == ()
    text = "Если Зеленский придет к ним и скажет, что надо сдаться, они его не послушают."
    assert analyse(text, "ru").statements == ()
    text = "Если бы Байден заявил об отказе раньше, успели бы появиться другие кандидаты."
    assert analyse(text, "ru").statements == ()


def test_a_condition_said_or_a_fact_set_against_another_stays_a_statement() -> None:
    text = "Путин заявил, что если Запад нападет, Россия ответит."
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir"]
    text = "Если, как заявил Песков, переговоры окончены, то войска останутся."
    assert [s[2] for s in speakers(text, "ru")] == ["peskov-dmitry"]
    text = (
        "Если на публике британские чиновники говорят, что только Украина должна решать, "
        "то в частном порядке они признают иное."
    )
    assert [s.cue.text(text) if s.cue else None for s in analyse(text, "ru").statements] == [
        "говорят"
    ]


def test_the_conditional_mood_and_indirect_questions_are_no_statements() -> None:
    assert analyse("Він сказав би, що це неправда.", "uk").statements == ()
    text = "Неизвестно, скажет ли Путин, что переговоры окончены."
    assert analyse(text, "ru").statements == ()
    text = "Невідомо, чи заявить Путін, що переговори закінчено."
    assert analyse(text, "uk").statements == ()


def test_a_demand_asks_for_its_about_phrase_in_the_name_of_its_genitive() -> None:
    text = (
        "Суд відхилив вимогу президента Дональда Трампа про перерахунок голосів у штаті Джорджія."
    )
    [found] = analyse(text, "uk").statements
    assert found.content_text(text) == "перерахунок голосів у штаті Джорджія"
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald"]
    text = "Жители не выполняют требований местных властей о запрете въезда в эти села."
    assert [s.content_text(text) for s in analyse(text, "ru").statements] == [
        "запрете въезда в эти села"
    ]


def test_a_demand_of_no_one_or_a_tenders_condition_is_no_statement() -> None:
    assert analyse("Серед них вимога про оплату на банківські рахунки.", "uk").statements == ()
    text = "Замовник встановив вимоги щодо закупівлі препаратів через посередників."
    assert analyse(text, "uk").statements == ()
