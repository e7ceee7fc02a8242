"""Quote traces for people (text with the word differences marked) and for programs (JSON)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from reportedly.provenance.outlets import OutletRegistry, default_registry
from reportedly.provenance.quote_diff import WordEdit
from reportedly.provenance.trace import QuoteTrace, QuoteVersion

# Unchanged runs longer than this are shortened to their first and last words.
KEEP_EQUAL = 6
Style = Callable[..., str]


def _plain(text: str, **_: Any) -> str:
    return text


def render_edits(edits: tuple[WordEdit, ...], *, color: bool = False) -> str:
    """A version's words with the changes marked.

    Without colour: ``[-removed-]``, ``{+added+}``, ``~old→new~`` for spelling,
    ``(…omitted: …)`` for omissions, ``⟨[gloss - ed.]⟩`` for editors' insertions. Long
    unchanged runs are shortened with ``…``.
    """
    style: Style = click.style if color else _plain
    parts: list[str] = []
    for n, e in enumerate(edits):
        words = " ".join(e.after)
        old = " ".join(e.before)
        if e.op == "equal":
            shown = list(e.after)
            if len(shown) > 2 * KEEP_EQUAL:
                head = shown[:KEEP_EQUAL] if n > 0 else []
                tail = shown[-KEEP_EQUAL:] if n < len(edits) - 1 else []
                shown = [*head, "…", *tail] if head or tail else [*shown[:KEEP_EQUAL], "…"]
            parts.append(" ".join(shown))
        elif e.op == "gloss":
            parts.append(style(f"⟨{words}⟩" if not color else words, fg="yellow"))
        elif e.op == "omission":
            parts.append(style(f"(…omitted: {old})" if not color else f"(…{old})", dim=True))
        elif e.op == "spelling":
            parts.append(style(f"~{old}→{words}~" if not color else words, fg="cyan"))
        else:
            if old:
                parts.append(
                    style(f"[-{old}-]" if not color else old, fg="red", strikethrough=True)
                )
            if words:
                parts.append(style(f"{{+{words}+}}" if not color else words, fg="green", bold=True))
    return " ".join(p for p in parts if p)


def _outlet_line(v: QuoteVersion, registry: OutletRegistry) -> str:
    r = v.record
    name = r.outlet or "(outlet unknown)"
    if r.outlet_id is not None and r.outlet_id in registry:
        outlet = registry.by_id(r.outlet_id)
        facts = [outlet.kind.replace("_", " "), outlet.country or "", outlet.affiliation]
        name += " [" + " · ".join(f for f in facts if f and f != "unknown") + "]"
    return name


def render_trace(
    trace: QuoteTrace, *, color: bool = False, registry: OutletRegistry | None = None
) -> str:
    """The versions of a traced quote, oldest first, the earliest marked, differences shown."""
    outlets = registry or default_registry()
    style: Style = click.style if color else _plain
    query = trace.query if len(trace.query) <= 90 else trace.query[:89] + "…"
    lines = [f'Tracing "{query}"']
    if not trace.versions:
        lines.append(f"No stored statement matches it (similarity threshold {trace.threshold:g}).")
        return "\n".join(lines)
    articles = len({v.record.article_id for v in trace.versions})
    first = trace.earliest
    when = (
        f"earliest known report: {first[0].record.published}"
        if first and first[0].record.published
        else "no dated report"
    )
    lines.append(f"{len(trace.versions)} version(s) in {articles} article(s); {when}.")
    for n, v in enumerate(trace.versions, 1):
        r = v.record
        mark = style("★ earliest", fg="green", bold=True) if v.earliest else ""
        date = r.published.isoformat() if r.published else "undated"
        flag = ""
        if v.material:
            flag = style("MATERIAL CHANGE", fg="red", bold=True)
        elif v.edits:
            flag = "no material change"
        head = "  ".join(x for x in (f"{n:>2}. {date}", _outlet_line(v, outlets), mark, flag) if x)
        lines.append(head)
        details = [f"speaker: {r.speaker or 'unknown'}"]
        if r.sources:
            details.append("via " + ", ".join(r.sources))
        details.append(f"similarity {v.score:g}")
        details.append(f"statement {r.statement_id[:12]}")
        lines.append("      " + " · ".join(details))
        if r.title or r.url:
            lines.append("      " + " · ".join(x for x in (r.title, r.url) if x))
        if trace.reference == r.statement_id:
            lines.append(f"      reference wording: “{r.text}”")
        else:
            lines.append("      " + render_edits(v.edits, color=color))
    return "\n".join(lines)


def trace_to_dict(trace: QuoteTrace) -> dict[str, Any]:
    """The trace as JSON-ready data (for ``reportedly trace --json``)."""
    return {
        "query": trace.query,
        "threshold": trace.threshold,
        "reference": trace.reference,
        "versions": [
            {
                "statement_id": v.record.statement_id,
                "article_id": v.record.article_id,
                "published": v.record.published.isoformat() if v.record.published else None,
                "outlet": v.record.outlet,
                "outlet_id": v.record.outlet_id,
                "title": v.record.title,
                "url": v.record.url,
                "speaker": v.record.speaker,
                "sources": list(v.record.sources),
                "text": v.record.text,
                "score": v.score,
                "earliest": v.earliest,
                "material": v.material,
                "edits": [
                    {"op": e.op, "before": list(e.before), "after": list(e.after)}
                    | {"material": e.material}
                    for e in v.edits
                ],
            }
            for v in trace.versions
        ],
    }
