"""Time how long ingest takes to refuse an oversized page (E104) and to read a normal one.

The unit suite checks that an oversized page never reaches the HTML parser; how long the
refusal takes depends on the machine, so it is measured here and not asserted there.

Usage::

    .venv/bin/python bench/bench_ingest.py [--megabytes 20.1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from reportedly.errors import InputError
from reportedly.ingest import read_html

PARAGRAPH = "<p>" + "The minister said the talks would continue next week. " * 20 + "</p>\n"


def page(size: int) -> bytes:
    body = PARAGRAPH * (size // len(PARAGRAPH) + 1)
    return f"<html><head><title>T</title></head><body>{body}</body></html>".encode()


def seconds(data: bytes) -> float:
    started = time.perf_counter()
    try:
        read_html(data, source="bench.html")
    except InputError as e:
        if e.code != "E104":
            raise
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=20.1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for label, data in [
        (f"refuse {args.megabytes:g} MB page", page(int(args.megabytes * 1_000_000))),
        ("read 20 kB page", page(20_000)),
    ]:
        times = [seconds(data) for _ in range(args.repeat)]
        print(f"{label:>24}: median {statistics.median(times):.3f}s, max {max(times):.3f}s")


if __name__ == "__main__":
    main()
