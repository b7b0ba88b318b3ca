"""The only network I/O of the sources layer: fetch one http(s) URL with a deadline, a size cap and the outbound policy."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from bot.sources.deadline import deadline as deadline_scope
from bot.sources.decoding import ACCEPT_ENCODING, decode
from bot.sources.errors import SourceError
from bot.sources.netpolicy import OutboundPolicy, pinned_client

MAX_REDIRECTS = 5


@dataclass
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 304 when the validators sent show nothing changed (the body is then empty)
    content_type: str  # lower-cased media type without parameters, "" when absent
    body: bytes
    etag: str | None = None  # validators for the next conditional fetch
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _secs(value: float) -> str:
    return f"{value:g}s"


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n / 1000:g} KB" if n >= 1000 else f"{n} bytes"


class Fetcher:
    """Fetch pages for ingest under an ``OutboundPolicy`` (public addresses only unless allowed).

    Without ``client`` the fetcher owns a client whose transport resolves each hop once, checks the
    address and connects to it (``PinnedTransport``). A caller-supplied ``client`` (e.g. with
    ``httpx.MockTransport``) gets the same check on every hop, through the policy's resolver.

    Every failure raises ``SourceError`` with a short reason: "not an http(s) URL", "refused: 10.0.0.1 is
    a private address", "timed out after 15s", "HTTP 404", "too large (> 5 MB)", "too many redirects",
    "connection failed: ...". ``timeout`` is also the deadline of the whole fetch, redirects included.
    """

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        timeout: float = 15.0,
        max_bytes: int = 5_000_000,
        user_agent: str = "briefing-bot/0.1 (+news fact store)",
        policy: OutboundPolicy | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.policy = policy or OutboundPolicy()
        self._own = client is None
        self.client = client or pinned_client(self.policy)
        # Set on every request too, so a caller-supplied client gets the same policy.
        self._headers = {"User-Agent": user_agent, "Accept-Encoding": ACCEPT_ENCODING, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}

    @classmethod
    def from_settings(cls, settings: object, client: httpx.Client | None = None) -> Fetcher:
        """Build from ``bot.config.Settings`` (fetch_timeout, fetch_max_bytes, user_agent, fetch_allow_networks)."""
        return cls(
            client,
            timeout=settings.fetch_timeout,  # type: ignore[attr-defined]
            max_bytes=settings.fetch_max_bytes,  # type: ignore[attr-defined]
            user_agent=settings.user_agent,  # type: ignore[attr-defined]
            policy=OutboundPolicy(allow_networks=tuple(settings.fetch_allow_networks)),  # type: ignore[attr-defined]
        )

    def close(self) -> None:
        if self._own:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET ``url``, following up to 5 redirects (each hop checked), streaming and stopping at ``max_bytes``.

        ``etag`` / ``last_modified`` from an earlier fetch make it conditional (a feed polled again):
        an unchanged page answers 304 with an empty body."""
        current = self.policy.parse(url)
        deadline = time.monotonic() + self.timeout
        headers = dict(self._headers)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        # Redirects are followed by hand so each hop is checked against the policy and counted.
        for hop in range(MAX_REDIRECTS + 1):
            try:
                with deadline_scope(deadline):
                    result = self._hop(url, current, deadline, headers)
            except SourceError as exc:
                if hop and str(exc).startswith("refused"):
                    raise SourceError(f"redirected to {_short(str(current))}: {exc}") from None
                raise
            if isinstance(result, FetchResult):
                return result
            current = result
        raise SourceError(f"too many redirects (> {MAX_REDIRECTS})")

    def _hop(self, url: str, current: httpx.URL, deadline: float, headers: dict[str, str]) -> FetchResult | httpx.URL:
        """One request: the page, or the next URL when it redirects."""
        if not self._own:  # our own transport checks (and pins) the hop itself: one resolution
            self.policy.check(current)
        try:
            with self.client.stream(
                "GET", current, headers=headers, timeout=self._left(deadline), follow_redirects=False
            ) as resp:
                if resp.status_code == 304:
                    return FetchResult(url, str(current), 304, "", b"", headers.get("If-None-Match"),
                                       headers.get("If-Modified-Since"))
                if resp.is_redirect:
                    location = resp.headers.get("location")
                    if not location:
                        raise SourceError(f"HTTP {resp.status_code} redirect without a location")
                    try:
                        return self.policy.parse(current.join(location))
                    except SourceError as exc:
                        if str(exc) == "not an http(s) URL":
                            raise SourceError("redirected to a non-http(s) URL") from None
                        raise SourceError(f"redirected to {_short(location)}: {exc}") from None
                if resp.status_code >= 400:
                    raise SourceError(f"HTTP {resp.status_code}")
                body = self._read_capped(resp, deadline)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                return FetchResult(url, str(current), resp.status_code, ctype, body,
                                   resp.headers.get("etag"), resp.headers.get("last-modified"))
        except httpx.HTTPError as exc:
            raise self._failure(exc, deadline) from exc

    def _failure(self, exc: httpx.HTTPError, deadline: float) -> SourceError:
        """The one-line reason for a failed request. Past the deadline it is a timeout whatever the
        socket said (the watchdog shuts a dripping connection down, which reads as a disconnect)."""
        if isinstance(exc, httpx.TimeoutException) or time.monotonic() >= deadline:
            return SourceError(f"timed out after {_secs(self.timeout)}")
        if isinstance(exc, (httpx.ConnectError, httpx.NetworkError, httpx.RemoteProtocolError)):
            return SourceError(f"connection failed: {exc or type(exc).__name__}")
        return SourceError(f"request failed: {exc or type(exc).__name__}")

    def _left(self, deadline: float) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise SourceError(f"timed out after {_secs(self.timeout)}")
        return left

    def _read_capped(self, resp: httpx.Response, deadline: float) -> bytes:
        """The decoded body, refused as soon as it passes ``max_bytes`` (decoded, however many
        Content-Encodings are stacked) or the deadline passes."""
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(f"too large (> {_size(self.max_bytes)})")
        chunks: list[bytes] = []
        total = 0
        for piece in _decoded(resp):
            total += len(piece)
            if total > self.max_bytes:
                raise SourceError(f"too large (> {_size(self.max_bytes)})")
            self._left(deadline)  # a body trickled a byte at a time still ends at the deadline
            chunks.append(piece)
        self._left(deadline)  # a body cut short by the deadline watchdog is no page
        return b"".join(chunks)


def _decoded(resp: httpx.Response) -> Iterator[bytes]:
    """The body in decoded pieces. A response built from bytes (an ``httpx.MockTransport`` handler's)
    arrives already read and decoded by httpx; a real one is streamed raw and decoded here."""
    if resp.is_stream_consumed:
        return iter([resp.content])
    return decode(resp.iter_raw(), resp.headers.get("content-encoding", ""))


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
