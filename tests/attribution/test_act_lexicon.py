"""The act lexicon's checks and the act view line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reportedly.attribution.act_lexicon import ActLexicon
from reportedly.attribution.act_views import view_line
from reportedly.errors import ConfigError

if TYPE_CHECKING:
    pass


def test_acts_lexicon_refuses_a_word_under_two_acts(tmp_path: Path) -> None:
    path = tmp_path / "acts.yaml"
    path.write_text(
        "speech: [say]\nbelief: [say]\nintent: []\nother: []\nphrases: {}\n"
        "infinitive_intent: []\nspeaker_speech: []\nevidence_sources: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="'say' is listed under speech and belief"):
        ActLexicon.load(path)


def test_acts_lexicon_refuses_an_unknown_act(tmp_path: Path) -> None:
    path = tmp_path / "acts.yaml"
    path.write_text(
        "speech: []\nbelief: []\nintent: []\nother: []\nphrases: {'as per': gossip}\n"
        "infinitive_intent: []\nspeaker_speech: []\nevidence_sources: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="unknown act 'gossip'"):
        ActLexicon.load(path)


def test_acts_shipped_lexicon_loads() -> None:
    acts_lexicon = ActLexicon.load()
    assert acts_lexicon.lemmas["say"] == "speech"
    assert acts_lexicon.lemmas["believe"] == "belief"
    assert acts_lexicon.lemmas["want"] == "intent"
    assert acts_lexicon.lemmas["show"] == "other"


def test_view_line_says_what_is_shown_and_hidden() -> None:
    counts = {"speech": 3, "belief": 1, "intent": 1}
    assert view_line("speech", counts) == (
        "showing speech (3); 2 statements of other acts hidden (belief 1, intent 1)"
    )
    assert view_line("speech", {"speech": 3}) == "showing speech (3); no statements of other acts"
    assert view_line("all", counts) == "showing all acts (5: belief 1, intent 1, speech 3)"


def test_view_line_of_a_capped_count_reads_as_lower_bounds() -> None:
    line = view_line("speech", {"speech": 900, "belief": 101}, exact=False)
    assert line == (
        "showing speech (900+); 101+ statements of other acts hidden (belief 101+);"
        " counted among the first matches only"
    )
    assert view_line("all", {"speech": 1001}, exact=False).startswith("showing all acts (1001+")
