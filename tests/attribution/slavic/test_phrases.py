"""The subject phrase of a Russian or Ukrainian cue (attribution/slavic/phrases.py): what lies
between a subject and its verb, and what after the verb is no subject."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.attribution.slavic.speaking import said, said_with_acts, speakers

from reportedly import pipeline_slavic
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.attribution.slavic.time_phrases import date_end
from reportedly.model import Annotation


def test_a_time_phrase_between_a_ukrainian_subject_and_its_verb_is_skipped() -> None:
    text = (
        "Комерційний директор компанії Юрій Вітренко наприкінці березня зазначав, що процес "
        "стягнення може тривати до півроку."
    )
    # the phrase stops before the time phrase; since session 27 the registry knows him
    assert speakers(text, "uk")[0] == (
        "Комерційний директор компанії Юрій Вітренко",
        "Yuriy Vitrenko",
        "vitrenko-yuriy",
    )


def test_a_time_phrase_before_the_subject_is_no_part_of_it() -> None:
    day = "У четвер міністерство охорони здоров'я повідомило, що дозволяє робити щеплення."
    year = "У грудні минулого року прокурор Запорізької області заявив, що Анісімов виїхав."
    assert [s[0] for s in speakers(day, "uk")] == ["міністерство охорони здоров'я"]
    assert [s[0] for s in speakers(year, "uk")] == ["прокурор Запорізької області"]


def test_a_lower_case_noun_after_a_name_is_the_subject_not_the_name_with_it() -> None:
    text = (
        "Лікар Олег Ткач розповів, що лікарні переповнені. В ефірі Радіо Свобода медик "
        "зазначив, що після хвороби виробляється сильніший імунітет."
    )
    assert speakers(text, "uk")[1][0] == "медик"  # not the entity "Радіо Свобода медик"


def test_a_lower_case_thing_after_a_name_is_part_of_it() -> None:
    assert speakers("Як повідомлялося, Білий дім заявив, що угода буде.", "uk")[0][2] == (
        "government-usa"
    )
    assert speakers("Як повідомив Нью-Йорк таймс, угода буде.", "uk")[0][0] == "Нью-Йорк таймс"


def test_a_latin_name_after_a_preposition_is_where_a_person_wrote() -> None:
    text = "Трамп написав у Twitter, що вважає себе переможцем виборів у Мічигані."
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald"]


def test_a_latin_name_right_after_the_verb_is_told_when_a_person_precedes_it() -> None:
    text = (
        "Чоловік Бібі Ашіг Масіх повідомив DW, що він шокований рішенням уряду. "
        '"Ситуація небезпечна", - зазначив він.'
    )
    assert [s[1] for s in speakers(text, "uk")] == ["Ашіг Масіх", "Ашіг Масіх"]
    text = "Україна готова до переговорів, повідомляє Reuters."
    assert [s[2] for s in speakers(text, "uk")] == ["reuters"]


def test_a_party_in_brackets_between_a_name_and_its_verb_is_skipped() -> None:
    text = "Депутат міськради Олег Савченко (Свобода) заявив, що партнером директора є син."
    assert [s[1] for s in speakers(text, "uk")] == ["Олег Савченко"]


def test_a_name_after_the_object_of_the_verb_is_no_subject() -> None:
    text = (
        "Ручний перерахунок голосів у штаті, ініційований через розрив між кандидатами, "
        "підтвердив перемогу Джо Байдена над Трампом."
    )
    assert speakers(text, "uk") == []
    text = "Вакцина безпечна для всіх людей, сказав журналістам Ентоні Фаучі."
    assert [s[1] for s in speakers(text, "uk")] == ["Ентоні Фаучі"]


def test_a_subject_is_found_past_prepositional_phrases_before_the_verb() -> None:
    text = "Міністр юстиції Павло Петренко у зв'язку з цим нагадав, що Україна стягнула кошти."
    assert [s[1] for s in speakers(text, "uk")] == ["Павло Петренко"]
    text = (
        "Алессандро Монтедуро, директор ACN, на зустрічі з журналістами розповів, що "
        "освітлення буде присвячено двом постатям."
    )
    assert [s[1] for s in speakers(text, "uk")] == ["Алессандро Монтедуро"]


def test_a_latin_body_after_a_plural_verb_is_where_they_said_it() -> None:
    text = '"У цих країнах не було ніяких подальших збоїв", - повідомили в Ryanair.'
    assert [s[1] for s in speakers(text, "uk")] == ["Ryanair"]
    text = "«Ми готові до переговорів», – заявили в Міністерстві оборони України."
    assert [s[2] for s in speakers(text, "uk")] == ["mod-ukraine"]


def test_a_day_after_the_verb_is_no_object_that_governs_the_speaker() -> None:
    text = (
        "Борис Джонсон розкритикував плани Терези Мей щодо митних відносин з ЄС, повідомляє "
        "в неділю телеканал Бі-Бі-Сі."
    )
    # and the criticism it reports is Johnson's (session 15: verbs of criticism are cues)
    assert [s[0] for s in speakers(text, "uk")] == ["телеканал Бі-Бі-Сі", "Борис Джонсон"]


def test_a_month_and_year_before_the_subject_are_no_part_of_it() -> None:
    text = "У березні 2015 року прокуратура Києва заявила, що підозрює компанію у розкраданні."
    assert [s[0] for s in speakers(text, "uk")] == ["прокуратура Києва"]


def test_a_date_after_a_weekday_is_read_by_the_dictionary_when_the_tagger_gives_no_lemma() -> None:
    text = "Він заявив у понеділок, 19 листопада, головний представник ЄС."
    [annotation] = pipeline_slavic.annotate("uk", [(text, [])])
    tokens = list(annotation.tokens)
    month = next(t for t in tokens if t.text == "листопада")
    tokens[month.i] = replace(month, lemma="листопада")  # a tagger that left it as written
    parse = SlavicParse(
        Annotation(tokens=tuple(tokens), sentences=annotation.sentences, entities=()), "uk"
    )
    day = next(t.i for t in tokens if t.text == "понеділок")
    assert tokens[date_end(parse, day)].text == "головний"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Зеленский изменил риторику, пишет The Telegraph.", "ru", "The Telegraph"),
        ("По данным Bloomberg, Россия увеличила добычу нефти.", "ru", "Bloomberg"),
        ("США не оставляют планов навязывания демократизации, сообщили в Службе внешней "
         "разведки России.", "ru", "Службе внешней разведки России"),
    ],
)  # fmt: skip
def test_latin_names_and_services_speak(text: str, lang: str, speaker: str) -> None:
    assert [s for s, _, _ in said_with_acts(text, lang)] == [speaker]


def test_a_personal_pronoun_after_the_verb_is_the_whole_subject() -> None:
    text = (
        "Тереза Мей виступила в парламенті. «Ми виконали волю британців», — так підсумувала "
        "вона головні вимоги."
    )
    [(speaker, _, actor)] = speakers(text, "uk")
    assert (speaker, actor) == ("вона", "may-theresa")


def test_a_particle_between_subject_and_verb() -> None:
    text = "Ryanair ж заявляють, що бортпровідники компанії вже отримують до 40 тис євро в рік."
    assert speakers(text, "uk")[0][:2] == ("Ryanair", "Ryanair")


def test_an_addressee_after_the_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Але, як сказав головний інфекціоніст країни Ентоні Фаучі агентству Associated Press, "
        "знадобляться вакцини від більше ніж двох компаній."
    )
    [(speaker, name, _)] = speakers(text, "uk")
    assert (speaker, name) == ("головний інфекціоніст країни Ентоні Фаучі", "Ентоні Фаучі")


def test_the_object_of_with_before_the_verb_is_no_subject() -> None:
    text = (
        "Канцлерка ФРН Анґела Меркель із серйозним виразом обличчя повідомляє, що Німеччина "
        "залишається в локдауні."
    )
    assert speakers(text, "uk")[0][2] == "merkel-angela"


def test_a_day_after_in_is_no_subject() -> None:
    text = (
        "Британська прем'єрка Тереза Мей у четвер увечері зібрала прес-конференцію і "
        "повідомила, що всі її старання були марні."
    )
    assert speakers(text, "uk")[0][2] == "may-theresa"


def test_a_body_named_for_a_person_is_the_body() -> None:
    text = "Як зазначають в Інституті імені Роберта Коха, дотримання вимог буде необхідним."
    [(_, name, _)] = speakers(text, "uk")
    assert name is not None
    assert name.startswith("Інститут")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the place after the verb is no speaker
            "Виконавчий директор Moderna Стефан Бансель сказав на конференції, що незабаром "
            "компанія почне тестування.",
            "Виконавчий директор Moderna Стефан Бансель",
        ),
        (  # a place between the subject and the verb
            "Глава МЗС ФРН Гайко Маас у Москві заявив, що уряд Німеччини підтримує проект.",
            "Глава МЗС ФРН Гайко Маас",
        ),
    ],
)
def test_a_prepositional_place_is_skipped_for_the_subject(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text, "uk")] == [speaker]


def test_a_body_after_the_verb_stays_the_speaker() -> None:
    text = "Затримання не має нічого спільного зі справою, кажуть у поліції."
    assert [s for s, _ in said(text, "uk")] == ["поліції"]


def test_a_noun_only_nominative_after_a_pronoun_object_is_the_subject() -> None:
    text = "У зв'язку з цим компанія не виключає скорочення сотні працівників."
    assert said(text, "uk") == [("компанія", "скорочення сотні працівників")]


def test_a_preposition_s_object_is_still_no_subject() -> None:
    text = "Меркель із серйозним виразом обличчя повідомляє, що уряд готовий."
    assert said(text, "uk") == [("Меркель", "уряд готовий")]


def test_a_year_s_abbreviation_is_no_part_of_the_subject() -> None:
    text = "У квітні 2015 р. компанія повідомила, що закриває завод."
    assert said(text, "uk") == [("компанія", "закриває завод")]


def test_the_object_of_after_before_the_verb_is_no_subject() -> None:
    # "Речник Єврокомісії [після зустрічі] заявив": the spokesman, not the meeting
    text = "Речник Єврокомісії після зустрічі заявив, що робота триває."
    assert said(text, "uk") == [("Речник Єврокомісії", "робота триває")]
    text = "Тереза Мей після зустрічі заявила, що повернеться в Брюссель."
    assert said(text, "uk") == [("Тереза Мей", "повернеться в Брюссель")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the outlet in the dative was told; the speaker follows it
        (
            'Про це заявив "Європейській правді" посол, додавши, що переговори тривають.',
            "uk",
            "посол",
        ),
        (
            'Под сокращения попадут водители, сообщил "Известиям" источник в компании.',
            "ru",
            "источник",
        ),
    ],
)
def test_a_name_in_quote_marks_in_the_dative_after_a_cue_is_told(
    text: str, lang: str, speaker: str
) -> None:
    assert [s[0] for s in said(text, lang)] == [speaker]


def test_a_name_in_quote_marks_in_the_nominative_after_a_cue_speaks() -> None:
    text = "Доходы от нефти выросли на 50 процентов, сообщил «Коммерсантъ»."
    assert [s[0] for s in said(text, "ru")] == ["«Коммерсантъ»"]


def test_a_personal_pronoun_after_an_occasion_is_the_subject() -> None:
    # "вона" may read as a genitive, but it is no object of "після": the subject it is
    text = "Ангела Меркель зустрілася з Макроном. Після зустрічі вона заявила, що все гаразд."
    assert [s[:2] for s in speakers(text, "uk")] == [("вона", "Angela Merkel")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Прем'єр-міністр Тереза Мей у четвер, 15 листопада, заявила, що виключає "
            "повторний референдум.",
            "Прем'єр-міністр Тереза Мей",
        ),
        (
            "Компанія Ryanair у вівторок, 11 вересня, повідомила, що скасовує рейси.",
            "Компанія Ryanair",
        ),
    ],
)
def test_a_weekday_with_its_date_in_commas_lies_between_the_subject_and_its_verb(
    text: str, speaker: str
) -> None:
    assert [s[0] for s in speakers(text, "uk")] == [speaker]
