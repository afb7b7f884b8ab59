"""A real HTTP server on 127.0.0.1 for tests: routes are functions of the request handler; nothing leaves the machine.

Each test fixture starts one in a daemon thread and shuts it down after;
``seen`` records (path, Host header) of every request, so a test can show
that a refused URL was never asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], None]


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a trickling handler may still run when a test ends
    routes: dict[str, Route]
    seen: list[tuple[str, str]]

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (deadline, size cap) breaks the pipe: that is the test working."""

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read ``seen`` instead."""

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        path = self.path.split("?", 1)[0]
        self.server.seen.append((path, self.headers.get("Host", "")))
        self.server.routes.get(path, lambda h: send(h, 404, b"not found", Content_Type="text/plain"))(self)


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    """A whole response; header names are given with underscores (Content_Encoding=...)."""
    handler.send_response(status)
    headers.setdefault("Content_Type", "text/html; charset=utf-8")
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@contextmanager
def serving(routes: dict[str, Route] | None = None) -> Iterator[Server]:
    server = Server(("127.0.0.1", 0), _Handler)
    server.routes, server.seen = dict(routes or {}), []
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
