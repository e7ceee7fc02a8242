"""Ukrainian speakers and cues added in session 7b (issue 17): each construction, and what
stays no statement."""

from __future__ import annotations

import pytest

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article, Statement
from reportedly.nlp import ukrainian


def _run(text: str) -> list[Statement]:
    article = Article(id=Article.make_id(text), text=text, language="uk")
    statements, _, _ = attribute_slavic(article, ukrainian.annotate(text))
    return list(statements)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.text if s.speaker else None, s.content_text(text)) for s in _run(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the place after the verb is no speaker
            "Виконавчий директор Moderna Стефан Бансель сказав на конференції, що незабаром "
            "компанія почне тестування.",
            "Виконавчий директор Moderna Стефан Бансель",
        ),
        (  # a place between the subject and the verb
            "Глава МЗС ФРН Гайко Маас у Москві заявив, що уряд Німеччини підтримує проект.",
            "Глава МЗС ФРН Гайко Маас",
        ),
    ],
)
def test_a_prepositional_place_is_skipped_for_the_subject(text: str, speaker: str) -> None:
    assert [s for s, _ in _said(text)] == [speaker]


def test_a_body_after_the_verb_stays_the_speaker() -> None:
    text = "Затримання не має нічого спільного зі справою, кажуть у поліції."
    assert [s for s, _ in _said(text)] == ["поліції"]


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
    (s,) = _run(text)
    assert s.speaker is not None
    assert "Ландсбергіс" not in s.speaker.text


def test_a_typographic_apostrophe_reads_as_the_dictionary_one() -> None:
    from reportedly.nlp.slavic_morph import is_known

    assert is_known("uk", "здоров’я")
    assert is_known("uk", "об’єкт")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Глава МЗС ФРН Гайко Маас у Москві заявив про це.", ["Гайко Маас"]),
        ("Представник МЗС ФРН заявив про це.", ["МЗС ФРН"]),
    ],
)
def test_a_bodys_acronyms_are_no_part_of_the_name_after_them(text: str, names: list[str]) -> None:
    found = [m.text for m in ukrainian.annotate(text).entities if m.label in {"PERSON", "ORG"}]
    assert found == names


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Хадіма Хуссейна Різві", "Хадім Хуссейн Різві"),  # a guessed "-а" name's genitive
        ("Хадім Хуссейн Різві", "Хадім Хуссейн Різві"),
        ("Миколи Азарова", "Микола Азаров"),
        ("Микола Азаров", "Микола Азаров"),  # a known "-а" name stays
        ("Абдулла Гюль", "Абдулла Гюль"),  # nothing else genitive: a nominative
    ],
)
def test_a_foreign_name_in_the_genitive_to_the_nominative(written: str, name: str) -> None:
    from reportedly.nlp.slavic_morph import nominative

    assert nominative("uk", written) == name


def _said_in(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    from reportedly.nlp import russian

    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotation = (russian if lang == "ru" else ukrainian).annotate(text)
    log: dict[str, str] = {}
    statements, _, _ = attribute_slavic(article, annotation, rule_log=log)
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text), log[s.id]) for s in statements
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        (  # the subject of the verb before the noun
            "В Іспанії суд прийняв рішення про те, що пасажири Ryanair не мають отримати "
            "компенсації.",
            "uk",
            "суд",
            "пасажири Ryanair не мають отримати компенсації",
        ),
        (  # the genitive after the noun
            "Акції звільнили на підставі тверджень Nord Stream AG та Nord Stream 2 AG про те, "
            "що акції знаходяться поза межами кантону.",
            "uk",
            "Nord Stream AG та Nord Stream 2 AG",
            "акції знаходяться поза межами кантону",
        ),
        (  # the clause ends where the sentence's predicate resumes
            "Он заявил, что требование президента Владимира Путина о том, чтобы страны платили "
            "за газ в рублях, нарушит контракты.",
            "ru",
            "президента Владимира Путина",
            "страны платили за газ в рублях",
        ),
    ],
)
def test_a_noun_cue_about_that(text: str, lang: str, speaker: str, content: str) -> None:
    assert (speaker, content, "ru-uk:noun-cue") in _said_in(text, lang)


def test_a_noun_cue_with_no_one_beside_it_is_no_statement() -> None:
    text = "Заява про те, що угоди з Росією не буде, з'явилася вчора ввечері."
    assert _said_in(text, "uk") == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Сторони погодилися, що перехідний період триватиме 21 місяць.", "uk", "Сторони"),
        ("Стороны согласились, что переходный период продлится 21 месяц.", "ru", "Стороны"),
    ],
)
def test_agreeing_that_is_a_statement(text: str, lang: str, speaker: str) -> None:
    assert [(s, r) for s, _, r in _said_in(text, lang)] == [(speaker, "ru-uk:indirect")]


def test_agreeing_with_someone_is_no_statement() -> None:
    assert _said_in("Сторони погодилися з пропозицією Лондона щодо кордону.", "uk") == []


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (  # a line broken inside a sentence (a lost link) goes on with it
            "Як раніше інформував УНН, зараз лоукостер переживає\n\nу зв’язку зі страйками кризу.",
            1,
        ),
        ("Заголовок статті\n\nНовий абзац тут.", 2),  # a capital opens another
        ("Перше речення.\nі друге з малої літери.", 2),  # a stop ends it
    ],
)
def test_a_line_broken_inside_a_sentence(text: str, sentences: int) -> None:
    assert len(ukrainian.annotate(text).sentences) == sentences


def test_a_line_broken_inside_a_sentence_keeps_the_statement_whole() -> None:
    text = "Як раніше інформував УНН, зараз лоукостер переживає\n\nу зв’язку зі страйками кризу."
    (s,) = _run(text)
    assert s.content_text(text).endswith("кризу")


def test_a_role_with_adjectives_before_its_head_noun_is_a_subject() -> None:
    text = "Чинний голова Білого дому вважає, що переміг 3 листопада з великим відривом."
    assert [s for s, _ in _said(text)] == ["Чинний голова Білого дому"]


def test_the_head_of_the_white_house_is_a_title_of_the_lexicon() -> None:
    from reportedly.attribution.slavic.lexicon import default_lexicon
    from reportedly.nlp.slavic_morph import lemma

    key = " ".join(lemma("uk", w) for w in ["Чинний", "голова", "Білого", "дому"])
    assert default_lexicon("uk").titles[key] == "President of the United States"


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


@pytest.mark.parametrize(
    "text",
    [
        "Трамп не вірить в результати опитувань, і запевняє, що він переможе на виборах.",
        "Трамп відреагував на перемогу Байдена: каже, що вибори ще не закінчилися.",
    ],
)
def test_a_cue_coordinated_with_a_verb_shares_its_subject(text: str) -> None:
    assert [s for s, _ in _said(text)] == ["Трамп"]


def test_a_coordinated_cue_after_a_relative_clause_takes_no_subject() -> None:
    text = "Це партія, яка програла вибори, і заявила, що результати підробили."
    assert [s for s, _ in _said(text)] in ([], [None])


def test_a_reporter_speaks_for_the_outlet_named_after_the_role() -> None:
    text = "Вакцина надійде в Україну у лютому, передає кореспондент Укрінформу."
    article = Article(id=Article.make_id(text), text=text, language="uk")
    statements, _, index = attribute_slavic(article, ukrainian.annotate(text))
    names = {e.id: e.name for e in index.entities()}
    assert [names.get(s.speaker_entity or "") for s in statements] == ["Укрінформ"]


def test_a_polls_shares_speak_and_end_each_others_clause() -> None:
    text = (
        "Лише 40% думають, що Трамп каже їм правду, в той час як 55% заявили, що це не так, а "
        "11% не впевнені. З опитаних 57% американців заявили, що вони не схвалюють реакцію "
        "Трампа."
    )
    assert _said(text) == [
        ("40%", "Трамп каже їм правду"),
        ("55%", "це не так"),
        ("57% американців", "вони не схвалюють реакцію Трампа"),
    ]


def test_a_contrast_with_a_but_stays_in_the_clause() -> None:
    text = "Міністр заявив, що це не провал, а успіх уряду."
    assert _said(text) == [("Міністр", "це не провал, а успіх уряду")]
