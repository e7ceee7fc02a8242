"""Provenance: the outlets that carry statements, citation chains and quote tracing."""

from reportedly.provenance.outlets import Outlet, OutletMatch, OutletRegistry, default_registry

__all__ = ["Outlet", "OutletMatch", "OutletRegistry", "default_registry"]
