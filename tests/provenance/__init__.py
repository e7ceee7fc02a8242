"""Tests of the provenance package: outlets, citation chains, quote tracing, PROV export."""
