"""View models of the web pages: the highlighted article, provenance chains and quote-trace
differences."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from reportedly.api.highlight import Mark, palette_index, render
from reportedly.attribution.act_views import act_label
from reportedly.confidence import confidence_label
from reportedly.model import Analysis, Citation, Entity, Statement
from reportedly.provenance.chain import Chain, chain_summary, describe_outlet, provenance_chain
from reportedly.provenance.outlets import Outlet, OutletRegistry
from reportedly.provenance.trace import WordEdit

PALETTE_SIZE = 8


def speaker_url(speaker_id: str) -> str:
    """The web page of a resolved speaker."""
    return "/speakers/" + quote(speaker_id, safe="")


def outlet_url(name: str) -> str:
    """The web page of an outlet, by registry id or by name as written."""
    return "/outlets/" + quote(name, safe="")


def actor_url(actor_id: str) -> str:
    """The web page of a store actor (a registry id or an id the store created)."""
    return "/actors/" + quote(actor_id, safe="")


def trace_url(statement_id: str) -> str:
    """The quote-trace page of a stored statement."""
    return "/trace?statement=" + quote(statement_id, safe="")


@dataclass(frozen=True, slots=True, kw_only=True)
class CitedSource:
    """A citation as shown beside a statement."""

    outlet: str
    description: str | None
    kind: str
    url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ChainStep:
    """One link of a provenance chain as shown: the speaker, a cited outlet, the reporter.

    ``role`` is ``speaker``, ``via`` (someone reporting the speaker inside the article),
    ``source`` or ``reported``; ``facts`` the outlet's registry facts, ``affiliation`` its
    affiliation (for styling) and ``note`` what the article says of it.
    """

    role: str
    name: str
    url: str | None = None
    facts: str | None = None
    affiliation: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    """One statement in the side panel of the article page.

    ``actor_id``/``actor_name`` name the store actor the speaker is linked to, and
    ``resolution`` how the actors stage settled the speaker.
    """

    id: str
    colour: int | None
    speaker: str
    speaker_url: str | None
    speaker_text: str | None
    kind: str
    cue: str | None
    confidence: float
    content: str
    act: str
    negated: bool
    reported_by: str | None
    reported_by_speaker: str | None
    reports: tuple[str, ...]
    cited: tuple[CitedSource, ...]
    actor_id: str | None = None
    actor_name: str | None = None
    resolution: str = ""
    chain: tuple[ChainStep, ...] = ()
    chain_summary: str = ""
    trace_url: str = ""
    # how likely the resolved speaker is right (None: no speaker resolved)
    speaker_confidence: float | None = None


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


def _outlet_step(
    role: str, name: str, outlet: Outlet | None, parent: Outlet | None, note: str | None
) -> ChainStep:
    return ChainStep(
        role=role,
        name=name,
        url=outlet_url(outlet.id if outlet is not None else name),
        facts=None if outlet is None else describe_outlet(outlet, parent),
        affiliation=None if outlet is None else outlet.affiliation,
        note=note,
    )


def chain_steps(chain: Chain, actors: dict[str, str]) -> tuple[ChainStep, ...]:
    """The links of ``chain`` as shown in the article panel.

    ``actors`` maps statement ids to store actor ids, so speakers link to their pages.
    """
    steps = []
    for n, sp in enumerate(chain.speakers):
        actor = actors.get(sp.statement_id)
        steps.append(
            ChainStep(
                role="speaker" if n == 0 else "via",
                name=sp.name,
                url=actor_url(actor) if actor else None,
                note=sp.mention if sp.mention and sp.mention != sp.name else None,
            )
        )
    if not chain.speakers:
        steps.append(ChainStep(role="speaker", name="unknown speaker"))
    for src in chain.sources:
        note = " · ".join(x for x in (src.description, src.kind.replace("_", " ")) if x)
        steps.append(_outlet_step("source", src.name, src.outlet, src.parent, note))
    report = chain.report
    name = report.outlet_name or "the reporting article"
    if report.outlet_name is None:
        steps.append(ChainStep(role="reported", name=name))
    else:
        steps.append(_outlet_step("reported", name, report.outlet, None, None))
    return tuple(steps)


def _speaker_link(s: Statement, actor: str | None) -> str | None:
    """The actor page of the speaker, else the speaker page of a resolved entity."""
    if actor is not None:
        return actor_url(actor)
    return speaker_url(s.speaker_entity) if s.speaker_entity else None


def article_view(
    a: Analysis,
    *,
    actors: dict[str, str] | None = None,
    actor_names: dict[str, str] | None = None,
    outlets: OutletRegistry | None = None,
) -> ArticleView:
    """The highlighted text, statement cards and speaker legend of one analysis.

    ``actors`` maps statement ids to the store actor their speaker is linked to and
    ``actor_names`` those actors to their canonical names; speakers then link to actor
    pages. ``outlets`` is the outlet registry of the provenance chains.
    """
    actors = actors or {}
    actor_names = actor_names or {}
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
        title = f"{name} · {act_label(s.act, s.negated)} · {s.kind}"
        title += f" · “{s.cue.text(text)}”" if s.cue else ""
        title += f" · {confidence_label(s.confidence)}"
        for i, span in enumerate(s.content):
            marks.append(
                Mark(
                    start=span.start,
                    end=span.end,
                    tag="mark",
                    classes=f"st {colour_class} k-{s.kind}" + (" negated" if s.negated else ""),
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
        actor = actors.get(s.id)
        chain = provenance_chain(a, s, outlets)
        cards.append(
            Card(
                id=s.id,
                colour=colour,
                speaker=name,
                speaker_url=_speaker_link(s, actor),
                speaker_text=None if s.speaker is None else s.speaker.text,
                kind=s.kind,
                cue=None if s.cue is None else s.cue.text(text),
                confidence=s.confidence,
                speaker_confidence=s.speaker_confidence,
                content=s.content_text(text),
                act=s.act,
                negated=s.negated,
                reported_by=s.reported_by,
                reported_by_speaker=None if parent is None else _speaker_name(parent, entities),
                reports=tuple(reports.get(s.id, ())),
                cited=tuple(
                    CitedSource(
                        outlet=c.outlet,
                        description=c.description,
                        kind=c.kind,
                        url=outlet_url(c.outlet_id or c.outlet),
                    )
                    for c in citing.get(s.id, ())
                ),
                actor_id=actor,
                actor_name=None if actor is None else actor_names.get(actor, actor),
                resolution=s.speaker_resolution,
                chain=chain_steps(chain, actors),
                chain_summary=chain_summary(chain),
                trace_url=trace_url(s.id),
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
            url=_speaker_link(names[key], actors.get(names[key].id)),
        )
        for key, colour in colours.items()
    )
    return ArticleView(html=render(text, marks), cards=tuple(cards), legend=legend)


# ---------------------------------------------------------------------------------------
# Quote-trace differences


def _words(words: tuple[str, ...]) -> str:
    return str(escape(" ".join(words)))


def diff_html(edits: tuple[WordEdit, ...]) -> Markup:
    """A version's words with the changes from the reference wording marked, all escaped.

    Material changes are ``<del>``/``<ins>``; spellings, editors' glosses and omissions are
    ``span`` elements of classes ``d-spell``, ``d-gloss`` and ``d-omit``.
    """
    parts: list[str] = []
    for e in edits:
        if e.op == "equal":
            parts.append(_words(e.after))
        elif e.op == "gloss":
            parts.append(
                f'<span class="d-gloss" title="editor’s insertion">{_words(e.after)}</span>'
            )
        elif e.op == "omission":
            parts.append(f'<span class="d-omit" title="left out">(… {_words(e.before)})</span>')
        elif e.op == "spelling":
            parts.append(
                f'<span class="d-spell" title="spelled {_words(e.before)}">{_words(e.after)}</span>'
            )
        else:
            if e.before:
                parts.append(f'<del title="removed">{_words(e.before)}</del>')
            if e.after:
                parts.append(f'<ins title="added">{_words(e.after)}</ins>')
    return Markup(" ".join(p for p in parts if p))
