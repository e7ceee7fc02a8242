"""Russian statements the rules missed on a fresh draw of Telegram posts and news (session 32,
seed 32103): post lines closed by a name, quoting frames with a pronoun, bodies after "в",
interrupted quotes; every text here is written for the test."""

from __future__ import annotations

from tests.attribution.slavic.speaking import attributed, said

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article
from reportedly.nlp import russian


def test_a_line_with_a_short_adjective_closed_by_a_name() -> None:
    text = "❗️Кремль пока знаком с этим планом **только из газет** — Песков\n\nПодробнее позже."
    assert said(text, "ru") == [("Песков", "Кремль пока знаком с этим планом **только из газет")]


def test_a_line_without_a_predicate_closed_by_a_name_is_no_statement() -> None:
    text = "Новый министр обороны страны после долгих споров в правительстве — Белоусов\n\nТекст."
    assert said(text, "ru") == []


def test_a_line_holding_a_quote_closed_by_a_name() -> None:
    text = (
        "⚡️Слова генералов о новых ударах безответственны, **они «пороха не нюхали»**, — Лавров."
        "\n\nПодписаться."
    )
    assert said(text, "ru") == [
        ("Лавров", "Слова генералов о новых ударах безответственны, **они «пороха не нюхали»")
    ]


def test_two_sentences_set_off_from_a_name() -> None:
    text = (
        "⚡️В случае применения этой ракеты **мощь удара будет огромной.** Все, что находится в "
        "центре взрыва, по сути превращается в пыль, — Путин.\n\nПодписаться."
    )
    [(who, what)] = said(text, "ru")
    assert who == "Путин"
    assert what.startswith("В случае")
    assert what.endswith("в пыль")


def test_two_sentences_closed_by_a_name_without_a_comma_stay_apart() -> None:
    text = "Вчера прошли выборы. Победу одержал кандидат оппозиции — Иванов.\n\nТекст."
    assert said(text, "ru") == []


def test_a_quote_relayed_with_a_pronoun() -> None:
    text = (
        "На марше выступил политик Илья Яшин.\n\n"
        "«Россия — это мы. И мы против войны», — цитирует его телеграм-канал «Эхо»."
    )
    found = attributed(text, "ru")
    assert [(s.speaker.text if s.speaker else None) for s in found] == [
        "телеграм-канал «Эхо»",
        "его",
    ]
    outer, inner = found
    assert inner.reported_by == outer.id
    assert (
        inner.content_text(text) == outer.content_text(text) == "Россия — это мы. И мы против войны"
    )


def test_a_quote_whose_words_are_brought_with_a_pronoun() -> None:
    text = (
        "В Лондоне выступил Михаил Ходорковский.\n\n"
        "«Это люди заболевшие, просто заболевшие», — приводит его слова «Эхо»."
    )
    found = attributed(text, "ru")
    assert [
        (s.speaker.text if s.speaker else None, s.cue.text(text) if s.cue else None) for s in found
    ] == [
        ("«Эхо»", "приводит"),
        ("его", "приводит его слова"),
    ]


def test_a_quoting_verb_before_a_new_sentence_relays_nothing() -> None:
    text = (
        "«Мы поддерживаем народ Украины во всем», — цитирует Байдена Он также объявил о "
        "новой программе."
    )
    quoted = "Мы поддерживаем народ Украины во всем"
    found = [s for s in attributed(text, "ru") if s.content_text(text) == quoted]
    assert [s.speaker.text if s.speaker else None for s in found] == ["Байдена"]


def test_a_parliament_after_the_verb_is_the_speaker() -> None:
    text = "Европа нуждается в украинских рабочих, заявили в Верховной Раде."
    assert said(text, "ru") == [("Верховной Раде", "Европа нуждается в украинских рабочих")]


def test_an_interrupted_quote_framed_by_continues() -> None:
    text = "«Обеспечим ли мы граждан мандаринами? — продолжает он. — Это самое главное»."
    assert said(text, "ru") == [("он", "Обеспечим ли мы граждан мандаринами? … Это самое главное")]


def test_a_quote_with_two_frames_gives_each_its_part() -> None:
    text = (
        "«Обеспечим ли мы граждан мандаринами? — продолжает он. — Даже то, что африканское, "
        "приобретается в Европе, — сказал сотрудник. — Вижу выход в других странах»."
    )
    assert said(text, "ru") == [
        ("он", "Обеспечим ли мы граждан мандаринами?"),
        (
            "сотрудник",
            "Даже то, что африканское, приобретается в Европе … Вижу выход в других странах",
        ),
    ]


def _channel_said(text: str, channel: str | None) -> list[str | None]:
    """The speakers the rules find in ``text`` posted by ``channel`` (None: a news article)."""
    article = Article(id=Article.make_id(text), text=text, language="ru", outlet=channel)
    statements, _, _ = attribute_slavic(article, russian.annotate(text))
    return [s.speaker.text if s.speaker else None for s in statements]


def test_what_we_wrote_before_is_the_channels_own() -> None:
    text = "Ранее мы писали, что накануне в столице прошли столкновения у парламента."
    assert _channel_said(text, "SHOT") == []
    assert _channel_said(text, None) == ["мы"]  # a news article's "как мы писали" stays


def test_what_we_said_in_a_quote_stays_a_statement() -> None:
    text = "«Мы сообщали, что цены вырастут», — заявил министр."
    assert [who for who, _ in said(text, "ru")] == ["министр", "Мы"]


def test_a_name_in_quote_marks_an_object_is_called() -> None:
    text = (
        "В Госдуме назвали блокировку мессенджера «сигналом компаниям о том, что терпение "
        "кончается»."
    )
    assert said(text, "ru") == [
        (
            "Госдуме",
            "блокировку мессенджера «сигналом компаниям о том, что терпение кончается»",
        )
    ]


def test_a_document_named_by_a_pronoun() -> None:
    text = "Газета опубликовала расследование, в нем утверждается, что банк работал с клиентами."
    assert said(text, "ru") == [("нем", "банк работал с клиентами")]


def test_a_dash_and_a_demonstrative_end_a_complement() -> None:
    text = "Сегодня жители потребовали уволить главу района — этот вопрос обсуждали первым."
    assert said(text, "ru") == [("жители", "уволить главу района")]


def test_a_request_and_a_stressed_need_are_speech() -> None:
    assert said("Украина запросила у США дополнительные системы ПВО.", "ru") == [
        ("Украина", "у США дополнительные системы ПВО")
    ]
    assert said("Глава МИД подчеркнул необходимость прекращения огня.", "ru") == [
        ("Глава МИД", "необходимость прекращения огня")
    ]


def test_quotes_listed_after_a_colon_are_one_statement() -> None:
    text = "Участники митинга скандировали: «Россия будет свободной!», «Нет войне!»"
    assert said(text, "ru") == [("Участники митинга", "Россия будет свободной!», «Нет войне!")]


def test_a_quote_after_a_stop_is_no_listed_one() -> None:
    text = "Песков заявил: «Мы готовы». «Но не сейчас», — добавил он."
    assert said(text, "ru") == [("Песков", "Мы готовы"), ("он", "Но не сейчас")]


def test_a_person_a_demonstrative_points_to_said_the_quote() -> None:
    text = "«Мобилизация может изменить ситуацию», — цитирует этого человека агентство Reuters."
    assert [who for who, _ in said(text, "ru")] == ["агентство Reuters", "человека"]


def test_an_aside_between_the_cue_and_its_clause() -> None:
    text = "Местные источники сообщают — пока без подробностей — что в городе возник пожар."
    assert said(text, "ru") == [("Местные источники", "в городе возник пожар")]


def test_a_quoted_adjective_an_object_is_called() -> None:
    text = "Чиновник назвал этот манёвр «жёстким»."
    assert said(text, "ru") == [("Чиновник", "этот манёвр «жёстким»")]


def test_according_to_reports_of_a_source() -> None:
    text = "По сообщениям украинских источников, переговоры пройдут в Стамбуле."
    assert said(text, "ru") == [("украинских источников", "переговоры пройдут в Стамбуле")]


def test_the_underground_after_the_verb_is_the_speaker() -> None:
    text = "Удар нанесен по составу у порта, сообщили РИА Новости в пророссийском подполье."
    assert said(text, "ru") == [("пророссийском подполье", "Удар нанесен по составу у порта")]
