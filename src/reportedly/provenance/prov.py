"""Export provenance chains as W3C PROV-JSON; ``docs/provenance.md`` documents the mapping.

A PROV-JSON document (https://www.w3.org/submissions/prov-json/) holds:

- entities: each article (``rep:article/ID``), each statement as reported in it
  (``rep:statement/ID``) and each cited outlet's report behind it (``rep:report/CITATION``);
- agents: speakers (``rep:speaker/ENTITY``) and outlets (``outlet:REGISTRY-ID``, or
  ``rep:outlet/NAME`` for outlets the registry does not know);
- activities: the reporting of each article (``rep:reporting/ARTICLE``);
- relations: wasAttributedTo (a statement to its speaker, an article or cited report to its
  outlet), wasGeneratedBy, wasAssociatedWith, hadMember (an article's statements),
  wasDerivedFrom (a statement from the cited report; typed ``prov:Quotation`` - PROV's
  wasQuotedFrom - for direct quotes, and from the statement it is reported inside) and
  actedOnBehalfOf (a channel for the outlet it belongs to).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from reportedly.model import Analysis, Citation, Statement
from reportedly.provenance.outlets import Outlet, OutletRegistry, default_registry
from reportedly.provenance.stage import article_outlet

NAMESPACE = "https://w3id.org/reportedly/ns#"
OUTLET_NAMESPACE = "https://w3id.org/reportedly/outlet/"
PREFIXES = {
    "rep": NAMESPACE,
    "outlet": OUTLET_NAMESPACE,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
}
_SECTIONS = (
    "entity",
    "agent",
    "activity",
    "wasGeneratedBy",
    "wasAttributedTo",
    "wasAssociatedWith",
    "wasDerivedFrom",
    "actedOnBehalfOf",
    "hadMember",
)
_SLUG_RE = re.compile(r"[^\w]+")


def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", text.casefold()).strip("-") or "unnamed"


def _typed(value: str, kind: str) -> dict[str, str]:
    return {"$": value, "type": kind}


class _Document:
    """A PROV-JSON document under construction; relation ids are numbered per section."""

    def __init__(self, registry: OutletRegistry) -> None:
        self.registry = registry
        self.sections: dict[str, dict[str, Any]] = {name: {} for name in _SECTIONS}

    def add(self, section: str, key: str, attributes: dict[str, Any]) -> None:
        self.sections[section].setdefault(key, {}).update(attributes)

    def relate(self, section: str, attributes: dict[str, Any]) -> None:
        self.sections[section][f"_:{section}{len(self.sections[section]) + 1}"] = attributes

    def outlet_agent(self, outlet: Outlet | None, name: str | None) -> str | None:
        """The agent id of an outlet (added once, with its registry facts and its parent)."""
        if outlet is None:
            if not name:
                return None
            key = f"rep:outlet/{_slug(name)}"
            self.add("agent", key, {"prov:type": "prov:Organization", "prov:label": name})
            return key
        key = f"outlet:{outlet.id}"
        if key in self.sections["agent"]:
            return key
        attributes: dict[str, Any] = {
            "prov:type": "prov:Organization",
            "prov:label": outlet.name,
            "rep:outletKind": outlet.kind,
            "rep:affiliation": outlet.affiliation,
        }
        optional = {"rep:country": outlet.country, "rep:owner": outlet.owner}
        optional["rep:basis"] = outlet.basis
        attributes.update({k: v for k, v in optional.items() if v})
        self.add("agent", key, attributes)
        parent = self.registry.parent_of(outlet)
        if parent is not None:
            parent_key = self.outlet_agent(parent, parent.name)
            self.relate("actedOnBehalfOf", {"prov:delegate": key, "prov:responsible": parent_key})
        return key


def to_prov(analyses: Iterable[Analysis], registry: OutletRegistry | None = None) -> dict[str, Any]:
    """A PROV-JSON document of the provenance of every statement of ``analyses``."""
    doc = _Document(registry or default_registry())
    for analysis in analyses:
        _add_analysis(doc, analysis)
    out: dict[str, Any] = {"prefix": dict(PREFIXES)}
    out.update({name: items for name, items in doc.sections.items() if items})
    return out


def _add_analysis(doc: _Document, analysis: Analysis) -> None:
    article = analysis.article
    text = article.text
    article_key = f"rep:article/{article.id}"
    reporting = f"rep:reporting/{article.id}"
    attributes: dict[str, Any] = {"prov:type": ["rep:Article", "prov:Collection"]}
    if article.title:
        attributes["prov:label"] = article.title
    if article.url:
        attributes["prov:location"] = _typed(article.url, "xsd:anyURI")
    if article.published:
        attributes["rep:published"] = _typed(article.published.isoformat(), "xsd:date")
    attributes["rep:language"] = article.language
    doc.add("entity", article_key, attributes)
    doc.add("activity", reporting, {"prov:type": "rep:Reporting"})
    doc.relate("wasGeneratedBy", {"prov:entity": article_key, "prov:activity": reporting})
    own = doc.outlet_agent(article_outlet(article, doc.registry), article.outlet)
    if own is not None:
        doc.relate("wasAttributedTo", {"prov:entity": article_key, "prov:agent": own})
        doc.relate("wasAssociatedWith", {"prov:activity": reporting, "prov:agent": own})

    reports = {c.id: _add_citation(doc, article.id, c) for c in analysis.citations}
    # the actors stage's canonical id makes one agent of a speaker across articles
    names = {
        e.id: (e.actor_id or f"{article.id}/{e.id}", e.name, e.kind) for e in analysis.entities
    }
    for s in analysis.statements:
        key = f"rep:statement/{s.id}"
        doc.add(
            "entity",
            key,
            {
                "prov:type": f"rep:{s.kind.capitalize()}Statement",
                "prov:value": s.content_text(text),
                "rep:start": s.extent.start,
                "rep:end": s.extent.end,
                "rep:act": s.act,
                # the speaker did NOT say (believe, intend) this: a denial, not a claim
                "rep:negated": s.negated,
            },
        )
        doc.relate("hadMember", {"prov:collection": article_key, "prov:entity": key})
        doc.relate("wasGeneratedBy", {"prov:entity": key, "prov:activity": reporting})
        speaker = _speaker_agent(doc, article.id, s, names)
        if speaker is not None:
            doc.relate("wasAttributedTo", {"prov:entity": key, "prov:agent": speaker})
        if s.reported_by:
            doc.relate(
                "wasDerivedFrom",
                {
                    "prov:generatedEntity": f"rep:statement/{s.reported_by}",
                    "prov:usedEntity": key,
                    "prov:type": "rep:ReportedSpeech",
                },
            )
        for c in analysis.citations:
            if s.id in c.statements:
                relation = {"prov:generatedEntity": key, "prov:usedEntity": reports[c.id]}
                relation["prov:type"] = "prov:Quotation" if s.kind == "direct" else "rep:Citing"
                relation["prov:activity"] = reporting
                doc.relate("wasDerivedFrom", relation)


def _add_citation(doc: _Document, article_id: str, c: Citation) -> str:
    """The entity of the cited outlet's report behind citation ``c``, attributed to the outlet."""
    key = f"rep:report/{c.id}"
    attributes: dict[str, Any] = {
        "prov:type": "rep:CitedReport",
        "prov:label": c.outlet,
        "rep:citationKind": c.kind,
        "rep:citedIn": f"rep:article/{article_id}",
    }
    if c.description:
        attributes["rep:description"] = c.description
    doc.add("entity", key, attributes)
    outlet = None
    if c.outlet_id is not None and c.outlet_id in doc.registry:
        outlet = doc.registry.by_id(c.outlet_id)
    agent = doc.outlet_agent(outlet, c.outlet)
    if agent is not None:
        doc.relate("wasAttributedTo", {"prov:entity": key, "prov:agent": agent})
    return key


def _speaker_agent(
    doc: _Document, article_id: str, s: Statement, names: Mapping[str, tuple[str, str, str]]
) -> str | None:
    if s.speaker_entity and s.speaker_entity in names:
        agent_id, name, kind = names[s.speaker_entity]
        key = f"rep:speaker/{agent_id}"
        prov_type = "prov:Person" if kind == "person" else "prov:Organization"
        doc.add("agent", key, {"prov:type": prov_type, "prov:label": name, "rep:entityKind": kind})
        return key
    if s.speaker is not None:
        key = f"rep:speaker/{article_id}/{_slug(s.speaker.text)}"
        doc.add("agent", key, {"prov:label": s.speaker.text, "rep:resolved": False})
        return key
    return None
