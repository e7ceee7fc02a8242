"""The Host-header check: answer only requests that name a host the server was started for.

A page on another site can make a browser send requests to a local server under the other
site's name (DNS rebinding); such requests carry that name in their ``Host`` header, so
refusing unknown names keeps the local API private to the local machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")
ANY_HOST = "*"
# binding these means "every interface": they name no host a client could send
_WILDCARD_BINDS = frozenset(("0.0.0.0", "::", ""))


def allowed_hosts(bound: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The host names a server bound to ``bound`` answers: loopback names, the bound host
    (unless it is a wildcard address) and ``extra``, all lower-cased, without brackets."""
    names = {*LOOPBACK_HOSTS, *extra}
    if bound is not None and bound not in _WILDCARD_BINDS:
        names.add(bound)
    return frozenset(_bare(n) for n in names if n.strip())


def host_name(header: str) -> str:
    """The host of a ``Host`` header value, lower-cased, without port or IPv6 brackets."""
    value = header.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1 : value.find("]")] if "]" in value else ""
    if value.count(":") == 1:  # name:port (a bare IPv6 address has several colons)
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def _bare(name: str) -> str:
    return host_name(name) if name != ANY_HOST else ANY_HOST


class HostCheck:
    """ASGI middleware answering 400 to a request whose ``Host`` is not in ``hosts``.

    ``"*"`` in ``hosts`` turns the check off (behind a proxy that checks hosts itself).
    """

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or ANY_HOST in self.hosts:
            await self.app(scope, receive, send)
            return
        header = next((v for k, v in scope.get("headers", ()) if k == b"host"), b"")
        name = host_name(header.decode("latin-1"))[:100]
        if name in self.hosts:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        message = (
            f"host {name or '(none)'!r} is not served here; start the server with "
            f"--allowed-host {name or 'NAME'} to allow it"
        )
        body = json.dumps({"ok": False, "error": message, "status": 400}).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 400,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode("ascii")),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
