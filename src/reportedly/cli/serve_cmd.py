"""``reportedly serve``: the HTTP API and web UI over the store, on 127.0.0.1 by default."""

from __future__ import annotations

import os
from pathlib import Path

import click

from reportedly.cli import db_option

LOCALHOST = "127.0.0.1"


@click.command("serve")
@db_option
@click.option("--host", default=LOCALHOST, show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="REPORTEDLY_TOKEN",
    default=None,
    help="Bearer token enabling POST /api/ingest [env REPORTEDLY_TOKEN; default: disabled].",
)
@click.option(
    "--allowed-host",
    "extra_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests for this host name (repeatable; '*': any). Loopback names "
    "and the bound host are always answered; others get a 400 (DNS-rebinding defence).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Server processes: more answer more clients at once, about four per core (docs/scale.md).",
)
def serve(
    db: Path | None,
    host: str,
    port: int,
    token: str | None,
    extra_hosts: tuple[str, ...] = (),
    workers: int = 1,
) -> None:
    """Serve the web UI and the JSON API (docs at /docs) over the store."""
    import uvicorn

    from reportedly.api import create_app
    from reportedly.api.hosts import allowed_hosts
    from reportedly.store.dialect import redact

    hosts = allowed_hosts(host, extra_hosts)
    app = create_app(db, ingest_token=token, allowed_hosts=hosts)
    if host not in (LOCALHOST, "localhost", "::1"):
        click.echo(
            f"warning: binding {host}: the server is reachable from other machines", err=True
        )
    if token and os.environ.get("REPORTEDLY_TOKEN") != token:
        click.echo(
            "note: a token given on the command line is visible in the process list", err=True
        )
    where = redact(str(app.state.reportedly.db_path))
    many = f" in {workers} processes" if workers > 1 else ""
    click.echo(f"reportedly: serving {where} on http://{host}:{port}/{many}")
    if workers > 1:
        from reportedly.api.serving import serve_workers

        stored = app.state.reportedly.db_path
        serve_workers(
            None if stored is None else str(stored),
            host=host,
            port=port,
            token=token,
            hosts=sorted(hosts),
            workers=workers,
        )
        return
    from reportedly.api.serving import long_lived

    uvicorn.run(long_lived(app), host=host, port=port, log_level="info", server_header=False)
