"""The exceptions reportedly raises, and its catalogue of coded messages.

    ReportedlyError
    ├── InputError        an input cannot be read: names the input (path, URL, line) and why
    ├── ConfigError       a setting, a registry file or a model is missing or wrong
    ├── ExtractionError   a stage failed on an input it accepted (likely a bug)
    ├── StoreError        the store cannot be opened, migrated or written
    └── NotFound          an article, statement or actor asked for does not exist

Codes: E1xx ingest, E2xx language pipeline, E3xx attribution, E4xx store, E5xx config,
E6xx evaluation. ``docs/errors.md`` lists them.
"""

from __future__ import annotations


class ReportedlyError(Exception):
    """Base of every error reportedly raises on purpose."""

    code: str = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(f"[{self.code}] {message}")


class InputError(ReportedlyError):
    """An input cannot be read or holds no article; the message names the input."""

    code = "E100"

    def __init__(self, source: str, message: str, *, code: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}", code=code)


class ConfigError(ReportedlyError):
    """A setting, registry file or language model is missing or invalid."""

    code = "E500"


class ExtractionError(ReportedlyError):
    """A stage failed on input it had accepted."""

    code = "E300"


class StoreError(ReportedlyError):
    """The store cannot be opened, migrated or written."""

    code = "E400"


class NotFound(ReportedlyError):
    """A record asked for does not exist."""

    code = "E404"
