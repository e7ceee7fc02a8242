"""Session 14's learned mention ranker for pronoun and title speakers, cross-validated.

For every statement of the war-news gold dev articles (``/work/coord/dev-en``: 88 articles)
whose gold speaker mention is a pronoun or a title/description ("he said", "the foreign
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
import dataclasses
import json
import math
import pickle
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from reportedly.actors import default_registry
from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.resolve import _Resolver, default_data
from reportedly.eval import gold as gold_file
from reportedly.eval import polnear
from reportedly.eval import speakers as speaker_gold
from reportedly.eval.gold_score import _align_view, _as_speaker
from reportedly.eval.speakers import GoldSpeaker, judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Article, Span, Statement

FEATURES = (
    "bias",
    "rules_pick",
    "rules_pick_title",
    "sent_distance",
    "same_sentence",
    "subject",
    "main_subject",
    "named",
    "previous_speaker",
    "spoke_before",
    "mentions_log",
    "article_mentions_log",
    "recency_rank",
    "gender_agrees",
    "gender_clashes",
    "person",
    "person_pronoun_body",
    "plural_pronoun_body",
    "in_quote_only",
    "named_in_content",
    "same_paragraph",
    "quote_crossed",
    "title_words_near",
    "registry_role_match",
)
_WINDOW = 6  # sentences back a candidate may have been seen
_PLURAL = frozenset({"they", "them", "their", "it", "its", "we"})
_WORD = re.compile(r"[^\W\d_]+")
_STOP = frozenset({"the", "a", "an", "of", "its", "his", "her", "their", "country's", "s"})


@dataclass
class Instance:
    article: str
    kind: str  # gold speaker type: "pronoun" or "title"
    mention: str
    candidates: list[str]
    names: list[str]
    x: np.ndarray  # candidates × features
    right: list[bool]  # per candidate
    rules: str  # "right", "wrong" or "unresolved"
    rules_name: str
    none_right: bool  # leaving it unresolved is right (gold: nobody)
    at: int = 0


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


# --- features -------------------------------------------------------------------------------


class Featurizer:
    """Candidates and their features for the speaker mentions of one resolved article."""

    def __init__(self, pre: Analysis, registry: ActorRegistry) -> None:
        self.registry = registry
        self.resolver = _Resolver(pre, registry, pre.article.published, default_data())
        self.after = self.resolver.run()
        self.doc = self.resolver.doc
        self.text = pre.article.text
        self.entities = {e.id: e for e in self.after.entities}
        self.top = [
            s for s in self.after.statements if s.speaker is not None and s.reported_by is None
        ]
        self.top.sort(key=lambda s: s.speaker.span.start if s.speaker else 0)

    def candidates(self, s: Statement) -> tuple[list[str], np.ndarray] | None:
        doc, r = self.doc, self.resolver
        if doc is None or s.speaker is None:
            return None
        span = s.speaker.span
        sent = doc.sentence_of(span)
        seen: dict[str, list[Any]] = {}
        total: dict[str, int] = {}
        for h in r.history:
            if h.span.end <= span.start:
                total[h.key] = total.get(h.key, 0) + 1
                if sent - _WINDOW <= h.sent <= sent:
                    seen.setdefault(h.key, []).append(h)
        earlier = [
            t for t in self.top if t.speaker is not None and t.speaker.span.start < span.start
        ]
        previous = earlier[-1].speaker_entity if earlier else None
        spoke = {t.speaker_entity for t in earlier}
        order = sorted(seen, key=lambda k: -seen[k][-1].span.start)
        for extra in (s.speaker_entity, previous):
            if extra is not None and extra not in order and extra in r.works:
                order.append(extra)
        if not order:
            return None
        word = s.speaker.text.strip().lower()
        gender = r.data.pronoun_gender(word)
        inside = doc.tokens_in(span)
        is_pronoun = len(inside) == 1 and doc.tokens[inside[0]].pos == "PRON"
        plural = word in _PLURAL
        outside = not r._in_quote(span)
        title_words = set() if is_pronoun else self._content_words(s.speaker.text)
        rows = []
        for rank, key in enumerate(order):
            work = r.works[key]
            hs = seen.get(key, [])
            last = hs[-1] if hs else None
            d = sent - last.sent if last else _WINDOW
            between = Span(last.span.end, span.start) if last else None
            clash = gender is not None and work.gender is not None and work.gender != gender
            rows.append(
                [
                    1.0,
                    float(key == s.speaker_entity),
                    float(key == s.speaker_entity and not is_pronoun),
                    min(d, _WINDOW) / _WINDOW,
                    float(last is not None and last.sent == sent),
                    float(last is not None and last.subject),
                    float(last is not None and last.main),
                    float(any(h.named for h in hs)),
                    float(key == previous),
                    float(key in spoke),
                    math.log1p(len(hs)),
                    math.log1p(total.get(key, 0)),
                    min(rank, 5) / 5,
                    float(gender is not None and work.gender == gender),
                    float(clash),
                    float(work.kind == "person"),
                    float(gender is not None and not plural and work.kind != "person"),
                    float(plural and work.kind != "person"),
                    float(bool(hs) and outside and all(r._in_quote(h.span) for h in hs)),
                    float(any(p.contains(h.span) for p in s.content for h in hs)),
                    float(
                        between is not None and "\n" not in self.text[between.start : between.end]
                    ),
                    float(between is not None and any(between.contains(q) for q in r._quotes)),
                    self._near(title_words, [h.span for h in hs]) if title_words else 0.0,
                    self._role_match(title_words, work) if title_words else 0.0,
                ]
            )
        return order, np.array(rows)

    @staticmethod
    def _content_words(text: str) -> set[str]:
        return {
            w for w in (x.lower() for x in _WORD.findall(text)) if w not in _STOP and len(w) > 2
        }

    def _near(self, words: set[str], spans: list[Span]) -> float:
        """Share of the title's words written within a few words of one of the candidate's
        mentions: "Foreign Minister Sergei Lavrov", "Lavrov, Russia's foreign minister"."""
        best = 0.0
        for sp in spans:
            around = self._content_words(self.text[max(0, sp.start - 60) : sp.end + 60])
            best = max(best, len(words & around) / len(words))
        return best

    def _role_match(self, words: set[str], work: Any) -> float:
        actor = work.actor
        if actor is None:
            return 0.0
        on = self.resolver.on
        roles = [x for x in (actor.roles_on(on) if on else ())] or list(actor.roles)
        best = 0.0
        for role in roles:
            got = self._content_words(" ".join(role.all_titles))
            if got:
                best = max(best, len(words & got) / len(words))
        return best

    def judge_key(self, gold: GoldSpeaker, s: Statement, key: str | None) -> bool:
        """The eval's speaker judge on ``s`` given the speaker ``key``."""
        if key is None:
            return gold.speaker is None
        if key in self.entities:
            return judge(
                gold,
                dataclasses.replace(s, speaker_entity=key, speaker_actor=None),
                self.after,
                self.registry,
            ).correct
        work = self.resolver.works.get(key)
        if work is None or gold.speaker is None:
            return False
        if gold.actor is not None and work.actor is not None:
            return bool(work.actor.id == gold.actor)
        names = {fold(n) for n in [work.name, *work.names]}
        return any(fold(n) in names for n in gold.names)

    def actor_of(self, key: str | None) -> str | None:
        if key is None:
            return None
        e = self.entities.get(key)
        if e is not None:
            return e.actor_id
        actor = self.resolver.works[key].actor
        return actor.id if actor is not None else None

    def name_of(self, key: str | None) -> str:
        if key is None:
            return "(unresolved)"
        e = self.entities.get(key)
        return e.name if e is not None else self.resolver.works[key].name


def gold_instances(gold: Any, pre: Analysis, registry: ActorRegistry) -> list[Instance]:
    """The war-news gold's pronoun and title speakers matched by the pipeline's statements."""
    f = Featurizer(pre, registry)
    index = TextIndex(pre.article.text)
    pairs = _align_view(index, list(gold.statements), list(f.after.statements))
    found = [
        (
            _as_speaker(gold.name, gold.statements[gi]),
            gold.statements[gi].speaker_type,
            f.after.statements[pi],
        )
        for gi, pi in pairs
    ]
    return _instances(f, gold.name, found)


def polnear_instances(
    name: str, items: Sequence[GoldSpeaker], pre: Analysis, registry: ActorRegistry
) -> list[Instance]:
    """The PolNeAR speaker annotation's pronoun and title speakers, matched as the eval does."""
    f = Featurizer(pre, registry)
    found = []
    for item in items:
        s = speaker_gold.match_statement(item, f.after.statements)
        if s is not None:
            found.append((item, item.type, s))
    return _instances(f, "polnear:" + name, found)


def _instances(
    f: Featurizer, article: str, found: Sequence[tuple[GoldSpeaker, str, Statement]]
) -> list[Instance]:
    out = []
    for g, kind, s in found:
        if kind not in {"pronoun", "title"}:
            continue
        rules_ok = f.judge_key(g, s, s.speaker_entity)
        rules = "right" if rules_ok else ("unresolved" if s.speaker_entity is None else "wrong")
        got = f.candidates(s) if s.speaker is not None else None
        order, x = got if got is not None else ([], np.zeros((0, len(FEATURES))))
        out.append(
            Instance(
                article=article,
                kind=kind,
                mention=s.speaker.text if s.speaker is not None else "",
                candidates=order,
                names=[f.name_of(k) for k in order],
                x=x,
                right=[f.judge_key(g, s, k) for k in order],
                rules=rules,
                rules_name=f.name_of(s.speaker_entity),
                none_right=g.speaker is None,
                at=s.speaker.span.start if s.speaker is not None else 0,
            )
        )
    return out


# --- model ----------------------------------------------------------------------------------

Scorer = Callable[[np.ndarray], np.ndarray]  # candidates × features -> probabilities


def _sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    return out


def _stack(instances: Sequence[Instance]) -> tuple[np.ndarray, np.ndarray]:
    rows = [i for i in instances if len(i.candidates)]
    x = np.vstack([i.x for i in rows])
    y = np.concatenate([np.array(i.right, dtype=float) for i in rows])
    return x, y


def fit_logistic(instances: Sequence[Instance], l2: float = 1.0, steps: int = 30) -> np.ndarray:
    """L2 logistic regression over all candidates (Newton steps; the bias unpenalised)."""
    x, y = _stack(instances)
    w = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = _sigmoid(x @ w)
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg + 1e-6 * np.eye(x.shape[1])
        w -= np.linalg.solve(hess, grad)
    return w


Tree = dict[str, Any]  # {"leaf": v} or {"f": feature, "t": threshold, "lo": Tree, "hi": Tree}


def _grow(x: np.ndarray, g: np.ndarray, h: np.ndarray, depth: int, min_leaf: int) -> Tree:
    """One Newton regression tree on gradients ``g`` and hessians ``h`` (L2 1 on leaves)."""
    leaf = {"leaf": float(-g.sum() / (h.sum() + 1.0))}
    if depth == 0 or len(g) < 2 * min_leaf:
        return leaf
    best: tuple[float, int, float] | None = None
    base = g.sum() ** 2 / (h.sum() + 1.0)
    for j in range(1, x.shape[1]):
        for t in np.unique(x[:, j])[:-1]:
            lo = x[:, j] <= t
            n = int(lo.sum())
            if n < min_leaf or len(g) - n < min_leaf:
                continue
            gain = (
                g[lo].sum() ** 2 / (h[lo].sum() + 1.0)
                + g[~lo].sum() ** 2 / (h[~lo].sum() + 1.0)
                - base
            )
            if best is None or gain > best[0]:
                best = (gain, j, float(t))
    if best is None or best[0] <= 1e-6:
        return leaf
    _, j, t = best
    lo = x[:, j] <= t
    return {
        "f": j,
        "t": t,
        "lo": _grow(x[lo], g[lo], h[lo], depth - 1, min_leaf),
        "hi": _grow(x[~lo], g[~lo], h[~lo], depth - 1, min_leaf),
    }


def _apply(tree: Tree, x: np.ndarray) -> np.ndarray:
    if "leaf" in tree:
        return np.full(len(x), tree["leaf"])
    lo = x[:, tree["f"]] <= tree["t"]
    out = np.empty(len(x))
    out[lo] = _apply(tree["lo"], x[lo])
    out[~lo] = _apply(tree["hi"], x[~lo])
    return out


def fit_trees(
    instances: Sequence[Instance], rounds: int = 60, rate: float = 0.2, depth: int = 2
) -> tuple[float, list[Tree]]:
    """Small gradient-boosted trees (logistic loss, Newton leaves)."""
    x, y = _stack(instances)
    mean = min(max(y.mean(), 1e-3), 1 - 1e-3)
    bias = math.log(mean / (1 - mean))
    z = np.full(len(y), bias)
    trees = []
    for _ in range(rounds):
        p = _sigmoid(z)
        tree = _grow(x, p - y, p * (1 - p), depth, min_leaf=5)
        tree = _scaled(tree, rate)
        trees.append(tree)
        z += _apply(tree, x)
    return bias, trees


def _scaled(tree: Tree, rate: float) -> Tree:
    if "leaf" in tree:
        return {"leaf": tree["leaf"] * rate}
    return tree | {"lo": _scaled(tree["lo"], rate), "hi": _scaled(tree["hi"], rate)}


def fit(instances: Sequence[Instance], model: str = "logistic") -> Scorer:
    if model == "trees":
        bias, trees = fit_trees(instances)
        return lambda x: _sigmoid(bias + sum((_apply(t, x) for t in trees), np.zeros(len(x))))
    w = fit_logistic(instances)
    return lambda x: _sigmoid(x @ w)


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
    parser.add_argument("--gold", type=Path, default=Path("/work/coord/dev-en"))
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
        w = fit_logistic(instances)
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
