"""Measure language detection (ingest/language.py) on the Russian, Ukrainian and English
texts of ../shared/data: accuracy, undetermined and wrong answers, on whole texts and on their
first 100 characters.

    .venv/bin/python scripts/eval_language.py [--shared ../shared/data] [--chars 100] [--json]

Corpora (each text's expected language is its corpus's): slavicner ru and uk (.txt),
ner-uk (ng/*.txt), telegram-ru (posts.jsonl, markdown stripped as ingest does), warnews-en
(articles/*.txt), PolNeAR (dev and train text/*.txt). The rates in ingest/data/languages.yaml
were counted on slavicner; the other corpora are held out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from reportedly.ingest.language import detect_language
from reportedly.ingest.telegram_text import strip_markdown

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _files(root: Path, pattern: str) -> Iterator[str]:
    for path in sorted(root.glob(pattern)):
        yield path.read_text(encoding="utf-8", errors="replace")


def _posts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield strip_markdown(json.loads(line)["text"]).text


def corpora(shared: Path) -> list[tuple[str, str, Iterator[str]]]:
    """(name, expected language, texts) for every corpus present under ``shared``."""
    ru_uk = shared / "ru-uk"
    found = [
        ("slavicner ru", "ru", ru_uk / "slavicner", "ru/*/*.txt"),
        ("telegram-ru", "ru", ru_uk / "telegram-ru" / "posts.jsonl", None),
        ("slavicner uk", "uk", ru_uk / "slavicner", "uk/*/*.txt"),
        ("ner-uk", "uk", ru_uk / "ner-uk", "ng/*.txt"),
        ("warnews-en", "en", shared / "warnews-en", "articles/*.txt"),
        ("polnear", "en", shared / "polnear", "*/text/*.txt"),
    ]
    return [
        (name, lang, _files(path, pattern) if pattern else _posts(path))
        for name, lang, path, pattern in found
        if path.exists()
    ]


def score(expected: str, texts: Iterator[str], chars: int) -> dict[str, object]:
    """Counts of right, undetermined and wrong answers on whole texts and on their opening."""
    result: dict[str, dict[str, int]] = {
        "full": {"right": 0, "und": 0, "wrong": 0},
        "short": {"right": 0, "und": 0, "wrong": 0},
    }
    wrong: list[str] = []
    n = 0
    for text in texts:
        n += 1
        for part, sample in (("full", text), ("short", text.strip()[:chars])):
            got = detect_language(sample)
            outcome = "right" if got == expected else "und" if got == "und" else "wrong"
            result[part][outcome] += 1
            if outcome == "wrong" and len(wrong) < 5:
                wrong.append(f"{part}: {got}: {sample[:80]!r}")
    return {"texts": n, **result, "wrong_examples": wrong}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--chars", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    found = corpora(args.shared)
    if not found:
        print(f"no corpus under {args.shared}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    results = {
        name: {"language": lang, **score(lang, texts, args.chars)} for name, lang, texts in found
    }
    seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    head = f"whole: right | und | wrong | first {args.chars} chars: right | und | wrong"
    print(f"| corpus | lang | texts | {head} |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        full, short, n = r["full"], r["short"], r["texts"]
        cells = [
            f"{d['right'] / n:.1%} | {d['und']} | {d['wrong']}"  # type: ignore[index]
            for d in (full, short)
        ]
        print(f"| {name} | {r['language']} | {n:,} | {cells[0]} | {cells[1]} |")
    for name, r in results.items():
        for example in r["wrong_examples"]:  # type: ignore[attr-defined]
            print(f"wrong in {name}: {example}", file=sys.stderr)
    print(f"({seconds:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
