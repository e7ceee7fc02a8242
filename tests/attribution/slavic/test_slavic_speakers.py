"""Russian and Ukrainian speaker names (attribution/slavic/speakers.py): foreign and Latin
names, initials, a person's gender from the verb, a surname in another case."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse, speakers

from reportedly.attribution.slavic.named_organisations import _occurrences


def test_an_initial_and_a_surname_are_the_person_named_before() -> None:
    text = (
        "Міністр закордонних справ Естонії Свен Міксер вимагає зупинити будівництво. "
        "На думку С.Міксера, газопровід є політичним проектом."
    )
    assert speakers(text, "uk")[-1][:2] == ("С.Міксера", "Свен Міксер")


def test_an_initial_glued_to_a_surname_is_the_person_not_the_letter() -> None:
    # tokenize-uk ends a sentence after "Т." and the speaker was the letter "Т"
    text = (
        "Прем'єр-міністр Тереза Мей виступила в парламенті. "
        '"Ми досягнемо угоди", - сказала Т.Мей. '
        "Для Великої Британії має сенс зберігати відносини з ЄС, зазначила Т.Мей."
    )
    assert [s[1:] for s in speakers(text, "uk")] == [("Theresa May", "may-theresa")] * 2


def test_an_initial_and_a_registry_surname_alone_link_the_registry_person() -> None:
    found = speakers("Потім В.Зеленський заявив, що переговори тривають.", "uk")
    assert found[0][2] == "zelenskyy-volodymyr"


def test_a_latin_name_before_a_cyrillic_one_is_a_name_of_its_own() -> None:
    text = (
        "Барньє запропонував продовжити перехідний період. Про це повідомляє The Guardian "
        "На зустрічі з послами Барньє визначив перспективи. За його словами, таке рішення "
        "дасть додаткові два роки."
    )

    kinds = {e.name: e.kind for e in analyse(text, "uk").entities}
    assert kinds["The Guardian"] == "organisation"  # not the person "The Guardian На"
    found = speakers(text, "uk")
    assert found[-1][0] == "його"
    assert found[-1][2] == "barnier-michel"


def test_a_past_verb_right_after_a_name_tells_the_persons_gender() -> None:
    text = (
        "Мішель Барньє запропонував продовжити перехідний період. За його словами, таке "
        "рішення дасть додаткові два роки."
    )
    assert [s[2] for s in speakers(text, "uk")][-1] == "barnier-michel"


def test_a_foreign_name_with_particles_is_one_name() -> None:
    text = (
        "Країни ЄС можуть ділитися вакциною, заявила президентка Єврокомісії Урсула фон дер "
        "Ляєн. За її словами, Євросоюз замовив більше доз."
    )
    assert [s[2] for s in speakers(text, "uk")] == ["von-der-leyen-ursula"] * 2


def test_a_foreign_surname_ending_in_a_vowel_keeps_its_written_form() -> None:
    text = (
        "Вакцина допоможе, заявив директор інституту Ентоні Фаучі. Він додав, що щеплення "
        "зроблять. Ситуація покращиться, пояснив Фаучі."
    )
    assert {s[1] for s in speakers(text, "uk")} == {"Ентоні Фаучі"}


def test_the_cue_verb_gives_the_gender_of_the_person_it_names() -> None:
    text = (
        "Лийметс и Бербок обсудили помощь Украине\n\nМинистр иностранных дел Эва-Мария "
        "Лийметс встретилась сегодня с коллегой. «Мы продолжим помогать Украине», – отметила "
        "Лийметс, добавив, что Германия является партнером. «Я верю, что это только начало», "
        "– заявила министр."
    )
    found = speakers(text, "ru")
    assert found[-1][0] == "министр"
    assert found[-1][1] == "Эва-Мария Лийметс"  # the tagger read the name as a man's


def test_a_surname_in_the_genitive_is_the_person_named_in_full_before() -> None:
    text = (
        "Про вакцини розповів міністр охорони здоров'я Максим Степанов. За словами Степанова, "
        'точні дати поставок стануть відомі. "Ми укладемо договір цього тижня", — сказав він.'
    )
    assert [s[1] for s in speakers(text, "uk")][-2:] == ["Максим Степанов"] * 2
    text = (
        "Міністр Марія Степанова заявила, що дати відомі. За словами Степанової, поставки "
        "почнуться в лютому."
    )
    assert [s[1] for s in speakers(text, "uk")] == ["Марія Степанова"] * 2


def test_a_name_whose_lemma_differs_only_in_case_keeps_its_capitals() -> None:
    text = "Підрахунок голосів не закінчиться до 6 листопада, передає Інтерфакс-Україна."
    assert [s[1] for s in speakers(text, "uk")] == ["Інтерфакс-Україна"]


def test_a_name_in_the_genitive_of_an_act_done_to_it_is_no_speaker() -> None:
    text = "Статті імпічменту Трампа звинувачують президента у підбурюванні до заколоту."
    assert [s[1:] for s in speakers(text, "uk")] == [(None, None)]
    text = "Сторонники импичмента Трампа заявили, что он виновен."
    assert [s[1:] for s in speakers(text, "ru")] == [(None, None)]
    # a document's own genitive is its issuer
    text = "У заяві Трампа йдеться, що вибори сфальсифіковані."
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald"]


def test_a_name_glued_before_a_persons_given_name_is_no_part_of_it() -> None:
    text = "Прем’єр-міністр Ізраїлю Біньямін Нетаньягу заявив, що вакцин вистачить."
    assert [s[2] for s in speakers(text, "uk")] == ["netanyahu-benjamin"]
    text = "Суддя суду Києва Денис Масенко повідомив, що житла не має."
    assert [s[1] for s in speakers(text, "uk")] == ["Денис Масенко"]
    # a name whose earlier words are names too stays whole
    text = "Лидер партии Хан Дон Хун заявил, что будет сотрудничать с депутатами."
    assert [s[1] for s in speakers(text, "ru")] == ["Хан Дон Хун"]


def test_a_foreign_name_after_known_words_and_acronyms() -> None:
    text = (
        "«Документи на столі», — повідомив міністр у справах ЄС головуючої в Раді ЄС Австрії "
        "Гернот Блюмель, прибувши на засідання."
    )
    assert speakers(text, "uk")[0][1] == "Гернот Блюмель"


def test_a_body_named_with_and_without_its_country_is_one_body() -> None:
    # "Министерство экономики Японии" and "министерстве экономики" in one text: one body
    text = (
        "Министерство экономики Японии сообщило, что запрет вступит в силу. "
        "В министерстве экономики заявили, что всё готово."
    )
    assert [s[1] for s in speakers(text, "ru")] == ["Министерство экономики Японии"] * 2
    # a longer name that goes on with no place's name is another body
    text = (
        "Компания Nord Stream AG заявила, что выплатит долг. "
        "Компания Nord Stream 2 AG сообщила, что подаст иск."
    )
    assert len({s[1] for s in speakers(text, "ru")}) == 2


def test_a_bare_company_noun_counts_the_names_the_tagger_missed() -> None:
    # "Ryanair" is written four times but tagged once, "ЄС" tagged twice and nearer
    text = (
        "Ryanair скоротить дві бази в ЄС\n\n"
        "Ryanair скоротить бази в Бремені з 5 листопада. Ryanair вирішила скоротити бази. "
        "Окрім того, ірландська авіакомпанія-лоукостер Ryanair погіршила прогноз прибутку. "
        "Страйки пілотів із пяти країн ЄС вплинули на кількість пасажирів. Компанія "
        "зазначила, що на прибуток також вплинула ціна нафти."
    )
    assert speakers(text, "uk")[-1][:2] == ("Компанія", "Ryanair")


def test_a_name_written_inside_longer_names_is_not_counted_for_a_bare_company_noun() -> None:
    text = "акцій Nord Stream AG і Nord Stream 2 AG. Nord Stream заявила. Ryanair і Ryanair."
    assert _occurrences(text, "Nord Stream") == 1  # not inside "Nord Stream (2) AG"
    assert _occurrences(text, "AG") == 0  # too short to count as written
    assert _occurrences(text, "Ryanair") == 2
