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
