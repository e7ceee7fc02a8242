"""Ukrainian subjects set off from their verb by an apposition or a relative clause
(attribution/slavic/apposition.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said, speakers


def test_a_name_set_off_by_an_apposition_is_the_ukrainian_subject() -> None:
    text = (
        "Угур Шахін, генеральний директор компанії BioNTech, що розробляє вакцину, "
        "сподівається, що пандемія піде на спад до літа."
    )
    assert speakers(text, "uk")[0][0] == "Угур Шахін"
    text = (
        "Фонтан освітили. Алессандро Монтедуро (Alessandro Monteduro), директор ACN, на "
        "зустрічі з журналістами розповів, що освітлення буде присвячено двом постатям."
    )
    assert speakers(text, "uk")[-1][1] == "Алессандро Монтедуро"


def test_no_apposition_when_another_verb_governs_the_name() -> None:
    text = "Угур Шахін, який керує компанією, виступив, і журналісти повідомили, що вакцина діє."
    assert all(name != "Угур Шахін" for _, name, _ in speakers(text, "uk"))


def test_a_relative_pronoun_subject_speaks_for_the_phrase_before_its_comma() -> None:
    uk = "Рішення підтвердив і ВГСУ, який заявив, що так потрібно трактувати рішення суду."
    ru = "Решение поддержало министерство обороны России, которое заявило, что удары продолжатся."
    assert [s[1] for s in speakers(uk, "uk")] == ["ВГСУ"]
    assert [s[2] for s in speakers(ru, "ru")] == ["mod-russia"]
    assert [s[0] for s in speakers("Это те, кто заявил, что удары продолжатся.", "ru")] == [None]


def test_a_subject_before_a_relative_clause_is_the_verb_s() -> None:
    text = "Компанія Pfizer, яка співпрацює з BioNTech, оголосила, що вакцина готова."
    assert said(text, "uk") == [("Компанія Pfizer", "вакцина готова")]
    nested = (
        "Петренко, який очолює профспілку пілотів, яка підтримала страйк, сказав, що умови "
        "праці погіршилися."
    )
    assert said(nested, "uk") == [("Петренко", "умови праці погіршилися")]


def test_a_named_subject_before_a_relative_clause_takes_a_complement() -> None:
    text = (
        "Shareholder Forum (SF), що є акціонером компанії, вимагає перестановок у керівництві "
        "банку."
    )
    assert said(text, "uk") == [("Shareholder Forum", "перестановок у керівництві банку")]
    # a common noun so far from its verb: the verb may be an act ("допускають на ринок")
    text = "Регулятори, які перевіряють препарати, допускають вакцини на ринок країни."
    assert said(text, "uk") == []
