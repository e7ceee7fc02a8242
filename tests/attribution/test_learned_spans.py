"""The learned span model beside the rules, end to end: the regions it reads, its calibration,
statements of one article with calibrated confidence."""

from __future__ import annotations

import json

import pytest
from tests.attribution.learned_drafts import MODEL

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._parse import Parse
from reportedly.attribution.calibration import Calibrator, _interpolate
from reportedly.attribution.learned import cue_words, model_regions
from reportedly.attribution.span_model import load_tagger
from reportedly.errors import ConfigError
from reportedly.model import Article, Section, Span
from reportedly.nlp import annotate


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
