"""Cues and their speakers shared by every Russian/Ukrainian rule (attribution/slavic/cues.py,
addressees.py): coordinated cues and what a cue names."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse, said, said_with_acts, speakers


def test_a_second_cue_joined_by_and_shares_the_first_cues_speaker() -> None:
    text = "Трамп заявив, що вибори сфальсифіковані, і додав, що не визнає поразки."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["вибори сфальсифіковані", "не визнає поразки"]
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald", "trump-donald"]
    text = (
        "Байден заявил, что обвинения были попыткой сломить его, и подчеркнул, что не влиял на суд."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["biden-joe", "biden-joe"]
    assert not any(s.reported_by for s in analyse(text, "ru").statements)


def test_a_second_cue_after_a_quote_frame_shares_the_frames_speaker() -> None:
    text = '"Все добре", - сказав Байден і пообіцяв, що команда буде з першокласних людей.'
    assert [s[2] for s in speakers(text, "uk")] == ["biden-joe", "biden-joe"]


def test_what_a_cue_names_as_such_is_no_subject() -> None:
    # "назвав такий варіант таким, що …": the option is named, Pence speaks
    text = "Пенс назвав такий варіант розвитку подій таким, що не відповідає інтересам нації."
    found = analyse(text, "uk").statements
    assert [s.speaker.text if s.speaker else None for s in found] == ["Пенс"]


@pytest.mark.parametrize(
    "text",
    [
        "Трамп не вірить в результати опитувань, і запевняє, що він переможе на виборах.",
        "Трамп відреагував на перемогу Байдена: каже, що вибори ще не закінчилися.",
    ],
)
def test_a_cue_coordinated_with_a_verb_shares_its_subject(text: str) -> None:
    assert [s for s, _ in said(text, "uk")] == ["Трамп"]


def test_a_coordinated_cue_after_a_relative_clause_takes_no_subject() -> None:
    text = "Це партія, яка програла вибори, і заявила, що результати підробили."
    assert [s for s, _ in said(text, "uk")] in ([], [None])


def test_a_common_noun_told_between_subject_and_clause_is_no_speaker() -> None:
    text = "ТОВ «Агросвіт» повідомило держпідприємство, що відмовляється від поставки."
    assert said(text, "uk") == [("ТОВ «Агросвіт»", "відмовляється від поставки")]
    # with no subject before the verb, the phrase after it is the speaker
    assert said("Водночас повідомив міністр, що все гаразд.", "uk") == [("міністр", "все гаразд")]


def test_a_name_told_after_a_plural_verb_said_in_a_place_is_no_speaker() -> None:
    text = "У самій клініці розповіли РБК, що вони належать до медичного кластера."
    assert said(text, "uk") == [(None, "вони належать до медичного кластера")]
    # with no place opening the clause, the name after the verb stays the speaker
    text = "Вчора повідомили УНН, що рейси скасовані."
    assert [s[0] for s in said(text, "uk")] == ["УНН"]


def test_a_second_cue_after_a_comma_and_a_connective_shares_the_first_cues_speaker() -> None:
    text = "Тереза Мей заявила про прогрес, утім додала, що угода ще не готова."
    assert [s[0] for s in said(text, "uk")] == ["Тереза Мей", "Тереза Мей"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Приєднуйтеся до наших сторінок, коментуйте, пропонуйте цікаві теми для статей.", "uk"),
        ("Подписывайтесь на наш канал и сообщите, что вы думаете о новом законе.", "ru"),
    ],
)
def test_an_imperative_cue_reports_nothing(text: str, lang: str) -> None:
    assert said(text, lang) == []


def test_a_neuter_noun_after_a_feminine_verb_is_its_object_not_its_speaker() -> None:
    # "висловила сподівання": the hope is expressed; "вона" of the verb before "та" speaks
    text = "Вона назвала зустріч хорошою та висловила сподівання, що сторони домовляться."
    assert said(text, "uk")[-1] == ("Вона", "сторони домовляться")
    # "заявила в інтерв'ю BBC": an interview after a preposition, Theresa May before the verb
    text = "Тереза Мей заявила в інтерв'ю британській телерадіокомпанії BBC, що повернеться."
    assert said(text, "uk") == [("Тереза Мей", "повернеться")]
    # a woman's masculine title after the verb stays the speaker
    text = "Вчера заявила официальный представитель МИД Мария Захарова, что Москва ответит."
    assert said(text, "ru") == [("официальный представитель МИД Мария Захарова", "Москва ответит")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # short forms pymorphy3 reads only as participles of уверить/убедить: a belief
        ("ru", "Она уверена, что переговоры возобновятся.", ("Она", "belief")),
        ("ru", "Эксперты убеждены, что переговоры возобновятся.", ("Эксперты", "belief")),
        # the 3rd person plural read as another infinitive, and aspect partners
        ("uk", "Вони пояснять, що переговори відновляться.", ("Вони", "speech")),
        ("uk", "Він переконував, що переговори відновляться.", ("Він", "speech")),
        ("uk", "Міністр підсумовує, що переговори відновляться.", ("Міністр", "speech")),
    ],
)
def test_cue_forms_the_morphology_reads_under_another_lemma(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert [(s, a) for s, _, a in said_with_acts(text, lang)] == [expected]


def test_a_short_passive_participle_still_names_no_speaker() -> None:
    assert said_with_acts("В заявлении сказано, что переговоры возобновятся.", "ru") == [
        ("заявлении", "переговоры возобновятся", "speech")
    ]
