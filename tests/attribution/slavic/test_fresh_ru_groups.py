"""Russian speakers and statements the fresh Telegram draw of session 32 (seed 32101) showed
wrong: groups read as the person they name, a headline closed by a role, a participle read as
a frame, a frame's content running into the next frame; every text here is written for the
test."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse, said, said_by_rule, speakers


def test_an_entourage_is_not_the_person_it_names() -> None:
    text = "Предвыборный штаб Байдена заявил, что кандидат не снимется с выборов."
    assert speakers(text, "ru") == [
        ("Предвыборный штаб Байдена", "Предвыборный штаб Байдена", None)
    ]


def test_an_entourage_in_another_case_stays_unresolved() -> None:
    text = "По словам команды Трампа, встреча перенесена на весну."
    assert [name for _, name, _ in speakers(text, "ru")] == [None]


def test_a_plural_role_with_a_genitive_is_no_one_named_before() -> None:
    text = (
        "Зеленский выступил с обращением к нации. Эксперты журнала предположили, что "
        "запись была смонтирована."
    )
    assert [name for _, name, _ in speakers(text, "ru")] == [None]


def test_an_outlets_journalists_speak_for_it() -> None:
    text = "Министр ни разу не улыбнулся во время выступления, заметили журналисты Bild."
    assert [(who, name) for who, name, _ in speakers(text, "ru")] == [("журналисты Bild", "Bild")]


def test_a_digest_of_the_sides_names_no_speaker() -> None:
    text = (
        "**Заявления сторон:**\n"
        "— Оппозиция зовёт сторонников на площадь.\n"
        "— Лидер партии Иван Сидоров заявил, что будет добиваться отставки правительства."
    )
    assert said(text, "ru") == [
        ("Лидер партии Иван Сидоров", "будет добиваться отставки правительства")
    ]


def test_a_headline_closed_by_a_role_without_a_comma() -> None:
    text = (
        "В Тверской области сбиты четыре беспилотника — губернатор\n\n"
        "Пострадавших нет, все службы работают в штатном режиме."
    )
    assert said(text, "ru") == [("губернатор", "В Тверской области сбиты четыре беспилотника")]


def test_a_headline_closed_by_a_role_after_a_quoted_name() -> None:
    text = "В Армении не повторится сценарий «Майдана» — премьер"
    assert said(text, "ru") == [("премьер", "В Армении не повторится сценарий «Майдана»")]


def test_a_headline_dash_inside_running_text_is_no_frame() -> None:
    text = "Новым руководителем области стал Иван Петров — губернатор с большим опытом."
    assert said(text, "ru") == []


def test_a_participle_after_a_comma_is_no_frame() -> None:
    text = 'Тезисы, озвученные Путиным после испытаний "Бури", были хорошо услышаны на Западе.'
    assert said_by_rule(text, "ru") == []


def test_a_clause_with_its_own_frame_ends_the_content_before_it() -> None:
    text = (
        "Лавров ранее заявлял, что Австрия утратила нейтральный статус, на встрече он "
        "указал главе МИД, что Москва учтет враждебные шаги Вены."
    )
    assert said(text, "ru") == [
        ("Лавров", "Австрия утратила нейтральный статус"),
        ("он", "Москва учтет враждебные шаги Вены"),
    ]


def test_the_federation_council_chair_is_resolved_by_title() -> None:
    text = "«Переговоры возможны в следующем году», — заявила председатель Совета Федерации РФ."
    assert [actor for _, _, actor in speakers(text, "ru")] == ["matviyenko-valentina"]


def test_a_bodys_short_name_in_brackets_is_left_out_of_its_name() -> None:
    text = (
        "Национальное агентство новостей Фиджи (НАНФ) сообщило, что сезон дождей начался "
        "раньше обычного."
    )
    names = [e.name for e in analyse(text, "ru").entities if e.kind == "organisation"]
    assert "Национальное агентство новостей Фиджи" in names


def test_a_frames_citing_gerund_is_its_source_not_more_content() -> None:
    text = (
        "Министр провел переговоры с премьером Канады, утверждает Washington Post, "
        "ссылаясь на осведомленные источники."
    )
    assert said(text, "ru") == [
        ("Washington Post", "Министр провел переговоры с премьером Канады"),
        ("осведомленные источники", "Министр провел переговоры с премьером Канады"),
    ]


def test_according_to_a_report_of_analysts() -> None:
    text = "По сообщению аналитиков, войска штурмуют позиции с севера и юга."
    assert said(text, "ru") == [("аналитиков", "войска штурмуют позиции с севера и юга")]


def test_a_secretariat_is_a_body() -> None:
    text = "Секретариат ЮНЕСКО подтвердил, что организация получила письма российских СМИ."
    assert speakers(text, "ru") == [("Секретариат ЮНЕСКО", "Секретариат ЮНЕСКО", None)]


def test_rf_alone_is_russia() -> None:
    text = "РФ также предупредила о запуске ракеты за 30 минут."
    assert [actor for _, _, actor in speakers(text, "ru")] == ["country-russia"]


def test_it_is_reported_with_no_source_is_no_statement() -> None:
    text = "Сообщается, что во время эфира он высказался о поляках."
    assert said(text, "ru") == []


def test_it_is_reported_in_a_document_is_the_documents() -> None:
    text = "Как сообщается в заявлении МИД, визит отменен."
    assert said(text, "ru") == [("заявлении МИД", "визит отменен")]


def test_a_headline_closed_by_an_outlets_kind_and_name() -> None:
    text = "**Министр уйдет в отставку до конца года** — газета Times"
    assert said(text, "ru") == [("Times", "Министр уйдет в отставку до конца года")]


def test_the_others_claim_ends_the_first_ones() -> None:
    text = (
        "Одни утверждают, что мост подорвали военные, чтобы замедлить наступление, "
        "другие — что он рухнул сам."
    )
    assert said(text, "ru") == [("Одни", "мост подорвали военные, чтобы замедлить наступление")]
