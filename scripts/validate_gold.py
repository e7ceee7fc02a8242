"""Check a war-news statement gold file (JSONL) against its articles folder.

Usage: python scripts/validate_gold.py GOLD.jsonl [--articles DIR] [--registry actors.yaml]

Every record must name an existing article and a split; every statement must have spans in range
and in order, a snippet equal to the first (at most 8) words of its content, valid enums, a cue
and speaker consistent with their types, a valid nested_in index, and an actor_id that exists in
the registry. Prints one line per problem and exits 1 when there is any. The schema is the one of
the gold guide (docs/), shared by every part of the gold.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from reportedly.eval import gold as schema

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = ROOT.parent / "shared" / "data" / "warnews-en" / "articles"
DEFAULT_REGISTRY = ROOT / "src" / "reportedly" / "actors" / "data" / "actors.yaml"

# the schema's vocabularies, from the loader `reportedly eval gold` uses
KINDS, ACTS, POLARITIES = set(schema.KINDS), set(schema.ACTS), set(schema.POLARITIES)
SPEAKER_TYPES, SPLITS = set(schema.SPEAKER_TYPES), set(schema.SPLITS)
KEYS = {
    "content",
    "snippet",
    "kind",
    "act",
    "polarity",
    "cue",
    "speaker",
    "speaker_text",
    "speaker_type",
    "canonical",
    "actor_id",
    "nested_in",
}
SNIPPET_WORDS = 8


def snippet_of(text: str, spans: list[list[int]]) -> str:
    """The first words of a (possibly discontinuous) content, pieces joined by a space."""
    words = " ".join(text[start:end] for start, end in spans).split()
    return " ".join(words[:SNIPPET_WORDS])


def registry_ids(path: Path) -> set[str] | None:
    """Actor ids of the registry, read without a YAML parser (``- {id: ...`` lines)."""
    if not path.is_file():
        return None
    return set(re.findall(r"^\s*-\s*\{?\s*id:\s*([\w-]+)", path.read_text("utf-8"), re.M))


def _span_ok(span: Any, n: int) -> bool:
    return (
        isinstance(span, list)
        and len(span) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        and 0 <= span[0] < span[1] <= n
    )


def check_statement(text: str, s: Any, i: int, count: int, ids: set[str] | None) -> list[str]:
    """Problems of statement ``i`` (of ``count``) of an article whose text is ``text``."""
    if not isinstance(s, dict):
        return [f"statement {i}: not an object"]
    errs = []
    if set(s) != KEYS:
        errs.append(f"statement {i}: keys {sorted(set(s) ^ KEYS)} missing or extra")
        return errs
    content = s["content"]
    if (
        not content
        or not isinstance(content, list)
        or not all(_span_ok(sp, len(text)) for sp in content)
    ):
        return [f"statement {i}: bad content spans {content!r}"]
    if any(a[1] > b[0] for a, b in itertools.pairwise(content)):
        errs.append(f"statement {i}: content spans overlap or are out of order")
    if s["snippet"] != snippet_of(text, content):
        errs.append(f"statement {i}: snippet {s['snippet']!r} != {snippet_of(text, content)!r}")
    for key, allowed in (
        ("kind", KINDS),
        ("act", ACTS),
        ("polarity", POLARITIES),
        ("speaker_type", SPEAKER_TYPES),
    ):
        if s[key] not in allowed:
            errs.append(f"statement {i}: {key} {s[key]!r} not in {sorted(allowed)}")
    cue = s["cue"]
    if cue is not None:
        if not _span_ok(cue, len(text)):
            errs.append(f"statement {i}: bad cue span {cue!r}")
        elif any(cue[0] < e and b < cue[1] for b, e in content):
            errs.append(f"statement {i}: cue overlaps the content")
    speaker = s["speaker"]
    if speaker is None:
        if s["speaker_text"] is not None or s["speaker_type"] != "none":
            errs.append(f"statement {i}: no speaker span but speaker_text/type set")
    elif not _span_ok(speaker, len(text)):
        errs.append(f"statement {i}: bad speaker span {speaker!r}")
    else:
        if text[speaker[0] : speaker[1]] != s["speaker_text"]:
            errs.append(f"statement {i}: speaker_text {s['speaker_text']!r} != text")
        if s["speaker_type"] == "none":
            errs.append(f"statement {i}: speaker span with speaker_type 'none'")
        if any(speaker[0] < e and b < speaker[1] for b, e in content):
            errs.append(f"statement {i}: speaker overlaps the content")
    nested = s["nested_in"]
    if nested is not None and (
        not isinstance(nested, int)
        or isinstance(nested, bool)
        or not 0 <= nested < count
        or nested == i
    ):
        errs.append(f"statement {i}: nested_in {nested!r} is not another statement's index")
    aid = s["actor_id"]
    if aid is not None and ids is not None and aid not in ids:
        errs.append(f"statement {i}: actor_id {aid!r} not in the registry")
    if aid is not None and not s["canonical"]:
        errs.append(f"statement {i}: actor_id without canonical")
    return errs


def check_nesting(statements: list[Any]) -> list[str]:
    """A nested statement lies inside its parent's content, and nesting has no cycle."""
    errs = []
    for i, s in enumerate(statements):
        parent = s.get("nested_in") if isinstance(s, dict) else None
        if not isinstance(parent, int) or not 0 <= parent < len(statements) or parent == i:
            continue
        outer = statements[parent].get("content") or []
        try:
            lo, hi = outer[0][0], outer[-1][1]
            if not all(lo <= a and b <= hi for a, b in s["content"]):
                errs.append(f"statement {i}: content outside its parent {parent}'s content")
        except (TypeError, IndexError, KeyError):
            continue  # malformed spans are reported by check_statement
        seen: set[int] = {i}
        j: Any = parent
        while isinstance(j, int) and 0 <= j < len(statements):
            if j in seen:
                errs.append(f"statement {i}: nested_in forms a cycle")
                break
            seen.add(j)
            j = statements[j].get("nested_in") if isinstance(statements[j], dict) else None
    return errs


def check_file(gold: Path, articles: Path, ids: set[str] | None) -> tuple[list[str], Counter[str]]:
    """Problems of every record of ``gold``, and counts by split/act/speaker type."""
    errs: list[str] = []
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for n, line in enumerate(gold.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"article", "split", "statements"}:
            errs.append(f"{where}: a record has exactly article, split and statements")
            continue
        name = rec["article"]
        path = articles / str(name)
        if name in seen:
            errs.append(f"{where}: {name} annotated twice")
        seen.add(name)
        if rec["split"] not in SPLITS:
            errs.append(f"{where}: split {rec['split']!r} not in {sorted(SPLITS)}")
        if not path.is_file():
            errs.append(f"{where}: no article {path}")
            continue
        text = path.read_text(encoding="utf-8")
        statements = rec["statements"]
        if not isinstance(statements, list):
            errs.append(f"{where}: statements is not a list")
            continue
        counts[f"articles {rec['split']}"] += 1
        for i, s in enumerate(statements):
            errs.extend(
                f"{where} {name} {e}" for e in check_statement(text, s, i, len(statements), ids)
            )
            if isinstance(s, dict):
                counts[f"statements {rec['split']}"] += 1
                counts[f"act {s.get('act')}"] += 1
                counts[f"speaker_type {s.get('speaker_type')}"] += 1
                counts[f"kind {s.get('kind')}"] += 1
                counts[f"polarity {s.get('polarity')}"] += 1
        errs.extend(f"{where} {name} {e}" for e in check_nesting(statements))
    return errs, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY)
    args = ap.parse_args(argv)
    if not args.articles.is_dir():
        print(f"no articles folder {args.articles}", file=sys.stderr)
        return 2
    ids = registry_ids(args.registry)
    total_errs: list[str] = []
    total: Counter[str] = Counter()
    for gold in args.gold:
        errs, counts = check_file(gold, args.articles, ids)
        total_errs += errs
        total += counts
    for e in total_errs:
        print(e)
    for key in sorted(total):
        print(f"{key}: {total[key]}")
    print(f"{len(total_errs)} problem(s)")
    return 1 if total_errs else 0


if __name__ == "__main__":
    sys.exit(main())
