"""Tests for which clauses assert an event (session 12): reduced relatives, "must", what an
intended act leads to, the doer of a participle clause, and acts of a verb's object (accused
of, warned against, thanked for)."""

from __future__ import annotations

import pytest
from tests.events.coded import coded as _events
from tests.events.coded import coded_events

from reportedly.model import Article
from reportedly.pipeline import Pipeline


@pytest.mark.needs_model
def test_a_reduced_relative_reports_no_event() -> None:
    events = _events("Vladimir Putin compared German tanks deployed in Ukraine to the Nazis.")
    assert [e for e in events if e[2] == "deployed"] == []
    # the same verb as the clause's own predicate is an event
    assert ("MOBILIZE", "asserted", "deployed") in [
        e[:3] for e in _events("Germany deployed tanks in Lithuania.")
    ]


@pytest.mark.needs_model
def test_must_asserts_no_act() -> None:
    events = _events("We must stand with our allies to fight the regimes in Damascus.")
    assert [e for e in events if e[2] == "fight" and e[1] == "asserted"] == []


@pytest.mark.needs_model
def test_what_an_intended_act_leads_to_is_not_asserted() -> None:
    text = "Washington was prepared to help Kyiv negotiate a just peace."
    assert [e for e in _events(text) if e[0] == "CONSULT"] == []


@pytest.mark.needs_model
def test_an_event_presupposed_under_a_refused_act_stays() -> None:
    text = "The Kremlin is not prepared to accept the conditions Biden put forward."
    types = [e[0] for e in _events(text)]
    assert "REJECT" in types
    assert "REQUEST" in types


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since taking on the role, Kerry has traveled worldwide, attending climate summits.",
            ("CONSULT", "asserted", "attending", "Kerry"),
        ),
        (
            "In capturing the city, Russia aims to link up the rebel-held territory.",
            ("COERCE", "asserted", "capturing", "Russia"),
        ),
    ],
)
def test_a_participle_clause_has_the_main_clause_s_doer(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _events(text)


@pytest.mark.needs_model
def test_an_of_gerund_keeps_its_own_doer() -> None:
    events = _events("Kuleba accused Russia of shelling the city.")
    assert [e for e in events if e[2] == "shelling" and e[3] == "Kuleba"] == []


@pytest.mark.needs_model
def test_it_is_important_that_is_a_demand() -> None:
    text = (
        '"It is very important that the Polish authorities support Ukraine," the resolution reads.'
    )
    events = _events(text)
    assert ("REQUEST", "asserted", "important", "the resolution") in events
    assert ("SUPPORT", "demanded", "support", "the Polish authorities") in events
    # with no one to demand it, the clause is still not asserted
    support = [
        e for e in _events("It is necessary that Poland supports Ukraine.") if e[0] == "SUPPORT"
    ]
    assert [e[1] for e in support] == ["demanded"]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no one named to do it: a demand of nobody, the act asked for demanded
            "It is important to disconnect Russian banks from SWIFT, Zelensky said.",
            [("REQUEST", "asserted", "important", "Zelensky", None), ("SANCTION", "demanded")],
        ),
        (  # "it is time for X to do Y" asks X, whatever Y is
            '"It is time for Congress to get serious," Obama said.',
            [("REQUEST", "asserted", "time", "Obama", "Congress")],
        ),
        (  # "for X to" hung on "is" as a modifier
            '"It is important for Europe to impose sanctions on Russia," Zelensky said.',
            [("REQUEST", "asserted", "important", "Zelensky", "Europe"), ("SANCTION", "demanded")],
        ),
        (  # nothing asked that is an act, and no one asked: no demand
            '"It is important to face the truth," Zelensky said.',
            [],
        ),
        ("It was time for him to leave, he said.", []),
        # a demand of no one by no actor: "some" ask nothing of anyone
        ("Some are saying it is time to end the war.", [("RETREAT", "demanded")]),
    ],
)
def test_an_impersonal_obligation_demands_only_an_act(
    text: str, expected: list[tuple[str | None, ...]]
) -> None:
    events = coded_events(text)
    found = [
        (
            e.type,
            e.modality,
            e.trigger.text(text),
            e.source.text if e.source else None,
            e.target.text if e.target else None,
        )[: len(want)]
        for e, want in zip(events, expected, strict=False)
    ]
    assert len(events) == len(expected)
    assert found == expected


@pytest.mark.needs_model
def test_backing_for_is_a_noun() -> None:
    text = (
        "Zelenskiy said it began in 2014, in a reference to Russia's annexation of Crimea and "
        "backing for a separatist insurgency in the east."
    )
    assert [e for e in _events(text) if e[0] == "SUPPORT"] == []
    assert ("SUPPORT", "asserted", "backed", "Washington") in _events("Washington backed Kyiv.")


@pytest.mark.needs_model
def test_an_indirect_question_asserts_nothing() -> None:
    events = _events("Asked whether he would meet Putin, Biden said no.")
    assert [e[1] for e in events if e[2] == "meet"] == ["hypothetical"]


@pytest.mark.needs_model
def test_an_act_warned_against_is_its_object_s_and_not_asserted() -> None:
    events = _events("The Kremlin warned Kyiv against attacking Crimea.")
    assert ("ASSAULT", "hypothetical", "attacking", "Kyiv") in events
    assert not [e for e in events if e[2] == "attacking" and e[3] == "The Kremlin"]
    # nobody named to do it: no event ("Putin sent tanks" was coded, asserted)
    assert [
        e for e in _events("Putin warned against sending tanks to Ukraine.") if e[2] == "sending"
    ] == []
    # "from" keeps an act from happening only with an object: "suffered from shelling" did not
    held = _events("NATO stopped Russia from seizing Kyiv.")
    assert [e[1] for e in held if e[2] == "seizing"] == ["hypothetical"]
    assert [e[3] for e in held if e[2] == "seizing"] == ["Russia"]


@pytest.mark.needs_model
def test_an_act_of_the_accused_is_theirs_and_alleged() -> None:
    assert ("ASSAULT", "hypothetical", "shelling", "Moscow") in _events(
        "Kyiv accused Moscow of shelling the plant."
    )
    assert ("ASSAULT", "hypothetical", "shelling", "Ukraine") in _events(
        "Ukraine was accused of shelling the town."
    )
    # the "of" hung on the object by the parser, a gerund under the alleged one
    nested = _events(
        "Russia's defence ministry has accused the UK of provoking Ukraine into attacking"
        " Russian territory."
    )
    assert [e[1:] for e in nested if e[0] == "ASSAULT"] == [
        ("hypothetical", "attacking", "Ukraine")
    ]


@pytest.mark.needs_model
def test_an_act_thanked_for_is_the_thanked_one_s() -> None:
    events = _events("Zelensky thanked Germany for sending tanks to Ukraine.")
    assert ("AID", "asserted", "sending", "Germany") in events
    assert [
        e for e in _events("The ministry spoke of attacking the bridge.") if e[2] == "attacking"
    ] == []


@pytest.mark.needs_model
def test_a_doer_s_own_necessity_demands_nothing(pipeline: Pipeline) -> None:
    def requests(text: str) -> list[tuple[str | None, str | None]]:
        analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
        return [
            (e.source.code if e.source else None, e.target.code if e.target else None)
            for e in analysis.events
            if e.type == "REQUEST"
        ]

    # "it" is Moscow, whose decision it is: no one demands it
    assert (
        requests(
            '"I can imagine a scenario in which Moscow decides it needs to cut its losses and '
            'cease hostilities," he said.'
        )
        == []
    )
    # a modal before its subject is a condition; a need of the noun a relative clause
    # hangs on is a want
    text = "The West has warned that Russia will face sanctions should it invade Ukraine."
    assert requests(text) == []
    text = (
        "Pence said he remains committed to ensuring Ukraine receives the military support it "
        "needs to repel Russian forces."
    )
    assert requests(text) == []
    assert requests("Biden said Putin must withdraw his troops.") == [("USA", "RUS")]
