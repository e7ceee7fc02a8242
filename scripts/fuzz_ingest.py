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
import codecs
import faulthandler
import gzip
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportedly.errors import InputError, ReportedlyError
from reportedly.ingest import normalize_text, read_paths
from reportedly.model import Article

WORDS = [
    "Peskov",
    "said",
    "talks",
    "were",
    "over",
    "according",
    "to",
    "TASS",
    "the",
    "minister",
    "told",
    "reporters",
    "on",
    "Friday",
    "that",
    "Kyiv",
    "would",
    "not",
    "agree",
    "Lavrov",
    "claimed",
    "“we",
    "will",
    "never”",
    "‘yes’",
    "—",
    "Biden",
    "stated:",
    "officials",
    "added",
    "sources",
    "reported",
    "Zelensky",
    "warned",
    "Moscow",
    "denied",
    "café",
    "Señor",
    "São",
    "Wałęsa",
    "Київ",
    "Москва",
    "сказал",
    "заявил",
    "会談",
    "في",
    "قال",
]
ENCODINGS = ("utf-8", "cp1252", "cp1250", "cp1251", "koi8-r", "latin-1", "utf-16", "shift_jis")
SUFFIXES = {"text": ".txt", "html": ".html", "jsonl": ".jsonl", "warc": ".warc"}
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


# -- generators --------------------------------------------------------------------------

_SCALE = [1.0]  # sizes of the large inputs; the test suite's light run shrinks them


def big(n: int) -> int:
    """``n`` scaled for this run (at least 1)."""
    return max(1, int(n * _SCALE[0]))


def words(rng: random.Random, n: int) -> str:
    out = []
    for i in range(n):
        out.append(rng.choice(WORDS))
        if rng.random() < 0.12:
            out[-1] += rng.choice(".,;:!?")
        if rng.random() < 0.05:
            out.append('"' if i % 2 else "\n\n")
    return " ".join(out)


def random_unicode(rng: random.Random, n: int) -> str:
    chars = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            chars.append(chr(rng.randrange(32, 127)))
        elif r < 0.7:
            chars.append(rng.choice("\n\r\t\x00\x0b\x0c\x85\u2028\u2029\ufeff\u200b"))
        else:
            cp = rng.randrange(0x80, 0x110000)
            if 0xD800 <= cp <= 0xDFFF:
                cp = 0xFFFD
            chars.append(chr(cp))
    return "".join(chars)


def encode(rng: random.Random, text: str) -> bytes:
    encoding = rng.choice(ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.1:
        data = rng.choice((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)) + data
    return data


def prose(rng: random.Random) -> str:
    title = words(rng, rng.randrange(0, 9)).replace("\n", " ") if rng.random() < 0.7 else ""
    body = words(rng, rng.randrange(1, 300))
    return f"{title}\n\n{body}" if title else body


def mutate(rng: random.Random, data: bytes) -> bytes:
    """Truncate, flip, splice in random bytes or another encoding."""
    r = rng.random()
    if not data or r < 0.4:
        return data
    if r < 0.6:
        return data[: rng.randrange(len(data))]
    if r < 0.75:
        b = bytearray(data)
        for _ in range(rng.randrange(1, 10)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if r < 0.9:
        cut = rng.randrange(len(data))
        return data[:cut] + encode(rng, random_unicode(rng, 50)) + data[cut:]
    return data + rng.randbytes(rng.randrange(1, 200))


def gen_text(rng: random.Random) -> bytes:
    r = rng.random()
    if r < 0.35:
        data = encode(rng, prose(rng))
    elif r < 0.5:
        data = rng.randbytes(rng.randrange(0, 3000))
    elif r < 0.65:
        data = encode(rng, random_unicode(rng, rng.randrange(0, 3000)))
    elif r < 0.75:  # mixed encodings in one file
        data = b"\n\n".join(encode(rng, prose(rng)) for _ in range(rng.randrange(2, 5)))
    elif r < 0.8:  # a huge line
        data = (words(rng, 20).replace("\n", " ") + " ").encode() * rng.randrange(
            100, big(8000) + 101
        )
    elif r < 0.85:
        data = b""
    else:
        data = encode(rng, "\n" * rng.randrange(0, 50) + prose(rng) + " " * rng.randrange(50))
    return mutate(rng, data)


def nested_html(rng: random.Random, depth: int) -> str:
    tags = ("div", "p", "span", "article", "section", "b", "table", "td", "ul", "li", "a")
    opened = [rng.choice(tags) for _ in range(depth)]
    inner = words(rng, rng.randrange(1, 80))
    closing = "".join(f"</{t}>" for t in reversed(opened)) if rng.random() < 0.7 else ""
    return "".join(f"<{t}>" for t in opened) + inner + closing


def gen_html(rng: random.Random) -> bytes:
    r = rng.random()
    head = ""
    if rng.random() < 0.5:
        charset = rng.choice(("utf-8", "windows-1251", "bogus-charset", "latin-1", "utf-16"))
        head = f'<meta charset="{charset}"><title>{words(rng, 5)}</title>'
        if rng.random() < 0.3:
            head += '<meta property="article:published_time" content="2022-13-45T99:00">'
    if r < 0.4:
        paragraphs = "".join(f"<p>{words(rng, rng.randrange(1, 60))}</p>" for _ in range(20))
        body = f"<article><h1>{words(rng, 6)}</h1>{paragraphs}</article>"
    elif r < 0.55:
        body = nested_html(rng, rng.choice((10, 100, big(1000), big(5000))))
    elif r < 0.7:
        body = random_unicode(rng, rng.randrange(0, 2000))
    elif r < 0.8:
        body = "<script>" + "x" * rng.randrange(0, big(50000)) + "</script>" + words(rng, 20)
    elif r < 0.9:
        body = "&amp;" * rng.randrange(1, big(20000)) + "<p " + "a=b " * rng.randrange(1, big(5000))
    else:
        body = f"<p>{words(rng, 50)}</p>" * rng.randrange(1, 400)
    page = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return mutate(rng, encode(rng, page) if rng.random() < 0.3 else page.encode())


def json_value(rng: random.Random, depth: int = 0) -> Any:
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice((None, True, 0, -1, 1e308, 2**70, "", words(rng, 5), [], {}))
    if r < 0.6:
        return [json_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    return {rng.choice(("title", "date", "x")): json_value(rng, depth + 1)}


def gen_jsonl(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.randrange(1, 6)):
        r = rng.random()
        if r < 0.4:
            record: Any = {"text": prose(rng)}
            for key in ("title", "published", "outlet", "url", "authors", "language"):
                if rng.random() < 0.4:
                    record[key] = json_value(rng) if rng.random() < 0.3 else words(rng, 3)
            if rng.random() < 0.2:
                record["published"] = rng.choice(("2022-02-30", "yesterday", "99999999999"))
            line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        elif r < 0.55:
            line = json.dumps({"html": gen_html(rng).decode("utf-8", "replace")})
        elif r < 0.65:  # deep nesting: the reader must not recurse into a crash
            depth = rng.choice((100, 1000, 100000))
            line = '{"text": ' + "[" * depth + "]" * depth + "}"
        elif r < 0.75:
            line = json.dumps(json_value(rng))
        elif r < 0.85:
            line = '{"text": "' + "a" * rng.randrange(1, big(300000)) + '"'
        else:
            line = random_unicode(rng, rng.randrange(0, 500))
        lines.append(line)
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    if rng.random() < 0.1:
        data = gzip.compress(data)
    return mutate(rng, data)


def warc_record(rng: random.Random, html: bytes) -> bytes:
    status = rng.choice((200, 200, 200, 404, 301))
    ctype = rng.choice(("text/html; charset=utf-8", "text/html", "image/png", "text/plain"))
    http = f"HTTP/1.1 {status} OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + html
    length = len(http) if rng.random() < 0.8 else rng.randrange(0, len(http) * 2 + 1)
    headers = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{rng.getrandbits(64):016x}>\r\n"
        f"WARC-Date: {rng.choice(('2022-01-25T09:00:00Z', 'not-a-date'))}\r\n"
        "WARC-Target-URI: https://example.com/a\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
    )
    return headers.encode() + http + b"\r\n\r\n"


def gen_warc(rng: random.Random) -> bytes:
    if rng.random() < 0.15:
        return b"WARC/1.0\r\n" + rng.randbytes(rng.randrange(0, 2000))
    data = b"".join(warc_record(rng, gen_html(rng)) for _ in range(rng.randrange(1, 4)))
    if rng.random() < 0.2:
        data = gzip.compress(data)
    return mutate(rng, data)


GENERATORS: dict[str, Callable[[random.Random], bytes]] = {
    "text": gen_text,
    "html": gen_html,
    "jsonl": gen_jsonl,
    "warc": gen_warc,
}


def file_name(rng: random.Random, n: int, kind: str) -> str:
    stem = f"{n:06d}"
    if rng.random() < 0.2:
        stem = rng.choice(("20220125T090000Z_", "2022-01-25_", "2022-13-45_", "99999999_")) + stem
    suffix = "" if rng.random() < 0.1 else SUFFIXES[kind]
    if suffix and rng.random() < 0.05:
        suffix += ".gz"
    return stem + suffix


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
    _SCALE[0] = 0.1 if light else 1.0
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
