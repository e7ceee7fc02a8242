"""Split a store's unresolved speech statements by the statement gold (issue 13).

Part of ``scripts/check_speakers_corpus.py --gold``. Each gold article's stored statements
(all acts) are aligned one to one with its gold statements (all acts) as ``reportedly eval
gold`` aligns them (token overlap ≥ 0.5 of the larger side). An unresolved speech statement
(no store actor) is then

- *named but unresolved*: it matches a gold statement whose speaker the text names (the gold
  ``canonical`` is set), so the system should have resolved it;
- *rightly unresolved*: it matches a gold statement with no nameable speaker (``canonical``
  null: "officials said", a source, nobody);
- *unmatched*: it matches no gold statement (a false statement).

A resolved speech statement that matches a gold statement with no nameable speaker is
counted too (*resolved where the gold names nobody*): cutting the unresolved must not grow
it. The gold-level floor is the share of gold speech statements whose speaker the text does
not name: no system can resolve those.

Lists of statements are given for dev articles only (never for test).
"""

from __future__ import annotations

import collections
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportedly.eval.gold import GoldArticle, GoldStatement
from reportedly.eval.gold_texts import realign
from reportedly.eval.scoring import OVERLAP_THRESHOLD, align_contents
from reportedly.eval.text_index import TextIndex
from reportedly.model import Span

SPLITS = ("dev", "test", "all")


def floor(gold: Sequence[GoldArticle]) -> dict[str, Any]:
    """The share of gold speech statements whose speaker the text does not name (all
    articles given, aggregate), by the gold speaker type."""
    speech = [s for a in gold for s in a.statements if s.act == "speech"]
    nameless = [s for s in speech if s.canonical is None]
    by_type = collections.Counter(s.speaker_type for s in nameless)
    return {
        "articles": len(gold),
        "gold_speech_statements": len(speech),
        "nameless_speech_statements": len(nameless),
        "nameless_share": round(len(nameless) / len(speech), 4) if speech else 0.0,
        "nameless_by_type": dict(by_type.most_common()),
    }


def _annotated_text(source: str, stored: str) -> str:
    """The text the gold's offsets are into: the article file as read (newlines kept), else
    the stored text."""
    try:
        with Path(source).open(encoding="utf-8", newline="") as f:
            return f.read()
    except (OSError, UnicodeDecodeError):
        return stored


def _contents(raw: str) -> tuple[Span, ...]:
    return tuple(Span(int(part["start"]), int(part["end"])) for part in json.loads(raw))


def _row(
    name: str, speaker_text: str | None, content: str, gold: GoldStatement | None
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article": name,
        "speaker_text": speaker_text,
        "content": content[:90],
    }
    if gold is not None:
        row |= {
            "gold_speaker": gold.speaker_text,
            "gold_type": gold.speaker_type,
            "gold_canonical": gold.canonical,
        }
    return row


def gold_split(conn: sqlite3.Connection, gold: Sequence[GoldArticle], split: str) -> dict[str, Any]:
    """The unresolved speech statements of the stored articles ``gold`` annotates in
    ``split`` ("dev", "test" or "all"), by what they match in the gold; lists for dev only."""
    chosen = {a.name: a for a in gold if split == "all" or a.split == split}
    counts: collections.Counter[str] = collections.Counter()
    named_types: collections.Counter[str] = collections.Counter()
    lists: dict[str, list[dict[str, Any]]] = {"named_unresolved": [], "unmatched": []}
    seen: set[str] = set()
    for article_id, source, stored in conn.execute("SELECT id, source, text FROM articles"):
        name = Path(str(source)).name
        article = chosen.get(name)
        if article is None:
            continue
        seen.add(name)
        text = str(stored)
        article = realign(article, _annotated_text(str(source), text), text)
        rows = conn.execute(
            "SELECT content, content_text, act, speaker_text, linked_actor FROM statements"
            " WHERE article_id = ? ORDER BY position",
            (article_id,),
        ).fetchall()
        index = TextIndex(text)
        pairs = align_contents(
            [index.tokens(g.content) for g in article.statements],
            [index.tokens(_contents(str(r[0]))) for r in rows],
        )
        gold_of = {
            p.predicted: article.statements[p.gold] for p in pairs if p.ratio >= OVERLAP_THRESHOLD
        }
        listed = article.split == "dev" and split == "dev"
        for n, (_, content, act, speaker_text, linked) in enumerate(rows):
            if act != "speech":
                continue
            g = gold_of.get(n)
            counts["speech_statements"] += 1
            if linked is not None:
                if g is not None and g.canonical is None:
                    counts["resolved_where_gold_names_nobody"] += 1
                continue
            counts["unresolved_speech_statements"] += 1
            if g is None:
                key = "unmatched"
            elif g.canonical is None:
                key = "rightly_unresolved"
            else:
                key = "named_unresolved"
                named_types[g.speaker_type] += 1
            counts[key] += 1
            if listed and key in lists:
                lists[key].append(_row(name, speaker_text, str(content), g))
    speech = counts["speech_statements"]
    report: dict[str, Any] = {
        "split": split,
        "articles": len(seen),
        "articles_not_in_store": len(set(chosen) - seen),
        **{
            k: counts[k]
            for k in (
                "speech_statements",
                "unresolved_speech_statements",
                "named_unresolved",
                "rightly_unresolved",
                "unmatched",
                "resolved_where_gold_names_nobody",
            )
        },
        "named_unresolved_share": round(counts["named_unresolved"] / speech, 4) if speech else 0.0,
        "named_unresolved_by_gold_type": dict(named_types.most_common()),
    }
    if split == "dev":
        report["lists"] = lists
    return report


def print_split(report: dict[str, Any]) -> None:
    """Print a :func:`gold_split` report (and its lists, dev only)."""
    speech = report["speech_statements"]
    print(
        f"gold split {report['split']}: {report['articles']} articles"
        f" ({report['articles_not_in_store']} not in the store), {speech} speech statements,"
        f" {report['unresolved_speech_statements']} unresolved:"
        f" {report['named_unresolved']} named but unresolved"
        f" ({report['named_unresolved_share']:.1%} of speech statements),"
        f" {report['rightly_unresolved']} rightly unresolved,"
        f" {report['unmatched']} match no gold statement;"
        f" {report['resolved_where_gold_names_nobody']} resolved where the gold names nobody"
    )
    print(f"  named but unresolved by gold speaker type: {report['named_unresolved_by_gold_type']}")
    for key, rows in report.get("lists", {}).items():
        print(f"{key.replace('_', ' ')} (dev):")
        for r in rows:
            wanted = f" -> {r['gold_canonical']!r} ({r['gold_type']})" if "gold_type" in r else ""
            print(f"  {r['article'][:28]}  {r['speaker_text']!r}{wanted}  | {r['content']}")


def print_floor(report: dict[str, Any]) -> None:
    """Print a :func:`floor` report."""
    print(
        f"gold floor ({report['articles']} articles): {report['nameless_speech_statements']}"
        f" of {report['gold_speech_statements']} gold speech statements"
        f" ({report['nameless_share']:.1%}) have no speaker the text names:"
        f" {report['nameless_by_type']}"
    )
