"""Questions, colon and dash frames as acts (runs the spaCy English pipeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.attribution.act_sentences import MODEL, made, settled

from reportedly.model import Statement
from reportedly.nlp import annotate

if TYPE_CHECKING:
    pass


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "kept"),
    [
        (
            "The reporter asked whether Poland would send troops.",
            "asked",
            "whether Poland would send troops",
            False,
        ),
        (
            "The envoy inquired whether the border was open.",
            "inquired",
            "whether the border was open",
            False,
        ),
        (
            "Asked to expand on this point, Truss said nothing.",
            "Asked",
            "to expand on this point",
            False,
        ),
        (
            "Biden asked Congress to pass the aid bill.",
            "asked",
            "Congress to pass the aid bill",
            True,
        ),
        # the one asked, then the question put to them
        (
            "The agency asked Poles if they wanted the border to be mined.",
            "asked",
            "Poles if they wanted the border to be mined",
            False,
        ),
        (
            "The reporter asked the minister whether the talks had failed.",
            "asked",
            "the minister whether the talks had failed",
            False,
        ),
        # an "if" inside what was asked for is no question
        (
            "Kyiv asked the allies to send tanks if the talks failed.",
            "asked",
            "the allies to send tanks if the talks failed",
            True,
        ),
    ],
)
def test_acts_a_question_is_not_a_statement(text: str, cue: str, content: str, kept: bool) -> None:
    assert bool(settled(text, made(text, cue, content))) is kept


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a question a denied cue leaves open: nothing was said, no statement (PolNeAR
        # annotates it; the war-news guide does not)
        (
            "His office did not say which leaders Johnson would call.",
            "which leaders Johnson would call",
            None,
        ),
        (
            "The report didn't say whether the trade might trigger sanctions.",
            "whether the trade might trigger sanctions",
            None,
        ),
        # a denied cue with a proposition is a denied statement
        (
            "The ministry did not say that troops had left.",
            "that troops had left",
            ("speech", True),
        ),
        # an open question after a cue that is not denied is said
        (
            "The minister did say why the border was closed.",
            "why the border was closed",
            ("speech", False),
        ),
    ],
)
def test_acts_a_question_a_denied_cue_leaves_open_is_no_statement(
    text: str, content: str, expected: tuple[str, bool] | None
) -> None:
    assert settled(text, made(text, "say", content)) == ([] if expected is None else [expected])


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text", ["Sikorski: Putin would do well to stop.", "- We are ready - said the general."]
)
def test_acts_a_colon_or_dash_frame_is_speech(text: str) -> None:
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.act_lexicon import default_acts
    from reportedly.attribution.acts import classify

    cue = ":" if ":" in text else "-"
    statement = made(text, cue, "We are ready" if cue == "-" else "Putin would do well to stop")
    parse = Parse(annotate(text, model=MODEL))
    assert classify(text, parse, statement, default_acts()) == ("speech", False)


@pytest.mark.needs_model
def test_acts_a_question_quoted_word_for_word_is_said() -> None:
    text = "The ad shows Clinton asking, “Why aren't I 50 points ahead?”"
    statement = made(text, "asking", "Why aren't I 50 points ahead?")
    direct = Statement(
        id="q",
        kind="direct",
        content=statement.content,
        cue=statement.cue,
        quotes=statement.content,
    )
    assert settled(text, direct) == [("speech", False)]
    assert settled(text, statement) == []  # the same words reported are a question
