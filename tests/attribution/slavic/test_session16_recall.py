"""Russian and Ukrainian frames added in session 16 (issue 17): a denied complement verb
("не виключає санкцій")."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse


def test_a_denied_complement_verb_states_its_complement_negated() -> None:
    text = "Уряд Польщі не виключає нових санкцій проти постачальників газу."
    found = analyse(text, "uk").statements
    assert [(s.content_text(text), s.negated) for s in found] == [
        ("нових санкцій проти постачальників газу", True)
    ]
    text = "Министр обороны Германии не исключил отправку миротворцев в регион."
    found = analyse(text, "ru").statements
    assert [(s.content_text(text), s.negated) for s in found] == [
        ("отправку миротворцев в регион", True)
    ]


def test_an_undenied_exclusion_is_no_statement() -> None:
    # "виключили зі складу" (expelled): the verb says nothing unless denied
    text = "Партія виключила зі свого складу трьох депутатів міської ради."
    assert analyse(text, "uk").statements == ()
    text = "Партия исключила из своих рядов трех депутатов городского совета."
    assert analyse(text, "ru").statements == ()


def test_a_request_phrase_after_a_verb_of_addressing_is_its_subjects_statement() -> None:
    text = (
        "Торік обласна прокуратура звернулася до суду з вимогою скасувати рішення міської "
        "ради про продаж землі."
    )
    found = analyse(text, "uk").statements
    assert [(s.speaker and s.speaker.text, s.content_text(text)) for s in found] == [
        ("обласна прокуратура", "скасувати рішення міської ради про продаж землі")
    ]
    text = "Депутат направил губернатору письмо с просьбой о переносе выборов на осень."
    found = analyse(text, "ru").statements
    assert [(s.speaker and s.speaker.text, s.content_text(text)) for s in found] == [
        ("Депутат", "переносе выборов на осень")
    ]


def test_a_request_phrase_after_another_verb_is_left() -> None:
    # the court rejected the suit: the demand is the claimant's, not the court's
    text = "Окружний суд відхилив позов компанії з вимогою повернути сплачені кошти."
    assert analyse(text, "uk").statements == ()


def test_a_request_phrases_subject_is_no_prepositions_object() -> None:
    # "у Київській області … звернулась": the body before the place, not the place
    text = (
        "Служба доріг у Київській області 1 жовтня звернулась до комітету з вимогою "
        "розблокувати торги на ремонт."
    )
    found = analyse(text, "uk").statements
    assert all(s.speaker is None or s.speaker.text != "області" for s in found)


def test_pushing_for_something_is_a_demand_and_achieving_it_is_not() -> None:
    text = "Прокурор штату домагався, щоби в інших штатах скасували результат виборів."
    found = analyse(text, "uk").statements
    assert [(s.act, s.content_text(text)) for s in found] == [
        ("speech", "в інших штатах скасували результат виборів")
    ]
    text = "Профспілка пілотів домагається підвищення зарплат для своїх членів."
    assert [s.content_text(text) for s in analyse(text, "uk").statements] == [
        "підвищення зарплат для своїх членів"
    ]
    # "домоглася" (achieved): no statement; nor Russian "добиваются" ("добиваются прогресса":
    # are making progress), left out of cues_ru.yaml
    assert analyse("Команда домоглася перемоги у фіналі чемпіонату Європи.", "uk").statements == ()
    assert analyse("Войска добиваются устойчивого прогресса на востоке.", "ru").statements == ()


def test_what_a_cue_names_as_such_is_no_subject() -> None:
    # "назвав такий варіант таким, що …": the option is named, Pence speaks
    text = "Пенс назвав такий варіант розвитку подій таким, що не відповідає інтересам нації."
    found = analyse(text, "uk").statements
    assert [s.speaker.text if s.speaker else None for s in found] == ["Пенс"]


def test_a_subject_ending_in_a_quoted_name_takes_a_complement() -> None:
    text = "ТОВ «Будівельна група» пропонувало виконати ремонт за 2,4 млн грн."
    found = analyse(text, "uk").statements
    assert [(s.speaker and s.speaker.text, s.content_text(text)) for s in found] == [
        ("ТОВ «Будівельна група»", "виконати ремонт за 2,4 млн грн")
    ]
