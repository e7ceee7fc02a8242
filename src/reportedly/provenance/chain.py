"""Provenance chains: speaker → cited outlet(s) → the reporting article and its outlet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportedly.errors import NotFound
from reportedly.model import Analysis, Citation, CitationKind, Statement
from reportedly.provenance.outlets import Outlet, OutletRegistry, default_registry
from reportedly.provenance.stage import article_outlet

# How close to the speaker a kind of citation sits: the outlet spoken to comes before an
# outlet that reported it ("Reuters reported, citing TASS": TASS, then Reuters).
_KIND_ORDER: dict[CitationKind, int] = {
    "told": 0,
    "according_to": 1,
    "source_line": 1,
    "reported": 2,
}
_KIND_LABEL = {
    "news_agency": "news agency",
    "newspaper": "newspaper",
    "broadcaster": "broadcaster",
    "online_outlet": "online outlet",
    "telegram_channel": "Telegram channel",
    "official_channel": "official channel",
    "radio": "radio",
    "magazine": "magazine",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ChainSpeaker:
    """Who spoke: the resolved entity's name when known, else the mention as written."""

    name: str
    entity_id: str | None = None
    mention: str | None = None
    statement_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ChainSource:
    """A cited outlet, as the article names and describes it, with its registry entry."""

    name: str
    kind: CitationKind
    description: str | None = None
    citation_id: str
    outlet: Outlet | None = None
    parent: Outlet | None = None  # the outlet a channel belongs to (Radio Mayak for its channel)


@dataclass(frozen=True, slots=True, kw_only=True)
class ChainReport:
    """The article that reports the statement, and the outlet that published it."""

    article_id: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    outlet_name: str | None = None
    outlet: Outlet | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Chain:
    """How one statement reached the reader.

    ``speakers`` starts with the speaker, followed by whoever reports them inside the article
    (B in "A said that B said …" comes first). ``sources`` are the outlets the article cites
    for it, nearest the speaker first; several sources of one ``Source:`` line are parallel.
    """

    statement_id: str
    content: str
    speakers: tuple[ChainSpeaker, ...]
    sources: tuple[ChainSource, ...]
    report: ChainReport

    @property
    def speaker(self) -> ChainSpeaker | None:
        """The person or body whose words these are, if known."""
        return self.speakers[0] if self.speakers else None


def provenance_chain(
    analysis: Analysis, statement: Statement, registry: OutletRegistry | None = None
) -> Chain:
    """The chain of ``statement``: its speaker, the outlets cited for it, the reporting article.

    Citations covering the statement or a statement it is reported inside count. Registry
    entries come from each citation's ``outlet_id`` (or its name, for analyses made before
    the provenance stage existed).

    Raises:
        NotFound: ``statement`` is not a statement of ``analysis``.
    """
    outlets = registry or default_registry()
    by_id = {s.id: s for s in analysis.statements}
    if statement.id not in by_id:
        raise NotFound(
            f"statement {statement.id} is not in the analysis of article {analysis.article.id}"
        )
    text = analysis.article.text
    names = {e.id: e.name for e in analysis.entities}
    lineage: list[Statement] = []
    current: Statement | None = statement
    while current is not None and current not in lineage:
        lineage.append(current)
        current = by_id.get(current.reported_by) if current.reported_by else None
    speakers = tuple(
        _speaker(s, names) for s in lineage if s.speaker is not None or s.speaker_entity
    )
    ids = {s.id for s in lineage}
    cited = [c for c in analysis.citations if ids.intersection(c.statements)]
    cited.sort(key=lambda c: (_KIND_ORDER.get(c.kind, 1), c.span.start))
    article = analysis.article
    own = article_outlet(article, outlets)
    return Chain(
        statement_id=statement.id,
        content=statement.content_text(text),
        speakers=speakers,
        sources=tuple(_source(c, outlets) for c in cited),
        report=ChainReport(
            article_id=article.id,
            title=article.title,
            url=article.url,
            published=article.published,
            outlet_name=article.outlet or (own.name if own else None),
            outlet=own,
        ),
    )


def chains(analysis: Analysis, registry: OutletRegistry | None = None) -> tuple[Chain, ...]:
    """The provenance chain of every statement of ``analysis``, in article order."""
    return tuple(provenance_chain(analysis, s, registry) for s in analysis.statements)


def _speaker(s: Statement, names: dict[str, str]) -> ChainSpeaker:
    mention = s.speaker.text if s.speaker is not None else None
    name = names.get(s.speaker_entity or "") or mention or "(unknown speaker)"
    return ChainSpeaker(name=name, entity_id=s.speaker_entity, mention=mention, statement_id=s.id)


def _source(c: Citation, outlets: OutletRegistry) -> ChainSource:
    entry: Outlet | None = None
    if c.outlet_id is not None and c.outlet_id in outlets:
        entry = outlets.by_id(c.outlet_id)
    elif c.outlet_id is None:
        entry = outlets.match(c.outlet)
    return ChainSource(
        name=c.outlet,
        kind=c.kind,
        description=c.description,
        citation_id=c.id,
        outlet=entry,
        parent=None if entry is None else outlets.parent_of(entry),
    )


# -- rendering -----------------------------------------------------------------------------------


def describe_outlet(outlet: Outlet, parent: Outlet | None = None) -> str:
    """A short description of a registry entry: kind, country, affiliation and owner.

    ``Telegram channel · RUS · state-owned · part of Radio Mayak``
    """
    parts = [_KIND_LABEL.get(outlet.kind, outlet.kind)]
    if outlet.country:
        parts.append(outlet.country)
    if outlet.affiliation != "unknown":
        parts.append(outlet.affiliation)
    if parent is not None:
        parts.append(f"part of {parent.name}")
    elif outlet.owner:
        parts.append(f"owner {outlet.owner}")
    return " · ".join(parts)


def chain_summary(chain: Chain) -> str:
    """The chain on one line: ``Peskov → RIA Novosti + Vy slushali mayak → Ukrainska Pravda``."""
    speaker = chain.speaker.name if chain.speaker else "(unknown speaker)"
    steps = [speaker]
    for s in chain.speakers[1:]:
        steps.append(f"{s.name} (reporting)")
    if chain.sources:
        steps.append(" + ".join(s.name for s in chain.sources))
    steps.append(chain.report.outlet_name or f"article {chain.report.article_id[:8]}")
    return " → ".join(steps)


def render_chain(chain: Chain) -> str:
    """The chain as plain text: a summary line, then one line per step with registry facts.

    Example::

        Peskov → RIA Novosti + Vy slushali mayak → Ukrainska Pravda
          speaker   Peskov
          source    RIA Novosti [ria-novosti] · news agency · RUS · state-owned · part of …
                    "Kremlin-aligned news outlet" (source line)
          reported  Ukrainska Pravda [ukrainska-pravda] · online outlet · UKR · private · …
    """
    lines = [chain_summary(chain)]
    for n, s in enumerate(chain.speakers):
        role = "speaker" if n == 0 else "via"
        known = "" if s.entity_id is None or s.name == s.mention else f' (as "{s.mention}")'
        lines.append(f"  {role:<9} {s.name}{known}")
    if not chain.speakers:
        lines.append(f"  {'speaker':<9} (unknown)")
    for src in chain.sources:
        facts = _facts(src.outlet, src.parent, unknown="not in the outlet registry")
        lines.append(f"  {'source':<9} {src.name}{facts}")
        said = f'"{src.description}" ' if src.description else ""
        lines.append(f"  {'':<9} {said}({src.kind.replace('_', ' ')})")
        if src.outlet is not None and src.outlet.basis:
            lines.append(f"  {'':<9} basis: {src.outlet.basis}")
    report = chain.report
    name = report.outlet_name or "(outlet unknown)"
    lines.append(f"  {'reported':<9} {name}{_facts(report.outlet, None, unknown='')}")
    details = [
        f'"{report.title}"' if report.title else None,
        report.published.isoformat() if report.published else None,
        report.url,
        f"article {report.article_id[:12]}",
    ]
    lines.append(f"  {'':<9} " + " · ".join(d for d in details if d))
    return "\n".join(lines)


def _facts(outlet: Outlet | None, parent: Outlet | None, *, unknown: str) -> str:
    if outlet is None:
        return f" ({unknown})" if unknown else ""
    return f" [{outlet.id}] · {describe_outlet(outlet, parent)}"
