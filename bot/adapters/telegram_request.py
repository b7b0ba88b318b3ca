"""PTB's HTTP transport on aiohttp instead of httpx: the same Bot API calls, a tenth of the client's CPU.

A ``telegram.request.BaseRequest`` is PTB's documented place for another transport; everything above it
(``Bot``, the rate limiter, the retries, parsing the replies) is PTB's own. Against the local fake Bot API
(``briefing bench-telegram``) a ``sendMessage`` cost the bot's process 1.5 ms of CPU through httpx and
0.15 ms through aiohttp (already a dependency), and the bot is bound by one core (the GIL): with
httpx, sending the replies took 31% of the time the process held the GIL, with aiohttp 10%.

Timeouts keep HTTPXRequest's meaning and defaults: ``connect`` (plus ``pool``, the wait for a free
connection), ``read`` (between two reads of the response) and ``write``, which aiohttp lacks, as part of
a bound on the whole request.
"""

from __future__ import annotations

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """One aiohttp session with at most ``connection_pool_size`` connections (PTB's defaults: 256 for the
    bot's calls, 1 for ``getUpdates``); opened by ``initialize`` in the running loop, closed by ``shutdown``."""

    def __init__(self, *, connection_pool_size: int = 256, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0) -> None:
        self._pool_size = connection_pool_size
        self._defaults = {"read": read_timeout, "write": write_timeout, "connect": connect_timeout,
                          "pool": pool_timeout, "media_write": media_write_timeout}
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._defaults["read"]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._pool_size),
                                                  trust_env=True)  # proxies from the environment, as httpx

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
        self._session = None

    def _timeout(self, read: ODVInput[float], write: ODVInput[float], connect: ODVInput[float],
                 pool: ODVInput[float], *, media: bool) -> aiohttp.ClientTimeout:
        def pick(given: ODVInput[float], name: str) -> float | None:
            return self._defaults[name] if isinstance(given, DefaultValue) else given

        seconds = {"read": pick(read, "read"), "write": pick(write, "media_write" if media else "write"),
                   "connect": pick(connect, "connect"), "pool": pick(pool, "pool")}
        total = None if None in seconds.values() else sum(v for v in seconds.values() if v is not None)
        connect_and_pool = None if seconds["connect"] is None else seconds["connect"] + (seconds["pool"] or 0)
        return aiohttp.ClientTimeout(total=total, connect=connect_and_pool, sock_connect=seconds["connect"],
                                     sock_read=seconds["read"])

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See ``BaseRequest.do_request``: the status and the body; a timeout is ``TimedOut``, any other
        failure to talk to the server ``NetworkError`` (as HTTPXRequest raises them)."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        body: aiohttp.FormData | dict[str, str] | None = fields or None
        if files:
            body = aiohttp.FormData(fields or {})
            for name, (filename, content, mimetype) in files.items():
                body.add_field(name, content, filename=filename, content_type=mimetype)
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout, media=bool(files))
        try:
            async with self._session.request(method, url, data=body, timeout=timeout,
                                             headers={"User-Agent": self.USER_AGENT}) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's own timeouts are TimeoutErrors too
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
