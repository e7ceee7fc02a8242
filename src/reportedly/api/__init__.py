"""The HTTP API and web UI over the store: ``create_app(db_path)`` returns the ASGI app."""

from reportedly.api.app import create_app

__all__ = ["create_app"]
