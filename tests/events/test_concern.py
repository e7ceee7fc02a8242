"""Tests for events.concern: an actor's concern about another actor's act is criticism."""

from __future__ import annotations

import pytest
from tests.events.coded import coded_events


def _accusations(text: str) -> list[tuple[str | None, str | None, str | None]]:
    events = coded_events(text)
    return [
        (e.source.text if e.source else None, e.target.text if e.target else None, e.mode)
        for e in events
        if e.type == "ACCUSE" and (e.rule or "").startswith("concern:")
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO is alarmed by Russia's deployment of missiles in Kaliningrad.",
         ("NATO", "Russia", "disapprove")),
        ("Kyiv was outraged at Hungary's decision to veto the aid.",
         ("Kyiv", "Hungary", "disapprove")),
        ("Blinken raised concerns over Beijing's alignment with Moscow.",
         ("Blinken", "Beijing", "disapprove")),
        ("Poland is concerned that China is backing Russia.", ("Poland", "China", "allege")),
        ("Blinken met Wang Yi and raised concerns over Beijing's alignment with Moscow.",
         ("Blinken", "Beijing", "disapprove")),
    ],
)  # fmt: skip
def test_concern_about_an_actor_s_act_accuses_it(text: str, expected: tuple[str, str, str]) -> None:
    assert _accusations(text) == [expected]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "The EU is concerned about the fate of Ukrainians.",  # worry for them
        "Germany is worried about possible Russian aggression.",  # a hedged act
        "Poland is worried that Russia could attack.",  # a possible act
        "Kyiv is not concerned about Moscow's statements.",  # negated
        "Large majorities are concerned about Russia using nuclear weapons.",  # a poll's fear
        "Fifty percent say they are very concerned about Russia's threats.",  # a poll
        "Kyiv is concerned about Ukraine's decision.",  # its own side
    ],
)
def test_concern_without_a_named_act_done_by_another_is_no_event(text: str) -> None:
    assert _accusations(text) == []


@pytest.mark.needs_model
def test_europe_concerned_is_a_coded_holder() -> None:
    # session 27: "Europe" had no code, so its concern coded nothing; CAMEO's region code EUR
    text = "Europe is concerned that China is backing Russia."
    (event,) = [e for e in coded_events(text) if e.type == "ACCUSE"]
    assert event.source is not None
    assert event.target is not None
    assert (event.source.code, event.target.code, event.cameo) == ("EUR", "CHN", "112")
