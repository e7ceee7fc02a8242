"""Tests of scripts/cv_calibration.py: what counts as a right statement on war news."""

from __future__ import annotations

from typing import Any

from script_modules import load_script

cv = load_script("scripts/cv_calibration.py")


def statement(tokens: list[str], speaker: list[int] | None, entity: str | None) -> dict[str, Any]:
    return {"tokens": tokens, "speaker": speaker, "speaker_entity": entity}


def gold(tokens: list[str], speaker: list[int] | None, canonical: str | None) -> dict[str, Any]:
    return {"tokens": tokens, "act": "speech", "speaker": speaker, "canonical": canonical}


def labels(record: dict[str, Any]) -> list[bool]:
    cv.label_warnews([record])
    return [s["right"] for s in record["statements"]]


def test_a_statement_is_right_when_matched_with_an_overlapping_speaker_mention() -> None:
    record = {
        "gold": [gold(["talks", "are", "over"], [0, 6], "Dmitry Peskov")],
        "statements": [
            statement(["talks", "are", "over"], [0, 6], "Dmitry Peskov"),
            statement(["talks", "are", "over", "now"], [20, 25], "Joe Biden"),
            statement(["sanctions", "will", "follow"], [0, 6], "Dmitry Peskov"),
        ],
    }
    # the second matches no gold once the first took it; the third matches nothing
    assert labels(record) == [True, False, False]
    record["statements"] = [statement(["talks", "are", "over"], [20, 25], "Dmitry Peskov")]
    assert labels(record) == [False]  # the content is right, the speaker mention is not


def test_a_frameless_quote_is_right_by_the_name_it_was_resolved_to() -> None:
    # the gold gives a quote going on from another no mention, only its canonical speaker
    quote = ["we", "will", "rebuild", "the", "bridge"]
    record = {
        "gold": [gold(quote, None, "Volodymyr Zelensky")],
        "statements": [statement(quote, [0, 8], "Zelensky")],
    }
    assert labels(record) == [True]
    record["statements"] = [statement(quote, [0, 8], "Vladimir Putin")]
    assert labels(record) == [False]
    record["statements"] = [statement(quote, None, None)]
    assert labels(record) == [False]
    record["gold"] = [gold(quote, None, None)]  # nobody on either side
    assert labels(record) == [True]


def test_same_name_folds_case_and_diacritics_and_takes_a_surname() -> None:
    assert cv.same_name("ZELENSKY", "Volodymyr Zelensky")
    assert cv.same_name("Vucić", "Aleksandar Vucic")
    assert not cv.same_name("Volodymyr", "Volodymyr Zelensky")
    assert not cv.same_name(None, "Volodymyr Zelensky")
