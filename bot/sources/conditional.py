"""Conditional GET for feed polling: send ETag / Last-Modified back, get 304 when nothing changed.

``bot.sources.fetch`` fetches articles and neither sends validators nor returns headers; polling a
feed every few minutes needs both, so this is the second (and only other) network call of sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from bot.sources.errors import SourceError

ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5"


@dataclass
class ConditionalResult:
    status: int  # 200, or 304 when the feed has not changed
    final_url: str
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def conditional_get(client: httpx.Client, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    timeout: float = 15.0, max_bytes: int = 5_000_000,
                    user_agent: str = "briefing-bot/0.1") -> ConditionalResult:
    """GET ``url`` with If-None-Match / If-Modified-Since; raises ``SourceError`` with a short reason."""
    if urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).netloc:
        raise SourceError("not an http(s) URL")
    headers = {"User-Agent": user_agent, "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.stream("GET", url, headers=headers, timeout=timeout, follow_redirects=True) as resp:
            if resp.status_code == 304:
                return ConditionalResult(304, str(resp.url), b"", etag, last_modified)
            if resp.status_code >= 400:
                raise SourceError(f"HTTP {resp.status_code}")
            if urlsplit(str(resp.url)).scheme.lower() not in ("http", "https"):
                raise SourceError("redirected to a non-http(s) URL")
            chunks, total = [], 0
            for chunk in resp.iter_bytes():
                total += len(chunk)
                if total > max_bytes:
                    raise SourceError(f"too large (> {max_bytes} bytes)")
                chunks.append(chunk)
            return ConditionalResult(resp.status_code, str(resp.url), b"".join(chunks),
                                     resp.headers.get("etag"), resp.headers.get("last-modified"))
    except httpx.TimeoutException as exc:
        raise SourceError(f"timed out after {timeout:g}s") from exc
    except httpx.TooManyRedirects as exc:
        raise SourceError("too many redirects") from exc
    except httpx.HTTPError as exc:
        raise SourceError(f"connection failed: {exc or type(exc).__name__}") from exc
