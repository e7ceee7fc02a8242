"""The export formats the command line offers are those the store writes."""

from __future__ import annotations

from reportedly.cli import EXPORT_FORMATS
from reportedly.store import FORMATS


def test_cli_export_formats_are_the_stores() -> None:
    assert EXPORT_FORMATS == FORMATS
