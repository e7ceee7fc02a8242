"""Split the event gold's dev items into a training part and a selection part, by article.

The selection part is for choosing among classifier recipes without the held-out split: items
from one source article (``origin.file``; an item without an origin is its own group) fall on
one side only, so a model never scores sentences of an article it was trained on. About
``--share`` of the items go to selection; first, for each event root from the rarest up, one
article holding it (the first in the seeded order) so that every root appears there, then
whole articles in the seeded order until the share is reached.

Only ``dev`` items are read (``heldout`` and ``sample`` items are skipped whatever the file
holds). Writes ``train.jsonl`` and ``selection.jsonl`` under ``--out``.

Usage: python scripts/split_event_gold.py /work/coord/dev-events/gold.jsonl --out build/split
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


def group_key(item: dict[str, Any]) -> str:
    origin = item.get("origin") or {}
    return f"{origin['corpus']}/{origin['file']}" if origin.get("file") else f"item/{item['id']}"


def split(
    items: list[dict[str, Any]], share: float, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(training part, selection part) of ``items``, held apart by article."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        groups[group_key(item)].append(item)
    order = sorted(groups)
    random.Random(seed).shuffle(order)
    roots = Counter(e["type"] for i in items for e in i["events"])
    chosen: list[str] = []
    for root, _ in sorted(roots.items(), key=lambda kv: (kv[1], kv[0])):
        if any(e["type"] == root for g in chosen for i in groups[g] for e in i["events"]):
            continue
        chosen.append(
            next(g for g in order if any(e["type"] == root for i in groups[g] for e in i["events"]))
        )
    wanted = round(share * len(items))
    for key in order:
        if sum(len(groups[g]) for g in chosen) >= wanted:
            break
        if key not in chosen:
            chosen.append(key)
    picked = set(chosen)
    return (
        [i for i in items if group_key(i) not in picked],
        [i for i in items if group_key(i) in picked],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=19071)
    args = parser.parse_args()
    items = [
        item
        for line in args.gold.read_text(encoding="utf-8").splitlines()
        if (item := json.loads(line)).get("split") == "dev"
    ]
    train, selection = split(items, args.share, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", train), ("selection", selection)):
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for item in part:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    roots = Counter(e["type"] for i in selection for e in i["events"])
    print(
        f"{len(train)} training items, {len(selection)} selection items "
        f"({len({group_key(i) for i in selection})} articles); selection roots: "
        + ", ".join(f"{r} {n}" for r, n in roots.most_common())
    )


if __name__ == "__main__":
    main()
