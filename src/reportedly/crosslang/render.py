"""Cross-language traces for people (the pair side by side) and for programs (JSON)."""

from __future__ import annotations

from typing import Any

from reportedly.crosslang.match import CrossTrace
from reportedly.crosslang.records import StoredStatement

LANGUAGES = {"en": "English", "ru": "Russian", "uk": "Ukrainian"}


def language_name(code: str) -> str:
    """``"ru"`` → ``"Russian"``; an unknown code as it is."""
    return LANGUAGES.get(code, code)


def _where(s: StoredStatement) -> str:
    day = s.published.isoformat() if s.published else "undated"
    return f"{day} · {s.outlet or 'outlet unknown'} · {language_name(s.language)}"


def render_crosslang(trace: CrossTrace) -> str:
    """The seed and each original found, one under the other, with the score."""
    seed = trace.seed
    lines = [f"Originals in other languages ({trace.matcher} matcher, ±{trace.days} days):"]
    if trace.note:
        lines.append(f"  {trace.note}.")
    if seed.actor is None:
        return "\n".join(lines)
    if not trace.originals:
        lines.append(
            f"  none of {trace.candidates} statement(s) of {seed.speaker or seed.actor} in another"
            f" language reaches similarity {trace.threshold:g}."
        )
        if trace.closest is not None:
            c = trace.closest.statement
            lines.append(f"  closest: {_where(c)}  similarity {trace.closest.score:g}")
            lines.append(f"      “{c.text}”")
        return "\n".join(lines)
    lines.append(f"  {_where(seed)}  statement {seed.id[:12]}")
    lines.append(f"      “{seed.text}”")
    for n, o in enumerate(trace.originals, 1):
        s = o.statement
        best = "  best match" if n == 1 else ""
        lines.append(f"  ↔ {_where(s)}  similarity {o.score:g}{best}")
        lines.append(f"      “{s.text}”")
        lines.append(
            "      " + " · ".join(x for x in (f"statement {s.id[:12]}", s.title, s.url) if x)
        )
    return "\n".join(lines)


def _statement_dict(s: StoredStatement) -> dict[str, Any]:
    return {
        "statement_id": s.id,
        "article_id": s.article_id,
        "language": s.language,
        "actor": s.actor,
        "speaker": s.speaker,
        "published": s.published.isoformat() if s.published else None,
        "outlet": s.outlet,
        "title": s.title,
        "url": s.url,
        "text": s.text,
    }


def crosslang_to_dict(trace: CrossTrace) -> dict[str, Any]:
    """The cross-language trace as JSON-ready data (``trace --json``'s ``originals``)."""
    return {
        "matcher": trace.matcher,
        "threshold": trace.threshold,
        "days": trace.days,
        "candidates": trace.candidates,
        "note": trace.note,
        "seed": _statement_dict(trace.seed),
        "originals": [_statement_dict(o.statement) | {"score": o.score} for o in trace.originals],
        "closest": None
        if trace.closest is None
        else _statement_dict(trace.closest.statement) | {"score": trace.closest.score},
    }
