"""Speakers resolved in session 9 (issue 17): a body named again by its kind, documents and
voices of bodies, media in general, bare registry surnames and look-alike acronyms."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import speakers

from reportedly.actors import default_registry
from reportedly.actors.slavic import match_actor


def test_a_kind_noun_refers_to_the_body_it_introduced() -> None:
    text = (
        "Пенсійний фонд Local Authority Pension Fund Forum (LAPFF) вимагає змін у правлінні. "
        "Крім того, пенсійний фонд вимагає, щоб лоукостер почав шукати нового директора."
    )
    assert speakers(text, "uk")[-1][:2] == ("пенсійний фонд", "Local Authority Pension Fund Forum")


def test_people_named_by_a_group_noun_are_not_the_body() -> None:
    text = (
        "Інвестори Ryanair вимагають змін. Ryanair провела збори акціонерів у вересні. "
        "Інвестори вважають, що керівництво Ryanair втратило здатність вести компанію."
    )
    assert speakers(text, "uk")[-1][1] is None


def test_a_bare_document_is_the_body_quoted_just_before() -> None:
    text = (
        "Швейцарський суд відновив арешт активів. Про це повідомляє прес-служба Національної "
        "акціонерної компанії Нафтогаз України. Акції були звільнені з-під арешту, йдеться в "
        "повідомленні."
    )
    assert [name for _, name, _ in speakers(text, "uk")] == ["Нафтогаз України"] * 2


def test_a_representative_of_a_body_headed_by_a_common_noun_speaks_for_the_body() -> None:
    text = "Компанії під загрозою санкцій, заявив представник державного департаменту США."
    assert speakers(text, "uk")[0][2] == "us-state-department"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Польські ЗМІ пишуть, що доля трубопроводу залежить від Данії.", "uk"),
        ("Перехідний період після Brexit може бути продовжений до 2022 року — ЗМІ", "uk"),
        ("Западные СМИ пишут, что переговоры зашли в тупик.", "ru"),
    ],
)
def test_media_in_general_name_no_one(text: str, lang: str) -> None:
    found = speakers(text, lang)
    assert found
    assert all(name is None for _, name, _ in found)


def test_a_latin_company_name_is_no_country() -> None:
    text = "Так, норвезька авіакомпанія Norwegian заявила, що переманила близько 140 пілотів."
    [(_, name, actor)] = speakers(text, "uk")
    assert (name, actor) == ("Norwegian", None)


def test_a_bare_registry_surname_links_its_person() -> None:
    registry = default_registry()
    may = match_actor(registry, "Мей", lang="uk", person=True)
    assert may is not None
    assert may.id == "may-theresa"
    assert match_actor(registry, "Мей", lang="uk") is None  # not a person's mention: no guess
    assert match_actor(registry, "Пєсковенко", lang="uk", person=True) is None


def test_look_alike_capitals_are_read_in_latin_in_ukrainian_only() -> None:
    registry = default_registry()
    bbc = match_actor(registry, "ВВС", lang="uk")
    assert bbc is not None
    assert bbc.id == "bbc"
    assert match_actor(registry, "ВВС", lang="ru") is None  # the Russian air force


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


def test_a_source_of_the_outlet_just_quoted_is_the_outlet() -> None:
    text = (
        "Около 00:30 начался пожар, пишет «Украинская правда». Собеседник издания заявил, "
        "что нефтебаза участвует в агрессии."
    )
    assert speakers(text, "ru")[-1][:2] == ("Собеседник издания", "Украинская правда")


def test_sources_inside_a_body_speak_for_the_body() -> None:
    text = "Это был «план А», пишет «Украинская правда» со ссылкой на источники в офисе Зеленского."
    assert speakers(text, "ru")[-1][2] == "office-president-ukraine"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Это была операция ГУР, утверждают источники «Украинской правды».", "ru",
         "Украинская правда"),
        ("«Справа буде закрита», — кажуть у «Лізі антитрасту».", "uk", "Ліга антитрасту"),
    ],
)  # fmt: skip
def test_a_body_named_in_another_case_is_named_in_the_nominative(
    text: str, lang: str, name: str
) -> None:
    assert speakers(text, lang)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Операция прошла успешно. Об этом сообщили в Министерстве обороны России.", "ru",
         "mod-russia"),
        ("Операція пройшла успішно. Про це повідомили в Міністерстві оборони України.", "uk",
         "mod-ukraine"),
    ],
)  # fmt: skip
def test_about_this_with_the_body_after_a_plural_verb(text: str, lang: str, actor: str) -> None:
    assert speakers(text, lang)[-1][2] == actor


def test_a_role_with_a_name_a_few_words_on_in_russian() -> None:
    text = (
        "Советник администрации Байдена по национальной безопасности Джей Салливан сказал, "
        "что Байден намерен обсудить с Трампом помощь Украине."
    )
    assert speakers(text, "ru")[0][1] == "Джей Салливан"


def test_a_pronoun_after_an_unnamed_source_is_that_source() -> None:
    text = (
        "Образ мышления Байдена был предсказуем, объяснил изданию источник в украинской "
        "дипломатической среде. «А Трамп какой? Никто не знает», — сказал он."
    )
    assert [name for _, name, _ in speakers(text, "ru")] == [None, None]


def test_a_role_with_a_country_continues_the_person_just_quoted() -> None:
    text = (
        "Тереза Мей заявила, що угода готова. Прем'єр-міністр Великої Британії додала, що "
        "королівство вийде з-під юрисдикції суду."
    )
    assert [actor for _, _, actor in speakers(text, "uk")] == ["may-theresa"] * 2


def test_an_addressee_after_the_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Але, як сказав головний інфекціоніст країни Ентоні Фаучі агентству Associated Press, "
        "знадобляться вакцини від більше ніж двох компаній."
    )
    [(speaker, name, _)] = speakers(text, "uk")
    assert (speaker, name) == ("головний інфекціоніст країни Ентоні Фаучі", "Ентоні Фаучі")


def test_a_foreign_name_after_known_words_and_acronyms() -> None:
    text = (
        "«Документи на столі», — повідомив міністр у справах ЄС головуючої в Раді ЄС Австрії "
        "Гернот Блюмель, прибувши на засідання."
    )
    assert speakers(text, "uk")[0][1] == "Гернот Блюмель"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Times в статье под заголовком «Ядерный вариант Зеленского» утверждает, что это так.",
         "Times"),
        ("Это был «план А», пишет «Украинская правда» со ссылкой на источники в офисе "
         "Зеленского.", "«Украинская правда»"),
    ],
)  # fmt: skip
def test_no_role_takes_a_name_further_on(text: str, speaker: str) -> None:
    assert speakers(text, "ru")[0][0] == speaker


def test_a_source_in_a_body_named_by_an_acronym_speaks_for_the_body() -> None:
    text = "Посол ушел в отставку. Об этом сообщает телеканал со ссылкой на источник в МИД Грузии."
    assert speakers(text, "ru")[-1][1] == "Министерство иностранных дел Грузии"


def test_an_outlet_named_after_its_kind_and_an_adjective() -> None:
    text = "Посол ушел в отставку. Об этом сообщает оппозиционный ТВ-канал «Формула»."
    assert speakers(text, "ru")[0][1] == "Формула"


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


def test_a_role_after_adjectives_refers_back() -> None:
    text = (
        "Новообраний президент США Джо Байден прокоментував імпічмент. "
        '"Сенат змінився відтоді, як я був там", – зазначив американський лідер.'
    )
    assert speakers(text, "uk")[-1][2] == "biden-joe"


def test_a_body_named_for_a_person_is_the_body() -> None:
    text = "Як зазначають в Інституті імені Роберта Коха, дотримання вимог буде необхідним."
    [(_, name, _)] = speakers(text, "uk")
    assert name is not None
    assert name.startswith("Інститут")


def test_a_line_label_is_no_headline_speaker() -> None:
    text = (
        "Шольц позвонил Путину. UPD: Шольц и Путин договорились поддерживать контакт, заявляют СМИ."
    )
    assert [speaker for speaker, _, _ in speakers(text, "ru")] == ["СМИ"]
