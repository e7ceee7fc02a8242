"""Tests for events.event_gold: the event gold set and its reader."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import SHARED, shared_path
from reportedly.errors import InputError
from reportedly.events.event_gold import GoldOrigin, load_gold
from reportedly.events.model import EVENT_TYPES

GOLD = Path(__file__).resolve().parents[1] / "golden" / "events" / "gold.jsonl"
SAMPLER = Path(__file__).resolve().parents[2] / "scripts" / "sample_event_gold.py"
# the attribution gold parts that existed when the later event batches were drawn
DRAWN_BESIDE_PARTS = ("a", "b", "c", "d", "e", "f", "g")


def test_evaluate_gold_set_is_valid_and_covers_every_type() -> None:
    items = load_gold(GOLD)
    splits = Counter(item.split for item in items)
    assert splits["heldout"] >= 30
    assert splits["dev"] >= 30
    assert splits["sample"] >= 1
    assert sum(1 for item in items if item.split != "sample") >= 60
    types = {e.type for item in items for e in item.events}
    assert types == set(EVENT_TYPES)
    modalities = {e.modality for item in items for e in item.events}
    assert {"asserted", "negated", "conditional", "hypothetical", "demanded"} <= modalities
    assert len({item.id for item in items}) == len(items)


def test_evaluate_gold_set_has_corpus_sentences_and_negatives() -> None:
    items = load_gold(GOLD)
    assert len(items) >= 300
    assert sum(1 for item in items if not item.events) >= 100
    drawn = [item for item in items if item.origin is not None and item.batch is None]
    assert {item.origin.corpus for item in drawn if item.origin} == {"polnear", "warnews-en"}
    assert {item.split for item in drawn} == {"dev", "heldout"}
    later = [item for item in items if item.batch is not None]
    assert len(later) >= 80
    assert {item.split for item in later} == {"dev"}
    assert all(item.origin is not None for item in later)
    assert 0.3 <= sum(item.split == "heldout" for item in drawn) / len(drawn) <= 0.5
    assert all(item.published is not None for item in drawn)


def test_evaluate_gold_reads_an_origin(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    origin = {"corpus": "warnews-en", "file": "articles/a.txt", "start": 10, "end": 22}
    path.write_text(
        json.dumps({"id": "w1", "text": "Kyiv called.", "origin": origin, "events": []})
        + "\n"
        + json.dumps({"id": "w2", "text": "No origin here.", "batch": "session 13", "events": []})
        + "\n",
        encoding="utf-8",
    )
    first, second = load_gold(path)
    assert first.origin == GoldOrigin(corpus="warnews-en", file="articles/a.txt", start=10, end=22)
    assert second.origin is None
    assert (first.batch, second.batch) == (None, "session 13")


@pytest.mark.needs_shared
def test_evaluate_gold_origins_point_at_the_text() -> None:
    data = shared_path("data")
    for item in load_gold(GOLD):
        if item.origin is None:
            continue
        source = (data / item.origin.corpus / item.origin.file).read_text(encoding="utf-8")
        assert source[item.origin.start : item.origin.end] == item.text, item.id


@pytest.mark.needs_shared
def test_evaluate_gold_corpus_items_are_the_seeded_draw() -> None:
    shared_path("data", "warnews-en")
    done = subprocess.run(
        [sys.executable, str(SAMPLER), str(SHARED / "data"), "--check", str(GOLD)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.needs_shared
@pytest.mark.parametrize(
    ("seed", "n"),
    [
        (13, 320),
        (14003, 120),
        (14004, 100),
        (15004, 200),
        (15005, 120),
        (16004, 200),
        (17004, 200),
        (18021, 200),
    ],
)
def test_evaluate_gold_later_batch_is_its_seeded_draw(seed: int, n: int, tmp_path: Path) -> None:
    """Later batches are draws of ``--fresh`` with their seed, outside the attribution gold.

    Every batch was drawn while the attribution gold held parts A to G; a later part takes
    its articles out of the fresh pool, so the draw is replayed against those parts alone.
    """
    shared_path("data", "warnews-en")
    root = Path(__file__).resolve().parents[2]
    for part in DRAWN_BESIDE_PARTS:
        name = f"part-{part}.jsonl"
        (tmp_path / name).write_bytes((root / "gold" / "warnews-en" / name).read_bytes())
    draw = ["-n", str(n), "--seed", str(seed), "--fresh", str(tmp_path)]
    done = subprocess.run(
        [sys.executable, str(SAMPLER), str(SHARED / "data"), *draw, "--gold", str(GOLD)],
        capture_output=True,
        text=True,
        check=True,
    )
    drawn = {c["id"]: c for c in map(json.loads, done.stdout.splitlines())}
    later = [item for item in load_gold(GOLD) if item.batch == f"session {seed}"]
    assert later
    for item in later:
        assert item.origin is not None
        want = drawn[item.id]
        got = (item.text, item.origin.file, item.origin.start)
        assert got == (want["text"], want["origin"]["file"], want["origin"]["start"])


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "invalid JSON"),
        (json.dumps({"events": []}), "needs a text"),
        (
            json.dumps({"text": "a", "events": [{"type": "DEMAND", "trigger": "a"}]}),
            "unknown event",
        ),
        (
            json.dumps({"text": "a", "events": [{"type": "AGREE", "trigger": "b"}]}),
            "not in the text",
        ),
        (json.dumps({"text": "a", "published": "May", "events": []}), "published"),
        (json.dumps({"text": "a", "origin": "wn", "events": []}), "must be an object"),
        (
            json.dumps({"text": "a", "origin": {"corpus": "c", "start": 0, "end": 1}}),
            "corpus and a file",
        ),
        (
            json.dumps({"text": "a", "origin": {"corpus": "c", "file": "f", "start": 1}}),
            "offsets",
        ),
        (
            json.dumps(
                {"text": "ab", "origin": {"corpus": "c", "file": "f", "start": 0, "end": 1}}
            ),
            "do not span",
        ),
    ],
)
def test_evaluate_bad_gold_lines_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"gold\.jsonl:2.*{message}"):
        load_gold(path)
