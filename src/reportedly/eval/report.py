"""Render an evaluation :class:`~reportedly.eval.scoring.Report` as plain text or Markdown."""

from __future__ import annotations

from typing import Any

from reportedly.eval.calibration import format_reliability
from reportedly.eval.scoreboard import Report, Score
from reportedly.eval.scoring import KIND_KEYS

# (metric key, label, split by kind)
ROWS: tuple[tuple[str, str, bool], ...] = (
    ("content.overlap", "Content overlap (≥50% tokens)", True),
    ("content.exact", "Content exact", True),
    ("content.tokens", "Content tokens (citron-style)", False),
    ("source.exact", "Source exact, among matched", True),
    ("source.overlap", "Source overlap, among matched", False),
    ("cue.exact", "Cue exact, among matched", True),
    ("cue.overlap", "Cue overlap, among matched", False),
    ("linked.overlap", "Linked (content+source+cue overlap)", True),
    ("linked.exact", "Linked exact", False),
    ("linked.raw", "Linked exact, raw offsets", False),
    ("role_raw.source", "Per-role exact, raw offsets: Source", False),
    ("role_raw.cue", "Per-role exact, raw offsets: Cue", False),
    ("role_raw.content", "Per-role exact, raw offsets: Content", False),
    ("role.source", "Per-role spans, normalised: Source", False),
    ("role.cue", "Per-role spans, normalised: Cue", False),
    ("role.content", "Per-role spans, normalised: Content", False),
)

# expected calibration error of statement confidence (issue 12)
ECE_TARGET = 0.05

# (metric, kind, floor, label), by the issue that set them
TARGETS: tuple[tuple[str, tuple[tuple[str, str, float, str], ...]], ...] = (
    (
        "issue 3",
        (
            ("content.overlap", "all", 0.70, "Content overlap F1, all"),
            ("content.overlap", "direct", 0.90, "Content overlap F1, direct"),
            ("source.exact", "all", 0.65, "Source F1 among matched"),
        ),
    ),
    (
        "issue 12",
        (
            ("content.overlap", "all", 0.80, "Content overlap F1, all"),
            ("content.overlap", "direct", 0.95, "Content overlap F1, direct"),
            ("role_raw.source", "all", 0.80, "Per-role exact F1, Source"),
            ("role_raw.cue", "all", 0.72, "Per-role exact F1, Cue"),
            ("role_raw.content", "all", 0.65, "Per-role exact F1, Content"),
        ),
    ),
)


def _line(label: str, kind: str, s: Score) -> str:
    return (
        f"{label:<38} {kind:<9} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
        f"{s.gold:6d} {s.predicted:6d} {s.tp:6d}"
    )


def format_table(report: Report, *, title: str = "") -> str:
    """The report as a fixed-width plain-text table, targets and worst documents."""
    lines: list[str] = []
    if title:
        lines += [title, "=" * len(title)]
    header = (
        f"{'metric':<38} {'kind':<9} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6} {'tp':>6}"
    )
    lines += [header, "-" * len(header)]
    for key, label, by_kind in ROWS:
        kinds = KIND_KEYS if by_kind else ("all",)
        for n, kind in enumerate(kinds):
            lines.append(_line(label if n == 0 else "", kind, report.scores[key][kind]))
    for issue, targets in TARGETS:
        lines += ["", f"Targets ({issue}):"]
        for key, kind, floor, label in targets:
            value = report.scores[key][kind].f1
            verdict = "met" if value >= floor else f"missed by {floor - value:.3f}"
            lines.append(f"  {label:<30} {value:.3f} (≥ {floor:.2f}: {verdict})")
    ignored = report.counts.get("ignored.gold_without_content", 0)
    if report.calibration is not None:
        lines += ["", *format_reliability(report.calibration, target=ECE_TARGET)]
    lines += ["", f"Documents: {report.documents}; gold attributions without content: {ignored}"]
    if report.worst:
        lines += ["", f"Worst {len(report.worst)} articles by content overlap F1:"]
        for d in report.worst:
            lines.append(
                f"  {d.f1:5.3f}  gold {d.gold:3d}  pred {d.predicted:3d}  "
                f"matched {d.matched:3d}  {d.doc_id}"
            )
    return "\n".join(lines)


def format_markdown(report: Report) -> str:
    """The main scores as a Markdown table (for ``docs/EVALUATION.md``)."""
    lines = [
        "| metric | kind | P | R | F1 | gold | pred | tp |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, label, by_kind in ROWS:
        kinds = KIND_KEYS if by_kind else ("all",)
        for kind in kinds:
            s = report.scores[key][kind]
            lines.append(
                f"| {label} | {kind} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
                f"| {s.gold} | {s.predicted} | {s.tp} |"
            )
    return "\n".join(lines)


def format_error_markdown(record: dict[str, Any]) -> str:
    """One error record (see :func:`~reportedly.eval.scoring.error_records`) as Markdown."""
    lines = [f"### {record['doc_id']} — {record['error']} ({record['kind']})"]
    for side in ("gold", "predicted"):
        item = record.get(side)
        if item:
            lines.append(
                f"- **{side}**: content «{item['content']}» · source «{item['source']}» "
                f"· cue «{item['cue']}»"
            )
    if "ratio" in record:
        lines.append(f"- overlap ratio: {record['ratio']}")
    lines.append(f"- context: …{record['context']}…")
    return "\n".join(lines) + "\n"
