"""Inter-annotator agreement on the statement gold: annotator B scored against annotator A.

B's records (same schema as the gold, ``docs/gold-guide.md``) are read as predictions
(:func:`as_analysis`) and scored by the gold scorer itself
(:func:`reportedly.eval.gold_score.score_article`: the same alignment, views and speaker judge
as ``reportedly eval gold``). On the statements it aligns (all-acts view) this adds what that
scorer leaves out: Cohen's kappa of kind and act, and how often the two annotators agree on the
speaker mention (same span, same type), the canonical name (same after folding) and registry
id, the cue span, the exact content spans, and nesting
(both top level, or both nested in statements that are themselves aligned).

    .venv/bin/python scripts/gold_agreement.py gold/warnews-en/agreement/second-annotator.jsonl \
        gold/warnews-en/part-d.jsonl gold/warnews-en/part-e.jsonl [--articles DIR] [--json] \
        [--errors FILE]

A is every gold file after B's (only the articles B annotated are scored). ``--errors FILE``
writes the scorer's disagreement records (misses, false alarms, wrong speakers: they quote the
article, so keep the file outside the repository) and one record per aligned pair that
differs in kind, act, polarity, mention, cue or nesting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportedly.actors import ActorRegistry, default_registry
from reportedly.actors.folding import fold
from reportedly.errors import InputError, ReportedlyError
from reportedly.eval.gold import (
    CODE_GOLD,
    GoldArticle,
    GoldStatement,
    check_against_text,
    load_gold,
    read_article,
    resolve_articles_dir,
)
from reportedly.eval.gold_report import format_report, report
from reportedly.eval.gold_score import ArticleScore, _align_view, score_article
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Article, Entity, EntityKind, Mention, Span, Statement

_LABELS = {
    "name": "PERSON",
    "surname": "PERSON",
    "pronoun": "PRON",
    "title": "TITLE",
    "organisation": "ORG",
    "document": "ORG",
    "anonymous": "ORG",
}
_PEOPLE = {"name", "surname", "pronoun", "title"}


def _entity_id(canonical: str) -> str:
    return "b:" + canonical


def as_analysis(
    gold: GoldArticle, article: Article, registry: ActorRegistry, *, tag: str = "b"
) -> Analysis:
    """Annotator B's statements for ``article`` as a pipeline's output would hold them.

    Each canonical speaker becomes one entity (its registry actor's type when it names one,
    else a person when a mention of it is a name, surname, pronoun or title, else an
    organisation); nesting becomes ``reported_by``; polarity becomes ``negated``.
    """
    kinds: dict[str, EntityKind] = {}
    actors: dict[str, str | None] = {}
    mentions: dict[str, list[Span]] = {}
    for s in gold.statements:
        if s.canonical is None:
            continue
        actors.setdefault(s.canonical, s.actor_id)
        if s.speaker is not None:
            mentions.setdefault(s.canonical, []).append(s.speaker)
        if s.actor_id is not None and s.actor_id in registry:
            kinds[s.canonical] = registry.by_id(s.actor_id).type
        elif s.speaker_type in _PEOPLE and kinds.get(s.canonical) != "organisation":
            kinds.setdefault(s.canonical, "person")
        else:
            kinds.setdefault(s.canonical, "organisation")
    entities = tuple(
        Entity(
            id=_entity_id(name),
            name=name,
            kind=kinds[name],
            mentions=tuple(mentions.get(name, ())),
            actor_id=actors[name],
        )
        for name in kinds
    )
    statements = tuple(
        Statement(
            id=f"{tag}{s.index}",
            kind=s.kind,  # type: ignore[arg-type]  # checked against KINDS when read
            content=s.content,
            cue=s.cue,
            speaker=(
                Mention(span=s.speaker, text=s.speaker_text or "", label=_LABELS[s.speaker_type])
                if s.speaker is not None
                else None
            ),
            speaker_entity=_entity_id(s.canonical) if s.canonical is not None else None,
            speaker_actor=s.actor_id,
            reported_by=f"{tag}{s.nested_in}" if s.nested_in is not None else None,
            act=s.act,  # type: ignore[arg-type]  # checked against ACTS when read
            negated=s.polarity == "negative",
        )
        for s in gold.statements
    )
    return Analysis(article=article, entities=entities, statements=statements)


@dataclass(frozen=True, slots=True, kw_only=True)
class PairFacts:
    """What A and B each say of one aligned statement (all-acts view)."""

    kind: tuple[str, str]
    act: tuple[str, str]
    polarity: tuple[str, str]
    speaker_type: tuple[str, str]
    same_mention: bool
    same_canonical: bool
    same_actor: bool
    same_cue: bool
    same_content: bool
    nested: tuple[bool, bool]
    same_nesting: bool


def aligned(a: GoldArticle, b: GoldArticle, text: str) -> list[tuple[int, int]]:
    """(A index, B index) of the statements the scorer aligns in the all-acts view."""
    return _align_view(TextIndex(text), a.statements, as_statements(b))


def as_statements(b: GoldArticle) -> list[Statement]:
    """B's statements reduced to what the alignment reads (their content)."""
    return [Statement(id=f"b{s.index}", kind="direct", content=s.content) for s in b.statements]


def pair_facts(a: GoldArticle, b: GoldArticle, pairs: Sequence[tuple[int, int]]) -> list[PairFacts]:
    """The facts of each aligned pair; nesting agrees when both are top level or both are
    nested in statements that are themselves aligned with each other."""
    partner = dict(pairs)
    facts = []
    for i, j in pairs:
        x, y = a.statements[i], b.statements[j]
        same_nesting = (x.nested_in is None and y.nested_in is None) or (
            x.nested_in is not None
            and y.nested_in is not None
            and partner.get(x.nested_in) == y.nested_in
        )
        facts.append(
            PairFacts(
                kind=(x.kind, y.kind),
                act=(x.act, y.act),
                polarity=(x.polarity, y.polarity),
                speaker_type=(x.speaker_type, y.speaker_type),
                same_mention=x.speaker == y.speaker,
                same_canonical=_folded(x.canonical) == _folded(y.canonical),
                same_actor=x.actor_id == y.actor_id,
                same_cue=x.cue == y.cue,
                same_content=x.content == y.content,
                nested=(x.nested_in is not None, y.nested_in is not None),
                same_nesting=same_nesting,
            )
        )
    return facts


def _folded(name: str | None) -> str | None:
    return fold(name) if name is not None else None


def kappa(pairs: Sequence[tuple[str, str]]) -> float:
    """Cohen's kappa of two annotators' labels (1.0 when both use one same label throughout)."""
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(1 for x, y in pairs if x == y) / n
    left, right = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return 1.0 if expected == 1.0 else round((observed - expected) / (1 - expected), 4)


def _share(flags: Sequence[bool]) -> dict[str, Any]:
    return {
        "agree": sum(flags),
        "of": len(flags),
        "share": round(sum(flags) / len(flags), 4) if flags else 0.0,
    }


def extra(facts: Sequence[PairFacts], a_nested: int, b_nested: int) -> dict[str, Any]:
    """The agreement figures the gold scorer does not report, over aligned pairs."""
    either = [f for f in facts if any(f.nested)]
    return {
        "aligned": len(facts),
        "kind_kappa": kappa([f.kind for f in facts]),
        "act_kappa": kappa([f.act for f in facts]),
        "polarity": _share([f.polarity[0] == f.polarity[1] for f in facts]),
        "speaker_type": _share([f.speaker_type[0] == f.speaker_type[1] for f in facts]),
        "speaker_type_kappa": kappa([f.speaker_type for f in facts]),
        "speaker_mention_span": _share([f.same_mention for f in facts]),
        "canonical_exact": _share([f.same_canonical for f in facts]),
        "actor_id": _share([f.same_actor for f in facts]),
        "cue_span": _share([f.same_cue for f in facts]),
        "content_exact": _share([f.same_content for f in facts]),
        "nesting": _share([f.same_nesting for f in facts]),
        "nested": {
            "a": a_nested,
            "b": b_nested,
            "aligned_either": len(either),
            "agree": sum(1 for f in either if f.same_nesting),
        },
    }


def agreement(
    a_gold: Sequence[GoldArticle],
    b_gold: Sequence[GoldArticle],
    articles_dir: Path,
    registry: ActorRegistry,
    on_error: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """B scored against A: the gold scorer's report by split, and the extra figures.

    Raises:
        InputError: B annotates an article A does not, or a record does not fit its text.
    """
    by_name = {g.name: g for g in a_gold}
    scores: list[ArticleScore] = []
    facts: list[PairFacts] = []
    nested = [0, 0]
    for b in b_gold:
        a = by_name.get(b.name)
        if a is None:
            raise InputError(
                b.source, f"{b.name} is in no gold file of annotator A", code=CODE_GOLD
            )
        article = read_article(articles_dir, a)
        check_against_text(a, article.text)
        check_against_text(b, article.text)
        analysis = as_analysis(b, article, registry)
        scores.append(score_article(a, analysis, registry, on_error))
        pairs = aligned(a, b, article.text)
        article_facts = pair_facts(a, b, pairs)
        facts += article_facts
        nested[0] += sum(1 for s in a.statements if s.nested_in is not None)
        nested[1] += sum(1 for s in b.statements if s.nested_in is not None)
        if on_error is not None:
            for (i, j), f in zip(pairs, article_facts, strict=True):
                _pair_error(on_error, a, b, i, j, f, article.text)
    return {"scorer": report(scores), "extra": extra(facts, *nested)}


def _pair_error(
    on_error: Callable[[dict[str, Any]], None],
    a: GoldArticle,
    b: GoldArticle,
    i: int,
    j: int,
    f: PairFacts,
    text: str,
) -> None:
    differ = [
        name
        for name, same in (
            ("kind", f.kind[0] == f.kind[1]),
            ("act", f.act[0] == f.act[1]),
            ("polarity", f.polarity[0] == f.polarity[1]),
            ("speaker_type", f.speaker_type[0] == f.speaker_type[1]),
            ("mention", f.same_mention),
            ("canonical", f.same_canonical),
            ("actor_id", f.same_actor),
            ("cue", f.same_cue),
            ("content", f.same_content),
            ("nesting", f.same_nesting),
        )
        if not same
    ]
    if differ:
        on_error(
            {
                "article": a.name,
                "error": "pair_differs",
                "differ": differ,
                "a": _describe(a.statements[i], text),
                "b": _describe(b.statements[j], text),
            }
        )


def _describe(s: GoldStatement, text: str) -> dict[str, Any]:
    return {
        "index": s.index,
        "content": [[c.start, c.end] for c in s.content],
        "text": " … ".join(text[c.start : c.end] for c in s.content),
        "kind": s.kind,
        "act": s.act,
        "polarity": s.polarity,
        "cue": text[s.cue.start : s.cue.end] if s.cue else None,
        "speaker": s.speaker_text,
        "speaker_type": s.speaker_type,
        "canonical": s.canonical,
        "nested_in": s.nested_in,
    }


def format_extra(extra_figures: dict[str, Any]) -> str:
    """The extra figures as text lines."""
    e = extra_figures
    lines = [f"aligned pairs (all-acts view): {e['aligned']}"]
    lines.append(f"kind kappa {e['kind_kappa']:.3f}, act kappa {e['act_kappa']:.3f}")
    for key in (
        "polarity",
        "speaker_type",
        "speaker_mention_span",
        "canonical_exact",
        "actor_id",
        "cue_span",
        "content_exact",
        "nesting",
    ):
        c = e[key]
        lines.append(f"{key:22} {c['agree']}/{c['of']} = {c['share']:.3f}")
    lines.append(f"speaker type kappa {e['speaker_type_kappa']:.3f}")
    n = e["nested"]
    lines.append(
        f"nested statements: A {n['a']}, B {n['b']}; aligned pairs with a nested side "
        f"{n['aligned_either']}, nesting agreed in {n['agree']}"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("b", type=Path, help="annotator B's records (JSON lines)")
    parser.add_argument("a", type=Path, nargs="+", help="annotator A's gold files or folders")
    parser.add_argument("--articles", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        b_gold, a_gold = load_gold([args.b]), load_gold(args.a)
        articles_dir = resolve_articles_dir(args.articles)
        records: list[dict[str, Any]] = []
        result = agreement(
            a_gold,
            b_gold,
            articles_dir,
            default_registry(),
            records.append if args.errors else None,
        )
    except ReportedlyError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.errors is not None:
        with args.errors.open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print("B (second annotator) scored against A (the gold):\n")
        print(format_report(result["scorer"]))
        print()
        print(format_extra(result["extra"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
