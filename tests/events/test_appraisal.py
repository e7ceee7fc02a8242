"""Tests for appraisals: a statement that judges a named actor's act (events/appraisal.py)."""

from __future__ import annotations

import pytest
from tests.events.coded import LEXICON, coded_events
from tests.events.coded import coded as _events


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(e[0], e[3], e[2]) for e in _events(text)]


def test_appraisal_words_are_data_and_open_the_sentence_filter() -> None:
    stance = LEXICON.stance
    assert stance.appraisals["mistake"] == "ACCUSE"
    assert stance.appraisals["courageous"] == "SUPPORT"
    assert "decision" in stance.act_nouns
    assert "claim" not in stance.act_nouns  # a claim is judged true or false, not right
    assert "claim" in stance.claim_nouns
    assert "accusation" not in stance.claim_nouns
    assert "false" in stance.untrue_words
    assert "false" in stance.first_lemmas
    assert {"mistake", "courageous"} <= stance.first_lemmas


@pytest.mark.needs_model
def test_judging_a_named_actors_act_is_criticism_or_praise() -> None:
    said = '"Russia\'s decision is a grave mistake," Scholz said.'
    assert _coded(said) == [("ACCUSE", "Scholz", "mistake")]
    praised = "Zelensky said the decision by Berlin was courageous."
    assert _coded(praised) == [("SUPPORT", "Zelensky", "courageous")]
    named = "Trump called the Kremlin's move reckless."
    assert _coded(named) == [("ACCUSE", "Trump", "reckless")]


@pytest.mark.needs_model
def test_no_appraisal_without_an_actors_act_or_when_negated() -> None:
    assert _coded("The Kremlin called the accusations baseless.") == []
    assert _coded("The weather is terrible, the mayor said.") == []
    assert _coded("Biden said the Kremlin's move was not a mistake.") == []
    # the speaker's own state is no target
    assert _coded("Peskov said Russia's decision was right.") == []


@pytest.mark.needs_model
def test_a_named_actors_claim_judged_untrue_is_criticism_and_its_acts_not_asserted() -> None:
    said = "The official said Russia's claim that it is moving troops away is false."
    assert [(e[0], e[1], e[2]) for e in _events(said)] == [
        ("RETREAT", "hypothetical", "moving"),
        ("ACCUSE", "asserted", "false"),
    ]
    assert _coded("Zelensky said the Kremlin's claims are lies.") == [
        ("ACCUSE", "Zelensky", "lies")
    ]
    # with no judge in the sentence, the claim's act is still not asserted
    agentless = "Russia's claim that it is moving troops away from the border is false."
    assert [(e[0], e[1]) for e in _events(agentless)] == [("RETREAT", "hypothetical")]
    # charges stay out: disputing accusations is mostly a denial
    assert _coded('"Kyiv\'s accusations are false," Peskov said.') == []


@pytest.mark.needs_model
def test_a_speakers_own_act_judged_a_mistake_is_an_admission() -> None:
    own = '"My decision to vote for the war was a mistake," Clinton said.'
    assert _coded(own) == [("CONCEDE", "Clinton", "mistake")]
    # praise of one's own act is no event
    assert _coded('"Our response was right," the minister said.') == []


def _accused(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.text if e.source else None, e.target.code if e.target else None)
        for e in coded_events(text)
        if e.type == "ACCUSE"
    ]


def test_threat_judges_and_regarding_and_linking_verbs_are_data() -> None:
    stance = LEXICON.stance
    assert stance.appraisals["threat"] == "ACCUSE"
    assert {"see", "regard", "describe"} <= stance.regarding_verbs
    assert {"constitute", "pose"} <= stance.linking_verbs
    assert {"expansion", "support"} <= stance.act_nouns


@pytest.mark.needs_model
def test_an_act_regarded_as_or_constituting_a_threat_is_criticism_of_its_doer() -> None:
    regarded = "Lavrov regards NATO's enlargement as a direct threat."
    assert _accused(regarded) == [("Lavrov", "IGO")]
    linked = "Peskov said Washington's support for Kyiv constitutes a threat to Russia."
    assert _accused(linked) == [("Peskov", "USA")]


@pytest.mark.needs_model
def test_no_threat_appraisal_without_a_named_doer_or_when_negated() -> None:
    assert _accused("Analysts view the plan as a threat.") == []
    assert _accused("Scholz does not see China's support for Moscow as a threat.") == []
    assert _accused("The case had been viewed as a threat to affirmative action.") == []
