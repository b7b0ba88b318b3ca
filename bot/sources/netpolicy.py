"""Outbound policy for every fetch: only public http(s) destinations, checked on the address we connect to.

Server-side request forgery is the risk: a URL from a chat, a feed entry or a redirect that points at
the cloud metadata service (169.254.169.254), the database next door or the host itself. The policy:

* the URL is parsed once, with httpx's own parser (the one the client uses, so no parser mismatch);
  only http and https, no user info (``http://127.0.0.1@10.0.0.1/`` is a trick, not a login);
* the host is resolved once; every address it resolves to must be public (IPv4-mapped, 6to4 and NAT64
  forms are unwrapped first), unless it lies in an explicitly allowed network (``fetch_allow_networks``,
  empty by default; tests and local feeds use it for 127.0.0.1);
* ``PinnedTransport`` then connects to the address that was checked, never to a second resolution of
  the name (DNS rebinding), keeping the name for the Host header, TLS SNI and certificate checks.

The refusal is a ``SourceError`` with a one-line reason ("refused: 10.0.0.1 is a private address").
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from bot.sources.deadline import DeadlineTransport
from bot.sources.errors import SourceError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

# Ranges that ``ipaddress`` does not name but which are not somewhere a news page lives.
_EXTRA_NON_PUBLIC: tuple[tuple[IPNetwork, str], ...] = (
    (ipaddress.ip_network("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
    (ipaddress.ip_network("198.18.0.0/15"), "a benchmarking address"),
    (ipaddress.ip_network("fc00::/7"), "a unique-local address"),
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (getaddrinfo, so "2852039166" and "127.1" resolve as the kernel would)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise SourceError(f"cannot resolve host {host}") from exc
    out: list[str] = []
    for info in infos:
        addr = str(info[4][0]).split("%")[0]  # drop an IPv6 zone id
        if addr not in out:
            out.append(addr)
    return out


def _embedded_v4(addr: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, 6to4 or NAT64 IPv6 address."""
    if not isinstance(addr, ipaddress.IPv6Address):
        return None
    if addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    if addr.sixtofour is not None:
        return addr.sixtofour
    if addr in _NAT64:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    return None


def non_public_reason(addr: IPAddress) -> str | None:
    """Why ``addr`` is not a public destination ("a loopback address", ...), or None when it is public."""
    inner = _embedded_v4(addr)
    if inner is not None:
        reason = non_public_reason(inner)
        return f"{inner} in IPv6 form, {reason}" if reason else None
    for net, reason in _EXTRA_NON_PUBLIC:
        if addr.version == net.version and addr in net:
            return reason
    if addr.is_unspecified:
        return "an unspecified address"
    if addr.is_loopback:
        return "a loopback address"
    if addr.is_link_local:
        return "a link-local address" + (" (cloud metadata)" if str(addr) == "169.254.169.254" else "")
    if addr.is_multicast:
        return "a multicast address"
    if addr.is_reserved:
        return "a reserved address"
    if addr.is_private:
        return "a private address"
    if not addr.is_global:
        return "not a public address"
    return None


@dataclass(frozen=True)
class Target:
    """A URL that passed the policy, with the one address to connect to."""

    url: httpx.URL
    address: str


@dataclass(frozen=True)
class OutboundPolicy:
    """Which destinations a fetch may reach. ``allow_networks`` opens private ranges on purpose (tests, LAN feeds)."""

    allow_networks: Sequence[IPNetwork] = ()
    resolver: Resolver = field(default=system_resolver, compare=False)

    def parse(self, url: str | httpx.URL) -> httpx.URL:
        """The URL, if its form is acceptable (http(s), a host, no user info); raises ``SourceError``."""
        try:
            parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise SourceError("not a valid URL") from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise SourceError("not an http(s) URL")
        if parsed.userinfo:
            raise SourceError("refused: URLs with user info (user@host) are not fetched")
        return parsed

    def allowed(self, addr: IPAddress) -> bool:
        inner = _embedded_v4(addr)
        return any(a in net for net in self.allow_networks for a in (addr, inner)
                   if a is not None and a.version == net.version)

    def check_address(self, address: str, host: str) -> None:
        """Raise ``SourceError`` unless ``address`` (what ``host`` resolved to) may be connected to."""
        try:
            addr = ipaddress.ip_address(address)
        except ValueError as exc:
            raise SourceError(f"refused: {host} resolved to an unusable address") from exc
        if self.allowed(addr):
            return
        reason = non_public_reason(addr)
        if reason:
            shown = address if host.strip("[]") == address else f"{host} ({address})"
            raise SourceError(f"refused: {shown} is {reason}")

    def check(self, url: str | httpx.URL) -> Target:
        """Parse, resolve once and check every address; the first one is the one to connect to."""
        parsed = self.parse(url)
        host = parsed.host
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        addresses = self.resolver(host, port)
        if not addresses:
            raise SourceError(f"cannot resolve host {host}")
        for address in addresses:  # all of them: a name that is public and private at once is refused
            self.check_address(address, host)
        return Target(parsed, addresses[0])


class PinnedTransport(httpx.BaseTransport):
    """An httpx transport that checks each request against the policy and connects to the checked address.

    The request URL's host is replaced by the address; the Host header (set by the client from the
    original URL) and the TLS server name (``sni_hostname``) keep the name, so virtual hosting and
    certificate verification work as before. Environment proxies are never used.
    """

    def __init__(self, policy: OutboundPolicy, inner: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self.inner = inner or deadline_transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = self.policy.check(request.url)
        name = request.url.host
        pinned = request.url.copy_with(host=target.address)
        extensions = dict(request.extensions)
        if request.url.scheme == "https":
            extensions.setdefault("sni_hostname", name)
        forwarded = httpx.Request(
            request.method, pinned, headers=request.headers, stream=request.stream, extensions=extensions
        )
        return self.inner.handle_request(forwarded)

    def close(self) -> None:
        self.inner.close()


def deadline_transport() -> httpx.BaseTransport:
    """A transport on ``DeadlineBackend`` sockets, so the fetch's total deadline holds at every read."""
    return DeadlineTransport()


def pinned_client(policy: OutboundPolicy) -> httpx.Client:
    """An httpx client whose every connection goes through ``PinnedTransport``."""
    return httpx.Client(transport=PinnedTransport(policy), trust_env=False, follow_redirects=False)
