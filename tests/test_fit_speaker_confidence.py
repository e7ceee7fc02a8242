"""Tests of scripts/fit_speaker_confidence.py: judged rows of gold test articles stay out."""

from __future__ import annotations

import json
from pathlib import Path

from script_modules import load_script

fit = load_script("scripts/fit_speaker_confidence.py")


def write_gold(folder: Path, records: list[tuple[str, str]]) -> None:
    lines = [json.dumps({"article": a, "split": s, "statements": []}) for a, s in records]
    (folder / "part-x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_test_articles_are_the_test_split_only(tmp_path: Path) -> None:
    write_gold(tmp_path, [("a.txt", "dev"), ("b.txt", "test"), ("c.txt", "test")])
    assert fit.test_articles(tmp_path) == {"b.txt", "c.txt"}


def test_no_gold_folder_leaves_nothing_out(tmp_path: Path) -> None:
    assert fit.test_articles(tmp_path / "absent") == set()


def test_judged_set_skips_the_given_articles(tmp_path: Path) -> None:
    judgements = tmp_path / "draw.jsonl"
    judgements.write_text(
        json.dumps(
            {
                "article": "b.txt",
                "draw": 1,
                "content": [[0, 4]],
                "judgement": "right",
                "canonical": "Someone",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    rows, unaligned = fit.judged_set(judgements, {}, None, {"b.txt"})
    assert (len(rows.y), unaligned) == (0, 0)
