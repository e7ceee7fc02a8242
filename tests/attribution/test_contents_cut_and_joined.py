"""Contents cut or joined at the wrong place, from fresh PolNeAR train text (session 35): a
quote closed on a comma mid-clause, a quote that goes on in lower case after its frame, a
phrase the frame's verb governs, and a headline claim without its verb (runs the whole
pipeline, span model included)."""

from __future__ import annotations

import pytest

from reportedly.model import Analysis
from reportedly.pipeline import analyze_text

pytestmark = pytest.mark.needs_model


def contents(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(cue, speaker, content with its parts joined by " | ") of each speech statement."""
    text = analysis.article.text
    return [
        (
            s.cue.text(text) if s.cue else "",
            s.speaker.text if s.speaker else "",
            s.content_text(text, " | "),
        )
        for s in analysis.statements
        if s.act == "speech"
    ]


def content_of(text: str, cue: str) -> list[str]:
    return [c for k, _, c in contents(analyze_text(text)) if k == cue]


def test_a_content_runs_on_past_a_quote_closed_on_a_comma() -> None:
    text = (
        'In a video, Perry said his fellow Texan is ready to "take on the Washington cartel," '
        "secure the border, strengthen the military, and improve health care for veterans."
    )
    assert content_of(text, "said") == [
        'his fellow Texan is ready to "take on the Washington cartel," secure the border, '
        "strengthen the military, and improve health care for veterans"
    ]
    text = (
        'Sen. Rand Paul told Fox News that polls could be "way off," and have been '
        "unreliable in past races."
    )
    assert content_of(text, "told") == [
        'that polls could be "way off," and have been unreliable in past races'
    ]


def test_a_clause_with_its_own_subject_or_a_participle_after_the_quote_stays_out() -> None:
    text = (
        'Officials said the missiles had been sent over "in recent packages," but the five '
        "most recent packages make no mention of them."
    )
    assert content_of(text, "said") == ['the missiles had been sent over "in recent packages,"']
    text = (
        "Democrats blasted the committee for failing to say that the immunity was only "
        '"partial," meaning it only protected them from criminal charges.'
    )
    assert not any("meaning" in c for _, _, c in contents(analyze_text(text)))


def test_a_quote_going_on_in_lower_case_joins_the_first_part() -> None:
    text = (
        "“Many people are uncertain in this election year,” Thiel wrote in a statement to "
        "Wired explaining why he is speaking at the convention, “but most Americans agree "
        "that our country is on the wrong track.”"
    )
    wrote = content_of(text, "wrote")
    assert len(wrote) == 1
    assert wrote[0].startswith("Many people are uncertain")
    assert "| but most Americans agree" in wrote[0]


def test_a_subject_before_a_frame_set_in_its_sentence_is_the_first_part() -> None:
    text = (
        "These and other sources of authority, the lawyers said, “all command the same "
        "conclusion” that Cruz complies with the requirement."
    )
    assert content_of(text, "said") == [
        "These and other sources of authority | all command the same conclusion” that Cruz "
        "complies with the requirement"
    ]
    text = "That, the commission said, “would be helpful in avoiding uncertainty.”"
    assert content_of(text, "said") == ["That | would be helpful in avoiding uncertainty."]
    # a quote that opens its own sentence keeps its words alone
    assert content_of('He said, "we will win."', "said") == ["we will win."]


def test_a_phrase_the_cue_governs_before_the_frame_is_no_part_of_the_content() -> None:
    text = (
        "In an apparent counter to “America-first” policies expounded by prospective "
        "Republican presidential candidate Donald Trump, including suggestions that U.S. "
        "troops should be withdrawn from Asia, Carter stressed bipartisan support for "
        "continued engagement."
    )
    assert content_of(text, "stressed") == ["bipartisan support for continued engagement"]
    # a fronted clause keeps its place
    text = "At that point, a cease-fire can be negotiated, he suggested."
    assert content_of(text, "suggested") == ["At that point, a cease-fire can be negotiated"]


def test_a_headline_claim_without_its_verb_is_a_statement() -> None:
    text = (
        "'2nd Amendment people' his secret weapon, Trump hints;\n\n"
        "Donald Trump on Tuesday spoke at a rally in Wilmington.\n"
    )
    assert content_of(text, "hints") == ["2nd Amendment people' his secret weapon"]
    # a passive's subject before its agent is no claim
    text = "His thoughts were echoed by German Chancellor Olaf Scholz, who spoke in Berlin."
    assert not any(c == "His thoughts" for _, _, c in contents(analyze_text(text)))


def test_a_name_set_off_by_commas_before_a_subjectless_verb_is_the_speaker() -> None:
    text = "The talks will resume next week in Geneva, Dmitry Peskov, the Kremlin spokesman, said."
    found = contents(analyze_text(text))
    assert [(k, c) for k, _, c in found] == [("said", "The talks will resume next week in Geneva")]
    assert found[0][1].startswith("Dmitry Peskov")
    # a speaker joined to the content by "and" still makes it hold its speaker: no statement
    text = (
        "Lukashenko proposed a ceasefire in Ukraine, which both Russia and Ukraine quickly "
        "rejected."
    )
    assert not any(c.startswith("which") for _, _, c in contents(analyze_text(text)))
