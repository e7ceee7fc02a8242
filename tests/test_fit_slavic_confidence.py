"""Tests of scripts/fit_slavic_confidence.py and its judged rows (scripts/slavic_judgements.py):
the choice made on the judged rows, their alignment and labels, and the shipped judgements."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from reportedly.model import Analysis, Article, Entity, Mention, Span, Statement
from script_modules import ROOT, load_script

fit = load_script("scripts/fit_slavic_confidence.py")
judgements = load_script("scripts/slavic_judgements.py")
calib_choice = load_script("scripts/slavic_calib_choice.py")


def rows(articles: int, wrong_named: int) -> object:
    """``articles`` texts of 6 statements; "no_speaker" ones are mostly wrong, and every
    text whose number is under ``wrong_named`` has one wrong statement with a speaker."""
    article = np.repeat(np.arange(articles), 6)
    no_speaker = np.tile([0.0, 0.0, 0.0, 0.0, 1.0, 1.0], articles)
    right = np.where(no_speaker > 0, (article % 4 == 0).astype(float), 1.0)
    right[(article < wrong_named) & (np.tile(np.arange(6), articles) == 0)] = 0.0
    values = [
        {"bias": 1.0, "no_speaker": v, "uk": float(a % 2)}
        for v, a in zip(no_speaker, article, strict=True)
    ]
    return fit.RowSet(values, right, article)


SETS = {"constant": ("bias",), "language": ("bias", "uk"), "speaker": ("bias", "no_speaker")}


def test_the_choice_is_made_on_the_judged_rows_and_reproduces() -> None:
    # the judged texts are harder than dev (the rules were tuned on dev): a dev-only fit is
    # over-confident there, so a fit that reads the judged rows wins on them
    dev, judged = rows(30, 0), rows(20, 12)
    choice, losses = fit.choose(dev, judged, SETS, seeds=(1, 2))
    kind, name, l2 = choice
    assert name == "speaker"
    assert kind != "dev"
    assert losses[fit.key(kind, name, l2)] < losses[fit.key("dev", name, l2)]
    assert losses[fit.key(kind, name, l2)] < losses["constant"]
    assert (choice, losses) == fit.choose(dev, judged, SETS, seeds=(1, 2))
    w = fit.weights("pooled", dev, judged, SETS["speaker"], 0.3)
    assert np.round(w, 3).tolist() == [2.658, -3.648]  # the refit of this fixture


def test_the_calib_rows_choose_and_shift_but_are_never_fitted_on() -> None:
    # blind calib texts are harder again than the judged ones: the fit is chosen there and
    # moved down, and no candidate's calib probabilities depend on a calib label
    dev, judged, calib = rows(30, 0), rows(20, 0), rows(16, 16)
    probabilities = calib_choice.calib_probabilities(dev, judged, calib, SETS, (0.3, 3.0))
    flipped = fit.RowSet(calib.values, 1.0 - calib.y, calib.article)
    again = calib_choice.calib_probabilities(dev, judged, flipped, SETS, (0.3, 3.0))
    assert all(np.array_equal(probabilities[c], again[c]) for c in probabilities)
    best, losses = calib_choice.choose_on_calib(probabilities, calib.y)
    assert losses[fit.key(*best)] == min(losses.values())
    settings = calib_choice.Settings((0.3, 3.0), 4, (1, 2), 20)
    judged_choice, judged_losses = fit.choose(dev, judged, SETS, seeds=(1,))
    choice = calib_choice.settle(dev, judged, calib, SETS, judged_choice, judged_losses, settings)
    assert choice.shift < 0  # calib is right less often than dev and judged
    assert choice.shift_report is not None
    assert (
        choice.shift_report["shift_held_out_log_loss"] < choice.shift_report["unshifted_log_loss"]
    )
    # the shipped bias is the fit's plus the shift; the calib rows' probabilities are the
    # cross-validated ones, never those of the shift fitted on all of them
    kind, name, l2 = choice.candidate
    plain = fit.weights(kind, dev, judged, SETS[name], l2)
    assert choice.weights[0] == pytest.approx(plain[0] + choice.shift)
    names = SETS[name]
    refit = calib_choice.sigmoid(calib.x(names) @ choice.weights)
    assert not np.allclose(choice.on_calib, refit)


def test_with_no_calib_row_the_judged_choice_stands() -> None:
    dev, judged = rows(30, 0), rows(20, 12)
    empty = fit.RowSet([], np.zeros(0), np.zeros(0, dtype=int))
    judged_choice, judged_losses = fit.choose(dev, judged, SETS, seeds=(1,))
    settings = calib_choice.Settings((0.3,), 4, (1,), 10)
    choice = calib_choice.settle(dev, judged, empty, SETS, judged_choice, judged_losses, settings)
    assert (choice.candidate, choice.shift, choice.calib_losses) == (judged_choice, 0.0, None)


def test_choosing_on_calib_must_hold_out_on_other_texts() -> None:
    calib = rows(16, 16)
    sharp = np.where(calib.y > 0, 0.9, 0.1)  # right on every text
    flat = np.full(len(calib.y), 0.5)
    probabilities = {("dev", "a", 0.3): sharp, ("dev", "b", 0.3): flat}
    on_half, fallback = calib_choice.choice_holds_out(
        probabilities, ("dev", "b", 0.3), calib, 20, 1
    )
    assert on_half < fallback  # the sharp one wins on every half and holds out
    on_half, fallback = calib_choice.choice_holds_out(
        probabilities, ("dev", "a", 0.3), calib, 20, 1
    )
    assert on_half == fallback  # the fallback is what every half chooses


def test_collect_reads_dev_or_calib_never_test() -> None:
    with pytest.raises(AssertionError):
        fit.collect([], Path("."), None, "test")  # type: ignore[arg-type]


def analysis(statements: tuple[Statement, ...]) -> Analysis:
    text = "Путин заявил, что переговоры возможны. Песков сказал, что ответа нет."
    entity = Entity(id="putin-vladimir", name="Vladimir Putin", actor_id="putin-vladimir")
    return Analysis(
        article=Article(id="a", text=text, language="ru"),
        entities=(entity,),
        statements=statements,
    )


def statement(ident: str, content: Span, speaker: str | None = "putin-vladimir") -> Statement:
    mention = Mention(span=Span(0, 5), text="Путин", label="PER")
    return Statement(
        id=ident,
        kind="indirect",
        content=(content,),
        speaker=mention,
        speaker_entity=speaker,
        speaker_actor=speaker,
    )


def record(content: list[int], judgement: str, speaker: str | None) -> dict[str, object]:
    return {
        "content": [content],
        "judgement": judgement,
        "speaker_judgement": speaker,
        "resolved": "Vladimir Putin",
        "resolved_actor": "putin-vladimir",
    }


def test_judged_records_label_the_statements_they_align_with() -> None:
    records = [record([18, 37], "right", "right"), record([58, 68], "wrong", None)]
    found = analysis(
        (
            statement("s1", Span(18, 37)),  # exactly the first record's content
            statement("s2", Span(54, 68), speaker=None),  # "что ответа нет": 2 of its 3 tokens
            statement("s3", Span(0, 5)),  # no record holds it
        )
    )
    labels, extra, missed = judgements.label(records, found)
    assert [(j.statement.id, j.right, j.speaker_right) for j in labels] == [
        ("s1", True, True),
        ("s2", False, None),
    ]
    assert (extra, missed) == (1, 0)


def test_a_speaker_verdict_does_not_carry_to_another_speaker() -> None:
    records = [record([18, 37], "right", "wrong")]
    moved = analysis((statement("s1", Span(18, 37), speaker="peskov-dmitry"),))
    labels, _, _ = judgements.label(records, moved)
    assert [(j.right, j.speaker_right) for j in labels] == [(True, None)]


def test_load_refuses_a_speaker_verdict_where_no_speaker_resolved(tmp_path: Path) -> None:
    bad = {**record([0, 5], "right", "right"), "resolved": None, "article": "telegram-ru:1"}
    path = tmp_path / "draw.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no speaker resolved"):
        judgements.load([path])


def test_a_statement_wrong_for_its_mention_alone_keeps_its_speaker_verdict(
    tmp_path: Path,
) -> None:
    # eval gold judges the speaker of every content-matched statement, right or not
    wrong_mention = {**record([18, 37], "wrong", "wrong"), "article": "telegram-ru:1"}
    path = tmp_path / "draw.jsonl"
    path.write_text(json.dumps(wrong_mention) + "\n", encoding="utf-8")
    records = judgements.load([path])["telegram-ru:1"]
    labels, _, _ = judgements.label(records, analysis((statement("s1", Span(18, 37)),)))
    assert [(j.right, j.speaker_right) for j in labels] == [(False, False)]


@pytest.mark.parametrize(
    ("draw", "lang", "counts"),
    [
        (28201, "ru", {"records": 100, "texts": 57, "right": 85, "speaker_right": 64}),
        (28202, "uk", {"records": 107, "texts": 21, "right": 90, "speaker_right": 66}),
        (29201, "ru", {"records": 100, "texts": 45, "right": 93, "speaker_right": 49}),
        (29202, "uk", {"records": 104, "texts": 18, "right": 94, "speaker_right": 67}),
    ],
)
def test_the_shipped_judgements_hold_what_their_readme_says(
    draw: int, lang: str, counts: dict[str, int]
) -> None:
    path = ROOT / "gold" / "slavic-judgements" / f"draw-{draw}.jsonl"
    by_text = judgements.load([path])
    records = [r for rs in by_text.values() for r in rs]
    verdicts = Counter(r["judgement"] for r in records)
    speakers = Counter(r["speaker_judgement"] for r in records)
    assert {r["lang"] for r in records} == {lang}
    assert {r["draw"] for r in records} == {draw}
    assert len(records) == counts["records"]
    assert len(by_text) == counts["texts"]
    assert verdicts["right"] == counts["right"]
    assert speakers["right"] == counts["speaker_right"]
    # a speaker verdict wherever the statement is right and its speaker resolved (and on a
    # wrong one only with a resolved speaker and a note saying its content still aligns)
    for r in records:
        if r["judgement"] == "right":
            assert (r["speaker_judgement"] is not None) == (r["resolved"] is not None)
        elif r["speaker_judgement"] is not None:
            assert r["resolved"] is not None
            assert "aligns" in r["note"]
        assert r["note"] or (r["judgement"] == "right" and r["speaker_judgement"] != "wrong")
