"""Role phrases as Russian and Ukrainian speakers (attribution/slavic/roles.py, role_names.py):
the name a role reaches, and the person a bare role continues."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import attributed, said, speakers

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article
from reportedly.nlp import ukrainian


def test_a_bare_outlet_noun_far_from_its_outlet_continues_it() -> None:
    filler = " ".join(["Імпічмент покликаний захистити країну, а не покарати злочинця."] * 8)
    text = (
        "Існує спосіб, який не дозволить Трампу знову обіймати посаду, пише The Washington Post."
        f"\n\n{filler}\n\nЗараз важливо застосувати конституційні засоби, резюмує видання."
    )
    assert [s[2] for s in speakers(text, "uk")] == ["washington-post", "washington-post"]


def test_a_headline_role_is_the_first_person_the_article_goes_on_to_quote() -> None:
    text = (
        "Эксперт: эмбарго могут принять с одной поправкой\n\n"
        "Газ больше не идет через Польшу, сообщил поставщик. Счета открыли еще десять "
        "компаний, пишут западные СМИ. Добыча нефти падает. Цены растут. Рынок ждет. "
        "Инвестиционный стратег Сергей Суверов заявил, что отсрочка нужна."
    )
    found = speakers(text, "ru")
    assert found[0][:2] == ("Эксперт", "Сергей Суверов")


def test_a_role_after_a_long_quote_continues_the_person_quoted_before_it() -> None:
    text = (
        "Помощь не нужна, заявил в интервью РИА Новости временный поверенный в делах "
        "Афганистана в Москве Джамал Насир Гарвал. «Это все пропаганда. Наша власть может "
        "контролировать страну. Они не такие сильные. Мы сами справимся с проблемой», — "
        "сказал глава афганской дипмиссии. Ранее глава комитета начальников штабов Марк Милли "
        "заявил, что группировка восстанавливает влияние."
    )
    found = [s[1] for s in speakers(text, "ru")]
    assert found[:2] == ["Джамал Насир Гарвал", "Джамал Насир Гарвал"]


def test_a_group_of_officials_is_none_of_the_people_named_before() -> None:
    text = (
        "Об этом рассказал инвестиционный стратег Сергей Суверов. Страны ЕС хотят отложить "
        "голосование по эмбарго. Об этом пишет Bloomberg со ссылкой на неназванных "
        "европейских дипломатов."
    )
    found = {s[0]: s[1] for s in speakers(text, "ru")}
    assert found.get("неназванных европейских дипломатов") is None
    assert "Сергей Суверов" not in [s[1] for s in speakers(text, "ru")[1:]]


def test_the_head_of_a_body_named_by_its_acronym_is_no_body() -> None:
    text = (
        "Глава МИ-6 признал, что спецслужбы Британии помогают Киеву\n\n"
        "Спецслужбы используют свой опыт, чтобы помогать Украине, заявил глава разведки "
        "Великобритании Ричард Мур."
    )
    assert [s[1] for s in speakers(text, "ru")] == ["Ричард Мур", "Ричард Мур"]


def test_a_headline_role_of_a_body_is_no_other_person_quoted_after_it() -> None:
    text = (
        "Глава MI6 признал, что британские спецслужбы используют свой опыт для помощи "
        "Украине.\n\nМы ценим наше наследие секретных операций.\n\nРанее министр иностранных "
        "дел России Сергей Лавров заявил, что США и НАТО напрямую участвуют в конфликте."
    )
    found = speakers(text, "ru")
    assert found[0][0] == "Глава MI6"
    assert found[0][2] is None  # not Lavrov


def test_a_role_reaches_its_name_past_an_abbreviation_in_brackets() -> None:
    text = (
        "Білорусь стала першою державою, де зареєстрували вакцину, наголосив гендиректор "
        "Російського фонду прямих інвестицій (РФПІ) Кирило Дмитрієв."
    )
    assert [s[2] for s in speakers(text, "uk")] == ["dmitriev-kirill"]


def test_a_date_after_the_verb_is_no_speaker_and_a_role_reaches_its_name() -> None:
    text = (
        "Представники Євросоюзу підтримують проект угоди, заявив у понеділок, 19 листопада, "
        "головний представник ЄС на переговорах щодо Brexit Мішель Барньє."
    )
    assert [s[2] for s in speakers(text, "uk")] == ["barnier-michel"]


def test_an_outlet_name_is_no_role_that_runs_on_to_a_name() -> None:
    text = (
        "Барньє запропонував продовжити перехідний період. Про це повідомляє The Guardian "
        "На зустрічі з послами Барньє заявив, що угода готова."
    )
    assert speakers(text, "uk")[0][1] == "The Guardian"


def test_a_role_reaches_no_name_past_a_comma_but_a_list_or_a_second_role() -> None:
    text = (
        "Незважаючи на критику, зазначає телеканал, Б.Джонсон погодився підтримати позицію "
        "Т.Мей на зустрічі кабінету міністрів."
    )
    assert speakers(text, "uk")[0][0] == "телеканал"
    text = (
        '"Ми обговорюємо ці документи у межах підготовки до засідання", - повідомив міністр '
        "державної канцелярії у справах ЄС, ЗМІ, культури і мистецтва головуючої в Раді ЄС "
        "Австрії Гернот Блюмель, прибувши на засідання."
    )
    assert speakers(text, "uk")[0][1] == "Гернот Блюмель"


def test_a_role_noun_runs_on_past_a_comma_to_no_name_after_a_preposition() -> None:
    text = (
        "Про це пише The Guardian. За даними видання, у штабі Трампа хочуть, щоб Верховний "
        "суд розглянув рішення."
    )
    assert "trump-donald" not in [s[2] for s in speakers(text, "uk")]


def test_a_role_with_a_name_a_few_words_on_in_russian() -> None:
    text = (
        "Советник администрации Байдена по национальной безопасности Джей Салливан сказал, "
        "что Байден намерен обсудить с Трампом помощь Украине."
    )
    # the name a few words on; "Джей" another spelling of the registry's "Джейк" (session 35)
    assert speakers(text, "ru")[0][1] == "Jake Sullivan"


def test_a_role_with_a_country_continues_the_person_just_quoted() -> None:
    text = (
        "Тереза Мей заявила, що угода готова. Прем'єр-міністр Великої Британії додала, що "
        "королівство вийде з-під юрисдикції суду."
    )
    assert [actor for _, _, actor in speakers(text, "uk")] == ["may-theresa"] * 2


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


def test_a_role_after_adjectives_refers_back() -> None:
    text = (
        "Новообраний президент США Джо Байден прокоментував імпічмент. "
        '"Сенат змінився відтоді, як я був там", – зазначив американський лідер.'
    )
    assert speakers(text, "uk")[-1][2] == "biden-joe"


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "На людство чекає ще два роки з пандемією, вважає виконавчий директор компанії з "
            "діагностики OraSure Стівен Тан.",
            "виконавчий директор компанії з діагностики OraSure Стівен Тан",
            "Стівен Тан",
        ),
        (
            "Вакцина надійде в лютому, сказав заступник міністра охорони здоров’я, головний "
            "державний санітарний лікар Віктор Ляшко.",
            "заступник міністра охорони здоров’я, головний державний санітарний лікар Віктор Ляшко",
            "Віктор Ляшко",
        ),
    ],
)
def test_a_role_takes_the_name_a_few_words_on(text: str, speaker: str, name: str) -> None:
    article = Article(id=Article.make_id(text), text=text, language="uk")
    statements, _, index = attribute_slavic(article, ukrainian.annotate(text))
    (s,) = statements
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert {e.id: e.name for e in index.entities()}[s.speaker_entity or ""] == name


def test_a_role_keeps_its_words_when_the_name_opens_a_clause() -> None:
    text = (
        "Угода з Росією сьогодні неможлива, заявив міністр закордонних справ Литви, а "
        "Габріелюс Ландсбергіс мовчить."
    )
    (s,) = attributed(text, "uk")
    assert s.speaker is not None
    assert "Ландсбергіс" not in s.speaker.text


def test_a_role_with_adjectives_before_its_head_noun_is_a_subject() -> None:
    text = "Чинний голова Білого дому вважає, що переміг 3 листопада з великим відривом."
    assert [s for s, _ in said(text, "uk")] == ["Чинний голова Білого дому"]


def test_the_head_of_the_white_house_is_a_title_of_the_lexicon() -> None:
    from reportedly.attribution.slavic.lexicon import default_lexicon
    from reportedly.nlp.slavic_morph import lemma

    key = " ".join(lemma("uk", w) for w in ["Чинний", "голова", "Білого", "дому"])
    assert default_lexicon("uk").titles[key] == "President of the United States"


def test_a_bare_document_after_a_long_quote_is_the_issuer_named_before_it() -> None:
    # the quote of several sentences puts the frame far from the body; no body spoke since
    text = (
        'Російський монополіст "Газпром" розкрив інформацію про свої активи, йдеться в '
        'повідомленні компанії. "Сьогодні "Газпром" отримав згоду. Він розкрив цю інформацію. '
        'Серед цих активів є акції. Це не означає нового обтяження акцій", — йдеться в '
        'повідомленні. "Ще раніше суд заборонив операції. Активи заморожені. Так буде і '
        'далі", — додається там же. "Ми будемо захищати свої права", — також наголошується в '
        "повідомленні."
    )
    assert [s[1] for s in speakers(text, "uk")] == ["Gazprom"] * 3  # by the registry


def test_a_bare_document_after_another_body_spoke_is_not_the_earlier_issuer() -> None:
    text = (
        'Російський монополіст "Газпром" розкрив інформацію про свої активи, йдеться в '
        "повідомленні компанії. Санкції не зміняться, повідомляє Reuters. Ціни ростуть. "
        'Ринок чекає. Попит падає. Біржі закриті. "Ми будемо захищати свої права", — '
        "наголошується в повідомленні."
    )
    assert speakers(text, "uk")[-1][1] != "Газпром"


def test_a_pronoun_after_a_role_speakers_quote_is_that_speaker() -> None:
    # no one named between the role's quote and "он": he is the diplomat, not the president
    text = (
        "Об этом говорит вице-министр иностранных дел Литвы Раймундас Кароблис. Президент "
        "Франции Эммануэль Макрон заявил, что Украине потребуются десятилетия. «Идеи "
        "появляются не в первый раз», — сказал дипломат. «Статус кандидата важнее», — "
        "добавил он."
    )
    assert [s[1] for s in speakers(text, "ru")][-2:] == ["Раймундас Кароблис"] * 2


def test_a_pronoun_no_person_precedes_is_the_body_whose_statement_holds_it() -> None:
    text = (
        "Компанія програла суд. У березні «Газпром» офіційно поінформував «Нафтогаз» про те, "
        "що він відмовляється виконувати рішення арбітражу."
    )
    # the pronoun is Gazprom, so its clause is Gazprom's own, no statement nested in its
    # statement (slavic/own_clauses.py); were it someone else, theirs would stay
    assert [s[1] for s in speakers(text, "uk")] == ["Gazprom"]


def test_a_pronoun_after_a_named_person_stays_that_persons() -> None:
    text = (
        "Міністр Петро Іваненко виступив у парламенті. У березні «Газпром» офіційно "
        "поінформував «Нафтогаз» про те, що він відмовляється виконувати рішення арбітражу."
    )
    assert speakers(text, "uk")[-1][1] == "Петро Іваненко"


def test_a_role_reaches_its_name_before_the_occasion_after_it() -> None:
    text = (
        "Масове щеплення не зможе зупинити передачу інфекції, заявив директор програми "
        "Всесвітньої організації охорони здоров’я з надзвичайних ситуацій Майкл Райан на "
        "прес-конференції."
    )
    assert speakers(text, "uk")[0][1] == "Майкл Райан"
    # a genitive name the role governs is not its holder, whatever follows
    text = (
        "Масове щеплення не зможе зупинити інфекцію, заявив радник президента Зеленського з "
        "питань охорони здоров'я."
    )
    assert speakers(text, "uk")[0][:2] == ("радник президента Зеленського", None)
