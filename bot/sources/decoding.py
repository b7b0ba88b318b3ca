"""Content-Encoding decoded in bounded pieces, so a size cap holds on the decoded bytes.

httpx inflates each received chunk whole: 64 KB of a gzip bomb become 64 MB at once, and with two
encodings stacked (``gzip, deflate``) the second stage multiplies that again (a fetch capped at 5 MB
grew to 4.2 GB). Here every stage hands on at most ``PIECE`` bytes at a time and is pulled by the
stage after it, so memory stays at a few pieces per stage whatever the ratio, and the caller can stop
as soon as the decoded total passes its cap.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

from bot.sources.errors import SourceError

PIECE = 64 * 1024  # the most any stage hands on at once
MAX_ENCODINGS = 3  # nobody stacks more for a news page; more is an attack on the decoder
ACCEPT_ENCODING = "gzip, deflate"  # what we ask for: the encodings decoded here


class _Inflate:
    """One gzip or deflate stage. gzip may hold several members; deflate may be zlib-wrapped or raw."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._gzip = name in ("gzip", "x-gzip")
        self._first = True
        self._d = self._new()

    def _new(self, raw: bool = False):  # type: ignore[no-untyped-def]
        wbits = 16 + zlib.MAX_WBITS if self._gzip else -zlib.MAX_WBITS if raw else zlib.MAX_WBITS
        return zlib.decompressobj(wbits)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            out = self._inflate(data)
            if out is None:  # switched to raw deflate: the same data again
                continue
            stuck = not out and len(self._d.unconsumed_tail) == len(data)
            data = self._d.unconsumed_tail
            if out:
                yield out
            if self._d.eof:
                data = self._next_member()
            elif stuck:  # pragma: no cover - zlib always progresses while it has room to write
                return
            elif not data and len(out) == PIECE:
                yield from self._drain()

    def _inflate(self, data: bytes) -> bytes | None:
        """At most PIECE bytes out of ``data``; None when the stage restarted as raw deflate."""
        try:
            out = self._d.decompress(data, PIECE)
        except zlib.error:
            if self._first and not self._gzip:  # servers that send raw deflate under the name "deflate"
                self._first, self._d = False, self._new(raw=True)
                return None
            raise SourceError(f"cannot decode the body ({self.name}): corrupt data") from None
        self._first = False
        return out

    def _drain(self) -> Iterator[bytes]:
        """Output zlib still holds after the input ran out (a piece filled up exactly)."""
        while not self._d.eof:
            out = self._d.decompress(b"", PIECE)
            if not out:
                return
            yield out

    def _next_member(self) -> bytes:
        """After one gzip member another may follow; anything after a deflate stream is ignored."""
        rest = self._d.unused_data
        if self._gzip and rest.startswith(b"\x1f\x8b"):
            self._d = self._new()
            return rest
        return b""

    def finish(self) -> Iterator[bytes]:
        yield from self._drain()


class _Identity:
    name = "identity"

    def feed(self, data: bytes) -> Iterator[bytes]:
        for start in range(0, len(data), PIECE):
            yield data[start:start + PIECE]

    def finish(self) -> Iterator[bytes]:
        return iter(())


_Stage = _Inflate | _Identity


def stages_for(content_encoding: str) -> list[_Stage]:
    """The decoding stages for a Content-Encoding header, in the order to apply them (last applied
    first); raises ``SourceError`` for an encoding we do not decode or too many of them."""
    names = [n.strip().lower() for n in content_encoding.split(",") if n.strip()]
    names = [n for n in names if n != "identity"]
    if len(names) > MAX_ENCODINGS:
        raise SourceError(f"too many content encodings ({len(names)})")
    stages: list[_Stage] = []
    for name in reversed(names):
        if name not in ("gzip", "x-gzip", "deflate"):
            raise SourceError(f"unsupported content encoding: {name}")
        stages.append(_Inflate(name))
    return stages or [_Identity()]


def decode(raw: Iterable[bytes], content_encoding: str) -> Iterator[bytes]:
    """The decoded body of ``raw`` (the bytes as received), in pieces of at most ``PIECE`` bytes."""
    stages = stages_for(content_encoding)
    pieces: Iterator[bytes] = iter(raw)
    for stage in stages:
        pieces = _through(stage, pieces)
    return pieces


def _through(stage: _Stage, pieces: Iterator[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from stage.feed(piece)
    yield from stage.finish()
