"""Server-side request forgery: every form of a non-public destination is refused before any connection.

The fetcher talks to real servers on 127.0.0.1 and 127.0.0.2 that record connections, and every
``socket.create_connection`` of the process is recorded too: a refused URL must leave both untouched.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from bot.sources import Fetcher, SourceError
from bot.sources.netpolicy import OutboundPolicy
from tests.conftest import make_app
from tests.reliability.tally import record
from tests.sources.netfixtures import RecordingServer

LOOPBACK_ONLY = (ipaddress.ip_network("127.0.0.1/32"),)


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every TCP connection the process opens (httpcore connects through socket.create_connection)."""
    seen: list[tuple[str, int]] = []
    real = socket.create_connection

    def recording(address, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((str(address[0]), int(address[1])))
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", recording)
    return seen


def _redirect(location: str):  # type: ignore[no-untyped-def]
    return lambda handler: (302, {"Location": location}, b"")


@pytest.fixture
def servers():  # type: ignore[no-untyped-def]
    """``inside`` on 127.0.0.1 (the allowed test network) and ``other`` on 127.0.0.2, on the same port,
    so a rebinding or redirect that slipped through to 127.0.0.2 would be recorded by ``other``."""
    for _ in range(20):
        inside = RecordingServer("127.0.0.1")
        try:
            other = RecordingServer("127.0.0.2", port=inside.port)
            break
        except OSError:
            inside.server.server_close()
    else:  # pragma: no cover
        pytest.skip("cannot bind 127.0.0.2")
    with inside, other:
        yield inside, other


# (url, expected reason) - fetched with the default policy: nothing private is allowed.
# PORT is replaced by the port of the server on 127.0.0.1, so anything not refused would reach it.
REFUSED = [
    ("http://127.0.0.1:PORT/", "refused: 127.0.0.1 is a loopback address"),
    ("http://localhost:PORT/", "refused: localhost (127.0.0.1) is a loopback address"),
    ("http://2130706433:PORT/", "refused: 2130706433 (127.0.0.1) is a loopback address"),
    ("http://0x7f000001:PORT/", "refused: 0x7f000001 (127.0.0.1) is a loopback address"),
    ("http://0177.0.0.1:PORT/", "not a valid URL"),  # httpx rejects octal IPv4 outright
    ("http://127.1:PORT/", "refused: 127.1 (127.0.0.1) is a loopback address"),
    ("http://[::ffff:127.0.0.1]:PORT/", "refused: ::ffff:127.0.0.1 is 127.0.0.1 in IPv6 form, a loopback address"),
    ("http://[::1]:PORT/", "refused: ::1 is a loopback address"),
    ("http://0.0.0.0:PORT/", "refused: 0.0.0.0 is an unspecified address"),
    ("http://[::]:PORT/", "refused: :: is an unspecified address"),
    ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address (cloud metadata)"),
    ("http://2852039166/", "refused: 2852039166 (169.254.169.254) is a link-local address (cloud metadata)"),
    ("http://[::ffff:169.254.169.254]/",
     "refused: ::ffff:169.254.169.254 is 169.254.169.254 in IPv6 form, a link-local address (cloud metadata)"),
    ("http://[64:ff9b::a9fe:a9fe]/", "169.254.169.254 in IPv6 form, a link-local address (cloud metadata)"),
    ("http://[2002:a9fe:a9fe::1]/", "169.254.169.254 in IPv6 form, a link-local address (cloud metadata)"),
    ("http://169.254.1.1/", "refused: 169.254.1.1 is a link-local address"),
    ("http://[fe80::1]/", "refused: fe80::1 is a link-local address"),
    ("http://10.0.0.1/", "refused: 10.0.0.1 is a private address"),
    ("http://172.16.5.4/", "refused: 172.16.5.4 is a private address"),
    ("http://192.168.1.1:8080/", "refused: 192.168.1.1 is a private address"),
    ("http://100.64.0.1/", "refused: 100.64.0.1 is a shared (carrier-grade NAT) address"),
    ("http://[fc00::1]/", "refused: fc00::1 is a unique-local address"),
    ("http://[fd12:3456::1]/", "refused: fd12:3456::1 is a unique-local address"),
    ("http://224.0.0.1/", "refused: 224.0.0.1 is a multicast address"),
    ("http://[ff02::1]/", "refused: ff02::1 is a multicast address"),
    ("http://240.0.0.1/", "refused: 240.0.0.1 is a reserved address"),
    ("http://255.255.255.255/", "refused: 255.255.255.255 is a reserved address"),
    ("http://127.0.0.1@10.0.0.1/", "refused: URLs with user info (user@host) are not fetched"),
    ("http://127.0.0.1:PORT\\@10.0.0.1/", "refused: URLs with user info (user@host) are not fetched"),
    ("http://user:pw@127.0.0.1:PORT/", "refused: URLs with user info (user@host) are not fetched"),
    ("file:///etc/passwd", "not an http(s) URL"),
    ("ftp://127.0.0.1:PORT/", "not an http(s) URL"),
    ("gopher://127.0.0.1:PORT/_x", "not an http(s) URL"),
    ("dict://127.0.0.1:PORT/info", "not an http(s) URL"),
    ("javascript:alert(1)", "not an http(s) URL"),
]


@pytest.mark.parametrize(("url", "reason"), REFUSED, ids=[u for u, _ in REFUSED])
def test_non_public_destinations_are_refused_without_connecting(url, reason, servers, connects) -> None:
    inside, other = servers
    with Fetcher(timeout=5) as fetcher, pytest.raises(SourceError) as err:
        fetcher.fetch(url.replace("PORT", str(inside.port)))
    assert reason in str(err.value) and "\n" not in str(err.value)
    record("ssrf", refusals=1, errors=len(connects) + len(inside.connections) + len(other.connections))
    assert connects == [] and inside.connections == [] and other.connections == []


REDIRECTS = {
    "/to-other": ("http://127.0.0.2:PORT/", "refused: 127.0.0.2 is a loopback address"),
    "/to-metadata": ("http://169.254.169.254/latest/", "refused: 169.254.169.254 is a link-local address"),
    "/to-decimal": ("http://2852039166/", "refused: 2852039166 (169.254.169.254) is a link-local address"),
    "/to-mapped": ("http://[::ffff:169.254.169.254]/", "169.254.169.254 in IPv6 form, a link-local address"),
    "/to-private": ("http://10.0.0.1/", "refused: 10.0.0.1 is a private address"),
    "/to-zero": ("http://0.0.0.0:PORT/", "refused: 0.0.0.0 is an unspecified address"),
    "/to-userinfo": ("http://127.0.0.1@10.0.0.1/", "refused: URLs with user info"),
    "/to-file": ("file:///etc/passwd", "redirected to a non-http(s) URL"),
    "/to-gopher": ("gopher://127.0.0.1:PORT/", "redirected to a non-http(s) URL"),
}


@pytest.mark.parametrize("path", sorted(REDIRECTS))
def test_every_redirect_hop_is_checked(path, servers, connects) -> None:
    inside, other = servers
    location, reason = REDIRECTS[path]
    inside.routes[path] = _redirect(location.replace("PORT", str(inside.port)))
    with Fetcher(timeout=5, policy=OutboundPolicy(allow_networks=LOOPBACK_ONLY)) as fetcher:
        with pytest.raises(SourceError) as err:
            fetcher.fetch(inside.url + path)
    assert reason in str(err.value) and "\n" not in str(err.value)
    record("ssrf", refusals=1, errors=len(other.connections))
    assert len(inside.connections) == 1 and other.connections == []
    assert {host for host, _ in connects} == {"127.0.0.1"}


def test_allowed_redirects_are_followed_at_most_five_times(servers, connects) -> None:
    inside, _ = servers
    for n in range(1, 8):
        inside.routes[f"/hop{n}"] = _redirect(f"/hop{n + 1}")
    with Fetcher(timeout=5, policy=OutboundPolicy(allow_networks=LOOPBACK_ONLY)) as fetcher:
        assert fetcher.fetch(inside.url + "/hop4").body == b"hello from the test server"  # 4 redirects, then a page
        with pytest.raises(SourceError, match=r"^too many redirects \(> 5\)$"):
            fetcher.fetch(inside.url + "/hop1")


def test_the_checked_address_is_the_one_connected_to(servers, connects) -> None:
    """DNS rebinding: the name resolves once; a second answer pointing elsewhere is never used."""
    inside, other = servers
    answers = iter([["127.0.0.1"], ["127.0.0.2"], ["127.0.0.2"]])
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    policy = OutboundPolicy(allow_networks=LOOPBACK_ONLY, resolver=rebinding)
    with Fetcher(timeout=5, policy=policy) as fetcher:
        res = fetcher.fetch(f"http://rebind.test:{inside.port}/page")
    assert res.body == b"hello from the test server" and res.final_url == f"http://rebind.test:{inside.port}/page"
    assert calls == ["rebind.test"]
    assert inside.requests == [("/page", f"rebind.test:{inside.port}")]  # the name is kept for the Host header
    assert other.connections == [] and connects == [("127.0.0.1", inside.port)]


def test_a_name_with_any_non_public_address_is_refused(servers, connects) -> None:
    inside, _ = servers
    policy = OutboundPolicy(allow_networks=LOOPBACK_ONLY, resolver=lambda h, p: ["127.0.0.1", "10.0.0.1"])
    with Fetcher(timeout=5, policy=policy) as fetcher, pytest.raises(SourceError, match="10.0.0.1"):
        fetcher.fetch(f"http://mixed.test:{inside.port}/")
    assert connects == [] and inside.connections == []


def test_settings_allow_list_is_typed_and_off_by_default(tmp_path: Path) -> None:
    from pydantic import ValidationError

    from bot.config import load_settings

    assert load_settings().fetch_allow_networks == []
    assert load_settings(fetch_allow_networks="127.0.0.1 10.1.0.0/16").fetch_allow_networks == [
        ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("10.1.0.0/16")]
    with pytest.raises(ValidationError, match="not an IP network"):
        load_settings(fetch_allow_networks="localhost")


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/</link></item>
<item><title>Decimal</title><link>http://2852039166/</link></item>
<item><title>Mapped</title><link>http://[::ffff:169.254.169.254]/</link></item>
<item><title>Loopback</title><link>http://127.0.0.1:PORT/</link></item>
<item><title>Private</title><link>http://192.168.1.1:8080/</link></item>
</channel></rss>"""


def test_ingest_of_urls_and_feed_entries_refuses_private_addresses(tmp_path: Path, servers, connects) -> None:
    inside, other = servers
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.replace("PORT", str(inside.port)), encoding="utf-8")
    app = make_app(tmp_path / "b.db")
    try:
        report = app.ingest([str(feed), "http://169.254.169.254/", f"http://127.0.0.1:{inside.port}/"])
    finally:
        app.close()
    reasons = [reason for _, reason in report.failed]
    record("ssrf", refusals=sum("refused: " in r for r in reasons), errors=len(connects))
    assert len(reasons) == 7 and all("refused: " in r for r in reasons), reasons
    assert reasons[0] == "page http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address (cloud metadata)"
    assert connects == [] and inside.connections == [] and other.connections == []


def test_local_server_reachable_only_through_the_allow_list_setting(tmp_path: Path, servers) -> None:
    inside, other = servers
    app = make_app(tmp_path / "b.db", fetch_allow_networks="127.0.0.1/32")
    try:
        inside.routes["/story"] = lambda h: (200, {"Content-Type": "text/plain"}, b"Acme\n\n" + b"Acme raised money. " * 20)
        report = app.ingest([inside.url + "/story"])
    finally:
        app.close()
    assert report.failed == [] and len(report.new) == 1
    assert other.connections == []


def test_chat_ingest_refuses_private_addresses_and_local_paths(tmp_path: Path, servers, connects) -> None:
    inside, _ = servers
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text("Acme\n\n" + "Acme raised money from investors. " * 20, encoding="utf-8")
    app = make_app(tmp_path / "b.db")
    try:
        answer = app.ask(f"/ingest {folder} http://169.254.169.254/ {folder / 'a.txt'}", is_admin=True)
        assert app.stats()["articles"] == 0
    finally:
        app.close()
    texts = [item.text for item in answer.items]
    local = "only http(s) URLs can be ingested from a chat; local files and folders are for the command line"
    assert texts == [
        f"failed: {folder}: {local}",
        f"failed: {folder / 'a.txt'}: {local}",
        "failed: http://169.254.169.254/: refused: 169.254.169.254 is a link-local address (cloud metadata)",
    ]
    # a report (status ok) whose every item failed; "error" is for the bot itself failing
    assert answer.status == "ok" and connects == [] and inside.connections == []
