"""Two local feeds that gain entries over time, served through httpx.MockTransport (no network).

Each feed answers with an ETag and Last-Modified and honours If-None-Match with 304; its entries
link to plain-text article pages on the same fake host. ``fail`` makes a feed answer 500.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

import httpx

from bot.sources.fetch import Fetcher
from tests.sources.netfixtures import PUBLIC_DNS

LAST_MODIFIED = format_datetime(datetime(2026, 6, 1, tzinfo=UTC), usegmt=True)


@dataclass
class LocalFeeds:
    feeds: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # feed URL -> [(page URL, text)]
    failing: set[str] = field(default_factory=set)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    delay: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, feed: str, page: str, text: str) -> None:
        self.feeds.setdefault(feed, []).append((page, text))

    def requests_to(self, url: str) -> list[dict[str, str]]:
        return [h for u, h in self.requests if u == url]

    def _rss(self, feed: str) -> bytes:
        items = "".join(
            f"<item><title>{escape(text.split(chr(10))[0])}</title><link>{escape(page)}</link>"
            f"<pubDate>Wed, 10 Jun 2026 08:00:00 GMT</pubDate></item>"
            for page, text in self.feeds[feed]
        )
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>{escape(feed)}</link>'
                f"<language>en</language>{items}</channel></rss>").encode()

    def handler(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        with self.lock:
            self.requests.append((url, dict(request.headers)))
        if self.delay:
            time.sleep(self.delay)
        if url in self.failing:
            return httpx.Response(500, text="boom")
        if url in self.feeds:
            body = self._rss(url)
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if request.headers.get("if-none-match") == etag:
                return httpx.Response(304, headers={"etag": etag})
            return httpx.Response(200, content=body, headers={"content-type": "application/rss+xml", "etag": etag,
                                                              "last-modified": LAST_MODIFIED})
        for pages in self.feeds.values():
            for page, text in pages:
                if page == url:
                    return httpx.Response(200, text=text, headers={"content-type": "text/plain; charset=utf-8"})
        return httpx.Response(404)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handler))

    def fetcher(self) -> Fetcher:
        """A fetcher on these feeds, under the outbound policy, with names resolved to a public address."""
        return Fetcher(self.client(), policy=PUBLIC_DNS)
