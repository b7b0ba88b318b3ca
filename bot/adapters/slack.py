"""Slack front end (slack-bolt): one namespaced slash command, buttons, App Home.

The adapter only parses what Slack sends, asks ``BriefingApp`` one command line, renders the
``Answer`` with ``bot.render.slack_blocks`` and replies.  Every listener acknowledges within
Slack's 3 seconds: the answer rides in the acknowledgement when it is ready in ``ack_deadline``
seconds, otherwise it follows on ``response_url``.

Wiring, in one visible block (``register``):
  slash command  settings.slack_command ("/briefing who Mercor") and optional short commands
  actions        page ◀ ▶ (replace the message), "Share in channel", did-you-mean picks, "Chart" (upload)
  events         app_home_opened -> views.publish
  middleware     retries acknowledged without work, team allowlist, de-duplication by trigger/event id
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.answers.commands import chart_line, commands
from bot.domain import Answer
from bot.render.chart import chart_filename, chart_summary, render_chart
from bot.render.i18n import t
from bot.render.slack_blocks import (
    ACTION_CHART,
    ACTION_NEXT,
    ACTION_PICK,
    ACTION_PREV,
    ACTION_SHARE,
    SlackMessage,
    decode_value,
    esc,
    plain_message,
    render,
    title_of,
)
from bot.render.slack_home import home_view

if TYPE_CHECKING:
    from starlette.routing import Route

    from bot.app import BriefingApp
    from bot.config import Settings

log = logging.getLogger(__name__)

AskFn = Callable[..., Answer]
ANSWER_WAIT_LIMIT = 120.0  # seconds a slow answer may take before we give up on posting it


@dataclass
class SlackAdapter:
    """What the listeners share: the app, the settings, and a worker pool for answers.

    Why a pool of our own and not Bolt's lazy listeners (``ack=..., lazy=[...]``): a slash command's
    answer rides in the acknowledgement itself when it is ready within ``ack_deadline`` (one round trip,
    no response_url post, which Slack limits to 5 uses in 30 minutes), and only a slow answer follows on
    response_url.  With lazy listeners the ``ack`` function's return is the response and the lazy functions
    start only after it has gone, without ``ack`` (Bolt's docs: "Lazy functions can't access ack()"), so
    every answer would take the second, slower road.  Lazy listeners exist for FaaS
    (``process_before_response=True``), where nothing may run after the response; here the process lives
    on, in HTTP and in Socket Mode alike.  The buttons (pages, share, picks, chart) need no pool: they call
    ``ack()`` first and Bolt sends the acknowledgement at that moment (HTTP and Socket Mode), while the
    listener goes on in Bolt's ``listener_executor``, which is what a lazy listener would do too.
    """

    app: BriefingApp
    settings: Settings
    ask: AskFn
    ack_deadline: float = 2.0
    executor: ThreadPoolExecutor = field(init=False)  # answers: settings.worker_threads at once

    def __post_init__(self) -> None:
        self.executor = ThreadPoolExecutor(max_workers=self.settings.worker_threads, thread_name_prefix="slack-answer")

    @property
    def slash(self) -> str:
        return "/" + (self.settings.slack_command or "/briefing").strip().lstrip("/")

    @property
    def default_lang(self) -> str:
        return self.settings.default_language or "en"

    def short_commands(self) -> dict[str, str]:
        """Slack command -> registry command, from entries like "/who" or "/w=who"."""
        mapping = {}
        for entry in self.settings.slack_short_commands:
            name, _, target = entry.partition("=")
            name = "/" + name.strip().lstrip("/")
            target = (target or name).strip().lstrip("/")
            if name != "/" and target:
                mapping[name.lower()] = target
        return mapping

    def command_line(self, slack_command: str, text: str) -> str:
        """The registry line for a slash command: "/briefing who X" -> "/who X", "/who X" -> "/who X"."""
        from bot.answers.commands import get_command

        text = (text or "").strip()
        short = self.short_commands().get((slack_command or "").lower())
        if short:
            return f"/{short} {text}".strip()
        if not text:
            return "/help"
        if text.startswith("/"):
            return text
        first = text.split(None, 1)[0]
        if get_command(first):
            return "/" + text
        return text  # plain words: the core decides between /who and /search (plain_text_answer)

    def answer(self, line: str, chat_key: str, *, page: int = 0, shareable: bool = True) -> SlackMessage:
        """Ask and render; never raises (errors become a short apology and a log line)."""
        return self.reply(line, chat_key, page=page, shareable=shareable)[1]

    def reply(self, line: str, chat_key: str, *, page: int = 0,
              shareable: bool = True) -> tuple[Answer | None, SlackMessage]:
        """The answer (None when it failed) and its rendered page; never raises."""
        try:
            result = self.ask(line, chat_key=chat_key)
            return result, render(result, lang=result.lang, page=page, command_text=line, slash=self.slash,
                                  shareable=shareable)
        except Exception:
            log.exception("slack answer failed for %r in %s", line, chat_key)
            return None, plain_message(t("internal_error", self.lang_for(chat_key)))

    def post_chart(self, client: WebClient, answer: Answer | None, channel: str | None, respond: Any) -> None:
        """Upload the answer's chart (if it has one to draw) to ``channel`` with files_upload_v2; when Slack
        refuses (the bot is not in the channel), the asker is told how to fix it."""
        if answer is None or answer.chart is None or not answer.chart.events or not channel:
            return
        lang = answer.lang
        try:
            client.files_upload_v2(channel=channel, file=render_chart(answer.chart, lang=lang),
                                   filename=chart_filename(answer.chart), title=title_of(answer, lang),
                                   initial_comment=esc(chart_summary(answer.chart, lang)))
        except SlackApiError as exc:
            log.warning("slack chart upload to %s refused: %s", channel, exc.response.get("error"))
            _respond(respond, plain_message(t("chart_not_posted", lang)), response_type="ephemeral",
                     replace_original=False)
        except Exception:
            log.exception("slack chart upload to %s failed", channel)
            _respond(respond, plain_message(t("internal_error", lang)), response_type="ephemeral",
                     replace_original=False)

    def lang_for(self, chat_key: str | None) -> str:
        try:
            return self.app.chat_lang(chat_key) or self.default_lang
        except Exception:  # the store being down must not stop an apology
            return self.default_lang


def chat_key_for(team_id: str | None, channel_id: str | None) -> str:
    """Per workspace and channel, so /lang is per channel and nothing leaks across workspaces."""
    return f"slack:{team_id or '-'}:{channel_id or '-'}"


# --------------------------------------------------------------------------- building


def build_bolt_app(
    app: BriefingApp,
    settings: Settings,
    *,
    client: WebClient | None = None,
    ask: AskFn | None = None,
    ack_deadline: float = 2.0,
    token_verification: bool = True,
) -> App:
    """A Bolt app wired to ``app``. ``ask`` replaces ``app.ask`` (tests inject a slow one)."""
    if not settings.slack_bot_token:
        raise ValueError("SLACK_BOT_TOKEN is not set")
    http_mode = not settings.slack_app_token
    if http_mode and not settings.slack_signing_secret:
        raise ValueError("SLACK_SIGNING_SECRET is required in HTTP mode")
    if client is None:
        client = WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url or WebClient.BASE_URL)
    if not client.token:
        client.token = settings.slack_bot_token
    bolt = App(
        signing_secret=settings.slack_signing_secret or "",
        client=client,
        request_verification_enabled=bool(settings.slack_signing_secret),
        token_verification_enabled=token_verification,
        # Each listener waits on its answer (at most worker_threads at once) while others acknowledge.
        listener_executor=ThreadPoolExecutor(max_workers=2 * settings.worker_threads, thread_name_prefix="slack-listener"),
    )
    adapter = SlackAdapter(app=app, settings=settings, ask=ask or app.ask, ack_deadline=ack_deadline)
    register(bolt, adapter)
    return bolt


def register(bolt: App, adapter: SlackAdapter) -> None:
    """Every middleware and listener, in one place."""
    bolt.use(_ignore_retries)
    bolt.use(_allow_teams(adapter))
    bolt.use(_dedupe(adapter))

    bolt.command(adapter.slash)(_on_command(adapter))
    for short in adapter.short_commands():
        if short != adapter.slash:
            bolt.command(short)(_on_command(adapter))

    bolt.action(ACTION_PREV)(_on_page(adapter))
    bolt.action(ACTION_NEXT)(_on_page(adapter))
    bolt.action(ACTION_SHARE)(_on_share(adapter))
    bolt.action(ACTION_CHART)(_on_chart(adapter))
    bolt.action(re.compile(rf"^{ACTION_PICK}_\d+$"))(_on_pick(adapter))

    bolt.event("app_home_opened")(_on_home(adapter))
    bolt.error(_on_error)


# --------------------------------------------------------------------------- middleware


def _ignore_retries(req: Any, next: Callable[[], Any]) -> Any:  # noqa: A002 - Bolt injects "next"
    """Slack retries a request it thinks we missed; the first one is (being) answered already."""
    if req.headers.get("x-slack-retry-num"):
        log.info("slack retry %s (%s) acknowledged without work", req.headers.get("x-slack-retry-num"),
                 req.headers.get("x-slack-retry-reason"))
        return BoltResponse(status=200, body="", headers={"x-slack-no-retry": "1"})
    return next()


def _allow_teams(adapter: SlackAdapter) -> Callable[..., Any]:
    def allow_teams(req: Any, body: dict[str, Any], next: Callable[[], Any]) -> Any:  # noqa: A002
        allowed = adapter.settings.slack_allowed_teams
        team = req.context.team_id
        if not allowed or team in allowed:
            return next()
        log.warning("slack request from team %s refused (not in BRIEFING_SLACK_ALLOWED_TEAMS)", team)
        if body.get("command"):
            return BoltResponse(
                status=200,
                body={"response_type": "ephemeral", "text": t("not_allowed", adapter.default_lang)},
                headers={"content-type": "application/json"},
            )
        return BoltResponse(status=200, body="")

    return allow_teams


def _dedupe(adapter: SlackAdapter) -> Callable[..., Any]:
    def dedupe(req: Any, body: dict[str, Any], next: Callable[[], Any]) -> Any:  # noqa: A002
        marker = body.get("trigger_id") or body.get("event_id")
        if not marker:
            return next()
        key = f"slack:{req.context.team_id or '-'}:{marker}"
        try:
            first = adapter.app.claim_update(key)
        except Exception:  # a store hiccup must not silence the bot; answering twice is the lesser evil
            log.exception("slack dedupe failed for %s", key)
            first = True
        if not first:
            log.info("slack duplicate %s ignored", key)
            return BoltResponse(status=200, body="")
        return next()

    return dedupe


# --------------------------------------------------------------------------- listeners


def _on_command(adapter: SlackAdapter) -> Callable[..., None]:
    def on_command(ack: Any, command: dict[str, Any], respond: Any, client: WebClient) -> None:
        line = adapter.command_line(command.get("command", ""), command.get("text", ""))
        chat_key = chat_key_for(command.get("team_id"), command.get("channel_id"))
        future = adapter.executor.submit(adapter.reply, line, chat_key)
        try:
            answer, message = future.result(timeout=adapter.ack_deadline)
        except FutureTimeout:
            ack()  # inside Slack's 3 seconds; the answer follows on response_url
            answer, message = _late_reply(adapter, future, line, chat_key)
            _respond(respond, message, response_type="ephemeral", replace_original=False)
        else:
            ack(text=message.text, blocks=message.blocks, response_type="ephemeral")
        adapter.post_chart(client, answer, command.get("channel_id"), respond)  # after the ack: drawing takes time

    return on_command


def _late_reply(adapter: SlackAdapter, future: Future[tuple[Answer | None, SlackMessage]], line: str,
                chat_key: str) -> tuple[Answer | None, SlackMessage]:
    """The reply of an answer that missed the acknowledgement, or an apology when it takes far too long."""
    try:
        return future.result(timeout=ANSWER_WAIT_LIMIT)
    except FutureTimeout:
        log.error("slack answer for %r took longer than %ss", line, ANSWER_WAIT_LIMIT)
        return None, plain_message(t("internal_error", adapter.lang_for(chat_key)))


def _action_context(body: dict[str, Any]) -> tuple[str, dict[str, Any], bool]:
    """(chat key, decoded button value, whether the message is ephemeral) of a block action."""
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id")
    container = body.get("container") or {}
    action = (body.get("actions") or [{}])[0]
    return (chat_key_for(team, _channel_of(body)), decode_value(action.get("value")),
            bool(container.get("is_ephemeral", True)))


def _channel_of(body: dict[str, Any]) -> str | None:
    """The channel a block action was pressed in."""
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def _on_page(adapter: SlackAdapter) -> Callable[..., None]:
    def on_page(ack: Any, body: dict[str, Any], respond: Any) -> None:
        ack()
        chat_key, value, ephemeral = _action_context(body)
        if not value.get("c"):
            return
        message = adapter.answer(value["c"], chat_key, page=value["p"], shareable=ephemeral)
        _respond(respond, message, replace_original=True)

    return on_page


def _on_pick(adapter: SlackAdapter) -> Callable[..., None]:
    def on_pick(ack: Any, body: dict[str, Any], respond: Any) -> None:
        ack()
        chat_key, value, ephemeral = _action_context(body)
        if not value.get("c"):
            return
        _respond(respond, adapter.answer(value["c"], chat_key, shareable=ephemeral), replace_original=True)

    return on_pick


def _on_share(adapter: SlackAdapter) -> Callable[..., None]:
    def on_share(ack: Any, body: dict[str, Any], respond: Any, client: WebClient) -> None:
        ack()
        chat_key, value, _ = _action_context(body)
        if not value.get("c"):
            return
        message = adapter.answer(value["c"], chat_key, page=value["p"], shareable=False)
        if body.get("response_url"):
            _respond(respond, message, response_type="in_channel", replace_original=False)
            return
        channel = _channel_of(body)
        if channel:
            client.chat_postMessage(channel=channel, text=message.text, blocks=message.blocks)

    return on_share


def _on_chart(adapter: SlackAdapter) -> Callable[..., None]:
    def on_chart(ack: Any, body: dict[str, Any], respond: Any, client: WebClient) -> None:
        """"Chart" under a timeline: that timeline's chart uploaded to the channel."""
        ack()
        chat_key, value, _ = _action_context(body)
        if not value.get("c"):
            return
        answer, message = adapter.reply(chart_line(value["c"]), chat_key, shareable=False)
        if answer is None or answer.chart is None or not answer.chart.events:  # nothing to draw: say why
            _respond(respond, message, response_type="ephemeral", replace_original=False)
            return
        adapter.post_chart(client, answer, _channel_of(body), respond)

    return on_chart


def _on_home(adapter: SlackAdapter) -> Callable[..., None]:
    def on_home(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        chat_key = chat_key_for(body.get("team_id"), event.get("channel"))
        lang = adapter.lang_for(chat_key)
        try:
            stats: dict[str, Any] | None = adapter.app.stats()
        except Exception:
            log.exception("slack app home: stats unavailable")
            stats = None
        entries = [(c.usage, c.summary(lang), c.example) for c in commands(include_admin=False)]
        view = home_view(stats, lang=lang, slash=adapter.slash, commands=entries, follows=_follows(adapter, chat_key))
        client.views_publish(user_id=event["user"], view=view)

    return on_home


def _follows(adapter: SlackAdapter, chat_key: str) -> list[str] | None:
    """The Home chat's follows, through the same /follow command the chats use (None if unavailable)."""
    try:
        answer = adapter.ask("/follow", chat_key=chat_key)
    except Exception:
        log.exception("slack app home: follows unavailable")
        return None
    if answer.command != "follow" or answer.status != "ok":
        return None
    return [item.text for item in answer.items]


def _on_error(error: Exception, body: dict[str, Any]) -> None:
    """Unexpected failures: one log line with the trace; Slack gets a plain 500 (no details)."""
    log.error("slack listener failed: %s (%s)", error, (body or {}).get("type") or (body or {}).get("command"),
              exc_info=error)


def _respond(respond: Any, message: SlackMessage, **options: Any) -> None:
    try:
        respond(text=message.text, blocks=message.blocks, **options)
    except Exception:
        log.exception("slack response_url post failed")


# --------------------------------------------------------------------------- serving


def slack_routes(bolt_app: App, path: str = "/slack/events") -> list[Route]:
    """Starlette routes for Slack's HTTP requests, to mount beside other routes in one server.

    Bolt's sync ``dispatch`` may wait up to ``ack_deadline`` for an answer, so it runs in the
    thread pool instead of blocking the event loop.
    """
    from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def slack_events(request: Request) -> Response:
        body = await request.body()
        bolt_response = await run_in_threadpool(bolt_app.dispatch, to_bolt_request(request, body))
        return to_starlette_response(bolt_response)

    return [Route(path, slack_events, methods=["POST"])]


def slack_asgi(bolt_app: App) -> Any:
    """A Starlette application with just the Slack route and a health check."""
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def health(_request: Any) -> PlainTextResponse:
        return PlainTextResponse("ok")

    return Starlette(routes=[*slack_routes(bolt_app), Route("/healthz", health)])


def run_slack(app: BriefingApp, settings: Settings) -> None:
    """Serve Slack until stopped: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on host:port."""
    bolt = build_bolt_app(app, settings)
    if settings.slack_app_token:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("slack: Socket Mode")
        SocketModeHandler(bolt, settings.slack_app_token, concurrency=settings.worker_threads).start()
        return
    import uvicorn

    log.info("slack: HTTP mode on http://%s:%s/slack/events", settings.host, settings.port)
    uvicorn.run(slack_asgi(bolt), host=settings.host, port=settings.port, log_level="info")
