"""Rule statements marked sure (a "that" clause, a form the model never saw, a quote an outlet
relays) stand without the model's support, in combination and in calibration."""

from __future__ import annotations

import pytest
from tests.attribution.learned_drafts import MODEL, content_only, drafted

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.calibration import Calibrator
from reportedly.attribution.learned import combine
from reportedly.model import Annotation, Span
from reportedly.nlp import annotate


def test_combine_keeps_a_sure_rule_statement_the_model_does_not_support() -> None:
    rule = Draft(kind="indirect", content=[Span(20, 30)], via="ccomp", sure=True)
    assert combine([rule], [], content_only("", Span(20, 30), 0.1)) == [rule]


def test_calibration_keeps_a_sure_rule_statement_however_unsure() -> None:
    from reportedly.attribution import _calibrate

    text = "Nexta reminds that Andonov appeared in a video."
    sure = Draft(kind="indirect", content=[Span(14, 46)], via="ccomp", sure=True)
    unsure = Draft(kind="indirect", content=[Span(14, 46)], via="ccomp")
    never = Calibrator(weights={"bias": -30.0})
    empty = Parse(Annotation(tokens=(), sentences=(), entities=()))
    tagged = content_only(text, Span(14, 46), 0.1)
    kept = _calibrate([sure, unsure], empty, tagged, frozenset(), never, 0.3)
    assert kept == [sure]


def test_combine_keeps_a_sure_rule_statement_behind_the_model_one_over_its_words() -> None:
    sure = Draft(kind="indirect", content=[Span(20, 30)], via="ccomp", sure=True)
    unsure = Draft(kind="indirect", content=[Span(40, 50)], via="ccomp")
    model_sure = Draft(kind="indirect", content=[Span(22, 32)], via="model")
    model_unsure = Draft(kind="indirect", content=[Span(38, 48)], via="model")
    tagged = content_only("", Span(20, 30), 0.1)
    kept = combine([sure, unsure], [model_sure, model_unsure], tagged)
    assert kept == [model_sure, model_unsure]
    assert model_sure.fallback is sure
    assert model_unsure.fallback is None


def test_calibration_puts_the_sure_rule_statement_in_place_of_the_model_one_it_drops() -> None:
    from reportedly.attribution import _calibrate

    text = "Aides insisted in June that Obama would not be pigeonholed."
    at, end = text.index("that Obama"), len(text) - 1
    sure = Draft(kind="indirect", content=[Span(at, end)], via="ccomp", sure=True)
    model = Draft(kind="indirect", content=[Span(at + 5, end)], via="model")
    model.fallback = sure
    never = Calibrator(weights={"bias": -30.0})
    empty = Parse(Annotation(tokens=(), sentences=(), entities=()))
    tagged = content_only(text, Span(at, end), 0.1)
    kept = _calibrate([model], empty, tagged, frozenset(), never, 0.3)
    assert kept == [sure]
    assert sure.signals["rule"] == 1.0  # its own signals, not the model draft's
    assert sure.confidence < 0.3  # its own calibrated confidence, shown as it is


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "via", "content", "sure"),
    [
        ("Nexta reminds that Andonov appeared in a video.", "ccomp", "that Andonov appeared", True),
        (
            "Nexta reminds Andonov appeared in a video.",
            "ccomp",
            "Andonov appeared in a video",
            False,
        ),
        (
            "According to Nexta, Andonov appeared in a video.",
            "according-to",
            "Andonov appeared",
            True,
        ),
        ("Nexta said it: Andonov appeared in a video.", "object", "it", False),
    ],
)
def test_mark_sure_picks_that_clauses_and_forms_the_model_never_saw(
    text: str, via: str, content: str, sure: bool
) -> None:
    from reportedly.attribution.learned import mark_sure

    draft = drafted(text, via, text.split(" ")[1], content)
    mark_sure(Parse(annotate(text, model=MODEL)), [draft])
    assert draft.sure is sure


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "sure"),
    [
        # an outlet relays the quote: the frame's speaker stands without the model's support
        (
            '"We must stay calm," Oleksiy Danilov said on Thursday, according to The Wall '
            "Street Journal.",
            True,
        ),
        # a person relays nothing here: the model is asked
        ('"We must stay calm," Oleksiy Danilov said on Thursday, according to his aide.', False),
        ('"We must stay calm," Oleksiy Danilov said on Thursday.', False),
    ],
)
def test_a_quote_an_outlet_relays_keeps_the_speaker_its_frame_names(text: str, sure: bool) -> None:
    from reportedly.attribution.learned import mark_relayed
    from reportedly.provenance.outlets import default_registry

    parse = Parse(annotate(text, model=MODEL))
    cue = text.index("said")
    draft = Draft(
        kind="direct",
        content=[Span(1, text.index(',"'))],
        cue=Span(cue, cue + 4),
        cue_token=parse.token_at(cue),
        speaker=Span(text.index("Oleksiy"), text.index(" said")),
        via="frame-after",
    )
    outlets = default_registry()
    mark_relayed(text, parse, [draft], lambda name: outlets.match(name) is not None)
    assert draft.sure is sure
