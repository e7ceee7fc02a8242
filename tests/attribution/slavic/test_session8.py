"""Cues and asides added in session 8 (issue 17): each construction, and what stays no
statement."""

from __future__ import annotations

import pytest

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article, Statement
from reportedly.nlp import russian, ukrainian


def _run(text: str, lang: str) -> list[Statement]:
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    statements, _, _ = attribute_slavic(article, annotate(text))
    return list(statements)


def _said(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text), s.act)
        for s in _run(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "act"),
    [
        ("Песков намекнул, что рост курса не отразится на экономике.", "ru", "Песков", "speech"),
        ("Эксперты предположили, что Россия пойдет на заморозку конфликта.", "ru", "Эксперты",
         "belief"),
        ("Мей застерегла, що відмова від проекту угоди призведе до хаосу.", "uk", "Мей",
         "speech"),
        ("Вірусолог припустив, що ефект вакцини може зберігатися роками.", "uk", "Вірусолог",
         "belief"),
    ],
)  # fmt: skip
def test_mined_cues(text: str, lang: str, speaker: str, act: str) -> None:
    found = _said(text, lang)
    assert [(s, a) for s, _, a in found] == [(speaker, act)]


def test_according_to_a_document_opening_the_sentence() -> None:
    text = "Відповідно до технічного завдання, фірма має провести обробку деревини."
    assert _said(text, "uk") == [
        ("технічного завдання", "фірма має провести обробку деревини", "speech")
    ]


def test_an_aside_between_commas_reports_the_clause_after_it() -> None:
    text = "Сам Brexit пройде 29 березня, потім, згідно з планом, настане перехідний період."
    assert [(s, c) for s, c, _ in _said(text, "uk")] == [("планом", "настане перехідний період")]


def test_according_to_inside_a_clause_is_no_cue() -> None:
    text = "Авіакомпаніям не довелося виплачувати компенсації відповідно до директиви ЄС 261."
    assert _said(text, "uk") == []


def test_a_quoted_name_after_the_verb_is_the_speaker() -> None:
    text = "Але, як в свою чергу пише «Gazeta Wyborcza», уряд отримав гарантії."
    assert [(s, c) for s, c, _ in _said(text, "uk")] == [
        ("«Gazeta Wyborcza»", "уряд отримав гарантії")
    ]


def test_a_body_noun_refers_back_to_a_quoted_name() -> None:
    text = (
        "Фірма «Тек-гідроаеробуд» виграла тендер. При цьому фірма вказала, що не планує "
        "залучати субпідрядника."
    )
    article = Article(id=Article.make_id(text), text=text, language="uk")
    statements, _, index = attribute_slavic(article, ukrainian.annotate(text))
    names = {e.id: e.name for e in index.entities()}
    assert [names.get(s.speaker_entity or "") for s in statements] == ["Тек-гідроаеробуд"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Армия продвинулась к городу, сообщает пресс-служба «Газпрома».", "ru", "Газпром"),
        ("Суд відновив арешт, повідомила прес-служба НАК «Нафтогаз України».", "uk",
         "Нафтогаз України"),
        ("Пресс-служба Кремля заявила, что Путин проведет встречу.", "ru", "Кремль"),
    ],
)  # fmt: skip
def test_a_press_service_speaks_for_its_body(text: str, lang: str, name: str) -> None:
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    statements, _, index = attribute_slavic(article, annotate(text))
    names = {e.id: e.name for e in index.entities()}
    assert [names.get(s.speaker_entity or "") for s in statements] == [name]


def test_a_lexicon_title_with_a_voice_noun_stays_a_role() -> None:
    text = "Официальный представитель МИД России заявила, что это провокация."
    article = Article(id=Article.make_id(text), text=text, language="ru")
    statements, _, _ = attribute_slavic(article, russian.annotate(text))
    assert [s.speaker_entity for s in statements] == [None]  # the actors stage reads the title


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        ("Запад, указал Нарышкин, осознаёт необходимость большей сдержанности.", "ru",
         "Нарышкин", "Запад … осознаёт необходимость большей сдержанности"),
        ("Газопровід, наголосив Маас, не є політичним проектом і має бути добудований.", "uk",
         "Маас", "Газопровід … не є політичним проектом і має бути добудований"),
    ],
)  # fmt: skip
def test_a_frame_inside_the_sentence_reports_both_sides(
    text: str, lang: str, speaker: str, content: str
) -> None:
    assert [(s, c) for s, c, _ in _said(text, lang)] == [(speaker, content)]


def test_a_frame_then_a_gerund_is_no_resumed_clause() -> None:
    text = "Россия готова к диалогу, заявил Песков, добавив, что условия известны."
    assert [(s, c) for s, c, _ in _said(text, "ru")] == [
        ("Песков", "Россия готова к диалогу"),
        ("Песков", "условия известны"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("В столице загорелась крыша дома, есть пострадавший, об этом сообщила городская "
         "администрация.", "ru", "городская администрация"),
        ("Суд відновив арешт активів Газпрому, про це повідомляє прес-служба Нафтогазу.", "uk",
         "прес-служба Нафтогазу"),
    ],
)  # fmt: skip
def test_about_this_after_a_comma_reports_the_clause_before(
    text: str, lang: str, speaker: str
) -> None:
    found = _said(text, lang)
    assert [s for s, _, _ in found] == [speaker]
    assert found[0][1] == text[: text.index(",", text.index(",") + 1 if lang == "ru" else 0)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Украина получила новые системы ПВО, о чем сообщил Зеленский.", "ru", "Зеленский"),
        ("Перерахунок голосів підтвердив перемогу Байдена, про що повідомив Бред Раффенспергер.",
         "uk", "Бред Раффенспергер"),
    ],
)  # fmt: skip
def test_a_relative_about_which_line(text: str, lang: str, speaker: str) -> None:
    assert [(s, c) for s, c, _ in _said(text, lang)] == [(speaker, text[: text.index(",")])]


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
    assert [s for s, _, _ in _said(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        ("С начала августа, как уточнили в МЧС, в регионе обезврежено более 1480 предметов.",
         "ru", "МЧС", "С начала августа … в регионе обезврежено более 1480 предметов"),
        ("Уряд Німеччини, як повідомляє Reuters, отримав від США гарантії.", "uk", "Reuters",
         "Уряд Німеччини … отримав від США гарантії"),
        ("Кроме того, как сообщает ТАСС, он назначил нового командующего.", "ru", "ТАСС",
         "он назначил нового командующего"),
    ],
)  # fmt: skip
def test_an_as_aside_inside_the_sentence(text: str, lang: str, speaker: str, content: str) -> None:
    assert [(s, c) for s, c, _ in _said(text, lang)] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Силы ПВО уничтожили 29 беспилотников над регионами России, сообщили в МО РФ.",
         "МО РФ"),
        ("В заявлении Швейцарской народной партии «UDC» говорится, что группа отвергает "
         "ряд инициатив.", "заявлении Швейцарской народной партии «UDC»"),
    ],
)  # fmt: skip
def test_acronym_bodies_and_named_documents(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _said(text, "ru")] == [speaker]


def _speakers(text: str, lang: str) -> list[str | None]:
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    statements, _, index = attribute_slavic(article, annotate(text))
    names = {e.id: e.name for e in index.entities()}
    return [names.get(s.speaker_entity or "") for s in statements]


def test_an_abbreviation_in_brackets_names_the_same_body() -> None:
    text = (
        "Фонд Local Authority Pension Fund Forum (LAPFF) є акціонером Ryanair. Згодом LAPFF "
        "заявив, що вимагає відставки голови."
    )
    assert _speakers(text, "uk") == ["Local Authority Pension Fund Forum"]


def test_a_role_noun_refers_back_to_the_person_named() -> None:
    text = (
        "Про це повідомив міністр закордонних справ Дмитро Кулеба. За словами урядовця, "
        "клірика взяли під варту з метою захисту."
    )
    assert _speakers(text, "uk")[-1] == "Дмитро Кулеба"  # the registry comes later


def test_a_speaker_cut_inside_a_quoted_name_takes_the_whole_name() -> None:
    text = (
        "Сільрада уклала угоду з фірмою. Про це пише «Центр громадського моніторингу та "
        "досліджень»."
    )
    assert _speakers(text, "uk") == ["Центр громадського моніторингу та досліджень"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Активы останутся под арестом до решения суда», — сказано в сообщении.", "ru",
         "сообщении"),
        ("“Активи лишатимуться під арештом до рішення”, сказано у повідомленні.", "uk",
         "повідомленні"),
        ("Как указано в документе, активы останутся под арестом.", "ru", "документе"),
    ],
)  # fmt: skip
def test_an_impersonal_speech_verb_takes_the_document_beside_it(
    text: str, lang: str, speaker: str
) -> None:
    assert [s for s, _, _ in _said(text, lang)] == [speaker]


def test_a_pronoun_goes_to_the_subject_not_to_an_object_before_a_verb() -> None:
    text = (
        "Трамп в четверг поговорил по телефону с Путиным. Трамп, по данным издания, призвал "
        "Путина не идти на эскалацию. Он также заявил, что хочет скорейшего мира."
    )
    assert _speakers(text, "ru")[-1] == "Трамп"  # the registry comes later


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Накануне издание «Страна» сообщило, что в Украине началась вакцинация.", "ru",
         "Страна"),
        ("Напередодні видання «Страна» з посиланнями на власні джерела повідомило, що в "
         "Україні розпочалася вакцинація.", "uk", "Страна"),
    ],
)  # fmt: skip
def test_an_outlet_named_in_quote_marks_after_its_kind(text: str, lang: str, name: str) -> None:
    assert _speakers(text, lang) == [name]
