"""PROV-JSON export: the mapping of articles, statements, speakers and outlets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from reportedly.provenance.prov import PREFIXES, to_prov
from reportedly.provenance.stage import link_outlets

from .builders import built

RELATION_ROLES = {
    "wasGeneratedBy": ("prov:entity", "prov:activity"),
    "wasAttributedTo": ("prov:entity", "prov:agent"),
    "wasAssociatedWith": ("prov:activity", "prov:agent"),
    "wasDerivedFrom": ("prov:generatedEntity", "prov:usedEntity"),
    "actedOnBehalfOf": ("prov:delegate", "prov:responsible"),
    "hadMember": ("prov:collection", "prov:entity"),
}
ROLE_SECTION = {
    "prov:entity": "entity",
    "prov:activity": "activity",
    "prov:agent": "agent",
    "prov:generatedEntity": "entity",
    "prov:usedEntity": "entity",
    "prov:delegate": "agent",
    "prov:responsible": "agent",
    "prov:collection": "entity",
}


def document() -> dict[str, Any]:
    analysis = link_outlets(built(outlet="Ukrainska Pravda", published=date(2022, 12, 2)))
    return to_prov([analysis])


def relations(doc: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return list(doc.get(kind, {}).values())


def test_prov_every_relation_points_at_declared_records() -> None:
    doc = document()
    assert doc["prefix"] == PREFIXES
    for kind, roles in RELATION_ROLES.items():
        for relation in relations(doc, kind):
            for role in roles:
                assert relation[role] in doc[ROLE_SECTION[role]], (kind, relation)


def test_prov_statements_are_attributed_to_speakers_and_derived_from_cited_reports() -> None:
    doc = document()
    attributed = {(r["prov:entity"], r["prov:agent"]) for r in relations(doc, "wasAttributedTo")}
    assert ("rep:statement/s-inner", "rep:speaker/art1/biden") in attributed
    assert ("rep:article/art1", "outlet:ukrainska-pravda") in attributed
    assert ("rep:report/c-ria", "outlet:ria-novosti") in attributed
    assert ("rep:report/c-daily", "rep:outlet/daily-example") in attributed
    derived = {
        (r["prov:generatedEntity"], r["prov:usedEntity"]): r["prov:type"]
        for r in relations(doc, "wasDerivedFrom")
    }
    # a direct quote is quoted from the cited report (PROV's wasQuotedFrom) …
    assert derived[("rep:statement/s-inner", "rep:report/c-tass")] == "prov:Quotation"
    # … indirect speech cites it, and the reporting statement derives from the reported one
    assert derived[("rep:statement/s-outer", "rep:report/c-ria")] == "rep:Citing"
    assert derived[("rep:statement/s-outer", "rep:statement/s-inner")] == "rep:ReportedSpeech"


def test_prov_outlets_carry_registry_facts_and_parents() -> None:
    doc = document()
    ria = doc["agent"]["outlet:ria-novosti"]
    assert ria["rep:affiliation"] == "state-owned"
    assert ria["prov:type"] == "prov:Organization"
    assert "basis" not in ria
    assert ria["rep:basis"]
    delegation = {
        (r["prov:delegate"], r["prov:responsible"]) for r in relations(doc, "actedOnBehalfOf")
    }
    assert ("outlet:ria-novosti", "outlet:rossiya-segodnya") in delegation


def test_prov_article_entity_and_reporting_activity() -> None:
    doc = document()
    article = doc["entity"]["rep:article/art1"]
    assert article["rep:published"] == {"$": "2022-12-02", "type": "xsd:date"}
    assert "rep:reporting/art1" in doc["activity"]
    members = {r["prov:entity"] for r in relations(doc, "hadMember")}
    assert members == {"rep:statement/s-outer", "rep:statement/s-inner"}


def test_prov_empty_input_is_a_document_with_prefixes_only() -> None:
    assert to_prov([]) == {"prefix": PREFIXES}


def test_prov_statements_carry_act_and_negation() -> None:
    analysis = link_outlets(built(outlet="Ukrainska Pravda", published=date(2022, 12, 2)))
    inner = next(s for s in analysis.statements if s.id == "s-inner")
    denied = replace(inner, negated=True, act="belief")
    analysis = replace(
        analysis,
        statements=tuple(denied if s.id == "s-inner" else s for s in analysis.statements),
    )
    entities = to_prov([analysis])["entity"]
    assert entities["rep:statement/s-inner"]["rep:negated"] is True
    assert entities["rep:statement/s-inner"]["rep:act"] == "belief"
    assert entities["rep:statement/s-outer"]["rep:negated"] is False
    assert entities["rep:statement/s-outer"]["rep:act"] == "speech"
