"""Fuzz ingest and the pipeline with generated inputs of every supported format.

    python scripts/fuzz_ingest.py --inputs 100000 --seconds 1200 --pipeline-every 200

Each input is a file of one format (text, HTML, JSON Lines, WARC, or no extension, so the
reader is sniffed) built from random bytes, random Unicode, deep nesting, huge lines, mixed
encodings, truncations and wrong field types. Every input goes through ``read_paths``; every
``--pipeline-every``-th one's articles also go through the pipeline and a store, in batches.

Counted as failures:
- crash: an exception escaping ``read_paths`` (readers must yield an ``InputError``) or a
  stored analysis that the store refuses (a span outside its text);
- invalid: an Article that breaks an offset invariant;
- aborted: a pipeline batch that raised, or returned fewer analyses than it was given;
- contained: an internal error the pipeline caught and recorded (an ``E2xx``/``E3xx`` skip).
Failing inputs are written under ``--keep DIR`` for replay. The exit status is 1 when there
was a crash, an invalid article or an aborted batch.
"""

from __future__ import annotations

import argparse
import faulthandler
import gzip
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportedly.errors import InputError, ReportedlyError
from reportedly.ingest import normalize_text, read_paths
from reportedly.model import Article

sys.path.insert(0, str(Path(__file__).parent))
from fuzz_inputs import GENERATORS, SCALE, file_name, json_value

# contained errors: the pipeline caught an exception and recorded it as a skip
CONTAINED = ("E201", "E202", "E301", "E310", "E320", "E330")


@dataclass
class Report:
    """What a fuzz run tried and what went wrong."""

    inputs: int = 0
    articles: int = 0
    input_errors: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    piped: int = 0
    batches: int = 0
    crashes: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    aborted: list[str] = field(default_factory=list)
    contained: list[str] = field(default_factory=list)
    slow: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.crashes or self.invalid or self.aborted)

    def summary(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "by_kind": dict(sorted(self.kinds.items())),
            "articles": self.articles,
            "input_errors": dict(sorted(self.input_errors.items())),
            "through_pipeline": self.piped,
            "pipeline_batches": self.batches,
            "crashes": len(self.crashes),
            "invalid_articles": len(self.invalid),
            "aborted_batches": len(self.aborted),
            "contained_errors": len(self.contained),
            "slow_inputs": self.slow[:20],
            "seconds": round(self.seconds, 1),
            "first_failures": (self.crashes + self.invalid + self.aborted + self.contained)[:10],
        }


# -- checks ------------------------------------------------------------------------------


def check_article(article: Article) -> str | None:
    """What is wrong with ``article`` (an offset or normalisation invariant), or None."""
    text = article.text
    if not text.strip():
        return "empty text"
    if article.id != Article.make_id(text):
        return "id is not the hash of the text"
    if normalize_text(text) != text:
        return "text not in normal form"
    span = article.title_span
    if span is not None and (span.end > len(text) or span.text(text) != article.title):
        return "title span does not hold the title"
    for section in article.sections:
        if section.body.end > len(text) or section.label_span.text(text) != section.label:
            return "section span out of place"
    return None


def run(
    inputs: int,
    seconds: float,
    *,
    seed: int = 0,
    pipeline_every: int = 50,
    batch: int = 8,
    keep: Path | None = None,
    progress: bool = False,
    light: bool = False,
    slow: float = 0.0,
) -> Report:
    """Fuzz up to ``inputs`` inputs within ``seconds``; see the module docstring.

    ``light`` (the test suite's run) makes large inputs ten times smaller and draws text and
    JSON Lines more often than HTML and WARC, whose readers are slower. With ``slow``, an
    input whose ingest takes longer is listed (and its stack dumped while it runs).
    """
    rng = random.Random(seed)
    SCALE[0] = 0.1 if light else 1.0
    # the light run leans on the cheap readers; every format still comes up
    kinds = ["text", "jsonl", "text", "jsonl", "html", "warc"] if light else list(GENERATORS)
    report = Report()
    start = time.monotonic()
    pending: list[Article] = []
    pipeline = store = None
    with tempfile.TemporaryDirectory(prefix="fuzz-ingest-") as tmp:
        folder = Path(tmp)
        if pipeline_every:
            from reportedly.config import Settings
            from reportedly.pipeline import Pipeline
            from reportedly.store import Store

            pipeline = Pipeline(Settings(batch_size=batch))
            store = Store.open(folder / "fuzz.db")
        try:
            for n in range(inputs):
                if time.monotonic() - start > seconds:
                    break
                kind = kinds[n % len(kinds)]
                data = GENERATORS[kind](rng)
                path = folder / file_name(rng, n, kind)
                if path.suffix == ".gz":
                    data = gzip.compress(data)
                path.write_bytes(data)
                if rng.random() < 0.05:
                    sidecar = path.with_name(path.name.split(".")[0] + ".meta.json")
                    sidecar.write_bytes(json.dumps(json_value(rng)).encode()[:5000])
                report.inputs += 1
                report.kinds[kind] += 1
                began = time.monotonic()
                if slow:  # the stack of an input still running after ``slow`` seconds
                    faulthandler.dump_traceback_later(slow, exit=False)
                found = _ingest(path, data, report, keep)
                took = time.monotonic() - began
                if slow:
                    faulthandler.cancel_dump_traceback_later()
                    if took > slow:
                        report.slow.append(f"{path.name} ({kind}): {took:.0f} s")
                        _keep(keep, path.name, data)
                if pipeline is not None and rng.random() < 1 / pipeline_every:
                    pending.extend(found[:3])
                    if len(pending) >= batch:
                        _analyse(pipeline, store, pending, report)
                        pending = []
                for p in folder.iterdir():
                    if p.is_file() and p.suffix != ".db" and not p.name.startswith("fuzz.db"):
                        p.unlink()
                if progress and report.inputs % 1000 == 0:
                    print(json.dumps(report.summary()), file=sys.stderr, flush=True)
            if pipeline is not None and pending:
                _analyse(pipeline, store, pending, report)
        finally:
            if store is not None:
                store.close()
    report.seconds = time.monotonic() - start
    return report


def _ingest(path: Path, data: bytes, report: Report, keep: Path | None) -> list[Article]:
    found: list[Article] = []
    try:
        for item in read_paths([path]):
            if isinstance(item, InputError):
                report.input_errors[item.code] += 1
                continue
            report.articles += 1
            problem = check_article(item)
            if problem:
                report.invalid.append(f"{path.name}: {problem}")
                _keep(keep, path.name, data)
            else:
                found.append(item)
    except Exception as e:  # a crash: readers must yield InputErrors, never raise
        report.crashes.append(f"{path.name}: {type(e).__name__}: {e}".replace("\n", " ")[:300])
        _keep(keep, path.name, data, traceback.format_exc())
    return found


def _analyse(pipeline: Any, store: Any, articles: list[Article], report: Report) -> None:
    report.batches += 1
    try:
        analyses = list(pipeline.analyze_many(articles))
    except Exception as e:  # an aborted batch
        report.aborted.append(f"batch {report.batches}: {type(e).__name__}: {e}"[:300])
        return
    if len(analyses) != len(articles):
        report.aborted.append(f"batch {report.batches}: {len(analyses)} of {len(articles)}")
    for analysis in analyses:
        report.piped += 1
        for skip in analysis.skipped:
            if skip.code in CONTAINED:
                source = analysis.article.source
                report.contained.append(f"{source}: [{skip.code}] {skip.reason}"[:300])
        if any(s.code.startswith("E2") for s in analysis.skipped):
            continue
        try:
            store.save(analysis, replace=True)
        except ReportedlyError as e:
            report.crashes.append(f"{analysis.article.source}: store refused: {e}"[:300])


def _keep(keep: Path | None, name: str, data: bytes, trace: str = "") -> None:
    if keep is None:
        return
    keep.mkdir(parents=True, exist_ok=True)
    (keep / name).write_bytes(data)
    if trace:
        (keep / f"{name}.traceback.txt").write_text(trace, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--pipeline-every",
        type=int,
        default=50,
        help="send every Nth input's articles through the pipeline (0: ingest only)",
    )
    parser.add_argument("--keep", type=Path, help="write failing inputs to this folder")
    parser.add_argument("--progress", action="store_true", help="a summary every 1,000")
    parser.add_argument("--light", action="store_true", help="smaller inputs (the suite's run)")
    parser.add_argument("--slow", type=float, default=0.0, help="list inputs slower than this")
    args = parser.parse_args(argv)
    report = run(
        args.inputs,
        args.seconds,
        seed=args.seed,
        pipeline_every=args.pipeline_every,
        keep=args.keep,
        progress=args.progress,
        light=args.light,
        slow=args.slow,
    )
    print(json.dumps(report.summary(), indent=2, ensure_ascii=False))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
