"""Russian speakers resolved end to end: bodies, titles and what must stay unresolved."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import speakers

from reportedly.model import Analysis, Article
from reportedly.pipeline import Pipeline


def _analyse(pipeline: Pipeline, text: str) -> Analysis:
    return pipeline.analyze(Article(id=Article.make_id(text), text=text, language="ru"))


def _speakers(analysis: Analysis) -> dict[str, str | None]:
    """Each statement's content (first three words) -> its speaker's actor id."""
    text = analysis.article.text
    return {
        " ".join(s.content_text(text).split()[:3]): s.speaker_actor for s in analysis.statements
    }


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Минобороны сообщило, что ночью сбиты десять беспилотников.", "mod-russia"),
        ("ЕС предупредил, что новые санкции вступят в силу в мае.", "european-union"),
        ("Правительство Британии сообщило, что санкции расширены.", "government-uk"),
        ("Как сообщила СВР РФ, Запад готовит провокацию.", "svr"),
        ("Российское Министерство обороны заявило, что атака отражена.", "mod-russia"),
        ("Украинская военная разведка сообщила, что удары продолжатся.", "gur-ukraine"),
        ("«Мы не допустим эскалации», — сказал Себастьян Лекорню.", "lecornu-sebastien"),
    ],
)
def test_russian_names_of_registry_bodies(pipeline: Pipeline, text: str, actor: str) -> None:
    assert list(_speakers(_analyse(pipeline, text)).values()) == [actor]


def test_a_deputy_chairman_title_is_medvedev(pipeline: Pipeline) -> None:
    text = (
        "Заместитель председателя Совета безопасности России Дмитрий Медведев написал, что "
        "кризис продолжится. «Цены вырастут еще сильнее», — отметил зампред Совбеза."
    )
    found = _speakers(_analyse(pipeline, text))
    assert found == {
        "кризис продолжится": "medvedev-dmitry",
        "Цены вырастут еще": "medvedev-dmitry",
    }


def test_a_plural_word_before_a_name_is_no_title_of_it(pipeline: Pipeline) -> None:
    text = (
        "Вслед за областными властями Зеленский назвал целью удара энергетику. "
        "Два человека погибли в Одессе, сообщили власти."
    )
    found = _speakers(_analyse(pipeline, text))
    assert found.get("Два человека погибли") is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("В Кремле заявили, что переговоры продолжатся.", "government-russia"),
        ("В британском правительстве подчеркнули, что санкции расширены.", "government-uk"),
        ("При этом в российском дипведомстве отметили, что визит не состоится.", "mfa-russia"),
        ("Переговоры с Киевом продолжатся, заявили в Белом доме.", "government-usa"),
    ],
)
def test_a_body_in_the_locative_speaks_for_a_plural_verb(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    assert list(_speakers(_analyse(pipeline, text)).values()) == [actor]


def test_a_place_in_the_locative_is_no_speaker(pipeline: Pipeline) -> None:
    analysis = _analyse(pipeline, "В Николаеве заявили, что воздушная тревога окончена.")
    assert all(s.speaker is None for s in analysis.statements)


def test_a_body_phrase_is_named_in_the_nominative() -> None:
    from reportedly.attribution.slavic.bodies import body_head, body_name
    from reportedly.attribution.slavic.lexicon import default_lexicon
    from reportedly.nlp import russian

    text = "Об этом сообщили в российском дипведомстве и в пресс-службе агентства."
    tokens = list(russian.annotate(text).tokens)
    bodies = default_lexicon("ru").bodies
    first, second = tokens[4:6], tokens[8:10]
    assert body_name(text, first, body_head(first, bodies) or 0) == "российское дипведомство"
    assert body_name(text, second, body_head(second, bodies) or 0) == "пресс-служба агентства"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Страны союза решили уйти от доллара в расчетах. Об этом заявил министр Иван Петров.",
            "министр Иван Петров",
            "Страны союза решили уйти от доллара в расчетах",
        ),
        (
            "Япония запретила вывоз станков в Россию. Об этом сообщают «Известия».",
            "«Известия»",
            "Япония запретила вывоз станков в Россию",
        ),
        (  # the verb further on, past the date
            "Суд отклонил ходатайство России о новой отсрочке. "
            "Об этом в четверг, 14 апреля, сообщает ТАСС.",
            "ТАСС",
            "Суд отклонил ходатайство России о новой отсрочке",
        ),
    ],
)
def test_about_this_reports_the_sentence_before(
    pipeline: Pipeline, text: str, speaker: str, content: str
) -> None:
    analysis = _analyse(pipeline, text)
    [s] = analysis.statements
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert s.content_text(text) == content
    assert s.speaker_entity is not None  # a name in quote marks is a name


def test_about_this_needs_a_speech_verb(pipeline: Pipeline) -> None:
    text = "Цены на хлеб выросли на треть. Об этом думают многие."
    assert _analyse(pipeline, text).statements == ()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "**🔻Зеленский: ночью сбиты сорок ракет**\n\n"
            "Президент Украины Владимир Зеленский написал об атаке в телеграме.",
            "zelenskyy-volodymyr",
        ),
        ("**⚡️ВВС Украины: **За ночь сбиты 30 беспилотников.", "air-force-ukraine"),
    ],
)
def test_a_headline_speaker_behind_an_emoji(pipeline: Pipeline, text: str, actor: str) -> None:
    found = _speakers(_analyse(pipeline, text))
    assert actor in found.values()


def test_so_slov_cites_its_genitive_source(pipeline: Pipeline) -> None:
    text = "Со слов губернатора Ивана Петрова, завод выпускает только гражданскую продукцию."
    [s] = _analyse(pipeline, text).statements
    assert s.speaker is not None
    assert s.speaker.text == "губернатора Ивана Петрова"
    assert s.content_text(text) == "завод выпускает только гражданскую продукцию"


def test_so_slovami_is_no_cue(pipeline: Pipeline) -> None:
    text = "Министр выступил со словами поддержки, завод выпускает только гражданскую продукцию."
    assert _analyse(pipeline, text).statements == ()


def test_prodolzhil_frames_a_quote(pipeline: Pipeline) -> None:
    text = "«Мы готовы к переговорам», — сказал Петров. «Но условия ставим мы», — продолжил он."
    statements = _analyse(pipeline, text).statements
    assert [s.cue.text(text) for s in statements if s.cue] == ["сказал", "продолжил"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Газета сообщила о продаже компанией десяти старых танкеров.",
            "Газета",
            "продаже компанией десяти старых танкеров",
        ),
        (
            "О завершении эвакуации жителей сообщили в Минобороны России.",
            "Минобороны России",
            "завершении эвакуации жителей",
        ),
    ],
)
def test_the_noun_phrase_after_o_is_the_statement(
    pipeline: Pipeline, text: str, speaker: str, content: str
) -> None:
    [s] = _analyse(pipeline, text).statements
    assert s.speaker is not None
    assert s.speaker.text == speaker
    assert s.content_text(text) == content


def test_a_topic_after_rasskazal_o_is_no_statement(pipeline: Pipeline) -> None:
    text = "Министр рассказал о шестом пакете санкций."
    assert _analyse(pipeline, text).statements == ()


def test_a_role_continues_the_person_just_quoted(pipeline: Pipeline) -> None:
    text = (
        "Страны союза уходят от доллара, указал Иван Сидоров. "
        "«Расчеты в рублях растут», — рассказал директор департамента."
    )
    analysis = _analyse(pipeline, text)
    entities = {e.id: e.name for e in analysis.entities}
    names = [entities.get(s.speaker_entity or "") for s in analysis.statements]
    assert names == ["Иван Сидоров", "Иван Сидоров"]


@pytest.mark.parametrize(
    "second",
    [
        "«Расчеты в рублях растут», — рассказал директор департамента МИД Польши.",
        "Прошел месяц. Прошел год. Прошло два года. «Расчеты растут», — рассказал директор.",
        "«Расчеты в рублях растут», — рассказала директор департамента.",
    ],
)
def test_a_role_far_away_named_or_of_another_gender_stays_unresolved(
    pipeline: Pipeline, second: str
) -> None:
    text = "Страны союза уходят от доллара, указал Иван Сидоров. " + second
    last = _analyse(pipeline, text).statements[-1]
    assert last.speaker_entity != "иван-сидоров"


def test_izdanie_is_the_outlet_just_quoted(pipeline: Pipeline) -> None:
    text = (
        "WSJ сообщила, что компания продала десять танкеров. "
        "Сделки шли через посредников, поясняет издание."
    )
    statements = _analyse(pipeline, text).statements
    assert len(statements) == 2
    assert statements[1].speaker_entity is not None
    assert statements[1].speaker_entity == statements[0].speaker_entity


def test_the_russian_name_of_ukraines_emergency_service_links_the_registry_body() -> None:
    text = (
        "Государственная служба по чрезвычайным ситуациям сообщила, что в Харькове "
        "потушен пожар на складе."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["dsns-ukraine"]
