"""Russian speakers and statements the fresh Telegram draw of session 31 (seed 31101) showed
wrong; every text here is written for the test."""

from __future__ import annotations

from tests.attribution.slavic.speaking import attributed, said, speakers

from reportedly import pipeline_slavic
from reportedly.actors import default_registry
from reportedly.model import Article


def test_an_office_noun_is_the_body_that_spoke_last() -> None:
    text = (
        "ВСУ атаковали аэродром под Курском. Минобороны России утверждает, что все ракеты "
        "были сбиты.\n\nВедомство заявило, что готовит ответные действия."
    )
    assert [actor for _, _, actor in speakers(text, "ru")] == ["mod-russia", "mod-russia"]


def test_his_data_after_a_body_is_that_body() -> None:
    text = (
        "Ночью над Брянской областью сбиты восемь беспилотников, сообщило Минобороны.\n\n"
        "По его данным, еще два аппарата уничтожены над Крымом."
    )
    assert [actor for _, _, actor in speakers(text, "ru")] == ["mod-russia", "mod-russia"]


def test_a_group_of_a_country_is_not_the_country() -> None:
    text = (
        "В приграничных районах задержаны трое диверсантов, рассказал ТАСС представитель "
        "силовых структур России."
    )
    assert speakers(text, "ru") == [("представитель силовых структур России", None, None)]


def test_an_outlet_noun_is_never_the_posts_own_channel() -> None:
    text = (
        "Тренер вратаря заявил Mash, что поговорит с игроком после матча.\n\n"
        "Ранее испанская газета заявила, что вратарь покинет клуб летом."
    )
    article = Article(id=Article.make_id(text), text=text, language="ru", outlet="Mash")
    [annotation] = pipeline_slavic.annotate("ru", [(text, [])])
    analysis = pipeline_slavic.extract(article, annotation, default_registry())
    names = {e.id: e.name for e in analysis.entities}
    found = {
        s.speaker.text if s.speaker else None: names.get(s.speaker_entity or "")
        for s in analysis.statements
    }
    assert found["испанская газета"] is None


def test_a_capitalised_role_before_a_place_reaches_the_name() -> None:
    text = (
        "Конгрессмен из Огайо Джеймс Морено, назначенный главой комитета, заявил, что закон "
        "будет принят до конца года."
    )
    assert [(who, name) for who, name, _ in speakers(text, "ru")] == [
        ("Конгрессмен из Огайо Джеймс Морено", "Джеймс Морено")
    ]


def test_a_person_spoken_of_stands_not_between_a_pronoun_and_its_speaker() -> None:
    text = (
        "Сенатор Джеймс Морено заверил, что новый министр «понимает всю сложность "
        "ситуации».\n\n«Министр Смит готов к переговорам с партнерами», — отметил он."
    )
    assert [name for _, name, _ in speakers(text, "ru")] == ["Джеймс Морено", "Джеймс Морено"]


def test_a_line_closed_by_media_may_hold_two_sentences() -> None:
    text = (
        "**⚡️Парламент Молдовы принял закон о новых пошлинах. Он вступит в силу с 1 марта**, "
        "— молдавские СМИ.\n\nПодробности позже."
    )
    assert said(text, "ru") == [
        (
            "молдавские СМИ",
            "Парламент Молдовы принял закон о новых пошлинах. Он вступит в силу с 1 марта",
        )
    ]


def test_a_digest_header_after_its_occasion_names_the_speaker() -> None:
    text = (
        "В Минске проходит пресс-конференция Лукашенко по итогам переговоров, главные "
        "заявления:\n\n— Белоруссия готова расширить поставки зерна в Африку;\n\n"
        "— Новые соглашения будут подписаны весной."
    )
    assert said(text, "ru") == [
        ("Лукашенко", "Белоруссия готова расширить поставки зерна в Африку;"),
        ("Лукашенко", "Новые соглашения будут подписаны весной."),
    ]


def test_naming_verbs_say_something_only_with_what_a_thing_is_called() -> None:
    assert said("Новый премьер уже назвал своих кандидатов на посты министров.", "ru") == []
    assert said("Премьер назвал главной задачей правительства борьбу с инфляцией.", "ru") == [
        ("Премьер", "главной задачей правительства борьбу с инфляцией")
    ]


def test_a_contrasting_second_predicate_ends_the_clause_and_says_its_own() -> None:
    text = (
        "Министр сообщил, что армия готова к учениям «в любое время», однако не подтвердил "
        "сроки их проведения."
    )
    found = [(s.content_text(text), s.negated) for s in attributed(text, "ru")]
    assert found == [
        ("армия готова к учениям «в любое время»", False),
        ("сроки их проведения", True),
    ]


def test_an_about_phrase_ends_before_a_second_predicate() -> None:
    text = "Грузия пока не заявляла о выходе из соглашения и выполняет все его условия."
    assert said(text, "ru") == [("Грузия", "выходе из соглашения")]


def test_a_quote_its_frame_interrupts_with_no_comma_is_one_statement() -> None:
    text = (
        "«По уточненным данным, ночью над регионом сбиты шесть беспилотников — говорится в "
        "сообщении ведомства. — Пострадавших нет»."
    )
    found = attributed(text, "ru")
    assert [(s.kind, [c.text(text) for c in s.content]) for s in found] == [
        (
            "direct",
            [
                "По уточненным данным, ночью над регионом сбиты шесть беспилотников",
                "Пострадавших нет",
            ],
        )
    ]


def test_a_gerund_before_a_closing_frame_speaks_for_the_subject_before_it() -> None:
    text = (
        "Министр обороны Латвии Андрис Спрудс выступил на форуме, заявив о необходимости "
        "укрепления восточного фланга альянса в случае нового конфликта, заявил посол "
        "России Михаил Ванин."
    )
    assert (
        "Министр обороны Латвии Андрис Спрудс",
        "необходимости укрепления восточного фланга альянса в случае нового конфликта",
    ) in said(text, "ru")


def test_a_dash_of_the_quotes_own_before_its_frame_is_no_frame() -> None:
    text = (
        "«Среди пострадавших — двое детей и пожилая женщина. Число раненых уточняется, — "
        "говорится в сообщении. — Разрушен жилой дом»."
    )
    found = attributed(text, "ru")
    assert [(s.kind, len(s.content)) for s in found] == [("direct", 2)]
