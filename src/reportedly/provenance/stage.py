"""The provenance stage: link cited sources and the article's own outlet to the outlet registry."""

from __future__ import annotations

import dataclasses

from reportedly._fingerprint import package_digest
from reportedly.model import Analysis, Article, Citation, Skip
from reportedly.provenance.outlets import Outlet, OutletRegistry, default_registry

VERSION = f"reportedly.provenance.v1+{package_digest('reportedly.provenance')}"
CODE_FAILED = "E320"  # the provenance stage failed on an article (recorded as a Skip)


def article_outlet(article: Article, registry: OutletRegistry | None = None) -> Outlet | None:
    """The registry entry of the outlet that published ``article``.

    The outlet named in the metadata wins; otherwise the host of the article's URL decides
    (``eng.pravda.com.ua`` → Ukrainska Pravda).
    """
    outlets = registry or default_registry()
    if article.outlet:
        found = outlets.match(article.outlet)
        if found is not None:
            return found
    if article.url:
        return outlets.by_domain(article.url)
    return None


def link_outlets(analysis: Analysis, registry: OutletRegistry | None = None) -> Analysis:
    """``analysis`` with each citation's ``outlet_id`` set and the article's outlet filled in.

    A citation keeps an id it already has; an unknown outlet keeps ``outlet_id=None`` and its
    name as written. An article without an outlet name gets the registry name of its URL's
    outlet, when the registry knows the domain.
    """
    outlets = registry or default_registry()
    citations = tuple(_link(c, outlets) for c in analysis.citations)
    article = analysis.article
    if not article.outlet and article.url:
        own = outlets.by_domain(article.url)
        if own is not None:
            article = dataclasses.replace(article, outlet=own.name)
    versions = {**analysis.versions, "provenance": VERSION}
    return dataclasses.replace(analysis, article=article, citations=citations, versions=versions)


def _link(citation: Citation, outlets: OutletRegistry) -> Citation:
    if citation.outlet_id is not None:
        return citation
    found = outlets.match(citation.outlet)
    if found is None:
        return citation
    return dataclasses.replace(citation, outlet_id=found.id)


def provenance_stage(analysis: Analysis, registry: OutletRegistry | None = None) -> Analysis:
    """Run :func:`link_outlets`, recording a :class:`Skip` instead of raising when it fails."""
    try:
        return link_outlets(analysis, registry)
    except Exception as e:  # the batch boundary: one odd article never aborts a run
        skip = Skip(stage="provenance", code=CODE_FAILED, reason=f"{type(e).__name__}: {e}")
        return dataclasses.replace(analysis, skipped=(*analysis.skipped, skip))
