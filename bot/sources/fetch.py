"""The only network I/O of the sources layer: fetch one http(s) URL with a timeout and a size cap."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from bot.sources.errors import SourceError

MAX_REDIRECTS = 5


@dataclass
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # lower-cased media type without parameters, "" when absent
    body: bytes


def _secs(value: float) -> str:
    return f"{value:g}s"


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n / 1000:g} KB" if n >= 1000 else f"{n} bytes"


class Fetcher:
    """Fetch pages for ingest.  Pass ``client`` (e.g. with ``httpx.MockTransport``) to control transport.

    Every failure raises ``SourceError`` with a short reason: "not an http(s) URL", "timed out after 15s",
    "HTTP 404", "too large (> 5 MB)", "too many redirects", "connection failed: ...".
    """

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        timeout: float = 15.0,
        max_bytes: int = 5_000_000,
        user_agent: str = "briefing-bot/0.1 (+news fact store)",
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._own = client is None
        self.client = client or httpx.Client()
        # Set on every request too, so a caller-supplied client gets the same policy.
        self._headers = {"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}

    @classmethod
    def from_settings(cls, settings: object, client: httpx.Client | None = None) -> Fetcher:
        """Build from ``bot.config.Settings`` (fetch_timeout, fetch_max_bytes, user_agent)."""
        return cls(
            client,
            timeout=settings.fetch_timeout,  # type: ignore[attr-defined]
            max_bytes=settings.fetch_max_bytes,  # type: ignore[attr-defined]
            user_agent=settings.user_agent,  # type: ignore[attr-defined]
        )

    def close(self) -> None:
        if self._own:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchResult:
        """GET ``url``, following up to 5 redirects, streaming and stopping at ``max_bytes``."""
        if urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).netloc:
            raise SourceError("not an http(s) URL")
        current = url
        # Redirects are followed by hand so each hop is checked for scheme and counted.
        for _ in range(MAX_REDIRECTS + 1):
            try:
                with self.client.stream(
                    "GET", current, headers=self._headers, timeout=self.timeout, follow_redirects=False
                ) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise SourceError(f"HTTP {resp.status_code} redirect without a location")
                        current = str(resp.url.join(location))
                        if urlsplit(current).scheme.lower() not in ("http", "https"):
                            raise SourceError("redirected to a non-http(s) URL")
                        continue
                    if resp.status_code >= 400:
                        raise SourceError(f"HTTP {resp.status_code}")
                    body = self._read_capped(resp)
                    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                    return FetchResult(url, str(resp.url), resp.status_code, ctype, body)
            except httpx.TimeoutException as exc:
                raise SourceError(f"timed out after {_secs(self.timeout)}") from exc
            except httpx.TooManyRedirects as exc:  # pragma: no cover - we do not let httpx redirect
                raise SourceError("too many redirects") from exc
            except (httpx.ConnectError, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise SourceError(f"connection failed: {exc or type(exc).__name__}") from exc
            except httpx.HTTPError as exc:
                raise SourceError(f"request failed: {exc or type(exc).__name__}") from exc
        raise SourceError(f"too many redirects (> {MAX_REDIRECTS})")

    def _read_capped(self, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(f"too large (> {_size(self.max_bytes)})")
        chunks: list[bytes] = []
        total = 0
        for chunk in resp.iter_bytes():
            total += len(chunk)
            if total > self.max_bytes:
                raise SourceError(f"too large (> {_size(self.max_bytes)})")
            chunks.append(chunk)
        return b"".join(chunks)
