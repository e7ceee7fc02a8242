"""Tests for appraisals: a statement that judges a named actor's act (events/appraisal.py)."""

from __future__ import annotations

import pytest
from tests.events.coded import LEXICON
from tests.events.coded import coded as _events


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(e[0], e[3], e[2]) for e in _events(text)]


def test_appraisal_words_are_data_and_open_the_sentence_filter() -> None:
    stance = LEXICON.stance
    assert stance.appraisals["mistake"] == "ACCUSE"
    assert stance.appraisals["courageous"] == "SUPPORT"
    assert "decision" in stance.act_nouns
    assert "claim" not in stance.act_nouns  # calling a claim false is mostly a denial
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
