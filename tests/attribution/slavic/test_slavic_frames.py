"""Russian and Ukrainian frames added in session 7: each construction, and what is no frame."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article, Statement
from reportedly.nlp import russian, ukrainian


def _run(text: str, lang: str) -> tuple[list[Statement], list[str]]:
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotation = (russian if lang == "ru" else ukrainian).annotate(text)
    log: dict[str, str] = {}
    statements, _, _ = attribute_slavic(article, annotation, rule_log=log)
    return list(statements), [log[s.id] for s in statements]


def _said(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, act) of every statement."""
    statements, _ = _run(text, lang)
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text), s.act) for s in statements
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (
            "Медведев выступил в Совбезе. По его словам, не исключены новые конфликты.",
            "ru",
            "его",
            "не исключены новые конфликты",
        ),
        (
            "Трамп виступив у Джорджії. За його словами, кампанія подасть позов до суду.",
            "uk",
            "його",
            "кампанія подасть позов до суду",
        ),
    ],
)
def test_according_to_with_a_possessive_inside(
    text: str, lang: str, speaker: str, content: str
) -> None:
    statements, rules = _run(text, lang)
    assert rules == ["ru-uk:according-to"]
    s = statements[0]
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert s.content_text(text) == content
    assert s.cue is not None
    assert s.cue.text(text).lower().split()[1] == speaker


def test_an_opinion_phrase_is_a_belief() -> None:
    said = _said("По мнению губернатора, главное правильно расставить приоритеты.", "ru")
    assert said == [("губернатора", "главное правильно расставить приоритеты", "belief")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Песков пообещал, что ответ будет дан в течение недели.", "ru"),
        ("США пригрозили, що запровадять санкції проти компаній.", "uk"),
    ],
)
def test_promises_and_threats_are_intent(text: str, lang: str) -> None:
    statements, _ = _run(text, lang)
    assert [s.act for s in statements] == ["intent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Напомним, накануне США ввели новый санкционный список.", "ru"),
        ("Нагадаємо, що раніше США запровадили санкції.", "uk"),
        ("«Наголошую, що правила дозволяють це», — сказав Ляшко.", "uk"),
        ("«Мы думаем, что война затянется», — сказал Полен.", "ru"),
    ],
)
def test_a_first_person_cue_is_no_statement(text: str, lang: str) -> None:
    # the writer's aside, or a quote's own "I stress": the quote alone is the statement
    statements, _ = _run(text, lang)
    assert all(s.kind == "direct" for s in statements)


def test_an_infinitive_cue_inside_a_quote_is_no_statement() -> None:
    said = _said("“Можна програти й сказати: ну, добре, я програв”, — заявив Трамп.", "uk")
    assert said == [("Трамп", "Можна програти й сказати: ну, добре, я програв", "speech")]


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        ("В оригинале Роган сказал «f* you», то есть выругался.", "ru", "f* you"),
        ("У Далтоні президент закликав “боротися за чесні підсумки виборів”.", "uk", None),
    ],
)
def test_a_quote_right_after_a_speech_verb_is_direct(
    text: str, lang: str, content: str | None
) -> None:
    statements, rules = _run(text, lang)
    assert rules == ["ru-uk:frame-before"]
    assert statements[0].kind == "direct"
    if content is not None:
        assert statements[0].content_text(text) == content


@pytest.mark.parametrize(
    "text",
    [
        'Про це повідомляє "Європейська правда".',  # the quote names the reporter
        "Трамп обіцяє “пекельну битву” за Білий дім.",  # the quote is a phrase of the clause
        "Але, як вказує «Gazeta Wyborcza», уряд отримав гарантії.",  # a name
    ],
)
def test_a_quote_after_a_verb_that_is_no_speech(text: str) -> None:
    statements, _ = _run(text, "uk")
    assert not any(s.kind == "direct" for s in statements)


def test_a_dash_frame_with_no_comma() -> None:
    said = _said("Польща та Україна вважають газопровід новою зброєю – нагадує видання.", "uk")
    assert ("видання", "Польща та Україна вважають газопровід новою зброєю", "speech") in said


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Проте, як зазначається, зараз активи не можуть виводитися з-під арешту.",
            None,
            "зараз активи не можуть виводитися з-під арешту",
        ),
        (
            "Як раніше інформував УНН, зараз лоукостер переживає кризу.",
            "УНН",
            "зараз лоукостер переживає кризу",
        ),
        (
            "Зокрема, пише The Guardian, інвестори створили петицію.",
            "The Guardian",
            "інвестори створили петицію",
        ),
    ],
)
def test_a_parenthetical_frame_opening_the_sentence(
    text: str, speaker: str | None, content: str
) -> None:
    assert _said(text, "uk") == [(speaker, content, "speech")]


def test_a_singular_verb_takes_no_plural_speaker_after_it() -> None:
    text = "Вчора родина засудженої, яку виправдали, попросила західні країни про притулок."
    assert not any(s[0] == "західні країни" for s in _said(text, "uk"))


def test_an_addressee_is_no_speaker_and_an_apposed_name_is_kept() -> None:
    text = (
        "Помощь не нужна, заявил в интервью РИА Новости временный поверенный в делах "
        "Афганистана в Москве Джамал Насир Гарвал."
    )
    ((speaker, content, _),) = _said(text, "ru")
    assert content == "Помощь не нужна"
    assert speaker is not None
    assert speaker.startswith("временный поверенный")
    assert speaker.endswith("Джамал Насир Гарвал")


def test_a_body_after_an_addressee() -> None:
    text = "Как заявили РИА Новости в пресс-службе агентства, в акции приняли участие граждане."
    assert _said(text, "ru") == [
        ("пресс-службе агентства", "в акции приняли участие граждане", "speech")
    ]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Як",
                "як",
                "раніше",
                "пише",
                "УНН",
                ",",
                "за",
                "його",
                "словами",
                "–",
                "нагадує",
                "видання",
                "Проте",
                "сказав",
                "«так»",
                "Трамп",
                ".",
            ]
        ),
        max_size=20,
    )
)
def test_any_run_of_frame_words_gives_well_formed_statements(words: list[str]) -> None:
    text = " ".join(words)
    statements, _ = _run(text, "uk")
    for s in statements:
        for span in (*s.content, *((s.cue,) if s.cue else ()), *s.quotes):
            assert 0 <= span.start <= span.end <= len(text)
        assert all(len(c) > 0 for c in s.content)


@pytest.mark.parametrize(
    ("text", "lang", "reporter", "source"),
    [
        (
            "Австралия ввела санкции против 14 компаний. Об этом пишет ТАСС со ссылкой на "
            "письмо австралийского МВД.",
            "ru",
            "ТАСС",
            "письмо австралийского МВД",
        ),
        (
            'Бортпровідники страйкуватимуть наприкінці липня. Про це повідомляє " " з '
            "посиланням на ВВС.",  # the reporter's name lost with its link
            "uk",
            None,
            "ВВС",
        ),
    ],
)
def test_a_cited_source_has_the_reporters_content_nested_in_it(
    text: str, lang: str, reporter: str | None, source: str
) -> None:
    statements, rules = _run(text, lang)
    assert sorted(rules) == ["ru-uk:about-this", "ru-uk:citing"]
    outer = statements[rules.index("ru-uk:about-this")]
    inner = statements[rules.index("ru-uk:citing")]
    assert (outer.speaker.text if outer.speaker else None) == reporter
    assert inner.speaker is not None
    assert inner.speaker.text == source
    assert inner.content == outer.content
    assert inner.reported_by == outer.id
    assert inner.id != outer.id


def test_a_reporting_outlet_is_a_speaker_and_a_cited_source() -> None:
    statements, _ = _run("Санкции введены против десяти банков, передает РБК.", "ru")
    assert [s.speaker.text if s.speaker else None for s in statements] == ["РБК"]


def test_about_this_is_not_read_as_content_before_a_frame() -> None:
    said = _said("Суд отклонил ходатайство. Об этом в четверг, 14 апреля, сообщает ТАСС.", "ru")
    assert said == [("ТАСС", "Суд отклонил ходатайство", "speech")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (
            "«Пит жесткий и умный», — говорится в заявлении Трампа.",
            "ru",
            "заявлении Трампа",
            "Пит жесткий и умный",
        ),
        (
            "В заявлении МИД говорится, что Москва готова к переговорам.",
            "ru",
            "заявлении МИД",
            "Москва готова к переговорам",
        ),
        (
            "Акції були звільнені з-під арешту, йдеться в повідомленні.",
            "uk",
            "повідомленні",
            "Акції були звільнені з-під арешту",
        ),
    ],
)
def test_a_document_is_the_speaker_of_an_impersonal_cue(
    text: str, lang: str, speaker: str, content: str
) -> None:
    said = _said(text, lang)
    assert (speaker, content, "speech") in said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Отмечается, что Москва готова к переговорам.", "ru"),  # the writer's
        ("У їхньому варіанті йдеться про три години.", "uk"),  # a topic
    ],
)
def test_an_impersonal_cue_naming_no_document_is_no_statement(text: str, lang: str) -> None:
    assert _said(text, lang) == []


@pytest.mark.parametrize(
    "space",
    [" ", "\xa0"],  # Telegram posts put no-break spaces around dashes
)
def test_an_interrupted_quote_is_one_statement_of_two_parts(space: str) -> None:
    text = (
        f"«Пит жесткий и верит, что Америка превыше всего,{space}—{space}говорится в заявлении "
        f"Трампа.{space}—{space}С Питом враги Америки будут предупреждены»."
    )
    statements, _ = _run(text, "ru")
    direct = [s for s in statements if s.kind == "direct"]
    assert len(direct) == 1
    assert [c.text(text) for c in direct[0].content] == [
        "Пит жесткий и верит, что Америка превыше всего",
        "С Питом враги Америки будут предупреждены",
    ]
    assert direct[0].speaker is not None
    assert direct[0].speaker.text == "заявлении Трампа"
    # the belief inside the first part ends where the frame interrupts it
    inner = [s.content_text(text) for s in statements if s.kind == "indirect"]
    assert inner == ["Америка превыше всего"]


@pytest.mark.parametrize(
    "text",
    [
        "Перерахунок підтвердив перемогу Байдена. Про це повідомив секретар штату Бред "
        "Раффенспергер, передає Радіо Свобода.",
        "Перерахунок підтвердив перемогу Байдена. Як передає Радіо Свобода, про це повідомив "
        "секретар штату Бред Раффенспергер.",
    ],
)
def test_a_chain_of_reporters_gives_each_their_statement(text: str) -> None:
    said = _said(text, "uk")
    assert {c for _, c, _ in said} == {"Перерахунок підтвердив перемогу Байдена"}
    assert sorted(s.split()[-1] for s, _, _ in said if s) == ["Раффенспергер", "Свобода"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Координатор ЄС на переговорах щодо Brexit Мішель Барньє запропонував продовжити "
            "перехідний етап.",
            "Мішель Барньє",
        ),
        (
            "Кандидат від партії Джо Байден уже висловив упевненість у своїй перемозі.",
            "Джо Байден",
        ),
    ],
)
def test_a_complement_verbs_subject_after_a_preposition_and_an_adverb(
    text: str, speaker: str
) -> None:
    statements, rules = _run(text, "uk")
    assert rules == ["ru-uk:complement"]
    assert statements[0].speaker is not None
    assert statements[0].speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (
            "Війна проти пандемії може затягнутися на невизначений термін — FT\nТекст статті.",
            "uk",
            "FT",
            "Війна проти пандемії може затягнутися на невизначений термін",
        ),
        (
            "ЭКОНОМИКА НАХОДИТСЯ В СТАДИИ ТРАНСФОРМАЦИИ - МИНИСТР\nТекст статьи.",
            "ru",
            "МИНИСТР",
            "ЭКОНОМИКА НАХОДИТСЯ В СТАДИИ ТРАНСФОРМАЦИИ",
        ),
    ],
)
def test_a_headline_closed_by_its_source(text: str, lang: str, speaker: str, content: str) -> None:
    statements, rules = _run(text, lang)
    assert rules == ["ru-uk:headline"]
    assert statements[0].speaker is not None
    assert statements[0].speaker.text == speaker
    assert statements[0].content_text(text) == content


@pytest.mark.parametrize(
    "text",
    [
        "Москва — столица России — ООН\nТекст.",  # no verb: a description
        "Переговоры продолжатся. Стороны договорились — ТАСС\nТекст.",  # a stop inside
    ],
)
def test_a_line_closed_by_capitals_that_is_no_headline(text: str) -> None:
    _, rules = _run(text, "ru")
    assert "ru-uk:headline" not in rules


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (
            "«Это так», - уточнил зампред Совбеза, подчеркнув при этом: в итоге сложится "
            "новая архитектура.",
            "ru",
            "зампред Совбеза",
            "в итоге сложится новая архитектура",
        ),
        (
            "Демократична партія опиралася призначенню, наполягаючи, що суддю має обрати новий "
            "президент.",
            "uk",
            "Демократична партія",
            "суддю має обрати новий президент",
        ),
    ],
)
def test_a_gerund_cue_speaks_for_its_verbs_subject(
    text: str, lang: str, speaker: str, content: str
) -> None:
    assert (speaker, content, "speech") in _said(text, lang)


def test_a_gerund_frames_nothing_before_it() -> None:
    assert _said("Уряд ухвалив рішення, підкресливши його важливість.", "uk") == []


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        (
            "Тільки 34% заявили, що Трамп каже правду, в той час як 55% не впевнені.",
            "uk",
            "Трамп каже правду",
        ),
        (
            "Партія наполягає, що суддю має обрати президент — зокрема, Барретт вплине на вибори.",
            "uk",
            "суддю має обрати президент",
        ),
        ("Лавров заявил, что Москва готова, тогда как Киев медлит.", "ru", "Москва готова"),
    ],
)
def test_a_clause_break_ends_the_reported_content(text: str, lang: str, content: str) -> None:
    assert content in [c for _, c, _ in _said(text, lang)]


def test_a_clause_break_word_inside_the_content_without_its_dash() -> None:
    text = "Партія заявила, що суддю обиратимуть, зокрема, за новими правилами."
    assert [c for _, c, _ in _said(text, "uk")] == [
        "суддю обиратимуть, зокрема, за новими правилами"
    ]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Перерахунок підтвердив перемогу Байдена. Про це повідомив секретар штату Бред "
            "Раффенспергер, передає Радіо Свобода.",
            "Свобода",
            "Раффенспергер",
        ),
        (
            "Перерахунок підтвердив перемогу Байдена. Як передає Радіо Свобода, про це повідомив "
            "секретар штату Бред Раффенспергер.",
            "Свобода",
            "Раффенспергер",
        ),
    ],
)
def test_the_inner_reporter_of_a_chain_is_nested_in_the_outer(
    text: str, outer: str, inner: str
) -> None:
    statements, _ = _run(text, "uk")
    first, second = statements
    assert first.speaker is not None
    assert second.speaker is not None
    assert first.speaker.text.endswith(outer)
    assert second.speaker.text.endswith(inner)
    assert second.reported_by == first.id
    assert first.reported_by is None


def test_a_role_no_person_precedes_is_the_person_quoted_next() -> None:
    text = (
        "Страны ЕАЭС решили уйти от доллара, рассказал директор департамента.\n\n"
        "Доля нацвалют превысила 70%, указал Алексей Евдокимов."
    )
    article = Article(id=Article.make_id(text), text=text, language="ru")
    statements, _, _ = attribute_slavic(article, russian.annotate(text))
    role, named = statements
    assert role.speaker is not None
    assert role.speaker.text == "директор департамента"
    assert named.speaker_entity is not None
    assert role.speaker_entity == named.speaker_entity


def test_a_role_after_a_body_alone_stays_unresolved() -> None:
    text = (
        "Решение о встрече отложено, заявил директор департамента.\n\n"
        "В МИД заявили, что ждут ответа."
    )
    article = Article(id=Article.make_id(text), text=text, language="ru")
    statements, _, _ = attribute_slavic(article, russian.annotate(text))
    role = [s for s in statements if s.speaker and s.speaker.text == "директор департамента"]
    assert len(role) == 1
    assert role[0].speaker_entity is None


def test_the_channels_own_name_is_no_speaker() -> None:
    text = "Ранее SHOT писал, что в окружении оказались более тысячи военных."
    annotation = russian.annotate(text)
    own = Article(id=Article.make_id(text), text=text, language="ru", outlet="SHOT")
    other = Article(id=Article.make_id(text), text=text, language="ru", outlet="Mash")
    assert attribute_slavic(own, annotation)[0] == ()
    assert [s.speaker.text for s in attribute_slavic(other, annotation)[0] if s.speaker] == ["SHOT"]


def test_a_source_label_line_is_no_headline() -> None:
    _, rules = _run("Источник: РИА Новости сообщает о новых ударах по городу.\n", "ru")
    assert "ru-uk:headline" not in rules


@pytest.mark.parametrize(
    "text",
    [
        "Законопроект о санкциях против России официально требует, чтобы банки соблюдали "
        "ограничения.",
        "Новый закон требует, чтобы все министерства сдавали отчёты.",
    ],
)
def test_a_legal_acts_provision_is_no_statement_in_russian(text: str) -> None:
    assert _said(text, "ru") == []
    # the same sentence with a person as the subject is a statement
    person = text.replace("Законопроект о санкциях против России", "Песков").replace(
        "Новый закон", "Песков"
    )
    assert [s for s, _, _ in _said(person, "ru")] == ["Песков"]


def test_a_law_named_after_the_cue_does_not_silence_it() -> None:
    said = _said("Санкции против банков продлены на год, сообщил Песков.", "ru")
    assert [s for s, _, _ in said] == ["Песков"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Про затримання клірика повідомив у ніч на суботу, 24 листопада, міністр інформації "
            "Фавад Чаудхрі.",
            "міністр інформації Фавад Чаудхрі",
            "затримання клірика",
        ),
        (
            "Зеленський повідомив про нові санкції проти Росії.",
            "Зеленський",
            "нові санкції проти Росії",
        ),
    ],
)
def test_a_ukrainian_statement_of_what_follows_pro(speaker: str, content: str, text: str) -> None:
    assert (speaker, content, "speech") in _said(text, "uk")


def test_pro_te_shcho_is_a_clause_not_a_noun() -> None:
    said = _said("Порошенко заявив про те, що газопровід є геополітичним проектом.", "uk")
    assert [c for _, c, _ in said] == ["газопровід є геополітичним проектом"]


def test_a_complement_verbs_subject_after_an_adverb_tagged_as_a_preposition() -> None:
    text = "Раніше Різві закликав у відеозверненні прихильників вийти на вулиці."
    statements, rules = _run(text, "uk")
    assert rules == ["ru-uk:complement"]
    assert statements[0].speaker is not None
    assert statements[0].speaker.text == "Різві"


def test_a_body_named_before_a_plural_complement_verb() -> None:
    said = _said("У ЄС пропонують продовжити перехідний період на два роки.", "uk")
    assert said == [("ЄС", "продовжити перехідний період на два роки", "speech")]
    assert _said("У понеділок пропонують продовжити перехідний період на два роки.", "uk") == []


def test_allowing_a_possibility_is_said() -> None:
    said = _said("Мішель Барньє допустив можливість продовження перехідного періоду.", "uk")
    assert said == [("Мішель Барньє", "можливість продовження перехідного періоду", "speech")]
