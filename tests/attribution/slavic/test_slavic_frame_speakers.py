"""Russian and Ukrainian frames added in session 7: who speaks, addressees, bodies, roles and
chains of reporters."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.frame_runs import _run, _said

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article
from reportedly.nlp import russian


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


@pytest.mark.parametrize(
    "text",
    [
        "Перерахунок завершився перемогою Байдена. Про це повідомив секретар штату Бред "
        "Раффенспергер, передає Радіо Свобода.",
        "Перерахунок завершився перемогою Байдена. Як передає Радіо Свобода, про це повідомив "
        "секретар штату Бред Раффенспергер.",
    ],
)
def test_a_chain_of_reporters_gives_each_their_statement(text: str) -> None:
    said = _said(text, "uk")
    assert {c for _, c, _ in said} == {"Перерахунок завершився перемогою Байдена"}
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
    ("text", "outer", "inner"),
    [
        (
            "Перерахунок завершився перемогою Байдена. Про це повідомив секретар штату Бред "
            "Раффенспергер, передає Радіо Свобода.",
            "Свобода",
            "Раффенспергер",
        ),
        (
            "Перерахунок завершився перемогою Байдена. Як передає Радіо Свобода, про це повідомив "
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
