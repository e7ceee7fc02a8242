"""The timeline chart of the web pages: an inline SVG of statement and event counts per date."""

from __future__ import annotations

from datetime import date

from markupsafe import Markup, escape

_W, _H, _PAD_L, _PAD_B, _PAD_T = 640, 180, 36, 28, 12


def _parse(points: list[tuple[str, int]]) -> list[tuple[date, int]]:
    parsed: list[tuple[date, int]] = []
    for day, n in points:
        try:
            parsed.append((date.fromisoformat(day[:10]), n))
        except ValueError:
            continue
    return sorted(parsed)


def _bucket(points: list[tuple[date, int]], unit: str) -> list[tuple[date, int]]:
    """Counts summed per day, or per month."""
    sums: dict[date, int] = {}
    for d, n in points:
        key = d.replace(day=1) if unit == "month" else d
        sums[key] = sums.get(key, 0) + n
    return sorted(sums.items())


def timeline_svg(
    points: list[tuple[str, int]],
    *,
    label: str,
    events: list[tuple[str, int]] | None = None,
) -> Markup | None:
    """An inline SVG bar chart of statement counts per date (``None`` when nothing is dated).

    ``label`` names the chart for screen readers. Bars are placed on a true time axis, so
    gaps between dates show as gaps: per day when the dates span under ~4 months, else per
    month. ``events`` (counts per date) are drawn as narrower bars of class ``evbar`` beside
    the statement bars.
    """
    said, done = _parse(points), _parse(events or [])
    if not said and not done:
        return None
    every = [d for d, _ in said + done]
    unit = "day" if (max(every) - min(every)).days <= 120 else "month"
    series = [(_bucket(said, unit), "bar", "statement"), (_bucket(done, unit), "evbar", "event")]
    keys = [d for buckets, _, _ in series for d, _ in buckets]
    first, last = min(keys), max(keys)
    span_days = max((last - first).days, 1)
    top = max(n for buckets, _, _ in series for _, n in buckets)
    plot_w = _W - _PAD_L - 12
    plot_h = _H - _PAD_B - _PAD_T
    slots = max(len(set(keys)), span_days // (31 if unit == "month" else 1) + 1)
    bar_w = max(3.0, min(40.0, plot_w / slots * 0.8))
    both = bool(said) and bool(done)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {_W} {_H}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{_PAD_L}" y1="{_H - _PAD_B}" x2="{_W - 8}" y2="{_H - _PAD_B}"/>',
        f'<text class="tick" x="{_PAD_L - 6}" y="{_PAD_T + 4}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{_PAD_L - 6}" y="{_H - _PAD_B}" text-anchor="end">0</text>',
    ]
    for n_series, (buckets, cls, noun) in enumerate(series):
        width = bar_w / 2 if both else bar_w
        for d, n in buckets:
            frac = 0.5 if first == last else (d - first).days / span_days
            x = _PAD_L + 6 + frac * (plot_w - bar_w - 12) + (width * n_series if both else 0)
            h = max(2.0, plot_h * n / top)
            y = _H - _PAD_B - h
            when = d.strftime("%b %Y") if unit == "month" else d.isoformat()
            parts.append(
                f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
                f'height="{h:.1f}"><title>{escape(when)}: {n} {noun}{"s" if n != 1 else ""}'
                "</title></rect>"
            )
    fmt = "%b %Y" if unit == "month" else "%d %b %Y"
    parts.append(
        f'<text class="tick" x="{_PAD_L + 6}" y="{_H - 8}">{escape(first.strftime(fmt))}</text>'
    )
    if last != first:
        parts.append(
            f'<text class="tick" x="{_W - 8}" y="{_H - 8}" text-anchor="end">'
            f"{escape(last.strftime(fmt))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
