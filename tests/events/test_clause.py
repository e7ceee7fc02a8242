"""Tests for events._clause: whose clause an event's trigger is in."""

from __future__ import annotations

import pytest
from tests.events.coded import coded, coded_events


def _sources(text: str) -> list[tuple[str, str | None]]:
    events = coded_events(text)
    return [(e.type, e.source.text if e.source else None) for e in events]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Foreign Ministry released a statement that condemned Russia's strikes.",
         "The Foreign Ministry"),
        ("Zelensky signed a decree that accused Moscow of genocide.", "Zelensky"),
        ("The ministry issued a statement which denounced the Kremlin.", "The ministry"),
    ],
)  # fmt: skip
def test_the_issuer_of_a_statement_says_what_it_says(text: str, source: str) -> None:
    assert _sources(text) == [("ACCUSE", source)]


@pytest.mark.needs_model
def test_a_relative_clause_on_another_noun_keeps_its_antecedent() -> None:
    # "a man" is no issued document: the relative pronoun still stands for it
    assert ("ACCUSE", "a man") in _sources("Police arrested a man who condemned the Kremlin.")


@pytest.mark.needs_model
def test_a_that_subject_the_parse_hangs_as_a_clause_on_a_document_is_relative() -> None:
    # "that" tagged a conjunction, its clause an ``acl``: still the statement's own words
    text = (
        "Mr. Cruz showed no sign of retreat, releasing a statement that, while condemning "
        "violence, accused the party leadership in Iowa of abusing its power."
    )
    assert ("ACCUSE", "Mr. Cruz") in _sources(text)
    assert ("ACCUSE", "that") not in _sources(text)


@pytest.mark.needs_model
def test_a_subject_with_neither_or_no_negates_its_act() -> None:
    nobody = coded("No Russian troops have withdrawn from Kherson.")
    assert [(e[0], e[1]) for e in nobody] == [("RETREAT", "negated")]
    # a refused recognition is a rejection (negation_flip), never an asserted recognition
    neither = coded("Neither the United Nations, Moldova nor Russia recognize the state.")
    assert ("SUPPORT", "asserted") not in [(e[0], e[1]) for e in neither]
    some = coded("Russian troops have withdrawn from Kherson.")
    assert [(e[0], e[1]) for e in some] == [("RETREAT", "asserted")]
