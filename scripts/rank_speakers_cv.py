"""Would a learned mention ranker beat the rules at pronoun and description speakers?

For every statement of the war-news gold DEV articles whose speaker is a third-person pronoun
or a description ("he", "the foreign minister"), the actors stage is run as shipped, and the
people and bodies seen before the speaker mention become candidates, each with features
(sentence distance, grammatical role, gender agreement, the previous quote's speaker,
salience, the rules' own choice). A logistic regression (numpy, L2, seeded) ranks them; the
top candidate is taken when its probability clears a threshold, else the speaker is left
unresolved. Both are judged on the same statements against the gold, with leave-articles-out
cross-validation (folds by article). Test articles are never read.

    nice -n 19 .venv/bin/python scripts/rank_speakers_cv.py [--folds 5] [--seed 13]
        [--cache build/s8/pre.pkl] [--json]

The ranker would be shipped only if it beat the rules here.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from reportedly.actors import default_registry
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.resolve import _Resolver
from reportedly.eval import gold as gold_file
from reportedly.eval.gold_score import _align_view
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis

FEATURES = (
    "bias",
    "rules_pick",
    "sent_distance",
    "same_sentence",
    "subject",
    "main_subject",
    "named",
    "previous_speaker",
    "spoke_before",
    "mentions_log",
    "recency_rank",
    "gender_agrees",
    "gender_clashes",
    "person",
    "in_quote_only",
    "named_in_content",
)
_WINDOW = 6  # sentences back a candidate may have been seen


@dataclass
class Instance:
    article: str
    kind: str  # "pronoun" or "title"
    candidates: list[str]
    x: np.ndarray  # candidates × features
    right: list[bool]  # per candidate
    rules_right: bool  # the shipped rules' speaker is the gold's
    none_right: bool  # leaving it unresolved is right (gold: nobody)


def _pre_actors(cache: Path | None) -> list[tuple[Any, Analysis]]:
    """(gold article, analysis before the actors stage) for every dev article."""
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            cached: list[tuple[Any, Analysis]] = pickle.load(f)
        return [(g, a) for g, a in cached if g.split == "dev"]
    from reportedly.config import Settings
    from reportedly.pipeline import Pipeline

    files = sorted(Path("gold/warnews-en").glob("part-*.jsonl"))
    dev = [g for g in gold_file.load_gold(files) if g.split == "dev"]
    directory = gold_file.resolve_articles_dir(None)
    captured: dict[str, Analysis] = {}

    class Capturing(Pipeline):
        def _resolve_actors(self, analysis: Analysis) -> Analysis:
            captured[analysis.article.id] = analysis
            return super()._resolve_actors(analysis)

    pipeline = Capturing(Settings(workers=1))
    articles = [gold_file.read_article(directory, g) for g in dev]
    out = [
        (g, captured[a.article.id])
        for g, a in zip(dev, pipeline.analyze_many(articles, workers=1), strict=True)
    ]
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as f:
            pickle.dump(out, f)
    return out


def _is_gold(key: str | None, resolver: _Resolver, gold: Any, registry: ActorRegistry) -> bool:
    from reportedly.actors.folding import fold

    if key is None or key not in resolver.works:
        return gold.canonical is None
    if gold.canonical is None:
        return False
    work = resolver.works[key]
    if gold.actor_id is not None and work.actor is not None:
        return bool(work.actor.id == gold.actor_id)
    names = {fold(n) for n in [work.name, *work.names]}
    if work.actor is not None:
        names |= {fold(n) for n in work.actor.names}
    want = fold(gold.canonical)
    return want in names or any(want.split()[-1:] == n.split()[-1:] for n in names if n)


def _instances(gold: Any, pre: Analysis, registry: ActorRegistry) -> list[Instance]:
    resolver = _Resolver(pre, registry, pre.article.published, _data())
    after = resolver.run()
    doc = resolver.doc
    if doc is None:
        return []
    index = TextIndex(pre.article.text)
    pairs = _align_view(index, list(gold.statements), list(after.statements))
    by_speaker_start = sorted(
        (s.speaker.span.start, s.speaker_entity)
        for s in after.statements
        if s.speaker is not None and s.reported_by is None
    )
    out = []
    for gi, pi in pairs:
        g, s = gold.statements[gi], after.statements[pi]
        if s.speaker is None or g.speaker_type not in {"pronoun", "title"}:
            continue
        span = s.speaker.span
        sent = doc.sentence_of(span)
        seen: dict[str, list[Any]] = {}
        for h in resolver.history:
            if h.span.end <= span.start and sent - _WINDOW <= h.sent <= sent:
                seen.setdefault(h.key, []).append(h)
        if not seen and s.speaker_entity is None:
            continue
        previous = next((k for at, k in reversed(by_speaker_start) if at < span.start), None)
        spoke = {k for at, k in by_speaker_start if at < span.start}
        word = s.speaker.text.strip().lower()
        gender = resolver.data.pronoun_gender(word)
        outside = not resolver._in_quote(span)
        order = sorted(seen, key=lambda k: -seen[k][-1].span.start)
        rows, right = [], []
        if s.speaker_entity is not None and s.speaker_entity not in seen:
            order.append(s.speaker_entity)  # the rules' choice, not seen nearby (a registry title)
        for rank, key in enumerate(order):
            work = resolver.works[key]
            if key not in seen:
                rows.append([1.0, 1.0] + [0.0] * (len(FEATURES) - 2))
                right.append(_is_gold(key, resolver, g, registry))
                continue
            last = seen[key][-1]
            agrees = gender is not None and work.gender == gender
            clashes = gender is not None and work.gender is not None and work.gender != gender
            rows.append(
                [
                    1.0,
                    float(key == s.speaker_entity),
                    min(sent - last.sent, _WINDOW) / _WINDOW,
                    float(last.sent == sent),
                    float(last.subject),
                    float(last.main),
                    float(any(h.named for h in seen[key])),
                    float(key == previous),
                    float(key in spoke),
                    math.log1p(len(seen[key])),
                    min(rank, 5) / 5,
                    float(agrees),
                    float(clashes),
                    float(work.kind == "person"),
                    float(outside and all(resolver._in_quote(h.span) for h in seen[key])),
                    float(any(p.contains(h.span) for p in s.content for h in seen[key])),
                ]
            )
            right.append(_is_gold(key, resolver, g, registry))
        out.append(
            Instance(
                article=gold.name,
                kind=g.speaker_type,
                candidates=order,
                x=np.array(rows),
                right=right,
                rules_right=_is_gold(s.speaker_entity, resolver, g, registry),
                none_right=g.canonical is None,
            )
        )
    return out


def _data() -> Any:
    from reportedly.actors.resolve import default_data

    return default_data()


def fit(instances: Sequence[Instance], l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """L2 logistic regression over all candidates (Newton steps)."""
    x = np.vstack([i.x for i in instances])
    y = np.concatenate([np.array(i.right, dtype=float) for i in instances])
    w = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg + 1e-6 * np.eye(x.shape[1])
        w -= np.linalg.solve(hess, grad)
    return w


def choose(instance: Instance, w: np.ndarray, threshold: float) -> bool:
    """Whether the ranker's choice (top candidate, or nobody under the threshold) is right."""
    p = 1 / (1 + np.exp(-instance.x @ w))
    top = int(np.argmax(p))
    if p[top] < threshold:
        return instance.none_right
    return instance.right[top]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--without-rules", action="store_true", help="Leave the rules' choice out of the features."
    )
    args = parser.parse_args(argv)
    registry = default_registry()
    instances = [i for g, a in _pre_actors(args.cache) for i in _instances(g, a, registry)]
    if args.without_rules:
        for i in instances:
            i.x[:, FEATURES.index("rules_pick")] = 0.0
    articles = sorted({i.article for i in instances})
    random.Random(args.seed).shuffle(articles)
    fold_of = {a: n % args.folds for n, a in enumerate(articles)}
    report: dict[str, Any] = {"instances": len(instances), "articles": len(articles)}
    for threshold in (0.3, 0.5):
        results: dict[str, list[tuple[bool, bool]]] = {"pronoun": [], "title": []}
        for k in range(args.folds):
            train = [i for i in instances if fold_of[i.article] != k]
            w = fit(train)
            for i in instances:
                if fold_of[i.article] == k:
                    results[i.kind].append((i.rules_right, choose(i, w, threshold)))
        report[f"threshold {threshold}"] = {
            kind: {
                "n": len(r),
                "rules": round(sum(a for a, _ in r) / max(len(r), 1), 3),
                "ranker": round(sum(b for _, b in r) / max(len(r), 1), 3),
            }
            for kind, r in results.items()
        }
    weights = fit(instances)
    report["weights (all dev)"] = {
        f: round(float(v), 2) for f, v in zip(FEATURES, weights, strict=True)
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
