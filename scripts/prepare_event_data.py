"""Prepare training data for the learned event classifier (PLOVER root type or NONE).

Writes, under ``--out``:
- ``tokenizer.json`` / ``keep_ids.json``: the pruned all-MiniLM-L6-v2 WordPiece tokenizer
  (``prepare_span_data.pruned_tokenizer``) over the PLV sentences, PolNeAR and the war news,
  with the markers ``<s> </s> <t> </t>`` added as special tokens (their embeddings start from
  the checkpoint's ``[unused0-3]`` rows).
- ``rows.jsonl``: one training row a line, ``{"text", "label", "origin"}``: every PLV train
  sentence in its marked form with its gold root (YIELD kept as PLV has it), and NONE rows.
- ``plv_candidates.json``: ``{"row", "text"}`` for each PLV row's marked sentence and every
  candidate the parse finds in its plain sentence: the texts the cross-validation scores
  (``train_event_model.py --folds``) for ``reportedly eval events --plv --cv``.

NONE rows: PLV has no sentence without an event. They are candidate triples
(``reportedly.events.candidates``) from PolNeAR train articles that the event gold
(``tests/golden/events/gold.jsonl``) does not draw from, in sentences where the rule coder
finds no event and whose predicate is no lexicon trigger: mostly reported speech and
description ("said", "told reporters", "has been", "won the primary"). They are noisy: a few
are events the lexicon misses. Never read: the PLV test split, the PLOVER gold-standard
records, and (without ``--gold-dev``) the event gold's sentences.

``--gold-dev FILE`` adds rows from the event gold's ``dev`` items only (``heldout`` and
``sample`` items are skipped whatever the file holds; ``--hold-out-note`` skips dev items
whose note starts with a text, to keep them for scoring): each gold event with a source and
a target found in its sentence, marked as PLV marks them, with its PLV root; and NONE rows,
at most ``NONE_PER_ARTICLE`` an item, from the candidates that no gold event covers (neither
on a gold trigger nor on a gold event's pair).

Usage: python scripts/prepare_event_data.py --out build/event-data [--gold-dev FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from prepare_span_data import checkpoint_dir, pruned_tokenizer

from reportedly.config import DEFAULT_MODEL
from reportedly.events._tree import Sentence
from reportedly.events.candidates import MARKERS, Candidate, candidates, cut, mark
from reportedly.events.coder import code_events
from reportedly.events.evaluate_plv import plv_root
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Annotation, Article
from reportedly.nlp import annotate_many
from reportedly.span import Span

NONE_PER_ARTICLE = 4
_MARKER = re.compile(r"</?[st]>")
_WORD = re.compile(r"\S+")


def plv_text(marked: str, window: int) -> str:
    """A PLV row's input: its marked sentence, or (``window`` >= 0) that cut to ``window``
    words either side of its marked phrases, as ``candidates.cut`` cuts a candidate (PLV marks
    no predicate; a few rows mark a source alone, or one target twice)."""
    markers = list(_MARKER.finditer(marked))
    if window < 0 or not markers:
        return marked
    lo, hi = markers[0].start(), markers[-1].end()
    before = [m.start() for m in _WORD.finditer(marked, 0, lo)]
    after = [m.end() for m in _WORD.finditer(marked, hi)]
    start = before[-window] if 0 < window <= len(before) else (lo if window == 0 else 0)
    end = after[window - 1] if 0 < window <= len(after) else (hi if window == 0 else None)
    return marked[start:end]


def read_plv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if r.get("marked_sentence") and r.get("gold_root")]


def gold_files(gold: Path) -> set[str]:
    files = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        origin = json.loads(line).get("origin")
        if origin and origin["corpus"] == "polnear":
            files.add(Path(origin["file"]).stem)
    return files


def none_rows(
    polnear: Path, exclude: set[str], articles: int, seed: int, window: int = -1
) -> list[dict[str, str]]:
    """Candidate triples from event-free sentences of PolNeAR train (see the module doc)."""
    paths = sorted(p for p in (polnear / "train" / "text").glob("*.txt") if p.stem not in exclude)
    random.Random(seed).shuffle(paths)
    paths = paths[:articles]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    lexicon = EventLexicon.load()
    rows: list[dict[str, str]] = []
    rng = random.Random(seed)
    for path, text, annotation in zip(
        paths, texts, annotate_many(texts, model=DEFAULT_MODEL), strict=True
    ):
        article = Article(id=Article.make_id(text), text=text)
        busy = {
            s
            for e in code_events(article, annotation, (), lexicon=lexicon)
            for s, span in enumerate(annotation.sentences)
            if span.start <= e.trigger.start < span.end
        }
        found = []
        for index, span in enumerate(annotation.sentences):
            if index in busy:
                continue
            sentence = Sentence(annotation, index, span.text(text))
            for candidate in candidates(sentence, lexicon.people_nouns, lexicon.speech_verbs):
                if candidate.predicate.lemma.lower() in lexicon.verbs:
                    continue
                found.append(candidate.window(window).strip())
        for marked in rng.sample(found, min(NONE_PER_ARTICLE, len(found))):
            rows.append({"text": marked, "label": "NONE", "origin": f"polnear/train/{path.stem}"})
    return rows


def gold_dev_items(
    path: Path, hold_out: Sequence[str] = (), skip_ids: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """The ``dev`` items of an event gold file, less those whose note starts with a text in
    ``hold_out`` and those whose id is in ``skip_ids``."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("split") != "dev":
            continue
        if any(item.get("note", "").startswith(n) for n in hold_out if n):
            continue
        if item["id"] in skip_ids:
            continue
        items.append(item)
    return items


def _occurrences(text: str, phrase: str) -> list[Span]:
    """Where ``phrase`` stands in ``text`` as whole words."""
    left = r"\b" if phrase[:1].isalnum() else ""
    right = r"\b" if phrase[-1:].isalnum() else ""
    pattern = re.compile(left + re.escape(phrase) + right)
    return [Span(m.start(), m.end()) for m in pattern.finditer(text)]


def _nearest(spans: Iterable[Span], anchor: Span) -> Span | None:
    """Of ``spans``, the one closest to ``anchor`` (the first on a tie)."""
    return min(
        spans,
        key=lambda s: max(anchor.start - s.end, s.start - anchor.end, 0),
        default=None,
    )


def locate_event(text: str, event: dict[str, Any]) -> tuple[Span, Span, Span] | None:
    """A gold event's trigger, source and target in its sentence (the source and target
    nearest the trigger's first occurrence), or None where one is missing or not found."""
    if not event.get("trigger") or not event.get("source") or not event.get("target"):
        return None
    trigger = next(iter(_occurrences(text, event["trigger"])), None)
    if trigger is None:
        return None
    source = _nearest(_occurrences(text, event["source"]), trigger)
    if source is None:
        return None
    targets = [s for s in _occurrences(text, event["target"]) if not s.overlaps(source)]
    target = _nearest(targets, trigger)
    if target is None:
        return None
    return trigger, source, target


def gold_rows(
    item: dict[str, Any], found: Sequence[Candidate], rng: random.Random, window: int = -1
) -> list[dict[str, str]]:
    """Training rows from one gold dev item: its located events with their PLV roots, and
    NONE for at most ``NONE_PER_ARTICLE`` of the candidates ``found`` in its sentence that no
    gold event covers (a candidate on a gold trigger or on a gold event's pair is left out:
    it may be the event read with another pair, or the pair read by another verb; so is one
    whose source or target holds a gold trigger, "<s>Russia</s> has <t>no intention of
    returning the regions</t>", as ``learned._blocked`` keeps the model off it at inference)."""
    text = item["text"]
    origin = f"gold/{item['id']}"
    rows: list[dict[str, str]] = []
    triggers: list[Span] = []
    pairs: list[tuple[Span, Span]] = []
    for event in item["events"]:
        if event.get("trigger"):
            triggers.extend(_occurrences(text, event["trigger"]))
        located = locate_event(text, event)
        if located is None:
            continue
        trigger, source, target = located
        pairs.append((source, target))
        if window < 0:
            marked = mark(text, 0, source, target)
        else:
            marked = cut(text, 0, source, target, trigger, window)
        rows.append({"text": marked, "label": plv_root(event["type"]), "origin": origin})
    positive = {r["text"] for r in rows}
    free = []
    for candidate in found:
        if any(candidate.predicate.span.overlaps(t) for t in triggers):
            continue
        if any(
            candidate.source.start <= t.start < candidate.source.end
            or candidate.target.start <= t.start < candidate.target.end
            for t in triggers
        ):
            continue
        if any(candidate.source.overlaps(s) and candidate.target.overlaps(t) for s, t in pairs):
            continue
        marked = candidate.window(window).strip()
        if marked not in positive and marked not in free:
            free.append(marked)
    for marked in rng.sample(free, min(NONE_PER_ARTICLE, len(free))):
        rows.append({"text": marked, "label": "NONE", "origin": origin})
    return rows


def sentence_candidates(
    text: str, annotation: Annotation, lexicon: EventLexicon
) -> list[Candidate]:
    """The candidate triples of every sentence of ``text``."""
    found: list[Candidate] = []
    for index, span in enumerate(annotation.sentences):
        sentence = Sentence(annotation, index, span.text(text))
        found.extend(candidates(sentence, lexicon.people_nouns, lexicon.speech_verbs))
    return found


def gold_dev_rows(
    items: Sequence[dict[str, Any]], seed: int, window: int = -1
) -> list[dict[str, str]]:
    """``gold_rows`` for each gold dev item, on a parse of its sentence."""
    lexicon = EventLexicon.load()
    rng = random.Random(seed)
    texts = [item["text"] for item in items]
    rows: list[dict[str, str]] = []
    for item, annotation in zip(items, annotate_many(texts, model=DEFAULT_MODEL), strict=True):
        found = sentence_candidates(item["text"], annotation, lexicon)
        rows.extend(gold_rows(item, found, rng, window))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plv", type=Path, default=Path("../shared/data/plover/PLV_train.tsv"))
    parser.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--warnews", type=Path, default=Path("../shared/data/warnews-en/articles"))
    parser.add_argument("--gold", type=Path, default=Path("tests/golden/events/gold.jsonl"))
    parser.add_argument(
        "--gold-dev",
        type=Path,
        help="also train on this event gold file's dev items (never its heldout or sample)",
    )
    parser.add_argument(
        "--hold-out-note",
        action="append",
        default=[],
        help="skip gold dev items whose note starts with this text (repeatable)",
    )
    parser.add_argument(
        "--skip-ids",
        type=Path,
        help="a JSON list of gold dev item ids not to train on (a validation set)",
    )
    parser.add_argument(
        "--window",
        type=int,
        default=-1,
        help="cut each row to this many words either side of its predicate and pair, as "
        "learned.WINDOW cuts a candidate at inference (-1: whole sentences)",
    )
    parser.add_argument("--none-articles", type=int, default=150)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--candidates-only",
        action="store_true",
        help="rewrite only plv_candidates.json (the candidates changed, the training rows not)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    plv = read_plv(args.plv)
    if args.candidates_only:
        write_candidates(plv, args.out)
        return

    texts = [r["sentence"] for r in plv]
    texts += [
        p.read_text(encoding="utf-8")
        for p in sorted((args.polnear / "train" / "text").glob("*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted(args.warnews.glob("*.txt"))]
    spec, keep_ids = pruned_tokenizer(checkpoint_dir(), texts)
    base_vocab = json.loads((checkpoint_dir() / "tokenizer.json").read_text("utf-8"))["model"][
        "vocab"
    ]
    for n, marker in enumerate(MARKERS):
        new_id = len(keep_ids)
        keep_ids.append(base_vocab[f"[unused{n}]"])
        spec["model"]["vocab"][marker] = new_id
        spec["added_tokens"].append(
            {
                "id": new_id,
                "content": marker,
                "single_word": False,
                "lstrip": False,
                "rstrip": False,
                "normalized": False,
                "special": True,
            }
        )
    (args.out / "tokenizer.json").write_text(json.dumps(spec, ensure_ascii=False), "utf-8")
    (args.out / "keep_ids.json").write_text(json.dumps(keep_ids), "utf-8")

    rows = [
        {
            "text": plv_text(r["marked_sentence"], args.window),
            "label": r["gold_root"],
            "origin": f"plv/{r['sentence_id']}",
        }
        for r in plv
    ]
    negatives = none_rows(
        args.polnear, gold_files(args.gold), args.none_articles, args.seed, args.window
    )
    own: list[dict[str, str]] = []
    if args.gold_dev is not None:
        skip = frozenset(json.loads(args.skip_ids.read_text("utf-8")) if args.skip_ids else [])
        items = gold_dev_items(args.gold_dev, args.hold_out_note, skip)
        own = gold_dev_rows(items, args.seed, args.window)
        (args.out / "gold_dev_ids.json").write_text(json.dumps([i["id"] for i in items]), "utf-8")
    with (args.out / "rows.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows + negatives + own:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_candidates(plv, args.out)
    own_none = sum(r["label"] == "NONE" for r in own)
    print(
        f"vocabulary {len(keep_ids)} pieces; {len(rows)} PLV rows, {len(negatives)} NONE rows; "
        f"gold dev: {len(own) - own_none} event rows, {own_none} NONE rows"
    )


def write_candidates(plv: list[dict[str, str]], out: Path) -> None:
    """``plv_candidates.json``: each PLV row's marked sentence and its candidates' texts."""
    wanted = [{"row": f"plv/{r['sentence_id']}", "text": r["marked_sentence"]} for r in plv]
    lexicon = EventLexicon.load()
    annotations = annotate_many([r["sentence"] for r in plv], model=DEFAULT_MODEL)
    for row, annotation in zip(plv, annotations, strict=True):
        for index, span in enumerate(annotation.sentences):
            sentence = Sentence(annotation, index, span.text(row["sentence"]))
            wanted.extend(
                {"row": f"plv/{row['sentence_id']}", "text": c.marked}
                for c in candidates(sentence, lexicon.people_nouns, lexicon.speech_verbs)
            )
    (out / "plv_candidates.json").write_text(json.dumps(wanted, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
