"""One person spelt two ways in a Russian or Ukrainian text (attribution/slavic/_names.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers

from reportedly.attribution.slavic._names import spelt_alike


def test_one_person_spelt_two_ways_in_a_text_is_one_speaker() -> None:
    text = (
        "Прем'єр-міністр Великобританії Тереза Май заявила, що угода буде. Тереза Мей "
        "зазначила, що переговори тривають."
    )
    assert [actor for _, _, actor in speakers(text, "uk")] == ["may-theresa", "may-theresa"]
    text = (
        "Генеральний директор Кенні Джейкобс заявив, що рейсів не буде. Якобс додав, що "
        "компанія чекає."
    )
    assert [name for _, name, _ in speakers(text, "uk")] == ["Кенні Джейкобс", "Кенні Джейкобс"]


def test_a_short_surname_alone_is_no_spelling_of_another() -> None:
    assert spelt_alike("тереза май", ["тереза", "мей"])
    assert spelt_alike("кенні джейкобс", ["якобс"])
    assert not spelt_alike("мао", ["май"])  # one consonant: too short to tell alone
    assert not spelt_alike("тереза май", ["олена", "мей"])  # another given name
    # a case or gender ending is no spelling: Yulia Navalnaya is not Alexei Navalny
    assert not spelt_alike("юлия навальной", ["юлия", "навальная"])
    assert not spelt_alike("юлия навальная", ["навальный"])


def test_a_full_name_spelt_otherwise_after_a_bare_surname_is_one_person() -> None:
    text = (
        "Мей заявила про вирішальні сім днів\n\nПрем'єр-міністр Великобританії Тереза Май "
        "заявила, що сім днів будуть вирішальними. Водночас Тереза Мей зазначила, що комітет "
        "не отримав листів."
    )
    assert {actor for _, _, actor in speakers(text, "uk")} == {"may-theresa"}
