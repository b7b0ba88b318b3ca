"""Network helpers for the fetch tests: a resolver that never asks DNS, and servers on 127.0.0.x that count connections."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bot.sources.netpolicy import OutboundPolicy

# A documentation-free public address (example.com's) for names in tests with a mock transport; no DNS query.
PUBLIC_ADDRESS = "93.184.215.14"
PUBLIC_DNS = OutboundPolicy(resolver=lambda host, port: [PUBLIC_ADDRESS])


Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]


class RecordingServer:
    """An HTTP server on ``host`` (127.0.0.x) that records every connection and answers by path."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, routes: dict[str, Route] | None = None) -> None:
        self.connections: list[tuple[str, int]] = []
        self.requests: list[tuple[str, str]] = []  # (path, Host header)
        self.routes: dict[str, Route] = routes or {}
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def setup(self) -> None:
                owner.connections.append(self.client_address)
                super().setup()

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                owner.requests.append((self.path, self.headers.get("Host", "")))
                route = owner.routes.get(self.path)
                status, headers, body = route(self) if route else (
                    200, {"Content-Type": "text/plain; charset=utf-8"}, b"hello from the test server")
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.host = host
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> RecordingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
