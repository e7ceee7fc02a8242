"""A model attribution to a draft: its speaker (the cue verb's subject, a relative clause's noun,
or no one) and its cue (the reporting verb its content hangs on)."""

from __future__ import annotations

import pytest
from tests.attribution.learned_drafts import MODEL

from reportedly.attribution import CueLexicon
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.learned import cue_words, model_draft
from reportedly.attribution.span_model import ModelAttribution, RoleSpan
from reportedly.model import Span
from reportedly.nlp import annotate


def _sourceless(text: str, cue: str, content: str) -> Draft | None:
    """The draft of a model attribution that names a cue and content but no source."""
    parse = Parse(annotate(text, model=MODEL))
    c, k = text.index(cue), text.index(content)
    attribution = ModelAttribution(
        content=(RoleSpan(role="content", span=Span(k, k + len(content)), score=0.9),),
        cue=RoleSpan(role="cue", span=Span(c, c + len(cue)), score=0.9),
        source=None,
    )
    return model_draft(text, parse, attribution)


def test_a_model_cue_in_a_relative_clause_speaks_for_its_noun() -> None:
    text = (
        "Reuters has spoken to unnamed diplomats who have suggested that the plan includes "
        "guiding grain ships through the mined waters."
    )
    parse = Parse(annotate(text, model=MODEL))
    c, k = text.index("suggested"), text.index("that the plan")
    attribution = ModelAttribution(
        content=(RoleSpan(role="content", span=Span(k, len(text) - 1), score=0.9),),
        cue=RoleSpan(role="cue", span=Span(c, c + len("suggested")), score=0.9),
        source=RoleSpan(role="source", span=Span(0, len("Reuters")), score=0.9),
    )
    draft = model_draft(text, parse, attribution)
    assert draft is not None
    assert draft.speaker is not None
    assert draft.speaker.text(text) == "unnamed diplomats"


def test_a_sourceless_model_draft_takes_its_cue_verbs_subject() -> None:
    text = "Wang also said Washington should cancel the tariffs."
    draft = _sourceless(text, "said", "Washington should cancel the tariffs")
    assert draft is not None
    assert draft.speaker is not None
    assert draft.speaker.text(text) == "Wang"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The memorial complex was declared a national construction site.", "was declared",
         "a national construction site"),
        ("It is emphasized that all actions have a huge impact.", "emphasized",
         "all actions have a huge impact"),
        ("There have been reports of secret talks between the two sides.", "have been reports of",
         "secret talks between the two sides"),
    ],
)  # fmt: skip
def test_a_sourceless_model_draft_with_no_one_saying_it_is_dropped(
    text: str, cue: str, content: str
) -> None:
    assert _sourceless(text, cue, content) is None


def test_an_agentless_accusation_stays_a_statement_without_a_speaker() -> None:
    text = "He was under house arrest after being accused of publishing anti-war posts."
    draft = _sourceless(text, "accused of", "publishing anti-war posts")
    assert draft is not None
    assert draft.speaker is None


def test_a_trimmed_model_cue_is_headed_by_its_verb() -> None:
    # "visiting" is a verb form too: the cue's head is the verb the trimmed cue keeps
    text = "Biden told visiting senators that aid would continue."
    draft = _with_cue(text, "told visiting", "aid would continue")
    assert draft is not None
    assert draft.cue is not None
    assert draft.cue_token is not None
    assert draft.cue.text(text) == "told"
    assert Parse(annotate(text, model=MODEL)).tokens[draft.cue_token].text == "told"


def _with_cue(text: str, cue: str, content: str) -> Draft | None:
    """The draft of a model attribution with ``cue`` (a later occurrence where the word is also
    part of an earlier one), ``content`` and a source, read with the lexicon's cue words."""
    parse = Parse(annotate(text, model=MODEL))
    c, k = text.index(f" {cue} ") + 1, text.index(content)
    attribution = ModelAttribution(
        content=(RoleSpan(role="content", span=Span(k, k + len(content)), score=0.9),),
        cue=RoleSpan(role="cue", span=Span(c, c + len(cue)), score=0.9),
        source=RoleSpan(role="source", span=Span(0, text.index(" ")), score=0.9),
    )
    return model_draft(text, parse, attribution, cue_words(CueLexicon.load()))


@pytest.mark.parametrize(
    ("text", "cue", "content", "taken"),
    [
        # a determiner for a cue: the reporting verb the content hangs on
        ("Steele stated in an interview with the BBC that the talks would fail.", "an",
         "that the talks would fail", "stated"),
        ("Reuters reported on Friday that the talks had failed.", "on",
         "that the talks had failed", "reported"),
        # the verb above is no cue word: the garbled cue stays (the rules decide, in combine)
        ("Tension may escalate amid a dispute over how to publish the report.", "over",
         "how to publish the report", "over"),
        # a cue with a reporting word is the model's own, and so is a frame's colon
        ("Steele stated in an interview that the talks would fail.", "stated",
         "that the talks would fail", "stated"),
        ("Steele said in an interview : the talks would fail.", ":",
         "the talks would fail", ":"),
    ],
)  # fmt: skip
def test_a_model_cue_of_no_reporting_word_takes_the_cue_verb_its_content_hangs_on(
    text: str, cue: str, content: str, taken: str
) -> None:
    draft = _with_cue(text, cue, content)
    assert draft is not None
    assert draft.cue is not None
    assert draft.cue.text(text) == taken
