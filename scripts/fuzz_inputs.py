"""Generated inputs for ``fuzz_ingest.py``: a file of each format (text, HTML, JSON Lines,
WARC) from random bytes, random Unicode, deep nesting, huge lines, mixed encodings,
truncations and wrong field types, and the file names they go under."""

from __future__ import annotations

import codecs
import gzip
import json
import random
from collections.abc import Callable
from typing import Any

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


SCALE = [1.0]  # sizes of the large inputs; the test suite's light run shrinks them


def big(n: int) -> int:
    """``n`` scaled for this run (at least 1)."""
    return max(1, int(n * SCALE[0]))


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
