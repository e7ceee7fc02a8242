"""Acronyms an article introduces link to the actor whose name they spell."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.actors import default_registry
from reportedly.actors.acronyms import (
    expansion,
    initials,
    is_acronym,
    spelled_at,
    spelled_body,
    spells,
)
from reportedly.actors.resolve import default_data, resolve_actors
from reportedly.model import Analysis, Article, Entity, Span, Statement


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Kyiv International Institute of Sociology", "KIIS"),
        ("Institute for the Study of War", "ISW"),
        ("Defense Intelligence Agency", "DIA"),
        ("Financial Times", "FT"),
        ("Organization for Security and Co-operation in Europe", "OSCE"),
        ("Zelensky", ""),
    ],
)
def test_acronyms_initials(name: str, acronym: str) -> None:
    assert initials(name) == acronym


def test_acronyms_written_as_acronyms() -> None:
    assert is_acronym("ISW")
    assert is_acronym("AT&T")
    assert not is_acronym("Isw")
    assert not is_acronym("I")
    assert not is_acronym("NATO members")


def test_acronyms_an_acronym_two_names_spell_stays_apart() -> None:
    names = [("a", ["Defense Intelligence Agency"]), ("b", ["Department of Internal Affairs"])]
    assert expansion("DIA", names) is None
    assert expansion("DIA", names[:1]) == "a"


def test_acronyms_one_capital_per_word() -> None:
    assert initials("A ßtraße") == "AS"  # "ß" is "SS" in capitals: one letter still


def test_acronyms_initials_with_a_language_s_own_words_and_split() -> None:
    def parts(name: str) -> list[str]:
        return name.replace("-", " ").split()

    assert initials("Південно-Західна залізниця", frozenset({"і"}), parts) == "ПЗЗ"
    assert initials("Південно-Західна залізниця") == "ПЗ"  # English: a hyphenated word once


def test_acronyms_expansion_with_its_own_test() -> None:
    names = [("long", ["Міністерство юстиції"]), ("other", ["Рада"])]
    assert expansion("Мінюст", names, spelled=lambda a, n: n.startswith("Міністерство")) == "long"
    assert expansion("Мінюст", names) is None


@given(st.text(max_size=60))
def test_acronyms_initials_of_any_text(name: str) -> None:
    letters = initials(name)
    assert letters == letters.upper()
    assert len(letters) <= len(name.split())


def _analysis(text: str, names: list[str], speaker: str) -> Analysis:
    entities = []
    for name in names:
        start = text.index(name)
        entities.append(
            Entity(
                id=name.lower(), name=name, kind="organisation",
                mentions=(Span(start, start + len(name)),),
            )
        )  # fmt: skip
    statement = Statement(
        id="s1", kind="indirect", content=(Span(0, len(text)),), speaker_entity=speaker.lower()
    )
    article = Article(id=Article.make_id(text), text=text)
    return Analysis(article=article, entities=tuple(entities), statements=(statement,))


def test_acronyms_speaker_named_by_acronym_is_the_institute() -> None:
    text = (
        "The Kyiv International Institute of Sociology (KIIS) polled 2,000 people. "
        "KIIS said that most rejected concessions."
    )
    names = ["Kyiv International Institute of Sociology", "KIIS"]
    result = resolve_actors(_analysis(text, names, "KIIS"), default_registry())
    speaker = next(e for e in result.entities if e.id == result.statements[0].speaker_entity)
    assert speaker.name == "Kyiv International Institute of Sociology"
    assert len(speaker.mentions) == 2
    assert len(result.entities) == 1


def test_acronyms_an_acronym_nobody_spells_keeps_its_own_actor() -> None:
    text = "The Kyiv International Institute of Sociology polled people. ISW said that it agreed."
    names = ["Kyiv International Institute of Sociology", "ISW"]
    result = resolve_actors(_analysis(text, names, "ISW"), default_registry())
    speaker = next(e for e in result.entities if e.id == result.statements[0].speaker_entity)
    assert speaker.name == "ISW"


def test_acronyms_a_known_acronym_in_brackets_names_the_body_a_translation_garbles() -> None:
    text = (
        "The American Institute of Research on War (ISW) said on Tuesday that the front held. "
        "The Institute noted that help was late."
    )
    names = ["American Institute of Research on War", "ISW", "Institute"]
    analysis = _analysis(text, names, "American Institute of Research on War")
    later = text.rindex("Institute")
    entities = (*analysis.entities[:2], Entity(
        id="institute", name="Institute", kind="organisation",
        mentions=(Span(later, later + len("Institute")),),
    ))  # fmt: skip
    result = resolve_actors(replace(analysis, entities=entities), default_registry())
    assert result.statements[0].speaker_actor == "isw"
    assert [e.actor_id for e in result.entities] == ["isw"]  # "the Institute" too


def test_acronyms_an_acronym_in_brackets_no_known_body_bears_names_nobody_else() -> None:
    text = "The Kyiv Security Forum (KSF) said that ISW had the numbers wrong."
    names = ["Kyiv Security Forum", "ISW"]
    result = resolve_actors(_analysis(text, names, "Kyiv Security Forum"), default_registry())
    assert result.statements[0].speaker_actor is None
    assert len(result.entities) == 2


def test_acronyms_written_with_small_words_small() -> None:
    assert is_acronym("MoD")
    assert is_acronym("DoD")
    assert not is_acronym("Mod")
    assert not is_acronym("McDonald")


@pytest.mark.parametrize(
    ("acronym", "name", "spelt"),
    [
        ("MoD", "British Ministry of Defense", True),  # the name's end, its country left
        ("DoD", "US Department of Defense", True),
        ("MoD", "Ministry of Digital Transformation", False),
        ("MoD", "Defence Ministry", False),
        ("ISW", "Institute for the Study of War", True),
    ],
)
def test_acronyms_spells(acronym: str, name: str, spelt: bool) -> None:
    assert spells(acronym, name) is spelt


def test_acronyms_a_small_word_acronym_is_the_body_the_article_introduces() -> None:
    text = (
        "The British Ministry of Defense (MoD) update on Feb. 13 focuses on the front line. "
        "The MoD notes that Russia remains concerned about its flanks."
    )
    names = ["British Ministry of Defense", "MoD"]
    result = resolve_actors(_analysis(text, names, "MoD"), default_registry())
    assert result.statements[0].speaker_actor == "uk-mod"


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("German MoD", "Ministry of Defence of Germany"),
        ("the MoD of Germany", "Ministry of Defence of Germany"),
        ("Germany's MFA", "Ministry of Foreign Affairs of Germany"),
        ("UK MoD", "Ministry of Defence of the United Kingdom"),
        ("MoD", None),  # no country: left as written
        ("Patriot MoD", None),  # no country's word
        ("German Mod", None),  # a word, not the abbreviation's spelling
    ],
)
def test_acronyms_spell_out_a_ministry_with_its_country(name: str, full: str | None) -> None:
    pairs = (("mod", "Ministry of Defence"), ("mfa", "Ministry of Foreign Affairs"))
    assert spelled_body(name, pairs, default_registry()) == full


def test_acronyms_a_country_cut_off_by_the_tagger_is_read_with_its_abbreviation() -> None:
    text = "Read also: German MoD says another system will be sent. The MoD of Poland agreed."
    pairs = (("mod", "Ministry of Defence"),)
    first = Span(text.index("MoD"), text.index("MoD") + 3)
    second = Span(text.rindex("MoD"), text.rindex("MoD") + 3)
    registry = default_registry()
    assert spelled_at(text, [first], pairs, registry) == "Ministry of Defence of Germany"
    assert spelled_at(text, [second], pairs, registry) == "Ministry of Defence of Poland"


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("Poland's Senate", "Senate of Poland"),
        ("the Polish Senate", "Senate of Poland"),
        ("Senate of Poland", "Senate of Poland"),
        ("Lithuanian Parliament", "Parliament of Lithuania"),
        ("the Senate", None),  # no country: left as written
        ("Republican Senate", None),  # no country's word
        ("Polish senate", None),  # a common noun, not the chamber's name
    ],
)
def test_acronyms_a_countrys_chamber_is_named_with_its_country(name: str, full: str | None) -> None:
    pairs = default_data().abbreviated
    assert spelled_body(name, pairs, default_registry()) == full


def test_acronyms_a_chamber_the_tagger_cut_from_its_country_is_named_with_it() -> None:
    text = "Poland's Senate adopted a resolution. The Senate said that Ukraine must be helped."
    result = resolve_actors(_analysis(text, ["Senate"], "Senate"), default_registry())
    speaker = next(e for e in result.entities if e.id == result.statements[0].speaker_entity)
    assert speaker.name == "Senate of Poland"
