"""False alarms from fresh PolNeAR train text (session 35, second round): a quoted title read
as a direct quote, the source after "quoting" or "citing" read as content, and a plural noun
of saying after a comma read as a cue (runs the whole pipeline, span model included)."""

from __future__ import annotations

import pytest

from reportedly.attribution.titles import reads_as_title
from reportedly.model import Analysis
from reportedly.pipeline import analyze_text

pytestmark = pytest.mark.needs_model


def contents(analysis: Analysis) -> list[tuple[str, str]]:
    """(cue, content with its parts joined by " | ") of each speech statement."""
    text = analysis.article.text
    return [
        (s.cue.text(text) if s.cue else "", s.content_text(text, " | "))
        for s in analysis.statements
        if s.act == "speech"
    ]


def said(text: str) -> list[str]:
    return [c for _, c in contents(analyze_text(text))]


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("Modern Family.", True),
        ("Generations with Kevin Swanson,", True),
        ("The Walking Dead", True),
        ("NO PLAN B", False),  # a line in capitals shows no title case
        ("what a mess", False),
        ("I know. I Know", False),
    ],
)
def test_reads_as_title(words: str, title: bool) -> None:
    assert reads_as_title(words) is title


def test_a_quoted_title_is_no_direct_quote() -> None:
    text = (
        "Bernie Sanders, the Vermont senator, enjoys “Modern Family.” The Florida senator "
        "likes “The Walking Dead,” while the former Florida governor loves “Lilyhammer.”"
    )
    assert not any(
        t in c for c in said(text) for t in ("Modern Family", "Walking Dead", "Lilyhammer")
    )
    text = (
        "Swanson slammed the Girl Scouts on Monday’s installment of his weekly radio show, "
        "“Generations with Kevin Swanson,” Right Wing Watch first reported."
    )
    assert "Generations with Kevin Swanson," not in said(text)


def test_words_said_in_title_case_stay() -> None:
    text = "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’"
    assert any("You Should Be Criminally Investigated" in c for c in said(text))
    assert 'Cruz "Lying Ted"' in said('He called Cruz "Lying Ted" at the rally.')


def test_the_source_after_quoting_or_citing_is_no_content() -> None:
    text = (
        "The senator would resign within a week, the Post reported, quoting an anonymous "
        "Republican official. The campaign had run out of money, the Post reported, citing "
        "another anonymous source."
    )
    found = said(text)
    assert "The senator would resign within a week" in found
    assert not any("anonymous" in c for c in found)


def test_a_reason_cited_stays() -> None:
    text = (
        "In early July, Moscow halted gas deliveries via the pipeline citing maintenance "
        "while warning that it could not guarantee future deliveries."
    )
    assert ("citing", "maintenance") in contents(analyze_text(text))


def test_a_plural_noun_of_saying_after_a_comma_is_no_cue() -> None:
    text = (
        "The former secretary of state has long maintained that she complied with agency "
        "rules, claims that the State IG report could not corroborate."
    )
    found = contents(analyze_text(text))
    assert not any(k == "claims" for k, _ in found)
    assert any(k.endswith("maintained") for k, _ in found)


def test_a_second_act_of_the_speaker_ends_the_first_content() -> None:
    text = (
        "In an interview in New York last week, Ms. Acosta acknowledged that even she found "
        "the ''debt stack'' confusing and called the golf venture ''a great example'' of how "
        "things had gone wrong."
    )
    found = contents(analyze_text(text))
    assert ("acknowledged", "that even she found the ''debt stack'' confusing") in found
    assert (
        "called",
        "the golf venture ''a great example'' of how things had gone wrong",
    ) in found


def test_a_second_verb_of_another_subject_stays_in_the_content() -> None:
    text = "Police say he posed a deadly threat and refused to drop the gun."
    assert ("say", "he posed a deadly threat and refused to drop the gun") in contents(
        analyze_text(text)
    )
