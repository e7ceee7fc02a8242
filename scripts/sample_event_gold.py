"""Draw the corpus sentences of the event gold set by a seeded random sample.

Pools every sentence of ``warnews-en/articles`` and of PolNeAR's ``train`` and ``dev`` text
(a regex splitter; PolNeAR's title lines left out; only sentences of 6-60 words that start
with a capital, a digit or a quote and end in . ? ! or a closing quote), shuffles each pool
with ``--seed`` and takes them in turn, three warnews sentences to two PolNeAR ones, skipping
repeated texts and any sentence of PLV_train. Each candidate gets its split from a second
seeded stream (``heldout`` with probability 0.4, else ``dev``), so the split of a candidate
does not depend on how many are drawn. Candidates are annotated in draw order and none is
skipped (docs/events-gold.md).

    .venv/bin/python scripts/sample_event_gold.py ../shared/data -n 240 > candidates.jsonl
    .venv/bin/python scripts/sample_event_gold.py ../shared/data \
        --check tests/golden/events/gold.jsonl

``--check`` verifies that the gold set's corpus items are the first draws, in order, with
the drawn id, split, origin and text.

``--fresh GOLD_DIR`` draws a later dev batch instead (session 13: ``--seed 13 --fresh
gold/warnews-en``): only from warnews articles that no attribution gold file in GOLD_DIR
names and from PolNeAR ``train``, leaving out every file the event gold already draws from
and every text it holds; all ``dev``, ids ``s13wnNNN``/``s13pnNNN``, ``batch`` set. The
items of a batch are annotated in draw order; ``--check`` leaves them out.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SEED = 14
HELDOUT_SHARE = 0.4
PATTERN = ("warnews-en", "polnear", "warnews-en", "polnear", "warnews-en")
PREFIX = {"warnews-en": "wn", "polnear": "pn"}

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Prof|Jr|Sr|Inc|Co|Corp|Ltd"
    r"|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rev|Ft|Mt|approx)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$"
)
_END = re.compile(
    r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]{0,2}[A-Z0-9])"
    r"|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])"  # a missing space: "its forces.He also"
    r"|[.!?](?=-\s+[A-Z])"  # a dash opening the next: "for the city.- A few days ago"
)
_GOOD_START = re.compile(r"[\"'“‘]?[A-Z0-9]")
_GOOD_END = re.compile(r"[.!?][\"'”’)\]]*$")


def split_sentences(text: str, *, skip_first_line: bool = False) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (paragraph breaks always end one)."""
    for number, paragraph in enumerate(re.finditer(r"[^\n]+", text)):
        if skip_first_line and number == 0:
            continue
        base, body = paragraph.start(), paragraph.group()
        start = 0
        for match in _END.finditer(body):
            if _ABBREV.search(body[start : match.start() + 1]):
                continue
            yield from _trimmed(body, base, start, match.end())
            start = match.end()
        yield from _trimmed(body, base, start, len(body))


def _trimmed(body: str, base: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = body[start:end]
    stripped = piece.strip().lstrip("-").strip()
    if stripped:
        left = start + piece.index(stripped)
        yield base + left, base + left + len(stripped)


def usable(sentence: str) -> bool:
    """A well-formed sentence of 6-60 words (not a headline, byline or fragment)."""
    words = len(sentence.split())
    return (
        6 <= words <= 60 and bool(_GOOD_START.match(sentence)) and bool(_GOOD_END.search(sentence))
    )


def _polnear_dates(root: Path) -> dict[str, str]:
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["filename"]: row["publication_date"] for row in rows}


def _files(
    data: Path, corpus: str, parts: tuple[str, ...] = ("train", "dev")
) -> list[tuple[str, Path, str | None]]:
    """(file relative to the corpus root, path, published date) in a fixed order."""
    if corpus == "warnews-en":
        root = data / "warnews-en"
        return [
            (f"articles/{p.name}", p, f"{p.name[:4]}-{p.name[4:6]}-{p.name[6:8]}")
            for p in sorted((root / "articles").glob("*.txt"))
        ]
    root = data / "polnear"
    dates = _polnear_dates(root)
    return [
        (f"{part}/text/{p.name}", p, dates.get(p.stem))
        for part in parts
        for p in sorted((root / part / "text").glob("*.txt"))
    ]


def pool(
    data: Path,
    corpus: str,
    parts: tuple[str, ...] = ("train", "dev"),
    skip: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Every usable sentence of a corpus (files in ``skip`` left out), in file and offset order."""
    out: list[dict[str, Any]] = []
    for name, path, published in _files(data, corpus, parts):
        if name in skip:
            continue
        text = path.read_text(encoding="utf-8")
        # a PolNeAR text opens with the article's title
        for start, end in split_sentences(text, skip_first_line=corpus == "polnear"):
            sentence = text[start:end]
            if usable(sentence):
                out.append(
                    {
                        "text": sentence,
                        "published": published,
                        "origin": {"corpus": corpus, "file": name, "start": start, "end": end},
                    }
                )
    return out


def _plv_sentences(data: Path) -> set[str]:
    path = data / "plover" / "PLV_train.tsv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {" ".join(row["sentence"].split()) for row in rows if row.get("sentence")}


def draw(data: Path, n: int, seed: int = SEED) -> list[dict[str, Any]]:
    """The first ``n`` candidates of the seeded draw."""
    pools = {corpus: pool(data, corpus) for corpus in PREFIX}
    for corpus, sentences in pools.items():
        random.Random(f"{seed}:{corpus}").shuffle(sentences)
    excluded = _plv_sentences(data)
    splits = random.Random(f"{seed}:split")
    cursor = dict.fromkeys(PREFIX, 0)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    while len(out) < n:
        corpus = PATTERN[len(out) % len(PATTERN)]
        sentences = pools[corpus]
        while True:
            if cursor[corpus] >= len(sentences):
                raise SystemExit(f"{corpus}: the pool is exhausted")
            candidate = sentences[cursor[corpus]]
            cursor[corpus] += 1
            key = " ".join(candidate["text"].split())
            if key not in seen and key not in excluded:
                seen.add(key)
                break
        split = "heldout" if splits.random() < HELDOUT_SHARE else "dev"
        index = len(out) + 1
        out.append({"id": f"{PREFIX[corpus]}{index:03d}", "split": split, **candidate})
    return out


def check(data: Path, gold: Path) -> list[str]:
    """Differences between the gold set's corpus items and the draw (empty when it agrees)."""
    items = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    drawn = [item for item in items if item.get("origin") and not item.get("batch")]
    expected = draw(data, len(drawn))
    problems: list[str] = []
    for got, want in zip(drawn, expected, strict=True):
        for key in ("id", "split", "text", "origin", "published"):
            if got.get(key) != want[key]:
                problems.append(f"{got.get('id')}: {key} {got.get(key)!r} != {want[key]!r}")
    return problems


def _attribution_gold_articles(gold_dir: Path) -> set[str]:
    names: set[str] = set()
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                names.add(f"articles/{json.loads(line)['article']}")
    return names


def fresh_draw(
    data: Path, n: int, seed: int, gold_dir: Path, event_gold: Path
) -> list[dict[str, Any]]:
    """A later dev batch from files neither gold set uses (module docstring)."""
    lines = event_gold.read_text(encoding="utf-8").splitlines()
    items = [item for item in map(json.loads, filter(None, lines)) if not item.get("batch")]
    used = {item["origin"]["file"] for item in items if item.get("origin")}
    seen = {" ".join(item["text"].split()) for item in items} | _plv_sentences(data)
    skip = frozenset(used | _attribution_gold_articles(gold_dir))
    pools = {
        "warnews-en": pool(data, "warnews-en", skip=skip),
        "polnear": pool(data, "polnear", ("train",), skip=skip),
    }
    for corpus, sentences in pools.items():
        random.Random(f"{seed}:fresh:{corpus}").shuffle(sentences)
    out: list[dict[str, Any]] = []
    for corpus in (PATTERN * n)[:n]:
        while True:
            candidate = pools[corpus].pop(0)
            key = " ".join(candidate["text"].split())
            if key not in seen:
                seen.add(key)
                break
        index = len(out) + 1
        ident = f"s{seed}{PREFIX[corpus]}{index:03d}"
        out.append({"id": ident, "split": "dev", "batch": f"session {seed}", **candidate})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the ../shared/data folder")
    ap.add_argument("-n", type=int, default=240, help="how many candidates to draw")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--check", type=Path, help="a gold JSONL whose corpus items to verify")
    ap.add_argument("--fresh", type=Path, help="attribution gold folder: draw a later dev batch")
    ap.add_argument("--gold", type=Path, default=Path("tests/golden/events/gold.jsonl"))
    args = ap.parse_args()
    if args.fresh:
        for candidate in fresh_draw(args.data, args.n, args.seed, args.fresh, args.gold):
            sys.stdout.write(json.dumps({**candidate, "events": None}, ensure_ascii=False) + "\n")
        return
    if args.check:
        problems = check(args.data, args.check)
        for problem in problems:
            sys.stderr.write(problem + "\n")
        sys.exit(1 if problems else 0)
    for candidate in draw(args.data, args.n, args.seed):
        sys.stdout.write(json.dumps({**candidate, "events": None}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
