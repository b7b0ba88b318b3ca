"""Fetch limits against a real local server: a total deadline (headers and body dripped a byte a second)
and a cap on decoded bytes however many Content-Encodings are stacked.

The server is a raw socket script, so it can misbehave as a hostile one would: drip, lie about
encodings, never close.
"""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator

import pytest

from bot.sources import Fetcher, SourceError
from bot.sources.netpolicy import OutboundPolicy
from tests.reliability.tally import record

LOOPBACK = OutboundPolicy(allow_networks=(ipaddress.ip_network("127.0.0.1/32"),))
Script = Callable[[socket.socket], None]


class ScriptServer:
    """Accepts connections on 127.0.0.1 and runs ``script(conn)`` after reading the request head."""

    def __init__(self, script: Script, *, read_head: bool = True) -> None:
        self.script = script
        self.read_head = read_head
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        self.sock.settimeout(0.02)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while self.read_head and b"\r\n\r\n" not in head:
                data = conn.recv(4096)
                if not data:
                    return
                head += data
            try:
                self.script(conn)
            except OSError:  # the client gave up: what we want
                pass

    def __enter__(self) -> str:
        self.thread.start()
        return f"{'http' if self.read_head else 'https'}://127.0.0.1:{self.port}/page"

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


def _drip(data: bytes, every: float = 1.0) -> Script:
    def script(conn: socket.socket) -> None:
        for byte in data:
            conn.sendall(bytes([byte]))
            time.sleep(every)

    return script


def _send(head: str, chunks: Iterator[bytes] | list[bytes]) -> Script:
    def script(conn: socket.socket) -> None:
        conn.sendall(head.encode("latin-1"))
        for chunk in chunks:
            conn.sendall(chunk)

    return script


HEADERS = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"


@pytest.mark.parametrize(("name", "script"), [
    ("headers dripped", _drip(HEADERS.encode())),
    ("body dripped", lambda conn: (conn.sendall(HEADERS.encode()), _drip(b"x" * 1000)(conn))),
    ("body dripped, no length",
     lambda conn: (conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"), _drip(b"x" * 1000)(conn))),
    ("chunked dripped", lambda conn: (conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
                                      _drip(b"1\r\nx\r\n" * 200)(conn))),
])
@pytest.mark.alone
def test_a_slow_server_ends_at_the_total_deadline(name: str, script: Script) -> None:
    with ScriptServer(script) as url, Fetcher(timeout=1, policy=LOOPBACK) as fetcher:
        started = time.monotonic()
        with pytest.raises(SourceError, match=r"^timed out after 1s$"):
            fetcher.fetch(url)
        took = time.monotonic() - started
    record("fetch limits", refusals=1)
    assert took < 1.8, f"{name}: {took:.1f}s for a 1s deadline"


@pytest.mark.alone
def test_a_tls_handshake_fed_a_byte_a_second_ends_at_the_deadline() -> None:
    """Each read of the handshake gets a byte in time; only the watchdog ends it."""
    server_hello = b"\x16\x03\x03\x10\x00\x02" + b"\x00" * 4000  # a record header, then a slow body
    with ScriptServer(_drip(server_hello, every=0.25), read_head=False) as url, \
            Fetcher(timeout=1, policy=LOOPBACK) as fetcher:
        started = time.monotonic()
        with pytest.raises(SourceError, match=r"^timed out after 1s$"):
            fetcher.fetch(url)
        took = time.monotonic() - started
    record("fetch limits", refusals=1)
    assert took < 1.8


def _zeros_gzip(size: int) -> bytes:
    """``size`` zero bytes, gzipped in pieces (a bomb without holding it)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = bytes(1_000_000)
    out = [comp.compress(piece) for _ in range(size // len(piece))]
    return b"".join(out) + comp.flush()


BOMB = _zeros_gzip(100_000_000)  # 100 MB of zeros in about 100 KB


def _encoded(head_encoding: str, body: bytes) -> Script:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {head_encoding}\r\n" \
           f"Content-Length: {len(body)}\r\n\r\n"
    return _send(head, [body])


@pytest.mark.parametrize(("encoding", "body"), [
    ("gzip", BOMB),
    ("gzip, gzip", gzip.compress(BOMB)),
    ("gzip, deflate", zlib.compress(BOMB)),
    ("deflate, gzip", gzip.compress(zlib.compress(bytes(50_000_000), 9))),
    ("gzip, gzip, gzip", gzip.compress(gzip.compress(BOMB))),
])
def test_decoded_bytes_are_capped_however_many_encodings_are_stacked(encoding: str, body: bytes) -> None:
    with ScriptServer(_encoded(encoding, body)) as url, Fetcher(timeout=10, max_bytes=1_000_000, policy=LOOPBACK) as f:
        tracemalloc.start()
        try:
            with pytest.raises(SourceError, match=r"^too large \(> 1 MB\)$"):
                f.fetch(url)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    record("fetch limits", refusals=1)
    assert peak < 8_000_000, f"{encoding}: {peak / 1e6:.0f} MB held while decoding"


def test_stacked_encodings_decode_to_the_page() -> None:
    page = b"<html><body>" + b"<p>Acme raised money.</p>" * 200 + b"</body></html>"
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    cases = [("gzip", gzip.compress(page)), ("deflate", zlib.compress(page)),
             ("deflate", raw_deflate.compress(page) + raw_deflate.flush()),  # raw, as some servers send it
             ("gzip", gzip.compress(page[:100]) + gzip.compress(page[100:])),  # two members
             ("gzip, deflate", zlib.compress(gzip.compress(page))), ("x-gzip, identity", gzip.compress(page))]
    for encoding, body in cases:
        with ScriptServer(_encoded(encoding, body)) as url, Fetcher(timeout=5, policy=LOOPBACK) as fetcher:
            assert fetcher.fetch(url).body == page, encoding


@pytest.mark.parametrize(("encoding", "reason"), [
    ("br", "unsupported content encoding: br"),
    ("gzip, gzip, gzip, gzip", "too many content encodings (4)"),
])
def test_unknown_or_too_many_encodings_are_refused(encoding: str, reason: str) -> None:
    body = b"whatever"
    for _ in encoding.split(","):
        body = gzip.compress(body)
    with ScriptServer(_encoded(encoding, body)) as url, Fetcher(timeout=5, policy=LOOPBACK) as fetcher:
        with pytest.raises(SourceError) as err:
            fetcher.fetch(url)
    assert str(err.value) == reason


def test_a_corrupt_body_is_a_clear_failure() -> None:
    with ScriptServer(_encoded("gzip", b"\x1f\x8b not really gzip")) as url, Fetcher(timeout=5, policy=LOOPBACK) as f:
        with pytest.raises(SourceError, match=r"^cannot decode the body \(gzip\)"):
            f.fetch(url)
