"""A fake Telegram Bot API server on 127.0.0.1 for driving the real PTB ``Application`` in tests and in
``briefing bench-telegram`` (no network beyond loopback).

It serves ``/bot<TOKEN>/<method>`` in the caller's event loop (aiohttp), answers ``getUpdates`` by long
polling a queue of update JSON the caller enqueues, records every call as ``Call(method, params, at)`` and
when each update was first handed out (``delivered``). ``fail_next(method, response)`` makes the next call
of a method return a canned error (e.g. a 429).

Run in a process of its own (``python -m bot.fakebotapi``, which prints its port), it is driven over HTTP:
``POST /fake/enqueue`` (a JSON list of updates), ``GET /fake/wait?method=M&count=N`` (the calls of ``M``
once there are ``N``, with when each update was delivered), ``POST /fake/reset``. The bench uses it so that
the server's work does not share the bot's process.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-token"
BOT_ID = 123456
BOT_USERNAME = "TestBot"

# Parameters PTB sends JSON-encoded inside a form body.
_JSON_PARAMS = {
    "reply_markup", "commands", "results", "scope", "allowed_updates", "link_preview_options",
    "reply_parameters", "entities", "button", "chat_id", "message_id", "offset", "limit", "timeout",
    "cache_time", "is_personal", "show_alert",
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    content_type: str = ""  # of the request: "multipart/form-data" when a file was uploaded


@dataclass
class Upload:
    """A file part of a multipart request, as the server received it."""

    filename: str | None
    content_type: str
    data: bytes


class FakeBotAPI:
    """Start with ``await fake.start()``; ``fake.base_url`` is what ApplicationBuilder.base_url wants."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.failures: dict[str, list[dict[str, Any]]] = {}
        self.delivered: dict[int, float] = {}  # update_id -> when getUpdates first handed it out
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._message_ids = itertools.count(1000)
        self._update_ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ----------------------------------------------------------------- lifecycle
    async def start(self) -> FakeBotAPI:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_post("/fake/enqueue", self._control_enqueue)
        app.router.add_get("/fake/wait", self._control_wait)
        app.router.add_post("/fake/reset", self._control_reset)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ----------------------------------------------------------------- test API
    def next_update_id(self) -> int:
        return next(self._update_ids)

    def enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        self.updates.append(update)
        self._new_update.set()
        return update

    def fail_next(self, method: str, response: dict[str, Any]) -> None:
        self.failures.setdefault(method, []).append(response)

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Wait until ``method`` has been called (successfully or not) at least ``count`` times."""
        deadline = time.monotonic() + timeout
        while len(self.calls_to(method)) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"{method} called {len(self.calls_to(method))} times, wanted {count}; "
                    f"calls: {[c.method for c in self.calls]}"
                )
            self._new_call.clear()
            try:
                await asyncio.wait_for(self._new_call.wait(), min(remaining, 0.2))
            except TimeoutError:
                pass
        return self.calls_to(method)

    async def settle(self, quiet: float = 0.3) -> None:
        """Wait until no call other than getUpdates arrived for ``quiet`` seconds."""
        while True:
            seen = len([c for c in self.calls if c.method != "getUpdates"])
            await asyncio.sleep(quiet)
            if seen == len([c for c in self.calls if c.method != "getUpdates"]):
                return

    # ----------------------------------------------------------------- server
    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
            return dict(data or {})
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                params[key] = Upload(value.filename, value.content_type, value.file.read())
                continue
            if isinstance(value, str) and key in _JSON_PARAMS:
                try:
                    params[key] = json.loads(value)
                    continue
                except ValueError:
                    pass
            params[key] = value
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        if method != "getUpdates":
            self.calls.append(Call(method, params, content_type=request.content_type))
            self._new_call.set()
        if self.failures.get(method):
            failure = self.failures[method].pop(0)
            return web.json_response(failure, status=int(failure.get("error_code", 400)))
        handler = getattr(self, "_m_" + method, None)
        result = await handler(params) if handler else True
        if method == "getUpdates":
            self.calls.append(Call(method, params))
        return web.json_response({"ok": True, "result": result})

    # ----------------------------------------------------------------- control (another process drives it)
    async def _control_enqueue(self, request: web.Request) -> web.Response:
        for update in await request.json():
            self.enqueue(update)
        return web.json_response({"ok": True})

    async def _control_wait(self, request: web.Request) -> web.Response:
        method = request.query["method"]
        count = int(request.query.get("count", "1"))
        try:
            calls = await self.wait_for(method, count, timeout=float(request.query.get("timeout", "60")))
        except AssertionError as exc:
            return web.json_response({"ok": False, "error": str(exc)}, status=504)
        return web.json_response({
            "ok": True,
            "calls": [{"method": c.method, "params": c.params, "at": c.at} for c in calls],
            "delivered": {str(k): v for k, v in self.delivered.items()},
        }, dumps=lambda data: json.dumps(data, default=repr))  # an uploaded file is shown, not sent back

    async def _control_reset(self, request: web.Request) -> web.Response:
        self.calls.clear()
        self.delivered.clear()
        return web.json_response({"ok": True})

    async def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID, "is_bot": True, "first_name": "Test Bot", "username": BOT_USERNAME,
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True,
        }

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates:
            self._new_update.clear()
            timeout = min(float(params.get("timeout") or 0), 0.5)
            try:
                await asyncio.wait_for(self._new_update.wait(), timeout)
            except TimeoutError:
                pass
        batch = self.updates[:100]
        now = time.monotonic()
        for update in batch:
            self.delivered.setdefault(update["update_id"], now)
        return list(batch)

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Test Bot", "username": BOT_USERNAME},
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    async def _m_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        message = await self._m_sendMessage(params)
        del message["text"]
        message["caption"] = params.get("caption", "")
        message["photo"] = [{"file_id": f"photo{message['message_id']}", "file_unique_id": f"u{message['message_id']}",
                             "width": 1200, "height": 900}]
        return message

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        if params.get("inline_message_id"):
            return True
        chat_id = int(params["chat_id"])
        return {
            "message_id": int(params["message_id"]),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Test Bot", "username": BOT_USERNAME},
            "text": params.get("text", ""),
        }

    async def _m_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}


# --------------------------------------------------------------------------- update builders

def user(user_id: int = 42, language_code: str | None = "en", first_name: str = "Ana") -> dict[str, Any]:
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        data["language_code"] = language_code
    return data


def chat(chat_id: int = 42, kind: str = "private") -> dict[str, Any]:
    data: dict[str, Any] = {"id": chat_id, "type": kind}
    if kind == "private":
        data["first_name"] = "Ana"
    else:
        data["title"] = "Analysts"
    return data


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def message_update(
    update_id: int,
    text: str,
    *,
    chat_id: int = 42,
    chat_type: str = "private",
    from_user: dict[str, Any] | None = None,
    message_id: int = 1,
    reply_to: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A real ``message`` update; a leading /command gets its ``bot_command`` entity as Telegram sends it."""
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat(chat_id, chat_type),
        "from": from_user or user(),
        "text": text,
    }
    if text.startswith("/"):
        command = text.split()[0] if text.split() else text
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": _utf16(command)}]
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return {"update_id": update_id, "message": message}


def callback_update(
    update_id: int, data: str, message: dict[str, Any], *, from_user: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cb{update_id}",
            "from": from_user or user(),
            "chat_instance": "ci-1",
            "data": data,
            "message": message,
        },
    }


def inline_update(update_id: int, query: str, *, from_user: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "inline_query": {"id": f"iq{update_id}", "from": from_user or user(), "query": query, "offset": ""},
    }


# --------------------------------------------------------------------------- a process of its own

async def _serve_forever() -> None:
    server = await FakeBotAPI().start()
    print(server.port, flush=True)  # the parent reads the port from the first line
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()


if __name__ == "__main__":
    import contextlib

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve_forever())
