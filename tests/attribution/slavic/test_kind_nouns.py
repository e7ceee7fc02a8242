"""A Russian or Ukrainian speaker known by a kind noun or a role in capitals: the body or the
person the text names for it."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_role_in_a_capitals_headline_is_the_person_the_text_names_in_it() -> None:
    text = (
        "ЭКОНОМИКА СТРАНЫ РАСТЕТ - МИНИСТР\n\nЭкономика страны растет. Об этом заявил "
        "министр экономики Иван Петров."
    )
    assert ("МИНИСТР", "Иван Петров", None) in speakers(text, "ru")


def test_an_outlet_noun_is_the_outlet_introduced_by_its_kind() -> None:
    text = (
        "Такое мнение приводится в материале американского еженедельника Defense News. "
        '"Не стоит питать иллюзий, что новые ракеты станут панацеей", - пишет издание.'
    )
    assert ("издание", "Defense News", None) in speakers(text, "ru")


def test_a_compound_company_noun_is_the_company_named_before() -> None:
    text = (
        "Компанія Moderna випробувала вакцину на дорослих. Moderna отримала схвалення. "
        "На початку наступного року компанія-розробник планує розпочати випробування на дітях."
    )
    assert ("компанія-розробник", "Moderna", None) in speakers(text, "uk")


def test_a_maker_noun_is_the_company_named_before() -> None:
    text = (
        "Вакцину CoronaVac виробляє компанія Sinovac Biotech. Китайська вакцина діє одразу "
        "проти кількох штамів, стверджує виробник."
    )
    assert speakers(text, "uk")[-1][:2] == ("виробник", "Sinovac Biotech")


def test_a_document_on_the_site_of_a_body_named_in_marks_is_that_body() -> None:
    text = (
        "Згідно з інформацією на сайті аеропорту «Бориспіль», сьогоднішні рейси до Берліна "
        "виконуються за планом."
    )
    assert speakers(text, "uk")[0][:2] == (
        "інформацією на сайті аеропорту «Бориспіль»",
        "Бориспіль",
    )


def test_an_outlet_named_after_its_kind_noun_without_marks_is_that_outlet() -> None:
    text = (
        "Исполняющим обязанности президента, как сообщило российское агентство Интерфакс, "
        "станет вице-президент Бадра Гунба. В НАТО не ждут серьезных результатов от "
        "обсуждения, передает агентство Франс Пресс."
    )
    found = [s[2] for s in speakers(text, "ru")]
    assert found == ["interfax", "agence-france-presse"]


def test_a_kind_noun_before_a_name_and_a_common_word_names_no_body() -> None:
    text = (
        "Профспілки вимагають від компанії Ryanair застосування місцевого законодавства, "
        "сказав Джейкобс."
    )
    assert all(s[1] != "Ryanair застосування" for s in speakers(text, "uk"))


def test_media_qualified_by_a_complement_are_media_in_general() -> None:
    text = "Лояльные властям СМИ писали, что в машине находился капитан первого ранга."
    assert speakers(text, "ru") == [("Лояльные властям СМИ", None, None)]


def test_a_given_name_alone_is_the_person_named_before_in_full() -> None:
    text = (
        "Генеральний директор Moderna Стефан Бансел заявив, що компанія прискорює виробництво. "
        "«Це важливий крок вперед», – каже Стефан."
    )
    assert ("Стефан", "Стефан Бансел", None) in speakers(text, "uk")


def test_an_indeclinable_surname_is_the_person_named_before() -> None:
    text = (
        "Бывший спикер Палаты представителей Нэнси Пелоси заявила, что Байден опоздал. "
        "По мнению Пелоси, если бы Байден отказался раньше, появились бы другие кандидаты."
    )
    assert ("Пелоси", "Нэнси Пелоси", None) in speakers(text, "ru")


def test_a_role_of_a_body_is_the_person_introduced_by_that_role_of_it() -> None:
    text = (
        "Глава Pfizer Альберт Бурла заявил, что вакцина эффективна. Мэр Киева Виталий Кличко "
        "сообщил о взрывах. «Это большой день», — сказал глава Pfizer."
    )
    assert ("глава Pfizer", "Альберт Бурла", None) in speakers(text, "ru")
    text = (
        "Шахін та керівник Pfizer, грек Альберт Бурла, стали друзями. «Все, що його цікавить, "
        "це наука», - каже керівник Pfizer."
    )
    assert ("керівник Pfizer", "Альберт Бурла", None) in speakers(text, "uk")


def test_a_role_of_another_body_is_not_the_person_introduced_by_the_role() -> None:
    text = (
        "Глава Pfizer Альберт Бурла заявил, что вакцина эффективна. «Это большой день», — "
        "сказал глава Moderna."
    )
    assert ("глава Moderna", "Альберт Бурла", None) not in speakers(text, "ru")


def test_a_town_after_its_place_noun_is_no_antecedent_of_a_pronoun() -> None:
    text = (
        "Новообраний президент Джо Байден виступив зі зверненням до нації у своєму рідному "
        "місті Вілмінгтон. Він пообіцяв стати президентом для всіх американців."
    )
    assert speakers(text, "uk")[-1][2] == "biden-joe"


def test_an_outlet_the_ner_read_as_a_person_is_a_body_after_its_kind_noun() -> None:
    text = (
        "Президент доручив СБУ перевірити інформацію про вакцинацію. Напередодні видання "
        '"Страна" з посиланнями на власні джерела повідомило, що в Україні нібито розпочалася '
        '"підпільна VIP-вакцинація" чиновників. Видання твердить, що йдеться про вакцину '
        "компаній Pfizer і BioNTech."
    )
    found = speakers(text, "uk")
    assert [s[1] for s in found] == ["Страна", "Страна"]  # not the SBU, an outlet's channel
