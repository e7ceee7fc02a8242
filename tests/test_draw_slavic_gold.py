"""Tests of scripts/draw_slavic_gold.py's exclusions and splits."""

from __future__ import annotations

from pathlib import Path

from script_modules import load_script

draw = load_script("scripts/draw_slavic_gold.py")


def test_a_telegram_post_named_anywhere_is_taken() -> None:
    # a post's article name holds no "/": its id after "telegram-ru:" is what files quote
    taken = draw._Taken(set(), {"1001101170442_271206", "ryan-ua_file_262"})
    assert "telegram-ru:1001101170442_271206" in taken
    assert "slavicner:uk/ryanair/ryan-ua_file_262.txt" in taken
    assert "telegram-ru:1001101170442_271207" not in taken


def test_skip_named_any_reads_files_of_every_suffix(tmp_path: Path) -> None:
    (tmp_path / "run.err").write_text("telegram-ru:1001_5 failed\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("read ng/abc123.txt\n", encoding="utf-8")
    assert "1001_5" not in draw.named_in([tmp_path])
    assert "abc123" in draw.named_in([tmp_path])
    assert {"1001_5", "abc123"} <= draw.named_in([tmp_path], any_suffix=True)


def test_a_split_name_gives_every_pick_that_split() -> None:
    assert draw.splits(5, 7, "calib") == ["calib"] * 5
    halves = draw.splits(6, 7)
    assert sorted(halves) == ["dev"] * 3 + ["test"] * 3
    assert halves == draw.splits(6, 7)  # seeded
