"""One process, one HTTP server: source pages and /healthz, Slack's /slack/events, Telegram's webhook.

``briefing run`` and ``briefing serve [telegram|slack|web]`` both end here. One uvicorn server on
settings.host:port always carries the web routes (the compose healthchecks use /healthz); Slack in
HTTP mode adds ``/slack/events``, Telegram with TELEGRAM_WEBHOOK_URL adds its webhook path.
Telegram polling runs in the same asyncio loop (started and stopped by the server's lifespan);
Slack Socket Mode runs in its own thread, also started and stopped by the lifespan.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.adapters.web import build_web_app

if TYPE_CHECKING:
    from bot.app import BriefingApp
    from bot.config import Settings

log = logging.getLogger(__name__)

FRONT_ENDS = ("telegram", "slack", "web")


@dataclass
class ServerPlan:
    """What one process serves; ``describe()`` is logged at start-up."""

    telegram: bool = False
    slack: bool = False
    routes: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return "; ".join(self.notes)


def _check(settings: Settings, only: str | None) -> tuple[bool, bool]:
    """(serve telegram, serve slack); ValueError when ``only`` asks for something not configured."""
    if only is not None and only not in FRONT_ENDS:
        raise ValueError(f"unknown front end {only!r}: choose telegram, slack, web or all")
    if only == "telegram" and not settings.telegram_enabled:
        raise ValueError("cannot serve telegram: TELEGRAM_BOT_TOKEN is not set")
    if only == "slack" and not settings.slack_enabled:
        raise ValueError(
            "cannot serve slack: set SLACK_BOT_TOKEN and either SLACK_SIGNING_SECRET (HTTP mode, /slack/events) "
            "or SLACK_APP_TOKEN (Socket Mode)"
        )
    telegram = settings.telegram_enabled and only in (None, "telegram")
    slack = settings.slack_enabled and only in (None, "slack")
    return telegram, slack


def build_server(app: BriefingApp, settings: Settings, only: str | None = None, *,
                 slack_options: dict[str, Any] | None = None, telegram_options: dict[str, Any] | None = None) -> Any:
    """The Starlette app for this process (``app.state.plan`` says what it serves). Does no network I/O
    until the server starts, except what Bolt does when it is built (token check, unless disabled)."""
    serve_telegram, serve_slack = _check(settings, only)
    plan = ServerPlan(notes=[f"web: /a/ID and /healthz on http://{settings.host}:{settings.port}",
                             f"{settings.worker_threads} worker threads per front end, at most "
                             f"{app.store.max_connections()} database connections"])
    extra: list[Any] = []
    starters: list[Any] = []
    senders: list[Any] = []

    if serve_slack:
        from bot.adapters.senders import SlackSender
        from bot.adapters.slack import build_bolt_app, slack_routes

        bolt = build_bolt_app(app, settings, **(slack_options or {}))
        plan.slack = True
        senders.append(SlackSender(bolt.client))
        if settings.slack_app_token:
            starters.append(_slack_socket_mode(bolt, settings.slack_app_token, settings.worker_threads))
            plan.notes.append("slack: Socket Mode")
        else:
            extra.extend(slack_routes(bolt))
            plan.notes.append("slack: HTTP mode at /slack/events")

    if serve_telegram:
        from bot.adapters.senders import TelegramSender
        from bot.adapters.telegram import TelegramRunner, build_application

        runner = TelegramRunner(build_application(app, settings), settings, serve_webhook=False,
                                **(telegram_options or {}))
        plan.telegram = True
        senders.append(TelegramSender(runner.application.bot))
        if settings.telegram_webhook_url:
            extra.extend(runner.webhook_app().routes)
            plan.notes.append(f"telegram: webhook at {runner.webhook_path}")
        else:
            plan.notes.append("telegram: polling")
        starters.append(_telegram(runner))

    plan.routes = extra
    if senders or settings.watch_in_serve:
        starters.append(_delivery(app, settings, senders))
        plan.notes.append(f"delivery: every {settings.alert_interval:g}s to {', '.join(s.platform for s in senders) or 'nobody'}"
                          + ("; feed watcher" if settings.watch_in_serve else ""))

    @contextlib.asynccontextmanager
    async def lifespan(_server: Any) -> AsyncIterator[None]:
        limit_worker_threads(settings.worker_threads)
        async with contextlib.AsyncExitStack() as stack:
            for starter in starters:
                await stack.enter_async_context(starter)
            log.info("serving: %s", plan.describe())
            yield

    server = build_web_app(app, extra, lifespan=lifespan)
    server.state.plan = plan
    return server


def limit_worker_threads(threads: int) -> None:
    """Run the HTTP server's blocking work (source pages, health checks, Slack's HTTP requests: each may
    hold a database session) on at most ``threads`` threads; anyio's default is 40, more than the
    database pool is sized for. Call inside the server's event loop."""
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = threads


@contextlib.asynccontextmanager
async def _delivery(app: BriefingApp, settings: Settings, senders: list[Any]) -> AsyncIterator[None]:
    """Alerts and digests (decided and sent every alert_interval seconds) and, optionally, the feed watcher."""
    from bot.adapters.delivery import DeliveryService
    from bot.adapters.watcher import FeedWatcher

    watcher = FeedWatcher(app) if settings.watch_in_serve else None
    service = DeliveryService(app, senders, interval=settings.alert_interval, watcher=watcher)
    await service.start()
    try:
        yield
    finally:
        await service.stop()


@contextlib.asynccontextmanager
async def _telegram(runner: Any) -> AsyncIterator[None]:
    await runner.start()
    try:
        yield
    finally:
        await runner.stop()


@contextlib.asynccontextmanager
async def _slack_socket_mode(bolt: Any, app_token: str, threads: int) -> AsyncIterator[None]:
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from starlette.concurrency import run_in_threadpool

    handler = SocketModeHandler(bolt, app_token, concurrency=threads)
    await run_in_threadpool(handler.connect)  # returns once connected; the client runs in its own threads
    try:
        yield
    finally:
        await run_in_threadpool(handler.close)


def serve_all(app: BriefingApp, settings: Settings, only: str | None = None) -> None:
    """Serve until interrupted. ``only``: "telegram", "slack" or "web" (None: whatever is configured)."""
    import uvicorn

    server = build_server(app, settings, only)
    log.info("starting: %s", server.state.plan.describe())
    try:
        uvicorn.run(server, host=settings.host, port=settings.port, log_level="info", proxy_headers=True,
                    forwarded_allow_ips="*" if settings.public_url else None)
    finally:
        app.close()
