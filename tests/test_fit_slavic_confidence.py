"""Tests of scripts/fit_slavic_confidence.py: folds by article, seeded, and the choice."""

from __future__ import annotations

import numpy as np

from script_modules import load_script

fit = load_script("scripts/fit_slavic_confidence.py")

# 20 articles of 6 statements; "no_speaker" statements are mostly wrong, the others right
ARTICLES = 20
ARTICLE = np.repeat(np.arange(ARTICLES), 6)
NO_SPEAKER = np.tile([0.0, 0.0, 0.0, 0.0, 1.0, 1.0], ARTICLES)
RIGHT = np.where(NO_SPEAKER > 0, (ARTICLE % 4 == 0).astype(float), 1.0)
RIGHT[ARTICLE == 3] = [1, 0, 1, 1, 0, 0]  # one wrong statement with a speaker
VALUES = [
    {"bias": 1.0, "no_speaker": v, "uk": float(a % 2)}
    for v, a in zip(NO_SPEAKER, ARTICLE, strict=True)
]


def test_each_article_falls_in_one_fold_the_same_for_a_seed() -> None:
    folds = fit.folds_of(ARTICLES, 28101)
    assert folds.tolist() == fit.folds_of(ARTICLES, 28101).tolist()
    assert folds.tolist() != fit.folds_of(ARTICLES, 28102).tolist()
    assert sorted(np.bincount(folds).tolist()) == [ARTICLES // fit.FOLDS] * fit.FOLDS


def test_out_of_fold_probabilities_reproduce_and_follow_the_signal() -> None:
    x = np.asarray([[v["bias"], v["no_speaker"]] for v in VALUES])
    first = fit.out_of_fold(x, RIGHT, ARTICLE, 1.0, 28101, ARTICLES)
    assert first.tolist() == fit.out_of_fold(x, RIGHT, ARTICLE, 1.0, 28101, ARTICLES).tolist()
    assert first[NO_SPEAKER > 0].max() < 0.5 < first[NO_SPEAKER == 0].min()


def test_the_choice_takes_the_signal_that_tells_and_refits_the_same() -> None:
    sets = {"constant": ("bias",), "language": ("bias", "uk"), "speaker": ("bias", "no_speaker")}
    name, l2, losses = fit.choose(VALUES, RIGHT, ARTICLE, sets, ARTICLES)
    assert name == "speaker"
    assert losses[f"speaker l2={l2:g}"] < losses["constant l2=0.3"]
    x = np.asarray([[v["bias"], v["no_speaker"]] for v in VALUES])
    w = fit.fit(x, RIGHT, np.ones(len(RIGHT)), l2)
    assert np.round(w, 3).tolist() == EXPECTED[l2]


EXPECTED = {0.3: [3.506, -4.435]}  # the refit of this fixture, by Newton's method
