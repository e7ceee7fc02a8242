"""Render an analysed article for a terminal: the text with statements marked, then the
statements as a tree (nesting) with their speakers, cues and cited sources."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Callable

import click

from reportedly.actors import default_registry as actors_registry
from reportedly.attribution.act_views import act_label
from reportedly.confidence import confidence_label
from reportedly.events.render import render_events
from reportedly.model import Analysis, Entity, Statement
from reportedly.provenance import provenance_chain, render_chain
from reportedly.provenance.outlets import default_registry as outlets_registry

# one colour per speaker, in order of first appearance
PALETTE = ("cyan", "magenta", "yellow", "green", "blue", "red", "bright_cyan", "bright_magenta")
KIND_LABEL = {"direct": "direct  ", "mixed": "mixed   ", "indirect": "indirect"}


def _actor_name(actor_id: str | None) -> str | None:
    """The registry's canonical name for ``actor_id``, when it is a registry actor."""
    if not actor_id:
        return None
    registry = actors_registry()
    return registry.by_id(actor_id).name if actor_id in registry else None


def _speaker_name(statement: Statement, entities: dict[str, Entity]) -> str:
    if statement.speaker_entity and statement.speaker_entity in entities:
        entity = entities[statement.speaker_entity]
        return _actor_name(entity.actor_id) or entity.name
    if statement.speaker is not None:
        return f"{statement.speaker.text} (unresolved)"
    return "(no speaker)"


def _number(analysis: Analysis) -> dict[str, int]:
    ordered = sorted(analysis.statements, key=lambda s: (s.extent.start, -s.extent.end))
    return {s.id: n for n, s in enumerate(ordered, 1)}


def _colours(analysis: Analysis) -> dict[str, str]:
    colours: dict[str, str] = {}
    for s in sorted(analysis.statements, key=lambda s: s.extent.start):
        key = s.speaker_entity or (s.speaker.text if s.speaker else "")
        if key not in colours:
            colours[key] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def _colour_of(s: Statement, colours: dict[str, str]) -> str:
    return colours[s.speaker_entity or (s.speaker.text if s.speaker else "")]


def display_title(title: str | None, *, derived: bool = False) -> str:
    """An article's title for the terminal: a derived one (from the first sentence) is
    marked with a leading ``~`` and put in brackets, a missing one is ``(untitled)``."""
    if not title:
        return "(untitled)"
    return f"~[{title}]" if derived else title


def render_article(analysis: Analysis, *, color: bool = True, width: int = 88) -> str:
    """The article text, wrapped to ``width``, with every statement marked."""
    article = analysis.article
    text = article.text
    numbers = _number(analysis)
    colours = _colours(analysis)
    style: Callable[..., str] = click.style if color else (lambda s, **_: s)

    head = [style(display_title(article.title, derived=article.title_derived), bold=True)]
    meta = " · ".join(
        x
        for x in (
            article.outlet,
            article.published.isoformat() if article.published else None,
            f"lang {article.language}",
            ", ".join(article.authors) or None,
            article.url,
        )
        if x
    )
    if meta:
        head.append(style(meta, dim=True))
    head.append(style(f"article {article.id} · {article.source}", dim=True))

    # innermost statement covering each character, and cue / speaker marks
    cover: list[Statement | None] = [None] * len(text)
    for s in sorted(analysis.statements, key=lambda s: -len(s.extent)):
        for part in s.content:
            for k in range(part.start, min(part.end, len(text))):
                cover[k] = s
    role = [""] * len(text)
    for s in analysis.statements:
        for span, mark in ((s.cue, "cue"), (s.speaker.span if s.speaker else None, "speaker")):
            if span is not None:
                for k in range(span.start, min(span.end, len(text))):
                    role[k] = mark

    starts: dict[int, list[Statement]] = {}
    ends: dict[int, list[Statement]] = {}
    for s in analysis.statements:
        starts.setdefault(s.content[0].start, []).append(s)
        if not color:
            ends.setdefault(s.content[-1].end, []).append(s)

    def render_run(start: int, end: int) -> str:
        out: list[str] = []
        k = start
        while k < end:
            for s in sorted(starts.get(k, []), key=lambda s: -len(s.extent)):
                tag = f"[{numbers[s.id]}]" if color else f"⟦{numbers[s.id]} "
                out.append(style(tag, fg=_colour_of(s, colours), bold=True) if color else tag)
            j = k + 1
            while (
                j < end
                and cover[j] is cover[k]
                and role[j] == role[k]
                and j not in starts
                and j not in ends
            ):
                j += 1
            chunk = text[k:j]
            covering = cover[k]
            if not color:
                out.append(chunk)
            elif role[k] == "speaker":
                out.append(style(chunk, bold=True, underline=True))
            elif role[k] == "cue":
                out.append(style(chunk, underline=True, italic=True))
            elif covering is not None:
                out.append(style(chunk, fg=_colour_of(covering, colours)))
            else:
                out.append(chunk)
            out.append("⟧" * len(ends.get(j, [])))
            k = j
        return "".join(out)

    body: list[str] = []
    pos = 0
    for para in text.split("\n"):
        para_start = pos
        pos += len(para) + 1
        if not para.strip():
            body.append("")
            continue
        lines = textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False)
        cursor = para_start
        for line in lines:
            begin = text.index(line[:1], cursor) if line else cursor
            # map the wrapped line back onto the original offsets
            begin = text.find(line, cursor) if text.find(line, cursor) >= 0 else begin
            end = begin + len(line)
            body.append(render_run(begin, end))
            cursor = end
    return "\n".join(head) + "\n\n" + "\n".join(body).rstrip() + "\n"


def render_statements(analysis: Analysis, *, color: bool = True, width: int = 88) -> str:
    """The statements as a tree (reported speech under its reporter) and the sources cited."""
    text = analysis.article.text
    numbers = _number(analysis)
    colours = _colours(analysis)
    style: Callable[..., str] = click.style if color else (lambda s, **_: s)
    children: dict[str | None, list[Statement]] = {}
    for s in analysis.statements:
        children.setdefault(s.reported_by, []).append(s)
    for kids in children.values():
        kids.sort(key=lambda s: numbers[s.id])
    entities = {e.id: e for e in analysis.entities}

    by_act = Counter(s.act for s in analysis.statements)
    acts = ", ".join(f"{n} {a}" for a, n in sorted(by_act.items(), key=lambda x: -x[1]))
    negated = sum(s.negated for s in analysis.statements)
    acts += f"; {negated} negated" if negated else ""
    lines = [style(f"Statements ({len(analysis.statements)}: all acts, {acts})", bold=True)]

    def walk(parent: str | None, prefix: str) -> None:
        kids = children.get(parent, [])
        for n, s in enumerate(kids):
            last = n == len(kids) - 1
            branch = "" if parent is None else ("└─ " if last else "├─ ")
            cont = "" if parent is None else ("   " if last else "│  ")
            who = _speaker_name(s, entities)
            entity = entities.get(s.speaker_entity or "")
            role = f", {entity.roles[0]}" if entity and entity.roles else ""
            as_written = ""
            if s.speaker is not None and entity and s.speaker.text != entity.name:
                as_written = f" (as “{s.speaker.text}”)"
            cue = f"cue “{s.cue.text(text)}”" if s.cue else "no cue"
            number = style(f"{numbers[s.id]:>2}", fg=_colour_of(s, colours), bold=True)
            act = act_label(s.act, s.negated)
            act = style(act, fg="red", bold=True) if s.negated else style(act, italic=True)
            lines.append(
                f"{prefix}{branch}{number} {KIND_LABEL[s.kind]} "
                + style(who, bold=True)
                + style(f"{role}{as_written} · ", dim=True)
                + act
                + style(f" · {cue} · {confidence_label(s.confidence)}", dim=True)
            )
            content = " ".join(s.content_text(text).split())
            wrap_width = max(30, width - len(prefix + cont) - 6)
            for line in textwrap.wrap(content, width=wrap_width)[:3]:
                lines.append(f"{prefix}{cont}      {line}")
            if len(textwrap.wrap(content, width=wrap_width)) > 3:
                lines.append(f"{prefix}{cont}      …")
            walk(s.id, prefix + cont)

    walk(None, "")
    if analysis.citations:
        outlets = outlets_registry()
        lines.append("")
        lines.append(style(f"Sources cited ({len(analysis.citations)})", bold=True))
        for c in analysis.citations:
            covered = sorted(numbers[i] for i in c.statements if i in numbers)
            scope = _ranges(covered)
            desc = f" — {c.description}" if c.description else ""
            known = ""
            if c.outlet_id and c.outlet_id in outlets:
                outlet = outlets.by_id(c.outlet_id)
                known = f" · {outlet.kind.replace('_', ' ')}, {outlet.country or 'intl'}, "
                known += outlet.affiliation
            lines.append(
                f" • {style(c.outlet, bold=True)}{desc}{style(known, fg='yellow')} "
                + style(f"[{c.kind.replace('_', ' ')}; covers statements {scope}]", dim=True)
            )
    chains_seen: dict[str, list[int]] = {}
    for s in analysis.statements:
        headline = render_chain(provenance_chain(analysis, s)).splitlines()[0]
        chains_seen.setdefault(headline, []).append(numbers[s.id])
    if chains_seen:
        lines.append("")
        lines.append(style("Provenance (speaker → cited sources → reporting outlet)", bold=True))
        for headline, nums in chains_seen.items():
            lines.append(
                f" • {headline} " + style(f"[statements {_ranges(sorted(nums))}]", dim=True)
            )
    if analysis.article.dropped:
        lines.append("")
        lines.append(style("Dropped as not news:", dim=True))
        for d in analysis.article.dropped:
            # whole words, at most three lines: a reader sees where a long passage was cut
            wrapped = textwrap.wrap(" ".join(d.split()), width - 2, max_lines=3, placeholder=" …")
            lines += [style("  " + line, dim=True) for line in wrapped]
    events = render_events(analysis, color=color, width=width)
    if events:
        lines += ["", events.rstrip("\n")]
    return "\n".join(lines) + "\n"


def _ranges(numbers: list[int]) -> str:
    if not numbers:
        return "none"
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], 0]:
        if n == prev + 1:
            prev = n
            continue
        parts.append(f"{start}" if start == prev else f"{start}–{prev}")
        start = prev = n
    return ", ".join(parts)
