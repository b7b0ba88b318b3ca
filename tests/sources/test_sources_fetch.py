from __future__ import annotations

import httpx
import pytest

from bot.sources import Fetcher, SourceError
from tests.sources.netfixtures import PUBLIC_DNS


def _fetcher(handler, **kw) -> Fetcher:
    return Fetcher(httpx.Client(transport=httpx.MockTransport(handler)), policy=PUBLIC_DNS, **kw)


def test_ok_with_user_agent_and_content_type() -> None:
    seen = {}

    def handler(req: httpx.Request) -> httpx.Response:
        seen["ua"] = req.headers["user-agent"]
        return httpx.Response(200, content=b"<html>hi</html>", headers={"content-type": "text/html; charset=utf-8"})

    res = _fetcher(handler, user_agent="test-agent/1").fetch("https://news.example/a")
    assert (res.status, res.content_type, res.body) == (200, "text/html", b"<html>hi</html>")
    assert res.url == res.final_url == "https://news.example/a"
    assert seen["ua"] == "test-agent/1"


def test_404() -> None:
    with pytest.raises(SourceError, match=r"^HTTP 404$"):
        _fetcher(lambda r: httpx.Response(404)).fetch("https://news.example/missing")


def test_timeout() -> None:
    def handler(req: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=req)

    with pytest.raises(SourceError, match=r"^timed out after 15s$"):
        _fetcher(handler, timeout=15).fetch("https://news.example/slow")


def test_connection_failure() -> None:
    def handler(req: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("name not resolved", request=req)

    with pytest.raises(SourceError, match=r"^connection failed: name not resolved$"):
        _fetcher(handler).fetch("https://nowhere.example/")


def test_oversize_streamed_and_declared() -> None:
    def streamed(req: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"x" * 600, b"x" * 600]))  # no content-length

    with pytest.raises(SourceError, match=r"^too large \(> 1 KB\)$"):
        _fetcher(streamed, max_bytes=1000).fetch("https://news.example/big")
    with pytest.raises(SourceError, match=r"^too large \(> 5 MB\)$"):
        _fetcher(lambda r: httpx.Response(200, content=b"x" * 5_000_001)).fetch("https://news.example/huge")


def test_redirect_followed_and_limited() -> None:
    def handler(req: httpx.Request) -> httpx.Response:
        if req.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        if req.url.path.startswith("/loop"):
            return httpx.Response(302, headers={"location": "/loop"})
        return httpx.Response(200, content=b"ok", headers={"content-type": "text/plain"})

    res = _fetcher(handler).fetch("https://news.example/old")
    assert res.final_url == "https://news.example/new" and res.body == b"ok"
    with pytest.raises(SourceError, match=r"^too many redirects \(> 5\)$"):
        _fetcher(handler).fetch("https://news.example/loop")


def test_redirect_to_other_scheme_refused() -> None:
    handler = lambda r: httpx.Response(302, headers={"location": "file:///etc/passwd"})  # noqa: E731
    with pytest.raises(SourceError, match="non-http"):
        _fetcher(handler).fetch("https://news.example/x")


@pytest.mark.parametrize("url", ["ftp://news.example/a", "file:///etc/passwd", "javascript:alert(1)", "news.example"])
def test_non_http_scheme(url: str) -> None:
    with pytest.raises(SourceError, match=r"^not an http\(s\) URL$"):
        _fetcher(lambda r: httpx.Response(200)).fetch(url)
