"""How a statement's act reads to a reader ("said", "did NOT say", "believes", …) and which
acts a listing shows."""

from __future__ import annotations

from collections.abc import Mapping

# how a statement's act reads before its content, asserted and negated
ACT_LABELS: Mapping[tuple[str, bool], str] = {
    ("speech", False): "said",
    ("speech", True): "did NOT say",
    ("belief", False): "believes",
    ("belief", True): "does NOT believe",
    ("intent", False): "intends",
    ("intent", True): "does NOT intend",
    ("other", False): "other (shows, finds, supports)",
    ("other", True): "other, NEGATED (does not show, find, support)",
}


def act_label(act: str, negated: bool) -> str:
    """How a statement reads before its content: "said", "did NOT say", "believes", …"""
    return ACT_LABELS.get((act, negated), f"{act}, NEGATED" if negated else act)


def view_line(act: str, counts: dict[str, int], *, exact: bool = True) -> str:
    """Which statements a listing shows: "showing speech (3); 2 statements of other acts
    hidden (belief 1, intent 1)". Not ``exact``: the counts are lower bounds, taken over the
    first matches only ("3+", and the line says so)."""
    more = "" if exact else "+"
    if act == "all":
        parts = ", ".join(f"{a} {n}{more}" for a, n in sorted(counts.items()))
        line = f"showing all acts ({sum(counts.values())}{more}{': ' + parts if parts else ''})"
    else:
        hidden = {a: n for a, n in sorted(counts.items()) if a != act}
        line = f"showing {act} ({counts.get(act, 0)}{more})"
        if not hidden:
            line += "; no statements of other acts" if exact else ""
        else:
            total = sum(hidden.values())
            parts = ", ".join(f"{a} {n}{more}" for a, n in hidden.items())
            noun = "statement" if total == 1 and exact else "statements"
            line += f"; {total}{more} {noun} of other acts hidden ({parts})"
    return line if exact else line + "; counted among the first matches only"
