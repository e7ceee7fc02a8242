"""Tests for session 15's events work on fresh text: acts a permission verb allows, US
politicians in the alias table, and criticism by name-calling."""

from __future__ import annotations

import pytest
from tests.events.coded import coded as _events


@pytest.mark.needs_model
def test_an_act_a_permission_verb_allows_is_not_asserted() -> None:
    # reported speech keeps "would" as future-in-the-past, so only the permission tells
    clerks = _events("The governor said court clerks would be allowed to deny marriage licenses.")
    assert [e[:2] for e in clerks] == [("REJECT", "hypothetical")]
    police = _events("Officials said the new law permits police to arrest protesters.")
    assert [e[:2] for e in police] == [("COERCE", "hypothetical")]
    assert [e[:2] for e in _events("Police arrested protesters.")] == [("COERCE", "asserted")]


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Democratic presidential candidate Hillary Clinton", "hillary-clinton"),
        ("Sen. Bernie Sanders", "sanders"),
        ("Sanders supporters", "sanders"),
        ("Ted Cruz", "cruz"),
        ("Clinton", "clinton"),  # Bill or Hillary: the code is certain, the person is not
        ("Jeb Bush", "jeb-bush"),
        ("GOP Candidates", "us-republican-party"),  # session 27: the parties
        ("Democrats and civil rights groups", "us-democratic-party"),
    ],
)
def test_us_politicians_the_registry_lacks_take_the_us_code(text: str, actor_id: str) -> None:
    from reportedly.events.actors import AliasResolver

    found = AliasResolver.bundled().resolve(text, on=None)
    assert found is not None
    assert (found.id, found.code) == (actor_id, "USA")


def _sides(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source code, target text, target code) of each event coded in ``text``."""
    from tests.events.coded import coded_events

    return [
        (
            e.type,
            e.source.code if e.source else None,
            e.target.text if e.target else None,
            e.target.code if e.target else None,
        )
        for e in coded_events(text)
    ]


@pytest.mark.needs_model
def test_an_insult_in_what_is_said_of_a_politician_is_criticism() -> None:
    assert _sides("Sanders said Clinton is a dishonest and corrupt politician.") == [
        ("ACCUSE", "USA", "Clinton", "USA")
    ]


@pytest.mark.needs_model
def test_a_naming_verb_speaks_what_its_object_predicate_says() -> None:
    assert _sides("On Monday, Trump called Clinton a fraud.") == [
        ("ACCUSE", "USA", "Clinton", "USA")
    ]
    assert _sides("On Monday, Trump called Clinton a candidate.") == []


@pytest.mark.needs_model
def test_a_person_of_the_sources_own_state_may_be_its_target() -> None:
    text = (
        "Former Arizona State Senator Kelli Ward called for the impeachment of Attorney "
        "General Loretta Lynch."
    )
    assert ("REQUEST", "USA", "Loretta Lynch", "USA") in [
        (t, s, x.split("General ")[-1] if x else None, c) for t, s, x, c in _sides(text)
    ]


@pytest.mark.needs_model
def test_an_attack_said_to_be_in_preparation_is_an_allegation_against_its_doer() -> None:
    assert _sides("Ukraine warned that Russia is planning an attack on Kyiv.") == [
        ("ACCUSE", "UKR", "Russia", "RUS")
    ]
    assert _sides("The US warned that Russia was preparing for an invasion.") == [
        ("ACCUSE", "USA", "Russia", "RUS")
    ]
    # one's own side preparing for an attack on it is no allegation
    assert _sides("Zelensky said Ukraine is preparing for a Russian attack.") == []


def test_the_allege_cues_code_accuse_allege() -> None:
    from tests.events.coded import LEXICON

    modes = {c.mode for c in LEXICON.stance.cues if c.lemmas == ("plan", "attack")}
    assert modes == {"allege"}


@pytest.mark.needs_model
def test_word_classes_seen_on_fresh_text() -> None:
    def types(text: str) -> list[tuple[str, str]]:
        return [e[:2] for e in _events(text)]

    assert types("Russian forces took over the town of Izium.") == [("COERCE", "asserted")]
    assert types("He took over the company in 2010.") == []  # business, no seizure
    assert types("Putin and Lukashenko exchanged views on the war.") == [("CONSULT", "asserted")]
    assert types("His rhetoric has struck a chord with younger voters.") == []
    assert types("She said she admires his determination.") == [("SUPPORT", "asserted")]
    assert types("Zelensky saluted the courage of the defenders.") == [("SUPPORT", "asserted")]
    # taking refugees in is asylum (AID), also through an amount ("millions of refugees")
    assert types("Jordan has welcomed in many refugees.") == [("AID", "asserted")]
    assert types("Poland welcomed millions of refugees from Ukraine.") == [("AID", "asserted")]
    assert types("Kyiv welcomed the decision of the EU.") == [("SUPPORT", "asserted")]
    # capturing institutions or minds is no seizure; ground and people are
    assert types("Corruption schemes had captured all the institutions.") == []
    assert types("The speech captured the imagination of voters.") == []
    assert types("Russian forces captured the town of Soledar.") == [("COERCE", "asserted")]
