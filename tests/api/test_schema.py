"""Schemathesis: generated requests against the OpenAPI schema, answered in-process.

Every operation gets at most 50 generated cases; checks are schemathesis' defaults (no
server error, documented status codes, content types and response schemas, …).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from reportedly.api import create_app

from .builders import build_store

pytestmark = pytest.mark.needs_model

TOKEN = "schema-token"
MAX_EXAMPLES = 50


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> schemathesis.BaseSchema:
    path: Path = tmp_path_factory.mktemp("schema") / "store.db"
    build_store(path)
    # schemathesis addresses the app as "testserver"; the Host check has tests of its own
    app = create_app(
        path, ingest_token=TOKEN, max_ingest_bytes=50_000, allowed_hosts=["testserver"]
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def _check_operation(operation: Any) -> None:
    # Whether a string holds a readable article no schema can say: a schema-valid body may
    # still be a 400 (empty, binary, no main text), so that one check is skipped for ingest.
    excluded = [positive_data_acceptance] if operation.label == "POST /api/ingest" else []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: schemathesis.Case) -> None:
        # Cursors are opaque: a schema-valid string is still not a cursor (a 400 that
        # test_routes checks), so generated cases never send one.
        if case.query:
            case.query.pop("cursor", None)
        case.call_and_validate(
            headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=excluded
        )

    check()


def test_schema_every_operation_conforms(api_schema: schemathesis.BaseSchema) -> None:
    labels = []
    for result in api_schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)
        _check_operation(operation)
    for label in (
        "GET /api/statements",
        "POST /api/ingest",
        "GET /api/actors",
        "GET /api/actors/{actor_id}",
        "GET /api/outlets/{key}",
        "GET /api/trace",
    ):
        assert label in labels
