"""Check speakers on a real corpus: duplicates of registry people, and unresolved speakers.

Runs the pipeline over a folder of articles into a store (a temporary one unless ``--db`` is
given; with ``--reuse`` an existing store is only read), each article dated by its file name
when that starts with a timestamp (as in warnews-en; ``--no-dates`` to leave them undated),
then counts:

- actors that duplicate a registry person: a store-created actor (any kind) whose name, with
  honorifics and titles stripped, ends in a name a registry person goes by alone (the last
  word of their names, or the registry's ``goes_by``: "Lula", so a company "Silva" is no
  duplicate of Luiz Inácio Lula da Silva) and whose given names,
  if any, are that person's (allowing a typo: "Vladamir Putin"), so it should have been
  linked to that person; names several registry people share ("Johnson") are counted apart,
  since no name alone can link them;
- statements whose speaker is unresolved (no store actor), with the speaker texts most often
  left so: their share among all statements, and among speech statements (``act ==
  "speech"``), on which issue 13 sets its target (≤ 10%);
- with ``--gold`` (the statement gold of the corpus) and ``--split``, the unresolved speech
  statements of the gold's articles split into named but unresolved, rightly unresolved (the
  gold names nobody) and false statements, and the gold's floor: the share of its speech
  statements whose speaker the text does not name (``speakers_gold_split``; statement lists
  for ``--split dev`` only, counts only for test).

    nice .venv/bin/python scripts/check_speakers_corpus.py [FOLDER] [--workers 2] [--top 15]
        [--db FILE [--reuse]] [--gold FILE|DIR ... [--split dev|test|all]] [--json]

FOLDER defaults to ../shared/data/warnews-en/articles (250 articles, a few minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime
import difflib
import json
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from speakers_gold_split import SPLITS, floor, gold_split, print_floor, print_split

from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry, default_registry
from reportedly.eval.gold import gold_files, load_gold
from reportedly.model import Article

_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T")
DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / ".." / "shared/data/warnews-en/articles"


def _dated(article: Article) -> Article:
    """``article`` with the publication date its file name starts with (warnews-en names
    its files ``YYYYMMDDTHHMMSSZ_…``), when it has none of its own."""
    match = _STAMP.match(Path(article.source or "").name)
    if article.published is not None or match is None:
        return article
    try:
        published = datetime.date(*(int(g) for g in match.groups()))
    except ValueError:
        return article
    return dataclasses.replace(article, published=published)


def run_folder(folder: Path, db: Path, workers: int, *, dates: bool = True) -> int:
    """Analyse every article under ``folder`` into the store at ``db``; return how many."""
    from reportedly.config import Settings
    from reportedly.ingest import read_paths
    from reportedly.pipeline import Pipeline
    from reportedly.store import Store

    pipeline = Pipeline(Settings(workers=workers))
    n = 0
    with Store.open(db) as store:
        store.registry = pipeline.registry
        articles = (
            _dated(a) if dates else a for a in read_paths([folder]) if isinstance(a, Article)
        )
        for analysis in pipeline.analyze_many(articles):
            store.save(analysis, replace=True)
            n += 1
    return n


def _registry_people(registry: ActorRegistry) -> dict[tuple[str, ...], dict[str, set[str]]]:
    """The words of each name a registry person goes by alone (folded: "peskov", "lula",
    "lopez obrador"; ``Actor.alone_names``) -> person id -> the given-name words written
    before it in the person's names (for a ``goes_by`` name written alone only, the first
    words of their full names)."""
    people: dict[tuple[str, ...], dict[str, set[str]]] = collections.defaultdict(dict)
    for actor in registry:
        if actor.type != "person":
            continue
        full = [fold(n).split() for n in actor.names]
        for alone in actor.alone_names:
            tail = tuple(fold(alone).split())
            if not tail:
                continue
            given = people[tail].setdefault(actor.id, set())
            n = len(tail)
            for words in full:
                if len(words) > n and tuple(words[-n:]) == tail:
                    given.update(words[:-n])
            if not given and actor.goes_by:  # "Lula", written alone only: his full names'
                given.update(words[0] for words in full if len(words) > 1)
    return people


def _same_person(given: list[str], known: set[str]) -> bool:
    """Whether a store actor's given-name words name the registry person's (typos allowed:
    "Vladamir" is Vladimir; "Clifford" is not Theresa)."""
    if not given or not known:
        return True  # a bare surname
    return any(difflib.SequenceMatcher(None, g, k).ratio() >= 0.75 for g in given for k in known)


def _duplicate_of(
    name: str, people: dict[tuple[str, ...], dict[str, set[str]]], honorifics: frozenset[str]
) -> list[str]:
    """The registry people a store actor named ``name`` should have been linked to: its name
    ends in a name one goes by alone ("Silva" is not Lula's), after given names of theirs."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in honorifics:
        words.pop(0)
    found: set[str] = set()
    for n in range(1, len(words) + 1):
        owners = people.get(tuple(words[-n:]), {})
        found |= {pid for pid, given in owners.items() if _same_person(words[:-n], given)}
    return sorted(found)


def check(conn: sqlite3.Connection, registry: ActorRegistry, top: int) -> dict[str, Any]:
    """The corpus figures of the store behind ``conn``."""
    people = _registry_people(registry)
    shared = {fold(a) for a in registry.ambiguous_aliases}
    held = collections.Counter(
        str(r[0])
        for r in conn.execute("SELECT linked_actor FROM statements WHERE linked_actor IS NOT NULL")
    )
    duplicates: list[dict[str, Any]] = []
    ambiguous: list[dict[str, Any]] = []
    for actor_id, name, kind in conn.execute(
        "SELECT id, name, kind FROM actors WHERE origin = 'store' AND merged_into IS NULL"
    ):
        found = _duplicate_of(str(name), people, registry.honorifics)
        if not found:
            continue
        row = {
            "actor": actor_id,
            "name": name,
            "kind": kind,
            "registry": found,
            "statements": held[actor_id],
        }
        bare = len(fold(str(name)).split()) == 1
        (
            ambiguous if len(found) > 1 or (bare and fold(str(name)) in shared) else duplicates
        ).append(row)
    total = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    unresolved = collections.Counter(
        (str(r[0]) if r[0] else "(no speaker)")
        for r in conn.execute("SELECT speaker_text FROM statements WHERE linked_actor IS NULL")
    )
    n_unresolved = sum(unresolved.values())
    # the target is set on speech statements: beliefs, intents and other acts often have
    # no speaker to name ("the plan envisages …")
    speech = conn.execute("SELECT count(*) FROM statements WHERE act = 'speech'").fetchone()[0]
    speech_unresolved = conn.execute(
        "SELECT count(*) FROM statements WHERE act = 'speech' AND linked_actor IS NULL"
    ).fetchone()[0]
    order = sorted(duplicates, key=lambda r: (-r["statements"], r["actor"]))
    return {
        "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
        "statements": total,
        "duplicate_actors": len(duplicates),
        "duplicate_statements": sum(r["statements"] for r in duplicates),
        "ambiguous_surname_actors": len(ambiguous),
        "unresolved_statements": n_unresolved,
        "unresolved_share": round(n_unresolved / total, 4) if total else 0.0,
        "speech_statements": speech,
        "unresolved_speech_statements": speech_unresolved,
        "unresolved_speech_share": round(speech_unresolved / speech, 4) if speech else 0.0,
        "top_duplicates": order[:top],
        "top_ambiguous": sorted(ambiguous, key=lambda r: -r["statements"])[:top],
        "top_unresolved": unresolved.most_common(top),
    }


def _print(report: dict[str, Any]) -> None:
    print(f"articles {report['articles']}, statements {report['statements']}")
    print(
        f"duplicate actors of registry people: {report['duplicate_actors']}"
        f" ({report['duplicate_statements']} statements);"
        f" single shared surnames: {report['ambiguous_surname_actors']}"
    )
    print(
        f"unresolved speakers: {report['unresolved_statements']}"
        f" ({report['unresolved_share']:.1%} of statements);"
        f" of speech statements: {report['unresolved_speech_statements']}"
        f" of {report['speech_statements']}"
        f" ({report['unresolved_speech_share']:.1%}; target ≤ 10%)"
    )
    for title, rows in (
        ("duplicates", report["top_duplicates"]),
        ("shared surnames", report["top_ambiguous"]),
    ):
        if rows:
            print(f"top {title}:")
            for r in rows:
                who = ", ".join(r["registry"])
                print(f"  {r['statements']:4d}  {r['actor']} ({r['kind']}) ~ {who}")
    print("top unresolved speaker texts:")
    for text, n in report["top_unresolved"]:
        print(f"  {n:4d}  {text!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, nargs="?", default=DEFAULT_FOLDER)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--db", type=Path, help="store to write (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="only read the store given by --db")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument(
        "--no-dates",
        action="store_true",
        help="do not date articles by their file names (titles then resolve in-article only)",
    )
    ap.add_argument(
        "--gold", type=Path, nargs="+", help="statement gold files or folders of the corpus"
    )
    ap.add_argument(
        "--split", choices=SPLITS, default="dev", help="gold split to break down (default dev)"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.reuse and args.db is None:
        ap.error("--reuse needs --db")
    if not args.reuse and not args.folder.is_dir():
        print(f"{args.folder}: not a folder of articles", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "check.db"
        started = time.perf_counter()
        if not args.reuse:
            run_folder(args.folder, db, args.workers, dates=not args.no_dates)
        conn = sqlite3.connect(db)
        try:
            report = check(conn, default_registry(), args.top)
            if args.gold:
                gold = load_gold(gold_files(args.gold))
                report["gold_split"] = gold_split(conn, gold, args.split)
                report["gold_floor"] = floor(gold)
        finally:
            conn.close()
        report["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print(report)
        if "gold_split" in report:
            print_split(report["gold_split"])
            print_floor(report["gold_floor"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
