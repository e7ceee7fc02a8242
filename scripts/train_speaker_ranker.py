"""Session 14's learned mention ranker for pronoun and title speakers, cross-validated.

For every statement of the war-news gold dev articles (``gold/warnews-en``, split dev only:
88 articles) whose gold speaker mention is a pronoun or a title/description ("he said", "the foreign
minister told …"), the actors stage is run as shipped and the people and bodies the article
referred to in the few sentences before the mention become candidates, with the rules' own
choice and the previous quote's speaker added. Each candidate gets features that explain
themselves (:data:`FEATURES`); a logistic regression (numpy, L2, Newton steps) scores them; the
top candidate is taken when its probability clears a threshold, else the speaker is left
unresolved. Rules and ranker are judged on the same statements with the eval's own speaker
judge, in article-level k-fold cross-validation (folds by article, seeded). Test articles are
never read. The threshold of each fold is chosen on that fold's training articles only.

    nice -n 10 python scripts/train_speaker_ranker.py [--folds 5] [--seed 14001]
        [--cache build/s14/pre.pkl] [--json]
    ... --holdout build/s14/holdout-names.json --holdout-cache build/s14/holdout.pkl
        (lists every pronoun/title speaker of those articles with the rules' and the ranker's
        choice, for judging by hand; the ranker is fitted on all dev articles)

Nothing here is read by the pipeline: it would ship only if it beat the rules here and did not
lose on a hand-judged hold-out (docs/EVALUATION.md, session 14).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
from ranker_features import FEATURES, Featurizer, Instance, gold_instances, polnear_instances
from ranker_models import Scorer, apply_tree, fit_logistic, fit_trees, sigmoid

from reportedly.actors import default_registry
from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.eval import gold as gold_file
from reportedly.eval import polnear
from reportedly.eval import speakers as speaker_gold
from reportedly.eval.speakers import GoldSpeaker
from reportedly.model import Analysis, Article

# --- data -----------------------------------------------------------------------------------


def pre_actors(
    names: Sequence[Any], cache: Path, read: Callable[[Any], Article] | None = None
) -> list[tuple[Any, Analysis]]:
    """(item, analysis before the actors stage) for each article item (anything with a
    ``name``; a war-news article unless ``read`` says how to read it), cached in ``cache``."""
    if cache.exists():
        with cache.open("rb") as stored:
            cached: list[tuple[Any, Analysis]] = pickle.load(stored)
        return cached
    from reportedly.config import Settings
    from reportedly.pipeline import Pipeline

    if read is None:
        directory = gold_file.resolve_articles_dir(None)

        def read(item: Any) -> Article:
            return gold_file.read_article(directory, item)

    captured: dict[str, Analysis] = {}

    class Capturing(Pipeline):
        def _resolve_actors(self, analysis: Analysis) -> Analysis:
            captured[analysis.article.id] = analysis
            return super()._resolve_actors(analysis)

    pipeline = Capturing(Settings(workers=1))
    articles = [read(g) for g in names]
    out = [
        (g, captured[a.article.id])
        for g, a in zip(names, pipeline.analyze_many(articles, workers=1), strict=True)
    ]
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump(out, f)
    return out


def dev_articles(gold: Path) -> list[Any]:
    return [g for g in gold_file.load_gold(sorted(gold.glob("part-*.jsonl"))) if g.split == "dev"]


# --- model ----------------------------------------------------------------------------------


def _stack(instances: Sequence[Instance]) -> tuple[np.ndarray, np.ndarray]:
    rows = [i for i in instances if len(i.candidates)]
    x = np.vstack([i.x for i in rows])
    y = np.concatenate([np.array(i.right, dtype=float) for i in rows])
    return x, y


def fit(instances: Sequence[Instance], model: str = "logistic") -> Scorer:
    if model == "trees":
        bias, trees = fit_trees(*_stack(instances))
        return lambda x: sigmoid(bias + sum((apply_tree(t, x) for t in trees), np.zeros(len(x))))
    w = fit_logistic(*_stack(instances))
    return lambda x: sigmoid(x @ w)


def choose(instance: Instance, score: Scorer, threshold: float, mode: str = "rank") -> int | None:
    """The ranker's candidate, or None (unresolved) when none clears ``threshold``.

    In ``veto`` mode the ranker only keeps or drops the rules' choice: it stays when its
    probability clears the threshold, else the speaker is left unresolved."""
    if not instance.candidates:
        return None
    p = score(instance.x)
    if mode == "veto":
        rules = np.flatnonzero(instance.x[:, FEATURES.index("rules_pick")] > 0)
        if not len(rules):
            return None
        return int(rules[0]) if p[rules[0]] >= threshold else None
    top = int(np.argmax(p))
    return top if p[top] >= threshold else None


def outcome(instance: Instance, pick: int | None) -> str:
    if pick is None:
        return "right" if instance.none_right else "unresolved"
    return "right" if instance.right[pick] else "wrong"


_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def pick_threshold(train: Sequence[Instance], score: Scorer, mode: str = "rank") -> float:
    """The threshold with most right answers on the training articles, fewer wrong on ties."""

    def value(t: float) -> tuple[int, int]:
        got = [outcome(i, choose(i, score, t, mode)) for i in train]
        return got.count("right"), -got.count("wrong")

    return max(_THRESHOLDS, key=value)


def tally(outcomes: Sequence[str]) -> dict[str, Any]:
    n = len(outcomes)
    return {
        "n": n,
        "right": outcomes.count("right"),
        "wrong": outcomes.count("wrong"),
        "unresolved": outcomes.count("unresolved"),
        "accuracy": round(outcomes.count("right") / n, 3) if n else None,
    }


def source_of(instance: Instance) -> str:
    return "polnear" if instance.article.startswith("polnear:") else "warnews"


def cross_validate(
    instances: list[Instance], folds: int, seed: int, model: str, mode: str
) -> dict[str, Any]:
    """Rules vs ranker per fold (folds by article, seeded) and pooled, by source and type."""
    articles = sorted({i.article for i in instances})
    random.Random(seed).shuffle(articles)
    fold_of = {a: n % folds for n, a in enumerate(articles)}
    groups = [(src, kind) for src in ("warnews", "polnear") for kind in ("pronoun", "title")]
    per_fold = []
    pooled: dict[tuple[str, str], dict[str, list[str]]] = {
        g: {"rules": [], "ranker": []} for g in groups
    }
    for k in range(folds):
        train = [i for i in instances if fold_of[i.article] != k]
        test = [i for i in instances if fold_of[i.article] == k]
        score = fit(train, model)
        t = pick_threshold(train, score, mode)
        row: dict[str, Any] = {"fold": k, "threshold": t}
        for src, kind in groups:
            mine = [i for i in test if i.kind == kind and source_of(i) == src]
            rules = [i.rules for i in mine]
            ranker = [outcome(i, choose(i, score, t, mode)) for i in mine]
            pooled[src, kind]["rules"] += rules
            pooled[src, kind]["ranker"] += ranker
            row[f"{src} {kind}"] = {"rules": tally(rules), "ranker": tally(ranker)}
        per_fold.append(row)
    return {
        "folds": per_fold,
        "pooled": {
            f"{src} {kind}": {who: tally(v) for who, v in got.items()}
            for (src, kind), got in pooled.items()
        },
    }


def ceiling(instances: Sequence[Instance]) -> dict[str, Any]:
    """How often the gold speaker is among the candidates at all (or the gold is nobody)."""
    return {
        f"{src} {kind}": {
            "n": len(mine),
            "gold_among_candidates": sum(any(i.right) or i.none_right for i in mine),
        }
        for src in ("warnews", "polnear")
        for kind in ("pronoun", "title")
        for mine in [[i for i in instances if i.kind == kind and source_of(i) == src]]
    }


# --- hold-out -------------------------------------------------------------------------------


def holdout_rows(
    items: Sequence[tuple[Any, Analysis]], score: Scorer, t: float, mode: str = "rank"
) -> list[dict[str, Any]]:
    """Every top-level statement whose speaker mention has no proper noun (a pronoun or a
    description), with the rules' and the ranker's choice (name and registry id)."""
    registry = default_registry()
    rows = []
    for item, pre in items:
        f = Featurizer(pre, registry)
        doc = f.doc
        if doc is None:
            continue
        for s in f.top:
            assert s.speaker is not None
            inside = doc.tokens_in(s.speaker.span)
            if not inside or any(doc.tokens[i].pos == "PROPN" for i in inside):
                continue
            got = f.candidates(s)
            pick = None
            if got is not None:
                order, x = got
                inst = Instance("", "", "", order, [], x, [False] * len(order), "", "", False)
                c = choose(inst, score, t, mode)
                pick = order[c] if c is not None else None
            single = len(inside) == 1 and doc.tokens[inside[0]].pos == "PRON"
            rows.append(
                {
                    "key": f"{item.name}@{s.speaker.span.start}",
                    "mention": s.speaker.text,
                    "kind": "pronoun" if single else "title",
                    "context": f.text[max(0, s.speaker.span.start - 300) : s.speaker.span.end + 80],
                    "rules": [f.name_of(s.speaker_entity), f.actor_of(s.speaker_entity)],
                    "ranker": [f.name_of(pick), f.actor_of(pick)],
                }
            )
    return rows


def judged_tally(rows: Sequence[dict[str, Any]], judged: dict[str, list[str]]) -> dict[str, Any]:
    """Rules vs ranker on the hand-judged rows: right when the name or the registry id of the
    choice is one the judge accepted ("(unresolved)" where leaving it so is right)."""

    def verdict(row: dict[str, Any], who: str) -> str:
        name, actor = row[who]
        accepted = {fold(a) for a in judged[row["key"]]}
        if fold(name) in accepted or (actor is not None and fold(actor) in accepted):
            return "right"
        return "unresolved" if name == "(unresolved)" else "wrong"

    out: dict[str, Any] = {}
    for kind in ("pronoun", "title"):
        mine = [r for r in rows if r["kind"] == kind and r["key"] in judged]
        out[kind] = {who: tally([verdict(r, who) for r in mine]) for who in ("rules", "ranker")}
    return out


# --- main -----------------------------------------------------------------------------------


def polnear_pool(registry: ActorRegistry, cache: Path) -> list[Instance]:
    """Instances from the 32 PolNeAR articles of ``reportedly eval speakers``."""
    by_article: dict[str, list[GoldSpeaker]] = {}
    for item in speaker_gold.load_gold(speaker_gold.default_gold_path()):
        by_article.setdefault(item.article, []).append(item)
    directory = polnear.resolve_data_dir(None)
    names = [SimpleNamespace(name=n) for n in by_article]
    analysed = pre_actors(
        names, cache, read=lambda item: speaker_gold.article_for(directory, item.name)
    )
    return [
        i
        for item, pre in analysed
        for i in polnear_instances(item.name, by_article[item.name], pre, registry)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=14001)
    parser.add_argument("--gold", type=Path, default=Path("gold/warnews-en"))
    parser.add_argument("--cache", type=Path, default=Path("build/s14/pre.pkl"))
    parser.add_argument("--polnear-cache", type=Path, default=Path("build/s14/polnear.pkl"))
    parser.add_argument("--no-polnear", action="store_true", help="War-news dev only.")
    parser.add_argument("--model", choices=("logistic", "trees"), default="logistic")
    parser.add_argument(
        "--mode",
        choices=("rank", "veto"),
        default="rank",
        help="rank: choose among the candidates; veto: only keep or drop the rules' choice",
    )
    parser.add_argument(
        "--without-rules", action="store_true", help="Leave the rules' choice out of the features."
    )
    parser.add_argument("--holdout", type=Path, help="JSON list of article file names")
    parser.add_argument("--holdout-cache", type=Path, default=Path("build/s14/holdout.pkl"))
    parser.add_argument("--judged", type=Path, help="hand judgements of the hold-out rows")
    parser.add_argument("--dump", type=Path, help="write the instances here (JSON lines)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    started = time.process_time()
    registry = default_registry()
    dev = pre_actors(dev_articles(args.gold), args.cache)
    instances = [i for g, a in dev for i in gold_instances(g, a, registry)]
    if not args.no_polnear:
        instances += polnear_pool(registry, args.polnear_cache)
    if args.without_rules:
        for i in instances:
            i.x[:, [FEATURES.index("rules_pick"), FEATURES.index("rules_pick_title")]] = 0.0
    report: dict[str, Any] = {
        "instances": len(instances),
        "articles": len({i.article for i in instances}),
        "ceiling": ceiling(instances),
        "cv": cross_validate(instances, args.folds, args.seed, args.model, args.mode),
    }
    score = fit(instances, args.model)
    threshold = pick_threshold(instances, score, args.mode)
    report["all_data"] = {"threshold": threshold}
    if args.model == "logistic":
        w = fit_logistic(*_stack(instances))
        report["all_data"]["weights"] = {
            f: round(float(v), 3) for f, v in zip(FEATURES, w, strict=True)
        }
    if args.dump is not None:
        with args.dump.open("w") as out:
            for i in instances:
                got = outcome(i, choose(i, score, threshold, args.mode))
                record = {
                    "article": i.article,
                    "kind": i.kind,
                    "mention": i.mention,
                    "rules": i.rules,
                    "rules_name": i.rules_name,
                    "candidates": i.names,
                    "right": i.right,
                    "ranker_in_sample": got,
                }
                out.write(json.dumps(record) + "\n")
    if args.holdout is not None:
        names = [SimpleNamespace(name=n) for n in json.loads(args.holdout.read_text())]
        held = pre_actors(names, args.holdout_cache)
        rows = holdout_rows(held, score, threshold, args.mode)
        report["holdout"] = rows
        if args.judged is not None:
            report["holdout_judged"] = judged_tally(rows, json.loads(args.judged.read_text()))
    report["cpu_seconds"] = round(time.process_time() - started, 1)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
