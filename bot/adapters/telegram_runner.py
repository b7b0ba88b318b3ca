"""Runs the Telegram Application inside a running event loop: polling, or a webhook (served here or
mounted in a shared Starlette app)."""

from __future__ import annotations

import asyncio
import hmac
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application

if TYPE_CHECKING:
    from bot.config import Settings


class TelegramRunner:
    """Starts and stops the Application inside an already running event loop (e.g. beside Slack).

    Polling by default; with ``telegram_webhook_url`` it registers the webhook and either serves it
    itself (``serve_webhook=True``, on settings.host:port) or leaves ``webhook_app()`` for the caller to
    mount in a shared Starlette app.
    """

    def __init__(self, application: Application, settings: Settings, *, serve_webhook: bool = True,  # type: ignore[type-arg]
                 poll_timeout: int = 10) -> None:
        self.application = application
        self.settings = settings
        self.serve_webhook = serve_webhook
        self.poll_timeout = poll_timeout
        self._server: Any = None
        self._server_task: asyncio.Task[None] | None = None

    @property
    def webhook_path(self) -> str:
        return urlsplit(self.settings.telegram_webhook_url or "").path or "/telegram"

    async def start(self) -> None:
        application = self.application
        await application.initialize()
        if application.post_init:  # only run_polling/run_webhook call it themselves
            await application.post_init(application)
        await application.start()
        if self.settings.telegram_webhook_url:
            await application.bot.set_webhook(
                self.settings.telegram_webhook_url,
                secret_token=self.settings.telegram_webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
            if self.serve_webhook:
                await self._serve()
        elif application.updater is not None:
            await application.updater.start_polling(
                timeout=self.poll_timeout, allowed_updates=Update.ALL_TYPES, drop_pending_updates=False
            )

    async def stop(self) -> None:
        application = self.application
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if self._server is not None:
            self._server.should_exit = True
            if self._server_task is not None:
                await self._server_task
        if application.running:
            await application.stop()
        await application.shutdown()

    def webhook_app(self) -> Any:
        """A Starlette app receiving Telegram's webhook; the secret header is compared in constant time.

        (PTB's own webhook server compares it with ``!=``, so we do not use it.)
        """
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import Response
        from starlette.routing import Route

        secret = (self.settings.telegram_webhook_secret or "").encode()
        application = self.application

        async def receive(request: Request) -> Response:
            given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode()
            if secret and not hmac.compare_digest(given, secret):
                return Response(status_code=403)
            try:
                update = Update.de_json(await request.json(), application.bot)
            except Exception:  # noqa: BLE001 - malformed body
                return Response(status_code=400)
            await application.update_queue.put(update)
            return Response()

        return Starlette(routes=[Route(self.webhook_path, receive, methods=["POST"])])

    async def _serve(self) -> None:
        import uvicorn

        config = uvicorn.Config(self.webhook_app(), host=self.settings.host, port=self.settings.port,
                                log_level="info")
        self._server = uvicorn.Server(config)
        self._server_task = asyncio.create_task(self._server.serve())
