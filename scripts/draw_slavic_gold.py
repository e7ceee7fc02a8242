"""Draw the texts of a new Russian or Ukrainian gold batch, and their split, by a seeded sample.

The same filters as the earlier batches (gold/ru/README.md, gold/uk/README.md), texts already
in either gold left out, and one more filter: a text that shares 30 % or more of its 6-word
shingles with a gold text or an earlier pick (SlavicNER holds several versions of some
articles) is skipped. Russian: per channel, posts of 60-1,100 characters holding a cue word,
shuffled, the first ``n`` taken; SlavicNER war-topic files of at most 3,700 bytes, sampled.
Ukrainian: per SlavicNER topic, texts of 700-3,600 characters with two or more cue hits;
ner-uk texts of 900-2,400 characters with three or more (« not counted there: ner-uk puts
names in «»); each pool sorted, shuffled, the first ``n`` taken. The picks are then shuffled
by ``random.Random(split_seed)`` and the first half made ``test``. Made before annotation.

    python scripts/draw_slavic_gold.py ru ../shared/data/ru-uk gold/ru/ru.jsonl gold/uk/uk.jsonl \
        --seed 2028 --split-seed 19
    python scripts/draw_slavic_gold.py uk ../shared/data/ru-uk gold/ru/ru.jsonl gold/uk/uk.jsonl \
        --seed 2029 --split-seed 21

Batch 4 (session 11): ``ru … --seed 2030 --split-seed 22 --news-max-bytes 4500`` (at 3,700 bytes
only 4 news files were left) and ``uk … --seed 2031 --split-seed 23``.
Batch 7 (session 27): ``ru … --seed 27021 --split-seed 27021 --news-max-bytes 10000 --skip-named
docs tests src`` and ``uk … --seed 27022 --split-seed 27022 --skip-named docs tests src`` (texts
that earlier sessions' fresh-text reads name in docs/ are left out; the ner-uk pool is empty).
Batch 8 (session 28): ``ru … --seed 28021 --split-seed 28021 --news-max-bytes 10000 --skip-named
docs tests src --fill-to 12`` (no news file is left: four more posts fill it) and ``uk … --seed
28022 --split-seed 28022 --skip-named docs tests src --fill-to 12`` (one ner-uk text fills it).
Calib batch (session 29): ``ru … --seed 29301 --split-seed 29301 --news-max-bytes 10000
--skip-named docs tests src gold/slavic-judgements --skip-named-any /work/coord/s28 /work/coord/s29
--fill-to 8 --split-name calib`` and ``uk … --seed 29302 --split-seed 29302 --skip-named docs
tests src gold/slavic-judgements --skip-named-any /work/coord/s28 /work/coord/s29 --size 8
--split-name calib`` (every pick ``calib``: blind, for choosing the confidence fit only).
Batch 6 (session 26): ``ru … --seed 26021 --split-seed 26021 --news-max-bytes 6000`` (one
news file of at most 4,500 bytes is left; four at 6,000 make 12) and ``uk … --seed 26021
--split-seed 26021 --size 12`` (one ner-uk file is left).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any

RU_CUE = re.compile(
    r"заявил|сказал|по словам|сообщил|сообщает|передает|передаёт|считает|отметил|пишет|«|— ",
    re.I,
)
UK_CUE = re.compile(
    r"«|за словами|як повідомля|заяви|сказа|повідоми|зазначи|поясни|розпові[вл]|наголоси"
    r"|вважа|каже|відповів|^\s*[-–—]",
    re.I | re.M,
)
RU_CHANNELS = {
    "РИА Новости": 2,
    "BBC News | Русская служба": 2,
    "Раньше всех. Ну почти.": 1,
    "Mash": 1,
    "Топор Live": 1,
    "Ньюсач/Двач": 1,
}
RU_NEWS = 8
UK_TOPICS = {
    "us_election_2020": 3,
    "nord_stream": 2,
    "covid-19": 2,
    "brexit": 2,
    "ryanair": 2,
    "asia_bibi": 1,
}
UK_NER = 4
WAR = "ru/russia_-_ukraine_war"


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _posts(root: Path) -> list[dict[str, str]]:
    lines = (root / "telegram-ru/posts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 6]) for i in range(len(words) - 5)}


class _Dedup:
    """Rejects a text that shares 30 % or more of its shingles with one already held."""

    def __init__(self, texts: list[str]) -> None:
        self.held = [_shingles(t) for t in texts]

    def admit(self, text: str) -> bool:
        sh = _shingles(text)
        if sh and any(len(sh & h) / len(sh) >= 0.3 for h in self.held):
            return False
        self.held.append(sh)
        return True


def _take(pool: list[tuple[str, str]], n: int, rng: random.Random, dedup: _Dedup) -> list[str]:
    pool = sorted(pool)
    rng.shuffle(pool)
    out: list[str] = []
    for key, text in pool:
        if len(out) == n:
            break
        if dedup.admit(text):
            out.append(key)
    return out


def _stem(key: str) -> str:
    """The part of an article name that docs and tests quote: a post id or a file's stem."""
    return re.split(r"[/:]", key)[-1].removesuffix(".txt")


def gold_records(paths: list[Path]) -> list[dict[str, Any]]:
    """The records of the gold JSONL files at ``paths``."""
    return [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def named_in(folders: list[Path], any_suffix: bool = False) -> set[str]:
    """Every word-like token (letters, digits, `_`, `-`, `.`) of the text files under folders.

    With ``any_suffix``, every file is read, whatever its name ends in (working folders hold
    logs, ``.err`` files and patches that name texts too).
    """
    words: set[str] = set()
    for folder in folders:
        for f in folder.rglob("*"):
            if f.is_file() and (
                any_suffix or f.suffix in {".md", ".py", ".yaml", ".json", ".jsonl", ".txt"}
            ):
                text = f.read_text(encoding="utf-8", errors="replace")
                words.update(m.removesuffix(".txt") for m in re.findall(r"[\w.-]+", text))
    return words


class _Taken:
    """Article names already in a gold file, or whose stem a doc, test or source file names."""

    def __init__(self, articles: set[str], named: set[str]) -> None:
        self.articles, self.named = articles, named

    def __contains__(self, article: str) -> bool:
        return article in self.articles or _stem(article) in self.named


def _post_pool(
    posts: list[dict[str, str]], channels: set[str], taken: _Taken, picked: list[str]
) -> list[tuple[str, str]]:
    """(id, text) of the channels' posts of 60-1,100 characters with a cue word, not yet taken."""
    return [
        (p["id"], p["text"])
        for p in posts
        if p["channel"] in channels
        and 60 <= len(p["text"]) <= 1100
        and f"telegram-ru:{p['id']}" not in taken
        and f"telegram-ru:{p['id']}" not in picked
        and RU_CUE.search(p["text"])
    ]


def draw_ru(
    root: Path, taken: _Taken, dedup: _Dedup, seed: int, max_bytes: int = 3700, fill_to: int = 0
) -> list[str]:
    """Article names of the Russian batch, in draw order (news files of at most ``max_bytes``).

    With ``fill_to``, a draw short of that many texts (the news pool runs dry) is filled with
    posts of any of the channels, drawn from their pooled posts by the same generator.
    """
    rng = random.Random(seed)
    posts = _posts(root)
    picked: list[str] = []
    for channel, n in RU_CHANNELS.items():
        pool = _post_pool(posts, {channel}, taken, picked)
        picked += [f"telegram-ru:{k}" for k in _take(pool, n, rng, dedup)]
    news = [
        (f"{WAR}/{f.name}", _read(f))
        for f in (root / "slavicner" / WAR).glob("*.txt")
        if f.stat().st_size <= max_bytes and f"slavicner:{WAR}/{f.name}" not in taken
    ]
    picked += [f"slavicner:{k}" for k in _take(news, RU_NEWS, rng, dedup)]
    if len(picked) < fill_to:
        pool = _post_pool(posts, set(RU_CHANNELS), taken, picked)
        picked += [f"telegram-ru:{k}" for k in _take(pool, fill_to - len(picked), rng, dedup)]
    return picked


def draw_uk(root: Path, taken: _Taken, dedup: _Dedup, seed: int, fill_to: int = 0) -> list[str]:
    """Article names of the Ukrainian batch, in draw order.

    With ``fill_to``, a draw short of that many texts is filled with ner-uk texts of 900-2,400
    characters holding two or more cue hits (the three-hit pool is empty since batch 6).
    """
    rng = random.Random(seed)
    picked: list[str] = []
    for topic, n in UK_TOPICS.items():
        pool = []
        for f in (root / "slavicner/uk" / topic).glob("*.txt"):
            text, key = _read(f), f"uk/{topic}/{f.name}"
            hits = len(UK_CUE.findall(text))
            if 700 <= len(text) <= 3600 and hits >= 2 and f"slavicner:{key}" not in taken:
                pool.append((key, text))
        picked += [f"slavicner:{k}" for k in _take(pool, n, rng, dedup)]
    picked += [f"ner-uk:{k}" for k in _take(_ner_uk_pool(root, taken, 3), UK_NER, rng, dedup)]
    if len(picked) < fill_to:
        pool = [(k, t) for k, t in _ner_uk_pool(root, taken, 2) if f"ner-uk:{k}" not in picked]
        picked += [f"ner-uk:{k}" for k in _take(pool, fill_to - len(picked), rng, dedup)]
    return picked


def _ner_uk_pool(root: Path, taken: _Taken, min_hits: int) -> list[tuple[str, str]]:
    """(key, text) of the ner-uk texts of 900-2,400 characters with ``min_hits`` cue hits (no «)."""
    pool = []
    for f in (root / "ner-uk/ng").glob("*.txt"):
        text, key = _read(f), f"ng/{f.name}"
        hits = [m for m in UK_CUE.findall(text) if m != "«"]
        if 900 <= len(text) <= 2400 and len(hits) >= min_hits and f"ner-uk:{key}" not in taken:
            pool.append((key, text))
    return pool


def _gold_text(root: Path, rec: dict[str, object]) -> str:
    src = rec["source"]
    assert isinstance(src, dict)
    if src["corpus"] == "telegram-ru":
        for post in _posts(root):
            if post["id"] == src["id"]:
                return str(post["text"])
        raise KeyError(src["id"])
    return _read(root / str(src["corpus"]) / str(src["path"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=["ru", "uk"])
    parser.add_argument("root", type=Path, help="the ru-uk data folder")
    parser.add_argument("gold", type=Path, nargs="+", help="existing gold files (JSONL)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--split-seed", type=int, required=True)
    parser.add_argument(
        "--news-max-bytes",
        type=int,
        default=3700,
        help="Russian news files of at most this size (the short ones run out by batch 4)",
    )
    parser.add_argument(
        "--skip-named",
        type=Path,
        nargs="*",
        default=[],
        help="leave out texts whose post id or file stem a file under these folders names",
    )
    parser.add_argument(
        "--fill-to",
        type=int,
        default=0,
        help="fill a draw short of this many texts: Russian with posts of any channel, "
        "Ukrainian with ner-uk texts of two or more cue hits",
    )
    parser.add_argument(
        "--size",
        type=int,
        default=0,
        help="keep a sample of this many picks (by the draw seed, in draw order) before the split",
    )
    parser.add_argument(
        "--skip-named-any",
        type=Path,
        nargs="*",
        default=[],
        help="as --skip-named, reading every file under these folders whatever its suffix",
    )
    parser.add_argument(
        "--split-name",
        default="",
        help="give every pick this split (a calibration batch) instead of halving dev/test",
    )
    args = parser.parse_args()
    recs = gold_records(args.gold)
    named = named_in(args.skip_named) | named_in(args.skip_named_any, any_suffix=True)
    taken = _Taken({r["article"] for r in recs}, named)
    dedup = _Dedup([_gold_text(args.root, r) for r in recs])
    if args.lang == "ru":
        drawn = draw_ru(args.root, taken, dedup, args.seed, args.news_max_bytes, args.fill_to)
    else:
        drawn = draw_uk(args.root, taken, dedup, args.seed, args.fill_to)
    if 0 < args.size < len(drawn):
        kept = sorted(random.Random(args.seed).sample(range(len(drawn)), args.size))
        drawn = [drawn[i] for i in kept]
    for name, split in zip(
        drawn, splits(len(drawn), args.split_seed, args.split_name), strict=True
    ):
        print(name, split)


def splits(n: int, split_seed: int, split_name: str = "") -> list[str]:
    """The split of each of ``n`` picks: all ``split_name`` if given, else half ``test``."""
    if split_name:
        return [split_name] * n
    order = list(range(n))
    random.Random(split_seed).shuffle(order)
    test = set(order[: n // 2])
    return ["test" if i in test else "dev" for i in range(n)]


if __name__ == "__main__":
    main()
