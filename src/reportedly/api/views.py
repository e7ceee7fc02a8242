"""View models of the web pages: the highlighted article and the speaker timeline chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from markupsafe import Markup, escape

from reportedly.api.highlight import Mark, palette_index, render
from reportedly.model import Analysis, Citation, Entity, Statement

PALETTE_SIZE = 8


def speaker_url(speaker_id: str) -> str:
    """The web page of a resolved speaker."""
    return "/speakers/" + quote(speaker_id, safe="")


def outlet_url(name: str) -> str:
    """The web page of an outlet."""
    return "/outlets/" + quote(name, safe="")


@dataclass(frozen=True, slots=True, kw_only=True)
class CitedSource:
    """A citation as shown beside a statement."""

    outlet: str
    description: str | None
    kind: str
    url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    """One statement in the side panel of the article page."""

    id: str
    colour: int | None
    speaker: str
    speaker_url: str | None
    speaker_text: str | None
    kind: str
    cue: str | None
    confidence: float
    content: str
    reported_by: str | None
    reported_by_speaker: str | None
    reports: tuple[str, ...]
    cited: tuple[CitedSource, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class LegendItem:
    """A speaker in the colour legend of the article page."""

    name: str
    colour: int
    count: int
    url: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    """Everything the article page shows."""

    html: Markup
    cards: tuple[Card, ...]
    legend: tuple[LegendItem, ...]


def _speaker_key(s: Statement) -> str | None:
    if s.speaker_entity is not None:
        return s.speaker_entity
    if s.speaker is not None:
        return "?" + s.speaker.text.casefold()
    return None


def _speaker_name(s: Statement, entities: dict[str, Entity]) -> str:
    entity = entities.get(s.speaker_entity or "")
    if entity is not None:
        return entity.name
    if s.speaker is not None:
        return s.speaker.text
    return "unattributed"


def article_view(a: Analysis) -> ArticleView:
    """The highlighted text, statement cards and speaker legend of one analysis."""
    text = a.article.text
    entities = {e.id: e for e in a.entities}
    by_id = {s.id: s for s in a.statements}
    colours = palette_index([_speaker_key(s) for s in a.statements], PALETTE_SIZE)
    citing: dict[str, list[Citation]] = {}
    for c in a.citations:
        for sid in c.statements:
            citing.setdefault(sid, []).append(c)
    reports: dict[str, list[str]] = {}
    for s in a.statements:
        if s.reported_by is not None:
            reports.setdefault(s.reported_by, []).append(s.id)

    marks: list[Mark] = []
    shared: dict[tuple[str, int, int], list[Statement]] = {}
    cards: list[Card] = []
    for s in a.statements:
        key = _speaker_key(s)
        colour = None if key is None else colours[key]
        colour_class = "cx" if colour is None else f"c{colour}"
        name = _speaker_name(s, entities)
        title = f"{name} · {s.kind}" + (f" · “{s.cue.text(text)}”" if s.cue else "")
        title += f" · {s.confidence:.0%}"
        for i, span in enumerate(s.content):
            marks.append(
                Mark(
                    start=span.start,
                    end=span.end,
                    tag="mark",
                    classes=f"st {colour_class} k-{s.kind}",
                    attrs=(("data-s", s.id), ("title", title)),
                    anchor=f"st-{s.id}" if i == 0 else None,
                )
            )
        if s.cue is not None:
            shared.setdefault(("cue", s.cue.start, s.cue.end), []).append(s)
        if s.speaker is not None:
            span = s.speaker.span
            shared.setdefault(("spk", span.start, span.end), []).append(s)
        parent = by_id.get(s.reported_by or "")
        cards.append(
            Card(
                id=s.id,
                colour=colour,
                speaker=name,
                speaker_url=speaker_url(s.speaker_entity) if s.speaker_entity else None,
                speaker_text=None if s.speaker is None else s.speaker.text,
                kind=s.kind,
                cue=None if s.cue is None else s.cue.text(text),
                confidence=s.confidence,
                content=s.content_text(text),
                reported_by=s.reported_by,
                reported_by_speaker=None if parent is None else _speaker_name(parent, entities),
                reports=tuple(reports.get(s.id, ())),
                cited=tuple(
                    CitedSource(
                        outlet=c.outlet,
                        description=c.description,
                        kind=c.kind,
                        url=outlet_url(c.outlet),
                    )
                    for c in citing.get(s.id, ())
                ),
            )
        )
    for (kind, start, end), statements in shared.items():
        ids = " ".join(s.id for s in statements)
        first = statements[0]
        key = _speaker_key(first)
        colour_class = "cx" if key is None else f"c{colours[key]}"
        label = "speaker" if kind == "spk" else "cue"
        marks.append(
            Mark(
                start=start,
                end=end,
                tag="span",
                classes=f"{kind} {colour_class}",
                rank=1,
                attrs=(("data-s", ids), ("title", f"{label} of {len(statements)} statement(s)")),
            )
        )
    for c in a.citations:
        title = f"cited source: {c.outlet}" + (f" — {c.description}" if c.description else "")
        marks.append(
            Mark(
                start=c.span.start,
                end=c.span.end,
                tag="span",
                classes="cite",
                rank=2,
                attrs=(("data-c", c.id), ("title", title)),
                anchor=f"cite-{c.id}",
            )
        )
    if a.article.title_span is not None:
        span = a.article.title_span
        marks.append(Mark(start=span.start, end=span.end, tag="span", classes="ttl", rank=-1))
    for section in a.article.sections:
        span = section.label_span
        marks.append(Mark(start=span.start, end=span.end, tag="span", classes="lbl", rank=-1))
    counts: dict[str, int] = {}
    names: dict[str, Statement] = {}
    for s in a.statements:
        key = _speaker_key(s)
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
            names.setdefault(key, s)
    legend = tuple(
        LegendItem(
            name=_speaker_name(names[key], entities),
            colour=colour,
            count=counts[key],
            url=speaker_url(key) if not key.startswith("?") else None,
        )
        for key, colour in colours.items()
    )
    return ArticleView(html=render(text, marks), cards=tuple(cards), legend=legend)


# ---------------------------------------------------------------------------------------
# Timeline chart


_W, _H, _PAD_L, _PAD_B, _PAD_T = 640, 180, 36, 28, 12


def _bucket(points: list[tuple[date, int]]) -> tuple[list[tuple[date, int]], str]:
    """Per day when the dates span under ~4 months, else per month."""
    first, last = points[0][0], points[-1][0]
    if (last - first).days <= 120:
        return points, "day"
    months: dict[date, int] = {}
    for d, n in points:
        m = d.replace(day=1)
        months[m] = months.get(m, 0) + n
    return sorted(months.items()), "month"


def timeline_svg(points: list[tuple[str, int]], *, label: str) -> Markup | None:
    """An inline SVG bar chart of statement counts per date (``None`` when nothing is dated).

    ``label`` names the chart for screen readers. Bars are placed on a true time axis, so
    gaps between dates show as gaps.
    """
    parsed: list[tuple[date, int]] = []
    for day, n in points:
        try:
            parsed.append((date.fromisoformat(day), n))
        except ValueError:
            continue
    if not parsed:
        return None
    parsed.sort()
    buckets, unit = _bucket(parsed)
    first, last = buckets[0][0], buckets[-1][0]
    span_days = max((last - first).days, 1)
    top = max(n for _, n in buckets)
    plot_w = _W - _PAD_L - 12
    plot_h = _H - _PAD_B - _PAD_T
    slots = max(len(buckets), span_days // (31 if unit == "month" else 1) + 1)
    bar_w = max(3.0, min(40.0, plot_w / slots * 0.8))
    parts = [
        f'<svg class="timeline" viewBox="0 0 {_W} {_H}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{_PAD_L}" y1="{_H - _PAD_B}" x2="{_W - 8}" y2="{_H - _PAD_B}"/>',
        f'<text class="tick" x="{_PAD_L - 6}" y="{_PAD_T + 4}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{_PAD_L - 6}" y="{_H - _PAD_B}" text-anchor="end">0</text>',
    ]
    for d, n in buckets:
        frac = 0.5 if len(buckets) == 1 else (d - first).days / span_days
        x = _PAD_L + 6 + frac * (plot_w - bar_w - 12)
        h = max(2.0, plot_h * n / top)
        y = _H - _PAD_B - h
        when = d.strftime("%b %Y") if unit == "month" else d.isoformat()
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}">'
            f"<title>{escape(when)}: {n} statement{'s' if n != 1 else ''}</title></rect>"
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
