"""Where the pipeline loses the gold statements it misses: at which step a candidate over a
missed statement was dropped, or whether none was ever proposed.

For every gold statement of the view (``--view speech``, the default, or ``all_acts``) of the
war-news gold's **dev** records (records of any other split are skipped unread), the article
is analysed as the pipeline does (rules and span model, the shipped calibration), with
``attribute``'s ``stage_log`` keeping the candidates' contents at each step that drops some.
A gold statement the output matches (the scorer's one-to-one alignment, overlap ≥ 0.5) is
matched; a missed one is classed by the last place a candidate lay over it (token overlap ≥
0.5): in the output under another act, in the output as one of the view paired with another
gold statement, dropped at or after calibration, dropped before it (the rules' filters, the
choice between the rules' and the model's readings), or no candidate at all.

Usage: python scripts/miss_stages.py /work/coord/dev-en [--view all_acts] [--json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from reportedly.attribution import attribute
from reportedly.attribution._draft import StageLog
from reportedly.attribution.span_model import load_tagger
from reportedly.config import Settings
from reportedly.eval.gold import gold_files, load_gold, read_article, resolve_articles_dir
from reportedly.eval.scoring import OVERLAP_THRESHOLD, align_contents
from reportedly.eval.text_index import TextIndex
from reportedly.pipeline import Pipeline

CLASSES = (
    "matched",
    "in the output under another act",
    "in the output, paired with another gold statement",
    "dropped at or after calibration",
    "dropped before calibration",
    "no candidate",
)


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared tokens over the larger side (the scorer's ratio)."""
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def classify(
    gold: frozenset[int],
    matched: bool,
    output: Sequence[tuple[frozenset[int], bool]],
    stages: dict[str, list[frozenset[int]]],
) -> str:
    """The class of one gold statement: ``output`` holds each final statement's tokens and
    whether it is of the view; ``stages`` the candidates' tokens by step."""
    if matched:
        return CLASSES[0]
    near = [in_view for tokens, in_view in output if overlap(gold, tokens) >= OVERLAP_THRESHOLD]
    if near:
        return CLASSES[2] if any(near) else CLASSES[1]

    def over(stage: str) -> bool:
        return any(overlap(gold, t) >= OVERLAP_THRESHOLD for t in stages.get(stage, []))

    if over("calibration"):
        return CLASSES[3]
    if any(over(s) for s in ("rules", "combined_rules", "model")):
        return CLASSES[4]
    return CLASSES[5]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--articles", type=Path)
    parser.add_argument("--view", default="speech", choices=("speech", "all_acts"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline(Settings(span_model=False))  # parses; the model is run in attribute()
    tagger = load_tagger()
    articles = resolve_articles_dir(args.articles)
    counts: Counter[str] = Counter()
    for item in load_gold(gold_files(args.gold)):
        if item.split != "dev":
            continue
        article = read_article(articles, item)
        annotation = pipeline.analyze(article).annotation
        assert annotation is not None
        log: StageLog = {}
        result = attribute(
            article,
            annotation,
            lexicon=pipeline.lexicon,
            cue_model=pipeline.cue_model,
            span_model=tagger,
            stage_log=log,
        )
        index = TextIndex(article.text)
        shown = [(s, args.view == "all_acts" or s.act == "speech") for s in result.statements]
        golds = [g for g in item.statements if args.view == "all_acts" or g.act == "speech"]
        gold_tokens = [index.tokens(g.content) for g in golds]
        predicted = [index.tokens(s.content) for s, v in shown if v]
        pairs = align_contents(gold_tokens, predicted)
        hit = {p.gold for p in pairs if p.ratio >= OVERLAP_THRESHOLD}
        output = [(index.tokens(s.content), v) for s, v in shown]
        stages = {k: [index.tokens(c) for c in v] for k, v in log.items()}
        for n, tokens in enumerate(gold_tokens):
            counts[classify(tokens, n in hit, output, stages)] += 1
    total = sum(counts.values())
    report = {c: counts[c] for c in CLASSES} | {"gold": total, "view": args.view}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    missed = total - counts[CLASSES[0]]
    for c in CLASSES:
        share = f"{counts[c] / missed:.0%} of the missed" if c != CLASSES[0] and missed else ""
        print(f"{c:52} {counts[c]:5}  {share}")


if __name__ == "__main__":
    main()
