"""Provenance: the outlets that carry statements, citation chains and quote tracing."""

from reportedly.provenance.chain import Chain, chains, provenance_chain, render_chain
from reportedly.provenance.outlets import Outlet, OutletMatch, OutletRegistry, default_registry
from reportedly.provenance.prov import to_prov
from reportedly.provenance.quote_diff import word_diff
from reportedly.provenance.stage import article_outlet, link_outlets
from reportedly.provenance.trace import QuoteIndex, QuoteRecord, QuoteTrace, trace_quote

__all__ = [
    "Chain",
    "Outlet",
    "OutletMatch",
    "OutletRegistry",
    "QuoteIndex",
    "QuoteRecord",
    "QuoteTrace",
    "article_outlet",
    "chains",
    "default_registry",
    "link_outlets",
    "provenance_chain",
    "render_chain",
    "to_prov",
    "trace_quote",
    "word_diff",
]
