"""Benchmark reportedly against the spaCy floor and textacy, on the same PolNeAR articles.

Each variant runs in its own subprocess so its peak RSS (``ru_maxrss``) is its own:

  spacy          (a) ``nlp.pipe`` over the texts: the floor our pipeline sits on
  textacy        (b) (a) plus ``textacy.extract.triples.direct_quotations`` on the same docs
  reportedly-1   (c) reportedly extraction, no store, 1 process
  reportedly-N   (c) the same with all cores
  e2e            (d) ``reportedly run`` into a fresh SQLite store (skipped when unavailable)
  flat           reportedly over the articles repeated ``--repeat`` times, streamed: RSS growth

Usage::

    .venv/bin/python bench/bench_pipeline.py [--limit N] [--repeat K] [--rounds R]
        [--variants spacy,textacy,...] [--data DIR] [--json]

With ``--rounds R`` each variant runs R times and the fastest run is kept (the machine may be
shared). Times exclude loading the model (measured apart) except for ``e2e``, which is timed as a
user would see it (process start to exit). Quality is content-overlap F1 scored with
``reportedly.eval.scoring`` on PolNeAR gold, on direct quotations (textacy only finds those)
and, for reportedly, overall.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
from datetime import date
from typing import Any

from pipeline_variants import VARIANTS, child, read_texts

from reportedly.config import Settings

_WORD = re.compile(r"\w+")


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), cpu
            )
    except OSError:
        pass
    ram = "unknown"
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kib = int(next(ln for ln in f if ln.startswith("MemTotal")).split()[1])
            ram = f"{kib / 2**20:.1f} GiB"
    except (OSError, StopIteration):
        pass
    return {
        "date": date.today().isoformat(),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=None, help="articles (default: all dev)")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--data", default=None, help="PolNeAR dir (default ../shared/...)")
    parser.add_argument("--model", default=Settings().model)
    parser.add_argument("--repeat", type=int, default=3, help="passes for the flatness check")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--rounds", type=int, default=1, help="runs per variant; keep the fastest")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        child(args)
        return

    texts = list(read_texts(args))
    words = sum(len(_WORD.findall(t)) for t in texts)
    chars = sum(len(t) for t in texts)
    del texts
    results: dict[str, dict[str, Any]] = {}
    variants = args.variants.split(",")
    # rounds go round-robin over the variants, so a busy spell on a shared machine does not
    # land on one variant only; the fastest run of each is kept
    for n in range(args.rounds):
        for variant in variants:
            if "skipped" in results.get(variant, {}):
                continue
            command = [
                sys.executable,
                __file__,
                "--variant",
                variant,
                "--split",
                args.split,
                "--model",
                args.model,
                "--repeat",
                str(args.repeat),
            ]
            if args.limit:
                command += ["--limit", str(args.limit)]
            if args.data:
                command += ["--data", args.data]
            print(f"running {variant} ({n + 1}/{args.rounds}) …", file=sys.stderr, flush=True)
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                results[variant] = {"skipped": f"failed: {done.stderr.strip()[-400:]}"}
                continue
            result = json.loads(done.stdout.strip().splitlines()[-1])
            best = results.get(variant)
            if best is None or result.get("seconds", 0) < best.get("seconds", 0):
                results[variant] = result

    summary = {"machine": machine(), "words": words, "chars": chars, "results": results}
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(render(summary))


def render(summary: dict[str, Any]) -> str:
    m = summary["machine"]
    words = summary["words"]
    res = summary["results"]
    lines = [
        f"{m['date']} · {m['nproc']} CPU · {m['cpu']} · {m['ram']} RAM · Python {m['python']}",
        "",
        f"{'variant':<14} {'articles':>8} {'seconds':>8} {'art/s':>7} {'words/s':>9} "
        f"{'CPU s':>7} {'load s':>7} {'peak RSS MiB':>13} {'child MiB':>10}",
    ]
    for name, r in res.items():
        if "skipped" in r:
            lines.append(f"{name:<14} skipped: {r['skipped']}")
            continue
        secs = r["seconds"]
        per_pass_words = words * (r["articles"] / max(1, res.get("spacy", r)["articles"]))
        lines.append(
            f"{name:<14} {r['articles']:>8} {secs:>8.2f} {r['articles'] / secs:>7.2f} "
            f"{per_pass_words / secs:>9.0f} {r.get('cpu_seconds', 0):>7.2f} "
            f"{r.get('load_seconds', 0):>7.2f} "
            f"{r['rss_peak_mb']:>13.1f} {r['rss_children_peak_mb']:>10.1f}"
        )
    spacy = res.get("spacy", {})
    if "seconds" in spacy:
        lines.append("")
        lines.append("ratios to spacy (a): wall time / CPU time")
        for name in ("reportedly-1", "reportedly-N", "textacy", "e2e"):
            r = res.get(name, {})
            if "seconds" in r:
                lines.append(
                    f"  {name:<13} {r['seconds'] / spacy['seconds']:5.2f} / "
                    f"{r['cpu_seconds'] / spacy['cpu_seconds']:5.2f}"
                )
    one, many = res.get("reportedly-1", {}), res.get("reportedly-N", {})
    if "seconds" in one and "seconds" in many:
        speedup = one["seconds"] / many["seconds"]
        lines.append(
            f"wall-time speed-up, reportedly-N ({many['workers']} processes) over 1: {speedup:.2f}×"
        )
    if "doc_failures" in res.get("textacy", {}):
        lines.append(f"textacy documents that raised: {res['textacy']['doc_failures']}")
    lines += ["", "quality: content overlap F1 (direct quotations; all attributions)"]
    for name in ("textacy", "reportedly-1"):
        r = res.get(name, {})
        if "f1_direct" in r:
            lines.append(
                f"  {name:<13} direct P {r['p_direct']:.3f} R {r['r_direct']:.3f} "
                f"F1 {r['f1_direct']:.3f}; all F1 {r['f1_all']:.3f}"
            )
    flat = res.get("flat", {})
    if "rss_after_each_pass_mb" in flat:
        lines.append("")
        lines.append(
            f"memory flatness: RSS after each of {len(flat['rss_after_each_pass_mb'])} passes "
            f"{flat['rss_after_each_pass_mb']} MiB; growth {flat['growth_mb']} MiB"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
