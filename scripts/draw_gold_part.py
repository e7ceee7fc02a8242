"""Draw the articles of a new war-news gold part, and their split, by a seeded sample.

The pool is every article of the folder that no existing part of the gold names, sorted by
file name; ``random.Random(seed)`` samples ``n`` of them, then shuffles a list of ``dev``
dev splits and ``n - dev`` test splits and pairs it with the sample. The draw is made before
annotation and recorded in gold/warnews-en/README.md.

    .venv/bin/python scripts/draw_gold_part.py ../shared/data/warnews-en/articles \
        gold/warnews-en/part-a.jsonl gold/warnews-en/part-b.jsonl --seed 20261205 -n 20 --dev 12
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def draw(
    articles: list[str], taken: set[str], seed: int, n: int, dev: int
) -> list[tuple[str, str]]:
    """The drawn articles with their split, sorted by file name."""
    pool = sorted(a for a in articles if a not in taken)
    rng = random.Random(seed)
    picked = rng.sample(pool, n)
    splits = ["dev"] * dev + ["test"] * (n - dev)
    rng.shuffle(splits)
    return sorted(zip(picked, splits, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="the articles folder")
    parser.add_argument("parts", type=Path, nargs="*", help="existing gold parts (JSONL)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--dev", type=int, default=12)
    args = parser.parse_args()
    taken = {
        json.loads(line)["article"]
        for part in args.parts
        for line in part.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    names = [p.name for p in args.articles.glob("*.txt")]
    for name, split in draw(names, taken, args.seed, args.n, args.dev):
        print(name, split)


if __name__ == "__main__":
    main()
