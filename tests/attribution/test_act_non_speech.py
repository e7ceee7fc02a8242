"""Cues that are no speech: declared states, polls, plans, supposed and prescribed statements,
findings and views (runs the spaCy English pipeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.attribution.act_sentences import made, reporting_the_rest, run, settled

from reportedly.attribution import CueLexicon

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a state declared into being is an act of state, not a report
        ("Latvia, which borders Russia, declared independence from the USSR in 1990.", False),
        ("The president declared martial law in the eastern regions on Thursday.", False),
        ("Russia declared war on Ukraine.", False),
        # ... but a declaration of what something is says it
        ("Putin declared the war a success.", True),
        ("The ministry declared the airspace over the sea to be a zone of danger.", True),
    ],
)
def test_acts_a_state_declared_into_being_is_no_statement(
    text: str, said: bool, pipeline: Pipeline
) -> None:
    from reportedly.model import Article

    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert bool(analysis.statements) is said


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "source", "content", "act"),
    [
        # nobody speaks through a poll or a plan
        (
            "According to the latest polls, most Ukrainians are ready to defend the country.",
            "the latest polls",
            "most Ukrainians are ready to defend the country",
            "other",
        ),
        (
            "According to plans, all these exercises are to end on February 20.",
            "plans",
            "all these exercises are to end on February 20",
            "other",
        ),
        # a body or its information speaks
        (
            "According to US intelligence, Russia is moving troops to the border.",
            "US intelligence",
            "Russia is moving troops to the border",
            "speech",
        ),
        (
            "According to the ministry, Russia is moving troops to the border.",
            "the ministry",
            "Russia is moving troops to the border",
            "speech",
        ),
    ],
)
def test_acts_according_to_a_poll_or_a_plan_is_no_speech(
    text: str, source: str, content: str, act: str
) -> None:
    statement = made(text, "According to", content, speaker=source)
    assert settled(text, statement) == [(act, False)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # what someone supposed would be said is not a statement, in a that-clause standing
        # alone or under a verb that is not one of saying
        (
            "Putin’s assumptions have proven wrong: that the Ukrainian government would "
            "crumble; and that the broader international community would not condemn "
            "Russia’s invasion.",
            "condemn",
            False,
        ),
        ("He expected that the allies would condemn the strike.", "condemn", False),
        # under a verb of saying it is reported speech, nested
        ("Die Welt said that he could stress the talks are over.", "stress", True),
        ("Biden warned on Friday that Russia will deny the attack.", "deny", True),
    ],
)
def test_acts_a_supposed_statement_is_not_a_statement(text: str, cue: str, kept: bool) -> None:
    assert bool(settled(text, reporting_the_rest(text, cue))) is kept


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # what someone ought to say is a prescription, not a report of anything said
        (
            "The administration should publicly and privately convey to Israel's leaders "
            "that their strategy is unlikely to succeed.",
            "convey",
            False,
        ),
        ("Kyiv must declare that the talks are over.", "declare", False),
        ("The allies ought to announce that the aid will continue.", "announce", False),
        # a coordinated second verb under the same modal
        (
            "The envoy should condemn the strike and declare that it broke the law.",
            "declare",
            False,
        ),
        # a past participle under "must have" is a guess at what was said; said stays said
        ("He must have said that the talks are over.", "said", True),
        ("The minister said that the talks are over.", "said", True),
    ],
)
def test_acts_a_prescribed_statement_is_not_a_statement(text: str, cue: str, kept: bool) -> None:
    assert bool(settled(text, reporting_the_rest(text, cue))) is kept


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        # a poll's share is no speaker: what "73 percent say" is a poll's finding
        ("In all, 73 percent say the country is doing too little.", "73 percent", "other"),
        (
            "About 2 in 3 Americans say the sanctions work.",
            "About 2 in 3 Americans",
            "other",
        ),
        (
            "Of those asked, 68 percent of Democrats said the sanctions work.",
            "68 percent of Democrats",
            "other",
        ),
        ("A majority of voters say the sanctions work.", "A majority of voters", "other"),
        ("Eight in 10 voters believe the war will spread.", "Eight in 10 voters", "other"),
        ("Fewer Americans say the aid should go on.", "Fewer Americans", "other"),
        ("More people now say the aid has gone too far.", "More people", "other"),
        ("Fewer than half of voters say they back the war.", "Fewer than half of voters", "other"),
        # a count of people is no poll
        ("More than 40 lawmakers said the aid must go on.", "More than 40 lawmakers", "speech"),
        # a person named by such a word speaks
        ("The majority leader said the vote will pass.", "The majority leader", "speech"),
    ],
)
def test_acts_a_poll_share_as_speaker_is_a_finding(
    text: str, speaker: str, act: str, lexicon: CueLexicon
) -> None:
    found = [(s.speaker.text if s.speaker else "", s.act) for s in run(text, lexicon)]
    assert found == [(speaker, act)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Beijing still sees the island as rightfully part of China.",
        "The Kremlin sees the alliance's growth as a threat to its security.",
    ],
)
def test_acts_seeing_something_as_something_is_a_view(text: str) -> None:
    from reportedly.pipeline import analyze_text

    [statement] = analyze_text(text).statements
    assert statement.act == "belief"


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "The regimes will continue to blame sanctions for the flight of their citizens.",
        "The minister kept insisting that the army would win.",
    ],
)
def test_acts_an_aspectual_verb_leaves_the_act_to_the_verb_it_governs(text: str) -> None:
    from reportedly.pipeline import analyze_text

    [statement] = analyze_text(text).statements
    assert statement.act == "speech"


@pytest.mark.needs_model
def test_acts_the_source_after_from_speaks_where_the_model_reads_the_outlet() -> None:
    from reportedly.pipeline import analyze_text

    text = (
        "Belarus is ready to provide a venue for talks on the conflict in Ukraine, the agency "
        "learned from President Lukashenko on Saturday."
    )
    [statement] = analyze_text(text).statements
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.act) == ("President Lukashenko", "speech")


@pytest.mark.needs_model
def test_acts_a_poll_share_with_a_noun_phrase_is_still_a_finding() -> None:
    text = "In the poll, 64 percent support more military aid for Ukraine."
    statement = made(text, "support", "more military aid for Ukraine", speaker="64 percent")
    assert settled(text, statement) == [("other", False)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The company said it expects this year's spending to rise sharply.",
            "it expects this year's spending to rise sharply",
        ),
        (
            "Legarda said she would expect the EU to keep its sanctions in place.",
            "she would expect the EU to keep its sanctions in place",
        ),
    ],
)
def test_acts_a_belief_the_speaker_reports_of_themselves_is_one_statement(
    text: str, content: str, lexicon: CueLexicon
) -> None:
    [statement] = run(text, lexicon)
    assert (statement.content_text(text), statement.act) == (content, "speech")


@pytest.mark.needs_model
def test_acts_what_came_out_with_no_source_is_no_statement_but_its_request_is(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The visit stalled after it was revealed that the ministers had privately urged the "
        "envoy to stay at home, according to two officials."
    )
    found = [
        (s.speaker.text if s.speaker else None, s.cue.text(text) if s.cue else "", s.act)
        for s in run(text, lexicon)
    ]
    assert any(cue == "according to" for _, cue, _ in found)
    assert ("the ministers", "urged", "speech") in found
    assert not any(cue == "revealed" for _, cue, _ in found)
