"""Who a Russian or Ukrainian pronoun, role noun or kind noun refers back to
(attribution/slavic/antecedents.py)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import speaker_entities, speakers

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article
from reportedly.nlp import ukrainian


def test_vedomstvo_refers_back_to_the_body_named_before() -> None:
    text = (
        "МВД Грузии сообщило о 43 задержанных в ходе акции у здания парламента. Ведомство "
        "также отметило, что в ходе столкновений пострадали 32 его сотрудника."
    )
    found = speakers(text, "ru")
    assert [name for _, name, _ in found] == ["Министерство внутренних дел Грузии"] * 2


def test_a_carrier_refers_back_to_the_company() -> None:
    text = (
        "У Ryanair заявили, що страйк завдає шкоди діяльності авіакомпанії. Окрім цього, "
        "перевізник заявив, що страйки не мають виправдання."
    )
    assert speakers(text, "uk")[-1][1] == "Ryanair"


def test_the_head_of_a_region_or_body_refers_back_to_the_person_named_before() -> None:
    text = (
        "Губернатор Валерий Лимаренко заявил, что компании остаются. Глава области заверил, "
        "что все производства работают в штатном режиме. Глава Роснефти заявил, что тоже."
    )
    found = speakers(text, "ru")
    assert found[1][:2] == ("Глава области", "Валерий Лимаренко")
    assert found[2][1] is None  # a company's head is not the governor


def test_a_pronoun_is_the_subject_of_the_sentence_before_before_an_earlier_speaker() -> None:
    text = (
        "«Ситуація складна», – повідомив голова в'язниці Салім Баіг.\n\nЧоловік Бібі Ашіг "
        "Масіх повідомив DW, що шокований рішенням уряду. «Цієї угоди ніколи не повинно було "
        "бути», – сказав він."
    )
    assert speakers(text, "uk")[-1][1] == "Ашіг Масіх"


def test_a_single_letter_is_no_person_a_pronoun_may_refer_to() -> None:
    text = (
        "Российские военные применили гиперзвуковые ракеты «Кинжал» с МиГ-31К, говорится в "
        "заявлении Киевской городской военной администрации. По ее данным, над Киевом было "
        "сбито несколько ракет."
    )
    assert [name for _, name, _ in speakers(text, "ru")][-1] is None  # the NER's "К" is none


def test_a_bare_kind_of_body_is_the_body_of_that_kind_named_just_before() -> None:
    text = (
        "Киевская городская военная администрация сообщила об атаке. «Под ударом оказалась "
        "вся территория», — заявили в администрации."
    )
    assert speakers(text, "ru")[-1][1] == "Киевская городская военная администрация"
    assert speakers("В правительстве заявили, что сделка будет.", "ru")[0][1] is None


def test_a_pronoun_after_a_document_frame_is_the_person_quoted_in_it() -> None:
    text = (
        "«Сьогодні у нас почнеться новий етап», – повідомив міністр охорони здоров’я Дмитро "
        "Піневич, йдеться в повідомленні.\n\nВін додав, що в країні створена система "
        "зберігання вакцини."
    )
    assert speakers(text, "uk")[-1][1] == "Дмитро Піневич"


def test_a_ukrainian_expert_refers_back_like_a_pronoun() -> None:
    text = (
        "Про це розповів голова Громадської ліги Сергій Джердж. Частина сирійців повернулась "
        "би у свою мирну країну, переконаний експерт."
    )
    assert [s[1] for s in speakers(text, "uk")][-1] == "Сергій Джердж"


def test_a_pronoun_goes_to_the_subject_the_parse_finds_after_a_verb_of_speech() -> None:
    text = (
        "Джейк Салливан сказал, что США не обсуждают это. "
        "На прошлой неделе об этом также высказался Владимир Путин. "
        "Он сказал: «Мы этого не допустим»."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["sullivan-jake", "putin-vladimir"]


def test_a_body_noun_refers_back_to_a_quoted_name() -> None:
    text = (
        "Фірма «Тек-гідроаеробуд» виграла тендер. При цьому фірма вказала, що не планує "
        "залучати субпідрядника."
    )
    article = Article(id=Article.make_id(text), text=text, language="uk")
    statements, _, index = attribute_slavic(article, ukrainian.annotate(text))
    names = {e.id: e.name for e in index.entities()}
    assert [names.get(s.speaker_entity or "") for s in statements] == ["Тек-гідроаеробуд"]


def test_a_role_noun_refers_back_to_the_person_named() -> None:
    text = (
        "Про це повідомив міністр закордонних справ Дмитро Кулеба. За словами урядовця, "
        "клірика взяли під варту з метою захисту."
    )
    assert speaker_entities(text, "uk")[-1] == "Дмитро Кулеба"  # the registry comes later


def test_a_pronoun_goes_to_the_subject_not_to_an_object_before_a_verb() -> None:
    text = (
        "Трамп в четверг поговорил по телефону с Путиным. Трамп, по данным издания, призвал "
        "Путина не идти на эскалацию. Он также заявил, что хочет скорейшего мира."
    )
    assert speaker_entities(text, "ru")[-1] == "Трамп"  # the registry comes later


def test_a_bare_document_is_the_body_quoted_just_before() -> None:
    text = (
        "Швейцарський суд відновив арешт активів. Про це повідомляє прес-служба Національної "
        "акціонерної компанії Нафтогаз України. Акції були звільнені з-під арешту, йдеться в "
        "повідомленні."
    )
    # the registry holds Naftogaz (session 25): both are its statements, by its name
    assert [(name, actor) for _, name, actor in speakers(text, "uk")] == [
        ("Naftogaz of Ukraine", "naftogaz")
    ] * 2


def test_a_pronoun_after_an_unnamed_source_is_that_source() -> None:
    text = (
        "Образ мышления Байдена был предсказуем, объяснил изданию источник в украинской "
        "дипломатической среде. «А Трамп какой? Никто не знает», — сказал он."
    )
    assert [name for _, name, _ in speakers(text, "ru")] == [None, None]


def test_a_body_names_itself_and_a_bare_generic_one_the_body_of_its_kind() -> None:
    text = (
        "Комерційний суд Барселони визнав, що страйки знаходяться поза контролем авіакомпанії. "
        "Суд визнав, що компенсації не буде для пасажирів."
    )
    article = Article(id=Article.make_id(text), text=text, language="uk")
    statements, _, index = attribute_slavic(article, ukrainian.annotate(text))
    names = {e.id: e.name for e in index.entities()}
    got = [names.get(s.speaker_entity or "") for s in statements]
    # session 13: the bare "Суд" is the court of its kind just named (the gold's reading of
    # this text, docs/gold-guide.md); a bare kind with none named before stays no one
    assert got == ["Комерційний суд Барселони", "Комерційний суд Барселони"]


def test_a_name_before_an_infinitive_is_no_pronouns_subject() -> None:
    text = (
        "Я прошу президента США Дональда Трампа допомогти нам, сказав чоловік на ім’я Ашик "
        "Масіх у відеозверненні. Він також попросив про допомогу владу Канади."
    )
    assert speakers(text, "uk")[-1][1] == "Ашик Масіх"


def test_a_russian_pronoun_or_role_is_no_person_named_only_inside_a_quote() -> None:
    # the man named inside the quote is not the author quoting him (the quote's speaker)
    text = (
        "Издание опубликовало статью. «Русские отдали управление лидерам, которые благосклонно "
        "относятся к (президенту России Владимиру – ред.) Путину», - пишет автор материала. "
        "Он также высказывает мнение, что страны БРИКС поддержат Мексику."
    )
    assert [s[2] for s in speakers(text, "ru")] == [None, None]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Об этом говорит вице-министр иностранных дел Литвы Раймундас Кароблис. Президент "
            "Франции Эммануэль Макрон заявил, что Украине потребуются десятилетия. «Идеи "
            "появляются не в первый раз», — сказал дипломат.",
            "ru",
            "Раймундас Кароблис",
        ),
        (
            "Про це заявив прем'єр-міністр Польщі Дональд Туск. Президент Франції Еммануель "
            "Макрон заявив, що Україні знадобляться десятиліття. «Ми не вперше бачимо такі "
            "ідеї, і вони нічого не дадуть», — сказав прем'єр.",
            "uk",
            "Donald Tusk",
        ),
    ],
)
def test_a_role_noun_is_no_person_the_text_gives_another_role(
    text: str, lang: str, name: str
) -> None:
    # "дипломат", "прем'єр" is not the president named last, but the man the text gives the role
    assert speakers(text, lang)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Однак адвокат Дональда Трампа Рудольф Джуліані заявив, що підрахунок нічого не "
            "змінює. Адвокат уточнив, що бюлетені не викликають довіри.",
            "uk",
            "Рудольф Джуліані",
        ),
        (
            "Американский журналист Такер Карлсон анонсировал интервью с Лавровым. "
            "Американский журналист отмечает, что интервью будет опубликовано скоро.",
            "ru",
            "Такер Карлсон",
        ),
    ],
)
def test_a_bare_role_noun_is_the_person_it_introduced_whatever_the_role(
    text: str, lang: str, expected: str
) -> None:
    assert speakers(text, lang)[-1][1] == expected


def test_a_bodys_kind_noun_is_not_the_person_named_after_it() -> None:
    text = (
        "Пілоти компанії Ryanair страйкують, заявив гендиректор Майкл О'Лірі. "
        "Компанія заявила, що рейси скасовано."
    )
    assert speakers(text, "uk")[-1][1] == "Ryanair"
    # a kinship noun is another person than the one named after it in the genitive
    text = (
        "Чоловік пакистанської християнки Азії Бібі попросив Захід про притулок. "
        "Чоловік також побоюється, що на його дружину можуть напасти."
    )
    assert speakers(text, "uk")[-1][1] is None
    # a role no person was introduced by is nobody named before
    text = "Рудольф Джуліані заявив, що підрахунок нічого не змінює. Адвокат уточнив, що це так."
    assert speakers(text, "uk")[-1][1] is None


def test_a_role_set_after_a_name_earlier_is_that_person() -> None:
    lead = (
        "Важко довести, що причина смертей — вакцина, — сказав Стейнар Мадсен, медичний "
        "директор Норвезького агентства з лікарських засобів. "
    )
    text = (
        lead
        + "Медичний директор Норвезького агентства вважає, що ефекти можуть ускладнити хворобу."
    )
    assert speakers(text, "uk")[-1][1] == "Стейнар Мадсен"
    # another role of the same body is another person
    text = lead + "Генеральний директор Норвезького агентства вважає, що ризику немає."
    assert speakers(text, "uk")[-1][1] is None
    text = (
        "Это случайность, сказал Иван Петров, глава департамента здравоохранения. Глава "
        "департамента здравоохранения считает, что вакцина безопасна."
    )
    assert speakers(text, "ru")[-1][1] == "Иван Петров"
